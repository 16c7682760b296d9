* paretomech model export: the reduced-form LP of MATH section 2 (revenue-surplus trade-off of truthful
* mechanisms, arXiv 2602.11967); written by 'paretomech export'.
* instance three-point-zero-lowest: n = 2 buyers, k = 1 unit(s), K = 3 support points in [1, 4], transfers zero-lowest-utility
* weights: lambda_R = 0.5, lambda_S = 1 (given 1,2; normalised so that max(lambda_R, lambda_S) = 1)
* scale = 4: every value v_j is divided by this (the largest support value) inside the program.
* program: 9 variables, 9 rows, 24 non-zeros. Variables x1..x3 = interim allocation probabilities,
* u1..u3 = interim utilities divided by scale, t1..t3 = Border tail sums n * sum_{i>=j} f_i x_i (t_j <= B_j).
* objective: maximise c.z = (lambda_R R + lambda_S S) / scale, R = seller revenue, S = buyers' total surplus.
* MPS has no sense marker every reader accepts, so this file MINIMISES -c.z: a solver reports
* min = -(c.z optimum); negate it first.
* convert back: lambda_R R + lambda_S S = scale * (c.z optimum); for weights (1,0) that is R, for (0,1) S.
* from a solution z (f_j, v_j from the instance): S = scale * n * sum_j f_j u_j,
* R = n * sum_j f_j (v_j x_j - scale * u_j). Alone, R and S are unique only if the optimum is.
* expected optimum (exact ironing oracle, MATH section 3): c.z = 0.515625, lambda_R R + lambda_S S = 2.0625
* (at the oracle's mechanism R = 1.125, S = 1.5); the MPS minimum is -0.515625
* expected: instance=three-point-zero-lowest buyers=2 units=1 support=3 transfers=zero-lowest-utility lambda_r=0.5 lambda_s=1 scale=4 objective=0.515625 revenue=1.125 surplus=1.5
* objective negated: maximise c.z
NAME          paretomech_three_point_zero_lowest_n2_k1
ROWS
 N  obj
 E  tail1
 E  tail2
 E  tail3
 L  mono2
 G  icdown2
 L  icup2
 L  mono3
 G  icdown3
 L  icup3
COLUMNS
    x1        obj       -0.125         tail1     -1
    x1        mono2     1              icdown2   -0.25
    x2        obj       -0.125         tail2     -0.5
    x2        mono2     -1             icup2     -0.25
    x2        mono3     1              icdown3   -0.5
    x3        obj       -0.25          tail3     -0.5
    x3        mono3     -1             icup3     -0.5
    u1        obj       -0.5           icdown2   -1
    u1        icup2     -1
    u2        obj       -0.25          icdown2   1
    u2        icup2     1              icdown3   -1
    u2        icup3     -1
    u3        obj       -0.25          icdown3   1
    u3        icup3     1
    t1        tail1     1
    t2        tail1     -1             tail2     1
    t3        tail2     -1             tail3     1
RHS
BOUNDS
 UP BND       x1        1
 UP BND       x2        1
 UP BND       x3        1
 FX BND       u1        0
 UP BND       t1        1
 UP BND       t2        0.75
 UP BND       t3        0.4375
ENDATA
