* paretomech model export: the reduced-form LP of MATH section 2 (revenue-surplus trade-off of truthful
* mechanisms, arXiv 2602.11967); written by 'paretomech export'.
* instance uniform-n5-k2: n = 5 buyers, k = 2 unit(s), K = 200 support points in [0, 0.995], transfers no-subsidy
* weights: lambda_R = 0.5, lambda_S = 1 (given 1,2; normalised so that max(lambda_R, lambda_S) = 1)
* scale = 0.995: every value v_j is divided by this (the largest support value) inside the program.
* program: 600 variables, 798 rows, 2193 non-zeros. Variables x1..x200 = interim allocation probabilities,
* u1..u200 = interim utilities divided by scale, t1..t200 = Border tail sums n * sum_{i>=j} f_i x_i (t_j <= B_j).
* objective: maximise c.z = (lambda_R R + lambda_S S) / scale, R = seller revenue, S = buyers' total surplus.
* MPS has no sense marker every reader accepts, so this file MINIMISES -c.z: a solver reports
* min = -(c.z optimum); negate it first.
* convert back: lambda_R R + lambda_S S = scale * (c.z optimum); for weights (1,0) that is R, for (0,1) S.
* from a solution z (f_j, v_j from the instance): S = scale * n * sum_j f_j u_j,
* R = n * sum_j f_j (v_j x_j - scale * u_j). Alone, R and S are unique only if the optimum is.
* expected optimum (exact ironing oracle, MATH section 3): c.z = 1.0050251240624999, lambda_R R + lambda_S S = 0.9999999984421873
* (at the oracle's mechanism R = 0.9899696088906252, S = 0.5050151939968748); the MPS minimum is -1.0050251240624999
* expected: instance=uniform-n5-k2 buyers=5 units=2 support=200 transfers=no-subsidy lambda_r=0.5 lambda_s=1 scale=0.995 objective=1.0050251240624999 revenue=0.9899696088906252 surplus=0.5050151939968748
* objective negated: maximise c.z
NAME          paretomech_uniform_n5_k2_n5_k2
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
 E  tail185
 E  tail186
 E  tail187
 E  tail188
 E  tail189
 E  tail190
 E  tail191
 E  tail192
 E  tail193
 E  tail194
 E  tail195
 E  tail196
 E  tail197
 E  tail198
 E  tail199
 E  tail200
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
 L  mono185
 G  icdown185
 L  icup185
 L  mono186
 G  icdown186
 L  icup186
 L  mono187
 G  icdown187
 L  icup187
 L  mono188
 G  icdown188
 L  icup188
 L  mono189
 G  icdown189
 L  icup189
 L  mono190
 G  icdown190
 L  icup190
 L  mono191
 G  icdown191
 L  icup191
 L  mono192
 G  icdown192
 L  icup192
 L  mono193
 G  icdown193
 L  icup193
 L  mono194
 G  icdown194
 L  icup194
 L  mono195
 G  icdown195
 L  icup195
 L  mono196
 G  icdown196
 L  icup196
 L  mono197
 G  icdown197
 L  icup197
 L  mono198
 G  icdown198
 L  icup198
 L  mono199
 G  icdown199
 L  icup199
 L  mono200
 G  icdown200
 L  icup200
 L  nosubsidy
COLUMNS
    x1        tail1     -0.025         mono2     1
    x1        icdown2   -0.005025125628140704
    x2        obj       -6.28140703517588E-5   tail2     -0.025
    x2        mono2     -1             icup2     -0.005025125628140704
    x2        mono3     1              icdown3   -0.005025125628140704
    x3        obj       -1.2562814070351757E-4   tail3     -0.024999999999999994
    x3        mono3     -1             icup3     -0.005025125628140704
    x3        mono4     1              icdown4   -0.005025125628140703
    x4        obj       -1.884422110552764E-4   tail4     -0.025000000000000005
    x4        mono4     -1             icup4     -0.005025125628140703
    x4        mono5     1              icdown5   -0.0050251256281407045
    x5        obj       -2.5125628140703526E-4   tail5     -0.025000000000000005
    x5        mono5     -1             icup5     -0.0050251256281407045
    x5        mono6     1              icdown6   -0.0050251256281407045
    x6        obj       -3.140703517587938E-4   tail6     -0.024999999999999988
    x6        mono6     -1             icup6     -0.0050251256281407045
    x6        mono7     1              icdown7   -0.005025125628140701
    x7        obj       -3.7688442211055313E-4   tail7     -0.025000000000000022
    x7        mono7     -1             icup7     -0.005025125628140701
    x7        mono8     1              icdown8   -0.005025125628140708
    x8        obj       -4.396984924623114E-4   tail8     -0.024999999999999988
    x8        mono8     -1             icup8     -0.005025125628140708
    x8        mono9     1              icdown9   -0.005025125628140701
    x9        obj       -5.025125628140702E-4   tail9     -0.024999999999999988
    x9        mono9     -1             icup9     -0.005025125628140701
    x9        mono10    1              icdown10  -0.005025125628140701
    x10       obj       -5.653266331658297E-4   tail10    -0.025000000000000022
    x10       mono10    -1             icup10    -0.005025125628140701
    x10       mono11    1              icdown11  -0.005025125628140708
    x11       obj       -6.281407035175876E-4   tail11    -0.024999999999999988
    x11       mono11    -1             icup11    -0.005025125628140708
    x11       mono12    1              icdown12  -0.005025125628140701
    x12       obj       -6.909547738693463E-4   tail12    -0.024999999999999988
    x12       mono12    -1             icup12    -0.005025125628140701
    x12       mono13    1              icdown13  -0.005025125628140701
    x13       obj       -7.537688442211063E-4   tail13    -0.025000000000000022
    x13       mono13    -1             icup13    -0.005025125628140701
    x13       mono14    1              icdown14  -0.005025125628140708
    x14       obj       -8.165829145728651E-4   tail14    -0.025000000000000022
    x14       mono14    -1             icup14    -0.005025125628140708
    x14       mono15    1              icdown15  -0.005025125628140708
    x15       obj       -8.793969849246215E-4   tail15    -0.024999999999999953
    x15       mono15    -1             icup15    -0.005025125628140708
    x15       mono16    1              icdown16  -0.005025125628140694
    x16       obj       -9.422110552763827E-4   tail16    -0.025000000000000022
    x16       mono16    -1             icup16    -0.005025125628140694
    x16       mono17    1              icdown17  -0.005025125628140708
    x17       obj       -0.0010050251256281417   tail17    -0.025000000000000022
    x17       mono17    -1             icup17    -0.005025125628140708
    x17       mono18    1              icdown18  -0.005025125628140708
    x18       obj       -0.0010678391959798976   tail18    -0.024999999999999953
    x18       mono18    -1             icup18    -0.005025125628140708
    x18       mono19    1              icdown19  -0.005025125628140694
    x19       obj       -0.0011306532663316593   tail19    -0.025000000000000022
    x19       mono19    -1             icup19    -0.005025125628140694
    x19       mono20    1              icdown20  -0.005025125628140708
    x20       obj       -0.001193467336683418   tail20    -0.025000000000000022
    x20       mono20    -1             icup20    -0.005025125628140708
    x20       mono21    1              icdown21  -0.005025125628140708
    x21       obj       -0.0012562814070351735   tail21    -0.024999999999999953
    x21       mono21    -1             icup21    -0.005025125628140708
    x21       mono22    1              icdown22  -0.005025125628140694
    x22       obj       -0.001319095477386936   tail22    -0.025000000000000022
    x22       mono22    -1             icup22    -0.005025125628140694
    x22       mono23    1              icdown23  -0.005025125628140708
    x23       obj       -0.0013819095477386946   tail23    -0.025000000000000022
    x23       mono23    -1             icup23    -0.005025125628140708
    x23       mono24    1              icdown24  -0.005025125628140708
    x24       obj       -0.0014447236180904497   tail24    -0.024999999999999953
    x24       mono24    -1             icup24    -0.005025125628140708
    x24       mono25    1              icdown25  -0.005025125628140694
    x25       obj       -0.0015075376884422125   tail25    -0.025000000000000022
    x25       mono25    -1             icup25    -0.005025125628140694
    x25       mono26    1              icdown26  -0.005025125628140708
    x26       obj       -0.0015703517587939712   tail26    -0.025000000000000022
    x26       mono26    -1             icup26    -0.005025125628140708
    x26       mono27    1              icdown27  -0.005025125628140708
    x27       obj       -0.0016331658291457302   tail27    -0.025000000000000022
    x27       mono27    -1             icup27    -0.005025125628140708
    x27       mono28    1              icdown28  -0.005025125628140708
    x28       obj       -0.001695979899497489   tail28    -0.025000000000000022
    x28       mono28    -1             icup28    -0.005025125628140708
    x28       mono29    1              icdown29  -0.005025125628140708
    x29       obj       -0.0017587939698492383   tail29    -0.024999999999999883
    x29       mono29    -1             icup29    -0.005025125628140708
    x29       mono30    1              icdown30  -0.00502512562814068
    x30       obj       -0.0018216080402010065   tail30    -0.025000000000000022
    x30       mono30    -1             icup30    -0.00502512562814068
    x30       mono31    1              icdown31  -0.005025125628140708
    x31       obj       -0.0018844221105527655   tail31    -0.025000000000000022
    x31       mono31    -1             icup31    -0.005025125628140708
    x31       mono32    1              icdown32  -0.005025125628140708
    x32       obj       -0.0019472361809045244   tail32    -0.025000000000000022
    x32       mono32    -1             icup32    -0.005025125628140708
    x32       mono33    1              icdown33  -0.005025125628140708
    x33       obj       -0.0020100502512562833   tail33    -0.025000000000000022
    x33       mono33    -1             icup33    -0.005025125628140708
    x33       mono34    1              icdown34  -0.005025125628140708
    x34       obj       -0.002072864321608042   tail34    -0.025000000000000022
    x34       mono34    -1             icup34    -0.005025125628140708
    x34       mono35    1              icdown35  -0.005025125628140708
    x35       obj       -0.002135678391959789   tail35    -0.024999999999999883
    x35       mono35    -1             icup35    -0.005025125628140708
    x35       mono36    1              icdown36  -0.00502512562814068
    x36       obj       -0.00219849246231156   tail36    -0.025000000000000022
    x36       mono36    -1             icup36    -0.00502512562814068
    x36       mono37    1              icdown37  -0.005025125628140708
    x37       obj       -0.0022613065326633187   tail37    -0.025000000000000022
    x37       mono37    -1             icup37    -0.005025125628140708
    x37       mono38    1              icdown38  -0.005025125628140708
    x38       obj       -0.0023241206030150774   tail38    -0.025000000000000022
    x38       mono38    -1             icup38    -0.005025125628140708
    x38       mono39    1              icdown39  -0.005025125628140708
    x39       obj       -0.002386934673366836   tail39    -0.025000000000000022
    x39       mono39    -1             icup39    -0.005025125628140708
    x39       mono40    1              icdown40  -0.005025125628140708
    x40       obj       -0.0024497487437185952   tail40    -0.025000000000000022
    x40       mono40    -1             icup40    -0.005025125628140708
    x40       mono41    1              icdown41  -0.005025125628140708
    x41       obj       -0.00251256281407034   tail41    -0.024999999999999883
    x41       mono41    -1             icup41    -0.005025125628140708
    x41       mono42    1              icdown42  -0.00502512562814068
    x42       obj       -0.0025753768844221127   tail42    -0.025000000000000022
    x42       mono42    -1             icup42    -0.00502512562814068
    x42       mono43    1              icdown43  -0.005025125628140708
    x43       obj       -0.002638190954773872   tail43    -0.025000000000000022
    x43       mono43    -1             icup43    -0.005025125628140708
    x43       mono44    1              icdown44  -0.005025125628140708
    x44       obj       -0.0027010050251256306   tail44    -0.025000000000000022
    x44       mono44    -1             icup44    -0.005025125628140708
    x44       mono45    1              icdown45  -0.005025125628140708
    x45       obj       -0.0027638190954773893   tail45    -0.025000000000000022
    x45       mono45    -1             icup45    -0.005025125628140708
    x45       mono46    1              icdown46  -0.005025125628140708
    x46       obj       -0.0028266331658291484   tail46    -0.025000000000000022
    x46       mono46    -1             icup46    -0.005025125628140708
    x46       mono47    1              icdown47  -0.005025125628140708
    x47       obj       -0.002889447236180891   tail47    -0.024999999999999883
    x47       mono47    -1             icup47    -0.005025125628140708
    x47       mono48    1              icdown48  -0.00502512562814068
    x48       obj       -0.002952261306532666   tail48    -0.025000000000000022
    x48       mono48    -1             icup48    -0.00502512562814068
    x48       mono49    1              icdown49  -0.005025125628140708
    x49       obj       -0.003015075376884425   tail49    -0.025000000000000022
    x49       mono49    -1             icup49    -0.005025125628140708
    x49       mono50    1              icdown50  -0.005025125628140708
    x50       obj       -0.0030778894472361837   tail50    -0.025000000000000022
    x50       mono50    -1             icup50    -0.005025125628140708
    x50       mono51    1              icdown51  -0.005025125628140708
    x51       obj       -0.0031407035175879425   tail51    -0.025000000000000022
    x51       mono51    -1             icup51    -0.005025125628140708
    x51       mono52    1              icdown52  -0.005025125628140708
    x52       obj       -0.003203517587939701   tail52    -0.025000000000000022
    x52       mono52    -1             icup52    -0.005025125628140708
    x52       mono53    1              icdown53  -0.005025125628140708
    x53       obj       -0.0032663316582914603   tail53    -0.025000000000000022
    x53       mono53    -1             icup53    -0.005025125628140708
    x53       mono54    1              icdown54  -0.005025125628140708
    x54       obj       -0.003329145728643219   tail54    -0.025000000000000022
    x54       mono54    -1             icup54    -0.005025125628140708
    x54       mono55    1              icdown55  -0.005025125628140708
    x55       obj       -0.003391959798994978   tail55    -0.025000000000000022
    x55       mono55    -1             icup55    -0.005025125628140708
    x55       mono56    1              icdown56  -0.005025125628140708
    x56       obj       -0.0034547738693467374   tail56    -0.025000000000000022
    x56       mono56    -1             icup56    -0.005025125628140708
    x56       mono57    1              icdown57  -0.005025125628140708
    x57       obj       -0.0035175879396984566   tail57    -0.024999999999999745
    x57       mono57    -1             icup57    -0.005025125628140708
    x57       mono58    1              icdown58  -0.005025125628140652
    x58       obj       -0.003580402010050254   tail58    -0.025000000000000022
    x58       mono58    -1             icup58    -0.005025125628140652
    x58       mono59    1              icdown59  -0.005025125628140708
    x59       obj       -0.003643216080402013   tail59    -0.025000000000000022
    x59       mono59    -1             icup59    -0.005025125628140708
    x59       mono60    1              icdown60  -0.005025125628140708
    x60       obj       -0.0037060301507537722   tail60    -0.025000000000000022
    x60       mono60    -1             icup60    -0.005025125628140708
    x60       mono61    1              icdown61  -0.005025125628140708
    x61       obj       -0.003768844221105531   tail61    -0.025000000000000022
    x61       mono61    -1             icup61    -0.005025125628140708
    x61       mono62    1              icdown62  -0.005025125628140708
    x62       obj       -0.0038316582914572897   tail62    -0.025000000000000022
    x62       mono62    -1             icup62    -0.005025125628140708
    x62       mono63    1              icdown63  -0.005025125628140708
    x63       obj       -0.003894472361809049   tail63    -0.025000000000000022
    x63       mono63    -1             icup63    -0.005025125628140708
    x63       mono64    1              icdown64  -0.005025125628140708
    x64       obj       -0.003957286432160808   tail64    -0.025000000000000022
    x64       mono64    -1             icup64    -0.005025125628140708
    x64       mono65    1              icdown65  -0.005025125628140708
    x65       obj       -0.004020100502512567   tail65    -0.025000000000000022
    x65       mono65    -1             icup65    -0.005025125628140708
    x65       mono66    1              icdown66  -0.005025125628140708
    x66       obj       -0.004082914572864325   tail66    -0.025000000000000022
    x66       mono66    -1             icup66    -0.005025125628140708
    x66       mono67    1              icdown67  -0.005025125628140708
    x67       obj       -0.004145728643216084   tail67    -0.025000000000000022
    x67       mono67    -1             icup67    -0.005025125628140708
    x67       mono68    1              icdown68  -0.005025125628140708
    x68       obj       -0.004208542713567843   tail68    -0.025000000000000022
    x68       mono68    -1             icup68    -0.005025125628140708
    x68       mono69    1              icdown69  -0.005025125628140708
    x69       obj       -0.004271356783919555   tail69    -0.024999999999999745
    x69       mono69    -1             icup69    -0.005025125628140708
    x69       mono70    1              icdown70  -0.005025125628140652
    x70       obj       -0.00433417085427136   tail70    -0.025000000000000022
    x70       mono70    -1             icup70    -0.005025125628140652
    x70       mono71    1              icdown71  -0.005025125628140708
    x71       obj       -0.00439698492462312   tail71    -0.025000000000000022
    x71       mono71    -1             icup71    -0.005025125628140708
    x71       mono72    1              icdown72  -0.005025125628140708
    x72       obj       -0.004459798994974879   tail72    -0.025000000000000022
    x72       mono72    -1             icup72    -0.005025125628140708
    x72       mono73    1              icdown73  -0.005025125628140708
    x73       obj       -0.004522613065326637   tail73    -0.025000000000000022
    x73       mono73    -1             icup73    -0.005025125628140708
    x73       mono74    1              icdown74  -0.005025125628140708
    x74       obj       -0.004585427135678396   tail74    -0.025000000000000022
    x74       mono74    -1             icup74    -0.005025125628140708
    x74       mono75    1              icdown75  -0.005025125628140708
    x75       obj       -0.004648241206030155   tail75    -0.025000000000000022
    x75       mono75    -1             icup75    -0.005025125628140708
    x75       mono76    1              icdown76  -0.005025125628140708
    x76       obj       -0.0047110552763819135   tail76    -0.025000000000000022
    x76       mono76    -1             icup76    -0.005025125628140708
    x76       mono77    1              icdown77  -0.005025125628140708
    x77       obj       -0.004773869346733672   tail77    -0.025000000000000022
    x77       mono77    -1             icup77    -0.005025125628140708
    x77       mono78    1              icdown78  -0.005025125628140708
    x78       obj       -0.004836683417085432   tail78    -0.025000000000000022
    x78       mono78    -1             icup78    -0.005025125628140708
    x78       mono79    1              icdown79  -0.005025125628140708
    x79       obj       -0.0048994974874371905   tail79    -0.025000000000000022
    x79       mono79    -1             icup79    -0.005025125628140708
    x79       mono80    1              icdown80  -0.005025125628140708
    x80       obj       -0.004962311557788949   tail80    -0.025000000000000022
    x80       mono80    -1             icup80    -0.005025125628140708
    x80       mono81    1              icdown81  -0.005025125628140708
    x81       obj       -0.005025125628140708   tail81    -0.025000000000000022
    x81       mono81    -1             icup81    -0.005025125628140708
    x81       mono82    1              icdown82  -0.005025125628140708
    x82       obj       -0.005087939698492411   tail82    -0.024999999999999745
    x82       mono82    -1             icup82    -0.005025125628140708
    x82       mono83    1              icdown83  -0.005025125628140652
    x83       obj       -0.005150753768844225   tail83    -0.025000000000000022
    x83       mono83    -1             icup83    -0.005025125628140652
    x83       mono84    1              icdown84  -0.005025125628140708
    x84       obj       -0.005213567839195985   tail84    -0.025000000000000022
    x84       mono84    -1             icup84    -0.005025125628140708
    x84       mono85    1              icdown85  -0.005025125628140708
    x85       obj       -0.005276381909547744   tail85    -0.025000000000000022
    x85       mono85    -1             icup85    -0.005025125628140708
    x85       mono86    1              icdown86  -0.005025125628140708
    x86       obj       -0.005339195979899502   tail86    -0.025000000000000022
    x86       mono86    -1             icup86    -0.005025125628140708
    x86       mono87    1              icdown87  -0.005025125628140708
    x87       obj       -0.005402010050251261   tail87    -0.025000000000000022
    x87       mono87    -1             icup87    -0.005025125628140708
    x87       mono88    1              icdown88  -0.005025125628140708
    x88       obj       -0.00546482412060302   tail88    -0.025000000000000022
    x88       mono88    -1             icup88    -0.005025125628140708
    x88       mono89    1              icdown89  -0.005025125628140708
    x89       obj       -0.0055276381909547785   tail89    -0.025000000000000022
    x89       mono89    -1             icup89    -0.005025125628140708
    x89       mono90    1              icdown90  -0.005025125628140708
    x90       obj       -0.005590452261306537   tail90    -0.025000000000000022
    x90       mono90    -1             icup90    -0.005025125628140708
    x90       mono91    1              icdown91  -0.005025125628140708
    x91       obj       -0.005653266331658297   tail91    -0.025000000000000022
    x91       mono91    -1             icup91    -0.005025125628140708
    x91       mono92    1              icdown92  -0.005025125628140708
    x92       obj       -0.005716080402010056   tail92    -0.025000000000000022
    x92       mono92    -1             icup92    -0.005025125628140708
    x92       mono93    1              icdown93  -0.005025125628140708
    x93       obj       -0.005778894472361814   tail93    -0.025000000000000022
    x93       mono93    -1             icup93    -0.005025125628140708
    x93       mono94    1              icdown94  -0.005025125628140708
    x94       obj       -0.005841708542713509   tail94    -0.024999999999999745
    x94       mono94    -1             icup94    -0.005025125628140708
    x94       mono95    1              icdown95  -0.005025125628140652
    x95       obj       -0.005904522613065332   tail95    -0.025000000000000022
    x95       mono95    -1             icup95    -0.005025125628140652
    x95       mono96    1              icdown96  -0.005025125628140708
    x96       obj       -0.0059673366834170904   tail96    -0.025000000000000022
    x96       mono96    -1             icup96    -0.005025125628140708
    x96       mono97    1              icdown97  -0.005025125628140708
    x97       obj       -0.00603015075376885   tail97    -0.025000000000000022
    x97       mono97    -1             icup97    -0.005025125628140708
    x97       mono98    1              icdown98  -0.005025125628140708
    x98       obj       -0.006092964824120609   tail98    -0.025000000000000022
    x98       mono98    -1             icup98    -0.005025125628140708
    x98       mono99    1              icdown99  -0.005025125628140708
    x99       obj       -0.0061557788944723675   tail99    -0.025000000000000022
    x99       mono99    -1             icup99    -0.005025125628140708
    x99       mono100   1              icdown100  -0.005025125628140708
    x100      obj       -0.006218592964824126   tail100   -0.025000000000000022
    x100      mono100   -1             icup100   -0.005025125628140708
    x100      mono101   1              icdown101  -0.005025125628140708
    x101      obj       -0.006281407035175885   tail101   -0.025000000000000022
    x101      mono101   -1             icup101   -0.005025125628140708
    x101      mono102   1              icdown102  -0.005025125628140708
    x102      obj       -0.006344221105527644   tail102   -0.025000000000000022
    x102      mono102   -1             icup102   -0.005025125628140708
    x102      mono103   1              icdown103  -0.005025125628140708
    x103      obj       -0.006407035175879402   tail103   -0.025000000000000022
    x103      mono103   -1             icup103   -0.005025125628140708
    x103      mono104   1              icdown104  -0.005025125628140708
    x104      obj       -0.006469849246231162   tail104   -0.025000000000000022
    x104      mono104   -1             icup104   -0.005025125628140708
    x104      mono105   1              icdown105  -0.005025125628140708
    x105      obj       -0.006532663316582921   tail105   -0.025000000000000022
    x105      mono105   -1             icup105   -0.005025125628140708
    x105      mono106   1              icdown106  -0.005025125628140708
    x106      obj       -0.006595477386934679   tail106   -0.025000000000000022
    x106      mono106   -1             icup106   -0.005025125628140708
    x106      mono107   1              icdown107  -0.005025125628140708
    x107      obj       -0.006658291457286438   tail107   -0.025000000000000022
    x107      mono107   -1             icup107   -0.005025125628140708
    x107      mono108   1              icdown108  -0.005025125628140708
    x108      obj       -0.006721105527638197   tail108   -0.025000000000000022
    x108      mono108   -1             icup108   -0.005025125628140708
    x108      mono109   1              icdown109  -0.005025125628140708
    x109      obj       -0.006783919597989956   tail109   -0.025000000000000022
    x109      mono109   -1             icup109   -0.005025125628140708
    x109      mono110   1              icdown110  -0.005025125628140708
    x110      obj       -0.006846733668341715   tail110   -0.025000000000000022
    x110      mono110   -1             icup110   -0.005025125628140708
    x110      mono111   1              icdown111  -0.005025125628140708
    x111      obj       -0.006909547738693475   tail111   -0.025000000000000022
    x111      mono111   -1             icup111   -0.005025125628140708
    x111      mono112   1              icdown112  -0.005025125628140708
    x112      obj       -0.006972361809045233   tail112   -0.025000000000000022
    x112      mono112   -1             icup112   -0.005025125628140708
    x112      mono113   1              icdown113  -0.005025125628140708
    x113      obj       -0.007035175879396836   tail113   -0.024999999999999467
    x113      mono113   -1             icup113   -0.005025125628140708
    x113      mono114   1              icdown114  -0.005025125628140596
    x114      obj       -0.007097989949748749   tail114   -0.025000000000000022
    x114      mono114   -1             icup114   -0.005025125628140596
    x114      mono115   1              icdown115  -0.005025125628140708
    x115      obj       -0.007160804020100508   tail115   -0.025000000000000022
    x115      mono115   -1             icup115   -0.005025125628140708
    x115      mono116   1              icdown116  -0.005025125628140708
    x116      obj       -0.0072236180904522666   tail116   -0.025000000000000022
    x116      mono116   -1             icup116   -0.005025125628140708
    x116      mono117   1              icdown117  -0.005025125628140708
    x117      obj       -0.007286432160804026   tail117   -0.025000000000000022
    x117      mono117   -1             icup117   -0.005025125628140708
    x117      mono118   1              icdown118  -0.005025125628140708
    x118      obj       -0.007349246231155785   tail118   -0.025000000000000022
    x118      mono118   -1             icup118   -0.005025125628140708
    x118      mono119   1              icdown119  -0.005025125628140708
    x119      obj       -0.0074120603015075445   tail119   -0.025000000000000022
    x119      mono119   -1             icup119   -0.005025125628140708
    x119      mono120   1              icdown120  -0.005025125628140708
    x120      obj       -0.007474874371859303   tail120   -0.025000000000000022
    x120      mono120   -1             icup120   -0.005025125628140708
    x120      mono121   1              icdown121  -0.005025125628140708
    x121      obj       -0.007537688442211062   tail121   -0.025000000000000022
    x121      mono121   -1             icup121   -0.005025125628140708
    x121      mono122   1              icdown122  -0.005025125628140708
    x122      obj       -0.007600502512562821   tail122   -0.025000000000000022
    x122      mono122   -1             icup122   -0.005025125628140708
    x122      mono123   1              icdown123  -0.005025125628140708
    x123      obj       -0.007663316582914579   tail123   -0.025000000000000022
    x123      mono123   -1             icup123   -0.005025125628140708
    x123      mono124   1              icdown124  -0.005025125628140708
    x124      obj       -0.007726130653266339   tail124   -0.025000000000000022
    x124      mono124   -1             icup124   -0.005025125628140708
    x124      mono125   1              icdown125  -0.005025125628140708
    x125      obj       -0.007788944723618098   tail125   -0.025000000000000022
    x125      mono125   -1             icup125   -0.005025125628140708
    x125      mono126   1              icdown126  -0.005025125628140708
    x126      obj       -0.007851758793969855   tail126   -0.025000000000000022
    x126      mono126   -1             icup126   -0.005025125628140708
    x126      mono127   1              icdown127  -0.005025125628140708
    x127      obj       -0.007914572864321616   tail127   -0.025000000000000022
    x127      mono127   -1             icup127   -0.005025125628140708
    x127      mono128   1              icdown128  -0.005025125628140708
    x128      obj       -0.007977386934673375   tail128   -0.025000000000000022
    x128      mono128   -1             icup128   -0.005025125628140708
    x128      mono129   1              icdown129  -0.005025125628140708
    x129      obj       -0.008040201005025133   tail129   -0.025000000000000022
    x129      mono129   -1             icup129   -0.005025125628140708
    x129      mono130   1              icdown130  -0.005025125628140708
    x130      obj       -0.008103015075376892   tail130   -0.025000000000000022
    x130      mono130   -1             icup130   -0.005025125628140708
    x130      mono131   1              icdown131  -0.005025125628140708
    x131      obj       -0.00816582914572865   tail131   -0.025000000000000022
    x131      mono131   -1             icup131   -0.005025125628140708
    x131      mono132   1              icdown132  -0.005025125628140708
    x132      obj       -0.00822864321608041   tail132   -0.025000000000000022
    x132      mono132   -1             icup132   -0.005025125628140708
    x132      mono133   1              icdown133  -0.005025125628140708
    x133      obj       -0.008291457286432168   tail133   -0.025000000000000022
    x133      mono133   -1             icup133   -0.005025125628140708
    x133      mono134   1              icdown134  -0.005025125628140708
    x134      obj       -0.008354271356783927   tail134   -0.025000000000000022
    x134      mono134   -1             icup134   -0.005025125628140708
    x134      mono135   1              icdown135  -0.005025125628140708
    x135      obj       -0.008417085427135686   tail135   -0.025000000000000022
    x135      mono135   -1             icup135   -0.005025125628140708
    x135      mono136   1              icdown136  -0.005025125628140708
    x136      obj       -0.008479899497487444   tail136   -0.025000000000000022
    x136      mono136   -1             icup136   -0.005025125628140708
    x136      mono137   1              icdown137  -0.005025125628140708
    x137      obj       -0.008542713567839203   tail137   -0.025000000000000022
    x137      mono137   -1             icup137   -0.005025125628140708
    x137      mono138   1              icdown138  -0.005025125628140708
    x138      obj       -0.008605527638190773   tail138   -0.024999999999999467
    x138      mono138   -1             icup138   -0.005025125628140708
    x138      mono139   1              icdown139  -0.005025125628140596
    x139      obj       -0.00866834170854272   tail139   -0.025000000000000022
    x139      mono139   -1             icup139   -0.005025125628140596
    x139      mono140   1              icdown140  -0.005025125628140708
    x140      obj       -0.00873115577889448   tail140   -0.025000000000000022
    x140      mono140   -1             icup140   -0.005025125628140708
    x140      mono141   1              icdown141  -0.005025125628140708
    x141      obj       -0.00879396984924624   tail141   -0.025000000000000022
    x141      mono141   -1             icup141   -0.005025125628140708
    x141      mono142   1              icdown142  -0.005025125628140708
    x142      obj       -0.008856783919597998   tail142   -0.025000000000000022
    x142      mono142   -1             icup142   -0.005025125628140708
    x142      mono143   1              icdown143  -0.005025125628140708
    x143      obj       -0.008919597989949757   tail143   -0.025000000000000022
    x143      mono143   -1             icup143   -0.005025125628140708
    x143      mono144   1              icdown144  -0.005025125628140708
    x144      obj       -0.008982412060301516   tail144   -0.025000000000000022
    x144      mono144   -1             icup144   -0.005025125628140708
    x144      mono145   1              icdown145  -0.005025125628140708
    x145      obj       -0.009045226130653275   tail145   -0.025000000000000022
    x145      mono145   -1             icup145   -0.005025125628140708
    x145      mono146   1              icdown146  -0.005025125628140708
    x146      obj       -0.009108040201005033   tail146   -0.025000000000000022
    x146      mono146   -1             icup146   -0.005025125628140708
    x146      mono147   1              icdown147  -0.005025125628140708
    x147      obj       -0.009170854271356792   tail147   -0.025000000000000022
    x147      mono147   -1             icup147   -0.005025125628140708
    x147      mono148   1              icdown148  -0.005025125628140708
    x148      obj       -0.00923366834170855   tail148   -0.025000000000000022
    x148      mono148   -1             icup148   -0.005025125628140708
    x148      mono149   1              icdown149  -0.005025125628140708
    x149      obj       -0.00929648241206031   tail149   -0.025000000000000022
    x149      mono149   -1             icup149   -0.005025125628140708
    x149      mono150   1              icdown150  -0.005025125628140708
    x150      obj       -0.009359296482412068   tail150   -0.025000000000000022
    x150      mono150   -1             icup150   -0.005025125628140708
    x150      mono151   1              icdown151  -0.005025125628140708
    x151      obj       -0.009422110552763827   tail151   -0.025000000000000022
    x151      mono151   -1             icup151   -0.005025125628140708
    x151      mono152   1              icdown152  -0.005025125628140708
    x152      obj       -0.009484924623115586   tail152   -0.025000000000000022
    x152      mono152   -1             icup152   -0.005025125628140708
    x152      mono153   1              icdown153  -0.005025125628140708
    x153      obj       -0.009547738693467344   tail153   -0.025000000000000022
    x153      mono153   -1             icup153   -0.005025125628140708
    x153      mono154   1              icdown154  -0.005025125628140708
    x154      obj       -0.009610552763819105   tail154   -0.025000000000000022
    x154      mono154   -1             icup154   -0.005025125628140708
    x154      mono155   1              icdown155  -0.005025125628140708
    x155      obj       -0.009673366834170864   tail155   -0.025000000000000022
    x155      mono155   -1             icup155   -0.005025125628140708
    x155      mono156   1              icdown156  -0.005025125628140708
    x156      obj       -0.009736180904522622   tail156   -0.025000000000000022
    x156      mono156   -1             icup156   -0.005025125628140708
    x156      mono157   1              icdown157  -0.005025125628140708
    x157      obj       -0.009798994974874381   tail157   -0.025000000000000022
    x157      mono157   -1             icup157   -0.005025125628140708
    x157      mono158   1              icdown158  -0.005025125628140708
    x158      obj       -0.00986180904522614   tail158   -0.025000000000000022
    x158      mono158   -1             icup158   -0.005025125628140708
    x158      mono159   1              icdown159  -0.005025125628140708
    x159      obj       -0.009924623115577898   tail159   -0.025000000000000022
    x159      mono159   -1             icup159   -0.005025125628140708
    x159      mono160   1              icdown160  -0.005025125628140708
    x160      obj       -0.009987437185929657   tail160   -0.025000000000000022
    x160      mono160   -1             icup160   -0.005025125628140708
    x160      mono161   1              icdown161  -0.005025125628140708
    x161      obj       -0.010050251256281416   tail161   -0.025000000000000022
    x161      mono161   -1             icup161   -0.005025125628140708
    x161      mono162   1              icdown162  -0.005025125628140708
    x162      obj       -0.010113065326633175   tail162   -0.025000000000000022
    x162      mono162   -1             icup162   -0.005025125628140708
    x162      mono163   1              icdown163  -0.005025125628140708
    x163      obj       -0.01017587939698471   tail163   -0.024999999999999467
    x163      mono163   -1             icup163   -0.005025125628140708
    x163      mono164   1              icdown164  -0.005025125628140596
    x164      obj       -0.010238693467336692   tail164   -0.025000000000000022
    x164      mono164   -1             icup164   -0.005025125628140596
    x164      mono165   1              icdown165  -0.005025125628140708
    x165      obj       -0.01030150753768845   tail165   -0.025000000000000022
    x165      mono165   -1             icup165   -0.005025125628140708
    x165      mono166   1              icdown166  -0.005025125628140708
    x166      obj       -0.01036432160804021   tail166   -0.025000000000000022
    x166      mono166   -1             icup166   -0.005025125628140708
    x166      mono167   1              icdown167  -0.005025125628140708
    x167      obj       -0.01042713567839197   tail167   -0.025000000000000022
    x167      mono167   -1             icup167   -0.005025125628140708
    x167      mono168   1              icdown168  -0.005025125628140708
    x168      obj       -0.010489949748743729   tail168   -0.025000000000000022
    x168      mono168   -1             icup168   -0.005025125628140708
    x168      mono169   1              icdown169  -0.005025125628140708
    x169      obj       -0.010552763819095487   tail169   -0.025000000000000022
    x169      mono169   -1             icup169   -0.005025125628140708
    x169      mono170   1              icdown170  -0.005025125628140708
    x170      obj       -0.010615577889447246   tail170   -0.025000000000000022
    x170      mono170   -1             icup170   -0.005025125628140708
    x170      mono171   1              icdown171  -0.005025125628140708
    x171      obj       -0.010678391959799005   tail171   -0.025000000000000022
    x171      mono171   -1             icup171   -0.005025125628140708
    x171      mono172   1              icdown172  -0.005025125628140708
    x172      obj       -0.010741206030150764   tail172   -0.025000000000000022
    x172      mono172   -1             icup172   -0.005025125628140708
    x172      mono173   1              icdown173  -0.005025125628140708
    x173      obj       -0.010804020100502522   tail173   -0.025000000000000022
    x173      mono173   -1             icup173   -0.005025125628140708
    x173      mono174   1              icdown174  -0.005025125628140708
    x174      obj       -0.010866834170854281   tail174   -0.025000000000000022
    x174      mono174   -1             icup174   -0.005025125628140708
    x174      mono175   1              icdown175  -0.005025125628140708
    x175      obj       -0.01092964824120604   tail175   -0.025000000000000022
    x175      mono175   -1             icup175   -0.005025125628140708
    x175      mono176   1              icdown176  -0.005025125628140708
    x176      obj       -0.010992462311557798   tail176   -0.025000000000000022
    x176      mono176   -1             icup176   -0.005025125628140708
    x176      mono177   1              icdown177  -0.005025125628140708
    x177      obj       -0.011055276381909557   tail177   -0.025000000000000022
    x177      mono177   -1             icup177   -0.005025125628140708
    x177      mono178   1              icdown178  -0.005025125628140708
    x178      obj       -0.011118090452261316   tail178   -0.025000000000000022
    x178      mono178   -1             icup178   -0.005025125628140708
    x178      mono179   1              icdown179  -0.005025125628140708
    x179      obj       -0.011180904522613075   tail179   -0.025000000000000022
    x179      mono179   -1             icup179   -0.005025125628140708
    x179      mono180   1              icdown180  -0.005025125628140708
    x180      obj       -0.011243718592964835   tail180   -0.025000000000000022
    x180      mono180   -1             icup180   -0.005025125628140708
    x180      mono181   1              icdown181  -0.005025125628140708
    x181      obj       -0.011306532663316594   tail181   -0.025000000000000022
    x181      mono181   -1             icup181   -0.005025125628140708
    x181      mono182   1              icdown182  -0.005025125628140708
    x182      obj       -0.011369346733668352   tail182   -0.025000000000000022
    x182      mono182   -1             icup182   -0.005025125628140708
    x182      mono183   1              icdown183  -0.005025125628140708
    x183      obj       -0.011432160804020111   tail183   -0.025000000000000022
    x183      mono183   -1             icup183   -0.005025125628140708
    x183      mono184   1              icdown184  -0.005025125628140708
    x184      obj       -0.01149497487437187   tail184   -0.025000000000000022
    x184      mono184   -1             icup184   -0.005025125628140708
    x184      mono185   1              icdown185  -0.005025125628140708
    x185      obj       -0.011557788944723629   tail185   -0.025000000000000022
    x185      mono185   -1             icup185   -0.005025125628140708
    x185      mono186   1              icdown186  -0.005025125628140708
    x186      obj       -0.011620603015075387   tail186   -0.025000000000000022
    x186      mono186   -1             icup186   -0.005025125628140708
    x186      mono187   1              icdown187  -0.005025125628140708
    x187      obj       -0.011683417085427146   tail187   -0.025000000000000022
    x187      mono187   -1             icup187   -0.005025125628140708
    x187      mono188   1              icdown188  -0.005025125628140708
    x188      obj       -0.011746231155778645   tail188   -0.024999999999999467
    x188      mono188   -1             icup188   -0.005025125628140708
    x188      mono189   1              icdown189  -0.005025125628140596
    x189      obj       -0.011809045226130663   tail189   -0.025000000000000022
    x189      mono189   -1             icup189   -0.005025125628140596
    x189      mono190   1              icdown190  -0.005025125628140708
    x190      obj       -0.011871859296482422   tail190   -0.025000000000000022
    x190      mono190   -1             icup190   -0.005025125628140708
    x190      mono191   1              icdown191  -0.005025125628140708
    x191      obj       -0.011934673366834181   tail191   -0.025000000000000022
    x191      mono191   -1             icup191   -0.005025125628140708
    x191      mono192   1              icdown192  -0.005025125628140708
    x192      obj       -0.01199748743718594   tail192   -0.025000000000000022
    x192      mono192   -1             icup192   -0.005025125628140708
    x192      mono193   1              icdown193  -0.005025125628140708
    x193      obj       -0.0120603015075377   tail193   -0.025000000000000022
    x193      mono193   -1             icup193   -0.005025125628140708
    x193      mono194   1              icdown194  -0.005025125628140708
    x194      obj       -0.012123115577889459   tail194   -0.025000000000000022
    x194      mono194   -1             icup194   -0.005025125628140708
    x194      mono195   1              icdown195  -0.005025125628140708
    x195      obj       -0.012185929648241218   tail195   -0.025000000000000022
    x195      mono195   -1             icup195   -0.005025125628140708
    x195      mono196   1              icdown196  -0.005025125628140708
    x196      obj       -0.012248743718592976   tail196   -0.025000000000000022
    x196      mono196   -1             icup196   -0.005025125628140708
    x196      mono197   1              icdown197  -0.005025125628140708
    x197      obj       -0.012311557788944735   tail197   -0.025000000000000022
    x197      mono197   -1             icup197   -0.005025125628140708
    x197      mono198   1              icdown198  -0.005025125628140708
    x198      obj       -0.012374371859296494   tail198   -0.025000000000000022
    x198      mono198   -1             icup198   -0.005025125628140708
    x198      mono199   1              icdown199  -0.005025125628140708
    x199      obj       -0.012437185929648252   tail199   -0.025000000000000022
    x199      mono199   -1             icup199   -0.005025125628140708
    x199      mono200   1              icdown200  -0.005025125628140708
    x200      obj       -0.012500000000000011   tail200   -0.025000000000000022
    x200      mono200   -1             icup200   -0.005025125628140708
    u1        obj       -0.0125        icdown2   -1
    u1        icup2     -1             nosubsidy  1
    u2        obj       -0.0125        icdown2   1
    u2        icup2     1              icdown3   -1
    u2        icup3     -1
    u3        obj       -0.012499999999999997   icdown3   1
    u3        icup3     1              icdown4   -1
    u3        icup4     -1
    u4        obj       -0.012500000000000002   icdown4   1
    u4        icup4     1              icdown5   -1
    u4        icup5     -1
    u5        obj       -0.012500000000000002   icdown5   1
    u5        icup5     1              icdown6   -1
    u5        icup6     -1
    u6        obj       -0.012499999999999994   icdown6   1
    u6        icup6     1              icdown7   -1
    u6        icup7     -1
    u7        obj       -0.012500000000000011   icdown7   1
    u7        icup7     1              icdown8   -1
    u7        icup8     -1
    u8        obj       -0.012499999999999994   icdown8   1
    u8        icup8     1              icdown9   -1
    u8        icup9     -1
    u9        obj       -0.012499999999999994   icdown9   1
    u9        icup9     1              icdown10  -1
    u9        icup10    -1
    u10       obj       -0.012500000000000011   icdown10  1
    u10       icup10    1              icdown11  -1
    u10       icup11    -1
    u11       obj       -0.012499999999999994   icdown11  1
    u11       icup11    1              icdown12  -1
    u11       icup12    -1
    u12       obj       -0.012499999999999994   icdown12  1
    u12       icup12    1              icdown13  -1
    u12       icup13    -1
    u13       obj       -0.012500000000000011   icdown13  1
    u13       icup13    1              icdown14  -1
    u13       icup14    -1
    u14       obj       -0.012500000000000011   icdown14  1
    u14       icup14    1              icdown15  -1
    u14       icup15    -1
    u15       obj       -0.012499999999999976   icdown15  1
    u15       icup15    1              icdown16  -1
    u15       icup16    -1
    u16       obj       -0.012500000000000011   icdown16  1
    u16       icup16    1              icdown17  -1
    u16       icup17    -1
    u17       obj       -0.012500000000000011   icdown17  1
    u17       icup17    1              icdown18  -1
    u17       icup18    -1
    u18       obj       -0.012499999999999976   icdown18  1
    u18       icup18    1              icdown19  -1
    u18       icup19    -1
    u19       obj       -0.012500000000000011   icdown19  1
    u19       icup19    1              icdown20  -1
    u19       icup20    -1
    u20       obj       -0.012500000000000011   icdown20  1
    u20       icup20    1              icdown21  -1
    u20       icup21    -1
    u21       obj       -0.012499999999999976   icdown21  1
    u21       icup21    1              icdown22  -1
    u21       icup22    -1
    u22       obj       -0.012500000000000011   icdown22  1
    u22       icup22    1              icdown23  -1
    u22       icup23    -1
    u23       obj       -0.012500000000000011   icdown23  1
    u23       icup23    1              icdown24  -1
    u23       icup24    -1
    u24       obj       -0.012499999999999976   icdown24  1
    u24       icup24    1              icdown25  -1
    u24       icup25    -1
    u25       obj       -0.012500000000000011   icdown25  1
    u25       icup25    1              icdown26  -1
    u25       icup26    -1
    u26       obj       -0.012500000000000011   icdown26  1
    u26       icup26    1              icdown27  -1
    u26       icup27    -1
    u27       obj       -0.012500000000000011   icdown27  1
    u27       icup27    1              icdown28  -1
    u27       icup28    -1
    u28       obj       -0.012500000000000011   icdown28  1
    u28       icup28    1              icdown29  -1
    u28       icup29    -1
    u29       obj       -0.012499999999999942   icdown29  1
    u29       icup29    1              icdown30  -1
    u29       icup30    -1
    u30       obj       -0.012500000000000011   icdown30  1
    u30       icup30    1              icdown31  -1
    u30       icup31    -1
    u31       obj       -0.012500000000000011   icdown31  1
    u31       icup31    1              icdown32  -1
    u31       icup32    -1
    u32       obj       -0.012500000000000011   icdown32  1
    u32       icup32    1              icdown33  -1
    u32       icup33    -1
    u33       obj       -0.012500000000000011   icdown33  1
    u33       icup33    1              icdown34  -1
    u33       icup34    -1
    u34       obj       -0.012500000000000011   icdown34  1
    u34       icup34    1              icdown35  -1
    u34       icup35    -1
    u35       obj       -0.012499999999999942   icdown35  1
    u35       icup35    1              icdown36  -1
    u35       icup36    -1
    u36       obj       -0.012500000000000011   icdown36  1
    u36       icup36    1              icdown37  -1
    u36       icup37    -1
    u37       obj       -0.012500000000000011   icdown37  1
    u37       icup37    1              icdown38  -1
    u37       icup38    -1
    u38       obj       -0.012500000000000011   icdown38  1
    u38       icup38    1              icdown39  -1
    u38       icup39    -1
    u39       obj       -0.012500000000000011   icdown39  1
    u39       icup39    1              icdown40  -1
    u39       icup40    -1
    u40       obj       -0.012500000000000011   icdown40  1
    u40       icup40    1              icdown41  -1
    u40       icup41    -1
    u41       obj       -0.012499999999999942   icdown41  1
    u41       icup41    1              icdown42  -1
    u41       icup42    -1
    u42       obj       -0.012500000000000011   icdown42  1
    u42       icup42    1              icdown43  -1
    u42       icup43    -1
    u43       obj       -0.012500000000000011   icdown43  1
    u43       icup43    1              icdown44  -1
    u43       icup44    -1
    u44       obj       -0.012500000000000011   icdown44  1
    u44       icup44    1              icdown45  -1
    u44       icup45    -1
    u45       obj       -0.012500000000000011   icdown45  1
    u45       icup45    1              icdown46  -1
    u45       icup46    -1
    u46       obj       -0.012500000000000011   icdown46  1
    u46       icup46    1              icdown47  -1
    u46       icup47    -1
    u47       obj       -0.012499999999999942   icdown47  1
    u47       icup47    1              icdown48  -1
    u47       icup48    -1
    u48       obj       -0.012500000000000011   icdown48  1
    u48       icup48    1              icdown49  -1
    u48       icup49    -1
    u49       obj       -0.012500000000000011   icdown49  1
    u49       icup49    1              icdown50  -1
    u49       icup50    -1
    u50       obj       -0.012500000000000011   icdown50  1
    u50       icup50    1              icdown51  -1
    u50       icup51    -1
    u51       obj       -0.012500000000000011   icdown51  1
    u51       icup51    1              icdown52  -1
    u51       icup52    -1
    u52       obj       -0.012500000000000011   icdown52  1
    u52       icup52    1              icdown53  -1
    u52       icup53    -1
    u53       obj       -0.012500000000000011   icdown53  1
    u53       icup53    1              icdown54  -1
    u53       icup54    -1
    u54       obj       -0.012500000000000011   icdown54  1
    u54       icup54    1              icdown55  -1
    u54       icup55    -1
    u55       obj       -0.012500000000000011   icdown55  1
    u55       icup55    1              icdown56  -1
    u55       icup56    -1
    u56       obj       -0.012500000000000011   icdown56  1
    u56       icup56    1              icdown57  -1
    u56       icup57    -1
    u57       obj       -0.012499999999999872   icdown57  1
    u57       icup57    1              icdown58  -1
    u57       icup58    -1
    u58       obj       -0.012500000000000011   icdown58  1
    u58       icup58    1              icdown59  -1
    u58       icup59    -1
    u59       obj       -0.012500000000000011   icdown59  1
    u59       icup59    1              icdown60  -1
    u59       icup60    -1
    u60       obj       -0.012500000000000011   icdown60  1
    u60       icup60    1              icdown61  -1
    u60       icup61    -1
    u61       obj       -0.012500000000000011   icdown61  1
    u61       icup61    1              icdown62  -1
    u61       icup62    -1
    u62       obj       -0.012500000000000011   icdown62  1
    u62       icup62    1              icdown63  -1
    u62       icup63    -1
    u63       obj       -0.012500000000000011   icdown63  1
    u63       icup63    1              icdown64  -1
    u63       icup64    -1
    u64       obj       -0.012500000000000011   icdown64  1
    u64       icup64    1              icdown65  -1
    u64       icup65    -1
    u65       obj       -0.012500000000000011   icdown65  1
    u65       icup65    1              icdown66  -1
    u65       icup66    -1
    u66       obj       -0.012500000000000011   icdown66  1
    u66       icup66    1              icdown67  -1
    u66       icup67    -1
    u67       obj       -0.012500000000000011   icdown67  1
    u67       icup67    1              icdown68  -1
    u67       icup68    -1
    u68       obj       -0.012500000000000011   icdown68  1
    u68       icup68    1              icdown69  -1
    u68       icup69    -1
    u69       obj       -0.012499999999999872   icdown69  1
    u69       icup69    1              icdown70  -1
    u69       icup70    -1
    u70       obj       -0.012500000000000011   icdown70  1
    u70       icup70    1              icdown71  -1
    u70       icup71    -1
    u71       obj       -0.012500000000000011   icdown71  1
    u71       icup71    1              icdown72  -1
    u71       icup72    -1
    u72       obj       -0.012500000000000011   icdown72  1
    u72       icup72    1              icdown73  -1
    u72       icup73    -1
    u73       obj       -0.012500000000000011   icdown73  1
    u73       icup73    1              icdown74  -1
    u73       icup74    -1
    u74       obj       -0.012500000000000011   icdown74  1
    u74       icup74    1              icdown75  -1
    u74       icup75    -1
    u75       obj       -0.012500000000000011   icdown75  1
    u75       icup75    1              icdown76  -1
    u75       icup76    -1
    u76       obj       -0.012500000000000011   icdown76  1
    u76       icup76    1              icdown77  -1
    u76       icup77    -1
    u77       obj       -0.012500000000000011   icdown77  1
    u77       icup77    1              icdown78  -1
    u77       icup78    -1
    u78       obj       -0.012500000000000011   icdown78  1
    u78       icup78    1              icdown79  -1
    u78       icup79    -1
    u79       obj       -0.012500000000000011   icdown79  1
    u79       icup79    1              icdown80  -1
    u79       icup80    -1
    u80       obj       -0.012500000000000011   icdown80  1
    u80       icup80    1              icdown81  -1
    u80       icup81    -1
    u81       obj       -0.012500000000000011   icdown81  1
    u81       icup81    1              icdown82  -1
    u81       icup82    -1
    u82       obj       -0.012499999999999872   icdown82  1
    u82       icup82    1              icdown83  -1
    u82       icup83    -1
    u83       obj       -0.012500000000000011   icdown83  1
    u83       icup83    1              icdown84  -1
    u83       icup84    -1
    u84       obj       -0.012500000000000011   icdown84  1
    u84       icup84    1              icdown85  -1
    u84       icup85    -1
    u85       obj       -0.012500000000000011   icdown85  1
    u85       icup85    1              icdown86  -1
    u85       icup86    -1
    u86       obj       -0.012500000000000011   icdown86  1
    u86       icup86    1              icdown87  -1
    u86       icup87    -1
    u87       obj       -0.012500000000000011   icdown87  1
    u87       icup87    1              icdown88  -1
    u87       icup88    -1
    u88       obj       -0.012500000000000011   icdown88  1
    u88       icup88    1              icdown89  -1
    u88       icup89    -1
    u89       obj       -0.012500000000000011   icdown89  1
    u89       icup89    1              icdown90  -1
    u89       icup90    -1
    u90       obj       -0.012500000000000011   icdown90  1
    u90       icup90    1              icdown91  -1
    u90       icup91    -1
    u91       obj       -0.012500000000000011   icdown91  1
    u91       icup91    1              icdown92  -1
    u91       icup92    -1
    u92       obj       -0.012500000000000011   icdown92  1
    u92       icup92    1              icdown93  -1
    u92       icup93    -1
    u93       obj       -0.012500000000000011   icdown93  1
    u93       icup93    1              icdown94  -1
    u93       icup94    -1
    u94       obj       -0.012499999999999872   icdown94  1
    u94       icup94    1              icdown95  -1
    u94       icup95    -1
    u95       obj       -0.012500000000000011   icdown95  1
    u95       icup95    1              icdown96  -1
    u95       icup96    -1
    u96       obj       -0.012500000000000011   icdown96  1
    u96       icup96    1              icdown97  -1
    u96       icup97    -1
    u97       obj       -0.012500000000000011   icdown97  1
    u97       icup97    1              icdown98  -1
    u97       icup98    -1
    u98       obj       -0.012500000000000011   icdown98  1
    u98       icup98    1              icdown99  -1
    u98       icup99    -1
    u99       obj       -0.012500000000000011   icdown99  1
    u99       icup99    1              icdown100  -1
    u99       icup100   -1
    u100      obj       -0.012500000000000011   icdown100  1
    u100      icup100   1              icdown101  -1
    u100      icup101   -1
    u101      obj       -0.012500000000000011   icdown101  1
    u101      icup101   1              icdown102  -1
    u101      icup102   -1
    u102      obj       -0.012500000000000011   icdown102  1
    u102      icup102   1              icdown103  -1
    u102      icup103   -1
    u103      obj       -0.012500000000000011   icdown103  1
    u103      icup103   1              icdown104  -1
    u103      icup104   -1
    u104      obj       -0.012500000000000011   icdown104  1
    u104      icup104   1              icdown105  -1
    u104      icup105   -1
    u105      obj       -0.012500000000000011   icdown105  1
    u105      icup105   1              icdown106  -1
    u105      icup106   -1
    u106      obj       -0.012500000000000011   icdown106  1
    u106      icup106   1              icdown107  -1
    u106      icup107   -1
    u107      obj       -0.012500000000000011   icdown107  1
    u107      icup107   1              icdown108  -1
    u107      icup108   -1
    u108      obj       -0.012500000000000011   icdown108  1
    u108      icup108   1              icdown109  -1
    u108      icup109   -1
    u109      obj       -0.012500000000000011   icdown109  1
    u109      icup109   1              icdown110  -1
    u109      icup110   -1
    u110      obj       -0.012500000000000011   icdown110  1
    u110      icup110   1              icdown111  -1
    u110      icup111   -1
    u111      obj       -0.012500000000000011   icdown111  1
    u111      icup111   1              icdown112  -1
    u111      icup112   -1
    u112      obj       -0.012500000000000011   icdown112  1
    u112      icup112   1              icdown113  -1
    u112      icup113   -1
    u113      obj       -0.012499999999999734   icdown113  1
    u113      icup113   1              icdown114  -1
    u113      icup114   -1
    u114      obj       -0.012500000000000011   icdown114  1
    u114      icup114   1              icdown115  -1
    u114      icup115   -1
    u115      obj       -0.012500000000000011   icdown115  1
    u115      icup115   1              icdown116  -1
    u115      icup116   -1
    u116      obj       -0.012500000000000011   icdown116  1
    u116      icup116   1              icdown117  -1
    u116      icup117   -1
    u117      obj       -0.012500000000000011   icdown117  1
    u117      icup117   1              icdown118  -1
    u117      icup118   -1
    u118      obj       -0.012500000000000011   icdown118  1
    u118      icup118   1              icdown119  -1
    u118      icup119   -1
    u119      obj       -0.012500000000000011   icdown119  1
    u119      icup119   1              icdown120  -1
    u119      icup120   -1
    u120      obj       -0.012500000000000011   icdown120  1
    u120      icup120   1              icdown121  -1
    u120      icup121   -1
    u121      obj       -0.012500000000000011   icdown121  1
    u121      icup121   1              icdown122  -1
    u121      icup122   -1
    u122      obj       -0.012500000000000011   icdown122  1
    u122      icup122   1              icdown123  -1
    u122      icup123   -1
    u123      obj       -0.012500000000000011   icdown123  1
    u123      icup123   1              icdown124  -1
    u123      icup124   -1
    u124      obj       -0.012500000000000011   icdown124  1
    u124      icup124   1              icdown125  -1
    u124      icup125   -1
    u125      obj       -0.012500000000000011   icdown125  1
    u125      icup125   1              icdown126  -1
    u125      icup126   -1
    u126      obj       -0.012500000000000011   icdown126  1
    u126      icup126   1              icdown127  -1
    u126      icup127   -1
    u127      obj       -0.012500000000000011   icdown127  1
    u127      icup127   1              icdown128  -1
    u127      icup128   -1
    u128      obj       -0.012500000000000011   icdown128  1
    u128      icup128   1              icdown129  -1
    u128      icup129   -1
    u129      obj       -0.012500000000000011   icdown129  1
    u129      icup129   1              icdown130  -1
    u129      icup130   -1
    u130      obj       -0.012500000000000011   icdown130  1
    u130      icup130   1              icdown131  -1
    u130      icup131   -1
    u131      obj       -0.012500000000000011   icdown131  1
    u131      icup131   1              icdown132  -1
    u131      icup132   -1
    u132      obj       -0.012500000000000011   icdown132  1
    u132      icup132   1              icdown133  -1
    u132      icup133   -1
    u133      obj       -0.012500000000000011   icdown133  1
    u133      icup133   1              icdown134  -1
    u133      icup134   -1
    u134      obj       -0.012500000000000011   icdown134  1
    u134      icup134   1              icdown135  -1
    u134      icup135   -1
    u135      obj       -0.012500000000000011   icdown135  1
    u135      icup135   1              icdown136  -1
    u135      icup136   -1
    u136      obj       -0.012500000000000011   icdown136  1
    u136      icup136   1              icdown137  -1
    u136      icup137   -1
    u137      obj       -0.012500000000000011   icdown137  1
    u137      icup137   1              icdown138  -1
    u137      icup138   -1
    u138      obj       -0.012499999999999734   icdown138  1
    u138      icup138   1              icdown139  -1
    u138      icup139   -1
    u139      obj       -0.012500000000000011   icdown139  1
    u139      icup139   1              icdown140  -1
    u139      icup140   -1
    u140      obj       -0.012500000000000011   icdown140  1
    u140      icup140   1              icdown141  -1
    u140      icup141   -1
    u141      obj       -0.012500000000000011   icdown141  1
    u141      icup141   1              icdown142  -1
    u141      icup142   -1
    u142      obj       -0.012500000000000011   icdown142  1
    u142      icup142   1              icdown143  -1
    u142      icup143   -1
    u143      obj       -0.012500000000000011   icdown143  1
    u143      icup143   1              icdown144  -1
    u143      icup144   -1
    u144      obj       -0.012500000000000011   icdown144  1
    u144      icup144   1              icdown145  -1
    u144      icup145   -1
    u145      obj       -0.012500000000000011   icdown145  1
    u145      icup145   1              icdown146  -1
    u145      icup146   -1
    u146      obj       -0.012500000000000011   icdown146  1
    u146      icup146   1              icdown147  -1
    u146      icup147   -1
    u147      obj       -0.012500000000000011   icdown147  1
    u147      icup147   1              icdown148  -1
    u147      icup148   -1
    u148      obj       -0.012500000000000011   icdown148  1
    u148      icup148   1              icdown149  -1
    u148      icup149   -1
    u149      obj       -0.012500000000000011   icdown149  1
    u149      icup149   1              icdown150  -1
    u149      icup150   -1
    u150      obj       -0.012500000000000011   icdown150  1
    u150      icup150   1              icdown151  -1
    u150      icup151   -1
    u151      obj       -0.012500000000000011   icdown151  1
    u151      icup151   1              icdown152  -1
    u151      icup152   -1
    u152      obj       -0.012500000000000011   icdown152  1
    u152      icup152   1              icdown153  -1
    u152      icup153   -1
    u153      obj       -0.012500000000000011   icdown153  1
    u153      icup153   1              icdown154  -1
    u153      icup154   -1
    u154      obj       -0.012500000000000011   icdown154  1
    u154      icup154   1              icdown155  -1
    u154      icup155   -1
    u155      obj       -0.012500000000000011   icdown155  1
    u155      icup155   1              icdown156  -1
    u155      icup156   -1
    u156      obj       -0.012500000000000011   icdown156  1
    u156      icup156   1              icdown157  -1
    u156      icup157   -1
    u157      obj       -0.012500000000000011   icdown157  1
    u157      icup157   1              icdown158  -1
    u157      icup158   -1
    u158      obj       -0.012500000000000011   icdown158  1
    u158      icup158   1              icdown159  -1
    u158      icup159   -1
    u159      obj       -0.012500000000000011   icdown159  1
    u159      icup159   1              icdown160  -1
    u159      icup160   -1
    u160      obj       -0.012500000000000011   icdown160  1
    u160      icup160   1              icdown161  -1
    u160      icup161   -1
    u161      obj       -0.012500000000000011   icdown161  1
    u161      icup161   1              icdown162  -1
    u161      icup162   -1
    u162      obj       -0.012500000000000011   icdown162  1
    u162      icup162   1              icdown163  -1
    u162      icup163   -1
    u163      obj       -0.012499999999999734   icdown163  1
    u163      icup163   1              icdown164  -1
    u163      icup164   -1
    u164      obj       -0.012500000000000011   icdown164  1
    u164      icup164   1              icdown165  -1
    u164      icup165   -1
    u165      obj       -0.012500000000000011   icdown165  1
    u165      icup165   1              icdown166  -1
    u165      icup166   -1
    u166      obj       -0.012500000000000011   icdown166  1
    u166      icup166   1              icdown167  -1
    u166      icup167   -1
    u167      obj       -0.012500000000000011   icdown167  1
    u167      icup167   1              icdown168  -1
    u167      icup168   -1
    u168      obj       -0.012500000000000011   icdown168  1
    u168      icup168   1              icdown169  -1
    u168      icup169   -1
    u169      obj       -0.012500000000000011   icdown169  1
    u169      icup169   1              icdown170  -1
    u169      icup170   -1
    u170      obj       -0.012500000000000011   icdown170  1
    u170      icup170   1              icdown171  -1
    u170      icup171   -1
    u171      obj       -0.012500000000000011   icdown171  1
    u171      icup171   1              icdown172  -1
    u171      icup172   -1
    u172      obj       -0.012500000000000011   icdown172  1
    u172      icup172   1              icdown173  -1
    u172      icup173   -1
    u173      obj       -0.012500000000000011   icdown173  1
    u173      icup173   1              icdown174  -1
    u173      icup174   -1
    u174      obj       -0.012500000000000011   icdown174  1
    u174      icup174   1              icdown175  -1
    u174      icup175   -1
    u175      obj       -0.012500000000000011   icdown175  1
    u175      icup175   1              icdown176  -1
    u175      icup176   -1
    u176      obj       -0.012500000000000011   icdown176  1
    u176      icup176   1              icdown177  -1
    u176      icup177   -1
    u177      obj       -0.012500000000000011   icdown177  1
    u177      icup177   1              icdown178  -1
    u177      icup178   -1
    u178      obj       -0.012500000000000011   icdown178  1
    u178      icup178   1              icdown179  -1
    u178      icup179   -1
    u179      obj       -0.012500000000000011   icdown179  1
    u179      icup179   1              icdown180  -1
    u179      icup180   -1
    u180      obj       -0.012500000000000011   icdown180  1
    u180      icup180   1              icdown181  -1
    u180      icup181   -1
    u181      obj       -0.012500000000000011   icdown181  1
    u181      icup181   1              icdown182  -1
    u181      icup182   -1
    u182      obj       -0.012500000000000011   icdown182  1
    u182      icup182   1              icdown183  -1
    u182      icup183   -1
    u183      obj       -0.012500000000000011   icdown183  1
    u183      icup183   1              icdown184  -1
    u183      icup184   -1
    u184      obj       -0.012500000000000011   icdown184  1
    u184      icup184   1              icdown185  -1
    u184      icup185   -1
    u185      obj       -0.012500000000000011   icdown185  1
    u185      icup185   1              icdown186  -1
    u185      icup186   -1
    u186      obj       -0.012500000000000011   icdown186  1
    u186      icup186   1              icdown187  -1
    u186      icup187   -1
    u187      obj       -0.012500000000000011   icdown187  1
    u187      icup187   1              icdown188  -1
    u187      icup188   -1
    u188      obj       -0.012499999999999734   icdown188  1
    u188      icup188   1              icdown189  -1
    u188      icup189   -1
    u189      obj       -0.012500000000000011   icdown189  1
    u189      icup189   1              icdown190  -1
    u189      icup190   -1
    u190      obj       -0.012500000000000011   icdown190  1
    u190      icup190   1              icdown191  -1
    u190      icup191   -1
    u191      obj       -0.012500000000000011   icdown191  1
    u191      icup191   1              icdown192  -1
    u191      icup192   -1
    u192      obj       -0.012500000000000011   icdown192  1
    u192      icup192   1              icdown193  -1
    u192      icup193   -1
    u193      obj       -0.012500000000000011   icdown193  1
    u193      icup193   1              icdown194  -1
    u193      icup194   -1
    u194      obj       -0.012500000000000011   icdown194  1
    u194      icup194   1              icdown195  -1
    u194      icup195   -1
    u195      obj       -0.012500000000000011   icdown195  1
    u195      icup195   1              icdown196  -1
    u195      icup196   -1
    u196      obj       -0.012500000000000011   icdown196  1
    u196      icup196   1              icdown197  -1
    u196      icup197   -1
    u197      obj       -0.012500000000000011   icdown197  1
    u197      icup197   1              icdown198  -1
    u197      icup198   -1
    u198      obj       -0.012500000000000011   icdown198  1
    u198      icup198   1              icdown199  -1
    u198      icup199   -1
    u199      obj       -0.012500000000000011   icdown199  1
    u199      icup199   1              icdown200  -1
    u199      icup200   -1
    u200      obj       -0.012500000000000011   icdown200  1
    u200      icup200   1
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
    t185      tail184   -1             tail185   1
    t186      tail185   -1             tail186   1
    t187      tail186   -1             tail187   1
    t188      tail187   -1             tail188   1
    t189      tail188   -1             tail189   1
    t190      tail189   -1             tail190   1
    t191      tail190   -1             tail191   1
    t192      tail191   -1             tail192   1
    t193      tail192   -1             tail193   1
    t194      tail193   -1             tail194   1
    t195      tail194   -1             tail195   1
    t196      tail195   -1             tail196   1
    t197      tail196   -1             tail197   1
    t198      tail197   -1             tail198   1
    t199      tail198   -1             tail199   1
    t200      tail199   -1             tail200   1
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
 UP BND       x185      1
 UP BND       x186      1
 UP BND       x187      1
 UP BND       x188      1
 UP BND       x189      1
 UP BND       x190      1
 UP BND       x191      1
 UP BND       x192      1
 UP BND       x193      1
 UP BND       x194      1
 UP BND       x195      1
 UP BND       x196      1
 UP BND       x197      1
 UP BND       x198      1
 UP BND       x199      1
 UP BND       x200      1
 UP BND       t1        2
 UP BND       t2        1.999999996884375
 UP BND       t3        1.9999999502999999
 UP BND       t4        1.999999749153125
 UP BND       t5        1.9999992095999999
 UP BND       t6        1.999998076171875
 UP BND       t7        1.9999960229
 UP BND       t8        1.999992654440625
 UP BND       t9        1.9999875072
 UP BND       t10       1.999980050459375
 UP BND       t11       1.9999696875000001
 UP BND       t12       1.999955756728125
 UP BND       t13       1.9999375328000002
 UP BND       t14       1.999914227746875
 UP BND       t15       1.9998849921000001
 UP BND       t16       1.999848916015625
 UP BND       t17       1.9998050304000001
 UP BND       t18       1.9997523080343749
 UP BND       t19       1.9996896647
 UP BND       t20       1.999615960303125
 UP BND       t21       1.99953
 UP BND       t22       1.999430535321875
 UP BND       t23       1.9993162653
 UP BND       t24       1.999185837590625
 UP BND       t25       1.9990378496
 UP BND       t26       1.998870849609375
 UP BND       t27       1.9986833379
 UP BND       t28       1.998473767878125
 UP BND       t29       1.9982405472
 UP BND       t30       1.997982038896875
 UP BND       t31       1.9976965624999998
 UP BND       t32       1.997382395165625
 UP BND       t33       1.9970377728
 UP BND       t34       1.996660891184375
 UP BND       t35       1.9962499071
 UP BND       t36       1.995802939453125
 UP BND       t37       1.9953180704
 UP BND       t38       1.994793346471875
 UP BND       t39       1.9942267797
 UP BND       t40       1.993616348740625
 UP BND       t41       1.99296
 UP BND       t42       1.992255648759375
 UP BND       t43       1.9915011803
 UP BND       t44       1.990694451028125
 UP BND       t45       1.9898332896
 UP BND       t46       1.9889154980468748
 UP BND       t47       1.9879388529
 UP BND       t48       1.986901106315625
 UP BND       t49       1.9857999872
 UP BND       t50       1.9846332023343751
 UP BND       t51       1.9833984375
 UP BND       t52       1.9820933586031249
 UP BND       t53       1.9807156128
 UP BND       t54       1.979262829621875
 UP BND       t55       1.9777326221
 UP BND       t56       1.976122587890625
 UP BND       t57       1.9744303103999998
 UP BND       t58       1.972653359909375
 UP BND       t59       1.9707892946999999
 UP BND       t60       1.968835662178125
 UP BND       t61       1.96679
 UP BND       t62       1.964649837196875
 UP BND       t63       1.9624126952999998
 UP BND       t64       1.960076089465625
 UP BND       t65       1.9576375296
 UP BND       t66       1.955094521484375
 UP BND       t67       1.9524445679
 UP BND       t68       1.949685169753125
 UP BND       t69       1.9468138272
 UP BND       t70       1.943828040771875
 UP BND       t71       1.9407253125000001
 UP BND       t72       1.937503147040625
 UP BND       t73       1.9341590528
 UP BND       t74       1.930690543059375
 UP BND       t75       1.9270951371
 UP BND       t76       1.923370361328125
 UP BND       t77       1.9195137504
 UP BND       t78       1.9155228483468751
 UP BND       t79       1.9113952097000002
 UP BND       t80       1.9071284006156248
 UP BND       t81       1.90272
 UP BND       t82       1.898167600634375
 UP BND       t83       1.8934688103
 UP BND       t84       1.888621252903125
 UP BND       t85       1.8836225696
 UP BND       t86       1.878470419921875
 UP BND       t87       1.8731624829
 UP BND       t88       1.867696458190625
 UP BND       t89       1.8620700672
 UP BND       t90       1.8562810542093748
 UP BND       t91       1.8503271875
 UP BND       t92       1.844206260478125
 UP BND       t93       1.8379160927999998
 UP BND       t94       1.8314545314968749
 UP BND       t95       1.8248194520999999
 UP BND       t96       1.818008759765625
 UP BND       t97       1.8110203904
 UP BND       t98       1.803852311784375
 UP BND       t99       1.7965025247000002
 UP BND       t100      1.788969064053125
 UP BND       t101      1.78125
 UP BND       t102      1.773343439071875
 UP BND       t103      1.7652475253000002
 UP BND       t104      1.756960441340625
 UP BND       t105      1.7484804096
 UP BND       t106      1.7398056933593748
 UP BND       t107      1.7309345979
 UP BND       t108      1.7218654716281248
 UP BND       t109      1.7125967072
 UP BND       t110      1.7031267426468748
 UP BND       t111      1.6934540624999999
 UP BND       t112      1.683577198915625
 UP BND       t113      1.6734947327999998
 UP BND       t114      1.6632052949343747
 UP BND       t115      1.6527075671000002
 UP BND       t116      1.6420002832031249
 UP BND       t117      1.6310822304
 UP BND       t118      1.6199522502218748
 UP BND       t119      1.6086092397000002
 UP BND       t120      1.5970521524906247
 UP BND       t121      1.58528
 UP BND       t122      1.573291852509375
 UP BND       t123      1.5610868403
 UP BND       t124      1.548664154778125
 UP BND       t125      1.5360230495999998
 UP BND       t126      1.5231628417968754
 UP BND       t127      1.5100829129000006
 UP BND       t128      1.4967827100656252
 UP BND       t129      1.4832617472000003
 UP BND       t130      1.4695196060843752
 UP BND       t131      1.4555559374999998
 UP BND       t132      1.4413704623531252
 UP BND       t133      1.4269629728
 UP BND       t134      1.4123333333718748
 UP BND       t135      1.3974814821
 UP BND       t136      1.3824074316406247
 UP BND       t137      1.3671112704
 UP BND       t138      1.3515931636593748
 UP BND       t139      1.3358533547000007
 UP BND       t140      1.3198921659281255
 UP BND       t141      1.3037100000000001
 UP BND       t142      1.2873073409468758
 UP BND       t143      1.2706847553000005
 UP BND       t144      1.2538428932156254
 UP BND       t145      1.2367824896000001
 UP BND       t146      1.219504365234375
 UP BND       t147      1.2020094279
 UP BND       t148      1.1842986735031253
 UP BND       t149      1.1663731872000003
 UP BND       t150      1.1482341445218756
 UP BND       t151      1.1298828125000002
 UP BND       t152      1.1113205507906252
 UP BND       t153      1.0925488128000005
 UP BND       t154      1.073569146809375
 UP BND       t155      1.0543831971000004
 UP BND       t156      1.034992705078125
 UP BND       t157      1.0153995104
 UP BND       t158      0.995605552096875
 UP BND       t159      0.9756128696999999
 UP BND       t160      0.955423604365625
 UP BND       t161      0.9350399999999999
 UP BND       t162      0.914464404384375
 UP BND       t163      0.8936992702999998
 UP BND       t164      0.8727471566531252
 UP BND       t165      0.8516107296000003
 UP BND       t166      0.8302927636718752
 UP BND       t167      0.8087961429000003
 UP BND       t168      0.7871238619406251
 UP BND       t169      0.7652790272000001
 UP BND       t170      0.7432648579593752
 UP BND       t171      0.7210846875000001
 UP BND       t172      0.6987419642281251
 UP BND       t173      0.6762402528000001
 UP BND       t174      0.6535832352468751
 UP BND       t175      0.6307747121
 UP BND       t176      0.6078186035156251
 UP BND       t177      0.5847189504000001
 UP BND       t178      0.5614799155343749
 UP BND       t179      0.5381057846999999
 UP BND       t180      0.5146009678031249
 UP BND       t181      0.49096999999999996
 UP BND       t182      0.4672175428218749
 UP BND       t183      0.4433483852999998
 UP BND       t184      0.4193674450906249
 UP BND       t185      0.39527976959999983
 UP BND       t186      0.3710905371093748
 UP BND       t187      0.34680505789999977
 UP BND       t188      0.3224287753781247
 UP BND       t189      0.2979672672000003
 UP BND       t190      0.27342624639687524
 UP BND       t191      0.24881156250000022
 UP BND       t192      0.2241292026656252
 UP BND       t193      0.19938529280000017
 UP BND       t194      0.17458609868437516
 UP BND       t195      0.14973802710000014
 UP BND       t196      0.12484762695312511
 UP BND       t197      0.0999215904000001
 UP BND       t198      0.07496675397187506
 UP BND       t199      0.04999009970000005
 UP BND       t200      0.02499875624062502
ENDATA
