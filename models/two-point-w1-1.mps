* paretomech model export: the reduced-form LP of MATH section 2 (revenue-surplus trade-off of truthful
* mechanisms, arXiv 2602.11967); written by 'paretomech export'.
* instance two-point: n = 2 buyers, k = 1 unit(s), K = 2 support points in [0, 1], transfers no-subsidy
* weights: lambda_R = 1, lambda_S = 1 (given 1,1; normalised so that max(lambda_R, lambda_S) = 1)
* scale = 1: every value v_j is divided by this (the largest support value) inside the program.
* program: 6 variables, 6 rows, 15 non-zeros. Variables x1..x2 = interim allocation probabilities,
* u1..u2 = interim utilities divided by scale, t1..t2 = Border tail sums n * sum_{i>=j} f_i x_i (t_j <= B_j).
* objective: maximise c.z = (lambda_R R + lambda_S S) / scale, R = seller revenue, S = buyers' total surplus.
* MPS has no sense marker every reader accepts, so this file MINIMISES -c.z: a solver reports
* min = -(c.z optimum); negate it first.
* convert back: lambda_R R + lambda_S S = scale * (c.z optimum); for weights (1,0) that is R, for (0,1) S.
* from a solution z (f_j, v_j from the instance): S = scale * n * sum_j f_j u_j,
* R = n * sum_j f_j (v_j x_j - scale * u_j). Alone, R and S are unique only if the optimum is.
* expected optimum (exact ironing oracle, MATH section 3): c.z = 0.75, lambda_R R + lambda_S S = 0.75
* (at the oracle's mechanism R = 0.5, S = 0.25); the MPS minimum is -0.75
* expected: instance=two-point buyers=2 units=1 support=2 transfers=no-subsidy lambda_r=1 lambda_s=1 scale=1 objective=0.75 revenue=0.5 surplus=0.25
* objective negated: maximise c.z
NAME          paretomech_two_point_n2_k1
ROWS
 N  obj
 E  tail1
 E  tail2
 L  mono2
 G  icdown2
 L  icup2
 L  nosubsidy
COLUMNS
    x1        tail1     -1             mono2     1
    x1        icdown2   -1
    x2        obj       -1             tail2     -1
    x2        mono2     -1             icup2     -1
    u1        icdown2   -1             icup2     -1
    u1        nosubsidy  1
    u2        icdown2   1              icup2     1
    t1        tail1     1
    t2        tail1     -1             tail2     1
RHS
BOUNDS
 UP BND       x1        1
 UP BND       x2        1
 UP BND       t1        1
 UP BND       t2        0.75
ENDATA
