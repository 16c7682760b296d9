* paretomech model export: the reduced-form LP of MATH section 2 (revenue-surplus trade-off of truthful
* mechanisms, arXiv 2602.11967); written by 'paretomech export'.
* instance point-mass: n = 3 buyers, k = 2 unit(s), K = 1 support points in [2, 2], transfers no-subsidy
* weights: lambda_R = 1, lambda_S = 1 (given 1,1; normalised so that max(lambda_R, lambda_S) = 1)
* scale = 2: every value v_j is divided by this (the largest support value) inside the program.
* program: 3 variables, 2 rows, 4 non-zeros. Variables x1..x1 = interim allocation probabilities,
* u1..u1 = interim utilities divided by scale, t1..t1 = Border tail sums n * sum_{i>=j} f_i x_i (t_j <= B_j).
* objective: maximise c.z = (lambda_R R + lambda_S S) / scale, R = seller revenue, S = buyers' total surplus.
* MPS has no sense marker every reader accepts, so this file MINIMISES -c.z: a solver reports
* min = -(c.z optimum); negate it first.
* convert back: lambda_R R + lambda_S S = scale * (c.z optimum); for weights (1,0) that is R, for (0,1) S.
* from a solution z (f_j, v_j from the instance): S = scale * n * sum_j f_j u_j,
* R = n * sum_j f_j (v_j x_j - scale * u_j). Alone, R and S are unique only if the optimum is.
* expected optimum (exact ironing oracle, MATH section 3): c.z = 2, lambda_R R + lambda_S S = 4
* (at the oracle's mechanism R = 4, S = 0); the MPS minimum is -2
* expected: instance=point-mass buyers=3 units=2 support=1 transfers=no-subsidy lambda_r=1 lambda_s=1 scale=2 objective=2 revenue=4 surplus=0
* objective negated: maximise c.z
NAME          paretomech_point_mass_n3_k2
ROWS
 N  obj
 E  tail1
 L  nosubsidy
COLUMNS
    x1        obj       -3             tail1     -3
    x1        nosubsidy  -1
    u1        nosubsidy  1
    t1        tail1     1
RHS
BOUNDS
 UP BND       x1        1
 UP BND       t1        2
ENDATA
