* paretomech model export: the reduced-form LP of MATH section 2 (revenue-surplus trade-off of truthful
* mechanisms, arXiv 2602.11967); written by 'paretomech export'.
* instance xbox-7day: n = 8 buyers, k = 1 unit(s), K = 184 support points in [1, 405], transfers no-subsidy
* weights: lambda_R = 0.5, lambda_S = 1 (given 1,2; normalised so that max(lambda_R, lambda_S) = 1)
* scale = 405: every value v_j is divided by this (the largest support value) inside the program.
* program: 552 variables, 734 rows, 2017 non-zeros. Variables x1..x184 = interim allocation probabilities,
* u1..u184 = interim utilities divided by scale, t1..t184 = Border tail sums n * sum_{i>=j} f_i x_i (t_j <= B_j).
* objective: maximise c.z = (lambda_R R + lambda_S S) / scale, R = seller revenue, S = buyers' total surplus.
* MPS has no sense marker every reader accepts, so this file MINIMISES -c.z: a solver reports
* min = -(c.z optimum); negate it first.
* convert back: lambda_R R + lambda_S S = scale * (c.z optimum); for weights (1,0) that is R, for (0,1) S.
* from a solution z (f_j, v_j from the instance): S = scale * n * sum_j f_j u_j,
* R = n * sum_j f_j (v_j x_j - scale * u_j). Alone, R and S are unique only if the optimum is.
* expected optimum (exact ironing oracle, MATH section 3): c.z = 0.31338916082319124, lambda_R R + lambda_S S = 126.92261013339245
* (at the oracle's mechanism R = 107.00146450150524, S = 73.42187788263983); the MPS minimum is -0.31338916082319124
* expected: instance=xbox-7day buyers=8 units=1 support=184 transfers=no-subsidy lambda_r=0.5 lambda_s=1 scale=405 objective=0.31338916082319124 revenue=107.00146450150524 surplus=73.42187788263983
* objective negated: maximise c.z
NAME          paretomech_xbox_7day_n8_k1
ROWS
 N  obj
 E  tail1
 E  tail2
 E  tail3
 E  tail4
 E  tail5
 E  tail6
 E  tail7
 E  tail8
 E  tail9
 E  tail10
 E  tail11
 E  tail12
 E  tail13
 E  tail14
 E  tail15
 E  tail16
 E  tail17
 E  tail18
 E  tail19
 E  tail20
 E  tail21
 E  tail22
 E  tail23
 E  tail24
 E  tail25
 E  tail26
 E  tail27
 E  tail28
 E  tail29
 E  tail30
 E  tail31
 E  tail32
 E  tail33
 E  tail34
 E  tail35
 E  tail36
 E  tail37
 E  tail38
 E  tail39
 E  tail40
 E  tail41
 E  tail42
 E  tail43
 E  tail44
 E  tail45
 E  tail46
 E  tail47
 E  tail48
 E  tail49
 E  tail50
 E  tail51
 E  tail52
 E  tail53
 E  tail54
 E  tail55
 E  tail56
 E  tail57
 E  tail58
 E  tail59
 E  tail60
 E  tail61
 E  tail62
 E  tail63
 E  tail64
 E  tail65
 E  tail66
 E  tail67
 E  tail68
 E  tail69
 E  tail70
 E  tail71
 E  tail72
 E  tail73
 E  tail74
 E  tail75
 E  tail76
 E  tail77
 E  tail78
 E  tail79
 E  tail80
 E  tail81
 E  tail82
 E  tail83
 E  tail84
 E  tail85
 E  tail86
 E  tail87
 E  tail88
 E  tail89
 E  tail90
 E  tail91
 E  tail92
 E  tail93
 E  tail94
 E  tail95
 E  tail96
 E  tail97
 E  tail98
 E  tail99
 E  tail100
 E  tail101
 E  tail102
 E  tail103
 E  tail104
 E  tail105
 E  tail106
 E  tail107
 E  tail108
 E  tail109
 E  tail110
 E  tail111
 E  tail112
 E  tail113
 E  tail114
 E  tail115
 E  tail116
 E  tail117
 E  tail118
 E  tail119
 E  tail120
 E  tail121
 E  tail122
 E  tail123
 E  tail124
 E  tail125
 E  tail126
 E  tail127
 E  tail128
 E  tail129
 E  tail130
 E  tail131
 E  tail132
 E  tail133
 E  tail134
 E  tail135
 E  tail136
 E  tail137
 E  tail138
 E  tail139
 E  tail140
 E  tail141
 E  tail142
 E  tail143
 E  tail144
 E  tail145
 E  tail146
 E  tail147
 E  tail148
 E  tail149
 E  tail150
 E  tail151
 E  tail152
 E  tail153
 E  tail154
 E  tail155
 E  tail156
 E  tail157
 E  tail158
 E  tail159
 E  tail160
 E  tail161
 E  tail162
 E  tail163
 E  tail164
 E  tail165
 E  tail166
 E  tail167
 E  tail168
 E  tail169
 E  tail170
 E  tail171
 E  tail172
 E  tail173
 E  tail174
 E  tail175
 E  tail176
 E  tail177
 E  tail178
 E  tail179
 E  tail180
 E  tail181
 E  tail182
 E  tail183
 E  tail184
 L  mono2
 G  icdown2
 L  icup2
 L  mono3
 G  icdown3
 L  icup3
 L  mono4
 G  icdown4
 L  icup4
 L  mono5
 G  icdown5
 L  icup5
 L  mono6
 G  icdown6
 L  icup6
 L  mono7
 G  icdown7
 L  icup7
 L  mono8
 G  icdown8
 L  icup8
 L  mono9
 G  icdown9
 L  icup9
 L  mono10
 G  icdown10
 L  icup10
 L  mono11
 G  icdown11
 L  icup11
 L  mono12
 G  icdown12
 L  icup12
 L  mono13
 G  icdown13
 L  icup13
 L  mono14
 G  icdown14
 L  icup14
 L  mono15
 G  icdown15
 L  icup15
 L  mono16
 G  icdown16
 L  icup16
 L  mono17
 G  icdown17
 L  icup17
 L  mono18
 G  icdown18
 L  icup18
 L  mono19
 G  icdown19
 L  icup19
 L  mono20
 G  icdown20
 L  icup20
 L  mono21
 G  icdown21
 L  icup21
 L  mono22
 G  icdown22
 L  icup22
 L  mono23
 G  icdown23
 L  icup23
 L  mono24
 G  icdown24
 L  icup24
 L  mono25
 G  icdown25
 L  icup25
 L  mono26
 G  icdown26
 L  icup26
 L  mono27
 G  icdown27
 L  icup27
 L  mono28
 G  icdown28
 L  icup28
 L  mono29
 G  icdown29
 L  icup29
 L  mono30
 G  icdown30
 L  icup30
 L  mono31
 G  icdown31
 L  icup31
 L  mono32
 G  icdown32
 L  icup32
 L  mono33
 G  icdown33
 L  icup33
 L  mono34
 G  icdown34
 L  icup34
 L  mono35
 G  icdown35
 L  icup35
 L  mono36
 G  icdown36
 L  icup36
 L  mono37
 G  icdown37
 L  icup37
 L  mono38
 G  icdown38
 L  icup38
 L  mono39
 G  icdown39
 L  icup39
 L  mono40
 G  icdown40
 L  icup40
 L  mono41
 G  icdown41
 L  icup41
 L  mono42
 G  icdown42
 L  icup42
 L  mono43
 G  icdown43
 L  icup43
 L  mono44
 G  icdown44
 L  icup44
 L  mono45
 G  icdown45
 L  icup45
 L  mono46
 G  icdown46
 L  icup46
 L  mono47
 G  icdown47
 L  icup47
 L  mono48
 G  icdown48
 L  icup48
 L  mono49
 G  icdown49
 L  icup49
 L  mono50
 G  icdown50
 L  icup50
 L  mono51
 G  icdown51
 L  icup51
 L  mono52
 G  icdown52
 L  icup52
 L  mono53
 G  icdown53
 L  icup53
 L  mono54
 G  icdown54
 L  icup54
 L  mono55
 G  icdown55
 L  icup55
 L  mono56
 G  icdown56
 L  icup56
 L  mono57
 G  icdown57
 L  icup57
 L  mono58
 G  icdown58
 L  icup58
 L  mono59
 G  icdown59
 L  icup59
 L  mono60
 G  icdown60
 L  icup60
 L  mono61
 G  icdown61
 L  icup61
 L  mono62
 G  icdown62
 L  icup62
 L  mono63
 G  icdown63
 L  icup63
 L  mono64
 G  icdown64
 L  icup64
 L  mono65
 G  icdown65
 L  icup65
 L  mono66
 G  icdown66
 L  icup66
 L  mono67
 G  icdown67
 L  icup67
 L  mono68
 G  icdown68
 L  icup68
 L  mono69
 G  icdown69
 L  icup69
 L  mono70
 G  icdown70
 L  icup70
 L  mono71
 G  icdown71
 L  icup71
 L  mono72
 G  icdown72
 L  icup72
 L  mono73
 G  icdown73
 L  icup73
 L  mono74
 G  icdown74
 L  icup74
 L  mono75
 G  icdown75
 L  icup75
 L  mono76
 G  icdown76
 L  icup76
 L  mono77
 G  icdown77
 L  icup77
 L  mono78
 G  icdown78
 L  icup78
 L  mono79
 G  icdown79
 L  icup79
 L  mono80
 G  icdown80
 L  icup80
 L  mono81
 G  icdown81
 L  icup81
 L  mono82
 G  icdown82
 L  icup82
 L  mono83
 G  icdown83
 L  icup83
 L  mono84
 G  icdown84
 L  icup84
 L  mono85
 G  icdown85
 L  icup85
 L  mono86
 G  icdown86
 L  icup86
 L  mono87
 G  icdown87
 L  icup87
 L  mono88
 G  icdown88
 L  icup88
 L  mono89
 G  icdown89
 L  icup89
 L  mono90
 G  icdown90
 L  icup90
 L  mono91
 G  icdown91
 L  icup91
 L  mono92
 G  icdown92
 L  icup92
 L  mono93
 G  icdown93
 L  icup93
 L  mono94
 G  icdown94
 L  icup94
 L  mono95
 G  icdown95
 L  icup95
 L  mono96
 G  icdown96
 L  icup96
 L  mono97
 G  icdown97
 L  icup97
 L  mono98
 G  icdown98
 L  icup98
 L  mono99
 G  icdown99
 L  icup99
 L  mono100
 G  icdown100
 L  icup100
 L  mono101
 G  icdown101
 L  icup101
 L  mono102
 G  icdown102
 L  icup102
 L  mono103
 G  icdown103
 L  icup103
 L  mono104
 G  icdown104
 L  icup104
 L  mono105
 G  icdown105
 L  icup105
 L  mono106
 G  icdown106
 L  icup106
 L  mono107
 G  icdown107
 L  icup107
 L  mono108
 G  icdown108
 L  icup108
 L  mono109
 G  icdown109
 L  icup109
 L  mono110
 G  icdown110
 L  icup110
 L  mono111
 G  icdown111
 L  icup111
 L  mono112
 G  icdown112
 L  icup112
 L  mono113
 G  icdown113
 L  icup113
 L  mono114
 G  icdown114
 L  icup114
 L  mono115
 G  icdown115
 L  icup115
 L  mono116
 G  icdown116
 L  icup116
 L  mono117
 G  icdown117
 L  icup117
 L  mono118
 G  icdown118
 L  icup118
 L  mono119
 G  icdown119
 L  icup119
 L  mono120
 G  icdown120
 L  icup120
 L  mono121
 G  icdown121
 L  icup121
 L  mono122
 G  icdown122
 L  icup122
 L  mono123
 G  icdown123
 L  icup123
 L  mono124
 G  icdown124
 L  icup124
 L  mono125
 G  icdown125
 L  icup125
 L  mono126
 G  icdown126
 L  icup126
 L  mono127
 G  icdown127
 L  icup127
 L  mono128
 G  icdown128
 L  icup128
 L  mono129
 G  icdown129
 L  icup129
 L  mono130
 G  icdown130
 L  icup130
 L  mono131
 G  icdown131
 L  icup131
 L  mono132
 G  icdown132
 L  icup132
 L  mono133
 G  icdown133
 L  icup133
 L  mono134
 G  icdown134
 L  icup134
 L  mono135
 G  icdown135
 L  icup135
 L  mono136
 G  icdown136
 L  icup136
 L  mono137
 G  icdown137
 L  icup137
 L  mono138
 G  icdown138
 L  icup138
 L  mono139
 G  icdown139
 L  icup139
 L  mono140
 G  icdown140
 L  icup140
 L  mono141
 G  icdown141
 L  icup141
 L  mono142
 G  icdown142
 L  icup142
 L  mono143
 G  icdown143
 L  icup143
 L  mono144
 G  icdown144
 L  icup144
 L  mono145
 G  icdown145
 L  icup145
 L  mono146
 G  icdown146
 L  icup146
 L  mono147
 G  icdown147
 L  icup147
 L  mono148
 G  icdown148
 L  icup148
 L  mono149
 G  icdown149
 L  icup149
 L  mono150
 G  icdown150
 L  icup150
 L  mono151
 G  icdown151
 L  icup151
 L  mono152
 G  icdown152
 L  icup152
 L  mono153
 G  icdown153
 L  icup153
 L  mono154
 G  icdown154
 L  icup154
 L  mono155
 G  icdown155
 L  icup155
 L  mono156
 G  icdown156
 L  icup156
 L  mono157
 G  icdown157
 L  icup157
 L  mono158
 G  icdown158
 L  icup158
 L  mono159
 G  icdown159
 L  icup159
 L  mono160
 G  icdown160
 L  icup160
 L  mono161
 G  icdown161
 L  icup161
 L  mono162
 G  icdown162
 L  icup162
 L  mono163
 G  icdown163
 L  icup163
 L  mono164
 G  icdown164
 L  icup164
 L  mono165
 G  icdown165
 L  icup165
 L  mono166
 G  icdown166
 L  icup166
 L  mono167
 G  icdown167
 L  icup167
 L  mono168
 G  icdown168
 L  icup168
 L  mono169
 G  icdown169
 L  icup169
 L  mono170
 G  icdown170
 L  icup170
 L  mono171
 G  icdown171
 L  icup171
 L  mono172
 G  icdown172
 L  icup172
 L  mono173
 G  icdown173
 L  icup173
 L  mono174
 G  icdown174
 L  icup174
 L  mono175
 G  icdown175
 L  icup175
 L  mono176
 G  icdown176
 L  icup176
 L  mono177
 G  icdown177
 L  icup177
 L  mono178
 G  icdown178
 L  icup178
 L  mono179
 G  icdown179
 L  icup179
 L  mono180
 G  icdown180
 L  icup180
 L  mono181
 G  icdown181
 L  icup181
 L  mono182
 G  icdown182
 L  icup182
 L  mono183
 G  icdown183
 L  icup183
 L  mono184
 G  icdown184
 L  icup184
 L  nosubsidy
COLUMNS
    x1        obj       -4.919822271420445E-5   tail1     -0.039850560398505604
    x1        mono2     1              icdown2   -0.0024691358024691358
    x1        nosubsidy  -0.0024691358024691358
    x2        obj       -1.7219377949971557E-4   tail2     -0.06973848069738481
    x2        mono2     -1             icup2     -0.0024691358024691358
    x2        mono3     1              icdown3   -0.0024691358024691358
    x3        obj       -1.4759466814261336E-4   tail3     -0.039850560398505604
    x3        mono3     -1             icup3     -0.0024691358024691358
    x3        mono4     1              icdown4   -0.0024691358024691358
    x4        obj       -9.83964454284089E-5   tail4     -0.019925280199252802
    x4        mono4     -1             icup4     -0.0024691358024691358
    x4        mono5     1              icdown5   -0.0024691358024691358
    x5        obj       -5.534800055348001E-4   tail5     -0.0896637608966376
    x5        mono5     -1             icup5     -0.0024691358024691358
    x5        mono6     1              icdown6   -0.0024691358024691358
    x6        obj       -2.2139200221392002E-4   tail6     -0.029887920298879204
    x6        mono6     -1             icup6     -0.0024691358024691358
    x6        mono7     1              icdown7   -0.0024691358024691358
    x7        obj       -2.5829066924957334E-4   tail7     -0.029887920298879204
    x7        mono7     -1             icup7     -0.0024691358024691358
    x7        mono8     1              icdown8   -0.0024691358024691358
    x8        obj       -9.83964454284089E-5   tail8     -0.009962640099626401
    x8        mono8     -1             icup8     -0.0024691358024691358
    x8        mono9     1              icdown9   -0.0024691358024691358
    x9        obj       -2.2139200221392002E-4   tail9     -0.019925280199252802
    x9        mono9     -1             icup9     -0.0024691358024691358
    x9        mono10    1              icdown10  -0.0024691358024691358
    x10       obj       -0.0017219377949971558   tail10    -0.13947696139476962
    x10       mono10    -1             icup10    -0.0024691358024691358
    x10       mono11    1              icdown11  -0.0024691358024691358
    x11       obj       -1.3529511246406222E-4   tail11    -0.009962640099626401
    x11       mono11    -1             icup11    -0.0024691358024691358
    x11       mono12    1              icdown12  -0.0024691358024691358
    x12       obj       -1.4759466814261336E-4   tail12    -0.009962640099626401
    x12       mono12    -1             icup12    -0.0024691358024691358
    x12       mono13    1              icdown13  -0.0024691358024691358
    x13       obj       -4.7968267146349336E-4   tail13    -0.029887920298879204
    x13       mono13    -1             icup13    -0.0024691358024691358
    x13       mono14    1              icdown14  -0.0024691358024691358
    x14       obj       -1.7219377949971557E-4   tail14    -0.009962640099626401
    x14       mono14    -1             icup14    -0.0024691358024691358
    x14       mono15    1              icdown15  -0.0024691358024691358
    x15       obj       -0.0014759466814261333   tail15    -0.07970112079701121
    x15       mono15    -1             icup15    -0.0024691358024691358
    x15       mono16    1              icdown16  -0.0024691358024691358
    x16       obj       -3.935857817136356E-4   tail16    -0.019925280199252802
    x16       mono16    -1             icup16    -0.0024691358024691358
    x16       mono17    1              icdown17  -0.0049382716049382715
    x17       obj       -2.2139200221392002E-4   tail17    -0.009962640099626401
    x17       mono17    -1             icup17    -0.0049382716049382715
    x17       mono18    1              icdown18  -0.0024691358024691358
    x18       obj       -2.3369155789247113E-4   tail18    -0.009962640099626401
    x18       mono18    -1             icup18    -0.0024691358024691358
    x18       mono19    1              icdown19  -0.0024691358024691358
    x19       obj       -0.003689866703565333   tail19    -0.149439601494396
    x19       mono19    -1             icup19    -0.0024691358024691358
    x19       mono20    1              icdown20  -0.0024691358024691358
    x20       obj       -0.0010331626769982934   tail20    -0.039850560398505604
    x20       mono20    -1             icup20    -0.0024691358024691358
    x20       mono21    1              icdown21  -0.0024691358024691358
    x21       obj       -5.411804498562489E-4   tail21    -0.019925280199252802
    x21       mono21    -1             icup21    -0.0024691358024691358
    x21       mono22    1              icdown22  -0.0024691358024691358
    x22       obj       -5.657795612133512E-4   tail22    -0.019925280199252802
    x22       mono22    -1             icup22    -0.0024691358024691358
    x22       mono23    1              icdown23  -0.0049382716049382715
    x23       obj       -0.0024599111357102225   tail23    -0.07970112079701121
    x23       mono23    -1             icup23    -0.0049382716049382715
    x23       mono24    1              icdown24  -0.0024691358024691358
    x24       obj       -9.593653429269867E-4   tail24    -0.029887920298879204
    x24       mono24    -1             icup24    -0.0024691358024691358
    x24       mono25    1              icdown25  -0.0024691358024691358
    x25       obj       -3.3208800332088005E-4   tail25    -0.009962640099626401
    x25       mono25    -1             icup25    -0.0024691358024691358
    x25       mono26    1              icdown26  -0.0024691358024691358
    x26       obj       -0.0010331626769982934   tail26    -0.029887920298879204
    x26       mono26    -1             icup26    -0.0024691358024691358
    x26       mono27    1              icdown27  -0.0024691358024691358
    x27       obj       -3.5668711467798223E-4   tail27    -0.009962640099626401
    x27       mono27    -1             icup27    -0.0024691358024691358
    x27       mono28    1              icdown28  -0.0024691358024691358
    x28       obj       -0.005534800055348   tail28    -0.149439601494396
    x28       mono28    -1             icup28    -0.0024691358024691358
    x28       mono29    1              icdown29  -0.0024691358024691358
    x29       obj       -0.001525144904140338   tail29    -0.039850560398505604
    x29       mono29    -1             icup29    -0.0024691358024691358
    x29       mono30    1              icdown30  -0.0024691358024691358
    x30       obj       -0.003148686253709085   tail30    -0.07970112079701121
    x30       mono30    -1             icup30    -0.0024691358024691358
    x30       mono31    1              icdown31  -0.0024691358024691358
    x31       obj       -8.117706747843734E-4   tail31    -0.019925280199252802
    x31       mono31    -1             icup31    -0.0024691358024691358
    x31       mono32    1              icdown32  -0.0049382716049382715
    x32       obj       -0.006887751179988623   tail32    -0.15940224159402241
    x32       mono32    -1             icup32    -0.0049382716049382715
    x32       mono33    1              icdown33  -0.0024691358024691358
    x33       obj       -4.4278400442784003E-4   tail33    -0.009962640099626401
    x33       mono33    -1             icup33    -0.0024691358024691358
    x33       mono34    1              icdown34  -0.0024691358024691358
    x34       obj       -4.550835601063911E-4   tail34    -0.009962640099626401
    x34       mono34    -1             icup34    -0.0024691358024691358
    x34       mono35    1              icdown35  -0.0024691358024691358
    x35       obj       -4.6738311578494227E-4   tail35    -0.009962640099626401
    x35       mono35    -1             icup35    -0.0024691358024691358
    x35       mono36    1              icdown36  -0.0024691358024691358
    x36       obj       -4.7968267146349336E-4   tail36    -0.009962640099626401
    x36       mono36    -1             icup36    -0.0024691358024691358
    x36       mono37    1              icdown37  -0.0024691358024691358
    x37       obj       -0.006395768952846577   tail37    -0.1295143212951432
    x37       mono37    -1             icup37    -0.0024691358024691358
    x37       mono38    1              icdown38  -0.0024691358024691358
    x38       obj       -5.042817828205957E-4   tail38    -0.009962640099626401
    x38       mono38    -1             icup38    -0.0024691358024691358
    x38       mono39    1              icdown39  -0.0024691358024691358
    x39       obj       -5.165813384991467E-4   tail39    -0.009962640099626401
    x39       mono39    -1             icup39    -0.0024691358024691358
    x39       mono40    1              icdown40  -0.0049382716049382715
    x40       obj       -0.0010823608997124977   tail40    -0.019925280199252802
    x40       mono40    -1             icup40    -0.0049382716049382715
    x40       mono41    1              icdown41  -0.0024691358024691358
    x41       obj       -0.0033208800332088003   tail41    -0.05977584059775841
    x41       mono41    -1             icup41    -0.0024691358024691358
    x41       mono42    1              icdown42  -0.0024691358024691358
    x42       obj       -5.657795612133512E-4   tail42    -0.009962640099626401
    x42       mono42    -1             icup42    -0.0024691358024691358
    x42       mono43    1              icdown43  -0.0024691358024691358
    x43       obj       -0.0011561582337838046   tail43    -0.019925280199252802
    x43       mono43    -1             icup43    -0.0024691358024691358
    x43       mono44    1              icdown44  -0.0024691358024691358
    x44       obj       -0.001180757345140907   tail44    -0.019925280199252802
    x44       mono44    -1             icup44    -0.0024691358024691358
    x44       mono45    1              icdown45  -0.0024691358024691358
    x45       obj       -6.026782282490045E-4   tail45    -0.009962640099626401
    x45       mono45    -1             icup45    -0.0024691358024691358
    x45       mono46    1              icdown46  -0.0024691358024691358
    x46       obj       -0.012299555678551111   tail46    -0.199252801992528
    x46       mono46    -1             icup46    -0.0024691358024691358
    x46       mono47    1              icdown47  -0.0024691358024691358
    x47       obj       -0.002509109358424427   tail47    -0.039850560398505604
    x47       mono47    -1             icup47    -0.0024691358024691358
    x47       mono48    1              icdown48  -0.0024691358024691358
    x48       obj       -0.0012791537905693156   tail48    -0.019925280199252802
    x48       mono48    -1             icup48    -0.0024691358024691358
    x48       mono49    1              icdown49  -0.0024691358024691358
    x49       obj       -0.001955629352889627   tail49    -0.029887920298879204
    x49       mono49    -1             icup49    -0.0024691358024691358
    x49       mono50    1              icdown50  -0.0024691358024691358
    x50       obj       -0.0026567040265670404   tail50    -0.039850560398505604
    x50       mono50    -1             icup50    -0.0024691358024691358
    x50       mono51    1              icdown51  -0.0024691358024691358
    x51       obj       -0.008117706747843735   tail51    -0.11955168119551682
    x51       mono51    -1             icup51    -0.0024691358024691358
    x51       mono52    1              icdown52  -0.0024691358024691358
    x52       obj       -0.0013775502359977246   tail52    -0.019925280199252802
    x52       mono52    -1             icup52    -0.0024691358024691358
    x52       mono53    1              icdown53  -0.0024691358024691358
    x53       obj       -0.0014021493473548269   tail53    -0.019925280199252802
    x53       mono53    -1             icup53    -0.0024691358024691358
    x53       mono54    1              icdown54  -0.007407407407407408
    x54       obj       -0.014759466814261334   tail54    -0.199252801992528
    x54       mono54    -1             icup54    -0.007407407407407408
    x54       mono55    1              icdown55  -0.0024691358024691358
    x55       obj       -0.004501637378349708   tail55    -0.05977584059775841
    x55       mono55    -1             icup55    -0.0024691358024691358
    x55       mono56    1              icdown56  -0.0024691358024691358
    x56       obj       -0.001525144904140338   tail56    -0.019925280199252802
    x56       mono56    -1             icup56    -0.0024691358024691358
    x56       mono57    1              icdown57  -0.0024691358024691358
    x57       obj       -0.00309948803099488   tail57    -0.039850560398505604
    x57       mono57    -1             icup57    -0.0024691358024691358
    x57       mono58    1              icdown58  -0.0049382716049382715
    x58       obj       -0.007994711191058223   tail58    -0.099626400996264
    x58       mono58    -1             icup58    -0.0049382716049382715
    x58       mono59    1              icdown59  -0.0024691358024691358
    x59       obj       -8.117706747843734E-4   tail59    -0.009962640099626401
    x59       mono59    -1             icup59    -0.0024691358024691358
    x59       mono60    1              icdown60  -0.0024691358024691358
    x60       obj       -0.0024722106913887738   tail60    -0.029887920298879204
    x60       mono60    -1             icup60    -0.0024691358024691358
    x60       mono61    1              icdown61  -0.0024691358024691358
    x61       obj       -8.363697861414757E-4   tail61    -0.009962640099626401
    x61       mono61    -1             icup61    -0.0024691358024691358
    x61       mono62    1              icdown62  -0.0024691358024691358
    x62       obj       -8.486693418200267E-4   tail62    -0.009962640099626401
    x62       mono62    -1             icup62    -0.0024691358024691358
    x62       mono63    1              icdown63  -0.0024691358024691358
    x63       obj       -0.018080346847470136   tail63    -0.20921544209215442
    x63       mono63    -1             icup63    -0.0024691358024691358
    x63       mono64    1              icdown64  -0.0049382716049382715
    x64       obj       -0.0035422720354227203   tail64    -0.039850560398505604
    x64       mono64    -1             icup64    -0.0049382716049382715
    x64       mono65    1              icdown65  -0.0024691358024691358
    x65       obj       -0.0017957351290684624   tail65    -0.019925280199252802
    x65       mono65    -1             icup65    -0.0024691358024691358
    x65       mono66    1              icdown66  -0.0024691358024691358
    x66       obj       -0.0018203342404255645   tail66    -0.019925280199252802
    x66       mono66    -1             icup66    -0.0024691358024691358
    x66       mono67    1              icdown67  -0.0024691358024691358
    x67       obj       -0.016604400166044003   tail67    -0.1793275217932752
    x67       mono67    -1             icup67    -0.0024691358024691358
    x67       mono68    1              icdown68  -0.0024691358024691358
    x68       obj       -0.001869532463139769   tail68    -0.019925280199252802
    x68       mono68    -1             icup68    -0.0024691358024691358
    x68       mono69    1              icdown69  -0.0024691358024691358
    x69       obj       -0.0028411973617453075   tail69    -0.029887920298879204
    x69       mono69    -1             icup69    -0.0024691358024691358
    x69       mono70    1              icdown70  -0.0024691358024691358
    x70       obj       -0.003837461371707947   tail70    -0.039850560398505604
    x70       mono70    -1             icup70    -0.0024691358024691358
    x70       mono71    1              icdown71  -0.0049382716049382715
    x71       obj       -0.029518933628522665   tail71    -0.298879202988792
    x71       mono71    -1             icup71    -0.0049382716049382715
    x71       mono72    1              icdown72  -0.0024691358024691358
    x72       obj       -0.005977584059775841   tail72    -0.05977584059775841
    x72       mono72    -1             icup72    -0.0024691358024691358
    x72       mono73    1              icdown73  -0.0024691358024691358
    x73       obj       -0.009077072090770721   tail73    -0.0896637608966376
    x73       mono73    -1             icup73    -0.0024691358024691358
    x73       mono74    1              icdown74  -0.0024691358024691358
    x74       obj       -0.0010208631213197423   tail74    -0.009962640099626401
    x74       mono74    -1             icup74    -0.0024691358024691358
    x74       mono75    1              icdown75  -0.0049382716049382715
    x75       obj       -0.02090924465353689   tail75    -0.199252801992528
    x75       mono75    -1             icup75    -0.0049382716049382715
    x75       mono76    1              icdown76  -0.0024691358024691358
    x76       obj       -0.005288808941776978   tail76    -0.049813200498132
    x76       mono76    -1             icup76    -0.0024691358024691358
    x76       mono77    1              icdown77  -0.0024691358024691358
    x77       obj       -0.0021401226880678934   tail77    -0.019925280199252802
    x77       mono77    -1             icup77    -0.0024691358024691358
    x77       mono78    1              icdown78  -0.0024691358024691358
    x78       obj       -0.005411804498562489   tail78    -0.049813200498132
    x78       mono78    -1             icup78    -0.0024691358024691358
    x78       mono79    1              icdown79  -0.0024691358024691358
    x79       obj       -0.0076626231877373425   tail79    -0.06973848069738481
    x79       mono79    -1             icup79    -0.0024691358024691358
    x79       mono80    1              icdown80  -0.0024691358024691358
    x80       obj       -0.023246160232461604   tail80    -0.20921544209215442
    x80       mono80    -1             icup80    -0.0024691358024691358
    x80       mono81    1              icdown81  -0.0024691358024691358
    x81       obj       -0.001119259566748151   tail81    -0.009962640099626401
    x81       mono81    -1             icup81    -0.0024691358024691358
    x81       mono82    1              icdown82  -0.0024691358024691358
    x82       obj       -0.0033946773672801074   tail82    -0.029887920298879204
    x82       mono82    -1             icup82    -0.0024691358024691358
    x82       mono83    1              icdown83  -0.0049382716049382715
    x83       obj       -0.0023123164675676092   tail83    -0.019925280199252802
    x83       mono83    -1             icup83    -0.0049382716049382715
    x83       mono84    1              icdown84  -0.0024691358024691358
    x84       obj       -0.016358409052472978   tail84    -0.13947696139476962
    x84       mono84    -1             icup84    -0.0024691358024691358
    x84       mono85    1              icdown85  -0.0024691358024691358
    x85       obj       -0.004723029380563628   tail85    -0.039850560398505604
    x85       mono85    -1             icup85    -0.0024691358024691358
    x85       mono86    1              icdown86  -0.0024691358024691358
    x86       obj       -0.001193056900819458   tail86    -0.009962640099626401
    x86       mono86    -1             icup86    -0.0024691358024691358
    x86       mono87    1              icdown87  -0.0049382716049382715
    x87       obj       -0.00974124809741248   tail87    -0.07970112079701121
    x87       mono87    -1             icup87    -0.0049382716049382715
    x87       mono88    1              icdown88  -0.0024691358024691358
    x88       obj       -0.05042817828205956   tail88    -0.40846824408468246
    x88       mono88    -1             icup88    -0.0024691358024691358
    x88       mono89    1              icdown89  -0.0024691358024691358
    x89       obj       -0.008695785864735637   tail89    -0.06973848069738481
    x89       mono89    -1             icup89    -0.0024691358024691358
    x89       mono90    1              icdown90  -0.0024691358024691358
    x90       obj       -0.0037636640376366407   tail90    -0.029887920298879204
    x90       mono90    -1             icup90    -0.0024691358024691358
    x90       mono91    1              icdown91  -0.0024691358024691358
    x91       obj       -0.0050674169395630575   tail91    -0.039850560398505604
    x91       mono91    -1             icup91    -0.0024691358024691358
    x91       mono92    1              icdown92  -0.0024691358024691358
    x92       obj       -0.0012791537905693156   tail92    -0.009962640099626401
    x92       mono92    -1             icup92    -0.0024691358024691358
    x92       mono93    1              icdown93  -0.0024691358024691358
    x93       obj       -0.018080346847470136   tail93    -0.13947696139476962
    x93       mono93    -1             icup93    -0.0024691358024691358
    x93       mono94    1              icdown94  -0.0024691358024691358
    x94       obj       -0.005215011607705672   tail94    -0.039850560398505604
    x94       mono94    -1             icup94    -0.0024691358024691358
    x94       mono95    1              icdown95  -0.0024691358024691358
    x95       obj       -0.0026321049152099383   tail95    -0.019925280199252802
    x95       mono95    -1             icup95    -0.0024691358024691358
    x95       mono96    1              icdown96  -0.0024691358024691358
    x96       obj       -0.00398505603985056   tail96    -0.029887920298879204
    x96       mono96    -1             icup96    -0.0024691358024691358
    x96       mono97    1              icdown97  -0.0049382716049382715
    x97       obj       -0.018941315744968715   tail97    -0.13947696139476962
    x97       mono97    -1             icup97    -0.0049382716049382715
    x97       mono98    1              icdown98  -0.0024691358024691358
    x98       obj       -0.0013652506803191735   tail98    -0.009962640099626401
    x98       mono98    -1             icup98    -0.0024691358024691358
    x98       mono99    1              icdown99  -0.0024691358024691358
    x99       obj       -0.002755100471995449   tail99    -0.019925280199252802
    x99       mono99    -1             icup99    -0.0024691358024691358
    x99       mono100   1              icdown100  -0.0024691358024691358
    x100      obj       -0.006949248958381378   tail100   -0.049813200498132
    x100      mono100   -1             icup100   -0.0024691358024691358
    x100      mono101   1              icdown101  -0.0024691358024691358
    x101      obj       -0.0014021493473548269   tail101   -0.009962640099626401
    x101      mono101   -1             icup101   -0.0024691358024691358
    x101      mono102   1              icdown102  -0.0024691358024691358
    x102      obj       -0.011315591224267023   tail102   -0.07970112079701121
    x102      mono102   -1             icup102   -0.0024691358024691358
    x102      mono103   1              icdown103  -0.0024691358024691358
    x103      obj       -0.002853496917423858   tail103   -0.019925280199252802
    x103      mono103   -1             icup103   -0.0024691358024691358
    x103      mono104   1              icdown104  -0.0024691358024691358
    x104      obj       -0.0028780960287809604   tail104   -0.019925280199252802
    x104      mono104   -1             icup104   -0.0024691358024691358
    x104      mono105   1              icdown105  -0.0024691358024691358
    x105      obj       -0.008708085420414189   tail105   -0.05977584059775841
    x105      mono105   -1             icup105   -0.0024691358024691358
    x105      mono106   1              icdown106  -0.0049382716049382715
    x106      obj       -0.02804298694709654   tail106   -0.18929016189290163
    x106      mono106   -1             icup106   -0.0049382716049382715
    x106      mono107   1              icdown107  -0.0024691358024691358
    x107      obj       -0.0014882462371046846   tail107   -0.009962640099626401
    x107      mono107   -1             icup107   -0.0024691358024691358
    x107      mono108   1              icdown108  -0.0024691358024691358
    x108      obj       -0.004501637378349708   tail108   -0.029887920298879204
    x108      mono108   -1             icup108   -0.0024691358024691358
    x108      mono109   1              icdown109  -0.0024691358024691358
    x109      obj       -0.010589917439232509   tail109   -0.06973848069738481
    x109      mono109   -1             icup109   -0.0024691358024691358
    x109      mono110   1              icdown110  -0.0024691358024691358
    x110      obj       -0.001525144904140338   tail110   -0.009962640099626401
    x110      mono110   -1             icup110   -0.0024691358024691358
    x110      mono111   1              icdown111  -0.0024691358024691358
    x111      obj       -0.03074888919637778   tail111   -0.199252801992528
    x111      mono111   -1             icup111   -0.0024691358024691358
    x111      mono112   1              icdown112  -0.0024691358024691358
    x112      obj       -0.00309948803099488   tail112   -0.019925280199252802
    x112      mono112   -1             icup112   -0.0024691358024691358
    x112      mono113   1              icdown113  -0.0024691358024691358
    x113      obj       -0.0031240871423519824   tail113   -0.019925280199252802
    x113      mono113   -1             icup113   -0.0024691358024691358
    x113      mono114   1              icdown114  -0.0024691358024691358
    x114      obj       -0.011020401887981797   tail114   -0.06973848069738481
    x114      mono114   -1             icup114   -0.0024691358024691358
    x114      mono115   1              icdown115  -0.0049382716049382715
    x115      obj       -0.02398413357317467   tail115   -0.149439601494396
    x115      mono115   -1             icup115   -0.0049382716049382715
    x115      mono116   1              icdown116  -0.0024691358024691358
    x116      obj       -0.0016112417938901956   tail116   -0.009962640099626401
    x116      mono116   -1             icup116   -0.0024691358024691358
    x116      mono117   1              icdown117  -0.0024691358024691358
    x117      obj       -0.0016235413495687468   tail117   -0.009962640099626401
    x117      mono117   -1             icup117   -0.0024691358024691358
    x117      mono118   1              icdown118  -0.0024691358024691358
    x118      obj       -0.00981504543148379   tail118   -0.05977584059775841
    x118      mono118   -1             icup118   -0.0024691358024691358
    x118      mono119   1              icdown119  -0.0049382716049382715
    x119      obj       -0.0033208800332088003   tail119   -0.019925280199252802
    x119      mono119   -1             icup119   -0.0049382716049382715
    x119      mono120   1              icdown120  -0.0024691358024691358
    x120      obj       -0.0016727395722829514   tail120   -0.009962640099626401
    x120      mono120   -1             icup120   -0.0024691358024691358
    x120      mono121   1              icdown121  -0.0024691358024691358
    x121      obj       -0.0016850391279615022   tail121   -0.009962640099626401
    x121      mono121   -1             icup121   -0.0024691358024691358
    x121      mono122   1              icdown122  -0.0024691358024691358
    x122      obj       -0.0016973386836400535   tail122   -0.009962640099626401
    x122      mono122   -1             icup122   -0.0024691358024691358
    x122      mono123   1              icdown123  -0.0024691358024691358
    x123      obj       -0.0017096382393186045   tail123   -0.009962640099626401
    x123      mono123   -1             icup123   -0.0024691358024691358
    x123      mono124   1              icdown124  -0.0024691358024691358
    x124      obj       -0.010331626769982933   tail124   -0.05977584059775841
    x124      mono124   -1             icup124   -0.0024691358024691358
    x124      mono125   1              icdown125  -0.0024691358024691358
    x125      obj       -0.001734237350675707   tail125   -0.009962640099626401
    x125      mono125   -1             icup125   -0.0024691358024691358
    x125      mono126   1              icdown126  -0.0024691358024691358
    x126      obj       -0.0017465369063542578   tail126   -0.009962640099626401
    x126      mono126   -1             icup126   -0.0024691358024691358
    x126      mono127   1              icdown127  -0.0024691358024691358
    x127      obj       -0.0070353458481312355   tail127   -0.039850560398505604
    x127      mono127   -1             icup127   -0.0024691358024691358
    x127      mono128   1              icdown128  -0.0024691358024691358
    x128      obj       -0.0017711360177113601   tail128   -0.009962640099626401
    x128      mono128   -1             icup128   -0.0024691358024691358
    x128      mono129   1              icdown129  -0.0024691358024691358
    x129      obj       -0.0017834355733899114   tail129   -0.009962640099626401
    x129      mono129   -1             icup129   -0.0024691358024691358
    x129      mono130   1              icdown130  -0.012345679012345678
    x130      obj       -0.01844933351782667   tail130   -0.099626400996264
    x130      mono130   -1             icup130   -0.012345679012345678
    x130      mono131   1              icdown131  -0.0049382716049382715
    x131      obj       -0.001869532463139769   tail131   -0.009962640099626401
    x131      mono131   -1             icup131   -0.0049382716049382715
    x131      mono132   1              icdown132  -0.0024691358024691358
    x132      obj       -0.005645496056454961   tail132   -0.029887920298879204
    x132      mono132   -1             icup132   -0.0024691358024691358
    x132      mono133   1              icdown133  -0.0049382716049382715
    x133      obj       -0.003812862260350845   tail133   -0.019925280199252802
    x133      mono133   -1             icup133   -0.0049382716049382715
    x133      mono134   1              icdown134  -0.0049382716049382715
    x134      obj       -0.0019310302415325247   tail134   -0.009962640099626401
    x134      mono134   -1             icup134   -0.0049382716049382715
    x134      mono135   1              icdown135  -0.0024691358024691358
    x135      obj       -0.001943329797211076   tail135   -0.009962640099626401
    x135      mono135   -1             icup135   -0.0024691358024691358
    x135      mono136   1              icdown136  -0.0049382716049382715
    x136      obj       -0.007871715634272712   tail136   -0.039850560398505604
    x136      mono136   -1             icup136   -0.0049382716049382715
    x136      mono137   1              icdown137  -0.0024691358024691358
    x137      obj       -0.001980228464246729   tail137   -0.009962640099626401
    x137      mono137   -1             icup137   -0.0024691358024691358
    x137      mono138   1              icdown138  -0.009876543209876543
    x138      obj       -0.0182648401826484   tail138   -0.0896637608966376
    x138      mono138   -1             icup138   -0.009876543209876543
    x138      mono139   1              icdown139  -0.007407407407407408
    x139      obj       -0.008265301415986347   tail139   -0.039850560398505604
    x139      mono139   -1             icup139   -0.007407407407407408
    x139      mono140   1              icdown140  -0.0049382716049382715
    x140      obj       -0.006272773396061067   tail140   -0.029887920298879204
    x140      mono140   -1             icup140   -0.0049382716049382715
    x140      mono141   1              icdown141  -0.009876543209876543
    x141      obj       -0.0021401226880678934   tail141   -0.009962640099626401
    x141      mono141   -1             icup141   -0.009876543209876543
    x141      mono142   1              icdown142  -0.0024691358024691358
    x142      obj       -0.008609688974985779   tail142   -0.039850560398505604
    x142      mono142   -1             icup142   -0.0024691358024691358
    x142      mono143   1              icdown143  -0.007407407407407408
    x143      obj       -0.006567962732346294   tail143   -0.029887920298879204
    x143      mono143   -1             icup143   -0.007407407407407408
    x143      mono144   1              icdown144  -0.0049382716049382715
    x144      obj       -0.004427840044278401   tail144   -0.019925280199252802
    x144      mono144   -1             icup144   -0.0049382716049382715
    x144      mono145   1              icdown145  -0.0024691358024691358
    x145      obj       -0.0022262195778177513   tail145   -0.009962640099626401
    x145      mono145   -1             icup145   -0.0024691358024691358
    x145      mono146   1              icdown146  -0.0049382716049382715
    x146      obj       -0.004501637378349707   tail146   -0.019925280199252802
    x146      mono146   -1             icup146   -0.0049382716049382715
    x146      mono147   1              icdown147  -0.0024691358024691358
    x147      obj       -0.0022631182448534046   tail147   -0.009962640099626401
    x147      mono147   -1             icup147   -0.0024691358024691358
    x147      mono148   1              icdown148  -0.0024691358024691358
    x148      obj       -0.002275417800531956   tail148   -0.009962640099626401
    x148      mono148   -1             icup148   -0.0024691358024691358
    x148      mono149   1              icdown149  -0.009876543209876543
    x149      obj       -0.00232461602324616   tail149   -0.009962640099626401
    x149      mono149   -1             icup149   -0.009876543209876543
    x149      mono150   1              icdown150  -0.0024691358024691358
    x150      obj       -0.0023369155789247113   tail150   -0.009962640099626401
    x150      mono150   -1             icup150   -0.0024691358024691358
    x150      mono151   1              icdown151  -0.022222222222222223
    x151      obj       -0.0024476115800316713   tail151   -0.009962640099626401
    x151      mono151   -1             icup151   -0.022222222222222223
    x151      mono152   1              icdown152  -0.0024691358024691358
    x152      obj       -0.014759466814261334   tail152   -0.05977584059775841
    x152      mono152   -1             icup152   -0.0024691358024691358
    x152      mono153   1              icdown153  -0.0049382716049382715
    x153      obj       -0.007453530741201975   tail153   -0.029887920298879204
    x153      mono153   -1             icup153   -0.0049382716049382715
    x153      mono154   1              icdown154  -0.0024691358024691358
    x154      obj       -0.002496809802745876   tail154   -0.009962640099626401
    x154      mono154   -1             icup154   -0.0024691358024691358
    x154      mono155   1              icdown155  -0.0024691358024691358
    x155      obj       -0.002509109358424427   tail155   -0.009962640099626401
    x155      mono155   -1             icup155   -0.0024691358024691358
    x155      mono156   1              icdown156  -0.0024691358024691358
    x156      obj       -0.007564226742308935   tail156   -0.029887920298879204
    x156      mono156   -1             icup156   -0.0024691358024691358
    x156      mono157   1              icdown157  -0.012345679012345678
    x157      obj       -0.0025829066924957333   tail157   -0.009962640099626401
    x157      mono157   -1             icup157   -0.012345679012345678
    x157      mono158   1              icdown158  -0.007407407407407408
    x158      obj       -0.002619805359531387   tail158   -0.009962640099626401
    x158      mono158   -1             icup158   -0.007407407407407408
    x158      mono159   1              icdown159  -0.01728395061728395
    x159      obj       -0.0027059022492812446   tail159   -0.009962640099626401
    x159      mono159   -1             icup159   -0.01728395061728395
    x159      mono160   1              icdown160  -0.007407407407407408
    x160      obj       -0.002742800916316898   tail160   -0.009962640099626401
    x160      mono160   -1             icup160   -0.007407407407407408
    x160      mono161   1              icdown161  -0.0049382716049382715
    x161      obj       -0.0027674000276740004   tail161   -0.009962640099626401
    x161      mono161   -1             icup161   -0.0049382716049382715
    x161      mono162   1              icdown162  -0.04691358024691358
    x162      obj       -0.003001091585566471   tail162   -0.009962640099626401
    x162      mono162   -1             icup162   -0.04691358024691358
    x162      mono163   1              icdown163  -0.0024691358024691358
    x163      obj       -0.0030133911412450224   tail163   -0.009962640099626401
    x163      mono163   -1             icup163   -0.0024691358024691358
    x163      mono164   1              icdown164  -0.007407407407407408
    x164      obj       -0.003050289808280676   tail164   -0.009962640099626401
    x164      mono164   -1             icup164   -0.007407407407407408
    x164      mono165   1              icdown165  -0.0049382716049382715
    x165      obj       -0.009224666758913334   tail165   -0.029887920298879204
    x165      mono165   -1             icup165   -0.0049382716049382715
    x165      mono166   1              icdown166  -0.014814814814814815
    x166      obj       -0.003148686253709085   tail166   -0.009962640099626401
    x166      mono166   -1             icup166   -0.014814814814814815
    x166      mono167   1              icdown167  -0.009876543209876543
    x167      obj       -0.0031978844764232895   tail167   -0.009962640099626401
    x167      mono167   -1             icup167   -0.009876543209876543
    x167      mono168   1              icdown168  -0.012345679012345678
    x168      obj       -0.0032593822548160445   tail168   -0.009962640099626401
    x168      mono168   -1             icup168   -0.012345679012345678
    x168      mono169   1              icdown169  -0.056790123456790124
    x169      obj       -0.0035422720354227203   tail169   -0.009962640099626401
    x169      mono169   -1             icup169   -0.056790123456790124
    x169      mono170   1              icdown170  -0.024691358024691357
    x170      obj       -0.0036652675922082315   tail170   -0.009962640099626401
    x170      mono170   -1             icup170   -0.024691358024691357
    x170      mono171   1              icdown171  -0.0049382716049382715
    x171      obj       -0.0036898667035653336   tail171   -0.009962640099626401
    x171      mono171   -1             icup171   -0.0049382716049382715
    x171      mono172   1              icdown172  -0.0024691358024691358
    x172      obj       -0.003702166259243885   tail172   -0.009962640099626401
    x172      mono172   -1             icup172   -0.0024691358024691358
    x172      mono173   1              icdown173  -0.012345679012345678
    x173      obj       -0.0037636640376366407   tail173   -0.009962640099626401
    x173      mono173   -1             icup173   -0.012345679012345678
    x173      mono174   1              icdown174  -0.0024691358024691358
    x174      obj       -0.003775963593315191   tail174   -0.009962640099626401
    x174      mono174   -1             icup174   -0.0024691358024691358
    x174      mono175   1              icdown175  -0.012345679012345678
    x175      obj       -0.003837461371707947   tail175   -0.009962640099626401
    x175      mono175   -1             icup175   -0.012345679012345678
    x175      mono176   1              icdown176  -0.019753086419753086
    x176      obj       -0.003935857817136356   tail176   -0.009962640099626401
    x176      mono176   -1             icup176   -0.019753086419753086
    x176      mono177   1              icdown177  -0.012345679012345678
    x177      obj       -0.007994711191058223   tail177   -0.019925280199252802
    x177      mono177   -1             icup177   -0.012345679012345678
    x177      mono178   1              icdown178  -0.019753086419753086
    x178      obj       -0.004095752040957521   tail178   -0.009962640099626401
    x178      mono178   -1             icup178   -0.019753086419753086
    x178      mono179   1              icdown179  -0.04197530864197531
    x179      obj       -0.004304844487492889   tail179   -0.009962640099626401
    x179      mono179   -1             icup179   -0.04197530864197531
    x179      mono180   1              icdown180  -0.024691358024691357
    x180      obj       -0.004427840044278401   tail180   -0.009962640099626401
    x180      mono180   -1             icup180   -0.024691358024691357
    x180      mono181   1              icdown181  -0.04938271604938271
    x181      obj       -0.004673831157849423   tail181   -0.009962640099626401
    x181      mono181   -1             icup181   -0.04938271604938271
    x181      mono182   1              icdown182  -0.012345679012345678
    x182      obj       -0.004735328936242178   tail182   -0.009962640099626401
    x182      mono182   -1             icup182   -0.012345679012345678
    x182      mono183   1              icdown183  -0.037037037037037035
    x183      obj       -0.004919822271420445   tail183   -0.009962640099626401
    x183      mono183   -1             icup183   -0.037037037037037035
    x183      mono184   1              icdown184  -0.012345679012345678
    x184      obj       -0.0049813200498132005   tail184   -0.009962640099626401
    x184      mono184   -1             icup184   -0.012345679012345678
    u1        obj       -0.019925280199252802   icdown2   -1
    u1        icup2     -1             nosubsidy  1
    u2        obj       -0.034869240348692404   icdown2   1
    u2        icup2     1              icdown3   -1
    u2        icup3     -1
    u3        obj       -0.019925280199252802   icdown3   1
    u3        icup3     1              icdown4   -1
    u3        icup4     -1
    u4        obj       -0.009962640099626401   icdown4   1
    u4        icup4     1              icdown5   -1
    u4        icup5     -1
    u5        obj       -0.0448318804483188   icdown5   1
    u5        icup5     1              icdown6   -1
    u5        icup6     -1
    u6        obj       -0.014943960149439602   icdown6   1
    u6        icup6     1              icdown7   -1
    u6        icup7     -1
    u7        obj       -0.014943960149439602   icdown7   1
    u7        icup7     1              icdown8   -1
    u7        icup8     -1
    u8        obj       -0.0049813200498132005   icdown8   1
    u8        icup8     1              icdown9   -1
    u8        icup9     -1
    u9        obj       -0.009962640099626401   icdown9   1
    u9        icup9     1              icdown10  -1
    u9        icup10    -1
    u10       obj       -0.06973848069738481   icdown10  1
    u10       icup10    1              icdown11  -1
    u10       icup11    -1
    u11       obj       -0.0049813200498132005   icdown11  1
    u11       icup11    1              icdown12  -1
    u11       icup12    -1
    u12       obj       -0.0049813200498132005   icdown12  1
    u12       icup12    1              icdown13  -1
    u12       icup13    -1
    u13       obj       -0.014943960149439602   icdown13  1
    u13       icup13    1              icdown14  -1
    u13       icup14    -1
    u14       obj       -0.0049813200498132005   icdown14  1
    u14       icup14    1              icdown15  -1
    u14       icup15    -1
    u15       obj       -0.039850560398505604   icdown15  1
    u15       icup15    1              icdown16  -1
    u15       icup16    -1
    u16       obj       -0.009962640099626401   icdown16  1
    u16       icup16    1              icdown17  -1
    u16       icup17    -1
    u17       obj       -0.0049813200498132005   icdown17  1
    u17       icup17    1              icdown18  -1
    u17       icup18    -1
    u18       obj       -0.0049813200498132005   icdown18  1
    u18       icup18    1              icdown19  -1
    u18       icup19    -1
    u19       obj       -0.074719800747198   icdown19  1
    u19       icup19    1              icdown20  -1
    u19       icup20    -1
    u20       obj       -0.019925280199252802   icdown20  1
    u20       icup20    1              icdown21  -1
    u20       icup21    -1
    u21       obj       -0.009962640099626401   icdown21  1
    u21       icup21    1              icdown22  -1
    u21       icup22    -1
    u22       obj       -0.009962640099626401   icdown22  1
    u22       icup22    1              icdown23  -1
    u22       icup23    -1
    u23       obj       -0.039850560398505604   icdown23  1
    u23       icup23    1              icdown24  -1
    u23       icup24    -1
    u24       obj       -0.014943960149439602   icdown24  1
    u24       icup24    1              icdown25  -1
    u24       icup25    -1
    u25       obj       -0.0049813200498132005   icdown25  1
    u25       icup25    1              icdown26  -1
    u25       icup26    -1
    u26       obj       -0.014943960149439602   icdown26  1
    u26       icup26    1              icdown27  -1
    u26       icup27    -1
    u27       obj       -0.0049813200498132005   icdown27  1
    u27       icup27    1              icdown28  -1
    u27       icup28    -1
    u28       obj       -0.074719800747198   icdown28  1
    u28       icup28    1              icdown29  -1
    u28       icup29    -1
    u29       obj       -0.019925280199252802   icdown29  1
    u29       icup29    1              icdown30  -1
    u29       icup30    -1
    u30       obj       -0.039850560398505604   icdown30  1
    u30       icup30    1              icdown31  -1
    u30       icup31    -1
    u31       obj       -0.009962640099626401   icdown31  1
    u31       icup31    1              icdown32  -1
    u31       icup32    -1
    u32       obj       -0.07970112079701121   icdown32  1
    u32       icup32    1              icdown33  -1
    u32       icup33    -1
    u33       obj       -0.0049813200498132005   icdown33  1
    u33       icup33    1              icdown34  -1
    u33       icup34    -1
    u34       obj       -0.0049813200498132005   icdown34  1
    u34       icup34    1              icdown35  -1
    u34       icup35    -1
    u35       obj       -0.0049813200498132005   icdown35  1
    u35       icup35    1              icdown36  -1
    u35       icup36    -1
    u36       obj       -0.0049813200498132005   icdown36  1
    u36       icup36    1              icdown37  -1
    u36       icup37    -1
    u37       obj       -0.0647571606475716   icdown37  1
    u37       icup37    1              icdown38  -1
    u37       icup38    -1
    u38       obj       -0.0049813200498132005   icdown38  1
    u38       icup38    1              icdown39  -1
    u38       icup39    -1
    u39       obj       -0.0049813200498132005   icdown39  1
    u39       icup39    1              icdown40  -1
    u39       icup40    -1
    u40       obj       -0.009962640099626401   icdown40  1
    u40       icup40    1              icdown41  -1
    u40       icup41    -1
    u41       obj       -0.029887920298879204   icdown41  1
    u41       icup41    1              icdown42  -1
    u41       icup42    -1
    u42       obj       -0.0049813200498132005   icdown42  1
    u42       icup42    1              icdown43  -1
    u42       icup43    -1
    u43       obj       -0.009962640099626401   icdown43  1
    u43       icup43    1              icdown44  -1
    u43       icup44    -1
    u44       obj       -0.009962640099626401   icdown44  1
    u44       icup44    1              icdown45  -1
    u44       icup45    -1
    u45       obj       -0.0049813200498132005   icdown45  1
    u45       icup45    1              icdown46  -1
    u45       icup46    -1
    u46       obj       -0.099626400996264   icdown46  1
    u46       icup46    1              icdown47  -1
    u46       icup47    -1
    u47       obj       -0.019925280199252802   icdown47  1
    u47       icup47    1              icdown48  -1
    u47       icup48    -1
    u48       obj       -0.009962640099626401   icdown48  1
    u48       icup48    1              icdown49  -1
    u48       icup49    -1
    u49       obj       -0.014943960149439602   icdown49  1
    u49       icup49    1              icdown50  -1
    u49       icup50    -1
    u50       obj       -0.019925280199252802   icdown50  1
    u50       icup50    1              icdown51  -1
    u50       icup51    -1
    u51       obj       -0.05977584059775841   icdown51  1
    u51       icup51    1              icdown52  -1
    u51       icup52    -1
    u52       obj       -0.009962640099626401   icdown52  1
    u52       icup52    1              icdown53  -1
    u52       icup53    -1
    u53       obj       -0.009962640099626401   icdown53  1
    u53       icup53    1              icdown54  -1
    u53       icup54    -1
    u54       obj       -0.099626400996264   icdown54  1
    u54       icup54    1              icdown55  -1
    u54       icup55    -1
    u55       obj       -0.029887920298879204   icdown55  1
    u55       icup55    1              icdown56  -1
    u55       icup56    -1
    u56       obj       -0.009962640099626401   icdown56  1
    u56       icup56    1              icdown57  -1
    u56       icup57    -1
    u57       obj       -0.019925280199252802   icdown57  1
    u57       icup57    1              icdown58  -1
    u57       icup58    -1
    u58       obj       -0.049813200498132   icdown58  1
    u58       icup58    1              icdown59  -1
    u58       icup59    -1
    u59       obj       -0.0049813200498132005   icdown59  1
    u59       icup59    1              icdown60  -1
    u59       icup60    -1
    u60       obj       -0.014943960149439602   icdown60  1
    u60       icup60    1              icdown61  -1
    u60       icup61    -1
    u61       obj       -0.0049813200498132005   icdown61  1
    u61       icup61    1              icdown62  -1
    u61       icup62    -1
    u62       obj       -0.0049813200498132005   icdown62  1
    u62       icup62    1              icdown63  -1
    u62       icup63    -1
    u63       obj       -0.10460772104607721   icdown63  1
    u63       icup63    1              icdown64  -1
    u63       icup64    -1
    u64       obj       -0.019925280199252802   icdown64  1
    u64       icup64    1              icdown65  -1
    u64       icup65    -1
    u65       obj       -0.009962640099626401   icdown65  1
    u65       icup65    1              icdown66  -1
    u65       icup66    -1
    u66       obj       -0.009962640099626401   icdown66  1
    u66       icup66    1              icdown67  -1
    u66       icup67    -1
    u67       obj       -0.0896637608966376   icdown67  1
    u67       icup67    1              icdown68  -1
    u67       icup68    -1
    u68       obj       -0.009962640099626401   icdown68  1
    u68       icup68    1              icdown69  -1
    u68       icup69    -1
    u69       obj       -0.014943960149439602   icdown69  1
    u69       icup69    1              icdown70  -1
    u69       icup70    -1
    u70       obj       -0.019925280199252802   icdown70  1
    u70       icup70    1              icdown71  -1
    u70       icup71    -1
    u71       obj       -0.149439601494396   icdown71  1
    u71       icup71    1              icdown72  -1
    u71       icup72    -1
    u72       obj       -0.029887920298879204   icdown72  1
    u72       icup72    1              icdown73  -1
    u72       icup73    -1
    u73       obj       -0.0448318804483188   icdown73  1
    u73       icup73    1              icdown74  -1
    u73       icup74    -1
    u74       obj       -0.0049813200498132005   icdown74  1
    u74       icup74    1              icdown75  -1
    u74       icup75    -1
    u75       obj       -0.099626400996264   icdown75  1
    u75       icup75    1              icdown76  -1
    u75       icup76    -1
    u76       obj       -0.024906600249066   icdown76  1
    u76       icup76    1              icdown77  -1
    u76       icup77    -1
    u77       obj       -0.009962640099626401   icdown77  1
    u77       icup77    1              icdown78  -1
    u77       icup78    -1
    u78       obj       -0.024906600249066   icdown78  1
    u78       icup78    1              icdown79  -1
    u78       icup79    -1
    u79       obj       -0.034869240348692404   icdown79  1
    u79       icup79    1              icdown80  -1
    u79       icup80    -1
    u80       obj       -0.10460772104607721   icdown80  1
    u80       icup80    1              icdown81  -1
    u80       icup81    -1
    u81       obj       -0.0049813200498132005   icdown81  1
    u81       icup81    1              icdown82  -1
    u81       icup82    -1
    u82       obj       -0.014943960149439602   icdown82  1
    u82       icup82    1              icdown83  -1
    u82       icup83    -1
    u83       obj       -0.009962640099626401   icdown83  1
    u83       icup83    1              icdown84  -1
    u83       icup84    -1
    u84       obj       -0.06973848069738481   icdown84  1
    u84       icup84    1              icdown85  -1
    u84       icup85    -1
    u85       obj       -0.019925280199252802   icdown85  1
    u85       icup85    1              icdown86  -1
    u85       icup86    -1
    u86       obj       -0.0049813200498132005   icdown86  1
    u86       icup86    1              icdown87  -1
    u86       icup87    -1
    u87       obj       -0.039850560398505604   icdown87  1
    u87       icup87    1              icdown88  -1
    u87       icup88    -1
    u88       obj       -0.20423412204234123   icdown88  1
    u88       icup88    1              icdown89  -1
    u88       icup89    -1
    u89       obj       -0.034869240348692404   icdown89  1
    u89       icup89    1              icdown90  -1
    u89       icup90    -1
    u90       obj       -0.014943960149439602   icdown90  1
    u90       icup90    1              icdown91  -1
    u90       icup91    -1
    u91       obj       -0.019925280199252802   icdown91  1
    u91       icup91    1              icdown92  -1
    u91       icup92    -1
    u92       obj       -0.0049813200498132005   icdown92  1
    u92       icup92    1              icdown93  -1
    u92       icup93    -1
    u93       obj       -0.06973848069738481   icdown93  1
    u93       icup93    1              icdown94  -1
    u93       icup94    -1
    u94       obj       -0.019925280199252802   icdown94  1
    u94       icup94    1              icdown95  -1
    u94       icup95    -1
    u95       obj       -0.009962640099626401   icdown95  1
    u95       icup95    1              icdown96  -1
    u95       icup96    -1
    u96       obj       -0.014943960149439602   icdown96  1
    u96       icup96    1              icdown97  -1
    u96       icup97    -1
    u97       obj       -0.06973848069738481   icdown97  1
    u97       icup97    1              icdown98  -1
    u97       icup98    -1
    u98       obj       -0.0049813200498132005   icdown98  1
    u98       icup98    1              icdown99  -1
    u98       icup99    -1
    u99       obj       -0.009962640099626401   icdown99  1
    u99       icup99    1              icdown100  -1
    u99       icup100   -1
    u100      obj       -0.024906600249066   icdown100  1
    u100      icup100   1              icdown101  -1
    u100      icup101   -1
    u101      obj       -0.0049813200498132005   icdown101  1
    u101      icup101   1              icdown102  -1
    u101      icup102   -1
    u102      obj       -0.039850560398505604   icdown102  1
    u102      icup102   1              icdown103  -1
    u102      icup103   -1
    u103      obj       -0.009962640099626401   icdown103  1
    u103      icup103   1              icdown104  -1
    u103      icup104   -1
    u104      obj       -0.009962640099626401   icdown104  1
    u104      icup104   1              icdown105  -1
    u104      icup105   -1
    u105      obj       -0.029887920298879204   icdown105  1
    u105      icup105   1              icdown106  -1
    u105      icup106   -1
    u106      obj       -0.09464508094645081   icdown106  1
    u106      icup106   1              icdown107  -1
    u106      icup107   -1
    u107      obj       -0.0049813200498132005   icdown107  1
    u107      icup107   1              icdown108  -1
    u107      icup108   -1
    u108      obj       -0.014943960149439602   icdown108  1
    u108      icup108   1              icdown109  -1
    u108      icup109   -1
    u109      obj       -0.034869240348692404   icdown109  1
    u109      icup109   1              icdown110  -1
    u109      icup110   -1
    u110      obj       -0.0049813200498132005   icdown110  1
    u110      icup110   1              icdown111  -1
    u110      icup111   -1
    u111      obj       -0.099626400996264   icdown111  1
    u111      icup111   1              icdown112  -1
    u111      icup112   -1
    u112      obj       -0.009962640099626401   icdown112  1
    u112      icup112   1              icdown113  -1
    u112      icup113   -1
    u113      obj       -0.009962640099626401   icdown113  1
    u113      icup113   1              icdown114  -1
    u113      icup114   -1
    u114      obj       -0.034869240348692404   icdown114  1
    u114      icup114   1              icdown115  -1
    u114      icup115   -1
    u115      obj       -0.074719800747198   icdown115  1
    u115      icup115   1              icdown116  -1
    u115      icup116   -1
    u116      obj       -0.0049813200498132005   icdown116  1
    u116      icup116   1              icdown117  -1
    u116      icup117   -1
    u117      obj       -0.0049813200498132005   icdown117  1
    u117      icup117   1              icdown118  -1
    u117      icup118   -1
    u118      obj       -0.029887920298879204   icdown118  1
    u118      icup118   1              icdown119  -1
    u118      icup119   -1
    u119      obj       -0.009962640099626401   icdown119  1
    u119      icup119   1              icdown120  -1
    u119      icup120   -1
    u120      obj       -0.0049813200498132005   icdown120  1
    u120      icup120   1              icdown121  -1
    u120      icup121   -1
    u121      obj       -0.0049813200498132005   icdown121  1
    u121      icup121   1              icdown122  -1
    u121      icup122   -1
    u122      obj       -0.0049813200498132005   icdown122  1
    u122      icup122   1              icdown123  -1
    u122      icup123   -1
    u123      obj       -0.0049813200498132005   icdown123  1
    u123      icup123   1              icdown124  -1
    u123      icup124   -1
    u124      obj       -0.029887920298879204   icdown124  1
    u124      icup124   1              icdown125  -1
    u124      icup125   -1
    u125      obj       -0.0049813200498132005   icdown125  1
    u125      icup125   1              icdown126  -1
    u125      icup126   -1
    u126      obj       -0.0049813200498132005   icdown126  1
    u126      icup126   1              icdown127  -1
    u126      icup127   -1
    u127      obj       -0.019925280199252802   icdown127  1
    u127      icup127   1              icdown128  -1
    u127      icup128   -1
    u128      obj       -0.0049813200498132005   icdown128  1
    u128      icup128   1              icdown129  -1
    u128      icup129   -1
    u129      obj       -0.0049813200498132005   icdown129  1
    u129      icup129   1              icdown130  -1
    u129      icup130   -1
    u130      obj       -0.049813200498132   icdown130  1
    u130      icup130   1              icdown131  -1
    u130      icup131   -1
    u131      obj       -0.0049813200498132005   icdown131  1
    u131      icup131   1              icdown132  -1
    u131      icup132   -1
    u132      obj       -0.014943960149439602   icdown132  1
    u132      icup132   1              icdown133  -1
    u132      icup133   -1
    u133      obj       -0.009962640099626401   icdown133  1
    u133      icup133   1              icdown134  -1
    u133      icup134   -1
    u134      obj       -0.0049813200498132005   icdown134  1
    u134      icup134   1              icdown135  -1
    u134      icup135   -1
    u135      obj       -0.0049813200498132005   icdown135  1
    u135      icup135   1              icdown136  -1
    u135      icup136   -1
    u136      obj       -0.019925280199252802   icdown136  1
    u136      icup136   1              icdown137  -1
    u136      icup137   -1
    u137      obj       -0.0049813200498132005   icdown137  1
    u137      icup137   1              icdown138  -1
    u137      icup138   -1
    u138      obj       -0.0448318804483188   icdown138  1
    u138      icup138   1              icdown139  -1
    u138      icup139   -1
    u139      obj       -0.019925280199252802   icdown139  1
    u139      icup139   1              icdown140  -1
    u139      icup140   -1
    u140      obj       -0.014943960149439602   icdown140  1
    u140      icup140   1              icdown141  -1
    u140      icup141   -1
    u141      obj       -0.0049813200498132005   icdown141  1
    u141      icup141   1              icdown142  -1
    u141      icup142   -1
    u142      obj       -0.019925280199252802   icdown142  1
    u142      icup142   1              icdown143  -1
    u142      icup143   -1
    u143      obj       -0.014943960149439602   icdown143  1
    u143      icup143   1              icdown144  -1
    u143      icup144   -1
    u144      obj       -0.009962640099626401   icdown144  1
    u144      icup144   1              icdown145  -1
    u144      icup145   -1
    u145      obj       -0.0049813200498132005   icdown145  1
    u145      icup145   1              icdown146  -1
    u145      icup146   -1
    u146      obj       -0.009962640099626401   icdown146  1
    u146      icup146   1              icdown147  -1
    u146      icup147   -1
    u147      obj       -0.0049813200498132005   icdown147  1
    u147      icup147   1              icdown148  -1
    u147      icup148   -1
    u148      obj       -0.0049813200498132005   icdown148  1
    u148      icup148   1              icdown149  -1
    u148      icup149   -1
    u149      obj       -0.0049813200498132005   icdown149  1
    u149      icup149   1              icdown150  -1
    u149      icup150   -1
    u150      obj       -0.0049813200498132005   icdown150  1
    u150      icup150   1              icdown151  -1
    u150      icup151   -1
    u151      obj       -0.0049813200498132005   icdown151  1
    u151      icup151   1              icdown152  -1
    u151      icup152   -1
    u152      obj       -0.029887920298879204   icdown152  1
    u152      icup152   1              icdown153  -1
    u152      icup153   -1
    u153      obj       -0.014943960149439602   icdown153  1
    u153      icup153   1              icdown154  -1
    u153      icup154   -1
    u154      obj       -0.0049813200498132005   icdown154  1
    u154      icup154   1              icdown155  -1
    u154      icup155   -1
    u155      obj       -0.0049813200498132005   icdown155  1
    u155      icup155   1              icdown156  -1
    u155      icup156   -1
    u156      obj       -0.014943960149439602   icdown156  1
    u156      icup156   1              icdown157  -1
    u156      icup157   -1
    u157      obj       -0.0049813200498132005   icdown157  1
    u157      icup157   1              icdown158  -1
    u157      icup158   -1
    u158      obj       -0.0049813200498132005   icdown158  1
    u158      icup158   1              icdown159  -1
    u158      icup159   -1
    u159      obj       -0.0049813200498132005   icdown159  1
    u159      icup159   1              icdown160  -1
    u159      icup160   -1
    u160      obj       -0.0049813200498132005   icdown160  1
    u160      icup160   1              icdown161  -1
    u160      icup161   -1
    u161      obj       -0.0049813200498132005   icdown161  1
    u161      icup161   1              icdown162  -1
    u161      icup162   -1
    u162      obj       -0.0049813200498132005   icdown162  1
    u162      icup162   1              icdown163  -1
    u162      icup163   -1
    u163      obj       -0.0049813200498132005   icdown163  1
    u163      icup163   1              icdown164  -1
    u163      icup164   -1
    u164      obj       -0.0049813200498132005   icdown164  1
    u164      icup164   1              icdown165  -1
    u164      icup165   -1
    u165      obj       -0.014943960149439602   icdown165  1
    u165      icup165   1              icdown166  -1
    u165      icup166   -1
    u166      obj       -0.0049813200498132005   icdown166  1
    u166      icup166   1              icdown167  -1
    u166      icup167   -1
    u167      obj       -0.0049813200498132005   icdown167  1
    u167      icup167   1              icdown168  -1
    u167      icup168   -1
    u168      obj       -0.0049813200498132005   icdown168  1
    u168      icup168   1              icdown169  -1
    u168      icup169   -1
    u169      obj       -0.0049813200498132005   icdown169  1
    u169      icup169   1              icdown170  -1
    u169      icup170   -1
    u170      obj       -0.0049813200498132005   icdown170  1
    u170      icup170   1              icdown171  -1
    u170      icup171   -1
    u171      obj       -0.0049813200498132005   icdown171  1
    u171      icup171   1              icdown172  -1
    u171      icup172   -1
    u172      obj       -0.0049813200498132005   icdown172  1
    u172      icup172   1              icdown173  -1
    u172      icup173   -1
    u173      obj       -0.0049813200498132005   icdown173  1
    u173      icup173   1              icdown174  -1
    u173      icup174   -1
    u174      obj       -0.0049813200498132005   icdown174  1
    u174      icup174   1              icdown175  -1
    u174      icup175   -1
    u175      obj       -0.0049813200498132005   icdown175  1
    u175      icup175   1              icdown176  -1
    u175      icup176   -1
    u176      obj       -0.0049813200498132005   icdown176  1
    u176      icup176   1              icdown177  -1
    u176      icup177   -1
    u177      obj       -0.009962640099626401   icdown177  1
    u177      icup177   1              icdown178  -1
    u177      icup178   -1
    u178      obj       -0.0049813200498132005   icdown178  1
    u178      icup178   1              icdown179  -1
    u178      icup179   -1
    u179      obj       -0.0049813200498132005   icdown179  1
    u179      icup179   1              icdown180  -1
    u179      icup180   -1
    u180      obj       -0.0049813200498132005   icdown180  1
    u180      icup180   1              icdown181  -1
    u180      icup181   -1
    u181      obj       -0.0049813200498132005   icdown181  1
    u181      icup181   1              icdown182  -1
    u181      icup182   -1
    u182      obj       -0.0049813200498132005   icdown182  1
    u182      icup182   1              icdown183  -1
    u182      icup183   -1
    u183      obj       -0.0049813200498132005   icdown183  1
    u183      icup183   1              icdown184  -1
    u183      icup184   -1
    u184      obj       -0.0049813200498132005   icdown184  1
    u184      icup184   1
    t1        tail1     1
    t2        tail1     -1             tail2     1
    t3        tail2     -1             tail3     1
    t4        tail3     -1             tail4     1
    t5        tail4     -1             tail5     1
    t6        tail5     -1             tail6     1
    t7        tail6     -1             tail7     1
    t8        tail7     -1             tail8     1
    t9        tail8     -1             tail9     1
    t10       tail9     -1             tail10    1
    t11       tail10    -1             tail11    1
    t12       tail11    -1             tail12    1
    t13       tail12    -1             tail13    1
    t14       tail13    -1             tail14    1
    t15       tail14    -1             tail15    1
    t16       tail15    -1             tail16    1
    t17       tail16    -1             tail17    1
    t18       tail17    -1             tail18    1
    t19       tail18    -1             tail19    1
    t20       tail19    -1             tail20    1
    t21       tail20    -1             tail21    1
    t22       tail21    -1             tail22    1
    t23       tail22    -1             tail23    1
    t24       tail23    -1             tail24    1
    t25       tail24    -1             tail25    1
    t26       tail25    -1             tail26    1
    t27       tail26    -1             tail27    1
    t28       tail27    -1             tail28    1
    t29       tail28    -1             tail29    1
    t30       tail29    -1             tail30    1
    t31       tail30    -1             tail31    1
    t32       tail31    -1             tail32    1
    t33       tail32    -1             tail33    1
    t34       tail33    -1             tail34    1
    t35       tail34    -1             tail35    1
    t36       tail35    -1             tail36    1
    t37       tail36    -1             tail37    1
    t38       tail37    -1             tail38    1
    t39       tail38    -1             tail39    1
    t40       tail39    -1             tail40    1
    t41       tail40    -1             tail41    1
    t42       tail41    -1             tail42    1
    t43       tail42    -1             tail43    1
    t44       tail43    -1             tail44    1
    t45       tail44    -1             tail45    1
    t46       tail45    -1             tail46    1
    t47       tail46    -1             tail47    1
    t48       tail47    -1             tail48    1
    t49       tail48    -1             tail49    1
    t50       tail49    -1             tail50    1
    t51       tail50    -1             tail51    1
    t52       tail51    -1             tail52    1
    t53       tail52    -1             tail53    1
    t54       tail53    -1             tail54    1
    t55       tail54    -1             tail55    1
    t56       tail55    -1             tail56    1
    t57       tail56    -1             tail57    1
    t58       tail57    -1             tail58    1
    t59       tail58    -1             tail59    1
    t60       tail59    -1             tail60    1
    t61       tail60    -1             tail61    1
    t62       tail61    -1             tail62    1
    t63       tail62    -1             tail63    1
    t64       tail63    -1             tail64    1
    t65       tail64    -1             tail65    1
    t66       tail65    -1             tail66    1
    t67       tail66    -1             tail67    1
    t68       tail67    -1             tail68    1
    t69       tail68    -1             tail69    1
    t70       tail69    -1             tail70    1
    t71       tail70    -1             tail71    1
    t72       tail71    -1             tail72    1
    t73       tail72    -1             tail73    1
    t74       tail73    -1             tail74    1
    t75       tail74    -1             tail75    1
    t76       tail75    -1             tail76    1
    t77       tail76    -1             tail77    1
    t78       tail77    -1             tail78    1
    t79       tail78    -1             tail79    1
    t80       tail79    -1             tail80    1
    t81       tail80    -1             tail81    1
    t82       tail81    -1             tail82    1
    t83       tail82    -1             tail83    1
    t84       tail83    -1             tail84    1
    t85       tail84    -1             tail85    1
    t86       tail85    -1             tail86    1
    t87       tail86    -1             tail87    1
    t88       tail87    -1             tail88    1
    t89       tail88    -1             tail89    1
    t90       tail89    -1             tail90    1
    t91       tail90    -1             tail91    1
    t92       tail91    -1             tail92    1
    t93       tail92    -1             tail93    1
    t94       tail93    -1             tail94    1
    t95       tail94    -1             tail95    1
    t96       tail95    -1             tail96    1
    t97       tail96    -1             tail97    1
    t98       tail97    -1             tail98    1
    t99       tail98    -1             tail99    1
    t100      tail99    -1             tail100   1
    t101      tail100   -1             tail101   1
    t102      tail101   -1             tail102   1
    t103      tail102   -1             tail103   1
    t104      tail103   -1             tail104   1
    t105      tail104   -1             tail105   1
    t106      tail105   -1             tail106   1
    t107      tail106   -1             tail107   1
    t108      tail107   -1             tail108   1
    t109      tail108   -1             tail109   1
    t110      tail109   -1             tail110   1
    t111      tail110   -1             tail111   1
    t112      tail111   -1             tail112   1
    t113      tail112   -1             tail113   1
    t114      tail113   -1             tail114   1
    t115      tail114   -1             tail115   1
    t116      tail115   -1             tail116   1
    t117      tail116   -1             tail117   1
    t118      tail117   -1             tail118   1
    t119      tail118   -1             tail119   1
    t120      tail119   -1             tail120   1
    t121      tail120   -1             tail121   1
    t122      tail121   -1             tail122   1
    t123      tail122   -1             tail123   1
    t124      tail123   -1             tail124   1
    t125      tail124   -1             tail125   1
    t126      tail125   -1             tail126   1
    t127      tail126   -1             tail127   1
    t128      tail127   -1             tail128   1
    t129      tail128   -1             tail129   1
    t130      tail129   -1             tail130   1
    t131      tail130   -1             tail131   1
    t132      tail131   -1             tail132   1
    t133      tail132   -1             tail133   1
    t134      tail133   -1             tail134   1
    t135      tail134   -1             tail135   1
    t136      tail135   -1             tail136   1
    t137      tail136   -1             tail137   1
    t138      tail137   -1             tail138   1
    t139      tail138   -1             tail139   1
    t140      tail139   -1             tail140   1
    t141      tail140   -1             tail141   1
    t142      tail141   -1             tail142   1
    t143      tail142   -1             tail143   1
    t144      tail143   -1             tail144   1
    t145      tail144   -1             tail145   1
    t146      tail145   -1             tail146   1
    t147      tail146   -1             tail147   1
    t148      tail147   -1             tail148   1
    t149      tail148   -1             tail149   1
    t150      tail149   -1             tail150   1
    t151      tail150   -1             tail151   1
    t152      tail151   -1             tail152   1
    t153      tail152   -1             tail153   1
    t154      tail153   -1             tail154   1
    t155      tail154   -1             tail155   1
    t156      tail155   -1             tail156   1
    t157      tail156   -1             tail157   1
    t158      tail157   -1             tail158   1
    t159      tail158   -1             tail159   1
    t160      tail159   -1             tail160   1
    t161      tail160   -1             tail161   1
    t162      tail161   -1             tail162   1
    t163      tail162   -1             tail163   1
    t164      tail163   -1             tail164   1
    t165      tail164   -1             tail165   1
    t166      tail165   -1             tail166   1
    t167      tail166   -1             tail167   1
    t168      tail167   -1             tail168   1
    t169      tail168   -1             tail169   1
    t170      tail169   -1             tail170   1
    t171      tail170   -1             tail171   1
    t172      tail171   -1             tail172   1
    t173      tail172   -1             tail173   1
    t174      tail173   -1             tail174   1
    t175      tail174   -1             tail175   1
    t176      tail175   -1             tail176   1
    t177      tail176   -1             tail177   1
    t178      tail177   -1             tail178   1
    t179      tail178   -1             tail179   1
    t180      tail179   -1             tail180   1
    t181      tail180   -1             tail181   1
    t182      tail181   -1             tail182   1
    t183      tail182   -1             tail183   1
    t184      tail183   -1             tail184   1
RHS
BOUNDS
 UP BND       x1        1
 UP BND       x2        1
 UP BND       x3        1
 UP BND       x4        1
 UP BND       x5        1
 UP BND       x6        1
 UP BND       x7        1
 UP BND       x8        1
 UP BND       x9        1
 UP BND       x10       1
 UP BND       x11       1
 UP BND       x12       1
 UP BND       x13       1
 UP BND       x14       1
 UP BND       x15       1
 UP BND       x16       1
 UP BND       x17       1
 UP BND       x18       1
 UP BND       x19       1
 UP BND       x20       1
 UP BND       x21       1
 UP BND       x22       1
 UP BND       x23       1
 UP BND       x24       1
 UP BND       x25       1
 UP BND       x26       1
 UP BND       x27       1
 UP BND       x28       1
 UP BND       x29       1
 UP BND       x30       1
 UP BND       x31       1
 UP BND       x32       1
 UP BND       x33       1
 UP BND       x34       1
 UP BND       x35       1
 UP BND       x36       1
 UP BND       x37       1
 UP BND       x38       1
 UP BND       x39       1
 UP BND       x40       1
 UP BND       x41       1
 UP BND       x42       1
 UP BND       x43       1
 UP BND       x44       1
 UP BND       x45       1
 UP BND       x46       1
 UP BND       x47       1
 UP BND       x48       1
 UP BND       x49       1
 UP BND       x50       1
 UP BND       x51       1
 UP BND       x52       1
 UP BND       x53       1
 UP BND       x54       1
 UP BND       x55       1
 UP BND       x56       1
 UP BND       x57       1
 UP BND       x58       1
 UP BND       x59       1
 UP BND       x60       1
 UP BND       x61       1
 UP BND       x62       1
 UP BND       x63       1
 UP BND       x64       1
 UP BND       x65       1
 UP BND       x66       1
 UP BND       x67       1
 UP BND       x68       1
 UP BND       x69       1
 UP BND       x70       1
 UP BND       x71       1
 UP BND       x72       1
 UP BND       x73       1
 UP BND       x74       1
 UP BND       x75       1
 UP BND       x76       1
 UP BND       x77       1
 UP BND       x78       1
 UP BND       x79       1
 UP BND       x80       1
 UP BND       x81       1
 UP BND       x82       1
 UP BND       x83       1
 UP BND       x84       1
 UP BND       x85       1
 UP BND       x86       1
 UP BND       x87       1
 UP BND       x88       1
 UP BND       x89       1
 UP BND       x90       1
 UP BND       x91       1
 UP BND       x92       1
 UP BND       x93       1
 UP BND       x94       1
 UP BND       x95       1
 UP BND       x96       1
 UP BND       x97       1
 UP BND       x98       1
 UP BND       x99       1
 UP BND       x100      1
 UP BND       x101      1
 UP BND       x102      1
 UP BND       x103      1
 UP BND       x104      1
 UP BND       x105      1
 UP BND       x106      1
 UP BND       x107      1
 UP BND       x108      1
 UP BND       x109      1
 UP BND       x110      1
 UP BND       x111      1
 UP BND       x112      1
 UP BND       x113      1
 UP BND       x114      1
 UP BND       x115      1
 UP BND       x116      1
 UP BND       x117      1
 UP BND       x118      1
 UP BND       x119      1
 UP BND       x120      1
 UP BND       x121      1
 UP BND       x122      1
 UP BND       x123      1
 UP BND       x124      1
 UP BND       x125      1
 UP BND       x126      1
 UP BND       x127      1
 UP BND       x128      1
 UP BND       x129      1
 UP BND       x130      1
 UP BND       x131      1
 UP BND       x132      1
 UP BND       x133      1
 UP BND       x134      1
 UP BND       x135      1
 UP BND       x136      1
 UP BND       x137      1
 UP BND       x138      1
 UP BND       x139      1
 UP BND       x140      1
 UP BND       x141      1
 UP BND       x142      1
 UP BND       x143      1
 UP BND       x144      1
 UP BND       x145      1
 UP BND       x146      1
 UP BND       x147      1
 UP BND       x148      1
 UP BND       x149      1
 UP BND       x150      1
 UP BND       x151      1
 UP BND       x152      1
 UP BND       x153      1
 UP BND       x154      1
 UP BND       x155      1
 UP BND       x156      1
 UP BND       x157      1
 UP BND       x158      1
 UP BND       x159      1
 UP BND       x160      1
 UP BND       x161      1
 UP BND       x162      1
 UP BND       x163      1
 UP BND       x164      1
 UP BND       x165      1
 UP BND       x166      1
 UP BND       x167      1
 UP BND       x168      1
 UP BND       x169      1
 UP BND       x170      1
 UP BND       x171      1
 UP BND       x172      1
 UP BND       x173      1
 UP BND       x174      1
 UP BND       x175      1
 UP BND       x176      1
 UP BND       x177      1
 UP BND       x178      1
 UP BND       x179      1
 UP BND       x180      1
 UP BND       x181      1
 UP BND       x182      1
 UP BND       x183      1
 UP BND       x184      1
 UP BND       t1        1
 UP BND       t2        1
 UP BND       t3        0.9999999999999988
 UP BND       t4        0.9999999999999851
 UP BND       t5        0.9999999999999597
 UP BND       t6        0.999999999998792
 UP BND       t7        0.9999999999971063
 UP BND       t8        0.9999999999936398
 UP BND       t9        0.9999999999918644
 UP BND       t10       0.9999999999869738
 UP BND       t11       0.9999999998077598
 UP BND       t12       0.9999999997740379
 UP BND       t13       0.9999999997352493
 UP BND       t14       0.9999999995817599
 UP BND       t15       0.9999999995156301
 UP BND       t16       0.9999999985645105
 UP BND       t17       0.9999999981567574
 UP BND       t18       0.9999999979172981
 UP BND       t19       0.9999999976510484
 UP BND       t20       0.9999999881754
 UP BND       t21       0.9999999826913479
 UP BND       t22       0.9999999791964709
 UP BND       t23       0.9999999750990617
 UP BND       t24       0.9999999507865011
 UP BND       t25       0.9999999373607387
 UP BND       t26       0.9999999322238318
 UP BND       t27       0.9999999145346589
 UP BND       t28       0.9999999078017751
 UP BND       t29       0.9999997341977822
 UP BND       t30       0.9999996552091422
 UP BND       t31       0.9999994336449655
 UP BND       t32       0.9999993618161852
 UP BND       t33       0.9999984365240105
 UP BND       t34       0.9999983517452297
 UP BND       t35       0.9999982629709393
 UP BND       t36       0.9999981700408107
 UP BND       t37       0.9999980727891895
 UP BND       t38       0.9999963292915499
 UP BND       t39       0.9999961508106574
 UP BND       t40       0.9999959647819384
 UP BND       t41       0.9999955689850734
 UP BND       t42       0.9999941704416153
 UP BND       t43       0.9999939032289613
 UP BND       t44       0.9999933364718501
 UP BND       t45       0.9999927241396362
 UP BND       t46       0.9999923999189838
 UP BND       t47       0.9999826493009414
 UP BND       t48       0.9999797333336637
 UP BND       t49       0.9999781208726757
 UP BND       t50       0.9999754917407726
 UP BND       t51       0.9999715584337724
 UP BND       t52       0.9999562518697467
 UP BND       t53       0.999953100147495
 UP BND       t54       0.9999497515110964
 UP BND       t55       0.9999028953992043
 UP BND       t56       0.999882868487736
 UP BND       t57       0.9998754339490463
 UP BND       t58       0.9998593166733466
 UP BND       t59       0.9998107930049376
 UP BND       t60       0.9998052182361433
 UP BND       t61       0.9997876221284648
 UP BND       t62       0.9997814554963683
 UP BND       t63       0.9997751327560772
 UP BND       t64       0.9995997501466867
 UP BND       t65       0.9995553205604548
 UP BND       t66       0.9995315304475282
 UP BND       t67       0.9995066340325081
 UP BND       t68       0.9992250630172526
 UP BND       t69       0.9991864445536802
 UP BND       t70       0.9991253596561724
 UP BND       t71       0.9990376903414939
 UP BND       t72       0.9980962752690344
 UP BND       t73       0.9978325639513912
 UP BND       t74       0.9973770951203842
 UP BND       t75       0.9973216592467843
 UP BND       t76       0.9959754622362094
 UP BND       t77       0.995558221040995
 UP BND       t78       0.9953810156420027
 UP BND       t79       0.9949106723512516
 UP BND       t80       0.9941819795227966
 UP BND       t81       0.991419641226069
 UP BND       t82       0.9912634614276655
 UP BND       t83       0.9907798959355953
 UP BND       t84       0.9904446551380243
 UP BND       t85       0.987784153527505
 UP BND       t86       0.9869138865136373
 UP BND       t87       0.9866880259494508
 UP BND       t88       0.9847548655260184
 UP BND       t89       0.970474314970953
 UP BND       t90       0.9671204448045887
 UP BND       t91       0.9655839868113194
 UP BND       t92       0.963437843234288
 UP BND       t93       0.9628833564530777
 UP BND       t94       0.9543104606537567
 UP BND       t95       0.9515630092640339
 UP BND       t96       0.9501358684526978
 UP BND       t97       0.9479261721829506
 UP BND       t98       0.9364414810101841
 UP BND       t99       0.9355423477419568
 UP BND       t100      0.9337106335839899
 UP BND       t101      0.9289306827922191
 UP BND       t102      0.9279393218064882
 UP BND       t103      0.9195628701188074
 UP BND       t104      0.9173402197502043
 UP BND       t105      0.9150640143631102
 UP BND       t106      0.907902950775061
 UP BND       t107      0.8816204829186703
 UP BND       t108      0.8800717945672152
 UP BND       t109      0.8753188412204812
 UP BND       t110      0.8635824318036657
 UP BND       t111      0.8618292979007871
 UP BND       t112      0.8223726309999357
 UP BND       t113      0.8179321716224424
 UP BND       t114      0.8133948839804865
 UP BND       t115      0.7967255537372828
 UP BND       t116      0.7565576388695525
 UP BND       t117      0.7536487274224467
 UP BND       t118      0.750709447328999
 UP BND       t119      0.7324206877978074
 UP BND       t120      0.7260689468253295
 UP BND       t121      0.722843893619083
 UP BND       t122      0.7195856660495861
 UP BND       t123      0.7162939720484904
 UP BND       t124      0.7129685174077666
 UP BND       t125      0.6922900677147044
 UP BND       t126      0.6887198683950897
 UP BND       t127      0.6851134762289028
 UP BND       t128      0.6703196643038405
 UP BND       t129      0.6665275518315839
 UP BND       t130      0.6626973280279489
 UP BND       t131      0.622225670348243
 UP BND       t132      0.6179540617008541
 UP BND       t133      0.6048845862388004
 UP BND       t134      0.5959557942271556
 UP BND       t135      0.5914255622745158
 UP BND       t136      0.5868509477529392
 UP BND       t137      0.5681011813694851
 UP BND       t138      0.563299019169712
 UP BND       t139      0.51793296434562
 UP BND       t140      0.4964813737987506
 UP BND       t141      0.4798490504773431
 UP BND       t142      0.4741991284957901
 UP BND       t143      0.45105880960858435
 UP BND       t144      0.43312354293978006
 UP BND       t145      0.4208837586700247
 UP BND       t146      0.4146776146423603
 UP BND       t147      0.40209050890770226
 UP BND       t148      0.39570861235927296
 UP BND       t149      0.3892671915995324
 UP BND       t150      0.3827657713884194
 UP BND       t151      0.3762038733281486
 UP BND       t152      0.36958101584644676
 UP BND       t153      0.32853635081836263
 UP BND       t154      0.3071510719757421
 UP BND       t155      0.2998914232980162
 UP BND       t156      0.29256530352641746
 UP BND       t157      0.27018289065731804
 UP BND       t158      0.2625856424555691
 UP BND       t159      0.2549192840067903
 UP BND       t160      0.24718327714242475
 UP BND       t161      0.23937708020612647
 UP BND       t162      0.23150014803570074
 UP BND       t163      0.22355193194497439
 UP BND       t164      0.21553187970559579
 UP BND       t165      0.20743943552876448
 UP BND       t166      0.18272213969316375
 UP BND       t167      0.1743344980261219
 UP BND       t168      0.16587163142647993
 UP BND       t169      0.15733296235510177
 UP BND       t170      0.14871790958252334
 UP BND       t171      0.14002588817011258
 UP BND       t172      0.1312563094511571
 UP BND       t173      0.12240858101187996
 UP BND       t174      0.11348210667238262
 UP BND       t175      0.10447628646751564
 UP BND       t176      0.0953905166276764
 UP BND       t177      0.08622418955953395
 UP BND       t178      0.06764741413021051
 UP BND       t179      0.058235731289223984
 UP BND       t180      0.048741022221259124
 UP BND       t181      0.03916265992264873
 UP BND       t182      0.029500013448803535
 UP BND       t183      0.01975244789442103
 UP BND       t184      0.009919324373619948
ENDATA
