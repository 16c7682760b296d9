* paretomech model export: the reduced-form LP of MATH section 2 (revenue-surplus trade-off of truthful
* mechanisms, arXiv 2602.11967); written by 'paretomech export'.
* instance palm-pilot-7day: n = 11 buyers, k = 1 unit(s), K = 228 support points in [0, 284], transfers no-subsidy
* weights: lambda_R = 1, lambda_S = 1 (given 1,1; normalised so that max(lambda_R, lambda_S) = 1)
* scale = 284: every value v_j is divided by this (the largest support value) inside the program.
* program: 684 variables, 910 rows, 2501 non-zeros. Variables x1..x228 = interim allocation probabilities,
* u1..u228 = interim utilities divided by scale, t1..t228 = Border tail sums n * sum_{i>=j} f_i x_i (t_j <= B_j).
* objective: maximise c.z = (lambda_R R + lambda_S S) / scale, R = seller revenue, S = buyers' total surplus.
* MPS has no sense marker every reader accepts, so this file MINIMISES -c.z: a solver reports
* min = -(c.z optimum); negate it first.
* convert back: lambda_R R + lambda_S S = scale * (c.z optimum); for weights (1,0) that is R, for (0,1) S.
* from a solution z (f_j, v_j from the instance): S = scale * n * sum_j f_j u_j,
* R = n * sum_j f_j (v_j x_j - scale * u_j). Alone, R and S are unique only if the optimum is.
* expected optimum (exact ironing oracle, MATH section 3): c.z = 0.8478378019540541, lambda_R R + lambda_S S = 240.78593575495137
* (at the oracle's mechanism R = 225.37012442086194, S = 15.41581133408943); the MPS minimum is -0.8478378019540541
* expected: instance=palm-pilot-7day buyers=11 units=1 support=228 transfers=no-subsidy lambda_r=1 lambda_s=1 scale=284 objective=0.8478378019540541 revenue=225.37012442086194 surplus=15.41581133408943
* objective negated: maximise c.z
NAME          paretomech_palm_pilot_7day_n11_k1
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
 E  tail201
 E  tail202
 E  tail203
 E  tail204
 E  tail205
 E  tail206
 E  tail207
 E  tail208
 E  tail209
 E  tail210
 E  tail211
 E  tail212
 E  tail213
 E  tail214
 E  tail215
 E  tail216
 E  tail217
 E  tail218
 E  tail219
 E  tail220
 E  tail221
 E  tail222
 E  tail223
 E  tail224
 E  tail225
 E  tail226
 E  tail227
 E  tail228
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
 L  mono201
 G  icdown201
 L  icup201
 L  mono202
 G  icdown202
 L  icup202
 L  mono203
 G  icdown203
 L  icup203
 L  mono204
 G  icdown204
 L  icup204
 L  mono205
 G  icdown205
 L  icup205
 L  mono206
 G  icdown206
 L  icup206
 L  mono207
 G  icdown207
 L  icup207
 L  mono208
 G  icdown208
 L  icup208
 L  mono209
 G  icdown209
 L  icup209
 L  mono210
 G  icdown210
 L  icup210
 L  mono211
 G  icdown211
 L  icup211
 L  mono212
 G  icdown212
 L  icup212
 L  mono213
 G  icdown213
 L  icup213
 L  mono214
 G  icdown214
 L  icup214
 L  mono215
 G  icdown215
 L  icup215
 L  mono216
 G  icdown216
 L  icup216
 L  mono217
 G  icdown217
 L  icup217
 L  mono218
 G  icdown218
 L  icup218
 L  mono219
 G  icdown219
 L  icup219
 L  mono220
 G  icdown220
 L  icup220
 L  mono221
 G  icdown221
 L  icup221
 L  mono222
 G  icdown222
 L  icup222
 L  mono223
 G  icdown223
 L  icup223
 L  mono224
 G  icdown224
 L  icup224
 L  mono225
 G  icdown225
 L  icup225
 L  mono226
 G  icdown226
 L  icup226
 L  mono227
 G  icdown227
 L  icup227
 L  mono228
 G  icdown228
 L  icup228
 L  nosubsidy
COLUMNS
    x1        tail1     -0.028176229508196718   mono2     1
    x1        icdown2   -0.0035211267605633804
    x2        obj       -2.7779381205264374E-4   tail2     -0.07889344262295082
    x2        mono2     -1             icup2     -0.0035211267605633804
    x2        mono3     1              icdown3   -0.0035211267605633804
    x3        obj       -1.587393211729393E-4   tail3     -0.022540983606557378
    x3        mono3     -1             icup3     -0.0035211267605633804
    x3        mono4     1              icdown4   -0.0035211267605633804
    x4        obj       -2.3810898175940894E-4   tail4     -0.022540983606557378
    x4        mono4     -1             icup4     -0.0035211267605633804
    x4        mono5     1              icdown5   -0.007042253521126761
    x5        obj       -0.0014881811359963057   tail5     -0.08452868852459017
    x5        mono5     -1             icup5     -0.007042253521126761
    x5        mono6     1              icdown6   -0.0035211267605633804
    x6        obj       -2.3810898175940894E-4   tail6     -0.011270491803278689
    x6        mono6     -1             icup6     -0.0035211267605633804
    x6        mono7     1              icdown7   -0.0035211267605633804
    x7        obj       -2.7779381205264374E-4   tail7     -0.011270491803278689
    x7        mono7     -1             icup7     -0.0035211267605633804
    x7        mono8     1              icdown8   -0.01056338028169014
    x8        obj       -0.0061511486954513965   tail8     -0.17469262295081966
    x8        mono8     -1             icup8     -0.01056338028169014
    x8        mono9     1              icdown9   -0.0035211267605633804
    x9        obj       -0.001746132532902332   tail9     -0.045081967213114756
    x9        mono9     -1             icup9     -0.0035211267605633804
    x9        mono10    1              icdown10  -0.0035211267605633804
    x10       obj       -4.7621796351881787E-4   tail10    -0.011270491803278689
    x10       mono10    -1             icup10    -0.0035211267605633804
    x10       mono11    1              icdown11  -0.0035211267605633804
    x11       obj       -7.73854190718079E-4   tail11    -0.01690573770491803
    x11       mono11    -1             icup11    -0.0035211267605633804
    x11       mono12    1              icdown12  -0.007042253521126761
    x12       obj       -0.0029763622719926114   tail12    -0.056352459016393436
    x12       mono12    -1             icup12    -0.007042253521126761
    x12       mono13    1              icdown13  -0.0035211267605633804
    x13       obj       -3.174786423458786E-4   tail13    -0.0056352459016393444
    x13       mono13    -1             icup13    -0.0035211267605633804
    x13       mono14    1              icdown14  -0.0035211267605633804
    x14       obj       -3.3732105749249597E-4   tail14    -0.0056352459016393444
    x14       mono14    -1             icup14    -0.0035211267605633804
    x14       mono15    1              icdown15  -0.0035211267605633804
    x15       obj       -7.143269452782267E-4   tail15    -0.011270491803278689
    x15       mono15    -1             icup15    -0.0035211267605633804
    x15       mono16    1              icdown16  -0.0035211267605633804
    x16       obj       -3.770058877857308E-4   tail16    -0.0056352459016393444
    x16       mono16    -1             icup16    -0.0035211267605633804
    x16       mono17    1              icdown17  -0.0035211267605633804
    x17       obj       -0.006349572846917571   tail17    -0.09016393442622951
    x17       mono17    -1             icup17    -0.0035211267605633804
    x17       mono18    1              icdown18  -0.0035211267605633804
    x18       obj       -0.0025001443084737935   tail18    -0.03381147540983606
    x18       mono18    -1             icup18    -0.0035211267605633804
    x18       mono19    1              icdown19  -0.0035211267605633804
    x19       obj       -0.0013095993996767488   tail19    -0.01690573770491803
    x19       mono19    -1             icup19    -0.0035211267605633804
    x19       mono20    1              icdown20  -0.0035211267605633804
    x20       obj       -0.0018255021934888017   tail20    -0.022540983606557378
    x20       mono20    -1             icup20    -0.0035211267605633804
    x20       mono21    1              icdown21  -0.007042253521126761
    x21       obj       -0.007440905679981528   tail21    -0.08452868852459017
    x21       mono21    -1             icup21    -0.007042253521126761
    x21       mono22    1              icdown22  -0.0035211267605633804
    x22       obj       -0.002063611175248211   tail22    -0.022540983606557378
    x22       mono22    -1             icup22    -0.0035211267605633804
    x22       mono23    1              icdown23  -0.0035211267605633804
    x23       obj       -0.00107149041791734   tail23    -0.011270491803278689
    x23       mono23    -1             icup23    -0.0035211267605633804
    x23       mono24    1              icdown24  -0.0035211267605633804
    x24       obj       -0.001111175248210575   tail24    -0.011270491803278689
    x24       mono24    -1             icup24    -0.0035211267605633804
    x24       mono25    1              icdown25  -0.0035211267605633804
    x25       obj       -5.754300392519048E-4   tail25    -0.0056352459016393444
    x25       mono25    -1             icup25    -0.0035211267605633804
    x25       mono26    1              icdown26  -0.0035211267605633804
    x26       obj       -0.009524359270376356   tail26    -0.09016393442622951
    x26       mono26    -1             icup26    -0.0035211267605633804
    x26       mono27    1              icdown27  -0.0035211267605633804
    x27       obj       -6.151148695451397E-4   tail27    -0.0056352459016393444
    x27       mono27    -1             icup27    -0.0035211267605633804
    x27       mono28    1              icdown28  -0.0035211267605633804
    x28       obj       -0.001904871854075271   tail28    -0.01690573770491803
    x28       mono28    -1             icup28    -0.0035211267605633804
    x28       mono29    1              icdown29  -0.0035211267605633804
    x29       obj       -0.0013095993996767492   tail29    -0.011270491803278689
    x29       mono29    -1             icup29    -0.0035211267605633804
    x29       mono30    1              icdown30  -0.007042253521126761
    x30       obj       -0.004166907180789655   tail30    -0.03381147540983606
    x30       mono30    -1             icup30    -0.007042253521126761
    x30       mono31    1              icdown31  -0.007042253521126761
    x31       obj       -0.009544201685522972   tail31    -0.07325819672131147
    x31       mono31    -1             icup31    -0.007042253521126761
    x31       mono32    1              icdown32  -0.0035211267605633804
    x32       obj       -7.540117755714616E-4   tail32    -0.0056352459016393444
    x32       mono32    -1             icup32    -0.0035211267605633804
    x32       mono33    1              icdown33  -0.0035211267605633804
    x33       obj       -0.0030954167628723162   tail33    -0.022540983606557378
    x33       mono33    -1             icup33    -0.0035211267605633804
    x33       mono34    1              icdown34  -0.0035211267605633804
    x34       obj       -0.010318055876241052   tail34    -0.07325819672131147
    x34       mono34    -1             icup34    -0.0035211267605633804
    x34       mono35    1              icdown35  -0.0035211267605633804
    x35       obj       -0.002440617063033941   tail35    -0.01690573770491803
    x35       mono35    -1             icup35    -0.0035211267605633804
    x35       mono36    1              icdown36  -0.0035211267605633804
    x36       obj       -0.0016667628723158624   tail36    -0.011270491803278689
    x36       mono36    -1             icup36    -0.0035211267605633804
    x36       mono37    1              icdown37  -0.0035211267605633804
    x37       obj       -0.0034128954052181945   tail37    -0.022540983606557378
    x37       mono37    -1             icup37    -0.0035211267605633804
    x37       mono38    1              icdown38  -0.0035211267605633804
    x38       obj       -8.73066266451166E-4   tail38    -0.0056352459016393444
    x38       mono38    -1             icup38    -0.0035211267605633804
    x38       mono39    1              icdown39  -0.0035211267605633804
    x39       obj       -0.0053574520895866996   tail39    -0.03381147540983606
    x39       mono39    -1             icup39    -0.0035211267605633804
    x39       mono40    1              icdown40  -0.0035211267605633804
    x40       obj       -0.0018255021934888017   tail40    -0.011270491803278689
    x40       mono40    -1             icup40    -0.0035211267605633804
    x40       mono41    1              icdown41  -0.007042253521126761
    x41       obj       -0.0019048718540752715   tail41    -0.011270491803278689
    x41       mono41    -1             icup41    -0.007042253521126761
    x41       mono42    1              icdown42  -0.007042253521126761
    x42       obj       -0.04563755483722004   tail42    -0.25922131147540983
    x42       mono42    -1             icup42    -0.007042253521126761
    x42       mono43    1              icdown43  -0.0035211267605633804
    x43       obj       -0.006071779034864926   tail43    -0.03381147540983606
    x43       mono43    -1             icup43    -0.0035211267605633804
    x43       mono44    1              icdown44  -0.0035211267605633804
    x44       obj       -0.006190833525744632   tail44    -0.03381147540983606
    x44       mono44    -1             icup44    -0.0035211267605633804
    x44       mono45    1              icdown45  -0.0035211267605633804
    x45       obj       -0.004206592011082891   tail45    -0.022540983606557378
    x45       mono45    -1             icup45    -0.0035211267605633804
    x45       mono46    1              icdown46  -0.007042253521126761
    x46       obj       -0.016369992495959364   tail46    -0.08452868852459017
    x46       mono46    -1             icup46    -0.007042253521126761
    x46       mono47    1              icdown47  -0.0035211267605633804
    x47       obj       -0.001111175248210575   tail47    -0.0056352459016393444
    x47       mono47    -1             icup47    -0.0035211267605633804
    x47       mono48    1              icdown48  -0.0035211267605633804
    x48       obj       -0.0022620353267143846   tail48    -0.011270491803278689
    x48       mono48    -1             icup48    -0.0035211267605633804
    x48       mono49    1              icdown49  -0.0035211267605633804
    x49       obj       -0.0034525802355114287   tail49    -0.01690573770491803
    x49       mono49    -1             icup49    -0.0035211267605633804
    x49       mono50    1              icdown50  -0.0035211267605633804
    x50       obj       -0.003512107480951281   tail50    -0.01690573770491803
    x50       mono50    -1             icup50    -0.0035211267605633804
    x50       mono51    1              icdown51  -0.0035211267605633804
    x51       obj       -0.019048718540752713   tail51    -0.09016393442622951
    x51       mono51    -1             icup51    -0.0035211267605633804
    x51       mono52    1              icdown52  -0.007042253521126761
    x52       obj       -0.004920918956361118   tail52    -0.022540983606557378
    x52       mono52    -1             icup52    -0.007042253521126761
    x52       mono53    1              icdown53  -0.007042253521126761
    x53       obj       -0.0025398291387670286   tail53    -0.011270491803278689
    x53       mono53    -1             icup53    -0.007042253521126761
    x53       mono54    1              icdown54  -0.0035211267605633804
    x54       obj       -0.014187326829831448   tail54    -0.061987704918032786
    x54       mono54    -1             icup54    -0.0035211267605633804
    x54       mono55    1              icdown55  -0.0035211267605633804
    x55       obj       -0.010476795197413994   tail55    -0.045081967213114756
    x55       mono55    -1             icup55    -0.0035211267605633804
    x55       mono56    1              icdown56  -0.0035211267605633804
    x56       obj       -0.005317767259293466   tail56    -0.022540983606557378
    x56       mono56    -1             icup56    -0.0035211267605633804
    x56       mono57    1              icdown57  -0.0035211267605633804
    x57       obj       -0.0013492842299699839   tail57    -0.0056352459016393444
    x57       mono57    -1             icup57    -0.0035211267605633804
    x57       mono58    1              icdown58  -0.0035211267605633804
    x58       obj       -0.0013691266451166012   tail58    -0.0056352459016393444
    x58       mono58    -1             icup58    -0.0035211267605633804
    x58       mono59    1              icdown59  -0.0035211267605633804
    x59       obj       -0.01944556684368506   tail59    -0.07889344262295082
    x59       mono59    -1             icup59    -0.0035211267605633804
    x59       mono60    1              icdown60  -0.0035211267605633804
    x60       obj       -0.0028176229508196722   tail60    -0.011270491803278689
    x60       mono60    -1             icup60    -0.0035211267605633804
    x60       mono61    1              icdown61  -0.0035211267605633804
    x61       obj       -0.00428596167166936   tail61    -0.01690573770491803
    x61       mono61    -1             icup61    -0.0035211267605633804
    x61       mono62    1              icdown62  -0.0035211267605633804
    x62       obj       -0.0014484963057030708   tail62    -0.0056352459016393444
    x62       mono62    -1             icup62    -0.0035211267605633804
    x62       mono63    1              icdown63  -0.007042253521126761
    x63       obj       -0.04613361521588547   tail63    -0.17469262295081966
    x63       mono63    -1             icup63    -0.007042253521126761
    x63       mono64    1              icdown64  -0.0035211267605633804
    x64       obj       -0.006032094204571693   tail64    -0.022540983606557378
    x64       mono64    -1             icup64    -0.0035211267605633804
    x64       mono65    1              icdown65  -0.0035211267605633804
    x65       obj       -0.012222927730316325   tail65    -0.045081967213114756
    x65       mono65    -1             icup65    -0.0035211267605633804
    x65       mono66    1              icdown66  -0.0035211267605633804
    x66       obj       -0.0030954167628723162   tail66    -0.011270491803278689
    x66       mono66    -1             icup66    -0.0035211267605633804
    x66       mono67    1              icdown67  -0.0035211267605633804
    x67       obj       -0.006270203186331102   tail67    -0.022540983606557378
    x67       mono67    -1             icup67    -0.0035211267605633804
    x67       mono68    1              icdown68  -0.0035211267605633804
    x68       obj       -0.01904871854075271   tail68    -0.06762295081967212
    x68       mono68    -1             icup68    -0.0035211267605633804
    x68       mono69    1              icdown69  -0.0035211267605633804
    x69       obj       -0.0016072356268760103   tail69    -0.0056352459016393444
    x69       mono69    -1             icup69    -0.0035211267605633804
    x69       mono70    1              icdown70  -0.01056338028169014
    x70       obj       -0.0016667628723158624   tail70    -0.0056352459016393444
    x70       mono70    -1             icup70    -0.01056338028169014
    x70       mono71    1              icdown71  -0.0035211267605633804
    x71       obj       -0.035418711036712076   tail71    -0.11834016393442623
    x71       mono71    -1             icup71    -0.0035211267605633804
    x71       mono72    1              icdown72  -0.0035211267605633804
    x72       obj       -0.0017064477026090972   tail72    -0.0056352459016393444
    x72       mono72    -1             icup72    -0.0035211267605633804
    x72       mono73    1              icdown73  -0.0035211267605633804
    x73       obj       -0.005178870353267143   tail73    -0.01690573770491803
    x73       mono73    -1             icup73    -0.0035211267605633804
    x73       mono74    1              icdown74  -0.0035211267605633804
    x74       obj       -0.006984530131609328   tail74    -0.022540983606557378
    x74       mono74    -1             icup74    -0.0035211267605633804
    x74       mono75    1              icdown75  -0.0035211267605633804
    x75       obj       -0.003531949896097899   tail75    -0.011270491803278689
    x75       mono75    -1             icup75    -0.0035211267605633804
    x75       mono76    1              icdown76  -0.0035211267605633804
    x76       obj       -0.019643990995151236   tail76    -0.061987704918032786
    x76       mono76    -1             icup76    -0.0035211267605633804
    x76       mono77    1              icdown77  -0.0035211267605633804
    x77       obj       -0.0018056597783421844   tail77    -0.0056352459016393444
    x77       mono77    -1             icup77    -0.0035211267605633804
    x77       mono78    1              icdown78  -0.0035211267605633804
    x78       obj       -0.005476506580466404   tail78    -0.01690573770491803
    x78       mono78    -1             icup78    -0.0035211267605633804
    x78       mono79    1              icdown79  -0.0035211267605633804
    x79       obj       -0.003690689217270838   tail79    -0.011270491803278689
    x79       mono79    -1             icup79    -0.0035211267605633804
    x79       mono80    1              icdown80  -0.0035211267605633804
    x80       obj       -0.0018651870237820364   tail80    -0.0056352459016393444
    x80       mono80    -1             icup80    -0.0035211267605633804
    x80       mono81    1              icdown81  -0.0035211267605633804
    x81       obj       -0.0037700588778573083   tail81    -0.011270491803278689
    x81       mono81    -1             icup81    -0.0035211267605633804
    x81       mono82    1              icdown82  -0.0035211267605633804
    x82       obj       -0.0019048718540752715   tail82    -0.0056352459016393444
    x82       mono82    -1             icup82    -0.0035211267605633804
    x82       mono83    1              icdown83  -0.01056338028169014
    x83       obj       -0.00589319729854537   tail83    -0.01690573770491803
    x83       mono83    -1             icup83    -0.01056338028169014
    x83       mono84    1              icdown84  -0.0035211267605633804
    x84       obj       -0.15477083814361578   tail84    -0.4395491803278689
    x84       mono84    -1             icup84    -0.0035211267605633804
    x84       mono85    1              icdown85  -0.0035211267605633804
    x85       obj       -0.020040839298083583   tail85    -0.056352459016393436
    x85       mono85    -1             icup85    -0.0035211267605633804
    x85       mono86    1              icdown86  -0.0035211267605633804
    x86       obj       -0.004047852689909952   tail86    -0.011270491803278689
    x86       mono86    -1             icup86    -0.0035211267605633804
    x86       mono87    1              icdown87  -0.0035211267605633804
    x87       obj       -0.008175075040406373   tail87    -0.022540983606557378
    x87       mono87    -1             icup87    -0.0035211267605633804
    x87       mono88    1              icdown88  -0.0035211267605633804
    x88       obj       -0.008254444700992843   tail88    -0.022540983606557378
    x88       mono88    -1             icup88    -0.0035211267605633804
    x88       mono89    1              icdown89  -0.0035211267605633804
    x89       obj       -0.014584175132763796   tail89    -0.03944672131147541
    x89       mono89    -1             icup89    -0.0035211267605633804
    x89       mono90    1              icdown90  -0.0035211267605633804
    x90       obj       -0.0021032960055414455   tail90    -0.0056352459016393444
    x90       mono90    -1             icup90    -0.0035211267605633804
    x90       mono91    1              icdown91  -0.0035211267605633804
    x91       obj       -0.0021231384206880626   tail91    -0.0056352459016393444
    x91       mono91    -1             icup91    -0.0035211267605633804
    x91       mono92    1              icdown92  -0.0035211267605633804
    x92       obj       -0.00214298083583468   tail92    -0.0056352459016393444
    x92       mono92    -1             icup92    -0.0035211267605633804
    x92       mono93    1              icdown93  -0.0035211267605633804
    x93       obj       -0.0021628232509812973   tail93    -0.0056352459016393444
    x93       mono93    -1             icup93    -0.0035211267605633804
    x93       mono94    1              icdown94  -0.0035211267605633804
    x94       obj       -0.045835978988686216   tail94    -0.11834016393442623
    x94       mono94    -1             icup94    -0.0035211267605633804
    x94       mono95    1              icdown95  -0.0035211267605633804
    x95       obj       -0.00881003232509813   tail95    -0.022540983606557378
    x95       mono95    -1             icup95    -0.0035211267605633804
    x95       mono96    1              icdown96  -0.0035211267605633804
    x96       obj       -0.0044447009928423   tail96    -0.011270491803278689
    x96       mono96    -1             icup96    -0.0035211267605633804
    x96       mono97    1              icdown97  -0.0035211267605633804
    x97       obj       -0.006726578734703301   tail97    -0.01690573770491803
    x97       mono97    -1             icup97    -0.0035211267605633804
    x97       mono98    1              icdown98  -0.007042253521126761
    x98       obj       -0.031946288386054025   tail98    -0.07889344262295082
    x98       mono98    -1             icup98    -0.007042253521126761
    x98       mono99    1              icdown99  -0.01056338028169014
    x99       obj       -0.0023414049873008544   tail99    -0.0056352459016393444
    x99       mono99    -1             icup99    -0.01056338028169014
    x99       mono100   1              icdown100  -0.007042253521126761
    x100      obj       -0.05238397598706996   tail100   -0.12397540983606557
    x100      mono100   -1             icup100   -0.007042253521126761
    x100      mono101   1              icdown101  -0.0035211267605633804
    x101      obj       -0.009603728930962827   tail101   -0.022540983606557378
    x101      mono101   -1             icup101   -0.0035211267605633804
    x101      mono102   1              icdown102  -0.007042253521126761
    x102      obj       -0.004881234126067883   tail102   -0.011270491803278689
    x102      mono102   -1             icup102   -0.007042253521126761
    x102      mono103   1              icdown103  -0.007042253521126761
    x103      obj       -0.07440905679981528   tail103   -0.16905737704918034
    x103      mono103   -1             icup103   -0.007042253521126761
    x103      mono104   1              icdown104  -0.0035211267605633804
    x104      obj       -0.012500721542368967   tail104   -0.028176229508196718
    x104      mono104   -1             icup104   -0.0035211267605633804
    x104      mono105   1              icdown105  -0.01056338028169014
    x105      obj       -0.0025596715539136458   tail105   -0.0056352459016393444
    x105      mono105   -1             icup105   -0.01056338028169014
    x105      mono106   1              icdown106  -0.0035211267605633804
    x106      obj       -0.049010765412144996   tail106   -0.10706967213114754
    x106      mono106   -1             icup106   -0.0035211267605633804
    x106      mono107   1              icdown107  -0.0035211267605633804
    x107      obj       -0.010397425536827522   tail107   -0.022540983606557378
    x107      mono107   -1             icup107   -0.0035211267605633804
    x107      mono108   1              icdown108  -0.0035211267605633804
    x108      obj       -0.0026191987993534984   tail108   -0.0056352459016393444
    x108      mono108   -1             icup108   -0.0035211267605633804
    x108      mono109   1              icdown109  -0.0035211267605633804
    x109      obj       -0.007917123643500345   tail109   -0.01690573770491803
    x109      mono109   -1             icup109   -0.0035211267605633804
    x109      mono110   1              icdown110  -0.007042253521126761
    x110      obj       -0.037502164627106906   tail110   -0.07889344262295082
    x110      mono110   -1             icup110   -0.007042253521126761
    x110      mono111   1              icdown111  -0.0035211267605633804
    x111      obj       -0.013492842299699836   tail111   -0.028176229508196718
    x111      mono111   -1             icup111   -0.0035211267605633804
    x111      mono112   1              icdown112  -0.0035211267605633804
    x112      obj       -0.002718410875086585   tail112   -0.0056352459016393444
    x112      mono112   -1             icup112   -0.0035211267605633804
    x112      mono113   1              icdown113  -0.007042253521126761
    x113      obj       -0.00275809570537982   tail113   -0.0056352459016393444
    x113      mono113   -1             icup113   -0.007042253521126761
    x113      mono114   1              icdown114  -0.0035211267605633804
    x114      obj       -0.06111463865158163   tail114   -0.12397540983606557
    x114      mono114   -1             icup114   -0.0035211267605633804
    x114      mono115   1              icdown115  -0.0035211267605633804
    x115      obj       -0.008393341607019163   tail115   -0.01690573770491803
    x115      mono115   -1             icup115   -0.0035211267605633804
    x115      mono116   1              icdown116  -0.0035211267605633804
    x116      obj       -0.0028176229508196722   tail116   -0.0056352459016393444
    x116      mono116   -1             icup116   -0.0035211267605633804
    x116      mono117   1              icdown117  -0.01056338028169014
    x117      obj       -0.017262901177557147   tail117   -0.03381147540983606
    x117      mono117   -1             icup117   -0.01056338028169014
    x117      mono118   1              icdown118  -0.007042253521126761
    x118      obj       -0.0029168350265527596   tail118   -0.0056352459016393444
    x118      mono118   -1             icup118   -0.007042253521126761
    x118      mono119   1              icdown119  -0.0035211267605633804
    x119      obj       -0.0029366774416993767   tail119   -0.0056352459016393444
    x119      mono119   -1             icup119   -0.0035211267605633804
    x119      mono120   1              icdown120  -0.0035211267605633804
    x120      obj       -0.0059130397136919885   tail120   -0.011270491803278689
    x120      mono120   -1             icup120   -0.0035211267605633804
    x120      mono121   1              icdown121  -0.0035211267605633804
    x121      obj       -0.22322717039944587   tail121   -0.42264344262295084
    x121      mono121   -1             icup121   -0.0035211267605633804
    x121      mono122   1              icdown122  -0.0035211267605633804
    x122      obj       -0.029962046871392287   tail122   -0.056352459016393436
    x122      mono122   -1             icup122   -0.0035211267605633804
    x122      mono123   1              icdown123  -0.0035211267605633804
    x123      obj       -0.009048141306857537   tail123   -0.01690573770491803
    x123      mono123   -1             icup123   -0.0035211267605633804
    x123      mono124   1              icdown124  -0.0035211267605633804
    x124      obj       -0.00910766855229739   tail124   -0.01690573770491803
    x124      mono124   -1             icup124   -0.0035211267605633804
    x124      mono125   1              icdown125  -0.0035211267605633804
    x125      obj       -0.003055731932579081   tail125   -0.0056352459016393444
    x125      mono125   -1             icup125   -0.0035211267605633804
    x125      mono126   1              icdown126  -0.0035211267605633804
    x126      obj       -0.04305804086815978   tail126   -0.07889344262295082
    x126      mono126   -1             icup126   -0.0035211267605633804
    x126      mono127   1              icdown127  -0.0035211267605633804
    x127      obj       -0.021667917340106212   tail127   -0.03944672131147541
    x127      mono127   -1             icup127   -0.0035211267605633804
    x127      mono128   1              icdown128  -0.0035211267605633804
    x128      obj       -0.009345777534056798   tail128   -0.01690573770491803
    x128      mono128   -1             icup128   -0.0035211267605633804
    x128      mono129   1              icdown129  -0.0035211267605633804
    x129      obj       -0.01567550796582775   tail129   -0.028176229508196718
    x129      mono129   -1             icup129   -0.0035211267605633804
    x129      mono130   1              icdown130  -0.0035211267605633804
    x130      obj       -0.009464832024936504   tail130   -0.01690573770491803
    x130      mono130   -1             icup130   -0.0035211267605633804
    x130      mono131   1              icdown131  -0.0035211267605633804
    x131      obj       -0.07619487416301084   tail131   -0.13524590163934425
    x131      mono131   -1             icup131   -0.0035211267605633804
    x131      mono132   1              icdown132  -0.0035211267605633804
    x132      obj       -0.006389257677210805   tail132   -0.011270491803278689
    x132      mono132   -1             icup132   -0.0035211267605633804
    x132      mono133   1              icdown133  -0.0035211267605633804
    x133      obj       -0.0032144712537520207   tail133   -0.0056352459016393444
    x133      mono133   -1             icup133   -0.0035211267605633804
    x133      mono134   1              icdown134  -0.0035211267605633804
    x134      obj       -0.003234313668898638   tail134   -0.0056352459016393444
    x134      mono134   -1             icup134   -0.0035211267605633804
    x134      mono135   1              icdown135  -0.007042253521126761
    x135      obj       -0.06220597148464558   tail135   -0.10706967213114754
    x135      mono135   -1             icup135   -0.007042253521126761
    x135      mono136   1              icdown136  -0.0035211267605633804
    x136      obj       -0.00658768182867698   tail136   -0.011270491803278689
    x136      mono136   -1             icup136   -0.0035211267605633804
    x136      mono137   1              icdown137  -0.0035211267605633804
    x137      obj       -0.006627366658970215   tail137   -0.011270491803278689
    x137      mono137   -1             icup137   -0.0035211267605633804
    x137      mono138   1              icdown138  -0.0035211267605633804
    x138      obj       -0.0033335257446317247   tail138   -0.0056352459016393444
    x138      mono138   -1             icup138   -0.0035211267605633804
    x138      mono139   1              icdown139  -0.007042253521126761
    x139      obj       -0.09782310667282382   tail139   -0.16342213114754098
    x139      mono139   -1             icup139   -0.007042253521126761
    x139      mono140   1              icdown140  -0.0035211267605633804
    x140      obj       -0.01017915897021473   tail140   -0.01690573770491803
    x140      mono140   -1             icup140   -0.0035211267605633804
    x140      mono141   1              icdown141  -0.0035211267605633804
    x141      obj       -0.006825790810436389   tail141   -0.011270491803278689
    x141      mono141   -1             icup141   -0.0035211267605633804
    x141      mono142   1              icdown142  -0.0035211267605633804
    x142      obj       -0.010298213461094434   tail142   -0.01690573770491803
    x142      mono142   -1             icup142   -0.0035211267605633804
    x142      mono143   1              icdown143  -0.007042253521126761
    x143      obj       -0.19445566843685064   tail143   -0.3155737704918033
    x143      mono143   -1             icup143   -0.007042253521126761
    x143      mono144   1              icdown144  -0.0035211267605633804
    x144      obj       -0.013969060263218655   tail144   -0.022540983606557378
    x144      mono144   -1             icup144   -0.0035211267605633804
    x144      mono145   1              icdown145  -0.0035211267605633804
    x145      obj       -0.007024214961902564   tail145   -0.011270491803278689
    x145      mono145   -1             icup145   -0.0035211267605633804
    x145      mono146   1              icdown146  -0.0035211267605633804
    x146      obj       -0.02825559916878319   tail146   -0.045081967213114756
    x146      mono146   -1             icup146   -0.0035211267605633804
    x146      mono147   1              icdown147  -0.0035211267605633804
    x147      obj       -0.0035517923112445165   tail147   -0.0056352459016393444
    x147      mono147   -1             icup147   -0.0035211267605633804
    x147      mono148   1              icdown148  -0.0035211267605633804
    x148      obj       -0.11072067651812514   tail148   -0.17469262295081966
    x148      mono148   -1             icup148   -0.0035211267605633804
    x148      mono149   1              icdown149  -0.0035211267605633804
    x149      obj       -0.010774431424613252   tail149   -0.01690573770491803
    x149      mono149   -1             icup149   -0.0035211267605633804
    x149      mono150   1              icdown150  -0.0035211267605633804
    x150      obj       -0.0036113195566843687   tail150   -0.0056352459016393444
    x150      mono150   -1             icup150   -0.0035211267605633804
    x150      mono151   1              icdown151  -0.0035211267605633804
    x151      obj       -0.02178697183098591   tail151   -0.03381147540983606
    x151      mono151   -1             icup151   -0.0035211267605633804
    x151      mono152   1              icdown152  -0.007042253521126761
    x152      obj       -0.08810032325098129   tail152   -0.13524590163934425
    x152      mono152   -1             icup152   -0.007042253521126761
    x152      mono153   1              icdown153  -0.0035211267605633804
    x153      obj       -0.011072067651812512   tail153   -0.01690573770491803
    x153      mono153   -1             icup153   -0.0035211267605633804
    x153      mono154   1              icdown154  -0.0035211267605633804
    x154      obj       -0.02597372142692219   tail154   -0.03944672131147541
    x154      mono154   -1             icup154   -0.0035211267605633804
    x154      mono155   1              icdown155  -0.0035211267605633804
    x155      obj       -0.03730374047564073   tail155   -0.056352459016393436
    x155      mono155   -1             icup155   -0.0035211267605633804
    x155      mono156   1              icdown156  -0.0035211267605633804
    x156      obj       -0.0075004329254213815   tail156   -0.011270491803278689
    x156      mono156   -1             icup156   -0.0035211267605633804
    x156      mono157   1              icdown157  -0.0035211267605633804
    x157      obj       -0.12818200184714845   tail157   -0.19159836065573768
    x157      mono157   -1             icup157   -0.0035211267605633804
    x157      mono158   1              icdown158  -0.0035211267605633804
    x158      obj       -0.0037899012930039254   tail158   -0.0056352459016393444
    x158      mono158   -1             icup158   -0.0035211267605633804
    x158      mono159   1              icdown159  -0.0035211267605633804
    x159      obj       -0.01904871854075271   tail159   -0.028176229508196718
    x159      mono159   -1             icup159   -0.0035211267605633804
    x159      mono160   1              icdown160  -0.0035211267605633804
    x160      obj       -0.019147930616485797   tail160   -0.028176229508196718
    x160      mono160   -1             icup160   -0.0035211267605633804
    x160      mono161   1              icdown161  -0.0035211267605633804
    x161      obj       -0.007698857076887555   tail161   -0.011270491803278689
    x161      mono161   -1             icup161   -0.0035211267605633804
    x161      mono162   1              icdown162  -0.0035211267605633804
    x162      obj       -0.07351614811821751   tail162   -0.10706967213114754
    x162      mono162   -1             icup162   -0.0035211267605633804
    x162      mono163   1              icdown163  -0.0035211267605633804
    x163      obj       -0.0038891133687370123   tail163   -0.0056352459016393444
    x163      mono163   -1             icup163   -0.0035211267605633804
    x163      mono164   1              icdown164  -0.0035211267605633804
    x164      obj       -0.011726867351650887   tail164   -0.01690573770491803
    x164      mono164   -1             icup164   -0.0035211267605633804
    x164      mono165   1              icdown165  -0.0035211267605633804
    x165      obj       -0.01178639459709074   tail165   -0.01690573770491803
    x165      mono165   -1             icup165   -0.0035211267605633804
    x165      mono166   1              icdown166  -0.0035211267605633804
    x166      obj       -0.015794562456707458   tail166   -0.022540983606557378
    x166      mono166   -1             icup166   -0.0035211267605633804
    x166      mono167   1              icdown167  -0.0035211267605633804
    x167      obj       -0.3651004386977603   tail167   -0.5184426229508197
    x167      mono167   -1             icup167   -0.0035211267605633804
    x167      mono168   1              icdown168  -0.0035211267605633804
    x168      obj       -0.023929952666820593   tail168   -0.03381147540983606
    x168      mono168   -1             icup168   -0.0035211267605633804
    x168      mono169   1              icdown169  -0.0035211267605633804
    x169      obj       -0.016032671438466865   tail169   -0.022540983606557378
    x169      mono169   -1             icup169   -0.0035211267605633804
    x169      mono170   1              icdown170  -0.0035211267605633804
    x170      obj       -0.07250418494574003   tail170   -0.1014344262295082
    x170      mono170   -1             icup170   -0.0035211267605633804
    x170      mono171   1              icdown171  -0.0035211267605633804
    x171      obj       -0.008095705379819905   tail171   -0.011270491803278689
    x171      mono171   -1             icup171   -0.0035211267605633804
    x171      mono172   1              icdown172  -0.0035211267605633804
    x172      obj       -0.10576007273147077   tail172   -0.14651639344262293
    x172      mono172   -1             icup172   -0.0035211267605633804
    x172      mono173   1              icdown173  -0.0035211267605633804
    x173      obj       -0.020437687601015928   tail173   -0.028176229508196718
    x173      mono173   -1             icup173   -0.0035211267605633804
    x173      mono174   1              icdown174  -0.0035211267605633804
    x174      obj       -0.004107379935349804   tail174   -0.0056352459016393444
    x174      mono174   -1             icup174   -0.0035211267605633804
    x174      mono175   1              icdown175  -0.0035211267605633804
    x175      obj       -0.07016277995843916   tail175   -0.09579918032786884
    x175      mono175   -1             icup175   -0.0035211267605633804
    x175      mono176   1              icdown176  -0.0035211267605633804
    x176      obj       -0.02073532382821519   tail176   -0.028176229508196718
    x176      mono176   -1             icup176   -0.0035211267605633804
    x176      mono177   1              icdown177  -0.0035211267605633804
    x177      obj       -0.18334391595474486   tail177   -0.24795081967213115
    x177      mono177   -1             icup177   -0.0035211267605633804
    x177      mono178   1              icdown178  -0.0035211267605633804
    x178      obj       -0.016746998383745094   tail178   -0.022540983606557378
    x178      mono178   -1             icup178   -0.0035211267605633804
    x178      mono179   1              icdown179  -0.0035211267605633804
    x179      obj       -0.004206592011082891   tail179   -0.0056352459016393444
    x179      mono179   -1             icup179   -0.0035211267605633804
    x179      mono180   1              icdown180  -0.0035211267605633804
    x180      obj       -0.02958504098360656   tail180   -0.03944672131147541
    x180      mono180   -1             icup180   -0.0035211267605633804
    x180      mono181   1              icdown181  -0.0035211267605633804
    x181      obj       -0.00849255368275225   tail181   -0.011270491803278689
    x181      mono181   -1             icup181   -0.0035211267605633804
    x181      mono182   1              icdown182  -0.0035211267605633804
    x182      obj       -0.1279835776956823   tail182   -0.16905737704918034
    x182      mono182   -1             icup182   -0.0035211267605633804
    x182      mono183   1              icdown183  -0.0035211267605633804
    x183      obj       -0.021429808358346798   tail183   -0.028176229508196718
    x183      mono183   -1             icup183   -0.0035211267605633804
    x183      mono184   1              icdown184  -0.0035211267605633804
    x184      obj       -0.008611608173631956   tail184   -0.011270491803278689
    x184      mono184   -1             icup184   -0.0035211267605633804
    x184      mono185   1              icdown185  -0.0035211267605633804
    x185      obj       -0.038930818517663356   tail185   -0.0507172131147541
    x185      mono185   -1             icup185   -0.0035211267605633804
    x185      mono186   1              icdown186  -0.0035211267605633804
    x186      obj       -0.013036466751327637   tail186   -0.01690573770491803
    x186      mono186   -1             icup186   -0.0035211267605633804
    x186      mono187   1              icdown187  -0.0035211267605633804
    x187      obj       -0.17461325329023317   tail187   -0.22540983606557374
    x187      mono187   -1             icup187   -0.0035211267605633804
    x187      mono188   1              icdown188  -0.0035211267605633804
    x188      obj       -0.004385173747402448   tail188   -0.0056352459016393444
    x188      mono188   -1             icup188   -0.0035211267605633804
    x188      mono189   1              icdown189  -0.0035211267605633804
    x189      obj       -0.02202508081274532   tail189   -0.028176229508196718
    x189      mono189   -1             icup189   -0.0035211267605633804
    x189      mono190   1              icdown190  -0.0035211267605633804
    x190      obj       -0.05752316151004387   tail190   -0.07325819672131147
    x190      mono190   -1             icup190   -0.0035211267605633804
    x190      mono191   1              icdown191  -0.0035211267605633804
    x191      obj       -0.0088894019856846   tail191   -0.011270491803278689
    x191      mono191   -1             icup191   -0.0035211267605633804
    x191      mono192   1              icdown192  -0.0035211267605633804
    x192      obj       -0.16965264950357886   tail192   -0.21413934426229508
    x192      mono192   -1             icup192   -0.0035211267605633804
    x192      mono193   1              icdown193  -0.0035211267605633804
    x193      obj       -0.04035947240821981   tail193   -0.0507172131147541
    x193      mono193   -1             icup193   -0.0035211267605633804
    x193      mono194   1              icdown194  -0.0035211267605633804
    x194      obj       -0.022521141191410757   tail194   -0.028176229508196718
    x194      mono194   -1             icup194   -0.0035211267605633804
    x194      mono195   1              icdown195  -0.0035211267605633804
    x195      obj       -0.09048141306857538   tail195   -0.11270491803278687
    x195      mono195   -1             icup195   -0.0035211267605633804
    x195      mono196   1              icdown196  -0.0035211267605633804
    x196      obj       -0.004543913068575387   tail196   -0.0056352459016393444
    x196      mono196   -1             icup196   -0.0035211267605633804
    x196      mono197   1              icdown197  -0.0035211267605633804
    x197      obj       -0.2053689967674902   tail197   -0.2535860655737705
    x197      mono197   -1             icup197   -0.0035211267605633804
    x197      mono198   1              icdown198  -0.0035211267605633804
    x198      obj       -0.018334391595474484   tail198   -0.022540983606557378
    x198      mono198   -1             icup198   -0.0035211267605633804
    x198      mono199   1              icdown199  -0.0035211267605633804
    x199      obj       -0.02762064188409143   tail199   -0.03381147540983606
    x199      mono199   -1             icup199   -0.0035211267605633804
    x199      mono200   1              icdown200  -0.0035211267605633804
    x200      obj       -0.09708893731239898   tail200   -0.11834016393442623
    x200      mono200   -1             icup200   -0.0035211267605633804
    x200      mono201   1              icdown201  -0.0035211267605633804
    x201      obj       -0.01392937543292542   tail201   -0.01690573770491803
    x201      mono201   -1             icup201   -0.0035211267605633804
    x201      mono202   1              icdown202  -0.0035211267605633804
    x202      obj       -0.08859638362964674   tail202   -0.10706967213114754
    x202      mono202   -1             icup202   -0.0035211267605633804
    x202      mono203   1              icdown203  -0.0035211267605633804
    x203      obj       -0.03277966982221196   tail203   -0.03944672131147541
    x203      mono203   -1             icup203   -0.0035211267605633804
    x203      mono204   1              icdown204  -0.0035211267605633804
    x204      obj       -0.004702652389748326   tail204   -0.0056352459016393444
    x204      mono204   -1             icup204   -0.0035211267605633804
    x204      mono205   1              icdown205  -0.0035211267605633804
    x205      obj       -0.09917239090279381   tail205   -0.11834016393442623
    x205      mono205   -1             icup205   -0.0035211267605633804
    x205      mono206   1              icdown206  -0.0035211267605633804
    x206      obj       -0.023711686100207803   tail206   -0.028176229508196718
    x206      mono206   -1             icup206   -0.0035211267605633804
    x206      mono207   1              icdown207  -0.0035211267605633804
    x207      obj       -0.15715192796120991   tail207   -0.18596311475409838
    x207      mono207   -1             icup207   -0.0035211267605633804
    x207      mono208   1              icdown208  -0.0035211267605633804
    x208      obj       -0.009564044100669591   tail208   -0.011270491803278689
    x208      mono208   -1             icup208   -0.0035211267605633804
    x208      mono209   1              icdown209  -0.0035211267605633804
    x209      obj       -0.009603728930962827   tail209   -0.011270491803278689
    x209      mono209   -1             icup209   -0.0035211267605633804
    x209      mono210   1              icdown210  -0.0035211267605633804
    x210      obj       -0.057860482567536356   tail210   -0.06762295081967212
    x210      mono210   -1             icup210   -0.0035211267605633804
    x210      mono211   1              icdown211  -0.0035211267605633804
    x211      obj       -0.0048415492957746475   tail211   -0.0056352459016393444
    x211      mono211   -1             icup211   -0.0035211267605633804
    x211      mono212   1              icdown212  -0.0035211267605633804
    x212      obj       -0.08750505079658279   tail212   -0.1014344262295082
    x212      mono212   -1             icup212   -0.0035211267605633804
    x212      mono213   1              icdown213  -0.01056338028169014
    x213      obj       -0.03936735165088894   tail213   -0.045081967213114756
    x213      mono213   -1             icup213   -0.01056338028169014
    x213      mono214   1              icdown214  -0.007042253521126761
    x214      obj       -0.12897569845301313   tail214   -0.14651639344262293
    x214      mono214   -1             icup214   -0.007042253521126761
    x214      mono215   1              icdown215  -0.0035211267605633804
    x215      obj       -0.014941338605402909   tail215   -0.01690573770491803
    x215      mono215   -1             icup215   -0.0035211267605633804
    x215      mono216   1              icdown216  -0.007042253521126761
    x216      obj       -0.01004026206418841   tail216   -0.011270491803278689
    x216      mono216   -1             icup216   -0.007042253521126761
    x216      mono217   1              icdown217  -0.007042253521126761
    x217      obj       -0.08095705379819904   tail217   -0.09016393442622951
    x217      mono217   -1             icup217   -0.007042253521126761
    x217      mono218   1              icdown218  -0.0035211267605633804
    x218      obj       -0.005079658277534057   tail218   -0.0056352459016393444
    x218      mono218   -1             icup218   -0.0035211267605633804
    x218      mono219   1              icdown219  -0.014084507042253521
    x219      obj       -0.036113195566843684   tail219   -0.03944672131147541
    x219      mono219   -1             icup219   -0.014084507042253521
    x219      mono220   1              icdown220  -0.0035211267605633804
    x220      obj       -0.005178870353267144   tail220   -0.0056352459016393444
    x220      mono220   -1             icup220   -0.0035211267605633804
    x220      mono221   1              icdown221  -0.0035211267605633804
    x221      obj       -0.010397425536827522   tail221   -0.011270491803278689
    x221      mono221   -1             icup221   -0.0035211267605633804
    x221      mono222   1              icdown222  -0.0035211267605633804
    x222      obj       -0.005218555183560378   tail222   -0.0056352459016393444
    x222      mono222   -1             icup222   -0.0035211267605633804
    x222      mono223   1              icdown223  -0.007042253521126761
    x223      obj       -0.015774720041560837   tail223   -0.01690573770491803
    x223      mono223   -1             icup223   -0.007042253521126761
    x223      mono224   1              icdown224  -0.028169014084507043
    x224      obj       -0.005416979335026553   tail224   -0.0056352459016393444
    x224      mono224   -1             icup224   -0.028169014084507043
    x224      mono225   1              icdown225  -0.007042253521126761
    x225      obj       -0.010913328330639575   tail225   -0.011270491803278689
    x225      mono225   -1             icup225   -0.007042253521126761
    x225      mono226   1              icdown226  -0.017605633802816902
    x226      obj       -0.01111175248210575   tail226   -0.011270491803278689
    x226      mono226   -1             icup226   -0.017605633802816902
    x226      mono227   1              icdown227  -0.0035211267605633804
    x227      obj       -0.005575718656199493   tail227   -0.0056352459016393444
    x227      mono227   -1             icup227   -0.0035211267605633804
    x227      mono228   1              icdown228  -0.01056338028169014
    x228      obj       -0.0056352459016393444   tail228   -0.0056352459016393444
    x228      mono228   -1             icup228   -0.01056338028169014
    u1        icdown2   -1             icup2     -1
    u1        nosubsidy  1
    u2        icdown2   1              icup2     1
    u2        icdown3   -1             icup3     -1
    u3        icdown3   1              icup3     1
    u3        icdown4   -1             icup4     -1
    u4        icdown4   1              icup4     1
    u4        icdown5   -1             icup5     -1
    u5        icdown5   1              icup5     1
    u5        icdown6   -1             icup6     -1
    u6        icdown6   1              icup6     1
    u6        icdown7   -1             icup7     -1
    u7        icdown7   1              icup7     1
    u7        icdown8   -1             icup8     -1
    u8        icdown8   1              icup8     1
    u8        icdown9   -1             icup9     -1
    u9        icdown9   1              icup9     1
    u9        icdown10  -1             icup10    -1
    u10       icdown10  1              icup10    1
    u10       icdown11  -1             icup11    -1
    u11       icdown11  1              icup11    1
    u11       icdown12  -1             icup12    -1
    u12       icdown12  1              icup12    1
    u12       icdown13  -1             icup13    -1
    u13       icdown13  1              icup13    1
    u13       icdown14  -1             icup14    -1
    u14       icdown14  1              icup14    1
    u14       icdown15  -1             icup15    -1
    u15       icdown15  1              icup15    1
    u15       icdown16  -1             icup16    -1
    u16       icdown16  1              icup16    1
    u16       icdown17  -1             icup17    -1
    u17       icdown17  1              icup17    1
    u17       icdown18  -1             icup18    -1
    u18       icdown18  1              icup18    1
    u18       icdown19  -1             icup19    -1
    u19       icdown19  1              icup19    1
    u19       icdown20  -1             icup20    -1
    u20       icdown20  1              icup20    1
    u20       icdown21  -1             icup21    -1
    u21       icdown21  1              icup21    1
    u21       icdown22  -1             icup22    -1
    u22       icdown22  1              icup22    1
    u22       icdown23  -1             icup23    -1
    u23       icdown23  1              icup23    1
    u23       icdown24  -1             icup24    -1
    u24       icdown24  1              icup24    1
    u24       icdown25  -1             icup25    -1
    u25       icdown25  1              icup25    1
    u25       icdown26  -1             icup26    -1
    u26       icdown26  1              icup26    1
    u26       icdown27  -1             icup27    -1
    u27       icdown27  1              icup27    1
    u27       icdown28  -1             icup28    -1
    u28       icdown28  1              icup28    1
    u28       icdown29  -1             icup29    -1
    u29       icdown29  1              icup29    1
    u29       icdown30  -1             icup30    -1
    u30       icdown30  1              icup30    1
    u30       icdown31  -1             icup31    -1
    u31       icdown31  1              icup31    1
    u31       icdown32  -1             icup32    -1
    u32       icdown32  1              icup32    1
    u32       icdown33  -1             icup33    -1
    u33       icdown33  1              icup33    1
    u33       icdown34  -1             icup34    -1
    u34       icdown34  1              icup34    1
    u34       icdown35  -1             icup35    -1
    u35       icdown35  1              icup35    1
    u35       icdown36  -1             icup36    -1
    u36       icdown36  1              icup36    1
    u36       icdown37  -1             icup37    -1
    u37       icdown37  1              icup37    1
    u37       icdown38  -1             icup38    -1
    u38       icdown38  1              icup38    1
    u38       icdown39  -1             icup39    -1
    u39       icdown39  1              icup39    1
    u39       icdown40  -1             icup40    -1
    u40       icdown40  1              icup40    1
    u40       icdown41  -1             icup41    -1
    u41       icdown41  1              icup41    1
    u41       icdown42  -1             icup42    -1
    u42       icdown42  1              icup42    1
    u42       icdown43  -1             icup43    -1
    u43       icdown43  1              icup43    1
    u43       icdown44  -1             icup44    -1
    u44       icdown44  1              icup44    1
    u44       icdown45  -1             icup45    -1
    u45       icdown45  1              icup45    1
    u45       icdown46  -1             icup46    -1
    u46       icdown46  1              icup46    1
    u46       icdown47  -1             icup47    -1
    u47       icdown47  1              icup47    1
    u47       icdown48  -1             icup48    -1
    u48       icdown48  1              icup48    1
    u48       icdown49  -1             icup49    -1
    u49       icdown49  1              icup49    1
    u49       icdown50  -1             icup50    -1
    u50       icdown50  1              icup50    1
    u50       icdown51  -1             icup51    -1
    u51       icdown51  1              icup51    1
    u51       icdown52  -1             icup52    -1
    u52       icdown52  1              icup52    1
    u52       icdown53  -1             icup53    -1
    u53       icdown53  1              icup53    1
    u53       icdown54  -1             icup54    -1
    u54       icdown54  1              icup54    1
    u54       icdown55  -1             icup55    -1
    u55       icdown55  1              icup55    1
    u55       icdown56  -1             icup56    -1
    u56       icdown56  1              icup56    1
    u56       icdown57  -1             icup57    -1
    u57       icdown57  1              icup57    1
    u57       icdown58  -1             icup58    -1
    u58       icdown58  1              icup58    1
    u58       icdown59  -1             icup59    -1
    u59       icdown59  1              icup59    1
    u59       icdown60  -1             icup60    -1
    u60       icdown60  1              icup60    1
    u60       icdown61  -1             icup61    -1
    u61       icdown61  1              icup61    1
    u61       icdown62  -1             icup62    -1
    u62       icdown62  1              icup62    1
    u62       icdown63  -1             icup63    -1
    u63       icdown63  1              icup63    1
    u63       icdown64  -1             icup64    -1
    u64       icdown64  1              icup64    1
    u64       icdown65  -1             icup65    -1
    u65       icdown65  1              icup65    1
    u65       icdown66  -1             icup66    -1
    u66       icdown66  1              icup66    1
    u66       icdown67  -1             icup67    -1
    u67       icdown67  1              icup67    1
    u67       icdown68  -1             icup68    -1
    u68       icdown68  1              icup68    1
    u68       icdown69  -1             icup69    -1
    u69       icdown69  1              icup69    1
    u69       icdown70  -1             icup70    -1
    u70       icdown70  1              icup70    1
    u70       icdown71  -1             icup71    -1
    u71       icdown71  1              icup71    1
    u71       icdown72  -1             icup72    -1
    u72       icdown72  1              icup72    1
    u72       icdown73  -1             icup73    -1
    u73       icdown73  1              icup73    1
    u73       icdown74  -1             icup74    -1
    u74       icdown74  1              icup74    1
    u74       icdown75  -1             icup75    -1
    u75       icdown75  1              icup75    1
    u75       icdown76  -1             icup76    -1
    u76       icdown76  1              icup76    1
    u76       icdown77  -1             icup77    -1
    u77       icdown77  1              icup77    1
    u77       icdown78  -1             icup78    -1
    u78       icdown78  1              icup78    1
    u78       icdown79  -1             icup79    -1
    u79       icdown79  1              icup79    1
    u79       icdown80  -1             icup80    -1
    u80       icdown80  1              icup80    1
    u80       icdown81  -1             icup81    -1
    u81       icdown81  1              icup81    1
    u81       icdown82  -1             icup82    -1
    u82       icdown82  1              icup82    1
    u82       icdown83  -1             icup83    -1
    u83       icdown83  1              icup83    1
    u83       icdown84  -1             icup84    -1
    u84       icdown84  1              icup84    1
    u84       icdown85  -1             icup85    -1
    u85       icdown85  1              icup85    1
    u85       icdown86  -1             icup86    -1
    u86       icdown86  1              icup86    1
    u86       icdown87  -1             icup87    -1
    u87       icdown87  1              icup87    1
    u87       icdown88  -1             icup88    -1
    u88       icdown88  1              icup88    1
    u88       icdown89  -1             icup89    -1
    u89       icdown89  1              icup89    1
    u89       icdown90  -1             icup90    -1
    u90       icdown90  1              icup90    1
    u90       icdown91  -1             icup91    -1
    u91       icdown91  1              icup91    1
    u91       icdown92  -1             icup92    -1
    u92       icdown92  1              icup92    1
    u92       icdown93  -1             icup93    -1
    u93       icdown93  1              icup93    1
    u93       icdown94  -1             icup94    -1
    u94       icdown94  1              icup94    1
    u94       icdown95  -1             icup95    -1
    u95       icdown95  1              icup95    1
    u95       icdown96  -1             icup96    -1
    u96       icdown96  1              icup96    1
    u96       icdown97  -1             icup97    -1
    u97       icdown97  1              icup97    1
    u97       icdown98  -1             icup98    -1
    u98       icdown98  1              icup98    1
    u98       icdown99  -1             icup99    -1
    u99       icdown99  1              icup99    1
    u99       icdown100  -1             icup100   -1
    u100      icdown100  1              icup100   1
    u100      icdown101  -1             icup101   -1
    u101      icdown101  1              icup101   1
    u101      icdown102  -1             icup102   -1
    u102      icdown102  1              icup102   1
    u102      icdown103  -1             icup103   -1
    u103      icdown103  1              icup103   1
    u103      icdown104  -1             icup104   -1
    u104      icdown104  1              icup104   1
    u104      icdown105  -1             icup105   -1
    u105      icdown105  1              icup105   1
    u105      icdown106  -1             icup106   -1
    u106      icdown106  1              icup106   1
    u106      icdown107  -1             icup107   -1
    u107      icdown107  1              icup107   1
    u107      icdown108  -1             icup108   -1
    u108      icdown108  1              icup108   1
    u108      icdown109  -1             icup109   -1
    u109      icdown109  1              icup109   1
    u109      icdown110  -1             icup110   -1
    u110      icdown110  1              icup110   1
    u110      icdown111  -1             icup111   -1
    u111      icdown111  1              icup111   1
    u111      icdown112  -1             icup112   -1
    u112      icdown112  1              icup112   1
    u112      icdown113  -1             icup113   -1
    u113      icdown113  1              icup113   1
    u113      icdown114  -1             icup114   -1
    u114      icdown114  1              icup114   1
    u114      icdown115  -1             icup115   -1
    u115      icdown115  1              icup115   1
    u115      icdown116  -1             icup116   -1
    u116      icdown116  1              icup116   1
    u116      icdown117  -1             icup117   -1
    u117      icdown117  1              icup117   1
    u117      icdown118  -1             icup118   -1
    u118      icdown118  1              icup118   1
    u118      icdown119  -1             icup119   -1
    u119      icdown119  1              icup119   1
    u119      icdown120  -1             icup120   -1
    u120      icdown120  1              icup120   1
    u120      icdown121  -1             icup121   -1
    u121      icdown121  1              icup121   1
    u121      icdown122  -1             icup122   -1
    u122      icdown122  1              icup122   1
    u122      icdown123  -1             icup123   -1
    u123      icdown123  1              icup123   1
    u123      icdown124  -1             icup124   -1
    u124      icdown124  1              icup124   1
    u124      icdown125  -1             icup125   -1
    u125      icdown125  1              icup125   1
    u125      icdown126  -1             icup126   -1
    u126      icdown126  1              icup126   1
    u126      icdown127  -1             icup127   -1
    u127      icdown127  1              icup127   1
    u127      icdown128  -1             icup128   -1
    u128      icdown128  1              icup128   1
    u128      icdown129  -1             icup129   -1
    u129      icdown129  1              icup129   1
    u129      icdown130  -1             icup130   -1
    u130      icdown130  1              icup130   1
    u130      icdown131  -1             icup131   -1
    u131      icdown131  1              icup131   1
    u131      icdown132  -1             icup132   -1
    u132      icdown132  1              icup132   1
    u132      icdown133  -1             icup133   -1
    u133      icdown133  1              icup133   1
    u133      icdown134  -1             icup134   -1
    u134      icdown134  1              icup134   1
    u134      icdown135  -1             icup135   -1
    u135      icdown135  1              icup135   1
    u135      icdown136  -1             icup136   -1
    u136      icdown136  1              icup136   1
    u136      icdown137  -1             icup137   -1
    u137      icdown137  1              icup137   1
    u137      icdown138  -1             icup138   -1
    u138      icdown138  1              icup138   1
    u138      icdown139  -1             icup139   -1
    u139      icdown139  1              icup139   1
    u139      icdown140  -1             icup140   -1
    u140      icdown140  1              icup140   1
    u140      icdown141  -1             icup141   -1
    u141      icdown141  1              icup141   1
    u141      icdown142  -1             icup142   -1
    u142      icdown142  1              icup142   1
    u142      icdown143  -1             icup143   -1
    u143      icdown143  1              icup143   1
    u143      icdown144  -1             icup144   -1
    u144      icdown144  1              icup144   1
    u144      icdown145  -1             icup145   -1
    u145      icdown145  1              icup145   1
    u145      icdown146  -1             icup146   -1
    u146      icdown146  1              icup146   1
    u146      icdown147  -1             icup147   -1
    u147      icdown147  1              icup147   1
    u147      icdown148  -1             icup148   -1
    u148      icdown148  1              icup148   1
    u148      icdown149  -1             icup149   -1
    u149      icdown149  1              icup149   1
    u149      icdown150  -1             icup150   -1
    u150      icdown150  1              icup150   1
    u150      icdown151  -1             icup151   -1
    u151      icdown151  1              icup151   1
    u151      icdown152  -1             icup152   -1
    u152      icdown152  1              icup152   1
    u152      icdown153  -1             icup153   -1
    u153      icdown153  1              icup153   1
    u153      icdown154  -1             icup154   -1
    u154      icdown154  1              icup154   1
    u154      icdown155  -1             icup155   -1
    u155      icdown155  1              icup155   1
    u155      icdown156  -1             icup156   -1
    u156      icdown156  1              icup156   1
    u156      icdown157  -1             icup157   -1
    u157      icdown157  1              icup157   1
    u157      icdown158  -1             icup158   -1
    u158      icdown158  1              icup158   1
    u158      icdown159  -1             icup159   -1
    u159      icdown159  1              icup159   1
    u159      icdown160  -1             icup160   -1
    u160      icdown160  1              icup160   1
    u160      icdown161  -1             icup161   -1
    u161      icdown161  1              icup161   1
    u161      icdown162  -1             icup162   -1
    u162      icdown162  1              icup162   1
    u162      icdown163  -1             icup163   -1
    u163      icdown163  1              icup163   1
    u163      icdown164  -1             icup164   -1
    u164      icdown164  1              icup164   1
    u164      icdown165  -1             icup165   -1
    u165      icdown165  1              icup165   1
    u165      icdown166  -1             icup166   -1
    u166      icdown166  1              icup166   1
    u166      icdown167  -1             icup167   -1
    u167      icdown167  1              icup167   1
    u167      icdown168  -1             icup168   -1
    u168      icdown168  1              icup168   1
    u168      icdown169  -1             icup169   -1
    u169      icdown169  1              icup169   1
    u169      icdown170  -1             icup170   -1
    u170      icdown170  1              icup170   1
    u170      icdown171  -1             icup171   -1
    u171      icdown171  1              icup171   1
    u171      icdown172  -1             icup172   -1
    u172      icdown172  1              icup172   1
    u172      icdown173  -1             icup173   -1
    u173      icdown173  1              icup173   1
    u173      icdown174  -1             icup174   -1
    u174      icdown174  1              icup174   1
    u174      icdown175  -1             icup175   -1
    u175      icdown175  1              icup175   1
    u175      icdown176  -1             icup176   -1
    u176      icdown176  1              icup176   1
    u176      icdown177  -1             icup177   -1
    u177      icdown177  1              icup177   1
    u177      icdown178  -1             icup178   -1
    u178      icdown178  1              icup178   1
    u178      icdown179  -1             icup179   -1
    u179      icdown179  1              icup179   1
    u179      icdown180  -1             icup180   -1
    u180      icdown180  1              icup180   1
    u180      icdown181  -1             icup181   -1
    u181      icdown181  1              icup181   1
    u181      icdown182  -1             icup182   -1
    u182      icdown182  1              icup182   1
    u182      icdown183  -1             icup183   -1
    u183      icdown183  1              icup183   1
    u183      icdown184  -1             icup184   -1
    u184      icdown184  1              icup184   1
    u184      icdown185  -1             icup185   -1
    u185      icdown185  1              icup185   1
    u185      icdown186  -1             icup186   -1
    u186      icdown186  1              icup186   1
    u186      icdown187  -1             icup187   -1
    u187      icdown187  1              icup187   1
    u187      icdown188  -1             icup188   -1
    u188      icdown188  1              icup188   1
    u188      icdown189  -1             icup189   -1
    u189      icdown189  1              icup189   1
    u189      icdown190  -1             icup190   -1
    u190      icdown190  1              icup190   1
    u190      icdown191  -1             icup191   -1
    u191      icdown191  1              icup191   1
    u191      icdown192  -1             icup192   -1
    u192      icdown192  1              icup192   1
    u192      icdown193  -1             icup193   -1
    u193      icdown193  1              icup193   1
    u193      icdown194  -1             icup194   -1
    u194      icdown194  1              icup194   1
    u194      icdown195  -1             icup195   -1
    u195      icdown195  1              icup195   1
    u195      icdown196  -1             icup196   -1
    u196      icdown196  1              icup196   1
    u196      icdown197  -1             icup197   -1
    u197      icdown197  1              icup197   1
    u197      icdown198  -1             icup198   -1
    u198      icdown198  1              icup198   1
    u198      icdown199  -1             icup199   -1
    u199      icdown199  1              icup199   1
    u199      icdown200  -1             icup200   -1
    u200      icdown200  1              icup200   1
    u200      icdown201  -1             icup201   -1
    u201      icdown201  1              icup201   1
    u201      icdown202  -1             icup202   -1
    u202      icdown202  1              icup202   1
    u202      icdown203  -1             icup203   -1
    u203      icdown203  1              icup203   1
    u203      icdown204  -1             icup204   -1
    u204      icdown204  1              icup204   1
    u204      icdown205  -1             icup205   -1
    u205      icdown205  1              icup205   1
    u205      icdown206  -1             icup206   -1
    u206      icdown206  1              icup206   1
    u206      icdown207  -1             icup207   -1
    u207      icdown207  1              icup207   1
    u207      icdown208  -1             icup208   -1
    u208      icdown208  1              icup208   1
    u208      icdown209  -1             icup209   -1
    u209      icdown209  1              icup209   1
    u209      icdown210  -1             icup210   -1
    u210      icdown210  1              icup210   1
    u210      icdown211  -1             icup211   -1
    u211      icdown211  1              icup211   1
    u211      icdown212  -1             icup212   -1
    u212      icdown212  1              icup212   1
    u212      icdown213  -1             icup213   -1
    u213      icdown213  1              icup213   1
    u213      icdown214  -1             icup214   -1
    u214      icdown214  1              icup214   1
    u214      icdown215  -1             icup215   -1
    u215      icdown215  1              icup215   1
    u215      icdown216  -1             icup216   -1
    u216      icdown216  1              icup216   1
    u216      icdown217  -1             icup217   -1
    u217      icdown217  1              icup217   1
    u217      icdown218  -1             icup218   -1
    u218      icdown218  1              icup218   1
    u218      icdown219  -1             icup219   -1
    u219      icdown219  1              icup219   1
    u219      icdown220  -1             icup220   -1
    u220      icdown220  1              icup220   1
    u220      icdown221  -1             icup221   -1
    u221      icdown221  1              icup221   1
    u221      icdown222  -1             icup222   -1
    u222      icdown222  1              icup222   1
    u222      icdown223  -1             icup223   -1
    u223      icdown223  1              icup223   1
    u223      icdown224  -1             icup224   -1
    u224      icdown224  1              icup224   1
    u224      icdown225  -1             icup225   -1
    u225      icdown225  1              icup225   1
    u225      icdown226  -1             icup226   -1
    u226      icdown226  1              icup226   1
    u226      icdown227  -1             icup227   -1
    u227      icdown227  1              icup227   1
    u227      icdown228  -1             icup228   -1
    u228      icdown228  1              icup228   1
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
    t201      tail200   -1             tail201   1
    t202      tail201   -1             tail202   1
    t203      tail202   -1             tail203   1
    t204      tail203   -1             tail204   1
    t205      tail204   -1             tail205   1
    t206      tail205   -1             tail206   1
    t207      tail206   -1             tail207   1
    t208      tail207   -1             tail208   1
    t209      tail208   -1             tail209   1
    t210      tail209   -1             tail210   1
    t211      tail210   -1             tail211   1
    t212      tail211   -1             tail212   1
    t213      tail212   -1             tail213   1
    t214      tail213   -1             tail214   1
    t215      tail214   -1             tail215   1
    t216      tail215   -1             tail216   1
    t217      tail216   -1             tail217   1
    t218      tail217   -1             tail218   1
    t219      tail218   -1             tail219   1
    t220      tail219   -1             tail220   1
    t221      tail220   -1             tail221   1
    t222      tail221   -1             tail222   1
    t223      tail222   -1             tail223   1
    t224      tail223   -1             tail224   1
    t225      tail224   -1             tail225   1
    t226      tail225   -1             tail226   1
    t227      tail226   -1             tail227   1
    t228      tail227   -1             tail228   1
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
 UP BND       x201      1
 UP BND       x202      1
 UP BND       x203      1
 UP BND       x204      1
 UP BND       x205      1
 UP BND       x206      1
 UP BND       x207      1
 UP BND       x208      1
 UP BND       x209      1
 UP BND       x210      1
 UP BND       x211      1
 UP BND       x212      1
 UP BND       x213      1
 UP BND       x214      1
 UP BND       x215      1
 UP BND       x216      1
 UP BND       x217      1
 UP BND       x218      1
 UP BND       x219      1
 UP BND       x220      1
 UP BND       x221      1
 UP BND       x222      1
 UP BND       x223      1
 UP BND       x224      1
 UP BND       x225      1
 UP BND       x226      1
 UP BND       x227      1
 UP BND       x228      1
 UP BND       t1        1
 UP BND       t2        1
 UP BND       t3        1
 UP BND       t4        1
 UP BND       t5        1
 UP BND       t6        1
 UP BND       t7        1
 UP BND       t8        1
 UP BND       t9        0.9999999999999997
 UP BND       t10       0.9999999999999989
 UP BND       t11       0.9999999999999987
 UP BND       t12       0.999999999999998
 UP BND       t13       0.9999999999999937
 UP BND       t14       0.9999999999999929
 UP BND       t15       0.9999999999999921
 UP BND       t16       0.9999999999999902
 UP BND       t17       0.9999999999999891
 UP BND       t18       0.999999999999948
 UP BND       t19       0.9999999999999116
 UP BND       t20       0.9999999999998856
 UP BND       t21       0.9999999999998405
 UP BND       t22       0.9999999999994874
 UP BND       t23       0.999999999999314
 UP BND       t24       0.9999999999992086
 UP BND       t25       0.9999999999990888
 UP BND       t26       0.9999999999990229
 UP BND       t27       0.9999999999971767
 UP BND       t28       0.999999999996993
 UP BND       t29       0.9999999999963747
 UP BND       t30       0.9999999999959006
 UP BND       t31       0.9999999999941201
 UP BND       t32       0.9999999999876376
 UP BND       t33       0.9999999999869367
 UP BND       t34       0.9999999999837574
 UP BND       t35       0.9999999999679536
 UP BND       t36       0.9999999999627289
 UP BND       t37       0.9999999999588277
 UP BND       t38       0.9999999999498911
 UP BND       t39       0.9999999999473975
 UP BND       t40       0.9999999999299131
 UP BND       t41       0.9999999999230039
 UP BND       t42       0.999999999915481
 UP BND       t43       0.9999999994051975
 UP BND       t44       0.9999999992507991
 UP BND       t45       0.9999999990607867
 UP BND       t46       0.9999999989108063
 UP BND       t47       0.999999998133843
 UP BND       t48       0.999999998067417
 UP BND       t49       0.9999999979280755
 UP BND       t50       0.9999999977018847
 UP BND       t51       0.9999999974534641
 UP BND       t52       0.9999999956657023
 UP BND       t53       0.999999995068746
 UP BND       t54       0.9999999947430711
 UP BND       t55       0.9999999925754176
 UP BND       t56       0.9999999905193684
 UP BND       t57       0.9999999893082682
 UP BND       t58       0.9999999889843004
 UP BND       t59       0.9999999886514332
 UP BND       t60       0.999999982924811
 UP BND       t61       0.999999981920667
 UP BND       t62       0.9999999803135382
 UP BND       t63       0.9999999797496408
 UP BND       t64       0.9999999530295082
 UP BND       t65       0.9999999478804948
 UP BND       t66       0.9999999360134177
 UP BND       t67       0.9999999326862353
 UP BND       t68       0.9999999255556442
 UP BND       t69       0.9999998998469882
 UP BND       t70       0.9999998973769693
 UP BND       t71       0.9999998948516952
 UP BND       t72       0.9999998269052836
 UP BND       t73       0.9999998228456751
 UP BND       t74       0.9999998101419937
 UP BND       t75       0.9999997919156233
 UP BND       t76       0.9999997822184766
 UP BND       t77       0.9999997211444828
 UP BND       t78       0.9999997148847187
 UP BND       t79       0.9999996953311486
 UP BND       t80       0.9999996816264076
 UP BND       t81       0.9999996745659867
 UP BND       t82       0.9999996600164109
 UP BND       t83       0.9999996525220805
 UP BND       t84       0.9999996291289888
 UP BND       t85       0.9999982151742229
 UP BND       t86       0.9999978500373735
 UP BND       t87       0.9999977693312805
 UP BND       t88       0.9999975996008893
 UP BND       t89       0.999997418209971
 UP BND       t90       0.9999970705420188
 UP BND       t91       0.9999970175433774
 UP BND       t92       0.9999969636745003
 UP BND       t93       0.9999969089225479
 UP BND       t94       0.999996853274513
 UP BND       t95       0.9999954527427998
 UP BND       t96       0.999995129120765
 UP BND       t97       0.99999495958153
 UP BND       t98       0.9999946951984632
 UP BND       t99       0.9999932866682711
 UP BND       t100      0.9999931740997539
 UP BND       t101      0.9999902199928502
 UP BND       t102      0.9999895721476338
 UP BND       t103      0.9999892338097133
 UP BND       t104      0.9999828058973924
 UP BND       t105      0.9999814458900592
 UP BND       t106      0.9999811624299172
 UP BND       t107      0.9999749711408916
 UP BND       t108      0.9999734525966685
 UP BND       t109      0.9999730601017761
 UP BND       t110      0.9999718507523698
 UP BND       t111      0.9999655276368016
 UP BND       t112      0.9999629735259543
 UP BND       t113      0.9999624425163838
 UP BND       t114      0.9999619045927309
 UP BND       t115      0.9999481479658393
 UP BND       t116      0.9999459573513484
 UP BND       t117      0.9999452086614607
 UP BND       t118      0.9999405149935218
 UP BND       t119      0.99993969810845
 UP BND       t120      0.9999388710379203
 UP BND       t121      0.9999371858827245
 UP BND       t122      0.9998336211833748
 UP BND       t123      0.9998117324626407
 UP BND       t124      0.9998046732352888
 UP BND       t125      0.9997973741945849
 UP BND       t126      0.9997948866317881
 UP BND       t127      0.9997570190287464
 UP BND       t128      0.9997357951627961
 UP BND       t129      0.9997261940339659
 UP BND       t130      0.999709485011261
 UP BND       t131      0.9996990199625522
 UP BND       t132      0.9996021286630837
 UP BND       t133      0.9995928957682416
 UP BND       t134      0.9995882066606709
 UP BND       t135      0.9995834685043384
 UP BND       t136      0.9994834871452293
 UP BND       t137      0.9994717849761849
 UP BND       t138      0.9994598422782894
 UP BND       t139      0.9994537793462307
 UP BND       t140      0.9992486392262971
 UP BND       t141      0.999223846515852
 UP BND       t142      0.9992069073177151
 UP BND       t143      0.9991808677512285
 UP BND       t144      0.9985278300627889
 UP BND       t145      0.998466671965148
 UP BND       t146      0.998435234820011
 UP BND       t147      0.9983035391768587
 UP BND       t148      0.9982863876031411
 UP BND       t149      0.9976697645748681
 UP BND       t150      0.9976004922913525
 UP BND       t151      0.9975769888394167
 UP BND       t152      0.9974315179783478
 UP BND       t153      0.9967667458106663
 UP BND       t154      0.9966734851850355
 UP BND       t155      0.9964462925221824
 UP BND       t156      0.9960972214499713
 UP BND       t157      0.9960237752237848
 UP BND       t158      0.9945667322104444
 UP BND       t159      0.994517339202737
 UP BND       t160      0.9942641952833894
 UP BND       t161      0.9940004700545361
 UP BND       t162      0.993891928837108
 UP BND       t163      0.992768089519534
 UP BND       t164      0.9927040391959782
 UP BND       t165      0.9925087815783653
 UP BND       t166      0.9923087849464403
 UP BND       t167      0.9920345721980715
 UP BND       t168      0.9826861557345333
 UP BND       t169      0.9818206379789431
 UP BND       t170      0.9812219692702766
 UP BND       t171      0.9782998144849967
 UP BND       t172      0.977950842292818
 UP BND       t173      0.9729254915294818
 UP BND       t174      0.9718473549559579
 UP BND       t175      0.9716271006635974
 UP BND       t176      0.9676349285538668
 UP BND       t177      0.9663672237530672
 UP BND       t178      0.9531034571803574
 UP BND       t179      0.9516883029302923
 UP BND       t180      0.9513285018194054
 UP BND       t181      0.9487408965460986
 UP BND       t182      0.9479789507117373
 UP BND       t183      0.9352435205100006
 UP BND       t184      0.9328646185271713
 UP BND       t185      0.9318910174028819
 UP BND       t186      0.927348975410994
 UP BND       t187      0.9257748507964536
 UP BND       t188      0.901605092311798
 UP BND       t189      0.9009183285795072
 UP BND       t190      0.897418688392646
 UP BND       t191      0.8877873386716908
 UP BND       t192      0.8862347350499961
 UP BND       t193      0.8527672642347532
 UP BND       t194      0.8436315016797483
 UP BND       t195      0.8383362640923564
 UP BND       t196      0.8154848444845131
 UP BND       t197      0.814268751345957
 UP BND       t198      0.7513806255774442
 UP BND       t199      0.7449461228611616
 UP BND       t200      0.7350101814482255
 UP BND       t201      0.6973994867691349
 UP BND       t202      0.6916474582312944
 UP BND       t203      0.6528492203364233
 UP BND       t204      0.6374715628870086
 UP BND       t205      0.6352249148925425
 UP BND       t206      0.5850223505099742
 UP BND       t207      0.5721793615125808
 UP BND       t208      0.47794277990671985
 UP BND       t209      0.4716667566929559
 UP BND       t210      0.46532221867284507
 UP BND       t211      0.4257781102752553
 UP BND       t212      0.4223656724546423
 UP BND       t213      0.3577027744315968
 UP BND       t214      0.32690622581589646
 UP BND       t215      0.21731454051241894
 UP BND       t216      0.2036778046277093
 UP BND       t217      0.19446702875742863
 UP BND       t218      0.11722006688907294
 UP BND       t219      0.11217562370258358
 UP BND       t220      0.07612428110348311
 UP BND       t221      0.07086685441607067
 UP BND       t222      0.06027032216200216
 UP BND       t223      0.05493096319762865
 UP BND       t224      0.03874698355731537
 UP BND       t225      0.03329659429673859
 UP BND       t226      0.022311444894707298
 UP BND       t227      0.01121293073880133
 UP BND       t228      0.005620833519357864
ENDATA
