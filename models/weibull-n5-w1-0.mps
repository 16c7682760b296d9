* paretomech model export: the reduced-form LP of MATH section 2 (revenue-surplus trade-off of truthful
* mechanisms, arXiv 2602.11967); written by 'paretomech export'.
* instance weibull-n5: n = 5 buyers, k = 1 unit(s), K = 400 support points in [0, 2.4477468306808166], transfers no-subsidy
* weights: lambda_R = 1, lambda_S = 0 (given 1,0; normalised so that max(lambda_R, lambda_S) = 1)
* scale = 2.4477468306808166: every value v_j is divided by this (the largest support value) inside the program.
* program: 1200 variables, 1598 rows, 4393 non-zeros. Variables x1..x400 = interim allocation probabilities,
* u1..u400 = interim utilities divided by scale, t1..t400 = Border tail sums n * sum_{i>=j} f_i x_i (t_j <= B_j).
* objective: maximise c.z = (lambda_R R + lambda_S S) / scale, R = seller revenue, S = buyers' total surplus.
* MPS has no sense marker every reader accepts, so this file MINIMISES -c.z: a solver reports
* min = -(c.z optimum); negate it first.
* convert back: lambda_R R + lambda_S S = scale * (c.z optimum); for weights (1,0) that is R, for (0,1) S.
* from a solution z (f_j, v_j from the instance): S = scale * n * sum_j f_j u_j,
* R = n * sum_j f_j (v_j x_j - scale * u_j). Alone, R and S are unique only if the optimum is.
* expected optimum (exact ironing oracle, MATH section 3): c.z = 0.4478890383938985, lambda_R R + lambda_S S = 1.0963189742253436
* (at the oracle's mechanism R = 1.0963189742253436, S = 0.350982097352947); the MPS minimum is -0.4478890383938985
* expected: instance=weibull-n5 buyers=5 units=1 support=400 transfers=no-subsidy lambda_r=1 lambda_s=0 scale=2.4477468306808166 objective=0.4478890383938985 revenue=1.0963189742253436 surplus=0.350982097352947
* objective negated: maximise c.z
NAME          paretomech_weibull_n5_n5_k1
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
 E  tail299
 E  tail300
 E  tail301
 E  tail302
 E  tail303
 E  tail304
 E  tail305
 E  tail306
 E  tail307
 E  tail308
 E  tail309
 E  tail310
 E  tail311
 E  tail312
 E  tail313
 E  tail314
 E  tail315
 E  tail316
 E  tail317
 E  tail318
 E  tail319
 E  tail320
 E  tail321
 E  tail322
 E  tail323
 E  tail324
 E  tail325
 E  tail326
 E  tail327
 E  tail328
 E  tail329
 E  tail330
 E  tail331
 E  tail332
 E  tail333
 E  tail334
 E  tail335
 E  tail336
 E  tail337
 E  tail338
 E  tail339
 E  tail340
 E  tail341
 E  tail342
 E  tail343
 E  tail344
 E  tail345
 E  tail346
 E  tail347
 E  tail348
 E  tail349
 E  tail350
 E  tail351
 E  tail352
 E  tail353
 E  tail354
 E  tail355
 E  tail356
 E  tail357
 E  tail358
 E  tail359
 E  tail360
 E  tail361
 E  tail362
 E  tail363
 E  tail364
 E  tail365
 E  tail366
 E  tail367
 E  tail368
 E  tail369
 E  tail370
 E  tail371
 E  tail372
 E  tail373
 E  tail374
 E  tail375
 E  tail376
 E  tail377
 E  tail378
 E  tail379
 E  tail380
 E  tail381
 E  tail382
 E  tail383
 E  tail384
 E  tail385
 E  tail386
 E  tail387
 E  tail388
 E  tail389
 E  tail390
 E  tail391
 E  tail392
 E  tail393
 E  tail394
 E  tail395
 E  tail396
 E  tail397
 E  tail398
 E  tail399
 E  tail400
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
 L  mono299
 G  icdown299
 L  icup299
 L  mono300
 G  icdown300
 L  icup300
 L  mono301
 G  icdown301
 L  icup301
 L  mono302
 G  icdown302
 L  icup302
 L  mono303
 G  icdown303
 L  icup303
 L  mono304
 G  icdown304
 L  icup304
 L  mono305
 G  icdown305
 L  icup305
 L  mono306
 G  icdown306
 L  icup306
 L  mono307
 G  icdown307
 L  icup307
 L  mono308
 G  icdown308
 L  icup308
 L  mono309
 G  icdown309
 L  icup309
 L  mono310
 G  icdown310
 L  icup310
 L  mono311
 G  icdown311
 L  icup311
 L  mono312
 G  icdown312
 L  icup312
 L  mono313
 G  icdown313
 L  icup313
 L  mono314
 G  icdown314
 L  icup314
 L  mono315
 G  icdown315
 L  icup315
 L  mono316
 G  icdown316
 L  icup316
 L  mono317
 G  icdown317
 L  icup317
 L  mono318
 G  icdown318
 L  icup318
 L  mono319
 G  icdown319
 L  icup319
 L  mono320
 G  icdown320
 L  icup320
 L  mono321
 G  icdown321
 L  icup321
 L  mono322
 G  icdown322
 L  icup322
 L  mono323
 G  icdown323
 L  icup323
 L  mono324
 G  icdown324
 L  icup324
 L  mono325
 G  icdown325
 L  icup325
 L  mono326
 G  icdown326
 L  icup326
 L  mono327
 G  icdown327
 L  icup327
 L  mono328
 G  icdown328
 L  icup328
 L  mono329
 G  icdown329
 L  icup329
 L  mono330
 G  icdown330
 L  icup330
 L  mono331
 G  icdown331
 L  icup331
 L  mono332
 G  icdown332
 L  icup332
 L  mono333
 G  icdown333
 L  icup333
 L  mono334
 G  icdown334
 L  icup334
 L  mono335
 G  icdown335
 L  icup335
 L  mono336
 G  icdown336
 L  icup336
 L  mono337
 G  icdown337
 L  icup337
 L  mono338
 G  icdown338
 L  icup338
 L  mono339
 G  icdown339
 L  icup339
 L  mono340
 G  icdown340
 L  icup340
 L  mono341
 G  icdown341
 L  icup341
 L  mono342
 G  icdown342
 L  icup342
 L  mono343
 G  icdown343
 L  icup343
 L  mono344
 G  icdown344
 L  icup344
 L  mono345
 G  icdown345
 L  icup345
 L  mono346
 G  icdown346
 L  icup346
 L  mono347
 G  icdown347
 L  icup347
 L  mono348
 G  icdown348
 L  icup348
 L  mono349
 G  icdown349
 L  icup349
 L  mono350
 G  icdown350
 L  icup350
 L  mono351
 G  icdown351
 L  icup351
 L  mono352
 G  icdown352
 L  icup352
 L  mono353
 G  icdown353
 L  icup353
 L  mono354
 G  icdown354
 L  icup354
 L  mono355
 G  icdown355
 L  icup355
 L  mono356
 G  icdown356
 L  icup356
 L  mono357
 G  icdown357
 L  icup357
 L  mono358
 G  icdown358
 L  icup358
 L  mono359
 G  icdown359
 L  icup359
 L  mono360
 G  icdown360
 L  icup360
 L  mono361
 G  icdown361
 L  icup361
 L  mono362
 G  icdown362
 L  icup362
 L  mono363
 G  icdown363
 L  icup363
 L  mono364
 G  icdown364
 L  icup364
 L  mono365
 G  icdown365
 L  icup365
 L  mono366
 G  icdown366
 L  icup366
 L  mono367
 G  icdown367
 L  icup367
 L  mono368
 G  icdown368
 L  icup368
 L  mono369
 G  icdown369
 L  icup369
 L  mono370
 G  icdown370
 L  icup370
 L  mono371
 G  icdown371
 L  icup371
 L  mono372
 G  icdown372
 L  icup372
 L  mono373
 G  icdown373
 L  icup373
 L  mono374
 G  icdown374
 L  icup374
 L  mono375
 G  icdown375
 L  icup375
 L  mono376
 G  icdown376
 L  icup376
 L  mono377
 G  icdown377
 L  icup377
 L  mono378
 G  icdown378
 L  icup378
 L  mono379
 G  icdown379
 L  icup379
 L  mono380
 G  icdown380
 L  icup380
 L  mono381
 G  icdown381
 L  icup381
 L  mono382
 G  icdown382
 L  icup382
 L  mono383
 G  icdown383
 L  icup383
 L  mono384
 G  icdown384
 L  icup384
 L  mono385
 G  icdown385
 L  icup385
 L  mono386
 G  icdown386
 L  icup386
 L  mono387
 G  icdown387
 L  icup387
 L  mono388
 G  icdown388
 L  icup388
 L  mono389
 G  icdown389
 L  icup389
 L  mono390
 G  icdown390
 L  icup390
 L  mono391
 G  icdown391
 L  icup391
 L  mono392
 G  icdown392
 L  icup392
 L  mono393
 G  icdown393
 L  icup393
 L  mono394
 G  icdown394
 L  icup394
 L  mono395
 G  icdown395
 L  icup395
 L  mono396
 G  icdown396
 L  icup396
 L  mono397
 G  icdown397
 L  icup397
 L  mono398
 G  icdown398
 L  icup398
 L  mono399
 G  icdown399
 L  icup399
 L  mono400
 G  icdown400
 L  icup400
 L  nosubsidy
COLUMNS
    x1        tail1     -0.01250000000000013   mono2     1
    x1        icdown2   -0.0204397332934687
    x2        obj       -2.5549666616836144E-4   tail2     -0.01250000000000013
    x2        mono2     -1             icup2     -0.0204397332934687
    x2        mono3     1              icdown3   -0.008484543422012238
    x3        obj       -3.6155345894351554E-4   tail3     -0.01250000000000013
    x3        mono3     -1             icup3     -0.008484543422012238
    x3        mono4     1              icdown4   -0.006522846357340769
    x4        obj       -4.43089038410276E-4   tail4     -0.01250000000000013
    x4        mono4     -1             icup4     -0.006522846357340769
    x4        mono5     1              icdown5   -0.005509466919761421
    x5        obj       -5.119573749072944E-4   tail5     -0.01250000000000013
    x5        mono5     -1             icup5     -0.005509466919761421
    x5        mono6     1              icdown6   -0.004863169148045601
    x6        obj       -5.727469892578651E-4   tail6     -0.01250000000000013
    x6        mono6     -1             icup6     -0.004863169148045601
    x6        mono7     1              icdown7   -0.004405016833650879
    x7        obj       -6.278096996785017E-4   tail7     -0.01250000000000013
    x7        mono7     -1             icup7     -0.004405016833650879
    x7        mono8     1              icdown8   -0.004058564773273969
    x8        obj       -6.785417593444268E-4   tail8     -0.01250000000000013
    x8        mono8     -1             icup8     -0.004058564773273969
    x8        mono9     1              icdown9   -0.003784849248500309
    x9        obj       -7.258523749506812E-4   tail9     -0.01250000000000013
    x9        mono9     -1             icup9     -0.003784849248500309
    x9        mono10    1              icdown10  -0.0035616279683349347
    x10       obj       -7.703727245548683E-4   tail10    -0.01250000000000013
    x10       mono10    -1             icup10    -0.0035616279683349347
    x10       mono11    1              icdown11  -0.0033751508025668597
    x11       obj       -8.125621095869546E-4   tail11    -0.01250000000000013
    x11       mono11    -1             icup11    -0.0033751508025668597
    x11       mono12    1              icdown12  -0.003216397398143798
    x12       obj       -8.527670770637524E-4   tail12    -0.01250000000000013
    x12       mono12    -1             icup12    -0.003216397398143798
    x12       mono13    1              icdown13  -0.0030791711578282152
    x13       obj       -8.912567165366054E-4   tail13    -0.01250000000000013
    x13       mono13    -1             icup13    -0.0030791711578282152
    x13       mono14    1              icdown14  -0.002959055461709889
    x14       obj       -9.282449098079794E-4   tail14    -0.01250000000000013
    x14       mono14    -1             icup14    -0.002959055461709889
    x14       mono15    1              icdown15  -0.002852805910103171
    x15       obj       -9.639049836842695E-4   tail15    -0.01250000000000013
    x15       mono15    -1             icup15    -0.002852805910103171
    x15       mono16    1              icdown16  -0.0027579784168756992
    x16       obj       -9.983797138952161E-4   tail16    -0.01250000000000013
    x16       mono16    -1             icup16    -0.0027579784168756992
    x16       mono17    1              icdown17  -0.002672692069269816
    x17       obj       -0.001031788364761089   tail17    -0.01250000000000013
    x17       mono17    -1             icup17    -0.002672692069269816
    x17       mono18    1              icdown18  -0.00259547258698115
    x18       obj       -0.001064231772098354   tail18    -0.01250000000000013
    x18       mono18    -1             icup18    -0.00259547258698115
    x18       mono19    1              icdown19  -0.0025251458801012275
    x19       obj       -0.0010957960955996196   tail19    -0.01250000000000013
    x19       mono19    -1             icup19    -0.0025251458801012275
    x19       mono20    1              icdown20  -0.0024607637944684506
    x20       obj       -0.0011265556430304754   tail20    -0.01250000000000013
    x20       mono20    -1             icup20    -0.0024607637944684506
    x20       mono21    1              icdown21  -0.002401551138578796
    x21       obj       -0.0011565750322627107   tail21    -0.01250000000000013
    x21       mono21    -1             icup21    -0.002401551138578796
    x21       mono22    1              icdown22  -0.0023468671395562067
    x22       obj       -0.0011859108715071636   tail22    -0.01250000000000013
    x22       mono22    -1             icup22    -0.0023468671395562067
    x22       mono23    1              icdown23  -0.0022961769019082317
    x23       obj       -0.0012146130827810169   tail23    -0.01250000000000013
    x23       mono23    -1             icup23    -0.0022961769019082317
    x23       mono24    1              icdown24  -0.0022490299391411147
    x24       obj       -0.001242725957020281   tail24    -0.01250000000000013
    x24       mono24    -1             icup24    -0.0022490299391411147
    x24       mono25    1              icdown25  -0.0022050437959826095
    x25       obj       -0.001270289004470064   tail25    -0.01250000000000013
    x25       mono25    -1             icup25    -0.0022050437959826095
    x25       mono26    1              icdown26  -0.002163891393554905
    x26       obj       -0.0012973376468895007   tail26    -0.01250000000000013
    x26       mono26    -1             icup26    -0.002163891393554905
    x26       mono27    1              icdown27  -0.0021252911370174613
    x27       obj       -0.001323903786102219   tail27    -0.01250000000000013
    x27       mono27    -1             icup27    -0.0021252911370174613
    x27       mono28    1              icdown28  -0.0020889991002213046
    x28       obj       -0.0013500162748549857   tail28    -0.01250000000000013
    x28       mono28    -1             icup28    -0.0020889991002213046
    x28       mono29    1              icdown29  -0.00205480279096058
    x29       obj       -0.0013757013097419933   tail29    -0.01250000000000013
    x29       mono29    -1             icup29    -0.00205480279096058
    x29       mono30    1              icdown30  -0.002022516132455213
    x30       obj       -0.0014009827613976837   tail30    -0.01250000000000013
    x30       mono30    -1             icup30    -0.002022516132455213
    x30       mono31    1              icdown31  -0.0019919753902992816
    x31       obj       -0.001425882453776425   tail31    -0.01250000000000013
    x31       mono31    -1             icup31    -0.0019919753902992816
    x31       mono32    1              icdown32  -0.001963035841358239
    x32       obj       -0.001450420401793403   tail32    -0.01250000000000013
    x32       mono32    -1             icup32    -0.001963035841358239
    x32       mono33    1              icdown33  -0.0019355690300272355
    x33       obj       -0.001474615014668744   tail33    -0.01250000000000013
    x33       mono33    -1             icup33    -0.0019355690300272355
    x33       mono34    1              icdown34  -0.0019094604932704368
    x34       obj       -0.0014984832708346246   tail34    -0.01250000000000013
    x34       mono34    -1             icup34    -0.0019094604932704368
    x34       mono35    1              icdown35  -0.0018846078626507442
    x35       obj       -0.0015220408691177592   tail35    -0.01250000000000013
    x35       mono35    -1             icup35    -0.0018846078626507442
    x35       mono36    1              icdown36  -0.0018609192716914319
    x36       obj       -0.0015453023600139023   tail36    -0.01250000000000013
    x36       mono36    -1             icup36    -0.0018609192716914319
    x36       mono37    1              icdown37  -0.0018383120121788158
    x37       obj       -0.0015682812601661377   tail37    -0.01250000000000013
    x37       mono37    -1             icup37    -0.0018383120121788158
    x37       mono38    1              icdown38  -0.0018167113946997565
    x38       obj       -0.0015909901525998848   tail38    -0.01250000000000013
    x38       mono38    -1             icup38    -0.0018167113946997565
    x38       mono39    1              icdown39  -0.0017960497777214186
    x39       obj       -0.001613440774821403   tail39    -0.01250000000000013
    x39       mono39    -1             icup39    -0.0017960497777214186
    x39       mono40    1              icdown40  -0.001776265736529806
    x40       obj       -0.0016356440965280257   tail40    -0.01250000000000013
    x40       mono40    -1             icup40    -0.001776265736529806
    x40       mono41    1              icdown41  -0.0017573033488300872
    x41       obj       -0.001657610388388402   tail41    -0.01250000000000013
    x41       mono41    -1             icup41    -0.0017573033488300872
    x41       mono42    1              icdown42  -0.0017391115781423285
    x42       obj       -0.0016793492831151814   tail42    -0.01250000000000013
    x42       mono42    -1             icup42    -0.0017391115781423285
    x42       mono43    1              icdown43  -0.0017216437395587859
    x43       obj       -0.0017008698298596665   tail43    -0.01250000000000013
    x43       mono43    -1             icup43    -0.0017216437395587859
    x43       mono44    1              icdown44  -0.0017048570351738276
    x44       obj       -0.0017221805427993396   tail44    -0.01250000000000013
    x44       mono44    -1             icup44    -0.0017048570351738276
    x44       mono45    1              icdown45  -0.001688712148699812
    x45       obj       -0.0017432894446580873   tail45    -0.01250000000000013
    x45       mono45    -1             icup45    -0.001688712148699812
    x45       mono46    1              icdown46  -0.001673172890562423
    x46       obj       -0.0017642041057901179   tail46    -0.01250000000000013
    x46       mono46    -1             icup46    -0.001673172890562423
    x46       mono47    1              icdown47  -0.0016582058862138211
    x47       obj       -0.0017849316793677908   tail47    -0.01250000000000013
    x47       mono47    -1             icup47    -0.0016582058862138211
    x47       mono48    1              icdown48  -0.001643780301580156
    x48       obj       -0.001805478933137543   tail48    -0.01250000000000013
    x48       mono48    -1             icup48    -0.001643780301580156
    x48       mono49    1              icdown49  -0.0016298676005288993
    x49       obj       -0.0018258522781441544   tail49    -0.01250000000000013
    x49       mono49    -1             icup49    -0.0016298676005288993
    x49       mono50    1              icdown50  -0.0016164413300345931
    x50       obj       -0.0018460577947695869   tail50    -0.01250000000000013
    x50       mono50    -1             icup50    -0.0016164413300345931
    x50       mono51    1              icdown51  -0.00160347692938303
    x51       obj       -0.0018661012563868753   tail51    -0.01250000000000013
    x51       mono51    -1             icup51    -0.00160347692938303
    x51       mono52    1              icdown52  -0.0015909515602997653
    x52       obj       -0.0018859881508906226   tail52    -0.01250000000000013
    x52       mono52    -1             icup52    -0.0015909515602997653
    x52       mono53    1              icdown53  -0.0015788439553443931
    x53       obj       -0.0019057237003324275   tail53    -0.01250000000000013
    x53       mono53    -1             icup53    -0.0015788439553443931
    x53       mono54    1              icdown54  -0.0015671342822960424
    x54       obj       -0.0019253128788611284   tail54    -0.01250000000000013
    x54       mono54    -1             icup54    -0.0015671342822960424
    x54       mono55    1              icdown55  -0.0015558040225742403
    x55       obj       -0.0019447604291433066   tail55    -0.01250000000000013
    x55       mono55    -1             icup55    -0.0015558040225742403
    x55       mono56    1              icdown56  -0.0015448358620116034
    x56       obj       -0.0019640708774184517   tail56    -0.01250000000000013
    x56       mono56    -1             icup56    -0.0015448358620116034
    x56       mono57    1              icdown57  -0.0015342135925224883
    x57       obj       -0.001983248547324983   tail57    -0.01250000000000013
    x57       mono57    -1             icup57    -0.0015342135925224883
    x57       mono58    1              icdown58  -0.0015239220234070463
    x58       obj       -0.002002297572617571   tail58    -0.01250000000000013
    x58       mono58    -1             icup58    -0.0015239220234070463
    x58       mono59    1              icdown59  -0.0015139469011947167
    x59       obj       -0.0020212219088825054   tail59    -0.01250000000000013
    x59       mono59    -1             icup59    -0.0015139469011947167
    x59       mono60    1              icdown60  -0.0015042748370728092
    x60       obj       -0.002040025344345916   tail60    -0.01250000000000013
    x60       mono60    -1             icup60    -0.0015042748370728092
    x60       mono61    1              icdown61  -0.001494893241067076
    x61       obj       -0.002058711509859254   tail61    -0.01250000000000013
    x61       mono61    -1             icup61    -0.001494893241067076
    x61       mono62    1              icdown62  -0.0014857902622442136
    x62       obj       -0.0020772838881373073   tail62    -0.01250000000000013
    x62       mono62    -1             icup62    -0.0014857902622442136
    x62       mono63    1              icdown63  -0.0014769547342966894
    x63       obj       -0.002095745822316016   tail63    -0.01250000000000013
    x63       mono63    -1             icup63    -0.0014769547342966894
    x63       mono64    1              icdown64  -0.001468376125946586
    x64       obj       -0.002114100523890349   tail64    -0.01250000000000013
    x64       mono64    -1             icup64    -0.001468376125946586
    x64       mono65    1              icdown65  -0.0014600444956728213
    x65       obj       -0.002132351080086259   tail65    -0.01250000000000013
    x65       mono65    -1             icup65    -0.0014600444956728213
    x65       mono66    1              icdown66  -0.00145195045032351
    x66       obj       -0.002150500460715303   tail66    -0.01250000000000013
    x66       mono66    -1             icup66    -0.00145195045032351
    x66       mono67    1              icdown67  -0.0014440851072253208
    x67       obj       -0.0021685515245556198   tail67    -0.01250000000000013
    x67       mono67    -1             icup67    -0.0014440851072253208
    x67       mono68    1              icdown68  -0.0014364400594474554
    x68       obj       -0.002186507025298713   tail68    -0.01250000000000013
    x68       mono68    -1             icup68    -0.0014364400594474554
    x68       mono69    1              icdown69  -0.0014290073439132479
    x69       obj       -0.002204369617097629   tail69    -0.01250000000000013
    x69       mono69    -1             icup69    -0.0014290073439132479
    x69       mono70    1              icdown70  -0.0014217794120888565
    x70       obj       -0.00222214185974874   tail70    -0.01250000000000013
    x70       mono70    -1             icup70    -0.0014217794120888565
    x70       mono71    1              icdown71  -0.0014147491030066114
    x71       obj       -0.0022398262235363226   tail71    -0.01250000000000013
    x71       mono71    -1             icup71    -0.0014147491030066114
    x71       mono72    1              icdown72  -0.0014079096184058293
    x72       obj       -0.002257425093766396   tail72    -0.01250000000000013
    x72       mono72    -1             icup72    -0.0014079096184058293
    x72       mono73    1              icdown73  -0.0014012544997989628
    x73       obj       -0.002274940775013883   tail73    -0.01250000000000013
    x73       mono73    -1             icup73    -0.0014012544997989628
    x73       mono74    1              icdown74  -0.0013947776072884572
    x74       obj       -0.002292375495104989   tail74    -0.01250000000000013
    x74       mono74    -1             icup74    -0.0013947776072884572
    x74       mono75    1              icdown75  -0.0013884730999788365
    x75       obj       -0.0023097314088547246   tail75    -0.01250000000000013
    x75       mono75    -1             icup75    -0.0013884730999788365
    x75       mono76    1              icdown76  -0.0013823354178450844
    x76       obj       -0.0023270106015777885   tail76    -0.01250000000000013
    x76       mono76    -1             icup76    -0.0013823354178450844
    x76       mono77    1              icdown77  -0.0013763592649298504
    x77       obj       -0.0023442150923894114   tail77    -0.01250000000000013
    x77       mono77    -1             icup77    -0.0013763592649298504
    x77       mono78    1              icdown78  -0.0013705395937575343
    x78       obj       -0.0023613468373113807   tail78    -0.01250000000000013
    x78       mono78    -1             icup78    -0.0013705395937575343
    x78       mono79    1              icdown79  -0.0013648715908612513
    x79       obj       -0.0023784077321971466   tail79    -0.01250000000000013
    x79       mono79    -1             icup79    -0.0013648715908612513
    x79       mono80    1              icdown80  -0.001359350663331233
    x80       obj       -0.0023953996154887874   tail80    -0.01250000000000013
    x80       mono80    -1             icup80    -0.001359350663331233
    x80       mono81    1              icdown81  -0.0013539724263002594
    x81       obj       -0.0024123242708175407   tail81    -0.01250000000000013
    x81       mono81    -1             icup81    -0.0013539724263002594
    x81       mono82    1              icdown82  -0.0013487326912898722
    x82       obj       -0.002429183429458664   tail82    -0.01250000000000013
    x82       mono82    -1             icup82    -0.0013487326912898722
    x82       mono83    1              icdown83  -0.0013436274553488869
    x83       obj       -0.0024459787726505253   tail83    -0.01250000000000013
    x83       mono83    -1             icup83    -0.0013436274553488869
    x83       mono84    1              icdown84  -0.0013386528909213095
    x84       obj       -0.0024627119337870423   tail84    -0.01250000000000013
    x84       mono84    -1             icup84    -0.0013386528909213095
    x84       mono85    1              icdown85  -0.0013338053363863526
    x85       obj       -0.0024793845004918717   tail85    -0.01250000000000013
    x85       mono85    -1             icup85    -0.0013338053363863526
    x85       mono86    1              icdown86  -0.0013290812872189814
    x86       obj       -0.002495998016582109   tail86    -0.01250000000000013
    x86       mono86    -1             icup86    -0.0013290812872189814
    x86       mono87    1              icdown87  -0.001324477387723475
    x87       obj       -0.002512553983928653   tail87    -0.01250000000000013
    x87       mono87    -1             icup87    -0.001324477387723475
    x87       mono88    1              icdown88  -0.0013199904232968033
    x88       obj       -0.002529053864219863   tail88    -0.01250000000000013
    x88       mono88    -1             icup88    -0.0013199904232968033
    x88       mono89    1              icdown89  -0.0013156173131819025
    x89       obj       -0.002545499080634637   tail89    -0.01250000000000013
    x89       mono89    -1             icup89    -0.0013156173131819025
    x89       mono90    1              icdown90  -0.0013113551036756108
    x90       obj       -0.0025618910194305823   tail90    -0.01250000000000013
    x90       mono90    -1             icup90    -0.0013113551036756108
    x90       mono91    1              icdown91  -0.001307200961756993
    x91       obj       -0.002578231031452545   tail91    -0.01250000000000013
    x91       mono91    -1             icup91    -0.001307200961756993
    x91       mono92    1              icdown92  -0.0013031521691066654
    x92       obj       -0.0025945204335663784   tail92    -0.01250000000000013
    x92       mono92    -1             icup92    -0.0013031521691066654
    x92       mono93    1              icdown93  -0.0012992061164886362
    x93       obj       -0.002610760510022486   tail93    -0.01250000000000013
    x93       mono93    -1             icup93    -0.0012992061164886362
    x93       mono94    1              icdown94  -0.0012953602984695784
    x94       obj       -0.0026269525137533564   tail94    -0.01250000000000013
    x94       mono94    -1             icup94    -0.0012953602984695784
    x94       mono95    1              icdown95  -0.001291612308451247
    x95       obj       -0.0026430976676089972   tail95    -0.01250000000000013
    x95       mono95    -1             icup95    -0.001291612308451247
    x95       mono96    1              icdown96  -0.0012879598339957214
    x96       obj       -0.0026591971655339436   tail96    -0.01250000000000013
    x96       mono96    -1             icup96    -0.0012879598339957214
    x96       mono97    1              icdown97  -0.0012844006524216993
    x97       obj       -0.002675252173689215   tail97    -0.01250000000000013
    x97       mono97    -1             icup97    -0.0012844006524216993
    x97       mono98    1              icdown98  -0.0012809326266551087
    x98       obj       -0.0026912638315224045   tail98    -0.01250000000000013
    x98       mono98    -1             icup98    -0.0012809326266551087
    x98       mono99    1              icdown99  -0.0012775537013164822
    x99       obj       -0.0027072332527888605   tail99    -0.01250000000000013
    x99       mono99    -1             icup99    -0.0012775537013164822
    x99       mono100   1              icdown100  -0.0012742618990286745
    x100      obj       -0.002723161526526719   tail100   -0.01250000000000013
    x100      mono100   -1             icup100   -0.0012742618990286745
    x100      mono101   1              icdown101  -0.0012710553169319998
    x101      obj       -0.002739049717988369   tail101   -0.01250000000000013
    x101      mono101   -1             icup101   -0.0012710553169319998
    x101      mono102   1              icdown102  -0.001267932123392133
    x102      obj       -0.002754898869530771   tail102   -0.01250000000000013
    x102      mono102   -1             icup102   -0.001267932123392133
    x102      mono103   1              icdown103  -0.001264890554888216
    x103      obj       -0.002770710001466874   tail103   -0.01250000000000013
    x103      mono103   -1             icup103   -0.001264890554888216
    x103      mono104   1              icdown104  -0.0012619289130715058
    x104      obj       -0.0027864841128802677   tail104   -0.01250000000000013
    x104      mono104   -1             icup104   -0.0012619289130715058
    x104      mono105   1              icdown105  -0.001259045561981683
    x105      obj       -0.002802222182405039   tail105   -0.01250000000000013
    x105      mono105   -1             icup105   -0.001259045561981683
    x105      mono106   1              icdown106  -0.0012562389254117045
    x106      obj       -0.0028179251689726854   tail106   -0.01250000000000013
    x106      mono106   -1             icup106   -0.0012562389254117045
    x106      mono107   1              icdown107  -0.0012535074844135792
    x107      obj       -0.0028335940125278555   tail107   -0.01250000000000013
    x107      mono107   -1             icup107   -0.0012535074844135792
    x107      mono108   1              icdown108  -0.0012508497749333224
    x108      obj       -0.0028492296347145223   tail108   -0.01250000000000013
    x108      mono108   -1             icup108   -0.0012508497749333224
    x108      mono109   1              icdown109  -0.0012482643855707312
    x109      obj       -0.0028648329395341565   tail109   -0.01250000000000013
    x109      mono109   -1             icup109   -0.0012482643855707312
    x109      mono110   1              icdown110  -0.0012457499554538664
    x110      obj       -0.00288040481397733   tail110   -0.01250000000000013
    x110      mono110   -1             icup110   -0.0012457499554538664
    x110      mono111   1              icdown111  -0.00124330517222262
    x111      obj       -0.002895946128630113   tail111   -0.01250000000000013
    x111      mono111   -1             icup111   -0.00124330517222262
    x111      mono112   1              icdown112  -0.0012409287701149248
    x112      obj       -0.0029114577382565493   tail112   -0.01250000000000013
    x112      mono112   -1             icup112   -0.0012409287701149248
    x112      mono113   1              icdown113  -0.0012386195281494825
    x113      obj       -0.0029269404823584182   tail113   -0.01250000000000013
    x113      mono113   -1             icup113   -0.0012386195281494825
    x113      mono114   1              icdown114  -0.001236376268399162
    x114      obj       -0.0029423951857134078   tail114   -0.01250000000000013
    x114      mono114   -1             icup114   -0.001236376268399162
    x114      mono115   1              icdown115  -0.0012341978543505743
    x115      obj       -0.0029578226588927903   tail115   -0.01250000000000013
    x115      mono115   -1             icup115   -0.0012341978543505743
    x115      mono116   1              icdown116  -0.0012320831893439296
    x116      obj       -0.00297322369875959   tail116   -0.01250000000000013
    x116      mono116   -1             icup116   -0.0012320831893439296
    x116      mono117   1              icdown117  -0.0012300312150898668
    x117      obj       -0.002988599088948213   tail117   -0.01250000000000013
    x117      mono117   -1             icup117   -0.0012300312150898668
    x117      mono118   1              icdown118  -0.0012280409102580349
    x118      obj       -0.003003949600326439   tail118   -0.01250000000000013
    x118      mono118   -1             icup118   -0.0012280409102580349
    x118      mono119   1              icdown119  -0.00122611128913412
    x119      obj       -0.0030192759914406155   tail119   -0.01250000000000013
    x119      mono119   -1             icup119   -0.00122611128913412
    x119      mono120   1              icdown120  -0.0012242414003409614
    x120      obj       -0.0030345790089448773   tail120   -0.01250000000000013
    x120      mono120   -1             icup120   -0.0012242414003409614
    x120      mono121   1              icdown121  -0.0012224303256205807
    x121      obj       -0.003049859388015135   tail121   -0.01250000000000013
    x121      mono121   -1             icup121   -0.0012224303256205807
    x121      mono122   1              icdown122  -0.0012206771786747686
    x122      obj       -0.0030651178527485697   tail122   -0.01250000000000013
    x122      mono122   -1             icup122   -0.0012206771786747686
    x122      mono123   1              icdown123  -0.0012189811040588746
    x123      obj       -0.0030803551165493057   tail123   -0.01250000000000013
    x123      mono123   -1             icup123   -0.0012189811040588746
    x123      mono124   1              icdown124  -0.0012173412761287542
    x124      obj       -0.0030955718825009153   tail124   -0.01250000000000013
    x124      mono124   -1             icup124   -0.0012173412761287542
    x124      mono125   1              icdown125  -0.0012157568980359773
    x125      obj       -0.003110768843726365   tail125   -0.01250000000000013
    x125      mono125   -1             icup125   -0.0012157568980359773
    x125      mono126   1              icdown126  -0.001214227200769572
    x126      obj       -0.003125946683735985   tail126   -0.01250000000000013
    x126      mono126   -1             icup126   -0.001214227200769572
    x126      mono127   1              icdown127  -0.0012127514422427621
    x127      obj       -0.00314110607676402   tail127   -0.01250000000000013
    x127      mono127   -1             icup127   -0.0012127514422427621
    x127      mono128   1              icdown128  -0.0012113289064204372
    x128      obj       -0.0031562476880942756   tail128   -0.01250000000000013
    x128      mono128   -1             icup128   -0.0012113289064204372
    x128      mono129   1              icdown129  -0.0012099589024873953
    x129      obj       -0.003171372174375368   tail129   -0.01250000000000013
    x129      mono129   -1             icup129   -0.0012099589024873953
    x129      mono130   1              icdown130  -0.0012086407640545063
    x130      obj       -0.0031864801839260495   tail130   -0.01250000000000013
    x130      mono130   -1             icup130   -0.0012086407640545063
    x130      mono131   1              icdown131  -0.001207373848399574
    x131      obj       -0.0032015723570310442   tail131   -0.01250000000000013
    x131      mono131   -1             icup131   -0.001207373848399574
    x131      mono132   1              icdown132  -0.001206157535744617
    x132      obj       -0.0032166493262278523   tail132   -0.01250000000000013
    x132      mono132   -1             icup132   -0.001206157535744617
    x132      mono133   1              icdown133  -0.0012049912285636776
    x133      obj       -0.003231711716584898   tail133   -0.01250000000000013
    x133      mono133   -1             icup133   -0.0012049912285636776
    x133      mono134   1              icdown134  -0.0012038743509231046
    x134      obj       -0.0032467601459714376   tail134   -0.01250000000000013
    x134      mono134   -1             icup134   -0.0012038743509231046
    x134      mono135   1              icdown135  -0.001202806347850593
    x135      obj       -0.0032617952253195695   tail135   -0.01250000000000013
    x135      mono135   -1             icup135   -0.001202806347850593
    x135      mono136   1              icdown136  -0.0012017866847331615
    x136      obj       -0.003276817558878735   tail136   -0.01250000000000013
    x136      mono136   -1             icup136   -0.0012017866847331615
    x136      mono137   1              icdown137  -0.0012008148467412556
    x137      obj       -0.0032918277444630006   tail137   -0.01250000000000013
    x137      mono137   -1             icup137   -0.0012008148467412556
    x137      mono138   1              icdown138  -0.0011998903382793838
    x138      obj       -0.0033068263736914924   tail138   -0.01250000000000013
    x138      mono138   -1             icup138   -0.0011998903382793838
    x138      mono139   1              icdown139  -0.0011990126824603404
    x139      obj       -0.003321814032222247   tail139   -0.01250000000000013
    x139      mono139   -1             icup139   -0.0011990126824603404
    x139      mono140   1              icdown140  -0.0011981814206042383
    x140      obj       -0.0033367912999798005   tail140   -0.01250000000000013
    x140      mono140   -1             icup140   -0.0011981814206042383
    x140      mono141   1              icdown141  -0.0011973961117579513
    x141      obj       -0.003351758751376775   tail141   -0.01250000000000013
    x141      mono141   -1             icup141   -0.0011973961117579513
    x141      mono142   1              icdown142  -0.0011966563322382804
    x142      obj       -0.003366716955529754   tail142   -0.01250000000000013
    x142      mono142   -1             icup142   -0.0011966563322382804
    x142      mono143   1              icdown143  -0.0011959616751936234
    x143      obj       -0.003381666476469674   tail143   -0.01250000000000013
    x143      mono143   -1             icup143   -0.0011959616751936234
    x143      mono144   1              icdown144  -0.0011953117501867817
    x144      obj       -0.0033966078733470087   tail144   -0.01250000000000013
    x144      mono144   -1             icup144   -0.0011953117501867817
    x144      mono145   1              icdown145  -0.0011947061827955025
    x145      obj       -0.003411541700631953   tail145   -0.01250000000000013
    x145      mono145   -1             icup145   -0.0011947061827955025
    x145      mono146   1              icdown146  -0.0011941446142318425
    x146      obj       -0.003426468508309851   tail146   -0.01250000000000013
    x146      mono146   -1             icup146   -0.0011941446142318425
    x146      mono147   1              icdown147  -0.0011936267009782244
    x147      obj       -0.0034413888420720793   tail147   -0.01250000000000013
    x147      mono147   -1             icup147   -0.0011936267009782244
    x147      mono148   1              icdown148  -0.0011931521144406378
    x148      obj       -0.003456303243502587   tail148   -0.01250000000000013
    x148      mono148   -1             icup148   -0.0011931521144406378
    x148      mono149   1              icdown149  -0.0011927205406173063
    x149      obj       -0.0034712122502603034   tail149   -0.01250000000000013
    x149      mono149   -1             icup149   -0.0011927205406173063
    x149      mono150   1              icdown150  -0.0011923316797833212
    x150      obj       -0.003486116396257595   tail150   -0.01250000000000013
    x150      mono150   -1             icup150   -0.0011923316797833212
    x150      mono151   1              icdown151  -0.0011919852461888356
    x151      obj       -0.0035010162118349563   tail151   -0.01250000000000013
    x151      mono151   -1             icup151   -0.0011919852461888356
    x151      mono152   1              icdown152  -0.0011916809677732264
    x152      obj       -0.003515912223932122   tail152   -0.01250000000000013
    x152      mono152   -1             icup152   -0.0011916809677732264
    x152      mono153   1              icdown153  -0.001191418585891001
    x153      obj       -0.0035308049562557593   tail153   -0.01250000000000013
    x153      mono153   -1             icup153   -0.001191418585891001
    x153      mono154   1              icdown154  -0.001191197855052492
    x154      obj       -0.003545694929443915   tail154   -0.01250000000000013
    x154      mono154   -1             icup154   -0.001191197855052492
    x154      mono155   1              icdown155  -0.0011910185426758462
    x155      obj       -0.0035605826612273637   tail155   -0.01250000000000013
    x155      mono155   -1             icup155   -0.0011910185426758462
    x155      mono156   1              icdown156  -0.0011908804288526642
    x156      obj       -0.0035754686665880222   tail156   -0.01250000000000013
    x156      mono156   -1             icup156   -0.0011908804288526642
    x156      mono157   1              icdown157  -0.0011907833061241646
    x157      obj       -0.003590353457914574   tail157   -0.01250000000000013
    x157      mono157   -1             icup157   -0.0011907833061241646
    x157      mono158   1              icdown158  -0.00119072697926973
    x158      obj       -0.0036052375451554462   tail158   -0.01250000000000013
    x158      mono158   -1             icup158   -0.00119072697926973
    x158      mono159   1              icdown159  -0.0011907112651058393
    x159      obj       -0.003620121435969269   tail159   -0.01250000000000013
    x159      mono159   -1             icup159   -0.0011907112651058393
    x159      mono160   1              icdown160  -0.0011907359922965213
    x160      obj       -0.0036350056358729755   tail160   -0.01250000000000013
    x160      mono160   -1             icup160   -0.0011907359922965213
    x160      mono161   1              icdown161  -0.0011908010011731057
    x161      obj       -0.00364989064838764   tail161   -0.01250000000000013
    x161      mono161   -1             icup161   -0.0011908010011731057
    x161      mono162   1              icdown162  -0.0011909061435650431
    x162      obj       -0.003664776975182203   tail162   -0.01250000000000013
    x162      mono162   -1             icup162   -0.0011909061435650431
    x162      mono163   1              icdown163  -0.0011910512826397933
    x163      obj       -0.003679665116215201   tail163   -0.01250000000000013
    x163      mono163   -1             icup163   -0.0011910512826397933
    x163      mono164   1              icdown164  -0.0011912362927526496
    x164      obj       -0.003694555569874609   tail164   -0.01250000000000013
    x164      mono164   -1             icup164   -0.0011912362927526496
    x164      mono165   1              icdown165  -0.001191461059305497
    x165      obj       -0.003709448833115928   tail165   -0.01250000000000013
    x165      mono165   -1             icup165   -0.001191461059305497
    x165      mono166   1              icdown166  -0.0011917254786147778
    x166      obj       -0.003724345401598613   tail166   -0.01250000000000013
    x166      mono166   -1             icup166   -0.0011917254786147778
    x166      mono167   1              icdown167  -0.0011920294577878038
    x167      obj       -0.0037392457698209604   tail167   -0.01250000000000013
    x167      mono167   -1             icup167   -0.0011920294577878038
    x167      mono168   1              icdown168  -0.001192372914608366
    x168      obj       -0.003754150431253565   tail168   -0.01250000000000013
    x168      mono168   -1             icup168   -0.001192372914608366
    x168      mono169   1              icdown169  -0.0011927557774296914
    x169      obj       -0.003769059878471436   tail169   -0.01250000000000013
    x169      mono169   -1             icup169   -0.0011927557774296914
    x169      mono170   1              icdown170  -0.0011931779850762921
    x170      obj       -0.00378397460328489   tail170   -0.01250000000000013
    x170      mono170   -1             icup170   -0.0011931779850762921
    x170      mono171   1              icdown171  -0.0011936394867535676
    x171      obj       -0.0037988950968693104   tail171   -0.01250000000000013
    x171      mono171   -1             icup171   -0.0011936394867535676
    x171      mono172   1              icdown172  -0.0011941402419651651
    x172      obj       -0.0038138218498938743   tail172   -0.01250000000000013
    x172      mono172   -1             icup172   -0.0011941402419651651
    x172      mono173   1              icdown173  -0.0011946802204378679
    x173      obj       -0.0038287553526493486   tail173   -0.01250000000000013
    x173      mono173   -1             icup173   -0.0011946802204378679
    x173      mono174   1              icdown174  -0.0011952594020542408
    x174      obj       -0.0038436960951750265   tail174   -0.01250000000000013
    x174      mono174   -1             icup174   -0.0011952594020542408
    x174      mono175   1              icdown175  -0.001195877776792442
    x175      obj       -0.003858644567384932   tail175   -0.01250000000000013
    x175      mono175   -1             icup175   -0.001195877776792442
    x175      mono176   1              icdown176  -0.0011965353446736979
    x176      obj       -0.0038736012591933534   tail176   -0.01250000000000013
    x176      mono176   -1             icup176   -0.0011965353446736979
    x176      mono177   1              icdown177  -0.0011972321157164042
    x177      obj       -0.0038885666606398085   tail177   -0.01250000000000013
    x177      mono177   -1             icup177   -0.0011972321157164042
    x177      mono178   1              icdown178  -0.0011979681098975709
    x178      obj       -0.003903541262013528   tail178   -0.01250000000000013
    x178      mono178   -1             icup178   -0.0011979681098975709
    x178      mono179   1              icdown179  -0.0011987433571212993
    x179      obj       -0.003918525553977545   tail179   -0.01250000000000013
    x179      mono179   -1             icup179   -0.0011987433571212993
    x179      mono180   1              icdown180  -0.0011995578971940183
    x180      obj       -0.00393352002769247   tail180   -0.01250000000000013
    x180      mono180   -1             icup180   -0.0011995578971940183
    x180      mono181   1              icdown181  -0.0012004117798066576
    x181      obj       -0.003948525174940053   tail181   -0.01250000000000013
    x181      mono181   -1             icup181   -0.0012004117798066576
    x181      mono182   1              icdown182  -0.0012013050645238088
    x182      obj       -0.003963541488246601   tail182   -0.01250000000000013
    x182      mono182   -1             icup182   -0.0012013050645238088
    x182      mono183   1              icdown183  -0.0012022378207786895
    x183      obj       -0.003978569461006335   tail183   -0.01250000000000013
    x183      mono183   -1             icup183   -0.0012022378207786895
    x183      mono184   1              icdown184  -0.0012032101278764554
    x184      obj       -0.003993609587604791   tail184   -0.01250000000000013
    x184      mono184   -1             icup184   -0.0012032101278764554
    x184      mono185   1              icdown185  -0.0012042220750022733
    x185      obj       -0.00400866236354232   tail185   -0.01250000000000013
    x185      mono185   -1             icup185   -0.0012042220750022733
    x185      mono186   1              icdown186  -0.0012052737612376948
    x186      obj       -0.004023728285557791   tail186   -0.01250000000000013
    x186      mono186   -1             icup186   -0.0012052737612376948
    x186      mono187   1              icdown187  -0.001206365295582519
    x187      obj       -0.004038807851752573   tail187   -0.01250000000000013
    x187      mono187   -1             icup187   -0.001206365295582519
    x187      mono188   1              icdown188  -0.0012074967969837296
    x188      obj       -0.004053901561714869   tail188   -0.01250000000000013
    x188      mono188   -1             icup188   -0.0012074967969837296
    x188      mono189   1              icdown189  -0.0012086683943712817
    x189      obj       -0.0040690099166445105   tail189   -0.01250000000000013
    x189      mono189   -1             icup189   -0.0012086683943712817
    x189      mono190   1              icdown190  -0.001209880226700057
    x190      obj       -0.004084133419478261   tail190   -0.01250000000000013
    x190      mono190   -1             icup190   -0.001209880226700057
    x190      mono191   1              icdown191  -0.0012111324429987134
    x191      obj       -0.004099272575015745   tail191   -0.01250000000000013
    x191      mono191   -1             icup191   -0.0012111324429987134
    x191      mono192   1              icdown192  -0.0012124252024251565
    x192      obj       -0.00411442789004606   tail192   -0.01250000000000013
    x192      mono192   -1             icup192   -0.0012124252024251565
    x192      mono193   1              icdown193  -0.0012137586743291317
    x193      obj       -0.004129599873475174   tail193   -0.01250000000000013
    x193      mono193   -1             icup193   -0.0012137586743291317
    x193      mono194   1              icdown194  -0.0012151330383210312
    x194      obj       -0.004144789036454188   tail194   -0.01250000000000013
    x194      mono194   -1             icup194   -0.0012151330383210312
    x194      mono195   1              icdown195  -0.00121654848434764
    x195      obj       -0.004159995892508533   tail195   -0.01250000000000013
    x195      mono195   -1             icup195   -0.00121654848434764
    x195      mono196   1              icdown196  -0.0012180052127751838
    x196      obj       -0.004175220957668223   tail196   -0.01250000000000013
    x196      mono196   -1             icup196   -0.0012180052127751838
    x196      mono197   1              icdown197  -0.0012195034344791374
    x197      obj       -0.004190464750599213   tail197   -0.01250000000000013
    x197      mono197   -1             icup197   -0.0012195034344791374
    x197      mono198   1              icdown198  -0.0012210433709407876
    x198      obj       -0.004205727792735973   tail198   -0.01250000000000013
    x198      mono198   -1             icup198   -0.0012210433709407876
    x198      mono199   1              icdown199  -0.0012226252543513741
    x199      obj       -0.004221010608415365   tail199   -0.01250000000000013
    x199      mono199   -1             icup199   -0.0012226252543513741
    x199      mono200   1              icdown200  -0.0012242493277235308
    x200      obj       -0.004236313725011909   tail200   -0.01250000000000013
    x200      mono200   -1             icup200   -0.0012242493277235308
    x200      mono201   1              icdown201  -0.0012259158450092596
    x201      obj       -0.004251637673074525   tail201   -0.01250000000000013
    x201      mono201   -1             icup201   -0.0012259158450092596
    x201      mono202   1              icdown202  -0.0012276250712268844
    x202      obj       -0.004266982986464861   tail202   -0.01250000000000013
    x202      mono202   -1             icup202   -0.0012276250712268844
    x202      mono203   1              icdown203  -0.001229377282593856
    x203      obj       -0.0042823502024972844   tail203   -0.01250000000000013
    x203      mono203   -1             icup203   -0.001229377282593856
    x203      mono204   1              icdown204  -0.0012311727666689462
    x204      obj       -0.0042977398620806465   tail204   -0.01250000000000013
    x204      mono204   -1             icup204   -0.0012311727666689462
    x204      mono205   1              icdown205  -0.0012330118225012004
    x205      obj       -0.004313152509861911   tail205   -0.01250000000000013
    x205      mono205   -1             icup205   -0.0012330118225012004
    x205      mono206   1              icdown206  -0.0012348947607873704
    x206      obj       -0.004328588694371754   tail206   -0.01250000000000013
    x206      mono206   -1             icup206   -0.0012348947607873704
    x206      mono207   1              icdown207  -0.0012368219040376958
    x207      obj       -0.004344048968172225   tail207   -0.01250000000000013
    x207      mono207   -1             icup207   -0.0012368219040376958
    x207      mono208   1              icdown208  -0.0012387935867498913
    x208      obj       -0.004359533888006599   tail208   -0.01250000000000013
    x208      mono208   -1             icup208   -0.0012387935867498913
    x208      mono209   1              icdown209  -0.0012408101555919366
    x209      obj       -0.004375044014951498   tail209   -0.01250000000000013
    x209      mono209   -1             icup209   -0.0012408101555919366
    x209      mono210   1              icdown210  -0.0012428719695933004
    x210      obj       -0.0043905799145714155   tail210   -0.01250000000000013
    x210      mono210   -1             icup210   -0.0012428719695933004
    x210      mono211   1              icdown211  -0.001244979400346008
    x211      obj       -0.00440614215707574   tail211   -0.01250000000000013
    x211      mono211   -1             icup211   -0.001244979400346008
    x211      mono212   1              icdown212  -0.0012471328322137373
    x212      obj       -0.0044217313174784115   tail212   -0.01250000000000013
    x212      mono212   -1             icup212   -0.0012471328322137373
    x212      mono213   1              icdown213  -0.0012493326625517534
    x213      obj       -0.004437347975760309   tail213   -0.01250000000000013
    x213      mono213   -1             icup213   -0.0012493326625517534
    x213      mono214   1              icdown214  -0.0012515793019357354
    x214      obj       -0.004452992717034506   tail214   -0.01250000000000013
    x214      mono214   -1             icup214   -0.0012515793019357354
    x214      mono215   1              icdown215  -0.0012538731744009886
    x215      obj       -0.004468666131714518   tail215   -0.01250000000000013
    x215      mono215   -1             icup215   -0.0012538731744009886
    x215      mono216   1              icdown216  -0.00125621471769159
    x216      obj       -0.004484368815685663   tail216   -0.01250000000000013
    x216      mono216   -1             icup216   -0.00125621471769159
    x216      mono217   1              icdown217  -0.0012586043835210092
    x217      obj       -0.004500101370479676   tail217   -0.01250000000000013
    x217      mono217   -1             icup217   -0.0012586043835210092
    x217      mono218   1              icdown218  -0.001261042637842754
    x218      obj       -0.004515864403452711   tail218   -0.01250000000000013
    x218      mono218   -1             icup218   -0.001261042637842754
    x218      mono219   1              icdown219  -0.0012635299611326253
    x219      obj       -0.004531658527966869   tail219   -0.01250000000000013
    x219      mono219   -1             icup219   -0.0012635299611326253
    x219      mono220   1              icdown220  -0.0012660668486832664
    x220      obj       -0.00454748436357541   tail220   -0.01250000000000013
    x220      mono220   -1             icup220   -0.0012660668486832664
    x220      mono221   1              icdown221  -0.0012686538109091877
    x221      obj       -0.004563342536211775   tail221   -0.01250000000000013
    x221      mono221   -1             icup221   -0.0012686538109091877
    x221      mono222   1              icdown222  -0.001271291373665807
    x222      obj       -0.004579233678382598   tail222   -0.01250000000000013
    x222      mono222   -1             icup222   -0.001271291373665807
    x222      mono223   1              icdown223  -0.0012739800785804205
    x223      obj       -0.004595158429364853   tail223   -0.01250000000000013
    x223      mono223   -1             icup223   -0.0012739800785804205
    x223      mono224   1              icdown224  -0.0012767204833965512
    x224      obj       -0.00461111743540731   tail224   -0.01250000000000013
    x224      mono224   -1             icup224   -0.0012767204833965512
    x224      mono225   1              icdown225  -0.001279513162331589
    x225      obj       -0.004627111349936455   tail225   -0.01250000000000013
    x225      mono225   -1             icup225   -0.001279513162331589
    x225      mono226   1              icdown226  -0.0012823587064498064
    x226      obj       -0.0046431408337670775   tail226   -0.01250000000000013
    x226      mono226   -1             icup226   -0.0012823587064498064
    x226      mono227   1              icdown227  -0.0012852577240485266
    x227      obj       -0.004659206555317685   tail227   -0.01250000000000013
    x227      mono227   -1             icup227   -0.0012852577240485266
    x227      mono228   1              icdown228  -0.001288210841060078
    x228      obj       -0.004675309190830936   tail228   -0.01250000000000013
    x228      mono228   -1             icup228   -0.001288210841060078
    x228      mono229   1              icdown229  -0.00129121870147012
    x229      obj       -0.004691449424599313   tail229   -0.01250000000000013
    x229      mono229   -1             icup229   -0.00129121870147012
    x229      mono230   1              icdown230  -0.001294281967750848
    x230      obj       -0.004707627949196198   tail230   -0.01250000000000013
    x230      mono230   -1             icup230   -0.001294281967750848
    x230      mono231   1              icdown231  -0.0012974013213124757
    x231      obj       -0.004723845465712605   tail231   -0.01250000000000013
    x231      mono231   -1             icup231   -0.0012974013213124757
    x231      mono232   1              icdown232  -0.0013005774629713644
    x232      obj       -0.004740102683999747   tail232   -0.01250000000000013
    x232      mono232   -1             icup232   -0.0013005774629713644
    x232      mono233   1              icdown233  -0.0013038111134362495
    x233      obj       -0.0047564003229176996   tail233   -0.01250000000000013
    x233      mono233   -1             icup233   -0.0013038111134362495
    x233      mono234   1              icdown234  -0.0013071030138145144
    x234      obj       -0.004772739110590381   tail234   -0.01250000000000013
    x234      mono234   -1             icup234   -0.0013071030138145144
    x234      mono235   1              icdown235  -0.0013104539261363354
    x235      obj       -0.004789119784667085   tail235   -0.01250000000000013
    x235      mono235   -1             icup235   -0.0013104539261363354
    x235      mono236   1              icdown236  -0.0013138646339004617
    x236      obj       -0.004805543092590842   tail236   -0.01250000000000013
    x236      mono236   -1             icup236   -0.0013138646339004617
    x236      mono237   1              icdown237  -0.0013173359426409956
    x237      obj       -0.004822009791873854   tail237   -0.01250000000000013
    x237      mono237   -1             icup237   -0.0013173359426409956
    x237      mono238   1              icdown238  -0.0013208686805155818
    x238      obj       -0.0048385206503803   tail238   -0.01250000000000013
    x238      mono238   -1             icup238   -0.0013208686805155818
    x238      mono239   1              icdown239  -0.0013244636989171357
    x239      obj       -0.004855076446616764   tail239   -0.01250000000000013
    x239      mono239   -1             icup239   -0.0013244636989171357
    x239      mono240   1              icdown240  -0.0013281218731091128
    x240      obj       -0.0048716779700306275   tail240   -0.01250000000000013
    x240      mono240   -1             icup240   -0.0013281218731091128
    x240      mono241   1              icdown241  -0.001331844102885634
    x241      obj       -0.0048883260213166985   tail241   -0.01250000000000013
    x241      mono241   -1             icup241   -0.001331844102885634
    x241      mono242   1              icdown242  -0.0013356313132576003
    x242      obj       -0.004905021412732418   tail242   -0.01250000000000013
    x242      mono242   -1             icup242   -0.0013356313132576003
    x242      mono243   1              icdown243  -0.0013394844551655213
    x243      obj       -0.004921764968421988   tail243   -0.01250000000000013
    x243      mono243   -1             icup243   -0.0013394844551655213
    x243      mono244   1              icdown244  -0.0013434045062204213
    x244      obj       -0.004938557524749743   tail244   -0.01250000000000013
    x244      mono244   -1             icup244   -0.0013434045062204213
    x244      mono245   1              icdown245  -0.0013473924714742277
    x245      obj       -0.004955399930643171   tail245   -0.01250000000000013
    x245      mono245   -1             icup245   -0.0013473924714742277
    x245      mono246   1              icdown246  -0.0013514493842205922
    x246      obj       -0.0049722930479459285   tail246   -0.01250000000000013
    x246      mono246   -1             icup246   -0.0013514493842205922
    x246      mono247   1              icdown247  -0.0013555763068274173
    x247      obj       -0.0049892377517812714   tail247   -0.01250000000000013
    x247      mono247   -1             icup247   -0.0013555763068274173
    x247      mono248   1              icdown248  -0.001359774331602494
    x248      obj       -0.005006234930926303   tail248   -0.01250000000000013
    x248      mono248   -1             icup248   -0.001359774331602494
    x248      mono249   1              icdown249  -0.0013640445816944721
    x249      obj       -0.005023285488197485   tail249   -0.01250000000000013
    x249      mono249   -1             icup249   -0.0013640445816944721
    x249      mono250   1              icdown250  -0.0013683882120293445
    x250      obj       -0.0050403903408478504   tail250   -0.01250000000000013
    x250      mono250   -1             icup250   -0.0013683882120293445
    x250      mono251   1              icdown251  -0.0013728064102852132
    x251      obj       -0.005057550420976416   tail251   -0.01250000000000013
    x251      mono251   -1             icup251   -0.0013728064102852132
    x251      mono252   1              icdown252  -0.0013773003979064705
    x252      obj       -0.005074766675950248   tail252   -0.01250000000000013
    x252      mono252   -1             icup252   -0.0013773003979064705
    x252      mono253   1              icdown253  -0.0013818714311593463
    x253      obj       -0.005092040068839739   tail253   -0.01250000000000013
    x253      mono253   -1             icup253   -0.0013818714311593463
    x253      mono254   1              icdown254  -0.0013865208022310414
    x254      obj       -0.005109371578867627   tail254   -0.01250000000000013
    x254      mono254   -1             icup254   -0.0013865208022310414
    x254      mono255   1              icdown255  -0.0013912498403735403
    x255      obj       -0.0051267622018722975   tail255   -0.01250000000000013
    x255      mono255   -1             icup255   -0.0013912498403735403
    x255      mono256   1              icdown256  -0.001396059913095409
    x256      obj       -0.0051442129507859894   tail256   -0.01250000000000013
    x256      mono256   -1             icup256   -0.001396059913095409
    x256      mono257   1              icdown257  -0.0014009524274032153
    x257      obj       -0.00516172485612853   tail257   -0.01250000000000013
    x257      mono257   -1             icup257   -0.0014009524274032153
    x257      mono258   1              icdown258  -0.0014059288310938826
    x258      obj       -0.005179298966517204   tail258   -0.01250000000000013
    x258      mono258   -1             icup258   -0.0014059288310938826
    x258      mono259   1              icdown259  -0.001410990614103562
    x259      obj       -0.005196936349193499   tail259   -0.01250000000000013
    x259      mono259   -1             icup259   -0.001410990614103562
    x259      mono260   1              icdown260  -0.0014161393099109743
    x260      obj       -0.005214638090567386   tail260   -0.01250000000000013
    x260      mono260   -1             icup260   -0.0014161393099109743
    x260      mono261   1              icdown261  -0.0014213764970031652
    x261      obj       -0.005232405296779926   tail261   -0.01250000000000013
    x261      mono261   -1             icup261   -0.0014213764970031652
    x261      mono262   1              icdown262  -0.0014267038004018577
    x262      obj       -0.005250239094284949   tail262   -0.01250000000000013
    x262      mono262   -1             icup262   -0.0014267038004018577
    x262      mono263   1              icdown263  -0.0014321228932580197
    x263      obj       -0.0052681406304506745   tail263   -0.01250000000000013
    x263      mono263   -1             icup263   -0.0014321228932580197
    x263      mono264   1              icdown264  -0.0014376354985123818
    x264      obj       -0.005286111074182079   tail264   -0.01250000000000013
    x264      mono264   -1             icup264   -0.0014376354985123818
    x264      mono265   1              icdown265  -0.0014432433906321552
    x265      obj       -0.005304151616564981   tail265   -0.01250000000000013
    x265      mono265   -1             icup265   -0.0014432433906321552
    x265      mono266   1              icdown266  -0.0014489483974217698
    x266      obj       -0.005322263471532754   tail266   -0.01250000000000013
    x266      mono266   -1             icup266   -0.0014489483974217698
    x266      mono267   1              icdown267  -0.0014547524019134443
    x267      obj       -0.005340447876556673   tail267   -0.01250000000000013
    x267      mono267   -1             icup267   -0.0014547524019134443
    x267      mono268   1              icdown268  -0.0014606573443446556
    x268      obj       -0.005358706093360981   tail268   -0.01250000000000013
    x268      mono268   -1             icup268   -0.0014606573443446556
    x268      mono269   1              icdown269  -0.0014666652242208839
    x269      obj       -0.005377039408663742   tail269   -0.01250000000000013
    x269      mono269   -1             icup269   -0.0014666652242208839
    x269      mono270   1              icdown270  -0.0014727781024742384
    x270      obj       -0.00539544913494467   tail270   -0.01250000000000013
    x270      mono270   -1             icup270   -0.0014727781024742384
    x270      mono271   1              icdown271  -0.0014789981037187864
    x271      obj       -0.005413936611241155   tail271   -0.01250000000000013
    x271      mono271   -1             icup271   -0.0014789981037187864
    x271      mono272   1              icdown272  -0.001485327418609931
    x272      obj       -0.00543250320397378   tail272   -0.01250000000000013
    x272      mono272   -1             icup272   -0.001485327418609931
    x272      mono273   1              icdown273  -0.0014917683063125533
    x273      obj       -0.005451150307802687   tail273   -0.01250000000000013
    x273      mono273   -1             icup273   -0.0014917683063125533
    x273      mono274   1              icdown274  -0.001498323097083093
    x274      obj       -0.005469879346516225   tail274   -0.01250000000000013
    x274      mono274   -1             icup274   -0.001498323097083093
    x274      mono275   1              icdown275  -0.0015049941949742726
    x275      obj       -0.005488691773953404   tail275   -0.01250000000000013
    x275      mono275   -1             icup275   -0.0015049941949742726
    x275      mono276   1              icdown276  -0.0015117840806656432
    x276      obj       -0.0055075890749617246   tail276   -0.01250000000000013
    x276      mono276   -1             icup276   -0.0015117840806656432
    x276      mono277   1              icdown277  -0.0015186953144297466
    x277      obj       -0.005526572766392097   tail277   -0.01250000000000013
    x277      mono277   -1             icup277   -0.0015186953144297466
    x277      mono278   1              icdown278  -0.0015257305392403356
    x278      obj       -0.005545644398132601   tail278   -0.01250000000000013
    x278      mono278   -1             icup278   -0.0015257305392403356
    x278      mono279   1              icdown279  -0.0015328924840299998
    x279      obj       -0.005564805554182976   tail279   -0.01250000000000013
    x279      mono279   -1             icup279   -0.0015328924840299998
    x279      mono280   1              icdown280  -0.0015401839671076297
    x280      obj       -0.005584057853771822   tail280   -0.01250000000000013
    x280      mono280   -1             icup280   -0.0015401839671076297
    x280      mono281   1              icdown281  -0.0015476078997418872
    x281      obj       -0.005603402952518596   tail281   -0.01250000000000013
    x281      mono281   -1             icup281   -0.0015476078997418872
    x281      mono282   1              icdown282  -0.0015551672899232003
    x282      obj       -0.005622842543642636   tail282   -0.01250000000000013
    x282      mono282   -1             icup282   -0.0015551672899232003
    x282      mono283   1              icdown283  -0.0015628652463131737
    x283      obj       -0.005642378359221551   tail283   -0.01250000000000013
    x283      mono283   -1             icup283   -0.0015628652463131737
    x283      mono284   1              icdown284  -0.0015707049823915733
    x284      obj       -0.005662012171501446   tail284   -0.01250000000000013
    x284      mono284   -1             icup284   -0.0015707049823915733
    x284      mono285   1              icdown285  -0.0015786898208144926
    x285      obj       -0.005681745794261627   tail285   -0.01250000000000013
    x285      mono285   -1             icup285   -0.0015786898208144926
    x285      mono286   1              icdown286  -0.0015868231979953142
    x286      obj       -0.005701581084236568   tail286   -0.01250000000000013
    x286      mono286   -1             icup286   -0.0015868231979953142
    x286      mono287   1              icdown287  -0.0015951086689213426
    x287      obj       -0.005721519942598086   tail287   -0.01250000000000013
    x287      mono287   -1             icup287   -0.0015951086689213426
    x287      mono288   1              icdown288  -0.0016035499122207207
    x288      obj       -0.005741564316500845   tail288   -0.01250000000000013
    x288      mono288   -1             icup288   -0.0016035499122207207
    x288      mono289   1              icdown289  -0.0016121507354960407
    x289      obj       -0.005761716200694546   tail289   -0.01250000000000013
    x289      mono289   -1             icup289   -0.0016121507354960407
    x289      mono290   1              icdown290  -0.0016209150809398066
    x290      obj       -0.005781977639206294   tail290   -0.01250000000000013
    x290      mono290   -1             icup290   -0.0016209150809398066
    x290      mono291   1              icdown291  -0.001629847031248616
    x291      obj       -0.005802350727096901   tail291   -0.01250000000000013
    x291      mono291   -1             icup291   -0.001629847031248616
    x291      mono292   1              icdown292  -0.001638950815857924
    x292      obj       -0.005822837612295125   tail292   -0.01250000000000013
    x292      mono292   -1             icup292   -0.001638950815857924
    x292      mono293   1              icdown293  -0.0016482308175139932
    x293      obj       -0.005843440497514051   tail293   -0.01250000000000013
    x293      mono293   -1             icup293   -0.0016482308175139932
    x293      mono294   1              icdown294  -0.001657691579207244
    x294      obj       -0.005864161642254142   tail294   -0.01250000000000013
    x294      mono294   -1             icup294   -0.001657691579207244
    x294      mono295   1              icdown295  -0.001667337811489237
    x295      obj       -0.005885003364897757   tail295   -0.01250000000000013
    x295      mono295   -1             icup295   -0.001667337811489237
    x295      mono296   1              icdown296  -0.001677174400198774
    x296      obj       -0.005905968044900242   tail296   -0.01250000000000013
    x296      mono296   -1             icup296   -0.001677174400198774
    x296      mono297   1              icdown297  -0.001687206414622881
    x297      obj       -0.005927058125083029   tail297   -0.01250000000000013
    x297      mono297   -1             icup297   -0.001687206414622881
    x297      mono298   1              icdown298  -0.0016974391161247862
    x298      obj       -0.005948276114034589   tail298   -0.01250000000000013
    x298      mono298   -1             icup298   -0.0016974391161247862
    x298      mono299   1              icdown299  -0.0017078779672655637
    x299      obj       -0.005969624588625409   tail299   -0.01250000000000013
    x299      mono299   -1             icup299   -0.0017078779672655637
    x299      mono300   1              icdown300  -0.001718528641457087
    x300      obj       -0.005991106196643622   tail300   -0.01250000000000013
    x300      mono300   -1             icup300   -0.001718528641457087
    x300      mono301   1              icdown301  -0.0017293970331806767
    x301      obj       -0.00601272365955838   tail301   -0.01250000000000013
    x301      mono301   -1             icup301   -0.0017293970331806767
    x301      mono302   1              icdown302  -0.0017404892688108063
    x302      obj       -0.006034479775418516   tail302   -0.01250000000000013
    x302      mono302   -1             icup302   -0.0017404892688108063
    x302      mono303   1              icdown303  -0.0017518117180865991
    x303      obj       -0.006056377421894598   tail303   -0.01250000000000013
    x303      mono303   -1             icup303   -0.0017518117180865991
    x303      mono304   1              icdown304  -0.0017633710062773746
    x304      obj       -0.006078419559473067   tail304   -0.01250000000000013
    x304      mono304   -1             icup304   -0.0017633710062773746
    x304      mono305   1              icdown305  -0.0017751740270886937
    x305      obj       -0.006100609234811674   tail305   -0.01250000000000013
    x305      mono305   -1             icup305   -0.0017751740270886937
    x305      mono306   1              icdown306  -0.001787227956368409
    x306      obj       -0.00612294958426628   tail306   -0.01250000000000013
    x306      mono306   -1             icup306   -0.001787227956368409
    x306      mono307   1              icdown307  -0.0017995402666640646
    x307      obj       -0.006145443837599581   tail307   -0.01250000000000013
    x307      mono307   -1             icup307   -0.0017995402666640646
    x307      mono308   1              icdown308  -0.0018121187426995006
    x308      obj       -0.006168095321883325   tail308   -0.01250000000000013
    x308      mono308   -1             icup308   -0.0018121187426995006
    x308      mono309   1              icdown309  -0.0018249714978367
    x309      obj       -0.006190907465606284   tail309   -0.01250000000000013
    x309      mono309   -1             icup309   -0.0018249714978367
    x309      mono310   1              icdown310  -0.0018381069915981714
    x310      obj       -0.006213883803001262   tail310   -0.01250000000000013
    x310      mono310   -1             icup310   -0.0018381069915981714
    x310      mono311   1              icdown311  -0.0018515340483292438
    x311      obj       -0.006237027978605377   tail311   -0.01250000000000013
    x311      mono311   -1             icup311   -0.0018515340483292438
    x311      mono312   1              icdown312  -0.0018652618770901674
    x312      obj       -0.006260343752069005   tail312   -0.01250000000000013
    x312      mono312   -1             icup312   -0.0018652618770901674
    x312      mono313   1              icdown313  -0.0018793000928716411
    x313      obj       -0.006283835003229901   tail313   -0.01250000000000013
    x313      mono313   -1             icup313   -0.0018793000928716411
    x313      mono314   1              icdown314  -0.0018936587392389
    x314      obj       -0.006307505737470387   tail314   -0.01250000000000013
    x314      mono314   -1             icup314   -0.0018936587392389
    x314      mono315   1              icdown315  -0.0019083483125189394
    x315      obj       -0.006331360091376874   tail315   -0.01250000000000013
    x315      mono315   -1             icup315   -0.0019083483125189394
    x315      mono316   1              icdown316  -0.001923379787654331
    x316      obj       -0.006355402338722553   tail316   -0.01250000000000013
    x316      mono316   -1             icup316   -0.001923379787654331
    x316      mono317   1              icdown317  -0.001938764645858529
    x317      obj       -0.006379636896795785   tail317   -0.01250000000000013
    x317      mono317   -1             icup317   -0.001938764645858529
    x317      mono318   1              icdown318  -0.00195451490422515
    x318      obj       -0.0064040683330986   tail318   -0.01250000000000013
    x318      mono318   -1             icup318   -0.00195451490422515
    x318      mono319   1              icdown319  -0.0019706431474486225
    x319      obj       -0.006428701372441709   tail319   -0.01250000000000013
    x319      mono319   -1             icup319   -0.0019706431474486225
    x319      mono320   1              icdown320  -0.0019871625618416164
    x320      obj       -0.006453540904464729   tail320   -0.01250000000000013
    x320      mono320   -1             icup320   -0.0019871625618416164
    x320      mono321   1              icdown321  -0.0020040869718394873
    x321      obj       -0.006478591991612723   tail321   -0.01250000000000013
    x321      mono321   -1             icup321   -0.0020040869718394873
    x321      mono322   1              icdown322  -0.0020214308792119847
    x322      obj       -0.006503859877602873   tail322   -0.01250000000000013
    x322      mono322   -1             icup322   -0.0020214308792119847
    x322      mono323   1              icdown323  -0.002039209505217356
    x323      obj       -0.00652934999641809   tail323   -0.01250000000000013
    x323      mono323   -1             icup323   -0.002039209505217356
    x323      mono324   1              icdown324  -0.0020574388359621875
    x324      obj       -0.006555067981867617   tail324   -0.01250000000000013
    x324      mono324   -1             icup324   -0.0020574388359621875
    x324      mono325   1              icdown325  -0.002076135671254818
    x325      obj       -0.006581019677758303   tail325   -0.01250000000000013
    x325      mono325   -1             icup325   -0.002076135671254818
    x325      mono326   1              icdown326  -0.002095317677271368
    x326      obj       -0.006607211148724195   tail326   -0.01250000000000013
    x326      mono326   -1             icup326   -0.002095317677271368
    x326      mono327   1              icdown327  -0.0021150034433878922
    x327      obj       -0.006633648691766544   tail327   -0.01250000000000013
    x327      mono327   -1             icup327   -0.0021150034433878922
    x327      mono328   1              icdown328  -0.0021352125435695427
    x328      obj       -0.006660338848561164   tail328   -0.01250000000000013
    x328      mono328   -1             icup328   -0.0021352125435695427
    x328      mono329   1              icdown329  -0.0021559656027478214
    x329      obj       -0.006687288418595512   tail329   -0.01250000000000013
    x329      mono329   -1             icup329   -0.0021559656027478214
    x329      mono330   1              icdown330  -0.002177284368671228
    x330      obj       -0.006714504473203903   tail330   -0.01250000000000013
    x330      mono330   -1             icup330   -0.002177284368671228
    x330      mono331   1              icdown331  -0.0021991917897600847
    x331      obj       -0.006741994370575904   tail331   -0.01250000000000013
    x331      mono331   -1             icup331   -0.0021991917897600847
    x331      mono332   1              icdown332  -0.0022217120995640586
    x332      obj       -0.006769765771820454   tail332   -0.01250000000000013
    x332      mono332   -1             icup332   -0.0022217120995640586
    x332      mono333   1              icdown333  -0.002244870908485954
    x333      obj       -0.006797826658176529   tail333   -0.01250000000000013
    x333      mono333   -1             icup333   -0.002244870908485954
    x333      mono334   1              icdown334  -0.0022686953035149096
    x334      obj       -0.006826185349470466   tail334   -0.01250000000000013
    x334      mono334   -1             icup334   -0.0022686953035149096
    x334      mono335   1              icdown335  -0.002293213956798209
    x335      obj       -0.006854850523930444   tail335   -0.01250000000000013
    x335      mono335   -1             icup335   -0.002293213956798209
    x335      mono336   1              icdown336  -0.002318457243982884
    x336      obj       -0.00688383123948023   tail336   -0.01250000000000013
    x336      mono336   -1             icup336   -0.002318457243982884
    x336      mono337   1              icdown337  -0.002344457373372501
    x337      obj       -0.0069131369566473875   tail337   -0.01250000000000013
    x337      mono337   -1             icup337   -0.002344457373372501
    x337      mono338   1              icdown338  -0.0023712485270724203
    x338      obj       -0.006942777563235793   tail338   -0.01250000000000013
    x338      mono338   -1             icup338   -0.0023712485270724203
    x338      mono339   1              icdown339  -0.002398867015447406
    x339      obj       -0.006972763400928885   tail339   -0.01250000000000013
    x339      mono339   -1             icup339   -0.002398867015447406
    x339      mono340   1              icdown340  -0.002427351446382837
    x340      obj       -0.007003105294008671   tail340   -0.01250000000000013
    x340      mono340   -1             icup340   -0.002427351446382837
    x340      mono341   1              icdown341  -0.002456742911039237
    x341      obj       -0.0070338145803966615   tail341   -0.01250000000000013
    x341      mono341   -1             icup341   -0.002456742911039237
    x341      mono342   1              icdown342  -0.0024870851880117524
    x342      obj       -0.0070649031452468085   tail342   -0.01250000000000013
    x342      mono342   -1             icup342   -0.0024870851880117524
    x342      mono343   1              icdown343  -0.0025184249680608047
    x343      obj       -0.007096383457347569   tail343   -0.01250000000000013
    x343      mono343   -1             icup343   -0.0025184249680608047
    x343      mono344   1              icdown344  -0.0025508121018889755
    x344      obj       -0.007128268608621182   tail344   -0.01250000000000013
    x344      mono344   -1             icup344   -0.0025508121018889755
    x344      mono345   1              icdown345  -0.002584299873768984
    x345      obj       -0.007160572357043296   tail345   -0.01250000000000013
    x345      mono345   -1             icup345   -0.002584299873768984
    x345      mono346   1              icdown346  -0.002618945304243012
    x346      obj       -0.007193309173346333   tail346   -0.01250000000000013
    x346      mono346   -1             icup346   -0.002618945304243012
    x346      mono347   1              icdown347  -0.002654809485569468
    x347      obj       -0.0072264942919159515   tail347   -0.01250000000000013
    x347      mono347   -1             icup347   -0.002654809485569468
    x347      mono348   1              icdown348  -0.0026919579541383786
    x348      obj       -0.007260143766342682   tail348   -0.01250000000000013
    x348      mono348   -1             icup348   -0.0026919579541383786
    x348      mono349   1              icdown349  -0.002730461104718754
    x349      obj       -0.007294274530151666   tail349   -0.01250000000000013
    x349      mono349   -1             icup349   -0.002730461104718754
    x349      mono350   1              icdown350  -0.002770394652133987
    x350      obj       -0.007328904463303341   tail350   -0.01250000000000013
    x350      mono350   -1             icup350   -0.002770394652133987
    x350      mono351   1              icdown351  -0.002811840146852131
    x351      obj       -0.0073640524651389936   tail351   -0.01250000000000013
    x351      mono351   -1             icup351   -0.002811840146852131
    x351      mono352   1              icdown352  -0.00285488555199964
    x352      obj       -0.007399738534538989   tail352   -0.01250000000000013
    x352      mono352   -1             icup352   -0.00285488555199964
    x352      mono353   1              icdown353  -0.002899625890541377
    x353      obj       -0.007435983858170757   tail353   -0.01250000000000013
    x353      mono353   -1             icup353   -0.002899625890541377
    x353      mono354   1              icdown354  -0.002946163972815435
    x354      obj       -0.00747281090783095   tail354   -0.01250000000000013
    x354      mono354   -1             icup354   -0.002946163972815435
    x354      mono355   1              icdown355  -0.0029946112163497306
    x355      obj       -0.007510243548035323   tail355   -0.01250000000000013
    x355      mono355   -1             icup355   -0.0029946112163497306
    x355      mono356   1              icdown356  -0.0030450885719517195
    x356      obj       -0.007548307155184719   tail356   -0.01250000000000013
    x356      mono356   -1             icup356   -0.0030450885719517195
    x356      mono357   1              icdown357  -0.0030977275725551233
    x357      obj       -0.007587028749841658   tail357   -0.01250000000000013
    x357      mono357   -1             icup357   -0.0030977275725551233
    x357      mono358   1              icdown358  -0.0031526715242936793
    x358      obj       -0.00762643714389533   tail358   -0.01250000000000013
    x358      mono358   -1             icup358   -0.0031526715242936793
    x358      mono359   1              icdown359  -0.0032100768628992066
    x359      obj       -0.007666563104681571   tail359   -0.01250000000000013
    x359      mono359   -1             icup359   -0.0032100768628992066
    x359      mono360   1              icdown360  -0.003270114702917643
    x360      obj       -0.007707439538468041   tail360   -0.01250000000000013
    x360      mono360   -1             icup360   -0.003270114702917643
    x360      mono361   1              icdown361  -0.0033329726125964415
    x361      obj       -0.007749101696125497   tail361   -0.01250000000000013
    x361      mono361   -1             icup361   -0.0033329726125964415
    x361      mono362   1              icdown362  -0.003398856653883456
    x362      obj       -0.00779158740429904   tail362   -0.01250000000000013
    x362      mono362   -1             icup362   -0.003398856653883456
    x362      mono363   1              icdown363  -0.0034679937350583206
    x363      obj       -0.00783493732598727   tail363   -0.01250000000000013
    x363      mono363   -1             icup363   -0.0034679937350583206
    x363      mono364   1              icdown364  -0.003540634333547658
    x364      obj       -0.007879195255156617   tail364   -0.01250000000000013
    x364      mono364   -1             icup364   -0.003540634333547658
    x364      mono365   1              icdown365  -0.0036170556589299224
    x365      obj       -0.007924408450893242   tail365   -0.01250000000000013
    x365      mono365   -1             icup365   -0.0036170556589299224
    x365      mono366   1              icdown366  -0.003697565341727848
    x366      obj       -0.00797062801766484   tail366   -0.01250000000000013
    x366      mono366   -1             icup366   -0.003697565341727848
    x366      mono367   1              icdown367  -0.0037825057532020027
    x367      obj       -0.008017909339579864   tail367   -0.01250000000000013
    x367      mono367   -1             icup367   -0.0037825057532020027
    x367      mono368   1              icdown368  -0.0038722590861817903
    x368      obj       -0.008066312578157138   tail368   -0.01250000000000013
    x368      mono368   -1             icup368   -0.0038722590861817903
    x368      mono369   1              icdown369  -0.003967253358611519
    x369      obj       -0.008115903245139784   tail369   -0.01250000000000013
    x369      mono369   -1             icup369   -0.003967253358611519
    x369      mono370   1              icdown370  -0.00406796954206294
    x370      obj       -0.00816675286441557   tail370   -0.01250000000000013
    x370      mono370   -1             icup370   -0.00406796954206294
    x370      mono371   1              icdown371  -0.0041749500699007095
    x371      obj       -0.00821893974028933   tail371   -0.01250000000000013
    x371      mono371   -1             icup371   -0.0041749500699007095
    x371      mono372   1              icdown372  -0.004288809048053078
    x372      obj       -0.008272549853389995   tail372   -0.01250000000000013
    x372      mono372   -1             icup372   -0.004288809048053078
    x372      mono373   1              icdown373  -0.004410244580950157
    x373      obj       -0.00832767791065187   tail373   -0.01250000000000013
    x373      mono373   -1             icup373   -0.004410244580950157
    x373      mono374   1              icdown374  -0.0045400537438306235
    x374      obj       -0.008384428582449754   tail374   -0.01250000000000013
    x374      mono374   -1             icup374   -0.0045400537438306235
    x374      mono375   1              icdown375  -0.004679150891153138
    x375      obj       -0.00844291796858917   tail375   -0.01250000000000013
    x375      mono375   -1             icup375   -0.004679150891153138
    x375      mono376   1              icdown376  -0.004828590204790394
    x376      obj       -0.00850327534614905   tail376   -0.01250000000000013
    x376      mono376   -1             icup376   -0.004828590204790394
    x376      mono377   1              icdown377  -0.004989593677430111
    x377      obj       -0.008565645267116928   tail377   -0.01250000000000013
    x377      mono377   -1             icup377   -0.004989593677430111
    x377      mono378   1              icdown378  -0.005163586129033342
    x378      obj       -0.008630190093729844   tail378   -0.01250000000000013
    x378      mono378   -1             icup378   -0.005163586129033342
    x378      mono379   1              icdown379  -0.005352239416021362
    x379      obj       -0.00869709308643011   tail379   -0.01250000000000013
    x379      mono379   -1             icup379   -0.005352239416021362
    x379      mono380   1              icdown380  -0.005557528787651846
    x380      obj       -0.00876656219627576   tail380   -0.01250000000000013
    x380      mono380   -1             icup380   -0.005557528787651846
    x380      mono381   1              icdown381  -0.005781805484494011
    x381      obj       -0.008838834764831938   tail381   -0.01250000000000013
    x381      mono381   -1             icup381   -0.005781805484494011
    x381      mono382   1              icdown382  -0.006027891335846433
    x382      obj       -0.008914183406530017   tail382   -0.01250000000000013
    x382      mono382   -1             icup382   -0.006027891335846433
    x382      mono383   1              icdown383  -0.0062992035760531155
    x383      obj       -0.008992923451230683   tail383   -0.01250000000000013
    x383      mono383   -1             icup383   -0.0062992035760531155
    x383      mono384   1              icdown384  -0.006599921818214674
    x384      obj       -0.009075422473958367   tail384   -0.01250000000000013
    x384      mono384   -1             icup384   -0.006599921818214674
    x384      mono385   1              icdown385  -0.0069352148529652465
    x385      obj       -0.009162112659620433   tail385   -0.01250000000000013
    x385      mono385   -1             icup385   -0.0069352148529652465
    x385      mono386   1              icdown386  -0.00731155396755061
    x386      obj       -0.009253507084214817   tail386   -0.01250000000000013
    x386      mono386   -1             icup386   -0.00731155396755061
    x386      mono387   1              icdown387  -0.007737154065377082
    x387      obj       -0.009350221510032033   tail387   -0.01250000000000013
    x387      mono387   -1             icup387   -0.007737154065377082
    x387      mono388   1              icdown388  -0.008222608097957981
    x388      obj       -0.009453004111256507   tail388   -0.01250000000000013
    x388      mono388   -1             icup388   -0.008222608097957981
    x388      mono389   1              icdown389  -0.008781821869776189
    x389      obj       -0.00956277688462871   tail389   -0.01250000000000013
    x389      mono389   -1             icup389   -0.008781821869776189
    x389      mono390   1              icdown390  -0.009433430115835546
    x390      obj       -0.009680694761076657   tail390   -0.01250000000000013
    x390      mono390   -1             icup390   -0.009433430115835546
    x390      mono391   1              icdown391  -0.010203011483754321
    x391      obj       -0.009808232404623588   tail391   -0.01250000000000013
    x391      mono391   -1             icup391   -0.010203011483754321
    x391      mono392   1              icdown392  -0.01112668561527941
    x392      obj       -0.00994731597481458   tail392   -0.01250000000000013
    x392      mono392   -1             icup392   -0.01112668561527941
    x392      mono393   1              icdown393  -0.012257221058277779
    x393      obj       -0.010100531238043055   tail393   -0.01250000000000013
    x393      mono393   -1             icup393   -0.012257221058277779
    x393      mono394   1              icdown394  -0.01367498112510003
    x394      obj       -0.010271468502106806   tail394   -0.01250000000000013
    x394      mono394   -1             icup394   -0.01367498112510003
    x394      mono395   1              icdown395  -0.015508891698164173
    x395      obj       -0.010465329648333861   tail395   -0.01250000000000013
    x395      mono395   -1             icup395   -0.015508891698164173
    x395      mono396   1              icdown396  -0.01798016059183936
    x396      obj       -0.010690081655731855   tail396   -0.01250000000000013
    x396      mono396   -1             icup396   -0.01798016059183936
    x396      mono397   1              icdown397  -0.02150424473097401
    x397      obj       -0.010958884714869032   tail397   -0.01250000000000013
    x397      mono397   -1             icup397   -0.02150424473097401
    x397      mono398   1              icdown398  -0.02696898042872472
    x398      obj       -0.011295996970228097   tail398   -0.01250000000000013
    x398      mono398   -1             icup398   -0.02696898042872472
    x398      mono399   1              icdown399  -0.036698301153934666
    x399      obj       -0.011754725734652284   tail399   -0.01250000000000013
    x399      mono399   -1             icup399   -0.036698301153934666
    x399      mono400   1              icdown400  -0.059621941227827116
    x400      obj       -0.01250000000000013   tail400   -0.01250000000000013
    x400      mono400   -1             icup400   -0.059621941227827116
    u1        obj       0.01250000000000013   icdown2   -1
    u1        icup2     -1             nosubsidy  1
    u2        obj       0.01250000000000013   icdown2   1
    u2        icup2     1              icdown3   -1
    u2        icup3     -1
    u3        obj       0.01250000000000013   icdown3   1
    u3        icup3     1              icdown4   -1
    u3        icup4     -1
    u4        obj       0.01250000000000013   icdown4   1
    u4        icup4     1              icdown5   -1
    u4        icup5     -1
    u5        obj       0.01250000000000013   icdown5   1
    u5        icup5     1              icdown6   -1
    u5        icup6     -1
    u6        obj       0.01250000000000013   icdown6   1
    u6        icup6     1              icdown7   -1
    u6        icup7     -1
    u7        obj       0.01250000000000013   icdown7   1
    u7        icup7     1              icdown8   -1
    u7        icup8     -1
    u8        obj       0.01250000000000013   icdown8   1
    u8        icup8     1              icdown9   -1
    u8        icup9     -1
    u9        obj       0.01250000000000013   icdown9   1
    u9        icup9     1              icdown10  -1
    u9        icup10    -1
    u10       obj       0.01250000000000013   icdown10  1
    u10       icup10    1              icdown11  -1
    u10       icup11    -1
    u11       obj       0.01250000000000013   icdown11  1
    u11       icup11    1              icdown12  -1
    u11       icup12    -1
    u12       obj       0.01250000000000013   icdown12  1
    u12       icup12    1              icdown13  -1
    u12       icup13    -1
    u13       obj       0.01250000000000013   icdown13  1
    u13       icup13    1              icdown14  -1
    u13       icup14    -1
    u14       obj       0.01250000000000013   icdown14  1
    u14       icup14    1              icdown15  -1
    u14       icup15    -1
    u15       obj       0.01250000000000013   icdown15  1
    u15       icup15    1              icdown16  -1
    u15       icup16    -1
    u16       obj       0.01250000000000013   icdown16  1
    u16       icup16    1              icdown17  -1
    u16       icup17    -1
    u17       obj       0.01250000000000013   icdown17  1
    u17       icup17    1              icdown18  -1
    u17       icup18    -1
    u18       obj       0.01250000000000013   icdown18  1
    u18       icup18    1              icdown19  -1
    u18       icup19    -1
    u19       obj       0.01250000000000013   icdown19  1
    u19       icup19    1              icdown20  -1
    u19       icup20    -1
    u20       obj       0.01250000000000013   icdown20  1
    u20       icup20    1              icdown21  -1
    u20       icup21    -1
    u21       obj       0.01250000000000013   icdown21  1
    u21       icup21    1              icdown22  -1
    u21       icup22    -1
    u22       obj       0.01250000000000013   icdown22  1
    u22       icup22    1              icdown23  -1
    u22       icup23    -1
    u23       obj       0.01250000000000013   icdown23  1
    u23       icup23    1              icdown24  -1
    u23       icup24    -1
    u24       obj       0.01250000000000013   icdown24  1
    u24       icup24    1              icdown25  -1
    u24       icup25    -1
    u25       obj       0.01250000000000013   icdown25  1
    u25       icup25    1              icdown26  -1
    u25       icup26    -1
    u26       obj       0.01250000000000013   icdown26  1
    u26       icup26    1              icdown27  -1
    u26       icup27    -1
    u27       obj       0.01250000000000013   icdown27  1
    u27       icup27    1              icdown28  -1
    u27       icup28    -1
    u28       obj       0.01250000000000013   icdown28  1
    u28       icup28    1              icdown29  -1
    u28       icup29    -1
    u29       obj       0.01250000000000013   icdown29  1
    u29       icup29    1              icdown30  -1
    u29       icup30    -1
    u30       obj       0.01250000000000013   icdown30  1
    u30       icup30    1              icdown31  -1
    u30       icup31    -1
    u31       obj       0.01250000000000013   icdown31  1
    u31       icup31    1              icdown32  -1
    u31       icup32    -1
    u32       obj       0.01250000000000013   icdown32  1
    u32       icup32    1              icdown33  -1
    u32       icup33    -1
    u33       obj       0.01250000000000013   icdown33  1
    u33       icup33    1              icdown34  -1
    u33       icup34    -1
    u34       obj       0.01250000000000013   icdown34  1
    u34       icup34    1              icdown35  -1
    u34       icup35    -1
    u35       obj       0.01250000000000013   icdown35  1
    u35       icup35    1              icdown36  -1
    u35       icup36    -1
    u36       obj       0.01250000000000013   icdown36  1
    u36       icup36    1              icdown37  -1
    u36       icup37    -1
    u37       obj       0.01250000000000013   icdown37  1
    u37       icup37    1              icdown38  -1
    u37       icup38    -1
    u38       obj       0.01250000000000013   icdown38  1
    u38       icup38    1              icdown39  -1
    u38       icup39    -1
    u39       obj       0.01250000000000013   icdown39  1
    u39       icup39    1              icdown40  -1
    u39       icup40    -1
    u40       obj       0.01250000000000013   icdown40  1
    u40       icup40    1              icdown41  -1
    u40       icup41    -1
    u41       obj       0.01250000000000013   icdown41  1
    u41       icup41    1              icdown42  -1
    u41       icup42    -1
    u42       obj       0.01250000000000013   icdown42  1
    u42       icup42    1              icdown43  -1
    u42       icup43    -1
    u43       obj       0.01250000000000013   icdown43  1
    u43       icup43    1              icdown44  -1
    u43       icup44    -1
    u44       obj       0.01250000000000013   icdown44  1
    u44       icup44    1              icdown45  -1
    u44       icup45    -1
    u45       obj       0.01250000000000013   icdown45  1
    u45       icup45    1              icdown46  -1
    u45       icup46    -1
    u46       obj       0.01250000000000013   icdown46  1
    u46       icup46    1              icdown47  -1
    u46       icup47    -1
    u47       obj       0.01250000000000013   icdown47  1
    u47       icup47    1              icdown48  -1
    u47       icup48    -1
    u48       obj       0.01250000000000013   icdown48  1
    u48       icup48    1              icdown49  -1
    u48       icup49    -1
    u49       obj       0.01250000000000013   icdown49  1
    u49       icup49    1              icdown50  -1
    u49       icup50    -1
    u50       obj       0.01250000000000013   icdown50  1
    u50       icup50    1              icdown51  -1
    u50       icup51    -1
    u51       obj       0.01250000000000013   icdown51  1
    u51       icup51    1              icdown52  -1
    u51       icup52    -1
    u52       obj       0.01250000000000013   icdown52  1
    u52       icup52    1              icdown53  -1
    u52       icup53    -1
    u53       obj       0.01250000000000013   icdown53  1
    u53       icup53    1              icdown54  -1
    u53       icup54    -1
    u54       obj       0.01250000000000013   icdown54  1
    u54       icup54    1              icdown55  -1
    u54       icup55    -1
    u55       obj       0.01250000000000013   icdown55  1
    u55       icup55    1              icdown56  -1
    u55       icup56    -1
    u56       obj       0.01250000000000013   icdown56  1
    u56       icup56    1              icdown57  -1
    u56       icup57    -1
    u57       obj       0.01250000000000013   icdown57  1
    u57       icup57    1              icdown58  -1
    u57       icup58    -1
    u58       obj       0.01250000000000013   icdown58  1
    u58       icup58    1              icdown59  -1
    u58       icup59    -1
    u59       obj       0.01250000000000013   icdown59  1
    u59       icup59    1              icdown60  -1
    u59       icup60    -1
    u60       obj       0.01250000000000013   icdown60  1
    u60       icup60    1              icdown61  -1
    u60       icup61    -1
    u61       obj       0.01250000000000013   icdown61  1
    u61       icup61    1              icdown62  -1
    u61       icup62    -1
    u62       obj       0.01250000000000013   icdown62  1
    u62       icup62    1              icdown63  -1
    u62       icup63    -1
    u63       obj       0.01250000000000013   icdown63  1
    u63       icup63    1              icdown64  -1
    u63       icup64    -1
    u64       obj       0.01250000000000013   icdown64  1
    u64       icup64    1              icdown65  -1
    u64       icup65    -1
    u65       obj       0.01250000000000013   icdown65  1
    u65       icup65    1              icdown66  -1
    u65       icup66    -1
    u66       obj       0.01250000000000013   icdown66  1
    u66       icup66    1              icdown67  -1
    u66       icup67    -1
    u67       obj       0.01250000000000013   icdown67  1
    u67       icup67    1              icdown68  -1
    u67       icup68    -1
    u68       obj       0.01250000000000013   icdown68  1
    u68       icup68    1              icdown69  -1
    u68       icup69    -1
    u69       obj       0.01250000000000013   icdown69  1
    u69       icup69    1              icdown70  -1
    u69       icup70    -1
    u70       obj       0.01250000000000013   icdown70  1
    u70       icup70    1              icdown71  -1
    u70       icup71    -1
    u71       obj       0.01250000000000013   icdown71  1
    u71       icup71    1              icdown72  -1
    u71       icup72    -1
    u72       obj       0.01250000000000013   icdown72  1
    u72       icup72    1              icdown73  -1
    u72       icup73    -1
    u73       obj       0.01250000000000013   icdown73  1
    u73       icup73    1              icdown74  -1
    u73       icup74    -1
    u74       obj       0.01250000000000013   icdown74  1
    u74       icup74    1              icdown75  -1
    u74       icup75    -1
    u75       obj       0.01250000000000013   icdown75  1
    u75       icup75    1              icdown76  -1
    u75       icup76    -1
    u76       obj       0.01250000000000013   icdown76  1
    u76       icup76    1              icdown77  -1
    u76       icup77    -1
    u77       obj       0.01250000000000013   icdown77  1
    u77       icup77    1              icdown78  -1
    u77       icup78    -1
    u78       obj       0.01250000000000013   icdown78  1
    u78       icup78    1              icdown79  -1
    u78       icup79    -1
    u79       obj       0.01250000000000013   icdown79  1
    u79       icup79    1              icdown80  -1
    u79       icup80    -1
    u80       obj       0.01250000000000013   icdown80  1
    u80       icup80    1              icdown81  -1
    u80       icup81    -1
    u81       obj       0.01250000000000013   icdown81  1
    u81       icup81    1              icdown82  -1
    u81       icup82    -1
    u82       obj       0.01250000000000013   icdown82  1
    u82       icup82    1              icdown83  -1
    u82       icup83    -1
    u83       obj       0.01250000000000013   icdown83  1
    u83       icup83    1              icdown84  -1
    u83       icup84    -1
    u84       obj       0.01250000000000013   icdown84  1
    u84       icup84    1              icdown85  -1
    u84       icup85    -1
    u85       obj       0.01250000000000013   icdown85  1
    u85       icup85    1              icdown86  -1
    u85       icup86    -1
    u86       obj       0.01250000000000013   icdown86  1
    u86       icup86    1              icdown87  -1
    u86       icup87    -1
    u87       obj       0.01250000000000013   icdown87  1
    u87       icup87    1              icdown88  -1
    u87       icup88    -1
    u88       obj       0.01250000000000013   icdown88  1
    u88       icup88    1              icdown89  -1
    u88       icup89    -1
    u89       obj       0.01250000000000013   icdown89  1
    u89       icup89    1              icdown90  -1
    u89       icup90    -1
    u90       obj       0.01250000000000013   icdown90  1
    u90       icup90    1              icdown91  -1
    u90       icup91    -1
    u91       obj       0.01250000000000013   icdown91  1
    u91       icup91    1              icdown92  -1
    u91       icup92    -1
    u92       obj       0.01250000000000013   icdown92  1
    u92       icup92    1              icdown93  -1
    u92       icup93    -1
    u93       obj       0.01250000000000013   icdown93  1
    u93       icup93    1              icdown94  -1
    u93       icup94    -1
    u94       obj       0.01250000000000013   icdown94  1
    u94       icup94    1              icdown95  -1
    u94       icup95    -1
    u95       obj       0.01250000000000013   icdown95  1
    u95       icup95    1              icdown96  -1
    u95       icup96    -1
    u96       obj       0.01250000000000013   icdown96  1
    u96       icup96    1              icdown97  -1
    u96       icup97    -1
    u97       obj       0.01250000000000013   icdown97  1
    u97       icup97    1              icdown98  -1
    u97       icup98    -1
    u98       obj       0.01250000000000013   icdown98  1
    u98       icup98    1              icdown99  -1
    u98       icup99    -1
    u99       obj       0.01250000000000013   icdown99  1
    u99       icup99    1              icdown100  -1
    u99       icup100   -1
    u100      obj       0.01250000000000013   icdown100  1
    u100      icup100   1              icdown101  -1
    u100      icup101   -1
    u101      obj       0.01250000000000013   icdown101  1
    u101      icup101   1              icdown102  -1
    u101      icup102   -1
    u102      obj       0.01250000000000013   icdown102  1
    u102      icup102   1              icdown103  -1
    u102      icup103   -1
    u103      obj       0.01250000000000013   icdown103  1
    u103      icup103   1              icdown104  -1
    u103      icup104   -1
    u104      obj       0.01250000000000013   icdown104  1
    u104      icup104   1              icdown105  -1
    u104      icup105   -1
    u105      obj       0.01250000000000013   icdown105  1
    u105      icup105   1              icdown106  -1
    u105      icup106   -1
    u106      obj       0.01250000000000013   icdown106  1
    u106      icup106   1              icdown107  -1
    u106      icup107   -1
    u107      obj       0.01250000000000013   icdown107  1
    u107      icup107   1              icdown108  -1
    u107      icup108   -1
    u108      obj       0.01250000000000013   icdown108  1
    u108      icup108   1              icdown109  -1
    u108      icup109   -1
    u109      obj       0.01250000000000013   icdown109  1
    u109      icup109   1              icdown110  -1
    u109      icup110   -1
    u110      obj       0.01250000000000013   icdown110  1
    u110      icup110   1              icdown111  -1
    u110      icup111   -1
    u111      obj       0.01250000000000013   icdown111  1
    u111      icup111   1              icdown112  -1
    u111      icup112   -1
    u112      obj       0.01250000000000013   icdown112  1
    u112      icup112   1              icdown113  -1
    u112      icup113   -1
    u113      obj       0.01250000000000013   icdown113  1
    u113      icup113   1              icdown114  -1
    u113      icup114   -1
    u114      obj       0.01250000000000013   icdown114  1
    u114      icup114   1              icdown115  -1
    u114      icup115   -1
    u115      obj       0.01250000000000013   icdown115  1
    u115      icup115   1              icdown116  -1
    u115      icup116   -1
    u116      obj       0.01250000000000013   icdown116  1
    u116      icup116   1              icdown117  -1
    u116      icup117   -1
    u117      obj       0.01250000000000013   icdown117  1
    u117      icup117   1              icdown118  -1
    u117      icup118   -1
    u118      obj       0.01250000000000013   icdown118  1
    u118      icup118   1              icdown119  -1
    u118      icup119   -1
    u119      obj       0.01250000000000013   icdown119  1
    u119      icup119   1              icdown120  -1
    u119      icup120   -1
    u120      obj       0.01250000000000013   icdown120  1
    u120      icup120   1              icdown121  -1
    u120      icup121   -1
    u121      obj       0.01250000000000013   icdown121  1
    u121      icup121   1              icdown122  -1
    u121      icup122   -1
    u122      obj       0.01250000000000013   icdown122  1
    u122      icup122   1              icdown123  -1
    u122      icup123   -1
    u123      obj       0.01250000000000013   icdown123  1
    u123      icup123   1              icdown124  -1
    u123      icup124   -1
    u124      obj       0.01250000000000013   icdown124  1
    u124      icup124   1              icdown125  -1
    u124      icup125   -1
    u125      obj       0.01250000000000013   icdown125  1
    u125      icup125   1              icdown126  -1
    u125      icup126   -1
    u126      obj       0.01250000000000013   icdown126  1
    u126      icup126   1              icdown127  -1
    u126      icup127   -1
    u127      obj       0.01250000000000013   icdown127  1
    u127      icup127   1              icdown128  -1
    u127      icup128   -1
    u128      obj       0.01250000000000013   icdown128  1
    u128      icup128   1              icdown129  -1
    u128      icup129   -1
    u129      obj       0.01250000000000013   icdown129  1
    u129      icup129   1              icdown130  -1
    u129      icup130   -1
    u130      obj       0.01250000000000013   icdown130  1
    u130      icup130   1              icdown131  -1
    u130      icup131   -1
    u131      obj       0.01250000000000013   icdown131  1
    u131      icup131   1              icdown132  -1
    u131      icup132   -1
    u132      obj       0.01250000000000013   icdown132  1
    u132      icup132   1              icdown133  -1
    u132      icup133   -1
    u133      obj       0.01250000000000013   icdown133  1
    u133      icup133   1              icdown134  -1
    u133      icup134   -1
    u134      obj       0.01250000000000013   icdown134  1
    u134      icup134   1              icdown135  -1
    u134      icup135   -1
    u135      obj       0.01250000000000013   icdown135  1
    u135      icup135   1              icdown136  -1
    u135      icup136   -1
    u136      obj       0.01250000000000013   icdown136  1
    u136      icup136   1              icdown137  -1
    u136      icup137   -1
    u137      obj       0.01250000000000013   icdown137  1
    u137      icup137   1              icdown138  -1
    u137      icup138   -1
    u138      obj       0.01250000000000013   icdown138  1
    u138      icup138   1              icdown139  -1
    u138      icup139   -1
    u139      obj       0.01250000000000013   icdown139  1
    u139      icup139   1              icdown140  -1
    u139      icup140   -1
    u140      obj       0.01250000000000013   icdown140  1
    u140      icup140   1              icdown141  -1
    u140      icup141   -1
    u141      obj       0.01250000000000013   icdown141  1
    u141      icup141   1              icdown142  -1
    u141      icup142   -1
    u142      obj       0.01250000000000013   icdown142  1
    u142      icup142   1              icdown143  -1
    u142      icup143   -1
    u143      obj       0.01250000000000013   icdown143  1
    u143      icup143   1              icdown144  -1
    u143      icup144   -1
    u144      obj       0.01250000000000013   icdown144  1
    u144      icup144   1              icdown145  -1
    u144      icup145   -1
    u145      obj       0.01250000000000013   icdown145  1
    u145      icup145   1              icdown146  -1
    u145      icup146   -1
    u146      obj       0.01250000000000013   icdown146  1
    u146      icup146   1              icdown147  -1
    u146      icup147   -1
    u147      obj       0.01250000000000013   icdown147  1
    u147      icup147   1              icdown148  -1
    u147      icup148   -1
    u148      obj       0.01250000000000013   icdown148  1
    u148      icup148   1              icdown149  -1
    u148      icup149   -1
    u149      obj       0.01250000000000013   icdown149  1
    u149      icup149   1              icdown150  -1
    u149      icup150   -1
    u150      obj       0.01250000000000013   icdown150  1
    u150      icup150   1              icdown151  -1
    u150      icup151   -1
    u151      obj       0.01250000000000013   icdown151  1
    u151      icup151   1              icdown152  -1
    u151      icup152   -1
    u152      obj       0.01250000000000013   icdown152  1
    u152      icup152   1              icdown153  -1
    u152      icup153   -1
    u153      obj       0.01250000000000013   icdown153  1
    u153      icup153   1              icdown154  -1
    u153      icup154   -1
    u154      obj       0.01250000000000013   icdown154  1
    u154      icup154   1              icdown155  -1
    u154      icup155   -1
    u155      obj       0.01250000000000013   icdown155  1
    u155      icup155   1              icdown156  -1
    u155      icup156   -1
    u156      obj       0.01250000000000013   icdown156  1
    u156      icup156   1              icdown157  -1
    u156      icup157   -1
    u157      obj       0.01250000000000013   icdown157  1
    u157      icup157   1              icdown158  -1
    u157      icup158   -1
    u158      obj       0.01250000000000013   icdown158  1
    u158      icup158   1              icdown159  -1
    u158      icup159   -1
    u159      obj       0.01250000000000013   icdown159  1
    u159      icup159   1              icdown160  -1
    u159      icup160   -1
    u160      obj       0.01250000000000013   icdown160  1
    u160      icup160   1              icdown161  -1
    u160      icup161   -1
    u161      obj       0.01250000000000013   icdown161  1
    u161      icup161   1              icdown162  -1
    u161      icup162   -1
    u162      obj       0.01250000000000013   icdown162  1
    u162      icup162   1              icdown163  -1
    u162      icup163   -1
    u163      obj       0.01250000000000013   icdown163  1
    u163      icup163   1              icdown164  -1
    u163      icup164   -1
    u164      obj       0.01250000000000013   icdown164  1
    u164      icup164   1              icdown165  -1
    u164      icup165   -1
    u165      obj       0.01250000000000013   icdown165  1
    u165      icup165   1              icdown166  -1
    u165      icup166   -1
    u166      obj       0.01250000000000013   icdown166  1
    u166      icup166   1              icdown167  -1
    u166      icup167   -1
    u167      obj       0.01250000000000013   icdown167  1
    u167      icup167   1              icdown168  -1
    u167      icup168   -1
    u168      obj       0.01250000000000013   icdown168  1
    u168      icup168   1              icdown169  -1
    u168      icup169   -1
    u169      obj       0.01250000000000013   icdown169  1
    u169      icup169   1              icdown170  -1
    u169      icup170   -1
    u170      obj       0.01250000000000013   icdown170  1
    u170      icup170   1              icdown171  -1
    u170      icup171   -1
    u171      obj       0.01250000000000013   icdown171  1
    u171      icup171   1              icdown172  -1
    u171      icup172   -1
    u172      obj       0.01250000000000013   icdown172  1
    u172      icup172   1              icdown173  -1
    u172      icup173   -1
    u173      obj       0.01250000000000013   icdown173  1
    u173      icup173   1              icdown174  -1
    u173      icup174   -1
    u174      obj       0.01250000000000013   icdown174  1
    u174      icup174   1              icdown175  -1
    u174      icup175   -1
    u175      obj       0.01250000000000013   icdown175  1
    u175      icup175   1              icdown176  -1
    u175      icup176   -1
    u176      obj       0.01250000000000013   icdown176  1
    u176      icup176   1              icdown177  -1
    u176      icup177   -1
    u177      obj       0.01250000000000013   icdown177  1
    u177      icup177   1              icdown178  -1
    u177      icup178   -1
    u178      obj       0.01250000000000013   icdown178  1
    u178      icup178   1              icdown179  -1
    u178      icup179   -1
    u179      obj       0.01250000000000013   icdown179  1
    u179      icup179   1              icdown180  -1
    u179      icup180   -1
    u180      obj       0.01250000000000013   icdown180  1
    u180      icup180   1              icdown181  -1
    u180      icup181   -1
    u181      obj       0.01250000000000013   icdown181  1
    u181      icup181   1              icdown182  -1
    u181      icup182   -1
    u182      obj       0.01250000000000013   icdown182  1
    u182      icup182   1              icdown183  -1
    u182      icup183   -1
    u183      obj       0.01250000000000013   icdown183  1
    u183      icup183   1              icdown184  -1
    u183      icup184   -1
    u184      obj       0.01250000000000013   icdown184  1
    u184      icup184   1              icdown185  -1
    u184      icup185   -1
    u185      obj       0.01250000000000013   icdown185  1
    u185      icup185   1              icdown186  -1
    u185      icup186   -1
    u186      obj       0.01250000000000013   icdown186  1
    u186      icup186   1              icdown187  -1
    u186      icup187   -1
    u187      obj       0.01250000000000013   icdown187  1
    u187      icup187   1              icdown188  -1
    u187      icup188   -1
    u188      obj       0.01250000000000013   icdown188  1
    u188      icup188   1              icdown189  -1
    u188      icup189   -1
    u189      obj       0.01250000000000013   icdown189  1
    u189      icup189   1              icdown190  -1
    u189      icup190   -1
    u190      obj       0.01250000000000013   icdown190  1
    u190      icup190   1              icdown191  -1
    u190      icup191   -1
    u191      obj       0.01250000000000013   icdown191  1
    u191      icup191   1              icdown192  -1
    u191      icup192   -1
    u192      obj       0.01250000000000013   icdown192  1
    u192      icup192   1              icdown193  -1
    u192      icup193   -1
    u193      obj       0.01250000000000013   icdown193  1
    u193      icup193   1              icdown194  -1
    u193      icup194   -1
    u194      obj       0.01250000000000013   icdown194  1
    u194      icup194   1              icdown195  -1
    u194      icup195   -1
    u195      obj       0.01250000000000013   icdown195  1
    u195      icup195   1              icdown196  -1
    u195      icup196   -1
    u196      obj       0.01250000000000013   icdown196  1
    u196      icup196   1              icdown197  -1
    u196      icup197   -1
    u197      obj       0.01250000000000013   icdown197  1
    u197      icup197   1              icdown198  -1
    u197      icup198   -1
    u198      obj       0.01250000000000013   icdown198  1
    u198      icup198   1              icdown199  -1
    u198      icup199   -1
    u199      obj       0.01250000000000013   icdown199  1
    u199      icup199   1              icdown200  -1
    u199      icup200   -1
    u200      obj       0.01250000000000013   icdown200  1
    u200      icup200   1              icdown201  -1
    u200      icup201   -1
    u201      obj       0.01250000000000013   icdown201  1
    u201      icup201   1              icdown202  -1
    u201      icup202   -1
    u202      obj       0.01250000000000013   icdown202  1
    u202      icup202   1              icdown203  -1
    u202      icup203   -1
    u203      obj       0.01250000000000013   icdown203  1
    u203      icup203   1              icdown204  -1
    u203      icup204   -1
    u204      obj       0.01250000000000013   icdown204  1
    u204      icup204   1              icdown205  -1
    u204      icup205   -1
    u205      obj       0.01250000000000013   icdown205  1
    u205      icup205   1              icdown206  -1
    u205      icup206   -1
    u206      obj       0.01250000000000013   icdown206  1
    u206      icup206   1              icdown207  -1
    u206      icup207   -1
    u207      obj       0.01250000000000013   icdown207  1
    u207      icup207   1              icdown208  -1
    u207      icup208   -1
    u208      obj       0.01250000000000013   icdown208  1
    u208      icup208   1              icdown209  -1
    u208      icup209   -1
    u209      obj       0.01250000000000013   icdown209  1
    u209      icup209   1              icdown210  -1
    u209      icup210   -1
    u210      obj       0.01250000000000013   icdown210  1
    u210      icup210   1              icdown211  -1
    u210      icup211   -1
    u211      obj       0.01250000000000013   icdown211  1
    u211      icup211   1              icdown212  -1
    u211      icup212   -1
    u212      obj       0.01250000000000013   icdown212  1
    u212      icup212   1              icdown213  -1
    u212      icup213   -1
    u213      obj       0.01250000000000013   icdown213  1
    u213      icup213   1              icdown214  -1
    u213      icup214   -1
    u214      obj       0.01250000000000013   icdown214  1
    u214      icup214   1              icdown215  -1
    u214      icup215   -1
    u215      obj       0.01250000000000013   icdown215  1
    u215      icup215   1              icdown216  -1
    u215      icup216   -1
    u216      obj       0.01250000000000013   icdown216  1
    u216      icup216   1              icdown217  -1
    u216      icup217   -1
    u217      obj       0.01250000000000013   icdown217  1
    u217      icup217   1              icdown218  -1
    u217      icup218   -1
    u218      obj       0.01250000000000013   icdown218  1
    u218      icup218   1              icdown219  -1
    u218      icup219   -1
    u219      obj       0.01250000000000013   icdown219  1
    u219      icup219   1              icdown220  -1
    u219      icup220   -1
    u220      obj       0.01250000000000013   icdown220  1
    u220      icup220   1              icdown221  -1
    u220      icup221   -1
    u221      obj       0.01250000000000013   icdown221  1
    u221      icup221   1              icdown222  -1
    u221      icup222   -1
    u222      obj       0.01250000000000013   icdown222  1
    u222      icup222   1              icdown223  -1
    u222      icup223   -1
    u223      obj       0.01250000000000013   icdown223  1
    u223      icup223   1              icdown224  -1
    u223      icup224   -1
    u224      obj       0.01250000000000013   icdown224  1
    u224      icup224   1              icdown225  -1
    u224      icup225   -1
    u225      obj       0.01250000000000013   icdown225  1
    u225      icup225   1              icdown226  -1
    u225      icup226   -1
    u226      obj       0.01250000000000013   icdown226  1
    u226      icup226   1              icdown227  -1
    u226      icup227   -1
    u227      obj       0.01250000000000013   icdown227  1
    u227      icup227   1              icdown228  -1
    u227      icup228   -1
    u228      obj       0.01250000000000013   icdown228  1
    u228      icup228   1              icdown229  -1
    u228      icup229   -1
    u229      obj       0.01250000000000013   icdown229  1
    u229      icup229   1              icdown230  -1
    u229      icup230   -1
    u230      obj       0.01250000000000013   icdown230  1
    u230      icup230   1              icdown231  -1
    u230      icup231   -1
    u231      obj       0.01250000000000013   icdown231  1
    u231      icup231   1              icdown232  -1
    u231      icup232   -1
    u232      obj       0.01250000000000013   icdown232  1
    u232      icup232   1              icdown233  -1
    u232      icup233   -1
    u233      obj       0.01250000000000013   icdown233  1
    u233      icup233   1              icdown234  -1
    u233      icup234   -1
    u234      obj       0.01250000000000013   icdown234  1
    u234      icup234   1              icdown235  -1
    u234      icup235   -1
    u235      obj       0.01250000000000013   icdown235  1
    u235      icup235   1              icdown236  -1
    u235      icup236   -1
    u236      obj       0.01250000000000013   icdown236  1
    u236      icup236   1              icdown237  -1
    u236      icup237   -1
    u237      obj       0.01250000000000013   icdown237  1
    u237      icup237   1              icdown238  -1
    u237      icup238   -1
    u238      obj       0.01250000000000013   icdown238  1
    u238      icup238   1              icdown239  -1
    u238      icup239   -1
    u239      obj       0.01250000000000013   icdown239  1
    u239      icup239   1              icdown240  -1
    u239      icup240   -1
    u240      obj       0.01250000000000013   icdown240  1
    u240      icup240   1              icdown241  -1
    u240      icup241   -1
    u241      obj       0.01250000000000013   icdown241  1
    u241      icup241   1              icdown242  -1
    u241      icup242   -1
    u242      obj       0.01250000000000013   icdown242  1
    u242      icup242   1              icdown243  -1
    u242      icup243   -1
    u243      obj       0.01250000000000013   icdown243  1
    u243      icup243   1              icdown244  -1
    u243      icup244   -1
    u244      obj       0.01250000000000013   icdown244  1
    u244      icup244   1              icdown245  -1
    u244      icup245   -1
    u245      obj       0.01250000000000013   icdown245  1
    u245      icup245   1              icdown246  -1
    u245      icup246   -1
    u246      obj       0.01250000000000013   icdown246  1
    u246      icup246   1              icdown247  -1
    u246      icup247   -1
    u247      obj       0.01250000000000013   icdown247  1
    u247      icup247   1              icdown248  -1
    u247      icup248   -1
    u248      obj       0.01250000000000013   icdown248  1
    u248      icup248   1              icdown249  -1
    u248      icup249   -1
    u249      obj       0.01250000000000013   icdown249  1
    u249      icup249   1              icdown250  -1
    u249      icup250   -1
    u250      obj       0.01250000000000013   icdown250  1
    u250      icup250   1              icdown251  -1
    u250      icup251   -1
    u251      obj       0.01250000000000013   icdown251  1
    u251      icup251   1              icdown252  -1
    u251      icup252   -1
    u252      obj       0.01250000000000013   icdown252  1
    u252      icup252   1              icdown253  -1
    u252      icup253   -1
    u253      obj       0.01250000000000013   icdown253  1
    u253      icup253   1              icdown254  -1
    u253      icup254   -1
    u254      obj       0.01250000000000013   icdown254  1
    u254      icup254   1              icdown255  -1
    u254      icup255   -1
    u255      obj       0.01250000000000013   icdown255  1
    u255      icup255   1              icdown256  -1
    u255      icup256   -1
    u256      obj       0.01250000000000013   icdown256  1
    u256      icup256   1              icdown257  -1
    u256      icup257   -1
    u257      obj       0.01250000000000013   icdown257  1
    u257      icup257   1              icdown258  -1
    u257      icup258   -1
    u258      obj       0.01250000000000013   icdown258  1
    u258      icup258   1              icdown259  -1
    u258      icup259   -1
    u259      obj       0.01250000000000013   icdown259  1
    u259      icup259   1              icdown260  -1
    u259      icup260   -1
    u260      obj       0.01250000000000013   icdown260  1
    u260      icup260   1              icdown261  -1
    u260      icup261   -1
    u261      obj       0.01250000000000013   icdown261  1
    u261      icup261   1              icdown262  -1
    u261      icup262   -1
    u262      obj       0.01250000000000013   icdown262  1
    u262      icup262   1              icdown263  -1
    u262      icup263   -1
    u263      obj       0.01250000000000013   icdown263  1
    u263      icup263   1              icdown264  -1
    u263      icup264   -1
    u264      obj       0.01250000000000013   icdown264  1
    u264      icup264   1              icdown265  -1
    u264      icup265   -1
    u265      obj       0.01250000000000013   icdown265  1
    u265      icup265   1              icdown266  -1
    u265      icup266   -1
    u266      obj       0.01250000000000013   icdown266  1
    u266      icup266   1              icdown267  -1
    u266      icup267   -1
    u267      obj       0.01250000000000013   icdown267  1
    u267      icup267   1              icdown268  -1
    u267      icup268   -1
    u268      obj       0.01250000000000013   icdown268  1
    u268      icup268   1              icdown269  -1
    u268      icup269   -1
    u269      obj       0.01250000000000013   icdown269  1
    u269      icup269   1              icdown270  -1
    u269      icup270   -1
    u270      obj       0.01250000000000013   icdown270  1
    u270      icup270   1              icdown271  -1
    u270      icup271   -1
    u271      obj       0.01250000000000013   icdown271  1
    u271      icup271   1              icdown272  -1
    u271      icup272   -1
    u272      obj       0.01250000000000013   icdown272  1
    u272      icup272   1              icdown273  -1
    u272      icup273   -1
    u273      obj       0.01250000000000013   icdown273  1
    u273      icup273   1              icdown274  -1
    u273      icup274   -1
    u274      obj       0.01250000000000013   icdown274  1
    u274      icup274   1              icdown275  -1
    u274      icup275   -1
    u275      obj       0.01250000000000013   icdown275  1
    u275      icup275   1              icdown276  -1
    u275      icup276   -1
    u276      obj       0.01250000000000013   icdown276  1
    u276      icup276   1              icdown277  -1
    u276      icup277   -1
    u277      obj       0.01250000000000013   icdown277  1
    u277      icup277   1              icdown278  -1
    u277      icup278   -1
    u278      obj       0.01250000000000013   icdown278  1
    u278      icup278   1              icdown279  -1
    u278      icup279   -1
    u279      obj       0.01250000000000013   icdown279  1
    u279      icup279   1              icdown280  -1
    u279      icup280   -1
    u280      obj       0.01250000000000013   icdown280  1
    u280      icup280   1              icdown281  -1
    u280      icup281   -1
    u281      obj       0.01250000000000013   icdown281  1
    u281      icup281   1              icdown282  -1
    u281      icup282   -1
    u282      obj       0.01250000000000013   icdown282  1
    u282      icup282   1              icdown283  -1
    u282      icup283   -1
    u283      obj       0.01250000000000013   icdown283  1
    u283      icup283   1              icdown284  -1
    u283      icup284   -1
    u284      obj       0.01250000000000013   icdown284  1
    u284      icup284   1              icdown285  -1
    u284      icup285   -1
    u285      obj       0.01250000000000013   icdown285  1
    u285      icup285   1              icdown286  -1
    u285      icup286   -1
    u286      obj       0.01250000000000013   icdown286  1
    u286      icup286   1              icdown287  -1
    u286      icup287   -1
    u287      obj       0.01250000000000013   icdown287  1
    u287      icup287   1              icdown288  -1
    u287      icup288   -1
    u288      obj       0.01250000000000013   icdown288  1
    u288      icup288   1              icdown289  -1
    u288      icup289   -1
    u289      obj       0.01250000000000013   icdown289  1
    u289      icup289   1              icdown290  -1
    u289      icup290   -1
    u290      obj       0.01250000000000013   icdown290  1
    u290      icup290   1              icdown291  -1
    u290      icup291   -1
    u291      obj       0.01250000000000013   icdown291  1
    u291      icup291   1              icdown292  -1
    u291      icup292   -1
    u292      obj       0.01250000000000013   icdown292  1
    u292      icup292   1              icdown293  -1
    u292      icup293   -1
    u293      obj       0.01250000000000013   icdown293  1
    u293      icup293   1              icdown294  -1
    u293      icup294   -1
    u294      obj       0.01250000000000013   icdown294  1
    u294      icup294   1              icdown295  -1
    u294      icup295   -1
    u295      obj       0.01250000000000013   icdown295  1
    u295      icup295   1              icdown296  -1
    u295      icup296   -1
    u296      obj       0.01250000000000013   icdown296  1
    u296      icup296   1              icdown297  -1
    u296      icup297   -1
    u297      obj       0.01250000000000013   icdown297  1
    u297      icup297   1              icdown298  -1
    u297      icup298   -1
    u298      obj       0.01250000000000013   icdown298  1
    u298      icup298   1              icdown299  -1
    u298      icup299   -1
    u299      obj       0.01250000000000013   icdown299  1
    u299      icup299   1              icdown300  -1
    u299      icup300   -1
    u300      obj       0.01250000000000013   icdown300  1
    u300      icup300   1              icdown301  -1
    u300      icup301   -1
    u301      obj       0.01250000000000013   icdown301  1
    u301      icup301   1              icdown302  -1
    u301      icup302   -1
    u302      obj       0.01250000000000013   icdown302  1
    u302      icup302   1              icdown303  -1
    u302      icup303   -1
    u303      obj       0.01250000000000013   icdown303  1
    u303      icup303   1              icdown304  -1
    u303      icup304   -1
    u304      obj       0.01250000000000013   icdown304  1
    u304      icup304   1              icdown305  -1
    u304      icup305   -1
    u305      obj       0.01250000000000013   icdown305  1
    u305      icup305   1              icdown306  -1
    u305      icup306   -1
    u306      obj       0.01250000000000013   icdown306  1
    u306      icup306   1              icdown307  -1
    u306      icup307   -1
    u307      obj       0.01250000000000013   icdown307  1
    u307      icup307   1              icdown308  -1
    u307      icup308   -1
    u308      obj       0.01250000000000013   icdown308  1
    u308      icup308   1              icdown309  -1
    u308      icup309   -1
    u309      obj       0.01250000000000013   icdown309  1
    u309      icup309   1              icdown310  -1
    u309      icup310   -1
    u310      obj       0.01250000000000013   icdown310  1
    u310      icup310   1              icdown311  -1
    u310      icup311   -1
    u311      obj       0.01250000000000013   icdown311  1
    u311      icup311   1              icdown312  -1
    u311      icup312   -1
    u312      obj       0.01250000000000013   icdown312  1
    u312      icup312   1              icdown313  -1
    u312      icup313   -1
    u313      obj       0.01250000000000013   icdown313  1
    u313      icup313   1              icdown314  -1
    u313      icup314   -1
    u314      obj       0.01250000000000013   icdown314  1
    u314      icup314   1              icdown315  -1
    u314      icup315   -1
    u315      obj       0.01250000000000013   icdown315  1
    u315      icup315   1              icdown316  -1
    u315      icup316   -1
    u316      obj       0.01250000000000013   icdown316  1
    u316      icup316   1              icdown317  -1
    u316      icup317   -1
    u317      obj       0.01250000000000013   icdown317  1
    u317      icup317   1              icdown318  -1
    u317      icup318   -1
    u318      obj       0.01250000000000013   icdown318  1
    u318      icup318   1              icdown319  -1
    u318      icup319   -1
    u319      obj       0.01250000000000013   icdown319  1
    u319      icup319   1              icdown320  -1
    u319      icup320   -1
    u320      obj       0.01250000000000013   icdown320  1
    u320      icup320   1              icdown321  -1
    u320      icup321   -1
    u321      obj       0.01250000000000013   icdown321  1
    u321      icup321   1              icdown322  -1
    u321      icup322   -1
    u322      obj       0.01250000000000013   icdown322  1
    u322      icup322   1              icdown323  -1
    u322      icup323   -1
    u323      obj       0.01250000000000013   icdown323  1
    u323      icup323   1              icdown324  -1
    u323      icup324   -1
    u324      obj       0.01250000000000013   icdown324  1
    u324      icup324   1              icdown325  -1
    u324      icup325   -1
    u325      obj       0.01250000000000013   icdown325  1
    u325      icup325   1              icdown326  -1
    u325      icup326   -1
    u326      obj       0.01250000000000013   icdown326  1
    u326      icup326   1              icdown327  -1
    u326      icup327   -1
    u327      obj       0.01250000000000013   icdown327  1
    u327      icup327   1              icdown328  -1
    u327      icup328   -1
    u328      obj       0.01250000000000013   icdown328  1
    u328      icup328   1              icdown329  -1
    u328      icup329   -1
    u329      obj       0.01250000000000013   icdown329  1
    u329      icup329   1              icdown330  -1
    u329      icup330   -1
    u330      obj       0.01250000000000013   icdown330  1
    u330      icup330   1              icdown331  -1
    u330      icup331   -1
    u331      obj       0.01250000000000013   icdown331  1
    u331      icup331   1              icdown332  -1
    u331      icup332   -1
    u332      obj       0.01250000000000013   icdown332  1
    u332      icup332   1              icdown333  -1
    u332      icup333   -1
    u333      obj       0.01250000000000013   icdown333  1
    u333      icup333   1              icdown334  -1
    u333      icup334   -1
    u334      obj       0.01250000000000013   icdown334  1
    u334      icup334   1              icdown335  -1
    u334      icup335   -1
    u335      obj       0.01250000000000013   icdown335  1
    u335      icup335   1              icdown336  -1
    u335      icup336   -1
    u336      obj       0.01250000000000013   icdown336  1
    u336      icup336   1              icdown337  -1
    u336      icup337   -1
    u337      obj       0.01250000000000013   icdown337  1
    u337      icup337   1              icdown338  -1
    u337      icup338   -1
    u338      obj       0.01250000000000013   icdown338  1
    u338      icup338   1              icdown339  -1
    u338      icup339   -1
    u339      obj       0.01250000000000013   icdown339  1
    u339      icup339   1              icdown340  -1
    u339      icup340   -1
    u340      obj       0.01250000000000013   icdown340  1
    u340      icup340   1              icdown341  -1
    u340      icup341   -1
    u341      obj       0.01250000000000013   icdown341  1
    u341      icup341   1              icdown342  -1
    u341      icup342   -1
    u342      obj       0.01250000000000013   icdown342  1
    u342      icup342   1              icdown343  -1
    u342      icup343   -1
    u343      obj       0.01250000000000013   icdown343  1
    u343      icup343   1              icdown344  -1
    u343      icup344   -1
    u344      obj       0.01250000000000013   icdown344  1
    u344      icup344   1              icdown345  -1
    u344      icup345   -1
    u345      obj       0.01250000000000013   icdown345  1
    u345      icup345   1              icdown346  -1
    u345      icup346   -1
    u346      obj       0.01250000000000013   icdown346  1
    u346      icup346   1              icdown347  -1
    u346      icup347   -1
    u347      obj       0.01250000000000013   icdown347  1
    u347      icup347   1              icdown348  -1
    u347      icup348   -1
    u348      obj       0.01250000000000013   icdown348  1
    u348      icup348   1              icdown349  -1
    u348      icup349   -1
    u349      obj       0.01250000000000013   icdown349  1
    u349      icup349   1              icdown350  -1
    u349      icup350   -1
    u350      obj       0.01250000000000013   icdown350  1
    u350      icup350   1              icdown351  -1
    u350      icup351   -1
    u351      obj       0.01250000000000013   icdown351  1
    u351      icup351   1              icdown352  -1
    u351      icup352   -1
    u352      obj       0.01250000000000013   icdown352  1
    u352      icup352   1              icdown353  -1
    u352      icup353   -1
    u353      obj       0.01250000000000013   icdown353  1
    u353      icup353   1              icdown354  -1
    u353      icup354   -1
    u354      obj       0.01250000000000013   icdown354  1
    u354      icup354   1              icdown355  -1
    u354      icup355   -1
    u355      obj       0.01250000000000013   icdown355  1
    u355      icup355   1              icdown356  -1
    u355      icup356   -1
    u356      obj       0.01250000000000013   icdown356  1
    u356      icup356   1              icdown357  -1
    u356      icup357   -1
    u357      obj       0.01250000000000013   icdown357  1
    u357      icup357   1              icdown358  -1
    u357      icup358   -1
    u358      obj       0.01250000000000013   icdown358  1
    u358      icup358   1              icdown359  -1
    u358      icup359   -1
    u359      obj       0.01250000000000013   icdown359  1
    u359      icup359   1              icdown360  -1
    u359      icup360   -1
    u360      obj       0.01250000000000013   icdown360  1
    u360      icup360   1              icdown361  -1
    u360      icup361   -1
    u361      obj       0.01250000000000013   icdown361  1
    u361      icup361   1              icdown362  -1
    u361      icup362   -1
    u362      obj       0.01250000000000013   icdown362  1
    u362      icup362   1              icdown363  -1
    u362      icup363   -1
    u363      obj       0.01250000000000013   icdown363  1
    u363      icup363   1              icdown364  -1
    u363      icup364   -1
    u364      obj       0.01250000000000013   icdown364  1
    u364      icup364   1              icdown365  -1
    u364      icup365   -1
    u365      obj       0.01250000000000013   icdown365  1
    u365      icup365   1              icdown366  -1
    u365      icup366   -1
    u366      obj       0.01250000000000013   icdown366  1
    u366      icup366   1              icdown367  -1
    u366      icup367   -1
    u367      obj       0.01250000000000013   icdown367  1
    u367      icup367   1              icdown368  -1
    u367      icup368   -1
    u368      obj       0.01250000000000013   icdown368  1
    u368      icup368   1              icdown369  -1
    u368      icup369   -1
    u369      obj       0.01250000000000013   icdown369  1
    u369      icup369   1              icdown370  -1
    u369      icup370   -1
    u370      obj       0.01250000000000013   icdown370  1
    u370      icup370   1              icdown371  -1
    u370      icup371   -1
    u371      obj       0.01250000000000013   icdown371  1
    u371      icup371   1              icdown372  -1
    u371      icup372   -1
    u372      obj       0.01250000000000013   icdown372  1
    u372      icup372   1              icdown373  -1
    u372      icup373   -1
    u373      obj       0.01250000000000013   icdown373  1
    u373      icup373   1              icdown374  -1
    u373      icup374   -1
    u374      obj       0.01250000000000013   icdown374  1
    u374      icup374   1              icdown375  -1
    u374      icup375   -1
    u375      obj       0.01250000000000013   icdown375  1
    u375      icup375   1              icdown376  -1
    u375      icup376   -1
    u376      obj       0.01250000000000013   icdown376  1
    u376      icup376   1              icdown377  -1
    u376      icup377   -1
    u377      obj       0.01250000000000013   icdown377  1
    u377      icup377   1              icdown378  -1
    u377      icup378   -1
    u378      obj       0.01250000000000013   icdown378  1
    u378      icup378   1              icdown379  -1
    u378      icup379   -1
    u379      obj       0.01250000000000013   icdown379  1
    u379      icup379   1              icdown380  -1
    u379      icup380   -1
    u380      obj       0.01250000000000013   icdown380  1
    u380      icup380   1              icdown381  -1
    u380      icup381   -1
    u381      obj       0.01250000000000013   icdown381  1
    u381      icup381   1              icdown382  -1
    u381      icup382   -1
    u382      obj       0.01250000000000013   icdown382  1
    u382      icup382   1              icdown383  -1
    u382      icup383   -1
    u383      obj       0.01250000000000013   icdown383  1
    u383      icup383   1              icdown384  -1
    u383      icup384   -1
    u384      obj       0.01250000000000013   icdown384  1
    u384      icup384   1              icdown385  -1
    u384      icup385   -1
    u385      obj       0.01250000000000013   icdown385  1
    u385      icup385   1              icdown386  -1
    u385      icup386   -1
    u386      obj       0.01250000000000013   icdown386  1
    u386      icup386   1              icdown387  -1
    u386      icup387   -1
    u387      obj       0.01250000000000013   icdown387  1
    u387      icup387   1              icdown388  -1
    u387      icup388   -1
    u388      obj       0.01250000000000013   icdown388  1
    u388      icup388   1              icdown389  -1
    u388      icup389   -1
    u389      obj       0.01250000000000013   icdown389  1
    u389      icup389   1              icdown390  -1
    u389      icup390   -1
    u390      obj       0.01250000000000013   icdown390  1
    u390      icup390   1              icdown391  -1
    u390      icup391   -1
    u391      obj       0.01250000000000013   icdown391  1
    u391      icup391   1              icdown392  -1
    u391      icup392   -1
    u392      obj       0.01250000000000013   icdown392  1
    u392      icup392   1              icdown393  -1
    u392      icup393   -1
    u393      obj       0.01250000000000013   icdown393  1
    u393      icup393   1              icdown394  -1
    u393      icup394   -1
    u394      obj       0.01250000000000013   icdown394  1
    u394      icup394   1              icdown395  -1
    u394      icup395   -1
    u395      obj       0.01250000000000013   icdown395  1
    u395      icup395   1              icdown396  -1
    u395      icup396   -1
    u396      obj       0.01250000000000013   icdown396  1
    u396      icup396   1              icdown397  -1
    u396      icup397   -1
    u397      obj       0.01250000000000013   icdown397  1
    u397      icup397   1              icdown398  -1
    u397      icup398   -1
    u398      obj       0.01250000000000013   icdown398  1
    u398      icup398   1              icdown399  -1
    u398      icup399   -1
    u399      obj       0.01250000000000013   icdown399  1
    u399      icup399   1              icdown400  -1
    u399      icup400   -1
    u400      obj       0.01250000000000013   icdown400  1
    u400      icup400   1
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
    t299      tail298   -1             tail299   1
    t300      tail299   -1             tail300   1
    t301      tail300   -1             tail301   1
    t302      tail301   -1             tail302   1
    t303      tail302   -1             tail303   1
    t304      tail303   -1             tail304   1
    t305      tail304   -1             tail305   1
    t306      tail305   -1             tail306   1
    t307      tail306   -1             tail307   1
    t308      tail307   -1             tail308   1
    t309      tail308   -1             tail309   1
    t310      tail309   -1             tail310   1
    t311      tail310   -1             tail311   1
    t312      tail311   -1             tail312   1
    t313      tail312   -1             tail313   1
    t314      tail313   -1             tail314   1
    t315      tail314   -1             tail315   1
    t316      tail315   -1             tail316   1
    t317      tail316   -1             tail317   1
    t318      tail317   -1             tail318   1
    t319      tail318   -1             tail319   1
    t320      tail319   -1             tail320   1
    t321      tail320   -1             tail321   1
    t322      tail321   -1             tail322   1
    t323      tail322   -1             tail323   1
    t324      tail323   -1             tail324   1
    t325      tail324   -1             tail325   1
    t326      tail325   -1             tail326   1
    t327      tail326   -1             tail327   1
    t328      tail327   -1             tail328   1
    t329      tail328   -1             tail329   1
    t330      tail329   -1             tail330   1
    t331      tail330   -1             tail331   1
    t332      tail331   -1             tail332   1
    t333      tail332   -1             tail333   1
    t334      tail333   -1             tail334   1
    t335      tail334   -1             tail335   1
    t336      tail335   -1             tail336   1
    t337      tail336   -1             tail337   1
    t338      tail337   -1             tail338   1
    t339      tail338   -1             tail339   1
    t340      tail339   -1             tail340   1
    t341      tail340   -1             tail341   1
    t342      tail341   -1             tail342   1
    t343      tail342   -1             tail343   1
    t344      tail343   -1             tail344   1
    t345      tail344   -1             tail345   1
    t346      tail345   -1             tail346   1
    t347      tail346   -1             tail347   1
    t348      tail347   -1             tail348   1
    t349      tail348   -1             tail349   1
    t350      tail349   -1             tail350   1
    t351      tail350   -1             tail351   1
    t352      tail351   -1             tail352   1
    t353      tail352   -1             tail353   1
    t354      tail353   -1             tail354   1
    t355      tail354   -1             tail355   1
    t356      tail355   -1             tail356   1
    t357      tail356   -1             tail357   1
    t358      tail357   -1             tail358   1
    t359      tail358   -1             tail359   1
    t360      tail359   -1             tail360   1
    t361      tail360   -1             tail361   1
    t362      tail361   -1             tail362   1
    t363      tail362   -1             tail363   1
    t364      tail363   -1             tail364   1
    t365      tail364   -1             tail365   1
    t366      tail365   -1             tail366   1
    t367      tail366   -1             tail367   1
    t368      tail367   -1             tail368   1
    t369      tail368   -1             tail369   1
    t370      tail369   -1             tail370   1
    t371      tail370   -1             tail371   1
    t372      tail371   -1             tail372   1
    t373      tail372   -1             tail373   1
    t374      tail373   -1             tail374   1
    t375      tail374   -1             tail375   1
    t376      tail375   -1             tail376   1
    t377      tail376   -1             tail377   1
    t378      tail377   -1             tail378   1
    t379      tail378   -1             tail379   1
    t380      tail379   -1             tail380   1
    t381      tail380   -1             tail381   1
    t382      tail381   -1             tail382   1
    t383      tail382   -1             tail383   1
    t384      tail383   -1             tail384   1
    t385      tail384   -1             tail385   1
    t386      tail385   -1             tail386   1
    t387      tail386   -1             tail387   1
    t388      tail387   -1             tail388   1
    t389      tail388   -1             tail389   1
    t390      tail389   -1             tail390   1
    t391      tail390   -1             tail391   1
    t392      tail391   -1             tail392   1
    t393      tail392   -1             tail393   1
    t394      tail393   -1             tail394   1
    t395      tail394   -1             tail395   1
    t396      tail395   -1             tail396   1
    t397      tail396   -1             tail397   1
    t398      tail397   -1             tail398   1
    t399      tail398   -1             tail399   1
    t400      tail399   -1             tail400   1
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
 UP BND       x299      1
 UP BND       x300      1
 UP BND       x301      1
 UP BND       x302      1
 UP BND       x303      1
 UP BND       x304      1
 UP BND       x305      1
 UP BND       x306      1
 UP BND       x307      1
 UP BND       x308      1
 UP BND       x309      1
 UP BND       x310      1
 UP BND       x311      1
 UP BND       x312      1
 UP BND       x313      1
 UP BND       x314      1
 UP BND       x315      1
 UP BND       x316      1
 UP BND       x317      1
 UP BND       x318      1
 UP BND       x319      1
 UP BND       x320      1
 UP BND       x321      1
 UP BND       x322      1
 UP BND       x323      1
 UP BND       x324      1
 UP BND       x325      1
 UP BND       x326      1
 UP BND       x327      1
 UP BND       x328      1
 UP BND       x329      1
 UP BND       x330      1
 UP BND       x331      1
 UP BND       x332      1
 UP BND       x333      1
 UP BND       x334      1
 UP BND       x335      1
 UP BND       x336      1
 UP BND       x337      1
 UP BND       x338      1
 UP BND       x339      1
 UP BND       x340      1
 UP BND       x341      1
 UP BND       x342      1
 UP BND       x343      1
 UP BND       x344      1
 UP BND       x345      1
 UP BND       x346      1
 UP BND       x347      1
 UP BND       x348      1
 UP BND       x349      1
 UP BND       x350      1
 UP BND       x351      1
 UP BND       x352      1
 UP BND       x353      1
 UP BND       x354      1
 UP BND       x355      1
 UP BND       x356      1
 UP BND       x357      1
 UP BND       x358      1
 UP BND       x359      1
 UP BND       x360      1
 UP BND       x361      1
 UP BND       x362      1
 UP BND       x363      1
 UP BND       x364      1
 UP BND       x365      1
 UP BND       x366      1
 UP BND       x367      1
 UP BND       x368      1
 UP BND       x369      1
 UP BND       x370      1
 UP BND       x371      1
 UP BND       x372      1
 UP BND       x373      1
 UP BND       x374      1
 UP BND       x375      1
 UP BND       x376      1
 UP BND       x377      1
 UP BND       x378      1
 UP BND       x379      1
 UP BND       x380      1
 UP BND       x381      1
 UP BND       x382      1
 UP BND       x383      1
 UP BND       x384      1
 UP BND       x385      1
 UP BND       x386      1
 UP BND       x387      1
 UP BND       x388      1
 UP BND       x389      1
 UP BND       x390      1
 UP BND       x391      1
 UP BND       x392      1
 UP BND       x393      1
 UP BND       x394      1
 UP BND       x395      1
 UP BND       x396      1
 UP BND       x397      1
 UP BND       x398      1
 UP BND       x399      1
 UP BND       x400      1
 UP BND       t1        1
 UP BND       t2        0.9999999999999023
 UP BND       t3        0.999999999996875
 UP BND       t4        0.9999999999762695
 UP BND       t5        0.9999999999
 UP BND       t6        0.9999999996948242
 UP BND       t7        0.999999999240625
 UP BND       t8        0.9999999983586914
 UP BND       t9        0.9999999968
 UP BND       t10       0.9999999942334961
 UP BND       t11       0.999999990234375
 UP BND       t12       0.9999999842723633
 UP BND       t13       0.9999999757
 UP BND       t14       0.9999999637409179
 UP BND       t15       0.999999947478125
 UP BND       t16       0.9999999258422851
 UP BND       t17       0.9999998976
 UP BND       t18       0.9999998613420898
 UP BND       t19       0.999999815471875
 UP BND       t20       0.999999758193457
 UP BND       t21       0.9999996875
 UP BND       t22       0.9999996011620117
 UP BND       t23       0.999999496715625
 UP BND       t24       0.9999993714508789
 UP BND       t25       0.9999992224
 UP BND       t26       0.9999990463256836
 UP BND       t27       0.999998839709375
 UP BND       t28       0.9999985987395508
 UP BND       t29       0.9999983193
 UP BND       t30       0.9999979969581054
 UP BND       t31       0.999997626953125
 UP BND       t32       0.9999972041844727
 UP BND       t33       0.9999967232
 UP BND       t34       0.9999961781842773
 UP BND       t35       0.999995562946875
 UP BND       t36       0.9999948709106445
 UP BND       t37       0.9999940951
 UP BND       t38       0.9999932281291992
 UP BND       t39       0.999992262190625
 UP BND       t40       0.9999911890430664
 UP BND       t41       0.99999
 UP BND       t42       0.999988685917871
 UP BND       t43       0.999987237184375
 UP BND       t44       0.9999856437067383
 UP BND       t45       0.9999838949000001
 UP BND       t46       0.999981979675293
 UP BND       t47       0.999979886428125
 UP BND       t48       0.9999776030266602
 UP BND       t49       0.9999751168000001
 UP BND       t50       0.9999724145264649
 UP BND       t51       0.999969482421875
 UP BND       t52       0.999966306127832
 UP BND       t53       0.9999628707
 UP BND       t54       0.9999591605963868
 UP BND       t55       0.999955159665625
 UP BND       t56       0.999950851135254
 UP BND       t57       0.9999462176
 UP BND       t58       0.9999412410100587
 UP BND       t59       0.999935902659375
 UP BND       t60       0.9999301831739258
 UP BND       t61       0.9999240625
 UP BND       t62       0.9999175198924805
 UP BND       t63       0.999910533903125
 UP BND       t64       0.9999030823688477
 UP BND       t65       0.9998951424
 UP BND       t66       0.9998866903686524
 UP BND       t67       0.9998777018968751
 UP BND       t68       0.9998681518450195
 UP BND       t69       0.9998580143000001
 UP BND       t70       0.9998472625635743
 UP BND       t71       0.999835869140625
 UP BND       t72       0.9998238057274415
 UP BND       t73       0.9998110432
 UP BND       t74       0.9997975516022461
 UP BND       t75       0.9997833001343751
 UP BND       t76       0.9997682571411134
 UP BND       t77       0.9997523901
 UP BND       t78       0.9997356656096681
 UP BND       t79       0.999718049378125
 UP BND       t80       0.9996995062110352
 UP BND       t81       0.9996800000000001
 UP BND       t82       0.99965949371084
 UP BND       t83       0.9996379493718751
 UP BND       t84       0.9996153280622071
 UP BND       t85       0.9995915899000001
 UP BND       t86       0.9995666940307618
 UP BND       t87       0.999540598615625
 UP BND       t88       0.999513260819629
 UP BND       t89       0.9994846368000001
 UP BND       t90       0.9994546816944337
 UP BND       t91       0.9994233496093751
 UP BND       t92       0.999390593608301
 UP BND       t93       0.9993563657000001
 UP BND       t94       0.9993206168268556
 UP BND       t95       0.9992832968531251
 UP BND       t96       0.9992443545532228
 UP BND       t97       0.9992037376000001
 UP BND       t98       0.9991613925530275
 UP BND       t99       0.9991172648468751
 UP BND       t100      0.9990712987793947
 UP BND       t101      0.9990234375000002
 UP BND       t102      0.9989736229979495
 UP BND       t103      0.9989217960906251
 UP BND       t104      0.9988678964118166
 UP BND       t105      0.9988118624000002
 UP BND       t106      0.9987536312866213
 UP BND       t107      0.9986931390843752
 UP BND       t108      0.9986303205754885
 UP BND       t109      0.9985651093000002
 UP BND       t110      0.9984974375440432
 UP BND       t111      0.9984272363281252
 UP BND       t112      0.9983544353954104
 UP BND       t113      0.9982789632000002
 UP BND       t114      0.9982007468952151
 UP BND       t115      0.9981197123218752
 UP BND       t116      0.9980357839965823
 UP BND       t117      0.9979488851000002
 UP BND       t118      0.997858937465137
 UP BND       t119      0.9977658615656253
 UP BND       t120      0.9976695765040042
 UP BND       t121      0.9975700000000003
 UP BND       t122      0.997467048378809
 UP BND       t123      0.9973606365593753
 UP BND       t124      0.9972506780426761
 UP BND       t125      0.9971370849000003
 UP BND       t126      0.9970197677612308
 UP BND       t127      0.9968986358031253
 UP BND       t128      0.996773596737598
 UP BND       t129      0.9966445568000004
 UP BND       t130      0.9965114207374027
 UP BND       t131      0.9963740917968754
 UP BND       t132      0.9962324717137699
 UP BND       t133      0.9960864607000004
 UP BND       t134      0.9959359574323247
 UP BND       t135      0.9957808590406254
 UP BND       t136      0.9956210610961919
 UP BND       t137      0.9954564576000005
 UP BND       t138      0.9952869409709966
 UP BND       t139      0.9951124020343755
 UP BND       t140      0.9949327300098637
 UP BND       t141      0.9947478125000004
 UP BND       t142      0.9945575354784185
 UP BND       t143      0.9943617832781255
 UP BND       t144      0.9941604385797856
 UP BND       t145      0.9939533824000005
 UP BND       t146      0.9937404940795904
 UP BND       t147      0.9935216512718755
 UP BND       t148      0.9932967299309576
 UP BND       t149      0.9930656043000006
 UP BND       t150      0.9928281468995123
 UP BND       t151      0.9925842285156256
 UP BND       t152      0.9923337181883796
 UP BND       t153      0.9920764832000006
 UP BND       t154      0.9918123890631843
 UP BND       t155      0.9915412995093756
 UP BND       t156      0.9912630764770515
 UP BND       t157      0.9909775801000007
 UP BND       t158      0.9906846686956061
 UP BND       t159      0.9903841987531257
 UP BND       t160      0.9900760249219733
 UP BND       t161      0.9897600000000006
 UP BND       t162      0.989435974921778
 UP BND       t163      0.9891037987468757
 UP BND       t164      0.9887633186481453
 UP BND       t165      0.9884143799000007
 UP BND       t166      0.9880568258667
 UP BND       t167      0.9876904979906258
 UP BND       t168      0.9873152357805671
 UP BND       t169      0.9869308768000008
 UP BND       t170      0.9865372566553718
 UP BND       t171      0.9861342089843758
 UP BND       t172      0.9857215654442391
 UP BND       t173      0.9852991557000008
 UP BND       t174      0.9848668074127938
 UP BND       t175      0.9844243462281258
 UP BND       t176      0.983971595764161
 UP BND       t177      0.9835083776000009
 UP BND       t178      0.9830345112639657
 UP BND       t179      0.9825498142218758
 UP BND       t180      0.9820541018653329
 UP BND       t181      0.9815471875000009
 UP BND       t182      0.9810288823338876
 UP BND       t183      0.9804989954656259
 UP BND       t184      0.9799573338727549
 UP BND       t185      0.9794037024000009
 UP BND       t186      0.9788379037475595
 UP BND       t187      0.9782597384593759
 UP BND       t188      0.9776690049114267
 UP BND       t189      0.977065499300001
 UP BND       t190      0.9764490156299814
 UP BND       t191      0.9758193457031259
 UP BND       t192      0.9751762791063486
 UP BND       t193      0.974519603200001
 UP BND       t194      0.9738491031061532
 UP BND       t195      0.9731645616968759
 UP BND       t196      0.9724657595825205
 UP BND       t197      0.971752475100001
 UP BND       t198      0.9710244843010751
 UP BND       t199      0.970281560940626
 UP BND       t200      0.9695234764649424
 UP BND       t201      0.968750000000001
 UP BND       t202      0.9679608983397471
 UP BND       t203      0.967155935934376
 UP BND       t204      0.9663348748786142
 UP BND       t205      0.965497474900001
 UP BND       t206      0.964643493347169
 UP BND       t207      0.9637726851781261
 UP BND       t208      0.9628848029485363
 UP BND       t209      0.9619795968000011
 UP BND       t210      0.961056814448341
 UP BND       t211      0.9601162011718761
 UP BND       t212      0.9591574997997082
 UP BND       t213      0.9581804507000012
 UP BND       t214      0.957184791768263
 UP BND       t215      0.9561702584156262
 UP BND       t216      0.9551365835571302
 UP BND       t217      0.9540834976000013
 UP BND       t218      0.9530107284319349
 UP BND       t219      0.9519180014093763
 UP BND       t220      0.9508050393458021
 UP BND       t221      0.9496715625000014
 UP BND       t222      0.9485172885643569
 UP BND       t223      0.9473419326531264
 UP BND       t224      0.9461452072907242
 UP BND       t225      0.9449268224000015
 UP BND       t226      0.9436864852905288
 UP BND       t227      0.9424239006468765
 UP BND       t228      0.9411387705168961
 UP BND       t229      0.9398307943000016
 UP BND       t230      0.9384996687354508
 UP BND       t231      0.9371450878906267
 UP BND       t232      0.9357667431493181
 UP BND       t233      0.9343643232000016
 UP BND       t234      0.9329375140241228
 UP BND       t235      0.9314859988843768
 UP BND       t236      0.9300094583129901
 UP BND       t237      0.9285075701000018
 UP BND       t238      0.9269800092815448
 UP BND       t239      0.9254264481281268
 UP BND       t240      0.923846556132912
 UP BND       t241      0.922240000000002
 UP BND       t242      0.9206064436327168
 UP BND       t243      0.918945548121877
 UP BND       t244      0.917256971734084
 UP BND       t245      0.9155403699000021
 UP BND       t246      0.9137953952026387
 UP BND       t247      0.9120216973656271
 UP BND       t248      0.9102189232415061
 UP BND       t249      0.9083867168000022
 UP BND       t250      0.9065247191163108
 UP BND       t251      0.9046325683593772
 UP BND       t252      0.902709899780178
 UP BND       t253      0.9007563457000023
 UP BND       t254      0.8987715354987328
 UP BND       t255      0.8967550956031274
 UP BND       t256      0.8947066494751001
 UP BND       t257      0.8926258176000024
 UP BND       t258      0.8905122174749048
 UP BND       t259      0.8883654635968775
 UP BND       t260      0.8861851674512721
 UP BND       t261      0.8839709375000026
 UP BND       t262      0.8817223791698269
 UP BND       t263      0.8794390948406277
 UP BND       t264      0.8771206838336941
 UP BND       t265      0.8747667424000027
 UP BND       t266      0.872376863708499
 UP BND       t267      0.8699506378343778
 UP BND       t268      0.8674876517473662
 UP BND       t269      0.8649874893000029
 UP BND       t270      0.862449731215921
 UP BND       t271      0.859873955078128
 UP BND       t272      0.8572597353172882
 UP BND       t273      0.8546066432000031
 UP BND       t274      0.851914246817093
 UP BND       t275      0.8491821110718781
 UP BND       t276      0.8464097976684603
 UP BND       t277      0.8435968651000032
 UP BND       t278      0.8407428686370151
 UP BND       t279      0.8378473603156283
 UP BND       t280      0.8349098889258824
 UP BND       t281      0.8319300000000034
 UP BND       t282      0.828907235800687
 UP BND       t283      0.8258411353093786
 UP BND       t284      0.8227312342145544
 UP BND       t285      0.8195770649000036
 UP BND       t286      0.8163781564331092
 UP BND       t287      0.8131340345531287
 UP BND       t288      0.8098442216594764
 UP BND       t289      0.8065082368000038
 UP BND       t290      0.8031255956592812
 UP BND       t291      0.799695810546879
 UP BND       t292      0.7962183903856486
 UP BND       t293      0.792692840700004
 UP BND       t294      0.7891186636042034
 UP BND       t295      0.7854953577906292
 UP BND       t296      0.7818224185180705
 UP BND       t297      0.7780993376000043
 UP BND       t298      0.7743256033928754
 UP BND       t299      0.7705007007843794
 UP BND       t300      0.7666241111817427
 UP BND       t301      0.7626953125000044
 UP BND       t302      0.7587137791502976
 UP BND       t303      0.7546789820281296
 UP BND       t304      0.7505903885016647
 UP BND       t305      0.7464474624000046
 UP BND       t306      0.7422496640014694
 UP BND       t307      0.7379964500218795
 UP BND       t308      0.7336872736028366
 UP BND       t309      0.7293215843000045
 UP BND       t310      0.7248988280713913
 UP BND       t311      0.7204184472656296
 UP BND       t312      0.7158798806102585
 UP BND       t313      0.7112825632000046
 UP BND       t314      0.7066259264850632
 UP BND       t315      0.7019093982593796
 UP BND       t316      0.6971324026489305
 UP BND       t317      0.6922943601000047
 UP BND       t318      0.6873946873674851
 UP BND       t319      0.6824327975031297
 UP BND       t320      0.6774080998438523
 UP BND       t321      0.6723200000000046
 UP BND       t322      0.667167899843657
 UP BND       t323      0.6619511974968796
 UP BND       t324      0.6566692873200242
 UP BND       t325      0.6513215599000046
 UP BND       t326      0.6459074020385789
 UP BND       t327      0.6404261967406296
 UP BND       t328      0.6348773232024459
 UP BND       t329      0.6292601568000046
 UP BND       t330      0.6235740690772507
 UP BND       t331      0.6178184277343796
 UP BND       t332      0.6119925966161178
 UP BND       t333      0.6060959357000045
 UP BND       t334      0.6001278010846725
 UP BND       t335      0.5940875449781294
 UP BND       t336      0.5879745156860396
 UP BND       t337      0.5817880576000044
 UP BND       t338      0.5755275111858442
 UP BND       t339      0.5691922129718794
 UP BND       t340      0.5627814955372115
 UP BND       t341      0.5562946875000043
 UP BND       t342      0.549731113505766
 UP BND       t343      0.5430900942156293
 UP BND       t344      0.5363709462946331
 UP BND       t345      0.5295729824000043
 UP BND       t346      0.5226955111694377
 UP BND       t347      0.5157378372093792
 UP BND       t348      0.5086992610833049
 UP BND       t349      0.5015790793000041
 UP BND       t350      0.49437658430185955
 UP BND       t351      0.487091064453129
 UP BND       t352      0.4797218040282267
 UP BND       t353      0.4722680832000039
 UP BND       t354      0.46472917802803126
 UP BND       t355      0.45710436044687885
 UP BND       t356      0.4493928982543983
 UP BND       t357      0.44159405510000377
 UP BND       t358      0.4337070904729529
 UP BND       t359      0.4257312596906287
 UP BND       t360      0.41766581388682
 UP BND       t361      0.4095100000000035
 UP BND       t362      0.40126306076162455
 UP BND       t363      0.3929242346843784
 UP BND       t364      0.3844927560504916
 UP BND       t365      0.3759678549000033
 UP BND       t366      0.3673487570190462
 UP BND       t367      0.35863468392812814
 UP BND       t368      0.3498248528704132
 UP BND       t369      0.34091847680000303
 UP BND       t370      0.3319147643702177
 UP BND       t371      0.32281291992187783
 UP BND       t372      0.3136121434715847
 UP BND       t373      0.30431163070000267
 UP BND       t374      0.29491057294013934
 UP BND       t375      0.2854081571656275
 UP BND       t376      0.27580356597900635
 UP BND       t377      0.2660959776000023
 UP BND       t378      0.2562845658538109
 UP BND       t379      0.24636850015937717
 UP BND       t380      0.23634694551767793
 UP BND       t381      0.22621906250000204
 UP BND       t382      0.21598400723623246
 UP BND       t383      0.2056409314031269
 UP BND       t384      0.19518898221259948
 UP BND       t385      0.18462730240000175
 UP BND       t386      0.173955030212404
 UP BND       t387      0.16317129939687655
 UP BND       t388      0.152275239188771
 UP BND       t389      0.14126597430000137
 UP BND       t390      0.13014262490732548
 UP BND       t391      0.11890430664062618
 UP BND       t392      0.10755013057119248
 UP BND       t393      0.09607920320000096
 UP BND       t394      0.08449062644599695
 UP BND       t395      0.07278349763437574
 UP BND       t396      0.0609569094848639
 UP BND       t397      0.0490099501000005
 UP BND       t398      0.036941702953418344
 UP BND       t399      0.024751246878125258
 UP BND       t400      0.012437656054785286
ENDATA
