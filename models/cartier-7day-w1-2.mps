* paretomech model export: the reduced-form LP of MATH section 2 (revenue-surplus trade-off of truthful
* mechanisms, arXiv 2602.11967); written by 'paretomech export'.
* instance cartier-7day: n = 6 buyers, k = 1 unit(s), K = 298 support points in [1, 5400], transfers no-subsidy
* weights: lambda_R = 0.5, lambda_S = 1 (given 1,2; normalised so that max(lambda_R, lambda_S) = 1)
* scale = 5400: every value v_j is divided by this (the largest support value) inside the program.
* program: 894 variables, 1190 rows, 3271 non-zeros. Variables x1..x298 = interim allocation probabilities,
* u1..u298 = interim utilities divided by scale, t1..t298 = Border tail sums n * sum_{i>=j} f_i x_i (t_j <= B_j).
* objective: maximise c.z = (lambda_R R + lambda_S S) / scale, R = seller revenue, S = buyers' total surplus.
* MPS has no sense marker every reader accepts, so this file MINIMISES -c.z: a solver reports
* min = -(c.z optimum); negate it first.
* convert back: lambda_R R + lambda_S S = scale * (c.z optimum); for weights (1,0) that is R, for (0,1) S.
* from a solution z (f_j, v_j from the instance): S = scale * n * sum_j f_j u_j,
* R = n * sum_j f_j (v_j x_j - scale * u_j). Alone, R and S are unique only if the optimum is.
* expected optimum (exact ironing oracle, MATH section 3): c.z = 0.21424213806466574, lambda_R R + lambda_S S = 1156.907545549195
* (at the oracle's mechanism R = 827.4703581251517, S = 743.1723664866191); the MPS minimum is -0.21424213806466574
* expected: instance=cartier-7day buyers=6 units=1 support=298 transfers=no-subsidy lambda_r=0.5 lambda_s=1 scale=5400 objective=0.21424213806466574 revenue=827.4703581251517 surplus=743.1723664866191
* objective negated: maximise c.z
NAME          paretomech_cartier_7day_n6_k1
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
 E  tail229
 E  tail230
 E  tail231
 E  tail232
 E  tail233
 E  tail234
 E  tail235
 E  tail236
 E  tail237
 E  tail238
 E  tail239
 E  tail240
 E  tail241
 E  tail242
 E  tail243
 E  tail244
 E  tail245
 E  tail246
 E  tail247
 E  tail248
 E  tail249
 E  tail250
 E  tail251
 E  tail252
 E  tail253
 E  tail254
 E  tail255
 E  tail256
 E  tail257
 E  tail258
 E  tail259
 E  tail260
 E  tail261
 E  tail262
 E  tail263
 E  tail264
 E  tail265
 E  tail266
 E  tail267
 E  tail268
 E  tail269
 E  tail270
 E  tail271
 E  tail272
 E  tail273
 E  tail274
 E  tail275
 E  tail276
 E  tail277
 E  tail278
 E  tail279
 E  tail280
 E  tail281
 E  tail282
 E  tail283
 E  tail284
 E  tail285
 E  tail286
 E  tail287
 E  tail288
 E  tail289
 E  tail290
 E  tail291
 E  tail292
 E  tail293
 E  tail294
 E  tail295
 E  tail296
 E  tail297
 E  tail298
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
 L  mono229
 G  icdown229
 L  icup229
 L  mono230
 G  icdown230
 L  icup230
 L  mono231
 G  icdown231
 L  icup231
 L  mono232
 G  icdown232
 L  icup232
 L  mono233
 G  icdown233
 L  icup233
 L  mono234
 G  icdown234
 L  icup234
 L  mono235
 G  icdown235
 L  icup235
 L  mono236
 G  icdown236
 L  icup236
 L  mono237
 G  icdown237
 L  icup237
 L  mono238
 G  icdown238
 L  icup238
 L  mono239
 G  icdown239
 L  icup239
 L  mono240
 G  icdown240
 L  icup240
 L  mono241
 G  icdown241
 L  icup241
 L  mono242
 G  icdown242
 L  icup242
 L  mono243
 G  icdown243
 L  icup243
 L  mono244
 G  icdown244
 L  icup244
 L  mono245
 G  icdown245
 L  icup245
 L  mono246
 G  icdown246
 L  icup246
 L  mono247
 G  icdown247
 L  icup247
 L  mono248
 G  icdown248
 L  icup248
 L  mono249
 G  icdown249
 L  icup249
 L  mono250
 G  icdown250
 L  icup250
 L  mono251
 G  icdown251
 L  icup251
 L  mono252
 G  icdown252
 L  icup252
 L  mono253
 G  icdown253
 L  icup253
 L  mono254
 G  icdown254
 L  icup254
 L  mono255
 G  icdown255
 L  icup255
 L  mono256
 G  icdown256
 L  icup256
 L  mono257
 G  icdown257
 L  icup257
 L  mono258
 G  icdown258
 L  icup258
 L  mono259
 G  icdown259
 L  icup259
 L  mono260
 G  icdown260
 L  icup260
 L  mono261
 G  icdown261
 L  icup261
 L  mono262
 G  icdown262
 L  icup262
 L  mono263
 G  icdown263
 L  icup263
 L  mono264
 G  icdown264
 L  icup264
 L  mono265
 G  icdown265
 L  icup265
 L  mono266
 G  icdown266
 L  icup266
 L  mono267
 G  icdown267
 L  icup267
 L  mono268
 G  icdown268
 L  icup268
 L  mono269
 G  icdown269
 L  icup269
 L  mono270
 G  icdown270
 L  icup270
 L  mono271
 G  icdown271
 L  icup271
 L  mono272
 G  icdown272
 L  icup272
 L  mono273
 G  icdown273
 L  icup273
 L  mono274
 G  icdown274
 L  icup274
 L  mono275
 G  icdown275
 L  icup275
 L  mono276
 G  icdown276
 L  icup276
 L  mono277
 G  icdown277
 L  icup277
 L  mono278
 G  icdown278
 L  icup278
 L  mono279
 G  icdown279
 L  icup279
 L  mono280
 G  icdown280
 L  icup280
 L  mono281
 G  icdown281
 L  icup281
 L  mono282
 G  icdown282
 L  icup282
 L  mono283
 G  icdown283
 L  icup283
 L  mono284
 G  icdown284
 L  icup284
 L  mono285
 G  icdown285
 L  icup285
 L  mono286
 G  icdown286
 L  icup286
 L  mono287
 G  icdown287
 L  icup287
 L  mono288
 G  icdown288
 L  icup288
 L  mono289
 G  icdown289
 L  icup289
 L  mono290
 G  icdown290
 L  icup290
 L  mono291
 G  icdown291
 L  icup291
 L  mono292
 G  icdown292
 L  icup292
 L  mono293
 G  icdown293
 L  icup293
 L  mono294
 G  icdown294
 L  icup294
 L  mono295
 G  icdown295
 L  icup295
 L  mono296
 G  icdown296
 L  icup296
 L  mono297
 G  icdown297
 L  icup297
 L  mono298
 G  icdown298
 L  icup298
 L  nosubsidy
COLUMNS
    x1        obj       -6.663334999167083E-6   tail1     -0.07196401799100449
    x1        mono2     1              icdown2   -1.8518518518518518E-4
    x1        nosubsidy  -1.8518518518518518E-4
    x2        obj       -4.997501249375312E-6   tail2     -0.026986506746626684
    x2        mono2     -1             icup2     -1.8518518518518518E-4
    x2        mono3     1              icdown3   -1.8518518518518518E-4
    x3        obj       -7.496251874062968E-6   tail3     -0.026986506746626684
    x3        mono3     -1             icup3     -1.8518518518518518E-4
    x3        mono4     1              icdown4   -1.8518518518518518E-4
    x4        obj       -3.3316674995835415E-6   tail4     -0.008995502248875561
    x4        mono4     -1             icup4     -1.8518518518518518E-4
    x4        mono5     1              icdown5   -1.8518518518518518E-4
    x5        obj       -1.6658337497917707E-5   tail5     -0.035982008995502246
    x5        mono5     -1             icup5     -1.8518518518518518E-4
    x5        mono6     1              icdown6   -1.8518518518518518E-4
    x6        obj       -4.997501249375312E-6   tail6     -0.008995502248875561
    x6        mono6     -1             icup6     -1.8518518518518518E-4
    x6        mono7     1              icdown7   -3.7037037037037035E-4
    x7        obj       -1.3326669998334166E-5   tail7     -0.017991004497751123
    x7        mono7     -1             icup7     -3.7037037037037035E-4
    x7        mono8     1              icdown8   -3.7037037037037035E-4
    x8        obj       -2.4987506246876555E-5   tail8     -0.026986506746626684
    x8        mono8     -1             icup8     -3.7037037037037035E-4
    x8        mono9     1              icdown9   -1.8518518518518518E-4
    x9        obj       -1.8324171247709477E-5   tail9     -0.017991004497751123
    x9        mono9     -1             icup9     -1.8518518518518518E-4
    x9        mono10    1              icdown10  -1.8518518518518518E-4
    x10       obj       -1.9990004997501246E-5   tail10    -0.017991004497751123
    x10       mono10    -1             icup10    -1.8518518518518518E-4
    x10       mono11    1              icdown11  -3.7037037037037035E-4
    x11       obj       -1.1660836248542395E-5   tail11    -0.008995502248875561
    x11       mono11    -1             icup11    -3.7037037037037035E-4
    x11       mono12    1              icdown12  -1.8518518518518518E-4
    x12       obj       -4.997501249375311E-5   tail12    -0.035982008995502246
    x12       mono12    -1             icup12    -1.8518518518518518E-4
    x12       mono13    1              icdown13  -1.8518518518518518E-4
    x13       obj       -2.6653339996668332E-5   tail13    -0.017991004497751123
    x13       mono13    -1             icup13    -1.8518518518518518E-4
    x13       mono14    1              icdown14  -1.8518518518518518E-4
    x14       obj       -1.4159586873230053E-5   tail14    -0.008995502248875561
    x14       mono14    -1             icup14    -1.8518518518518518E-4
    x14       mono15    1              icdown15  -5.555555555555556E-4
    x15       obj       -1.1660836248542397E-4   tail15    -0.06296851574212894
    x15       mono15    -1             icup15    -5.555555555555556E-4
    x15       mono16    1              icdown16  -1.8518518518518518E-4
    x16       obj       -1.7491254372813594E-5   tail16    -0.008995502248875561
    x16       mono16    -1             icup16    -1.8518518518518518E-4
    x16       mono17    1              icdown17  -7.407407407407407E-4
    x17       obj       -1.4576045310677995E-4   tail17    -0.06296851574212894
    x17       mono17    -1             icup17    -7.407407407407407E-4
    x17       mono18    1              icdown18  -3.7037037037037035E-4
    x18       obj       -2.2488755622188903E-5   tail18    -0.008995502248875561
    x18       mono18    -1             icup18    -3.7037037037037035E-4
    x18       mono19    1              icdown19  -3.7037037037037035E-4
    x19       obj       -2.4154589371980676E-5   tail19    -0.008995502248875561
    x19       mono19    -1             icup19    -3.7037037037037035E-4
    x19       mono20    1              icdown20  -1.8518518518518518E-4
    x20       obj       -1.249375312343828E-4   tail20    -0.04497751124437781
    x20       mono20    -1             icup20    -1.8518518518518518E-4
    x20       mono21    1              icdown21  -9.25925925925926E-4
    x21       obj       -8.745627186406796E-5   tail21    -0.026986506746626684
    x21       mono21    -1             icup21    -9.25925925925926E-4
    x21       mono22    1              icdown22  -9.25925925925926E-4
    x22       obj       -3.3316674995835414E-5   tail22    -0.008995502248875561
    x22       mono22    -1             icup22    -9.25925925925926E-4
    x22       mono23    1              icdown23  -0.001851851851851852
    x23       obj       -7.079793436615026E-4   tail23    -0.15292353823088456
    x23       mono23    -1             icup23    -0.001851851851851852
    x23       mono24    1              icdown24  -1.8518518518518518E-4
    x24       obj       -8.49575212393803E-5   tail24    -0.017991004497751123
    x24       mono24    -1             icup24    -1.8518518518518518E-4
    x24       mono25    1              icdown25  -1.8518518518518518E-4
    x25       obj       -4.331167749458604E-5   tail25    -0.008995502248875561
    x25       mono25    -1             icup25    -1.8518518518518518E-4
    x25       mono26    1              icdown26  -1.8518518518518518E-4
    x26       obj       -1.3243378310844576E-4   tail26    -0.026986506746626684
    x26       mono26    -1             icup26    -1.8518518518518518E-4
    x26       mono27    1              icdown27  -3.7037037037037035E-4
    x27       obj       -2.2905214059636847E-4   tail27    -0.04497751124437781
    x27       mono27    -1             icup27    -3.7037037037037035E-4
    x27       mono28    1              icdown28  -9.25925925925926E-4
    x28       obj       -9.995002498750622E-5   tail28    -0.017991004497751123
    x28       mono28    -1             icup28    -9.25925925925926E-4
    x28       mono29    1              icdown29  -5.555555555555556E-4
    x29       obj       -5.247376311844078E-5   tail29    -0.008995502248875561
    x29       mono29    -1             icup29    -5.555555555555556E-4
    x29       mono30    1              icdown30  -0.0011111111111111111
    x30       obj       -5.747126436781608E-5   tail30    -0.008995502248875561
    x30       mono30    -1             icup30    -0.0011111111111111111
    x30       mono31    1              icdown31  -1.8518518518518518E-4
    x31       obj       -5.830418124271197E-5   tail31    -0.008995502248875561
    x31       mono31    -1             icup31    -1.8518518518518518E-4
    x31       mono32    1              icdown32  -9.25925925925926E-4
    x32       obj       -1.249375312343828E-4   tail32    -0.017991004497751123
    x32       mono32    -1             icup32    -9.25925925925926E-4
    x32       mono33    1              icdown33  -1.8518518518518518E-4
    x33       obj       -6.330168249208728E-5   tail33    -0.008995502248875561
    x33       mono33    -1             icup33    -1.8518518518518518E-4
    x33       mono34    1              icdown34  -1.8518518518518518E-4
    x34       obj       -6.413459936698316E-5   tail34    -0.008995502248875561
    x34       mono34    -1             icup34    -1.8518518518518518E-4
    x34       mono35    1              icdown35  -3.7037037037037035E-4
    x35       obj       -6.580043311677493E-5   tail35    -0.008995502248875561
    x35       mono35    -1             icup35    -3.7037037037037035E-4
    x35       mono36    1              icdown36  -1.8518518518518518E-4
    x36       obj       -1.3326669998334166E-4   tail36    -0.017991004497751123
    x36       mono36    -1             icup36    -1.8518518518518518E-4
    x36       mono37    1              icdown37  -1.8518518518518518E-4
    x37       obj       -6.746626686656671E-5   tail37    -0.008995502248875561
    x37       mono37    -1             icup37    -1.8518518518518518E-4
    x37       mono38    1              icdown38  -7.407407407407407E-4
    x38       obj       -7.079793436615025E-5   tail38    -0.008995502248875561
    x38       mono38    -1             icup38    -7.407407407407407E-4
    x38       mono39    1              icdown39  -9.25925925925926E-4
    x39       obj       -7.496251874062968E-5   tail39    -0.008995502248875561
    x39       mono39    -1             icup39    -9.25925925925926E-4
    x39       mono40    1              icdown40  -0.0014814814814814814
    x40       obj       -8.162585373979676E-5   tail40    -0.008995502248875561
    x40       mono40    -1             icup40    -0.0014814814814814814
    x40       mono41    1              icdown41  -1.8518518518518518E-4
    x41       obj       -8.245877061469265E-5   tail41    -0.008995502248875561
    x41       mono41    -1             icup41    -1.8518518518518518E-4
    x41       mono42    1              icdown42  -1.8518518518518518E-4
    x42       obj       -0.0014992503748125939   tail42    -0.16191904047976013
    x42       mono42    -1             icup42    -1.8518518518518518E-4
    x42       mono43    1              icdown43  -1.8518518518518518E-4
    x43       obj       -1.6824920872896882E-4   tail43    -0.017991004497751123
    x43       mono43    -1             icup43    -1.8518518518518518E-4
    x43       mono44    1              icdown44  -1.8518518518518518E-4
    x44       obj       -8.49575212393803E-5   tail44    -0.008995502248875561
    x44       mono44    -1             icup44    -1.8518518518518518E-4
    x44       mono45    1              icdown45  -1.8518518518518518E-4
    x45       obj       -1.7158087622855237E-4   tail45    -0.017991004497751123
    x45       mono45    -1             icup45    -1.8518518518518518E-4
    x45       mono46    1              icdown46  -1.8518518518518518E-4
    x46       obj       -8.662335498917208E-5   tail46    -0.008995502248875561
    x46       mono46    -1             icup46    -1.8518518518518518E-4
    x46       mono47    1              icdown47  -1.8518518518518518E-4
    x47       obj       -8.745627186406796E-5   tail47    -0.008995502248875561
    x47       mono47    -1             icup47    -1.8518518518518518E-4
    x47       mono48    1              icdown48  -9.25925925925926E-4
    x48       obj       -9.162085623854738E-5   tail48    -0.008995502248875561
    x48       mono48    -1             icup48    -9.25925925925926E-4
    x48       mono49    1              icdown49  -1.8518518518518518E-4
    x49       obj       -3.6981509245377305E-4   tail49    -0.035982008995502246
    x49       mono49    -1             icup49    -1.8518518518518518E-4
    x49       mono50    1              icdown50  -5.555555555555556E-4
    x50       obj       -9.495252373813093E-5   tail50    -0.008995502248875561
    x50       mono50    -1             icup50    -5.555555555555556E-4
    x50       mono51    1              icdown51  -0.0011111111111111111
    x51       obj       -1.9990004997501244E-4   tail51    -0.017991004497751123
    x51       mono51    -1             icup51    -0.0011111111111111111
    x51       mono52    1              icdown52  -1.8518518518518518E-4
    x52       obj       -1.0078294186240213E-4   tail52    -0.008995502248875561
    x52       mono52    -1             icup52    -1.8518518518518518E-4
    x52       mono53    1              icdown53  -1.8518518518518518E-4
    x53       obj       -1.01615858737298E-4   tail53    -0.008995502248875561
    x53       mono53    -1             icup53    -1.8518518518518518E-4
    x53       mono54    1              icdown54  -3.7037037037037035E-4
    x54       obj       -1.0328169248708978E-4   tail54    -0.008995502248875561
    x54       mono54    -1             icup54    -3.7037037037037035E-4
    x54       mono55    1              icdown55  -1.8518518518518518E-4
    x55       obj       -3.12343828085957E-4   tail55    -0.026986506746626684
    x55       mono55    -1             icup55    -1.8518518518518518E-4
    x55       mono56    1              icdown56  -1.8518518518518518E-4
    x56       obj       -1.0494752623688155E-4   tail56    -0.008995502248875561
    x56       mono56    -1             icup56    -1.8518518518518518E-4
    x56       mono57    1              icdown57  -7.407407407407407E-4
    x57       obj       -2.165583874729302E-4   tail57    -0.017991004497751123
    x57       mono57    -1             icup57    -7.407407407407407E-4
    x57       mono58    1              icdown58  -1.8518518518518518E-4
    x58       obj       -1.0911211061136097E-4   tail58    -0.008995502248875561
    x58       mono58    -1             icup58    -1.8518518518518518E-4
    x58       mono59    1              icdown59  -1.8518518518518518E-4
    x59       obj       -1.0994502748625687E-4   tail59    -0.008995502248875561
    x59       mono59    -1             icup59    -1.8518518518518518E-4
    x59       mono60    1              icdown60  -0.0033333333333333335
    x60       obj       -8.745627186406798E-4   tail60    -0.06296851574212894
    x60       mono60    -1             icup60    -0.0033333333333333335
    x60       mono61    1              icdown61  -1.8518518518518518E-4
    x61       obj       -2.5154089621855734E-4   tail61    -0.017991004497751123
    x61       mono61    -1             icup61    -1.8518518518518518E-4
    x61       mono62    1              icdown62  -1.8518518518518518E-4
    x62       obj       -1.2660336498417456E-4   tail62    -0.008995502248875561
    x62       mono62    -1             icup62    -1.8518518518518518E-4
    x62       mono63    1              icdown63  -3.7037037037037035E-4
    x63       obj       -1.2826919873396632E-4   tail63    -0.008995502248875561
    x63       mono63    -1             icup63    -3.7037037037037035E-4
    x63       mono64    1              icdown64  -1.8518518518518518E-4
    x64       obj       -5.164084624354489E-4   tail64    -0.035982008995502246
    x64       mono64    -1             icup64    -1.8518518518518518E-4
    x64       mono65    1              icdown65  -1.8518518518518518E-4
    x65       obj       -1.299350324837581E-4   tail65    -0.008995502248875561
    x65       mono65    -1             icup65    -1.8518518518518518E-4
    x65       mono66    1              icdown66  -3.7037037037037035E-4
    x66       obj       -2.6320173246709974E-4   tail66    -0.017991004497751123
    x66       mono66    -1             icup66    -3.7037037037037035E-4
    x66       mono67    1              icdown67  -5.555555555555556E-4
    x67       obj       -2.6819923371647505E-4   tail67    -0.017991004497751123
    x67       mono67    -1             icup67    -5.555555555555556E-4
    x67       mono68    1              icdown68  -5.555555555555556E-4
    x68       obj       -1.365983674829252E-4   tail68    -0.008995502248875561
    x68       mono68    -1             icup68    -5.555555555555556E-4
    x68       mono69    1              icdown69  -3.7037037037037035E-4
    x69       obj       -4.1479260369815086E-4   tail69    -0.026986506746626684
    x69       mono69    -1             icup69    -3.7037037037037035E-4
    x69       mono70    1              icdown70  -0.0016666666666666668
    x70       obj       -5.830418124271198E-4   tail70    -0.035982008995502246
    x70       mono70    -1             icup70    -0.0016666666666666668
    x70       mono71    1              icdown71  -1.8518518518518518E-4
    x71       obj       -1.4659336998167581E-4   tail71    -0.008995502248875561
    x71       mono71    -1             icup71    -1.8518518518518518E-4
    x71       mono72    1              icdown72  -1.8518518518518518E-4
    x72       obj       -1.4742628685657168E-4   tail72    -0.008995502248875561
    x72       mono72    -1             icup72    -1.8518518518518518E-4
    x72       mono73    1              icdown73  -5.555555555555556E-4
    x73       obj       -2.998500749625187E-4   tail73    -0.017991004497751123
    x73       mono73    -1             icup73    -5.555555555555556E-4
    x73       mono74    1              icdown74  -9.25925925925926E-4
    x74       obj       -4.622688655672163E-4   tail74    -0.026986506746626684
    x74       mono74    -1             icup74    -9.25925925925926E-4
    x74       mono75    1              icdown75  -0.002777777777777778
    x75       obj       -0.002665333999666833   tail75    -0.14392803598200898
    x75       mono75    -1             icup75    -0.002777777777777778
    x75       mono76    1              icdown76  -1.8518518518518518E-4
    x76       obj       -5.022488755622188E-4   tail76    -0.026986506746626684
    x76       mono76    -1             icup76    -1.8518518518518518E-4
    x76       mono77    1              icdown77  -3.7037037037037035E-4
    x77       obj       -5.072463768115941E-4   tail77    -0.026986506746626684
    x77       mono77    -1             icup77    -3.7037037037037035E-4
    x77       mono78    1              icdown78  -3.7037037037037035E-4
    x78       obj       -3.41495918707313E-4   tail78    -0.017991004497751123
    x78       mono78    -1             icup78    -3.7037037037037035E-4
    x78       mono79    1              icdown79  -1.8518518518518518E-4
    x79       obj       -1.7158087622855237E-4   tail79    -0.008995502248875561
    x79       mono79    -1             icup79    -1.8518518518518518E-4
    x79       mono80    1              icdown80  -1.8518518518518518E-4
    x80       obj       -1.7241379310344826E-4   tail80    -0.008995502248875561
    x80       mono80    -1             icup80    -1.8518518518518518E-4
    x80       mono81    1              icdown81  -5.555555555555556E-4
    x81       obj       -1.7491254372813592E-4   tail81    -0.008995502248875561
    x81       mono81    -1             icup81    -5.555555555555556E-4
    x81       mono82    1              icdown82  -1.8518518518518518E-4
    x82       obj       -3.514909212060636E-4   tail82    -0.017991004497751123
    x82       mono82    -1             icup82    -1.8518518518518518E-4
    x82       mono83    1              icdown83  -0.0016666666666666668
    x83       obj       -1.8324171247709477E-4   tail83    -0.008995502248875561
    x83       mono83    -1             icup83    -0.0016666666666666668
    x83       mono84    1              icdown84  -3.7037037037037035E-4
    x84       obj       -1.8490754622688653E-4   tail84    -0.008995502248875561
    x84       mono84    -1             icup84    -3.7037037037037035E-4
    x84       mono85    1              icdown85  -5.555555555555556E-4
    x85       obj       -0.0013118440779610197   tail85    -0.06296851574212894
    x85       mono85    -1             icup85    -5.555555555555556E-4
    x85       mono86    1              icdown86  -3.7037037037037035E-4
    x86       obj       -1.89072130601366E-4   tail86    -0.008995502248875561
    x86       mono86    -1             icup86    -3.7037037037037035E-4
    x86       mono87    1              icdown87  -1.8518518518518518E-4
    x87       obj       -1.8990504747626186E-4   tail87    -0.008995502248875561
    x87       mono87    -1             icup87    -1.8518518518518518E-4
    x87       mono88    1              icdown88  -0.0014814814814814814
    x88       obj       -3.931367649508579E-4   tail88    -0.017991004497751123
    x88       mono88    -1             icup88    -0.0014814814814814814
    x88       mono89    1              icdown89  -0.0025925925925925925
    x89       obj       -0.0022905214059636848   tail89    -0.09895052473763119
    x89       mono89    -1             icup89    -0.0025925925925925925
    x89       mono90    1              icdown90  -1.8518518518518518E-4
    x90       obj       -8.362485423954689E-4   tail90    -0.035982008995502246
    x90       mono90    -1             icup90    -1.8518518518518518E-4
    x90       mono91    1              icdown91  -1.8518518518518518E-4
    x91       obj       -2.098950524737631E-4   tail91    -0.008995502248875561
    x91       mono91    -1             icup91    -1.8518518518518518E-4
    x91       mono92    1              icdown92  -1.8518518518518518E-4
    x92       obj       -4.2145593869731795E-4   tail92    -0.017991004497751123
    x92       mono92    -1             icup92    -1.8518518518518518E-4
    x92       mono93    1              icdown93  -3.7037037037037035E-4
    x93       obj       -2.1239380309845076E-4   tail93    -0.008995502248875561
    x93       mono93    -1             icup93    -3.7037037037037035E-4
    x93       mono94    1              icdown94  -1.8518518518518518E-4
    x94       obj       -2.1322671997334666E-4   tail94    -0.008995502248875561
    x94       mono94    -1             icup94    -1.8518518518518518E-4
    x94       mono95    1              icdown95  -1.8518518518518518E-4
    x95       obj       -2.1405963684824252E-4   tail95    -0.008995502248875561
    x95       mono95    -1             icup95    -1.8518518518518518E-4
    x95       mono96    1              icdown96  -1.8518518518518518E-4
    x96       obj       -4.297851074462768E-4   tail96    -0.017991004497751123
    x96       mono96    -1             icup96    -1.8518518518518518E-4
    x96       mono97    1              icdown97  -3.7037037037037035E-4
    x97       obj       -6.496751624187905E-4   tail97    -0.026986506746626684
    x97       mono97    -1             icup97    -3.7037037037037035E-4
    x97       mono98    1              icdown98  -0.002777777777777778
    x98       obj       -6.871564217891055E-4   tail98    -0.026986506746626684
    x98       mono98    -1             icup98    -0.002777777777777778
    x98       mono99    1              icdown99  -1.8518518518518518E-4
    x99       obj       -2.2988505747126433E-4   tail99    -0.008995502248875561
    x99       mono99    -1             icup99    -1.8518518518518518E-4
    x99       mono100   1              icdown100  -1.8518518518518518E-4
    x100      obj       -2.3071797434616025E-4   tail100   -0.008995502248875561
    x100      mono100   -1             icup100   -1.8518518518518518E-4
    x100      mono101   1              icdown101  -1.8518518518518518E-4
    x101      obj       -4.6310178244211224E-4   tail101   -0.017991004497751123
    x101      mono101   -1             icup101   -1.8518518518518518E-4
    x101      mono102   1              icdown102  -1.8518518518518518E-4
    x102      obj       -2.32383808095952E-4   tail102   -0.008995502248875561
    x102      mono102   -1             icup102   -1.8518518518518518E-4
    x102      mono103   1              icdown103  -1.8518518518518518E-4
    x103      obj       -6.996501749125437E-4   tail103   -0.026986506746626684
    x103      mono103   -1             icup103   -1.8518518518518518E-4
    x103      mono104   1              icdown104  -0.002777777777777778
    x104      obj       -4.914209561885723E-4   tail104   -0.017991004497751123
    x104      mono104   -1             icup104   -0.002777777777777778
    x104      mono105   1              icdown105  -7.407407407407407E-4
    x105      obj       -2.490421455938697E-4   tail105   -0.008995502248875561
    x105      mono105   -1             icup105   -7.407407407407407E-4
    x105      mono106   1              icdown106  -1.8518518518518518E-4
    x106      obj       -0.0037481259370314842   tail106   -0.13493253373313344
    x106      mono106   -1             icup106   -1.8518518518518518E-4
    x106      mono107   1              icdown107  -1.8518518518518518E-4
    x107      obj       -7.521239380309845E-4   tail107   -0.026986506746626684
    x107      mono107   -1             icup107   -1.8518518518518518E-4
    x107      mono108   1              icdown108  -1.8518518518518518E-4
    x108      obj       -2.5154089621855734E-4   tail108   -0.008995502248875561
    x108      mono108   -1             icup108   -1.8518518518518518E-4
    x108      mono109   1              icdown109  -5.555555555555556E-4
    x109      obj       -5.080792936864901E-4   tail109   -0.017991004497751123
    x109      mono109   -1             icup109   -5.555555555555556E-4
    x109      mono110   1              icdown110  -1.8518518518518518E-4
    x110      obj       -2.548725637181409E-4   tail110   -0.008995502248875561
    x110      mono110   -1             icup110   -1.8518518518518518E-4
    x110      mono111   1              icdown111  -1.8518518518518518E-4
    x111      obj       -5.114109611860736E-4   tail111   -0.017991004497751123
    x111      mono111   -1             icup111   -1.8518518518518518E-4
    x111      mono112   1              icdown112  -5.555555555555556E-4
    x112      obj       -2.5820423121772443E-4   tail112   -0.008995502248875561
    x112      mono112   -1             icup112   -5.555555555555556E-4
    x112      mono113   1              icdown113  -3.7037037037037035E-4
    x113      obj       -2.598700649675162E-4   tail113   -0.008995502248875561
    x113      mono113   -1             icup113   -3.7037037037037035E-4
    x113      mono114   1              icdown114  -5.555555555555556E-4
    x114      obj       -2.623688155922039E-4   tail114   -0.008995502248875561
    x114      mono114   -1             icup114   -5.555555555555556E-4
    x114      mono115   1              icdown115  -3.7037037037037035E-4
    x115      obj       -2.6403464934199566E-4   tail115   -0.008995502248875561
    x115      mono115   -1             icup115   -3.7037037037037035E-4
    x115      mono116   1              icdown116  -5.555555555555556E-4
    x116      obj       -7.996001999000498E-4   tail116   -0.026986506746626684
    x116      mono116   -1             icup116   -5.555555555555556E-4
    x116      mono117   1              icdown117  -1.8518518518518518E-4
    x117      obj       -5.347326336831584E-4   tail117   -0.017991004497751123
    x117      mono117   -1             icup117   -1.8518518518518518E-4
    x117      mono118   1              icdown118  -1.8518518518518518E-4
    x118      obj       -2.6819923371647505E-4   tail118   -0.008995502248875561
    x118      mono118   -1             icup118   -1.8518518518518518E-4
    x118      mono119   1              icdown119  -5.555555555555556E-4
    x119      obj       -5.413959686823255E-4   tail119   -0.017991004497751123
    x119      mono119   -1             icup119   -5.555555555555556E-4
    x119      mono120   1              icdown120  -3.7037037037037035E-4
    x120      obj       -5.447276361819091E-4   tail120   -0.017991004497751123
    x120      mono120   -1             icup120   -3.7037037037037035E-4
    x120      mono121   1              icdown121  -5.555555555555556E-4
    x121      obj       -2.7486256871564214E-4   tail121   -0.008995502248875561
    x121      mono121   -1             icup121   -5.555555555555556E-4
    x121      mono122   1              icdown122  -1.8518518518518518E-4
    x122      obj       -2.75695485590538E-4   tail122   -0.008995502248875561
    x122      mono122   -1             icup122   -1.8518518518518518E-4
    x122      mono123   1              icdown123  -3.7037037037037035E-4
    x123      obj       -2.7736131934032984E-4   tail123   -0.008995502248875561
    x123      mono123   -1             icup123   -3.7037037037037035E-4
    x123      mono124   1              icdown124  -3.7037037037037035E-4
    x124      obj       -8.370814592703648E-4   tail124   -0.026986506746626684
    x124      mono124   -1             icup124   -3.7037037037037035E-4
    x124      mono125   1              icdown125  -0.0025925925925925925
    x125      obj       -2.90687989338664E-4   tail125   -0.008995502248875561
    x125      mono125   -1             icup125   -0.0025925925925925925
    x125      mono126   1              icdown126  -1.8518518518518518E-4
    x126      obj       -0.0040812926869898385   tail126   -0.1259370314842579
    x126      mono126   -1             icup126   -1.8518518518518518E-4
    x126      mono127   1              icdown127  -1.8518518518518518E-4
    x127      obj       -2.9235382308845576E-4   tail127   -0.008995502248875561
    x127      mono127   -1             icup127   -1.8518518518518518E-4
    x127      mono128   1              icdown128  -7.407407407407407E-4
    x128      obj       -8.870564717641179E-4   tail128   -0.026986506746626684
    x128      mono128   -1             icup128   -7.407407407407407E-4
    x128      mono129   1              icdown129  -9.25925925925926E-4
    x129      obj       -2.998500749625187E-4   tail129   -0.008995502248875561
    x129      mono129   -1             icup129   -9.25925925925926E-4
    x129      mono130   1              icdown130  -9.25925925925926E-4
    x130      obj       -3.0401465933699816E-4   tail130   -0.008995502248875561
    x130      mono130   -1             icup130   -9.25925925925926E-4
    x130      mono131   1              icdown131  -7.407407407407407E-4
    x131      obj       -3.073463268365817E-4   tail131   -0.008995502248875561
    x131      mono131   -1             icup131   -7.407407407407407E-4
    x131      mono132   1              icdown132  -1.8518518518518518E-4
    x132      obj       -9.245377311344326E-4   tail132   -0.026986506746626684
    x132      mono132   -1             icup132   -1.8518518518518518E-4
    x132      mono133   1              icdown133  -1.8518518518518518E-4
    x133      obj       -3.0901216058637347E-4   tail133   -0.008995502248875561
    x133      mono133   -1             icup133   -1.8518518518518518E-4
    x133      mono134   1              icdown134  -5.555555555555556E-4
    x134      obj       -3.115109112110611E-4   tail134   -0.008995502248875561
    x134      mono134   -1             icup134   -5.555555555555556E-4
    x134      mono135   1              icdown135  -1.8518518518518518E-4
    x135      obj       -0.001561719140429785   tail135   -0.04497751124437781
    x135      mono135   -1             icup135   -1.8518518518518518E-4
    x135      mono136   1              icdown136  -5.555555555555556E-4
    x136      obj       -3.148425787106447E-4   tail136   -0.008995502248875561
    x136      mono136   -1             icup136   -5.555555555555556E-4
    x136      mono137   1              icdown137  -3.7037037037037035E-4
    x137      obj       -9.495252373813092E-4   tail137   -0.026986506746626684
    x137      mono137   -1             icup137   -3.7037037037037035E-4
    x137      mono138   1              icdown138  -9.25925925925926E-4
    x138      obj       -3.2067299683491586E-4   tail138   -0.008995502248875561
    x138      mono138   -1             icup138   -9.25925925925926E-4
    x138      mono139   1              icdown139  -3.7037037037037035E-4
    x139      obj       -3.2233883058470765E-4   tail139   -0.008995502248875561
    x139      mono139   -1             icup139   -3.7037037037037035E-4
    x139      mono140   1              icdown140  -5.555555555555556E-4
    x140      obj       -3.2483758120939525E-4   tail140   -0.008995502248875561
    x140      mono140   -1             icup140   -5.555555555555556E-4
    x140      mono141   1              icdown141  -0.0016666666666666668
    x141      obj       -3.323338330834582E-4   tail141   -0.008995502248875561
    x141      mono141   -1             icup141   -0.0016666666666666668
    x141      mono142   1              icdown142  -1.8518518518518518E-4
    x142      obj       -0.00399800099950025   tail142   -0.10794602698650674
    x142      mono142   -1             icup142   -1.8518518518518518E-4
    x142      mono143   1              icdown143  -1.8518518518518518E-4
    x143      obj       -6.679993336665001E-4   tail143   -0.017991004497751123
    x143      mono143   -1             icup143   -1.8518518518518518E-4
    x143      mono144   1              icdown144  -1.8518518518518518E-4
    x144      obj       -0.0010044977511244376   tail144   -0.026986506746626684
    x144      mono144   -1             icup144   -1.8518518518518518E-4
    x144      mono145   1              icdown145  -5.555555555555556E-4
    x145      obj       -0.0010119940029985008   tail145   -0.026986506746626684
    x145      mono145   -1             icup145   -5.555555555555556E-4
    x145      mono146   1              icdown146  -1.8518518518518518E-4
    x146      obj       -3.3816425120772943E-4   tail146   -0.008995502248875561
    x146      mono146   -1             icup146   -1.8518518518518518E-4
    x146      mono147   1              icdown147  -1.8518518518518518E-4
    x147      obj       -3.389971680826253E-4   tail147   -0.008995502248875561
    x147      mono147   -1             icup147   -1.8518518518518518E-4
    x147      mono148   1              icdown148  -5.555555555555556E-4
    x148      obj       -3.41495918707313E-4   tail148   -0.008995502248875561
    x148      mono148   -1             icup148   -5.555555555555556E-4
    x148      mono149   1              icdown149  -5.555555555555556E-4
    x149      obj       -3.439946693320006E-4   tail149   -0.008995502248875561
    x149      mono149   -1             icup149   -5.555555555555556E-4
    x149      mono150   1              icdown150  -0.0012962962962962963
    x150      obj       -0.0013993003498250873   tail150   -0.035982008995502246
    x150      mono150   -1             icup150   -0.0012962962962962963
    x150      mono151   1              icdown151  -9.25925925925926E-4
    x151      obj       -7.079793436615025E-4   tail151   -0.017991004497751123
    x151      mono151   -1             icup151   -9.25925925925926E-4
    x151      mono152   1              icdown152  -9.25925925925926E-4
    x152      obj       -7.163085124104614E-4   tail152   -0.017991004497751123
    x152      mono152   -1             icup152   -9.25925925925926E-4
    x152      mono153   1              icdown153  -0.003703703703703704
    x153      obj       -0.0026236881559220395   tail153   -0.06296851574212894
    x153      mono153   -1             icup153   -0.003703703703703704
    x153      mono154   1              icdown154  -1.8518518518518518E-4
    x154      obj       -3.756455105780443E-4   tail154   -0.008995502248875561
    x154      mono154   -1             icup154   -1.8518518518518518E-4
    x154      mono155   1              icdown155  -3.7037037037037035E-4
    x155      obj       -3.7731134432783607E-4   tail155   -0.008995502248875561
    x155      mono155   -1             icup155   -3.7037037037037035E-4
    x155      mono156   1              icdown156  -3.7037037037037035E-4
    x156      obj       -0.0011369315342328835   tail156   -0.026986506746626684
    x156      mono156   -1             icup156   -3.7037037037037035E-4
    x156      mono157   1              icdown157  -1.8518518518518518E-4
    x157      obj       -3.798100949525237E-4   tail157   -0.008995502248875561
    x157      mono157   -1             icup157   -1.8518518518518518E-4
    x157      mono158   1              icdown158  -0.001851851851851852
    x158      obj       -3.8813926370148254E-4   tail158   -0.008995502248875561
    x158      mono158   -1             icup158   -0.001851851851851852
    x158      mono159   1              icdown159  -0.001851851851851852
    x159      obj       -3.964684324504414E-4   tail159   -0.008995502248875561
    x159      mono159   -1             icup159   -0.001851851851851852
    x159      mono160   1              icdown160  -0.0025925925925925925
    x160      obj       -4.081292686989838E-4   tail160   -0.008995502248875561
    x160      mono160   -1             icup160   -0.0025925925925925925
    x160      mono161   1              icdown161  -5.555555555555556E-4
    x161      obj       -4.106280193236714E-4   tail161   -0.008995502248875561
    x161      mono161   -1             icup161   -5.555555555555556E-4
    x161      mono162   1              icdown162  -9.25925925925926E-4
    x162      obj       -4.1479260369815086E-4   tail162   -0.008995502248875561
    x162      mono162   -1             icup162   -9.25925925925926E-4
    x162      mono163   1              icdown163  -3.7037037037037035E-4
    x163      obj       -0.009162085623854739   tail163   -0.19790104947526238
    x163      mono163   -1             icup163   -3.7037037037037035E-4
    x163      mono164   1              icdown164  -1.8518518518518518E-4
    x164      obj       -4.172913543228385E-4   tail164   -0.008995502248875561
    x164      mono164   -1             icup164   -1.8518518518518518E-4
    x164      mono165   1              icdown165  -1.8518518518518518E-4
    x165      obj       -8.362485423954689E-4   tail165   -0.017991004497751123
    x165      mono165   -1             icup165   -1.8518518518518518E-4
    x165      mono166   1              icdown166  -3.7037037037037035E-4
    x166      obj       -4.197901049475262E-4   tail166   -0.008995502248875561
    x166      mono166   -1             icup166   -3.7037037037037035E-4
    x166      mono167   1              icdown167  -0.0011111111111111111
    x167      obj       -4.247876061969015E-4   tail167   -0.008995502248875561
    x167      mono167   -1             icup167   -0.0011111111111111111
    x167      mono168   1              icdown168  -0.001851851851851852
    x168      obj       -4.331167749458604E-4   tail168   -0.008995502248875561
    x168      mono168   -1             icup168   -0.001851851851851852
    x168      mono169   1              icdown169  -9.25925925925926E-4
    x169      obj       -8.745627186406796E-4   tail169   -0.017991004497751123
    x169      mono169   -1             icup169   -9.25925925925926E-4
    x169      mono170   1              icdown170  -9.25925925925926E-4
    x170      obj       -4.4144594369481923E-4   tail170   -0.008995502248875561
    x170      mono170   -1             icup170   -9.25925925925926E-4
    x170      mono171   1              icdown171  -0.001851851851851852
    x171      obj       -8.995502248875561E-4   tail171   -0.017991004497751123
    x171      mono171   -1             icup171   -0.001851851851851852
    x171      mono172   1              icdown172  -0.001851851851851852
    x172      obj       -0.0018324171247709477   tail172   -0.035982008995502246
    x172      mono172   -1             icup172   -0.001851851851851852
    x172      mono173   1              icdown173  -0.003148148148148148
    x173      obj       -4.7226386806596704E-4   tail173   -0.008995502248875561
    x173      mono173   -1             icup173   -0.003148148148148148
    x173      mono174   1              icdown174  -5.555555555555556E-4
    x174      obj       -9.495252373813092E-4   tail174   -0.017991004497751123
    x174      mono174   -1             icup174   -5.555555555555556E-4
    x174      mono175   1              icdown175  -0.0011111111111111111
    x175      obj       -4.7976011994002994E-4   tail175   -0.008995502248875561
    x175      mono175   -1             icup175   -0.0011111111111111111
    x175      mono176   1              icdown176  -0.0044444444444444444
    x176      obj       -0.00399800099950025   tail176   -0.07196401799100449
    x176      mono176   -1             icup176   -0.0044444444444444444
    x176      mono177   1              icdown177  -0.001851851851851852
    x177      obj       -0.00152423788105947   tail177   -0.026986506746626684
    x177      mono177   -1             icup177   -0.001851851851851852
    x177      mono178   1              icdown178  -5.555555555555556E-4
    x178      obj       -5.105780443111777E-4   tail178   -0.008995502248875561
    x178      mono178   -1             icup178   -5.555555555555556E-4
    x178      mono179   1              icdown179  -0.0012962962962962963
    x179      obj       -5.164084624354489E-4   tail179   -0.008995502248875561
    x179      mono179   -1             icup179   -0.0012962962962962963
    x179      mono180   1              icdown180  -5.555555555555556E-4
    x180      obj       -5.189072130601366E-4   tail180   -0.008995502248875561
    x180      mono180   -1             icup180   -5.555555555555556E-4
    x180      mono181   1              icdown181  -0.0012962962962962963
    x181      obj       -5.247376311844077E-4   tail181   -0.008995502248875561
    x181      mono181   -1             icup181   -0.0012962962962962963
    x181      mono182   1              icdown182  -0.001851851851851852
    x182      obj       -5.330667999333666E-4   tail182   -0.008995502248875561
    x182      mono182   -1             icup182   -0.001851851851851852
    x182      mono183   1              icdown183  -0.001851851851851852
    x183      obj       -0.0016241879060469766   tail183   -0.026986506746626684
    x183      mono183   -1             icup183   -0.001851851851851852
    x183      mono184   1              icdown184  -0.003703703703703704
    x184      obj       -0.0011161086123604863   tail184   -0.017991004497751123
    x184      mono184   -1             icup184   -0.003703703703703704
    x184      mono185   1              icdown185  -9.25925925925926E-4
    x185      obj       -5.622188905547226E-4   tail185   -0.008995502248875561
    x185      mono185   -1             icup185   -9.25925925925926E-4
    x185      mono186   1              icdown186  -9.25925925925926E-4
    x186      obj       -0.001132766949858404   tail186   -0.017991004497751123
    x186      mono186   -1             icup186   -9.25925925925926E-4
    x186      mono187   1              icdown187  -0.001851851851851852
    x187      obj       -5.747126436781608E-4   tail187   -0.008995502248875561
    x187      mono187   -1             icup187   -0.001851851851851852
    x187      mono188   1              icdown188  -0.0016666666666666668
    x188      obj       -5.822088955522238E-4   tail188   -0.008995502248875561
    x188      mono188   -1             icup188   -0.0016666666666666668
    x188      mono189   1              icdown189  -1.8518518518518518E-4
    x189      obj       -0.0029152090621355985   tail189   -0.04497751124437781
    x189      mono189   -1             icup189   -1.8518518518518518E-4
    x189      mono190   1              icdown190  -0.001851851851851852
    x190      obj       -5.913709811760786E-4   tail190   -0.008995502248875561
    x190      mono190   -1             icup190   -0.001851851851851852
    x190      mono191   1              icdown191  -9.25925925925926E-4
    x191      obj       -0.001191071131101116   tail191   -0.017991004497751123
    x191      mono191   -1             icup191   -9.25925925925926E-4
    x191      mono192   1              icdown192  -9.25925925925926E-4
    x192      obj       -0.0011994002998500749   tail192   -0.017991004497751123
    x192      mono192   -1             icup192   -9.25925925925926E-4
    x192      mono193   1              icdown193  -1.8518518518518518E-4
    x193      obj       -6.005330667999333E-4   tail193   -0.008995502248875561
    x193      mono193   -1             icup193   -1.8518518518518518E-4
    x193      mono194   1              icdown194  -7.407407407407407E-4
    x194      obj       -0.0012077294685990338   tail194   -0.017991004497751123
    x194      mono194   -1             icup194   -7.407407407407407E-4
    x194      mono195   1              icdown195  -9.25925925925926E-4
    x195      obj       -6.080293186739963E-4   tail195   -0.008995502248875561
    x195      mono195   -1             icup195   -9.25925925925926E-4
    x195      mono196   1              icdown196  -0.001851851851851852
    x196      obj       -6.163584874229552E-4   tail196   -0.008995502248875561
    x196      mono196   -1             icup196   -0.001851851851851852
    x196      mono197   1              icdown197  -0.001851851851851852
    x197      obj       -0.001874062968515742   tail197   -0.026986506746626684
    x197      mono197   -1             icup197   -0.001851851851851852
    x197      mono198   1              icdown198  -1.8518518518518518E-4
    x198      obj       -6.255205730468099E-4   tail198   -0.008995502248875561
    x198      mono198   -1             icup198   -1.8518518518518518E-4
    x198      mono199   1              icdown199  -0.0016666666666666668
    x199      obj       -6.330168249208728E-4   tail199   -0.008995502248875561
    x199      mono199   -1             icup199   -0.0016666666666666668
    x199      mono200   1              icdown200  -0.003148148148148148
    x200      obj       -6.471764117941029E-4   tail200   -0.008995502248875561
    x200      mono200   -1             icup200   -0.003148148148148148
    x200      mono201   1              icdown201  -0.0024074074074074076
    x201      obj       -6.580043311677494E-4   tail201   -0.008995502248875561
    x201      mono201   -1             icup201   -0.0024074074074074076
    x201      mono202   1              icdown202  -0.001851851851851852
    x202      obj       -0.0059970014992503755   tail202   -0.08095952023988007
    x202      mono202   -1             icup202   -0.001851851851851852
    x202      mono203   1              icdown203  -1.8518518518518518E-4
    x203      obj       -6.671664167916041E-4   tail203   -0.008995502248875561
    x203      mono203   -1             icup203   -1.8518518518518518E-4
    x203      mono204   1              icdown204  -0.001851851851851852
    x204      obj       -6.75495585540563E-4   tail204   -0.008995502248875561
    x204      mono204   -1             icup204   -0.001851851851851852
    x204      mono205   1              icdown205  -0.0012962962962962963
    x205      obj       -6.813260036648342E-4   tail205   -0.008995502248875561
    x205      mono205   -1             icup205   -0.0012962962962962963
    x205      mono206   1              icdown206  -5.555555555555556E-4
    x206      obj       -6.838247542895219E-4   tail206   -0.008995502248875561
    x206      mono206   -1             icup206   -5.555555555555556E-4
    x206      mono207   1              icdown207  -0.001851851851851852
    x207      obj       -0.0013843078460769613   tail207   -0.017991004497751123
    x207      mono207   -1             icup207   -0.001851851851851852
    x207      mono208   1              icdown208  -0.0016666666666666668
    x208      obj       -6.996501749125437E-4   tail208   -0.008995502248875561
    x208      mono208   -1             icup208   -0.0016666666666666668
    x208      mono209   1              icdown209  -1.8518518518518518E-4
    x209      obj       -7.004830917874395E-4   tail209   -0.008995502248875561
    x209      mono209   -1             icup209   -1.8518518518518518E-4
    x209      mono210   1              icdown210  -3.7037037037037035E-4
    x210      obj       -7.021489255372314E-4   tail210   -0.008995502248875561
    x210      mono210   -1             icup210   -3.7037037037037035E-4
    x210      mono211   1              icdown211  -0.0012962962962962963
    x211      obj       -7.079793436615025E-4   tail211   -0.008995502248875561
    x211      mono211   -1             icup211   -0.0012962962962962963
    x211      mono212   1              icdown212  -0.001851851851851852
    x212      obj       -7.163085124104614E-4   tail212   -0.008995502248875561
    x212      mono212   -1             icup212   -0.001851851851851852
    x212      mono213   1              icdown213  -0.005555555555555556
    x213      obj       -7.41296018657338E-4   tail213   -0.008995502248875561
    x213      mono213   -1             icup213   -0.005555555555555556
    x213      mono214   1              icdown214  -0.001851851851851852
    x214      obj       -0.0022488755622188904   tail214   -0.026986506746626684
    x214      mono214   -1             icup214   -0.001851851851851852
    x214      mono215   1              icdown215  -1.8518518518518518E-4
    x215      obj       -7.504581042811927E-4   tail215   -0.008995502248875561
    x215      mono215   -1             icup215   -1.8518518518518518E-4
    x215      mono216   1              icdown216  -1.8518518518518518E-4
    x216      obj       -7.512910211560886E-4   tail216   -0.008995502248875561
    x216      mono216   -1             icup216   -1.8518518518518518E-4
    x216      mono217   1              icdown217  -5.555555555555556E-4
    x217      obj       -7.537897717807762E-4   tail217   -0.008995502248875561
    x217      mono217   -1             icup217   -5.555555555555556E-4
    x217      mono218   1              icdown218  -9.25925925925926E-4
    x218      obj       -7.579543561552556E-4   tail218   -0.008995502248875561
    x218      mono218   -1             icup218   -9.25925925925926E-4
    x218      mono219   1              icdown219  -1.8518518518518518E-4
    x219      obj       -7.587872730301515E-4   tail219   -0.008995502248875561
    x219      mono219   -1             icup219   -1.8518518518518518E-4
    x219      mono220   1              icdown220  -7.407407407407407E-4
    x220      obj       -7.62118940529735E-4   tail220   -0.008995502248875561
    x220      mono220   -1             icup220   -7.407407407407407E-4
    x220      mono221   1              icdown221  -0.001851851851851852
    x221      obj       -7.704481092786939E-4   tail221   -0.008995502248875561
    x221      mono221   -1             icup221   -0.001851851851851852
    x221      mono222   1              icdown222  -0.0011111111111111111
    x222      obj       -7.754456105280692E-4   tail222   -0.008995502248875561
    x222      mono222   -1             icup222   -0.0011111111111111111
    x222      mono223   1              icdown223  -7.407407407407407E-4
    x223      obj       -7.787772780276527E-4   tail223   -0.008995502248875561
    x223      mono223   -1             icup223   -7.407407407407407E-4
    x223      mono224   1              icdown224  -0.002777777777777778
    x224      obj       -7.91271031151091E-4   tail224   -0.008995502248875561
    x224      mono224   -1             icup224   -0.002777777777777778
    x224      mono225   1              icdown225  -0.004629629629629629
    x225      obj       -8.120939530234883E-4   tail225   -0.008995502248875561
    x225      mono225   -1             icup225   -0.004629629629629629
    x225      mono226   1              icdown226  -0.0044444444444444444
    x226      obj       -0.0033283358320839577   tail226   -0.035982008995502246
    x226      mono226   -1             icup226   -0.0044444444444444444
    x226      mono227   1              icdown227  -1.8518518518518518E-4
    x227      obj       -0.009162085623854739   tail227   -0.09895052473763119
    x227      mono227   -1             icup227   -1.8518518518518518E-4
    x227      mono228   1              icdown228  -1.8518518518518518E-4
    x228      obj       -8.337497917707812E-4   tail228   -0.008995502248875561
    x228      mono228   -1             icup228   -1.8518518518518518E-4
    x228      mono229   1              icdown229  -0.0016666666666666668
    x229      obj       -8.412460436448442E-4   tail229   -0.008995502248875561
    x229      mono229   -1             icup229   -0.0016666666666666668
    x229      mono230   1              icdown230  -7.407407407407407E-4
    x230      obj       -8.445777111444277E-4   tail230   -0.008995502248875561
    x230      mono230   -1             icup230   -7.407407407407407E-4
    x230      mono231   1              icdown231  -0.002037037037037037
    x231      obj       -0.001707479593536565   tail231   -0.017991004497751123
    x231      mono231   -1             icup231   -0.002037037037037037
    x231      mono232   1              icdown232  -0.001851851851851852
    x232      obj       -0.0017241379310344827   tail232   -0.017991004497751123
    x232      mono232   -1             icup232   -0.001851851851851852
    x232      mono233   1              icdown233  -7.407407407407407E-4
    x233      obj       -8.654006330168248E-4   tail233   -0.008995502248875561
    x233      mono233   -1             icup233   -7.407407407407407E-4
    x233      mono234   1              icdown234  -0.002037037037037037
    x234      obj       -0.0026236881559220386   tail234   -0.026986506746626684
    x234      mono234   -1             icup234   -0.002037037037037037
    x234      mono235   1              icdown235  -0.009259259259259259
    x235      obj       -0.004581042811927369   tail235   -0.04497751124437781
    x235      mono235   -1             icup235   -0.009259259259259259
    x235      mono236   1              icdown236  -0.004629629629629629
    x236      obj       -9.37031484257871E-4   tail236   -0.008995502248875561
    x236      mono236   -1             icup236   -0.004629629629629629
    x236      mono237   1              icdown237  -0.004629629629629629
    x237      obj       -9.57854406130268E-4   tail237   -0.008995502248875561
    x237      mono237   -1             icup237   -0.004629629629629629
    x237      mono238   1              icdown238  -0.003703703703703704
    x238      obj       -9.745127436281858E-4   tail238   -0.008995502248875561
    x238      mono238   -1             icup238   -0.003703703703703704
    x238      mono239   1              icdown239  -0.004629629629629629
    x239      obj       -9.95335665500583E-4   tail239   -0.008995502248875561
    x239      mono239   -1             icup239   -0.004629629629629629
    x239      mono240   1              icdown240  -9.25925925925926E-4
    x240      obj       -0.001999000499750125   tail240   -0.017991004497751123
    x240      mono240   -1             icup240   -9.25925925925926E-4
    x240      mono241   1              icdown241  -1.8518518518518518E-4
    x241      obj       -0.0020006663334999164   tail241   -0.017991004497751123
    x241      mono241   -1             icup241   -1.8518518518518518E-4
    x241      mono242   1              icdown242  -0.004629629629629629
    x242      obj       -0.0010211560886223554   tail242   -0.008995502248875561
    x242      mono242   -1             icup242   -0.004629629629629629
    x242      mono243   1              icdown243  -0.0044444444444444444
    x243      obj       -0.0010411460936198566   tail243   -0.008995502248875561
    x243      mono243   -1             icup243   -0.0044444444444444444
    x243      mono244   1              icdown244  -0.004629629629629629
    x244      obj       -0.0010619690154922538   tail244   -0.008995502248875561
    x244      mono244   -1             icup244   -0.004629629629629629
    x244      mono245   1              icdown245  -0.004629629629629629
    x245      obj       -0.0032483758120939532   tail245   -0.026986506746626684
    x245      mono245   -1             icup245   -0.004629629629629629
    x245      mono246   1              icdown246  -9.25925925925926E-4
    x246      obj       -0.0010869565217391302   tail246   -0.008995502248875561
    x246      mono246   -1             icup246   -9.25925925925926E-4
    x246      mono247   1              icdown247  -0.008333333333333333
    x247      obj       -0.0011244377811094452   tail247   -0.008995502248875561
    x247      mono247   -1             icup247   -0.008333333333333333
    x247      mono248   1              icdown248  -0.009259259259259259
    x248      obj       -0.0034982508745627183   tail248   -0.026986506746626684
    x248      mono248   -1             icup248   -0.009259259259259259
    x248      mono249   1              icdown249  -0.004629629629629629
    x249      obj       -0.0011869065467266366   tail249   -0.008995502248875561
    x249      mono249   -1             icup249   -0.004629629629629629
    x249      mono250   1              icdown250  -0.005740740740740741
    x250      obj       -0.0012127269698484092   tail250   -0.008995502248875561
    x250      mono250   -1             icup250   -0.005740740740740741
    x250      mono251   1              icdown251  -7.407407407407407E-4
    x251      obj       -0.0012160586373479926   tail251   -0.008995502248875561
    x251      mono251   -1             icup251   -7.407407407407407E-4
    x251      mono252   1              icdown252  -0.004629629629629629
    x252      obj       -0.0012368815592203896   tail252   -0.008995502248875561
    x252      mono252   -1             icup252   -0.004629629629629629
    x252      mono253   1              icdown253  -0.002777777777777778
    x253      obj       -0.01249375312343828   tail253   -0.08995502248875561
    x253      mono253   -1             icup253   -0.002777777777777778
    x253      mono254   1              icdown254  -3.7037037037037035E-4
    x254      obj       -0.0012510411460936199   tail254   -0.008995502248875561
    x254      mono254   -1             icup254   -3.7037037037037035E-4
    x254      mono255   1              icdown255  -0.0042592592592592595
    x255      obj       -0.006350991171081126   tail255   -0.04497751124437781
    x255      mono255   -1             icup255   -0.0042592592592592595
    x255      mono256   1              icdown256  -9.25925925925926E-4
    x256      obj       -0.0012743628185907046   tail256   -0.008995502248875561
    x256      mono256   -1             icup256   -9.25925925925926E-4
    x256      mono257   1              icdown257  -0.003703703703703704
    x257      obj       -0.0025820423121772442   tail257   -0.017991004497751123
    x257      mono257   -1             icup257   -0.003703703703703704
    x257      mono258   1              icdown258  -0.004814814814814815
    x258      obj       -0.0013126769948359153   tail258   -0.008995502248875561
    x258      mono258   -1             icup258   -0.004814814814814815
    x258      mono259   1              icdown259  -7.407407407407407E-4
    x259      obj       -0.0013160086623354988   tail259   -0.008995502248875561
    x259      mono259   -1             icup259   -7.407407407407407E-4
    x259      mono260   1              icdown260  -0.0035185185185185185
    x260      obj       -0.0026636681659170415   tail260   -0.017991004497751123
    x260      mono260   -1             icup260   -0.0035185185185185185
    x260      mono261   1              icdown261  -1.8518518518518518E-4
    x261      obj       -0.009328668998833917   tail261   -0.06296851574212894
    x261      mono261   -1             icup261   -1.8518518518518518E-4
    x261      mono262   1              icdown262  -0.004629629629629629
    x262      obj       -0.0027069798434116274   tail262   -0.017991004497751123
    x262      mono262   -1             icup262   -0.004629629629629629
    x262      mono263   1              icdown263  -9.25925925925926E-4
    x263      obj       -0.0013576545060802931   tail263   -0.008995502248875561
    x263      mono263   -1             icup263   -9.25925925925926E-4
    x263      mono264   1              icdown264  -0.012037037037037037
    x264      obj       -0.0014117941029485256   tail264   -0.008995502248875561
    x264      mono264   -1             icup264   -0.012037037037037037
    x264      mono265   1              icdown265  -9.25925925925926E-4
    x265      obj       -0.001415958687323005   tail265   -0.008995502248875561
    x265      mono265   -1             icup265   -9.25925925925926E-4
    x265      mono266   1              icdown266  -1.8518518518518518E-4
    x266      obj       -0.001416791604197901   tail266   -0.008995502248875561
    x266      mono266   -1             icup266   -1.8518518518518518E-4
    x266      mono267   1              icdown267  -0.0035185185185185185
    x267      obj       -0.0014326170248209228   tail267   -0.008995502248875561
    x267      mono267   -1             icup267   -0.0035185185185185185
    x267      mono268   1              icdown268  -9.25925925925926E-4
    x268      obj       -0.001436781609195402   tail268   -0.008995502248875561
    x268      mono268   -1             icup268   -9.25925925925926E-4
    x268      mono269   1              icdown269  -0.009259259259259259
    x269      obj       -0.0014784274529401965   tail269   -0.008995502248875561
    x269      mono269   -1             icup269   -0.009259259259259259
    x269      mono270   1              icdown270  -0.0044444444444444444
    x270      obj       -0.0014984174579376977   tail270   -0.008995502248875561
    x270      mono270   -1             icup270   -0.0044444444444444444
    x270      mono271   1              icdown271  -1.8518518518518518E-4
    x271      obj       -0.010494752623688158   tail271   -0.06296851574212894
    x271      mono271   -1             icup271   -1.8518518518518518E-4
    x271      mono272   1              icdown272  -0.004629629629629629
    x272      obj       -0.0015200732966849909   tail272   -0.008995502248875561
    x272      mono272   -1             icup272   -0.004629629629629629
    x272      mono273   1              icdown273  -0.004629629629629629
    x273      obj       -0.0030817924371147757   tail273   -0.017991004497751123
    x273      mono273   -1             icup273   -0.004629629629629629
    x273      mono274   1              icdown274  -9.25925925925926E-4
    x274      obj       -0.0015450608029318673   tail274   -0.008995502248875561
    x274      mono274   -1             icup274   -9.25925925925926E-4
    x274      mono275   1              icdown275  -0.002777777777777778
    x275      obj       -0.0015575545560553054   tail275   -0.008995502248875561
    x275      mono275   -1             icup275   -0.002777777777777778
    x275      mono276   1              icdown276  -0.001851851851851852
    x276      obj       -0.0015658837248042643   tail276   -0.008995502248875561
    x276      mono276   -1             icup276   -0.001851851851851852
    x276      mono277   1              icdown277  -0.002777777777777778
    x277      obj       -0.0015783774779277028   tail277   -0.008995502248875561
    x277      mono277   -1             icup277   -0.002777777777777778
    x277      mono278   1              icdown278  -9.25925925925926E-4
    x278      obj       -0.001582542062302182   tail278   -0.008995502248875561
    x278      mono278   -1             icup278   -9.25925925925926E-4
    x278      mono279   1              icdown279  -0.004629629629629629
    x279      obj       -0.0016033649841745792   tail279   -0.008995502248875561
    x279      mono279   -1             icup279   -0.004629629629629629
    x279      mono280   1              icdown280  -0.013888888888888888
    x280      obj       -0.008329168748958853   tail280   -0.04497751124437781
    x280      mono280   -1             icup280   -0.013888888888888888
    x280      mono281   1              icdown281  -0.0014814814814814814
    x281      obj       -0.0016724970847909377   tail281   -0.008995502248875561
    x281      mono281   -1             icup281   -0.0014814814814814814
    x281      mono282   1              icdown282  -0.0077777777777777776
    x282      obj       -0.00341495918707313   tail282   -0.017991004497751123
    x282      mono282   -1             icup282   -0.0077777777777777776
    x282      mono283   1              icdown283  -0.009259259259259259
    x283      obj       -0.0034982508745627183   tail283   -0.017991004497751123
    x283      mono283   -1             icup283   -0.009259259259259259
    x283      mono284   1              icdown284  -0.018518518518518517
    x284      obj       -0.0018324171247709477   tail284   -0.008995502248875561
    x284      mono284   -1             icup284   -0.018518518518518517
    x284      mono285   1              icdown285  -0.004629629629629629
    x285      obj       -0.001853240046643345   tail285   -0.008995502248875561
    x285      mono285   -1             icup285   -0.004629629629629629
    x285      mono286   1              icdown286  -0.013888888888888888
    x286      obj       -0.003831417624521072   tail286   -0.017991004497751123
    x286      mono286   -1             icup286   -0.013888888888888888
    x286      mono287   1              icdown287  -0.004629629629629629
    x287      obj       -0.0019365317341329335   tail287   -0.008995502248875561
    x287      mono287   -1             icup287   -0.004629629629629629
    x287      mono288   1              icdown288  -0.012962962962962963
    x288      obj       -0.0019948359153756454   tail288   -0.008995502248875561
    x288      mono288   -1             icup288   -0.012962962962962963
    x288      mono289   1              icdown289  -0.032407407407407406
    x289      obj       -0.0021405963684824254   tail289   -0.008995502248875561
    x289      mono289   -1             icup289   -0.032407407407407406
    x289      mono290   1              icdown290  -0.005555555555555556
    x290      obj       -0.004331167749458604   tail290   -0.017991004497751123
    x290      mono290   -1             icup290   -0.005555555555555556
    x290      mono291   1              icdown291  -0.018518518518518517
    x291      obj       -0.0022488755622188904   tail291   -0.008995502248875561
    x291      mono291   -1             icup291   -0.018518518518518517
    x291      mono292   1              icdown292  -0.05555555555555555
    x292      obj       -0.009995002498750623   tail292   -0.035982008995502246
    x292      mono292   -1             icup292   -0.05555555555555555
    x292      mono293   1              icdown293  -0.009259259259259259
    x293      obj       -0.0025403964684324503   tail293   -0.008995502248875561
    x293      mono293   -1             icup293   -0.009259259259259259
    x293      mono294   1              icdown294  -0.009259259259259259
    x294      obj       -0.0025820423121772442   tail294   -0.008995502248875561
    x294      mono294   -1             icup294   -0.009259259259259259
    x294      mono295   1              icdown295  -5.555555555555556E-4
    x295      obj       -0.002584541062801932   tail295   -0.008995502248875561
    x295      mono295   -1             icup295   -5.555555555555556E-4
    x295      mono296   1              icdown296  -0.12907407407407406
    x296      obj       -0.003165084124604364   tail296   -0.008995502248875561
    x296      mono296   -1             icup296   -0.12907407407407406
    x296      mono297   1              icdown297  -0.2777777777777778
    x297      obj       -0.004414459436948192   tail297   -0.008995502248875561
    x297      mono297   -1             icup297   -0.2777777777777778
    x297      mono298   1              icdown298  -0.018518518518518517
    x298      obj       -0.004497751124437781   tail298   -0.008995502248875561
    x298      mono298   -1             icup298   -0.018518518518518517
    u1        obj       -0.035982008995502246   icdown2   -1
    u1        icup2     -1             nosubsidy  1
    u2        obj       -0.013493253373313342   icdown2   1
    u2        icup2     1              icdown3   -1
    u2        icup3     -1
    u3        obj       -0.013493253373313342   icdown3   1
    u3        icup3     1              icdown4   -1
    u3        icup4     -1
    u4        obj       -0.004497751124437781   icdown4   1
    u4        icup4     1              icdown5   -1
    u4        icup5     -1
    u5        obj       -0.017991004497751123   icdown5   1
    u5        icup5     1              icdown6   -1
    u5        icup6     -1
    u6        obj       -0.004497751124437781   icdown6   1
    u6        icup6     1              icdown7   -1
    u6        icup7     -1
    u7        obj       -0.008995502248875561   icdown7   1
    u7        icup7     1              icdown8   -1
    u7        icup8     -1
    u8        obj       -0.013493253373313342   icdown8   1
    u8        icup8     1              icdown9   -1
    u8        icup9     -1
    u9        obj       -0.008995502248875561   icdown9   1
    u9        icup9     1              icdown10  -1
    u9        icup10    -1
    u10       obj       -0.008995502248875561   icdown10  1
    u10       icup10    1              icdown11  -1
    u10       icup11    -1
    u11       obj       -0.004497751124437781   icdown11  1
    u11       icup11    1              icdown12  -1
    u11       icup12    -1
    u12       obj       -0.017991004497751123   icdown12  1
    u12       icup12    1              icdown13  -1
    u12       icup13    -1
    u13       obj       -0.008995502248875561   icdown13  1
    u13       icup13    1              icdown14  -1
    u13       icup14    -1
    u14       obj       -0.004497751124437781   icdown14  1
    u14       icup14    1              icdown15  -1
    u14       icup15    -1
    u15       obj       -0.03148425787106447   icdown15  1
    u15       icup15    1              icdown16  -1
    u15       icup16    -1
    u16       obj       -0.004497751124437781   icdown16  1
    u16       icup16    1              icdown17  -1
    u16       icup17    -1
    u17       obj       -0.03148425787106447   icdown17  1
    u17       icup17    1              icdown18  -1
    u17       icup18    -1
    u18       obj       -0.004497751124437781   icdown18  1
    u18       icup18    1              icdown19  -1
    u18       icup19    -1
    u19       obj       -0.004497751124437781   icdown19  1
    u19       icup19    1              icdown20  -1
    u19       icup20    -1
    u20       obj       -0.022488755622188904   icdown20  1
    u20       icup20    1              icdown21  -1
    u20       icup21    -1
    u21       obj       -0.013493253373313342   icdown21  1
    u21       icup21    1              icdown22  -1
    u21       icup22    -1
    u22       obj       -0.004497751124437781   icdown22  1
    u22       icup22    1              icdown23  -1
    u22       icup23    -1
    u23       obj       -0.07646176911544228   icdown23  1
    u23       icup23    1              icdown24  -1
    u23       icup24    -1
    u24       obj       -0.008995502248875561   icdown24  1
    u24       icup24    1              icdown25  -1
    u24       icup25    -1
    u25       obj       -0.004497751124437781   icdown25  1
    u25       icup25    1              icdown26  -1
    u25       icup26    -1
    u26       obj       -0.013493253373313342   icdown26  1
    u26       icup26    1              icdown27  -1
    u26       icup27    -1
    u27       obj       -0.022488755622188904   icdown27  1
    u27       icup27    1              icdown28  -1
    u27       icup28    -1
    u28       obj       -0.008995502248875561   icdown28  1
    u28       icup28    1              icdown29  -1
    u28       icup29    -1
    u29       obj       -0.004497751124437781   icdown29  1
    u29       icup29    1              icdown30  -1
    u29       icup30    -1
    u30       obj       -0.004497751124437781   icdown30  1
    u30       icup30    1              icdown31  -1
    u30       icup31    -1
    u31       obj       -0.004497751124437781   icdown31  1
    u31       icup31    1              icdown32  -1
    u31       icup32    -1
    u32       obj       -0.008995502248875561   icdown32  1
    u32       icup32    1              icdown33  -1
    u32       icup33    -1
    u33       obj       -0.004497751124437781   icdown33  1
    u33       icup33    1              icdown34  -1
    u33       icup34    -1
    u34       obj       -0.004497751124437781   icdown34  1
    u34       icup34    1              icdown35  -1
    u34       icup35    -1
    u35       obj       -0.004497751124437781   icdown35  1
    u35       icup35    1              icdown36  -1
    u35       icup36    -1
    u36       obj       -0.008995502248875561   icdown36  1
    u36       icup36    1              icdown37  -1
    u36       icup37    -1
    u37       obj       -0.004497751124437781   icdown37  1
    u37       icup37    1              icdown38  -1
    u37       icup38    -1
    u38       obj       -0.004497751124437781   icdown38  1
    u38       icup38    1              icdown39  -1
    u38       icup39    -1
    u39       obj       -0.004497751124437781   icdown39  1
    u39       icup39    1              icdown40  -1
    u39       icup40    -1
    u40       obj       -0.004497751124437781   icdown40  1
    u40       icup40    1              icdown41  -1
    u40       icup41    -1
    u41       obj       -0.004497751124437781   icdown41  1
    u41       icup41    1              icdown42  -1
    u41       icup42    -1
    u42       obj       -0.08095952023988007   icdown42  1
    u42       icup42    1              icdown43  -1
    u42       icup43    -1
    u43       obj       -0.008995502248875561   icdown43  1
    u43       icup43    1              icdown44  -1
    u43       icup44    -1
    u44       obj       -0.004497751124437781   icdown44  1
    u44       icup44    1              icdown45  -1
    u44       icup45    -1
    u45       obj       -0.008995502248875561   icdown45  1
    u45       icup45    1              icdown46  -1
    u45       icup46    -1
    u46       obj       -0.004497751124437781   icdown46  1
    u46       icup46    1              icdown47  -1
    u46       icup47    -1
    u47       obj       -0.004497751124437781   icdown47  1
    u47       icup47    1              icdown48  -1
    u47       icup48    -1
    u48       obj       -0.004497751124437781   icdown48  1
    u48       icup48    1              icdown49  -1
    u48       icup49    -1
    u49       obj       -0.017991004497751123   icdown49  1
    u49       icup49    1              icdown50  -1
    u49       icup50    -1
    u50       obj       -0.004497751124437781   icdown50  1
    u50       icup50    1              icdown51  -1
    u50       icup51    -1
    u51       obj       -0.008995502248875561   icdown51  1
    u51       icup51    1              icdown52  -1
    u51       icup52    -1
    u52       obj       -0.004497751124437781   icdown52  1
    u52       icup52    1              icdown53  -1
    u52       icup53    -1
    u53       obj       -0.004497751124437781   icdown53  1
    u53       icup53    1              icdown54  -1
    u53       icup54    -1
    u54       obj       -0.004497751124437781   icdown54  1
    u54       icup54    1              icdown55  -1
    u54       icup55    -1
    u55       obj       -0.013493253373313342   icdown55  1
    u55       icup55    1              icdown56  -1
    u55       icup56    -1
    u56       obj       -0.004497751124437781   icdown56  1
    u56       icup56    1              icdown57  -1
    u56       icup57    -1
    u57       obj       -0.008995502248875561   icdown57  1
    u57       icup57    1              icdown58  -1
    u57       icup58    -1
    u58       obj       -0.004497751124437781   icdown58  1
    u58       icup58    1              icdown59  -1
    u58       icup59    -1
    u59       obj       -0.004497751124437781   icdown59  1
    u59       icup59    1              icdown60  -1
    u59       icup60    -1
    u60       obj       -0.03148425787106447   icdown60  1
    u60       icup60    1              icdown61  -1
    u60       icup61    -1
    u61       obj       -0.008995502248875561   icdown61  1
    u61       icup61    1              icdown62  -1
    u61       icup62    -1
    u62       obj       -0.004497751124437781   icdown62  1
    u62       icup62    1              icdown63  -1
    u62       icup63    -1
    u63       obj       -0.004497751124437781   icdown63  1
    u63       icup63    1              icdown64  -1
    u63       icup64    -1
    u64       obj       -0.017991004497751123   icdown64  1
    u64       icup64    1              icdown65  -1
    u64       icup65    -1
    u65       obj       -0.004497751124437781   icdown65  1
    u65       icup65    1              icdown66  -1
    u65       icup66    -1
    u66       obj       -0.008995502248875561   icdown66  1
    u66       icup66    1              icdown67  -1
    u66       icup67    -1
    u67       obj       -0.008995502248875561   icdown67  1
    u67       icup67    1              icdown68  -1
    u67       icup68    -1
    u68       obj       -0.004497751124437781   icdown68  1
    u68       icup68    1              icdown69  -1
    u68       icup69    -1
    u69       obj       -0.013493253373313342   icdown69  1
    u69       icup69    1              icdown70  -1
    u69       icup70    -1
    u70       obj       -0.017991004497751123   icdown70  1
    u70       icup70    1              icdown71  -1
    u70       icup71    -1
    u71       obj       -0.004497751124437781   icdown71  1
    u71       icup71    1              icdown72  -1
    u71       icup72    -1
    u72       obj       -0.004497751124437781   icdown72  1
    u72       icup72    1              icdown73  -1
    u72       icup73    -1
    u73       obj       -0.008995502248875561   icdown73  1
    u73       icup73    1              icdown74  -1
    u73       icup74    -1
    u74       obj       -0.013493253373313342   icdown74  1
    u74       icup74    1              icdown75  -1
    u74       icup75    -1
    u75       obj       -0.07196401799100449   icdown75  1
    u75       icup75    1              icdown76  -1
    u75       icup76    -1
    u76       obj       -0.013493253373313342   icdown76  1
    u76       icup76    1              icdown77  -1
    u76       icup77    -1
    u77       obj       -0.013493253373313342   icdown77  1
    u77       icup77    1              icdown78  -1
    u77       icup78    -1
    u78       obj       -0.008995502248875561   icdown78  1
    u78       icup78    1              icdown79  -1
    u78       icup79    -1
    u79       obj       -0.004497751124437781   icdown79  1
    u79       icup79    1              icdown80  -1
    u79       icup80    -1
    u80       obj       -0.004497751124437781   icdown80  1
    u80       icup80    1              icdown81  -1
    u80       icup81    -1
    u81       obj       -0.004497751124437781   icdown81  1
    u81       icup81    1              icdown82  -1
    u81       icup82    -1
    u82       obj       -0.008995502248875561   icdown82  1
    u82       icup82    1              icdown83  -1
    u82       icup83    -1
    u83       obj       -0.004497751124437781   icdown83  1
    u83       icup83    1              icdown84  -1
    u83       icup84    -1
    u84       obj       -0.004497751124437781   icdown84  1
    u84       icup84    1              icdown85  -1
    u84       icup85    -1
    u85       obj       -0.03148425787106447   icdown85  1
    u85       icup85    1              icdown86  -1
    u85       icup86    -1
    u86       obj       -0.004497751124437781   icdown86  1
    u86       icup86    1              icdown87  -1
    u86       icup87    -1
    u87       obj       -0.004497751124437781   icdown87  1
    u87       icup87    1              icdown88  -1
    u87       icup88    -1
    u88       obj       -0.008995502248875561   icdown88  1
    u88       icup88    1              icdown89  -1
    u88       icup89    -1
    u89       obj       -0.049475262368815595   icdown89  1
    u89       icup89    1              icdown90  -1
    u89       icup90    -1
    u90       obj       -0.017991004497751123   icdown90  1
    u90       icup90    1              icdown91  -1
    u90       icup91    -1
    u91       obj       -0.004497751124437781   icdown91  1
    u91       icup91    1              icdown92  -1
    u91       icup92    -1
    u92       obj       -0.008995502248875561   icdown92  1
    u92       icup92    1              icdown93  -1
    u92       icup93    -1
    u93       obj       -0.004497751124437781   icdown93  1
    u93       icup93    1              icdown94  -1
    u93       icup94    -1
    u94       obj       -0.004497751124437781   icdown94  1
    u94       icup94    1              icdown95  -1
    u94       icup95    -1
    u95       obj       -0.004497751124437781   icdown95  1
    u95       icup95    1              icdown96  -1
    u95       icup96    -1
    u96       obj       -0.008995502248875561   icdown96  1
    u96       icup96    1              icdown97  -1
    u96       icup97    -1
    u97       obj       -0.013493253373313342   icdown97  1
    u97       icup97    1              icdown98  -1
    u97       icup98    -1
    u98       obj       -0.013493253373313342   icdown98  1
    u98       icup98    1              icdown99  -1
    u98       icup99    -1
    u99       obj       -0.004497751124437781   icdown99  1
    u99       icup99    1              icdown100  -1
    u99       icup100   -1
    u100      obj       -0.004497751124437781   icdown100  1
    u100      icup100   1              icdown101  -1
    u100      icup101   -1
    u101      obj       -0.008995502248875561   icdown101  1
    u101      icup101   1              icdown102  -1
    u101      icup102   -1
    u102      obj       -0.004497751124437781   icdown102  1
    u102      icup102   1              icdown103  -1
    u102      icup103   -1
    u103      obj       -0.013493253373313342   icdown103  1
    u103      icup103   1              icdown104  -1
    u103      icup104   -1
    u104      obj       -0.008995502248875561   icdown104  1
    u104      icup104   1              icdown105  -1
    u104      icup105   -1
    u105      obj       -0.004497751124437781   icdown105  1
    u105      icup105   1              icdown106  -1
    u105      icup106   -1
    u106      obj       -0.06746626686656672   icdown106  1
    u106      icup106   1              icdown107  -1
    u106      icup107   -1
    u107      obj       -0.013493253373313342   icdown107  1
    u107      icup107   1              icdown108  -1
    u107      icup108   -1
    u108      obj       -0.004497751124437781   icdown108  1
    u108      icup108   1              icdown109  -1
    u108      icup109   -1
    u109      obj       -0.008995502248875561   icdown109  1
    u109      icup109   1              icdown110  -1
    u109      icup110   -1
    u110      obj       -0.004497751124437781   icdown110  1
    u110      icup110   1              icdown111  -1
    u110      icup111   -1
    u111      obj       -0.008995502248875561   icdown111  1
    u111      icup111   1              icdown112  -1
    u111      icup112   -1
    u112      obj       -0.004497751124437781   icdown112  1
    u112      icup112   1              icdown113  -1
    u112      icup113   -1
    u113      obj       -0.004497751124437781   icdown113  1
    u113      icup113   1              icdown114  -1
    u113      icup114   -1
    u114      obj       -0.004497751124437781   icdown114  1
    u114      icup114   1              icdown115  -1
    u114      icup115   -1
    u115      obj       -0.004497751124437781   icdown115  1
    u115      icup115   1              icdown116  -1
    u115      icup116   -1
    u116      obj       -0.013493253373313342   icdown116  1
    u116      icup116   1              icdown117  -1
    u116      icup117   -1
    u117      obj       -0.008995502248875561   icdown117  1
    u117      icup117   1              icdown118  -1
    u117      icup118   -1
    u118      obj       -0.004497751124437781   icdown118  1
    u118      icup118   1              icdown119  -1
    u118      icup119   -1
    u119      obj       -0.008995502248875561   icdown119  1
    u119      icup119   1              icdown120  -1
    u119      icup120   -1
    u120      obj       -0.008995502248875561   icdown120  1
    u120      icup120   1              icdown121  -1
    u120      icup121   -1
    u121      obj       -0.004497751124437781   icdown121  1
    u121      icup121   1              icdown122  -1
    u121      icup122   -1
    u122      obj       -0.004497751124437781   icdown122  1
    u122      icup122   1              icdown123  -1
    u122      icup123   -1
    u123      obj       -0.004497751124437781   icdown123  1
    u123      icup123   1              icdown124  -1
    u123      icup124   -1
    u124      obj       -0.013493253373313342   icdown124  1
    u124      icup124   1              icdown125  -1
    u124      icup125   -1
    u125      obj       -0.004497751124437781   icdown125  1
    u125      icup125   1              icdown126  -1
    u125      icup126   -1
    u126      obj       -0.06296851574212894   icdown126  1
    u126      icup126   1              icdown127  -1
    u126      icup127   -1
    u127      obj       -0.004497751124437781   icdown127  1
    u127      icup127   1              icdown128  -1
    u127      icup128   -1
    u128      obj       -0.013493253373313342   icdown128  1
    u128      icup128   1              icdown129  -1
    u128      icup129   -1
    u129      obj       -0.004497751124437781   icdown129  1
    u129      icup129   1              icdown130  -1
    u129      icup130   -1
    u130      obj       -0.004497751124437781   icdown130  1
    u130      icup130   1              icdown131  -1
    u130      icup131   -1
    u131      obj       -0.004497751124437781   icdown131  1
    u131      icup131   1              icdown132  -1
    u131      icup132   -1
    u132      obj       -0.013493253373313342   icdown132  1
    u132      icup132   1              icdown133  -1
    u132      icup133   -1
    u133      obj       -0.004497751124437781   icdown133  1
    u133      icup133   1              icdown134  -1
    u133      icup134   -1
    u134      obj       -0.004497751124437781   icdown134  1
    u134      icup134   1              icdown135  -1
    u134      icup135   -1
    u135      obj       -0.022488755622188904   icdown135  1
    u135      icup135   1              icdown136  -1
    u135      icup136   -1
    u136      obj       -0.004497751124437781   icdown136  1
    u136      icup136   1              icdown137  -1
    u136      icup137   -1
    u137      obj       -0.013493253373313342   icdown137  1
    u137      icup137   1              icdown138  -1
    u137      icup138   -1
    u138      obj       -0.004497751124437781   icdown138  1
    u138      icup138   1              icdown139  -1
    u138      icup139   -1
    u139      obj       -0.004497751124437781   icdown139  1
    u139      icup139   1              icdown140  -1
    u139      icup140   -1
    u140      obj       -0.004497751124437781   icdown140  1
    u140      icup140   1              icdown141  -1
    u140      icup141   -1
    u141      obj       -0.004497751124437781   icdown141  1
    u141      icup141   1              icdown142  -1
    u141      icup142   -1
    u142      obj       -0.05397301349325337   icdown142  1
    u142      icup142   1              icdown143  -1
    u142      icup143   -1
    u143      obj       -0.008995502248875561   icdown143  1
    u143      icup143   1              icdown144  -1
    u143      icup144   -1
    u144      obj       -0.013493253373313342   icdown144  1
    u144      icup144   1              icdown145  -1
    u144      icup145   -1
    u145      obj       -0.013493253373313342   icdown145  1
    u145      icup145   1              icdown146  -1
    u145      icup146   -1
    u146      obj       -0.004497751124437781   icdown146  1
    u146      icup146   1              icdown147  -1
    u146      icup147   -1
    u147      obj       -0.004497751124437781   icdown147  1
    u147      icup147   1              icdown148  -1
    u147      icup148   -1
    u148      obj       -0.004497751124437781   icdown148  1
    u148      icup148   1              icdown149  -1
    u148      icup149   -1
    u149      obj       -0.004497751124437781   icdown149  1
    u149      icup149   1              icdown150  -1
    u149      icup150   -1
    u150      obj       -0.017991004497751123   icdown150  1
    u150      icup150   1              icdown151  -1
    u150      icup151   -1
    u151      obj       -0.008995502248875561   icdown151  1
    u151      icup151   1              icdown152  -1
    u151      icup152   -1
    u152      obj       -0.008995502248875561   icdown152  1
    u152      icup152   1              icdown153  -1
    u152      icup153   -1
    u153      obj       -0.03148425787106447   icdown153  1
    u153      icup153   1              icdown154  -1
    u153      icup154   -1
    u154      obj       -0.004497751124437781   icdown154  1
    u154      icup154   1              icdown155  -1
    u154      icup155   -1
    u155      obj       -0.004497751124437781   icdown155  1
    u155      icup155   1              icdown156  -1
    u155      icup156   -1
    u156      obj       -0.013493253373313342   icdown156  1
    u156      icup156   1              icdown157  -1
    u156      icup157   -1
    u157      obj       -0.004497751124437781   icdown157  1
    u157      icup157   1              icdown158  -1
    u157      icup158   -1
    u158      obj       -0.004497751124437781   icdown158  1
    u158      icup158   1              icdown159  -1
    u158      icup159   -1
    u159      obj       -0.004497751124437781   icdown159  1
    u159      icup159   1              icdown160  -1
    u159      icup160   -1
    u160      obj       -0.004497751124437781   icdown160  1
    u160      icup160   1              icdown161  -1
    u160      icup161   -1
    u161      obj       -0.004497751124437781   icdown161  1
    u161      icup161   1              icdown162  -1
    u161      icup162   -1
    u162      obj       -0.004497751124437781   icdown162  1
    u162      icup162   1              icdown163  -1
    u162      icup163   -1
    u163      obj       -0.09895052473763119   icdown163  1
    u163      icup163   1              icdown164  -1
    u163      icup164   -1
    u164      obj       -0.004497751124437781   icdown164  1
    u164      icup164   1              icdown165  -1
    u164      icup165   -1
    u165      obj       -0.008995502248875561   icdown165  1
    u165      icup165   1              icdown166  -1
    u165      icup166   -1
    u166      obj       -0.004497751124437781   icdown166  1
    u166      icup166   1              icdown167  -1
    u166      icup167   -1
    u167      obj       -0.004497751124437781   icdown167  1
    u167      icup167   1              icdown168  -1
    u167      icup168   -1
    u168      obj       -0.004497751124437781   icdown168  1
    u168      icup168   1              icdown169  -1
    u168      icup169   -1
    u169      obj       -0.008995502248875561   icdown169  1
    u169      icup169   1              icdown170  -1
    u169      icup170   -1
    u170      obj       -0.004497751124437781   icdown170  1
    u170      icup170   1              icdown171  -1
    u170      icup171   -1
    u171      obj       -0.008995502248875561   icdown171  1
    u171      icup171   1              icdown172  -1
    u171      icup172   -1
    u172      obj       -0.017991004497751123   icdown172  1
    u172      icup172   1              icdown173  -1
    u172      icup173   -1
    u173      obj       -0.004497751124437781   icdown173  1
    u173      icup173   1              icdown174  -1
    u173      icup174   -1
    u174      obj       -0.008995502248875561   icdown174  1
    u174      icup174   1              icdown175  -1
    u174      icup175   -1
    u175      obj       -0.004497751124437781   icdown175  1
    u175      icup175   1              icdown176  -1
    u175      icup176   -1
    u176      obj       -0.035982008995502246   icdown176  1
    u176      icup176   1              icdown177  -1
    u176      icup177   -1
    u177      obj       -0.013493253373313342   icdown177  1
    u177      icup177   1              icdown178  -1
    u177      icup178   -1
    u178      obj       -0.004497751124437781   icdown178  1
    u178      icup178   1              icdown179  -1
    u178      icup179   -1
    u179      obj       -0.004497751124437781   icdown179  1
    u179      icup179   1              icdown180  -1
    u179      icup180   -1
    u180      obj       -0.004497751124437781   icdown180  1
    u180      icup180   1              icdown181  -1
    u180      icup181   -1
    u181      obj       -0.004497751124437781   icdown181  1
    u181      icup181   1              icdown182  -1
    u181      icup182   -1
    u182      obj       -0.004497751124437781   icdown182  1
    u182      icup182   1              icdown183  -1
    u182      icup183   -1
    u183      obj       -0.013493253373313342   icdown183  1
    u183      icup183   1              icdown184  -1
    u183      icup184   -1
    u184      obj       -0.008995502248875561   icdown184  1
    u184      icup184   1              icdown185  -1
    u184      icup185   -1
    u185      obj       -0.004497751124437781   icdown185  1
    u185      icup185   1              icdown186  -1
    u185      icup186   -1
    u186      obj       -0.008995502248875561   icdown186  1
    u186      icup186   1              icdown187  -1
    u186      icup187   -1
    u187      obj       -0.004497751124437781   icdown187  1
    u187      icup187   1              icdown188  -1
    u187      icup188   -1
    u188      obj       -0.004497751124437781   icdown188  1
    u188      icup188   1              icdown189  -1
    u188      icup189   -1
    u189      obj       -0.022488755622188904   icdown189  1
    u189      icup189   1              icdown190  -1
    u189      icup190   -1
    u190      obj       -0.004497751124437781   icdown190  1
    u190      icup190   1              icdown191  -1
    u190      icup191   -1
    u191      obj       -0.008995502248875561   icdown191  1
    u191      icup191   1              icdown192  -1
    u191      icup192   -1
    u192      obj       -0.008995502248875561   icdown192  1
    u192      icup192   1              icdown193  -1
    u192      icup193   -1
    u193      obj       -0.004497751124437781   icdown193  1
    u193      icup193   1              icdown194  -1
    u193      icup194   -1
    u194      obj       -0.008995502248875561   icdown194  1
    u194      icup194   1              icdown195  -1
    u194      icup195   -1
    u195      obj       -0.004497751124437781   icdown195  1
    u195      icup195   1              icdown196  -1
    u195      icup196   -1
    u196      obj       -0.004497751124437781   icdown196  1
    u196      icup196   1              icdown197  -1
    u196      icup197   -1
    u197      obj       -0.013493253373313342   icdown197  1
    u197      icup197   1              icdown198  -1
    u197      icup198   -1
    u198      obj       -0.004497751124437781   icdown198  1
    u198      icup198   1              icdown199  -1
    u198      icup199   -1
    u199      obj       -0.004497751124437781   icdown199  1
    u199      icup199   1              icdown200  -1
    u199      icup200   -1
    u200      obj       -0.004497751124437781   icdown200  1
    u200      icup200   1              icdown201  -1
    u200      icup201   -1
    u201      obj       -0.004497751124437781   icdown201  1
    u201      icup201   1              icdown202  -1
    u201      icup202   -1
    u202      obj       -0.040479760119940034   icdown202  1
    u202      icup202   1              icdown203  -1
    u202      icup203   -1
    u203      obj       -0.004497751124437781   icdown203  1
    u203      icup203   1              icdown204  -1
    u203      icup204   -1
    u204      obj       -0.004497751124437781   icdown204  1
    u204      icup204   1              icdown205  -1
    u204      icup205   -1
    u205      obj       -0.004497751124437781   icdown205  1
    u205      icup205   1              icdown206  -1
    u205      icup206   -1
    u206      obj       -0.004497751124437781   icdown206  1
    u206      icup206   1              icdown207  -1
    u206      icup207   -1
    u207      obj       -0.008995502248875561   icdown207  1
    u207      icup207   1              icdown208  -1
    u207      icup208   -1
    u208      obj       -0.004497751124437781   icdown208  1
    u208      icup208   1              icdown209  -1
    u208      icup209   -1
    u209      obj       -0.004497751124437781   icdown209  1
    u209      icup209   1              icdown210  -1
    u209      icup210   -1
    u210      obj       -0.004497751124437781   icdown210  1
    u210      icup210   1              icdown211  -1
    u210      icup211   -1
    u211      obj       -0.004497751124437781   icdown211  1
    u211      icup211   1              icdown212  -1
    u211      icup212   -1
    u212      obj       -0.004497751124437781   icdown212  1
    u212      icup212   1              icdown213  -1
    u212      icup213   -1
    u213      obj       -0.004497751124437781   icdown213  1
    u213      icup213   1              icdown214  -1
    u213      icup214   -1
    u214      obj       -0.013493253373313342   icdown214  1
    u214      icup214   1              icdown215  -1
    u214      icup215   -1
    u215      obj       -0.004497751124437781   icdown215  1
    u215      icup215   1              icdown216  -1
    u215      icup216   -1
    u216      obj       -0.004497751124437781   icdown216  1
    u216      icup216   1              icdown217  -1
    u216      icup217   -1
    u217      obj       -0.004497751124437781   icdown217  1
    u217      icup217   1              icdown218  -1
    u217      icup218   -1
    u218      obj       -0.004497751124437781   icdown218  1
    u218      icup218   1              icdown219  -1
    u218      icup219   -1
    u219      obj       -0.004497751124437781   icdown219  1
    u219      icup219   1              icdown220  -1
    u219      icup220   -1
    u220      obj       -0.004497751124437781   icdown220  1
    u220      icup220   1              icdown221  -1
    u220      icup221   -1
    u221      obj       -0.004497751124437781   icdown221  1
    u221      icup221   1              icdown222  -1
    u221      icup222   -1
    u222      obj       -0.004497751124437781   icdown222  1
    u222      icup222   1              icdown223  -1
    u222      icup223   -1
    u223      obj       -0.004497751124437781   icdown223  1
    u223      icup223   1              icdown224  -1
    u223      icup224   -1
    u224      obj       -0.004497751124437781   icdown224  1
    u224      icup224   1              icdown225  -1
    u224      icup225   -1
    u225      obj       -0.004497751124437781   icdown225  1
    u225      icup225   1              icdown226  -1
    u225      icup226   -1
    u226      obj       -0.017991004497751123   icdown226  1
    u226      icup226   1              icdown227  -1
    u226      icup227   -1
    u227      obj       -0.049475262368815595   icdown227  1
    u227      icup227   1              icdown228  -1
    u227      icup228   -1
    u228      obj       -0.004497751124437781   icdown228  1
    u228      icup228   1              icdown229  -1
    u228      icup229   -1
    u229      obj       -0.004497751124437781   icdown229  1
    u229      icup229   1              icdown230  -1
    u229      icup230   -1
    u230      obj       -0.004497751124437781   icdown230  1
    u230      icup230   1              icdown231  -1
    u230      icup231   -1
    u231      obj       -0.008995502248875561   icdown231  1
    u231      icup231   1              icdown232  -1
    u231      icup232   -1
    u232      obj       -0.008995502248875561   icdown232  1
    u232      icup232   1              icdown233  -1
    u232      icup233   -1
    u233      obj       -0.004497751124437781   icdown233  1
    u233      icup233   1              icdown234  -1
    u233      icup234   -1
    u234      obj       -0.013493253373313342   icdown234  1
    u234      icup234   1              icdown235  -1
    u234      icup235   -1
    u235      obj       -0.022488755622188904   icdown235  1
    u235      icup235   1              icdown236  -1
    u235      icup236   -1
    u236      obj       -0.004497751124437781   icdown236  1
    u236      icup236   1              icdown237  -1
    u236      icup237   -1
    u237      obj       -0.004497751124437781   icdown237  1
    u237      icup237   1              icdown238  -1
    u237      icup238   -1
    u238      obj       -0.004497751124437781   icdown238  1
    u238      icup238   1              icdown239  -1
    u238      icup239   -1
    u239      obj       -0.004497751124437781   icdown239  1
    u239      icup239   1              icdown240  -1
    u239      icup240   -1
    u240      obj       -0.008995502248875561   icdown240  1
    u240      icup240   1              icdown241  -1
    u240      icup241   -1
    u241      obj       -0.008995502248875561   icdown241  1
    u241      icup241   1              icdown242  -1
    u241      icup242   -1
    u242      obj       -0.004497751124437781   icdown242  1
    u242      icup242   1              icdown243  -1
    u242      icup243   -1
    u243      obj       -0.004497751124437781   icdown243  1
    u243      icup243   1              icdown244  -1
    u243      icup244   -1
    u244      obj       -0.004497751124437781   icdown244  1
    u244      icup244   1              icdown245  -1
    u244      icup245   -1
    u245      obj       -0.013493253373313342   icdown245  1
    u245      icup245   1              icdown246  -1
    u245      icup246   -1
    u246      obj       -0.004497751124437781   icdown246  1
    u246      icup246   1              icdown247  -1
    u246      icup247   -1
    u247      obj       -0.004497751124437781   icdown247  1
    u247      icup247   1              icdown248  -1
    u247      icup248   -1
    u248      obj       -0.013493253373313342   icdown248  1
    u248      icup248   1              icdown249  -1
    u248      icup249   -1
    u249      obj       -0.004497751124437781   icdown249  1
    u249      icup249   1              icdown250  -1
    u249      icup250   -1
    u250      obj       -0.004497751124437781   icdown250  1
    u250      icup250   1              icdown251  -1
    u250      icup251   -1
    u251      obj       -0.004497751124437781   icdown251  1
    u251      icup251   1              icdown252  -1
    u251      icup252   -1
    u252      obj       -0.004497751124437781   icdown252  1
    u252      icup252   1              icdown253  -1
    u252      icup253   -1
    u253      obj       -0.04497751124437781   icdown253  1
    u253      icup253   1              icdown254  -1
    u253      icup254   -1
    u254      obj       -0.004497751124437781   icdown254  1
    u254      icup254   1              icdown255  -1
    u254      icup255   -1
    u255      obj       -0.022488755622188904   icdown255  1
    u255      icup255   1              icdown256  -1
    u255      icup256   -1
    u256      obj       -0.004497751124437781   icdown256  1
    u256      icup256   1              icdown257  -1
    u256      icup257   -1
    u257      obj       -0.008995502248875561   icdown257  1
    u257      icup257   1              icdown258  -1
    u257      icup258   -1
    u258      obj       -0.004497751124437781   icdown258  1
    u258      icup258   1              icdown259  -1
    u258      icup259   -1
    u259      obj       -0.004497751124437781   icdown259  1
    u259      icup259   1              icdown260  -1
    u259      icup260   -1
    u260      obj       -0.008995502248875561   icdown260  1
    u260      icup260   1              icdown261  -1
    u260      icup261   -1
    u261      obj       -0.03148425787106447   icdown261  1
    u261      icup261   1              icdown262  -1
    u261      icup262   -1
    u262      obj       -0.008995502248875561   icdown262  1
    u262      icup262   1              icdown263  -1
    u262      icup263   -1
    u263      obj       -0.004497751124437781   icdown263  1
    u263      icup263   1              icdown264  -1
    u263      icup264   -1
    u264      obj       -0.004497751124437781   icdown264  1
    u264      icup264   1              icdown265  -1
    u264      icup265   -1
    u265      obj       -0.004497751124437781   icdown265  1
    u265      icup265   1              icdown266  -1
    u265      icup266   -1
    u266      obj       -0.004497751124437781   icdown266  1
    u266      icup266   1              icdown267  -1
    u266      icup267   -1
    u267      obj       -0.004497751124437781   icdown267  1
    u267      icup267   1              icdown268  -1
    u267      icup268   -1
    u268      obj       -0.004497751124437781   icdown268  1
    u268      icup268   1              icdown269  -1
    u268      icup269   -1
    u269      obj       -0.004497751124437781   icdown269  1
    u269      icup269   1              icdown270  -1
    u269      icup270   -1
    u270      obj       -0.004497751124437781   icdown270  1
    u270      icup270   1              icdown271  -1
    u270      icup271   -1
    u271      obj       -0.03148425787106447   icdown271  1
    u271      icup271   1              icdown272  -1
    u271      icup272   -1
    u272      obj       -0.004497751124437781   icdown272  1
    u272      icup272   1              icdown273  -1
    u272      icup273   -1
    u273      obj       -0.008995502248875561   icdown273  1
    u273      icup273   1              icdown274  -1
    u273      icup274   -1
    u274      obj       -0.004497751124437781   icdown274  1
    u274      icup274   1              icdown275  -1
    u274      icup275   -1
    u275      obj       -0.004497751124437781   icdown275  1
    u275      icup275   1              icdown276  -1
    u275      icup276   -1
    u276      obj       -0.004497751124437781   icdown276  1
    u276      icup276   1              icdown277  -1
    u276      icup277   -1
    u277      obj       -0.004497751124437781   icdown277  1
    u277      icup277   1              icdown278  -1
    u277      icup278   -1
    u278      obj       -0.004497751124437781   icdown278  1
    u278      icup278   1              icdown279  -1
    u278      icup279   -1
    u279      obj       -0.004497751124437781   icdown279  1
    u279      icup279   1              icdown280  -1
    u279      icup280   -1
    u280      obj       -0.022488755622188904   icdown280  1
    u280      icup280   1              icdown281  -1
    u280      icup281   -1
    u281      obj       -0.004497751124437781   icdown281  1
    u281      icup281   1              icdown282  -1
    u281      icup282   -1
    u282      obj       -0.008995502248875561   icdown282  1
    u282      icup282   1              icdown283  -1
    u282      icup283   -1
    u283      obj       -0.008995502248875561   icdown283  1
    u283      icup283   1              icdown284  -1
    u283      icup284   -1
    u284      obj       -0.004497751124437781   icdown284  1
    u284      icup284   1              icdown285  -1
    u284      icup285   -1
    u285      obj       -0.004497751124437781   icdown285  1
    u285      icup285   1              icdown286  -1
    u285      icup286   -1
    u286      obj       -0.008995502248875561   icdown286  1
    u286      icup286   1              icdown287  -1
    u286      icup287   -1
    u287      obj       -0.004497751124437781   icdown287  1
    u287      icup287   1              icdown288  -1
    u287      icup288   -1
    u288      obj       -0.004497751124437781   icdown288  1
    u288      icup288   1              icdown289  -1
    u288      icup289   -1
    u289      obj       -0.004497751124437781   icdown289  1
    u289      icup289   1              icdown290  -1
    u289      icup290   -1
    u290      obj       -0.008995502248875561   icdown290  1
    u290      icup290   1              icdown291  -1
    u290      icup291   -1
    u291      obj       -0.004497751124437781   icdown291  1
    u291      icup291   1              icdown292  -1
    u291      icup292   -1
    u292      obj       -0.017991004497751123   icdown292  1
    u292      icup292   1              icdown293  -1
    u292      icup293   -1
    u293      obj       -0.004497751124437781   icdown293  1
    u293      icup293   1              icdown294  -1
    u293      icup294   -1
    u294      obj       -0.004497751124437781   icdown294  1
    u294      icup294   1              icdown295  -1
    u294      icup295   -1
    u295      obj       -0.004497751124437781   icdown295  1
    u295      icup295   1              icdown296  -1
    u295      icup296   -1
    u296      obj       -0.004497751124437781   icdown296  1
    u296      icup296   1              icdown297  -1
    u296      icup297   -1
    u297      obj       -0.004497751124437781   icdown297  1
    u297      icup297   1              icdown298  -1
    u297      icup298   -1
    u298      obj       -0.004497751124437781   icdown298  1
    u298      icup298   1
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
    t229      tail228   -1             tail229   1
    t230      tail229   -1             tail230   1
    t231      tail230   -1             tail231   1
    t232      tail231   -1             tail232   1
    t233      tail232   -1             tail233   1
    t234      tail233   -1             tail234   1
    t235      tail234   -1             tail235   1
    t236      tail235   -1             tail236   1
    t237      tail236   -1             tail237   1
    t238      tail237   -1             tail238   1
    t239      tail238   -1             tail239   1
    t240      tail239   -1             tail240   1
    t241      tail240   -1             tail241   1
    t242      tail241   -1             tail242   1
    t243      tail242   -1             tail243   1
    t244      tail243   -1             tail244   1
    t245      tail244   -1             tail245   1
    t246      tail245   -1             tail246   1
    t247      tail246   -1             tail247   1
    t248      tail247   -1             tail248   1
    t249      tail248   -1             tail249   1
    t250      tail249   -1             tail250   1
    t251      tail250   -1             tail251   1
    t252      tail251   -1             tail252   1
    t253      tail252   -1             tail253   1
    t254      tail253   -1             tail254   1
    t255      tail254   -1             tail255   1
    t256      tail255   -1             tail256   1
    t257      tail256   -1             tail257   1
    t258      tail257   -1             tail258   1
    t259      tail258   -1             tail259   1
    t260      tail259   -1             tail260   1
    t261      tail260   -1             tail261   1
    t262      tail261   -1             tail262   1
    t263      tail262   -1             tail263   1
    t264      tail263   -1             tail264   1
    t265      tail264   -1             tail265   1
    t266      tail265   -1             tail266   1
    t267      tail266   -1             tail267   1
    t268      tail267   -1             tail268   1
    t269      tail268   -1             tail269   1
    t270      tail269   -1             tail270   1
    t271      tail270   -1             tail271   1
    t272      tail271   -1             tail272   1
    t273      tail272   -1             tail273   1
    t274      tail273   -1             tail274   1
    t275      tail274   -1             tail275   1
    t276      tail275   -1             tail276   1
    t277      tail276   -1             tail277   1
    t278      tail277   -1             tail278   1
    t279      tail278   -1             tail279   1
    t280      tail279   -1             tail280   1
    t281      tail280   -1             tail281   1
    t282      tail281   -1             tail282   1
    t283      tail282   -1             tail283   1
    t284      tail283   -1             tail284   1
    t285      tail284   -1             tail285   1
    t286      tail285   -1             tail286   1
    t287      tail286   -1             tail287   1
    t288      tail287   -1             tail288   1
    t289      tail288   -1             tail289   1
    t290      tail289   -1             tail290   1
    t291      tail290   -1             tail291   1
    t292      tail291   -1             tail292   1
    t293      tail292   -1             tail293   1
    t294      tail293   -1             tail294   1
    t295      tail294   -1             tail295   1
    t296      tail295   -1             tail296   1
    t297      tail296   -1             tail297   1
    t298      tail297   -1             tail298   1
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
 UP BND       x229      1
 UP BND       x230      1
 UP BND       x231      1
 UP BND       x232      1
 UP BND       x233      1
 UP BND       x234      1
 UP BND       x235      1
 UP BND       x236      1
 UP BND       x237      1
 UP BND       x238      1
 UP BND       x239      1
 UP BND       x240      1
 UP BND       x241      1
 UP BND       x242      1
 UP BND       x243      1
 UP BND       x244      1
 UP BND       x245      1
 UP BND       x246      1
 UP BND       x247      1
 UP BND       x248      1
 UP BND       x249      1
 UP BND       x250      1
 UP BND       x251      1
 UP BND       x252      1
 UP BND       x253      1
 UP BND       x254      1
 UP BND       x255      1
 UP BND       x256      1
 UP BND       x257      1
 UP BND       x258      1
 UP BND       x259      1
 UP BND       x260      1
 UP BND       x261      1
 UP BND       x262      1
 UP BND       x263      1
 UP BND       x264      1
 UP BND       x265      1
 UP BND       x266      1
 UP BND       x267      1
 UP BND       x268      1
 UP BND       x269      1
 UP BND       x270      1
 UP BND       x271      1
 UP BND       x272      1
 UP BND       x273      1
 UP BND       x274      1
 UP BND       x275      1
 UP BND       x276      1
 UP BND       x277      1
 UP BND       x278      1
 UP BND       x279      1
 UP BND       x280      1
 UP BND       x281      1
 UP BND       x282      1
 UP BND       x283      1
 UP BND       x284      1
 UP BND       x285      1
 UP BND       x286      1
 UP BND       x287      1
 UP BND       x288      1
 UP BND       x289      1
 UP BND       x290      1
 UP BND       x291      1
 UP BND       x292      1
 UP BND       x293      1
 UP BND       x294      1
 UP BND       x295      1
 UP BND       x296      1
 UP BND       x297      1
 UP BND       x298      1
 UP BND       t1        1
 UP BND       t2        0.9999999999970229
 UP BND       t3        0.9999999999798812
 UP BND       t4        0.9999999999144907
 UP BND       t5        0.9999999998706423
 UP BND       t6        0.9999999994657228
 UP BND       t7        0.9999999992731832
 UP BND       t8        0.9999999987123996
 UP BND       t9        0.9999999972274138
 UP BND       t10       0.9999999956002542
 UP BND       t11       0.9999999932448813
 UP BND       t12       0.9999999917211021
 UP BND       t13       0.9999999824564088
 UP BND       t14       0.9999999752793435
 UP BND       t15       0.9999999708622951
 UP BND       t16       0.9999999175935784
 UP BND       t17       0.999999905698179
 UP BND       t18       0.9999997754748173
 UP BND       t19       0.9999997482901481
 UP BND       t20       0.9999997184162713
 UP BND       t21       0.9999995209762278
 UP BND       t22       0.9999993549473949
 UP BND       t23       0.9999992899510439
 UP BND       t24       0.9999970229582965
 UP BND       t25       0.9999965475443306
 UP BND       t26       0.9999962870974499
 UP BND       t27       0.9999954055269971
 UP BND       t28       0.9999935509855443
 UP BND       t29       0.9999926524476703
 UP BND       t30       0.9999921654849693
 UP BND       t31       0.999991651919501
 UP BND       t32       0.9999911106011059
 UP BND       t33       0.999989939919622
 UP BND       t34       0.999989308068589
 UP BND       t35       0.9999886434871539
 UP BND       t36       0.9999879448327733
 UP BND       t37       0.9999864397297555
 UP BND       t38       0.999985630388312
 UP BND       t39       0.9999847811866421
 UP BND       t40       0.9999838905694792
 UP BND       t41       0.9999829569364806
 UP BND       t42       0.9999819786413663
 UP BND       t43       0.9999545568668146
 UP BND       t44       0.9999500535282987
 UP BND       t45       0.9999476660809508
 UP BND       t46       0.9999426051704537
 UP BND       t47       0.999939925718711
 UP BND       t48       0.9999371428273521
 UP BND       t49       0.9999342533261348
 UP BND       t50       0.9999215632636569
 UP BND       t51       0.9999180905899361
 UP BND       t52       0.9999107599772281
 UP BND       t53       0.9999068945587237
 UP BND       t54       0.9999028906110702
 UP BND       t55       0.9998987441907219
 UP BND       t56       0.999885409396945
 UP BND       t57       0.9998806519606335
 UP BND       t58       0.999870642220862
 UP BND       t59       0.9998653809007694
 UP BND       t60       0.9998599424502833
 UP BND       t61       0.9998165035179737
 UP BND       t62       0.9998022118571238
 UP BND       t63       0.9997947254618128
 UP BND       t64       0.9997870044044533
 UP BND       t65       0.9997536549594729
 UP BND       t66       0.9997446706810323
 UP BND       t67       0.999725881387577
 UP BND       t68       0.9997059537278113
 UP BND       t69       0.9996955460483952
 UP BND       t70       0.9996624632974489
 UP BND       t71       0.9996137397412184
 UP BND       t72       0.9996006842449099
 UP BND       t73       0.9995872630748333
 UP BND       t74       0.9995592909848268
 UP BND       t75       0.9995143821568573
 UP BND       t76       0.9992052670416969
 UP BND       t77       0.9991321427043526
 UP BND       t78       0.9990534954344421
 UP BND       t79       0.9989978338529412
 UP BND       t80       0.9989689964466671
 UP BND       t81       0.9989394708329619
 UP BND       t82       0.9989092439347609
 UP BND       t83       0.998846633047442
 UP BND       t84       0.9988142219697771
 UP BND       t85       0.9987810554270066
 UP BND       t86       0.998526534047006
 UP BND       t87       0.9984868024432934
 UP BND       t88       0.9984461820304436
 UP BND       t89       0.9983622112238706
 UP BND       t90       0.997829736598121
 UP BND       t91       0.9976034640147724
 UP BND       t92       0.9975439256889809
 UP BND       t93       0.997421146234549
 UP BND       t94       0.9973578645296198
 UP BND       t95       0.9972932940409874
 UP BND       t96       0.9972274138559236
 UP BND       t97       0.997091639476134
 UP BND       t98       0.9968776176803692
 UP BND       t99       0.9966506291808509
 UP BND       t100      0.9965719781534574
 UP BND       t101      0.9964917940214817
 UP BND       t102      0.9963267309090377
 UP BND       t103      0.9962418034681327
 UP BND       t104      0.9959771409505331
 UP BND       t105      0.9957922128726303
 UP BND       t106      0.9956971255285425
 UP BND       t107      0.9940412517583151
 UP BND       t108      0.9936534694212198
 UP BND       t109      0.993519628206204
 UP BND       t110      0.9932448813138819
 UP BND       t111      0.9931039098469272
 UP BND       t112      0.9928146038221181
 UP BND       t113      0.9926662014044859
 UP BND       t114      0.992515253560142
 UP BND       t115      0.9923617254805391
 UP BND       t116      0.9922055820013409
 UP BND       t117      0.9917211021351664
 UP BND       t118      0.9913843776492388
 UP BND       t119      0.9912117830917117
 UP BND       t120      0.9908579407301803
 UP BND       t121      0.9904923048262179
 UP BND       t122      0.990304966914445
 UP BND       t123      0.9901145629917665
 UP BND       t124      0.9899210530457301
 UP BND       t125      0.9893214810723482
 UP BND       t126      0.9891151390631351
 UP BND       t127      0.9858587415783922
 UP BND       t128      0.9855980803304746
 UP BND       t129      0.984791951154849
 UP BND       t130      0.9845150289577608
 UP BND       t131      0.9842339174062679
 UP BND       t132      0.9839485659508911
 UP BND       t133      0.9830665598090345
 UP BND       t134      0.982763734080639
 UP BND       t135      0.9824564088049276
 UP BND       t136      0.980850406166237
 UP BND       t137      0.9805149470972945
 UP BND       t138      0.9794790454612633
 UP BND       t139      0.9791237128150764
 UP BND       t140      0.9787632675670273
 UP BND       t141      0.9783976510367303
 UP BND       t142      0.9780268040401099
 UP BND       t143      0.9731464205482632
 UP BND       t144      0.9722513804831127
 UP BND       t145      0.9708622950765199
 UP BND       t146      0.9694157392715984
 UP BND       t147      0.9689204580388664
 UP BND       t148      0.968418510952631
 UP BND       t149      0.9679098264341552
 UP BND       t150      0.9673943323297771
 UP BND       t151      0.9652627966854685
 UP BND       t152      0.9641542525785265
 UP BND       t153      0.9630163837983895
 UP BND       t154      0.9587939107719817
 UP BND       t155      0.9581591692607581
 UP BND       t156      0.9575163005810238
 UP BND       t157      0.9555380980016213
 UP BND       t158      0.9548618839324995
 UP BND       t159      0.9541771211396667
 UP BND       t160      0.953483723382225
 UP BND       t161      0.9527816037684061
 UP BND       t162      0.9520706747523056
 UP BND       t163      0.9513508481306074
 UP BND       t164      0.9330765106389147
 UP BND       t165      0.9321261333095596
 UP BND       t166      0.9301916118247011
 UP BND       t167      0.9292072554701473
 UP BND       t168      0.9282113593289392
 UP BND       t169      0.927203815427494
 UP BND       t170      0.9251533486663593
 UP BND       t171      0.9241102060657345
 UP BND       t172      0.921987547328419
 UP BND       t173      0.9175935784787379
 UP BND       t174      0.9164634503729736
 UP BND       t175      0.914164418462788
 UP BND       t176      0.9129952793017673
 UP BND       t177      0.9031553563707784
 UP BND       t178      0.8992341491292262
 UP BND       t179      0.8978980462565497
 UP BND       t180      0.8965472125371555
 UP BND       t181      0.8951815183277216
 UP BND       t182      0.8938008331310778
 UP BND       t183      0.8924050255924653
 UP BND       t184      0.8881255424346043
 UP BND       t185      0.8851944948490195
 UP BND       t186      0.8837051463102712
 UP BND       t187      0.8806781124204993
 UP BND       t188      0.8791401494756088
 UP BND       t189      0.8775857026449404
 UP BND       t190      0.8695612422035383
 UP BND       t191      0.8679048985274199
 UP BND       t192      0.8645395929894494
 UP BND       t193      0.8611031422797499
 UP BND       t194      0.8593578636360021
 UP BND       t195      0.8558124438433041
 UP BND       t196      0.8540119974833716
 UP BND       t197      0.8521928550867464
 UP BND       t198      0.8466216969454339
 UP BND       t199      0.8447262108464586
 UP BND       t200      0.8428112440947795
 UP BND       t201      0.8408766368503157
 UP BND       t202      0.8389222282913738
 UP BND       t203      0.8204144654557709
 UP BND       t204      0.818252979725905
 UP BND       t205      0.8160698577035818
 UP BND       t206      0.813864926472582
 UP BND       t207      0.8116380120822975
 UP BND       t208      0.8071175328247834
 UP BND       t209      0.8048236148472969
 UP BND       t210      0.8025070074817364
 UP BND       t211      0.8001675315436292
 UP BND       t212      0.797805006789288
 UP BND       t213      0.7954192519116463
 UP BND       t214      0.7930100845360833
 UP BND       t215      0.7856402675744629
 UP BND       t216      0.7831356049633732
 UP BND       t217      0.7806066018212794
 UP BND       t218      0.7780530692801207
 UP BND       t219      0.7754748173748341
 UP BND       t220      0.7728716550391145
 UP BND       t221      0.7702433901011669
 UP BND       t222      0.7675898292794509
 UP BND       t223      0.764910778178416
 UP BND       t224      0.7622060412842296
 UP BND       t225      0.7594754219604966
 UP BND       t226      0.7567187224439702
 UP BND       t227      0.7454271275043491
 UP BND       t228      0.7121006292024188
 UP BND       t229      0.7088988145392873
 UP BND       t230      0.7056673811045728
 UP BND       t231      0.7024061101090199
 UP BND       t232      0.6957931742244752
 UP BND       t233      0.689058232293618
 UP BND       t234      0.6856444491529001
 UP BND       t235      0.6752151339194407
 UP BND       t236      0.657192598507254
 UP BND       t237      0.6534899431111568
 UP BND       t238      0.6497540206205047
 UP BND       t239      0.6459845923489627
 UP BND       t240      0.6421814183280896
 UP BND       t241      0.6344728667265491
 UP BND       t242      0.6266264202518702
 UP BND       t243      0.6226508727627381
 UP BND       t244      0.6186401125321755
 UP BND       t245      0.6145938904882149
 UP BND       t246      0.602239942943378
 UP BND       t247      0.5980493564763844
 UP BND       t248      0.5938220429580712
 UP BND       t249      0.5809171627969082
 UP BND       t250      0.576540357021148
 UP BND       t251      0.5721255253976516
 UP BND       t252      0.5676724040884435
 UP BND       t253      0.5631807278849663
 UP BND       t254      0.516084111305724
 UP BND       t255      0.51115043075451
 UP BND       t256      0.48584864666862626
 UP BND       t257      0.48065960917494005
 UP BND       t258      0.4701505366506559
 UP BND       t259      0.464829915834688
 UP BND       t260      0.4594648456761818
 UP BND       t261      0.4486001695512897
 UP BND       t262      0.40912956779792087
 UP BND       t263      0.3974295312504243
 UP BND       t264      0.39150750887794805
 UP BND       t265      0.38553706471013355
 UP BND       t266      0.3795178825244815
 UP BND       t267      0.3734496445521772
 UP BND       t268      0.3673320314730576
 UP BND       t269      0.3611647224105704
 UP BND       t270      0.3549473949267251
 UP BND       t271      0.3486797250170357
 UP BND       t272      0.3033689000406493
 UP BND       t273      0.29668663690785846
 UP BND       t274      0.2831617813018281
 UP BND       t275      0.2763185073071408
 UP BND       t276      0.26942087879410914
 UP BND       t277      0.26246855092987137
 UP BND       t278      0.25546117724340983
 UP BND       t279      0.24839840962037066
 UP BND       t280      0.241279898297876
 UP BND       t281      0.20483882844073528
 UP BND       t282      0.19737841692795813
 UP BND       t283      0.1822825148561957
 UP BND       t284      0.16695074464746718
 UP BND       t285      0.15919549158526813
 UP BND       t286      0.15138016718456399
 UP BND       t287      0.13556781596750472
 UP BND       t288      0.1275700406407305
 UP BND       t289      0.11951069694398322
 UP BND       t290      0.11138940628777094
 UP BND       t291      0.09495946101709866
 UP BND       t292      0.08665004048573113
 UP BND       t293      0.052773687868926236
 UP BND       t294      0.04414298199409842
 UP BND       t295      0.03544684276257115
 UP BND       t296      0.02668487391033222
 UP BND       t297      0.017856677376258505
 UP BND       t298      0.008961853296690716
ENDATA
