* paretomech model export: the reduced-form LP of MATH section 2 (revenue-surplus trade-off of truthful
* mechanisms, arXiv 2602.11967); written by 'paretomech export'.
* instance exponential-n4: n = 4 buyers, k = 1 unit(s), K = 400 support points in [0, 5.991464547107982], transfers no-subsidy
* weights: lambda_R = 1, lambda_S = 0 (given 1,0; normalised so that max(lambda_R, lambda_S) = 1)
* scale = 5.991464547107982: every value v_j is divided by this (the largest support value) inside the program.
* program: 1200 variables, 1598 rows, 4393 non-zeros. Variables x1..x400 = interim allocation probabilities,
* u1..u400 = interim utilities divided by scale, t1..t400 = Border tail sums n * sum_{i>=j} f_i x_i (t_j <= B_j).
* objective: maximise c.z = (lambda_R R + lambda_S S) / scale, R = seller revenue, S = buyers' total surplus.
* MPS has no sense marker every reader accepts, so this file MINIMISES -c.z: a solver reports
* min = -(c.z optimum); negate it first.
* convert back: lambda_R R + lambda_S S = scale * (c.z optimum); for weights (1,0) that is R, for (0,1) S.
* from a solution z (f_j, v_j from the instance): S = scale * n * sum_j f_j u_j,
* R = n * sum_j f_j (v_j x_j - scale * u_j). Alone, R and S are unique only if the optimum is.
* expected optimum (exact ironing oracle, MATH section 3): c.z = 0.18814596873588985, lambda_R R + lambda_S S = 1.1272699013623708
* (at the oracle's mechanism R = 1.1272699013623708, S = 0.8103637743657931); the MPS minimum is -0.18814596873588985
* expected: instance=exponential-n4 buyers=4 units=1 support=400 transfers=no-subsidy lambda_r=1 lambda_s=0 scale=5.991464547107982 objective=0.18814596873588985 revenue=1.1272699013623708 surplus=0.8103637743657931
* objective negated: maximise c.z
NAME          paretomech_exponential_n4_n4_k1
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
    x1        tail1     -0.010000000000000104   mono2     1
    x1        icdown2   -4.1778269710813283E-4
    x2        obj       -4.177826971081372E-6   tail2     -0.010000000000000104
    x2        mono2     -1             icup2     -4.1778269710813283E-4
    x2        mono3     1              icdown3   -4.188310864055799E-4
    x3        obj       -8.366137835137214E-6   tail3     -0.010000000000000104
    x3        mono3     -1             icup3     -4.188310864055799E-4
    x3        mono4     1              icdown4   -4.1988475062605625E-4
    x4        obj       -1.256498534139782E-5   tail4     -0.010000000000000104
    x4        mono4     -1             icup4     -4.1988475062605625E-4
    x4        mono5     1              icdown5   -4.209437296807915E-4
    x5        obj       -1.677442263820578E-5   tail5     -0.010000000000000104
    x5        mono5     -1             icup5     -4.209437296807915E-4
    x5        mono6     1              icdown6   -4.220080638846695E-4
    x6        obj       -2.099450327705252E-5   tail6     -0.010000000000000104
    x6        mono6     -1             icup6     -4.220080638846695E-4
    x6        mono7     1              icdown7   -4.230777939613445E-4
    x7        obj       -2.522528121666601E-5   tail7     -0.010000000000000104
    x7        mono7     -1             icup7     -4.230777939613445E-4
    x7        mono8     1              icdown8   -4.2415296104843676E-4
    x8        obj       -2.946681082715042E-5   tail8     -0.010000000000000104
    x8        mono8     -1             icup8     -4.2415296104843676E-4
    x8        mono9     1              icdown9   -4.2523360670280194E-4
    x9        obj       -3.371914689417848E-5   tail9     -0.010000000000000104
    x9        mono9     -1             icup9     -4.2523360670280194E-4
    x9        mono10    1              icdown10  -4.2631977290589015E-4
    x10       obj       -3.798234462323743E-5   tail10    -0.010000000000000104
    x10       mono10    -1             icup10    -4.2631977290589015E-4
    x10       mono11    1              icdown11  -4.2741150206917995E-4
    x11       obj       -4.225645964392927E-5   tail11    -0.010000000000000104
    x11       mono11    -1             icup11    -4.2741150206917995E-4
    x11       mono12    1              icdown12  -4.2850883703969724E-4
    x12       obj       -4.654154801432629E-5   tail12    -0.010000000000000104
    x12       mono12    -1             icup12    -4.2850883703969724E-4
    x12       mono13    1              icdown13  -4.296118211056256E-4
    x13       obj       -5.0837666225382596E-5   tail13    -0.010000000000000104
    x13       mono13    -1             icup13    -4.296118211056256E-4
    x13       mono14    1              icdown14  -4.307204980019932E-4
    x14       obj       -5.5144871205402564E-5   tail14    -0.010000000000000104
    x14       mono14    -1             icup14    -4.307204980019932E-4
    x14       mono15    1              icdown15  -4.3183491191645573E-4
    x15       obj       -5.946322032456717E-5   tail15    -0.010000000000000104
    x15       mono15    -1             icup15    -4.3183491191645573E-4
    x15       mono16    1              icdown16  -4.3295510749516994E-4
    x16       obj       -6.379277139951892E-5   tail16    -0.010000000000000104
    x16       mono16    -1             icup16    -4.3295510749516994E-4
    x16       mono17    1              icdown17  -4.340811298487513E-4
    x17       obj       -6.813358269800647E-5   tail17    -0.010000000000000104
    x17       mono17    -1             icup17    -4.340811298487513E-4
    x17       mono18    1              icdown18  -4.352130245583299E-4
    x18       obj       -7.248571294358982E-5   tail18    -0.010000000000000104
    x18       mono18    -1             icup18    -4.352130245583299E-4
    x18       mono19    1              icdown19  -4.363508376817049E-4
    x19       obj       -7.684922132040692E-5   tail19    -0.010000000000000104
    x19       mono19    -1             icup19    -4.363508376817049E-4
    x19       mono20    1              icdown20  -4.3749461575959085E-4
    x20       obj       -8.122416747800287E-5   tail20    -0.010000000000000104
    x20       mono20    -1             icup20    -4.3749461575959085E-4
    x20       mono21    1              icdown21  -4.3864440582195923E-4
    x21       obj       -8.561061153622251E-5   tail21    -0.010000000000000104
    x21       mono21    -1             icup21    -4.3864440582195923E-4
    x21       mono22    1              icdown22  -4.398002553944865E-4
    x22       obj       -9.000861409016741E-5   tail22    -0.010000000000000104
    x22       mono22    -1             icup22    -4.398002553944865E-4
    x22       mono23    1              icdown23  -4.409622125051091E-4
    x23       obj       -9.441823621521854E-5   tail23    -0.010000000000000104
    x23       mono23    -1             icup23    -4.409622125051091E-4
    x23       mono24    1              icdown24  -4.4213032569066665E-4
    x24       obj       -9.883953947212526E-5   tail24    -0.010000000000000104
    x24       mono24    -1             icup24    -4.4213032569066665E-4
    x24       mono25    1              icdown25  -4.4330464400365726E-4
    x25       obj       -1.0327258591216188E-4   tail25    -0.010000000000000104
    x25       mono25    -1             icup25    -4.4330464400365726E-4
    x25       mono26    1              icdown26  -4.4448521701912944E-4
    x26       obj       -1.0771743808235323E-4   tail26    -0.010000000000000104
    x26       mono26    -1             icup26    -4.4448521701912944E-4
    x26       mono27    1              icdown27  -4.4567209484161485E-4
    x27       obj       -1.1217415903076942E-4   tail27    -0.010000000000000104
    x27       mono27    -1             icup27    -4.4567209484161485E-4
    x27       mono28    1              icdown28  -4.468653281122611E-4
    x28       obj       -1.1664281231189208E-4   tail28    -0.010000000000000104
    x28       mono28    -1             icup28    -4.468653281122611E-4
    x28       mono29    1              icdown29  -4.4806496801600993E-4
    x29       obj       -1.2112346199205221E-4   tail29    -0.010000000000000104
    x29       mono29    -1             icup29    -4.4806496801600993E-4
    x29       mono30    1              icdown30  -4.492710662889096E-4
    x30       obj       -1.2561617265494137E-4   tail30    -0.010000000000000104
    x30       mono30    -1             icup30    -4.492710662889096E-4
    x30       mono31    1              icdown31  -4.504836752255881E-4
    x31       obj       -1.301210094071973E-4   tail31    -0.010000000000000104
    x31       mono31    -1             icup31    -4.504836752255881E-4
    x31       mono32    1              icdown32  -4.5170284768676064E-4
    x32       obj       -1.3463803788406494E-4   tail32    -0.010000000000000104
    x32       mono32    -1             icup32    -4.5170284768676064E-4
    x32       mono33    1              icdown33  -4.529286371069538E-4
    x33       obj       -1.3916732425513453E-4   tail33    -0.010000000000000104
    x33       mono33    -1             icup33    -4.529286371069538E-4
    x33       mono34    1              icdown34  -4.5416109750229787E-4
    x34       obj       -1.4370893523015757E-4   tail34    -0.010000000000000104
    x34       mono34    -1             icup34    -4.5416109750229787E-4
    x34       mono35    1              icdown35  -4.554002834784437E-4
    x35       obj       -1.4826293806494205E-4   tail35    -0.010000000000000104
    x35       mono35    -1             icup35    -4.554002834784437E-4
    x35       mono36    1              icdown36  -4.5664625023866004E-4
    x36       obj       -1.5282940056732868E-4   tail36    -0.010000000000000104
    x36       mono36    -1             icup36    -4.5664625023866004E-4
    x36       mono37    1              icdown37  -4.5789905359201283E-4
    x37       obj       -1.5740839110324888E-4   tail37    -0.010000000000000104
    x37       mono37    -1             icup37    -4.5789905359201283E-4
    x37       mono38    1              icdown38  -4.5915874996169164E-4
    x38       obj       -1.6199997860286583E-4   tail38    -0.010000000000000104
    x38       mono38    -1             icup38    -4.5915874996169164E-4
    x38       mono39    1              icdown39  -4.6042539639348746E-4
    x39       obj       -1.6660423256680074E-4   tail39    -0.010000000000000104
    x39       mono39    -1             icup39    -4.6042539639348746E-4
    x39       mono40    1              icdown40  -4.6169905056442064E-4
    x40       obj       -1.7122122307244503E-4   tail40    -0.010000000000000104
    x40       mono40    -1             icup40    -4.6169905056442064E-4
    x40       mono41    1              icdown41  -4.62979770791464E-4
    x41       obj       -1.7585102078035967E-4   tail41    -0.010000000000000104
    x41       mono41    -1             icup41    -4.62979770791464E-4
    x41       mono42    1              icdown42  -4.6426761604046737E-4
    x42       obj       -1.8049369694076443E-4   tail42    -0.010000000000000104
    x42       mono42    -1             icup42    -4.6426761604046737E-4
    x42       mono43    1              icdown43  -4.6556264593520483E-4
    x43       obj       -1.851493234001165E-4   tail43    -0.010000000000000104
    x43       mono43    -1             icup43    -4.6556264593520483E-4
    x43       mono44    1              icdown44  -4.668649207665611E-4
    x44       obj       -1.8981797260778216E-4   tail44    -0.010000000000000104
    x44       mono44    -1             icup44    -4.668649207665611E-4
    x44       mono45    1              icdown45  -4.681745015019076E-4
    x45       obj       -1.9449971762280132E-4   tail45    -0.010000000000000104
    x45       mono45    -1             icup45    -4.681745015019076E-4
    x45       mono46    1              icdown46  -4.694914497945971E-4
    x46       obj       -1.9919463212074732E-4   tail46    -0.010000000000000104
    x46       mono46    -1             icup46    -4.694914497945971E-4
    x46       mono47    1              icdown47  -4.7081582799366844E-4
    x47       obj       -2.0390279040068406E-4   tail47    -0.010000000000000104
    x47       mono47    -1             icup47    -4.7081582799366844E-4
    x47       mono48    1              icdown48  -4.721476991536446E-4
    x48       obj       -2.0862426739222056E-4   tail48    -0.010000000000000104
    x48       mono48    -1             icup48    -4.721476991536446E-4
    x48       mono49    1              icdown49  -4.734871270445899E-4
    x49       obj       -2.1335913866266651E-4   tail49    -0.010000000000000104
    x49       mono49    -1             icup49    -4.734871270445899E-4
    x49       mono50    1              icdown50  -4.7483417616224103E-4
    x50       obj       -2.1810748042428894E-4   tail50    -0.010000000000000104
    x50       mono50    -1             icup50    -4.7483417616224103E-4
    x50       mono51    1              icdown51  -4.761889117383821E-4
    x51       obj       -2.228693695416728E-4   tail51    -0.010000000000000104
    x51       mono51    -1             icup51    -4.761889117383821E-4
    x51       mono52    1              icdown52  -4.775513997513807E-4
    x52       obj       -2.2764488353918668E-4   tail52    -0.010000000000000104
    x52       mono52    -1             icup52    -4.775513997513807E-4
    x52       mono53    1              icdown53  -4.789217069368941E-4
    x53       obj       -2.3243410060855567E-4   tail53    -0.010000000000000104
    x53       mono53    -1             icup53    -4.789217069368941E-4
    x53       mono54    1              icdown54  -4.8029990079874387E-4
    x54       obj       -2.3723709961654318E-4   tail54    -0.010000000000000104
    x54       mono54    -1             icup54    -4.8029990079874387E-4
    x54       mono55    1              icdown55  -4.8168604962003404E-4
    x55       obj       -2.4205396011274354E-4   tail55    -0.010000000000000104
    x55       mono55    -1             icup55    -4.8168604962003404E-4
    x55       mono56    1              icdown56  -4.8308022247441724E-4
    x56       obj       -2.468847623374878E-4   tail56    -0.010000000000000104
    x56       mono56    -1             icup56    -4.8308022247441724E-4
    x56       mono57    1              icdown57  -4.844824892375512E-4
    x57       obj       -2.5172958722986333E-4   tail57    -0.010000000000000104
    x57       mono57    -1             icup57    -4.844824892375512E-4
    x57       mono58    1              icdown58  -4.8589292059879086E-4
    x58       obj       -2.565885164358513E-4   tail58    -0.010000000000000104
    x58       mono58    -1             icup58    -4.8589292059879086E-4
    x58       mono59    1              icdown59  -4.873115880730803E-4
    x59       obj       -2.614616323165822E-4   tail59    -0.010000000000000104
    x59       mono59    -1             icup59    -4.873115880730803E-4
    x59       mono60    1              icdown60  -4.88738564013002E-4
    x60       obj       -2.663490179567122E-4   tail60    -0.010000000000000104
    x60       mono60    -1             icup60    -4.88738564013002E-4
    x60       mono61    1              icdown61  -4.901739216211033E-4
    x61       obj       -2.712507571729233E-4   tail61    -0.010000000000000104
    x61       mono61    -1             icup61    -4.901739216211033E-4
    x61       mono62    1              icdown62  -4.916177349624102E-4
    x62       obj       -2.7616693452254745E-4   tail62    -0.010000000000000104
    x62       mono62    -1             icup62    -4.916177349624102E-4
    x62       mono63    1              icdown63  -4.930700789771747E-4
    x63       obj       -2.8109763531231925E-4   tail63    -0.010000000000000104
    x63       mono63    -1             icup63    -4.930700789771747E-4
    x63       mono64    1              icdown64  -4.945310294938277E-4
    x64       obj       -2.8604294560725756E-4   tail64    -0.010000000000000104
    x64       mono64    -1             icup64    -4.945310294938277E-4
    x64       mono65    1              icdown65  -4.960006632421637E-4
    x65       obj       -2.910029522396793E-4   tail65    -0.010000000000000104
    x65       mono65    -1             icup65    -4.960006632421637E-4
    x65       mono66    1              icdown66  -4.974790578668346E-4
    x66       obj       -2.959777428183477E-4   tail66    -0.010000000000000104
    x66       mono66    -1             icup66    -4.974790578668346E-4
    x66       mono67    1              icdown67  -4.989662919409328E-4
    x67       obj       -3.0096740573775705E-4   tail67    -0.010000000000000104
    x67       mono67    -1             icup67    -4.989662919409328E-4
    x67       mono68    1              icdown68  -5.004624449799904E-4
    x68       obj       -3.05972030187557E-4   tail68    -0.010000000000000104
    x68       mono68    -1             icup68    -5.004624449799904E-4
    x68       mono69    1              icdown69  -5.019675974561129E-4
    x69       obj       -3.109917061621182E-4   tail69    -0.010000000000000104
    x69       mono69    -1             icup69    -5.019675974561129E-4
    x69       mono70    1              icdown70  -5.034818308124143E-4
    x70       obj       -3.1602652447024237E-4   tail70    -0.010000000000000104
    x70       mono70    -1             icup70    -5.034818308124143E-4
    x70       mono71    1              icdown71  -5.050052274777257E-4
    x71       obj       -3.210765767450197E-4   tail71    -0.010000000000000104
    x71       mono71    -1             icup71    -5.050052274777257E-4
    x71       mono72    1              icdown72  -5.065378708814972E-4
    x72       obj       -3.261419554538347E-4   tail72    -0.010000000000000104
    x72       mono72    -1             icup72    -5.065378708814972E-4
    x72       mono73    1              icdown73  -5.080798454690863E-4
    x73       obj       -3.312227539085256E-4   tail73    -0.010000000000000104
    x73       mono73    -1             icup73    -5.080798454690863E-4
    x73       mono74    1              icdown74  -5.096312367172759E-4
    x74       obj       -3.3631906627569843E-4   tail74    -0.010000000000000104
    x74       mono74    -1             icup74    -5.096312367172759E-4
    x74       mono75    1              icdown75  -5.111921311499929E-4
    x75       obj       -3.414309875871984E-4   tail75    -0.010000000000000104
    x75       mono75    -1             icup75    -5.111921311499929E-4
    x75       mono76    1              icdown76  -5.127626163544761E-4
    x76       obj       -3.465586137507432E-4   tail76    -0.010000000000000104
    x76       mono76    -1             icup76    -5.127626163544761E-4
    x76       mono77    1              icdown77  -5.143427809976092E-4
    x77       obj       -3.5170204156071935E-4   tail77    -0.010000000000000104
    x77       mono77    -1             icup77    -5.143427809976092E-4
    x77       mono78    1              icdown78  -5.159327148426367E-4
    x78       obj       -3.5686136870914577E-4   tail78    -0.010000000000000104
    x78       mono78    -1             icup78    -5.159327148426367E-4
    x78       mono79    1              icdown79  -5.175325087661493E-4
    x79       obj       -3.620366937968074E-4   tail79    -0.010000000000000104
    x79       mono79    -1             icup79    -5.175325087661493E-4
    x79       mono80    1              icdown80  -5.19142254775393E-4
    x80       obj       -3.6722811634456136E-4   tail80    -0.010000000000000104
    x80       mono80    -1             icup80    -5.19142254775393E-4
    x80       mono81    1              icdown81  -5.207620460259036E-4
    x81       obj       -3.724357368048204E-4   tail81    -0.010000000000000104
    x81       mono81    -1             icup81    -5.207620460259036E-4
    x81       mono82    1              icdown82  -5.223919768395235E-4
    x82       obj       -3.7765965657321574E-4   tail82    -0.010000000000000104
    x82       mono82    -1             icup82    -5.223919768395235E-4
    x82       mono83    1              icdown83  -5.240321427226393E-4
    x83       obj       -3.8289997800044215E-4   tail83    -0.010000000000000104
    x83       mono83    -1             icup83    -5.240321427226393E-4
    x83       mono84    1              icdown84  -5.256826403848929E-4
    x84       obj       -3.8815680440429113E-4   tail84    -0.010000000000000104
    x84       mono84    -1             icup84    -5.256826403848929E-4
    x84       mono85    1              icdown85  -5.273435677581702E-4
    x85       obj       -3.934302400818729E-4   tail85    -0.010000000000000104
    x85       mono85    -1             icup85    -5.273435677581702E-4
    x85       mono86    1              icdown86  -5.29015024015951E-4
    x86       obj       -3.9872039032203243E-4   tail86    -0.010000000000000104
    x86       mono86    -1             icup86    -5.29015024015951E-4
    x86       mono87    1              icdown87  -5.306971095930945E-4
    x87       obj       -4.040273614179635E-4   tail87    -0.010000000000000104
    x87       mono87    -1             icup87    -5.306971095930945E-4
    x87       mono88    1              icdown88  -5.323899262059121E-4
    x88       obj       -4.0935126068002267E-4   tail88    -0.010000000000000104
    x88       mono88    -1             icup88    -5.323899262059121E-4
    x88       mono89    1              icdown89  -5.340935768726985E-4
    x89       obj       -4.146921964487497E-4   tail89    -0.010000000000000104
    x89       mono89    -1             icup89    -5.340935768726985E-4
    x89       mono90    1              icdown90  -5.358081659346155E-4
    x90       obj       -4.2005027810809595E-4   tail90    -0.010000000000000104
    x90       mono90    -1             icup90    -5.358081659346155E-4
    x90       mono91    1              icdown91  -5.375337990770244E-4
    x91       obj       -4.2542561609886615E-4   tail91    -0.010000000000000104
    x91       mono91    -1             icup91    -5.375337990770244E-4
    x91       mono92    1              icdown92  -5.392705833511108E-4
    x92       obj       -4.3081832193237737E-4   tail92    -0.010000000000000104
    x92       mono92    -1             icup92    -5.392705833511108E-4
    x92       mono93    1              icdown93  -5.410186271961898E-4
    x93       obj       -4.362285082043394E-4   tail93    -0.010000000000000104
    x93       mono93    -1             icup93    -5.410186271961898E-4
    x93       mono94    1              icdown94  -5.427780404620912E-4
    x94       obj       -4.4165628860896026E-4   tail94    -0.010000000000000104
    x94       mono94    -1             icup94    -5.427780404620912E-4
    x94       mono95    1              icdown95  -5.445489344322607E-4
    x95       obj       -4.4710177795328294E-4   tail95    -0.010000000000000104
    x95       mono95    -1             icup95    -5.445489344322607E-4
    x95       mono96    1              icdown96  -5.463314218472941E-4
    x96       obj       -4.5256509217175595E-4   tail96    -0.010000000000000104
    x96       mono96    -1             icup96    -5.463314218472941E-4
    x96       mono97    1              icdown97  -5.481256169286924E-4
    x97       obj       -4.5804634834104295E-4   tail97    -0.010000000000000104
    x97       mono97    -1             icup97    -5.481256169286924E-4
    x97       mono98    1              icdown98  -5.499316354033955E-4
    x98       obj       -4.635456646950769E-4   tail98    -0.010000000000000104
    x98       mono98    -1             icup98    -5.499316354033955E-4
    x98       mono99    1              icdown99  -5.517495945286313E-4
    x99       obj       -4.690631606403633E-4   tail99    -0.010000000000000104
    x99       mono99    -1             icup99    -5.517495945286313E-4
    x99       mono100   1              icdown100  -5.535796131172743E-4
    x100      obj       -4.745989567715361E-4   tail100   -0.010000000000000104
    x100      mono100   -1             icup100   -5.535796131172743E-4
    x100      mono101   1              icdown101  -5.554218115637408E-4
    x101      obj       -4.8015317488717357E-4   tail101   -0.010000000000000104
    x101      mono101   -1             icup101   -5.554218115637408E-4
    x101      mono102   1              icdown102  -5.572763118704131E-4
    x102      obj       -4.857259380058778E-4   tail102   -0.010000000000000104
    x102      mono102   -1             icup102   -5.572763118704131E-4
    x102      mono103   1              icdown103  -5.591432376745083E-4
    x103      obj       -4.913173703826229E-4   tail103   -0.010000000000000104
    x103      mono103   -1             icup103   -5.591432376745083E-4
    x103      mono104   1              icdown104  -5.610227142756417E-4
    x104      obj       -4.969275975253793E-4   tail104   -0.010000000000000104
    x104      mono104   -1             icup104   -5.610227142756417E-4
    x104      mono105   1              icdown105  -5.629148686638251E-4
    x105      obj       -5.025567462120177E-4   tail105   -0.010000000000000104
    x105      mono105   -1             icup105   -5.629148686638251E-4
    x105      mono106   1              icdown106  -5.64819829548023E-4
    x106      obj       -5.08204944507498E-4   tail106   -0.010000000000000104
    x106      mono106   -1             icup106   -5.64819829548023E-4
    x106      mono107   1              icdown107  -5.6673772738541E-4
    x107      obj       -5.138723217813522E-4   tail107   -0.010000000000000104
    x107      mono107   -1             icup107   -5.6673772738541E-4
    x107      mono108   1              icdown108  -5.68668694411104E-4
    x108      obj       -5.195590087254632E-4   tail108   -0.010000000000000104
    x108      mono108   -1             icup108   -5.68668694411104E-4
    x108      mono109   1              icdown109  -5.706128646685814E-4
    x109      obj       -5.252651373721492E-4   tail109   -0.010000000000000104
    x109      mono109   -1             icup109   -5.706128646685814E-4
    x109      mono110   1              icdown110  -5.725703740407076E-4
    x110      obj       -5.309908411125563E-4   tail110   -0.010000000000000104
    x110      mono110   -1             icup110   -5.725703740407076E-4
    x110      mono111   1              icdown111  -5.745413602813388E-4
    x111      obj       -5.367362547153697E-4   tail111   -0.010000000000000104
    x111      mono111   -1             icup111   -5.745413602813388E-4
    x111      mono112   1              icdown112  -5.765259630476943E-4
    x112      obj       -5.425015143458468E-4   tail112   -0.010000000000000104
    x112      mono112   -1             icup112   -5.765259630476943E-4
    x112      mono113   1              icdown113  -5.785243239333406E-4
    x113      obj       -5.482867575851802E-4   tail113   -0.010000000000000104
    x113      mono113   -1             icup113   -5.785243239333406E-4
    x113      mono114   1              icdown114  -5.805365865018229E-4
    x114      obj       -5.540921234501985E-4   tail114   -0.010000000000000104
    x114      mono114   -1             icup114   -5.805365865018229E-4
    x114      mono115   1              icdown115  -5.825628963211124E-4
    x115      obj       -5.599177524134096E-4   tail115   -0.010000000000000104
    x115      mono115   -1             icup115   -5.825628963211124E-4
    x115      mono116   1              icdown116  -5.84603400998638E-4
    x116      obj       -5.657637864233961E-4   tail116   -0.010000000000000104
    x116      mono116   -1             icup116   -5.84603400998638E-4
    x116      mono117   1              icdown117  -5.866582502171509E-4
    x117      obj       -5.716303689255677E-4   tail117   -0.010000000000000104
    x117      mono117   -1             icup117   -5.866582502171509E-4
    x117      mono118   1              icdown118  -5.887275957713956E-4
    x118      obj       -5.775176448832817E-4   tail118   -0.010000000000000104
    x118      mono118   -1             icup118   -5.887275957713956E-4
    x118      mono119   1              icdown119  -5.908115916053741E-4
    x119      obj       -5.834257607993355E-4   tail119   -0.010000000000000104
    x119      mono119   -1             icup119   -5.908115916053741E-4
    x119      mono120   1              icdown120  -5.929103938506194E-4
    x120      obj       -5.893548647378417E-4   tail120   -0.010000000000000104
    x120      mono120   -1             icup120   -5.929103938506194E-4
    x120      mono121   1              icdown121  -5.95024160865137E-4
    x121      obj       -5.953051063464931E-4   tail121   -0.010000000000000104
    x121      mono121   -1             icup121   -5.95024160865137E-4
    x121      mono122   1              icdown122  -5.971530532732624E-4
    x122      obj       -6.012766368792258E-4   tail122   -0.010000000000000104
    x122      mono122   -1             icup122   -5.971530532732624E-4
    x122      mono123   1              icdown123  -5.992972340062893E-4
    x123      obj       -6.072696092192889E-4   tail123   -0.010000000000000104
    x123      mono123   -1             icup123   -5.992972340062893E-4
    x123      mono124   1              icdown124  -6.014568683441425E-4
    x124      obj       -6.132841779027303E-4   tail124   -0.010000000000000104
    x124      mono124   -1             icup124   -6.014568683441425E-4
    x124      mono125   1              icdown125  -6.036321239577849E-4
    x125      obj       -6.193204991423082E-4   tail125   -0.010000000000000104
    x125      mono125   -1             icup125   -6.036321239577849E-4
    x125      mono126   1              icdown126  -6.058231709525407E-4
    x126      obj       -6.253787308518336E-4   tail126   -0.010000000000000104
    x126      mono126   -1             icup126   -6.058231709525407E-4
    x126      mono127   1              icdown127  -6.080301819126226E-4
    x127      obj       -6.314590326709599E-4   tail127   -0.010000000000000104
    x127      mono127   -1             icup127   -6.080301819126226E-4
    x127      mono128   1              icdown128  -6.102533319462534E-4
    x128      obj       -6.375615659904225E-4   tail128   -0.010000000000000104
    x128      mono128   -1             icup128   -6.102533319462534E-4
    x128      mono129   1              icdown129  -6.124927987321109E-4
    x129      obj       -6.436864939777437E-4   tail129   -0.010000000000000104
    x129      mono129   -1             icup129   -6.124927987321109E-4
    x129      mono130   1              icdown130  -6.147487625666262E-4
    x130      obj       -6.4983398160341E-4   tail130   -0.010000000000000104
    x130      mono130   -1             icup130   -6.147487625666262E-4
    x130      mono131   1              icdown131  -6.170214064123197E-4
    x131      obj       -6.560041956675332E-4   tail131   -0.010000000000000104
    x131      mono131   -1             icup131   -6.170214064123197E-4
    x131      mono132   1              icdown132  -6.193109159473685E-4
    x132      obj       -6.621973048270071E-4   tail132   -0.010000000000000104
    x132      mono132   -1             icup132   -6.193109159473685E-4
    x132      mono133   1              icdown133  -6.216174796160919E-4
    x133      obj       -6.684134796231681E-4   tail133   -0.010000000000000104
    x133      mono133   -1             icup133   -6.216174796160919E-4
    x133      mono134   1              icdown134  -6.239412886806876E-4
    x134      obj       -6.74652892509975E-4   tail134   -0.010000000000000104
    x134      mono134   -1             icup134   -6.239412886806876E-4
    x134      mono135   1              icdown135  -6.262825372740697E-4
    x135      obj       -6.809157178827159E-4   tail135   -0.010000000000000104
    x135      mono135   -1             icup135   -6.262825372740697E-4
    x135      mono136   1              icdown136  -6.286414224540324E-4
    x136      obj       -6.872021321072562E-4   tail136   -0.010000000000000104
    x136      mono136   -1             icup136   -6.286414224540324E-4
    x136      mono137   1              icdown137  -6.310181442583957E-4
    x137      obj       -6.935123135498401E-4   tail137   -0.010000000000000104
    x137      mono137   -1             icup137   -6.310181442583957E-4
    x137      mono138   1              icdown138  -6.334129057616607E-4
    x138      obj       -6.998464426074569E-4   tail138   -0.010000000000000104
    x138      mono138   -1             icup138   -6.334129057616607E-4
    x138      mono139   1              icdown139  -6.358259131327775E-4
    x139      obj       -7.062047017387846E-4   tail139   -0.010000000000000104
    x139      mono139   -1             icup139   -6.358259131327775E-4
    x139      mono140   1              icdown140  -6.382573756944504E-4
    x140      obj       -7.125872754957292E-4   tail140   -0.010000000000000104
    x140      mono140   -1             icup140   -6.382573756944504E-4
    x140      mono141   1              icdown141  -6.407075059834256E-4
    x141      obj       -7.189943505555636E-4   tail141   -0.010000000000000104
    x141      mono141   -1             icup141   -6.407075059834256E-4
    x141      mono142   1              icdown142  -6.431765198126878E-4
    x142      obj       -7.254261157536906E-4   tail142   -0.010000000000000104
    x142      mono142   -1             icup142   -6.431765198126878E-4
    x142      mono143   1              icdown143  -6.456646363346282E-4
    x143      obj       -7.318827621170369E-4   tail143   -0.010000000000000104
    x143      mono143   -1             icup143   -6.456646363346282E-4
    x143      mono144   1              icdown144  -6.481720781060403E-4
    x144      obj       -7.383644828980974E-4   tail144   -0.010000000000000104
    x144      mono144   -1             icup144   -6.481720781060403E-4
    x144      mono145   1              icdown145  -6.506990711543355E-4
    x145      obj       -7.448714736096408E-4   tail145   -0.010000000000000104
    x145      mono145   -1             icup145   -6.506990711543355E-4
    x145      mono146   1              icdown146  -6.532458450456053E-4
    x146      obj       -7.514039320600968E-4   tail146   -0.010000000000000104
    x146      mono146   -1             icup146   -6.532458450456053E-4
    x146      mono147   1              icdown147  -6.55812632954025E-4
    x147      obj       -7.579620583896372E-4   tail147   -0.010000000000000104
    x147      mono147   -1             icup147   -6.55812632954025E-4
    x147      mono148   1              icdown148  -6.58399671733093E-4
    x148      obj       -7.645460551069681E-4   tail148   -0.010000000000000104
    x148      mono148   -1             icup148   -6.58399671733093E-4
    x148      mono149   1              icdown149  -6.61007201988463E-4
    x149      obj       -7.711561271268528E-4   tail149   -0.010000000000000104
    x149      mono149   -1             icup149   -6.61007201988463E-4
    x149      mono150   1              icdown150  -6.636354681525553E-4
    x150      obj       -7.777924818083786E-4   tail150   -0.010000000000000104
    x150      mono150   -1             icup150   -6.636354681525553E-4
    x150      mono151   1              icdown151  -6.662847185609014E-4
    x151      obj       -7.844553289939876E-4   tail151   -0.010000000000000104
    x151      mono151   -1             icup151   -6.662847185609014E-4
    x151      mono152   1              icdown152  -6.689552055304139E-4
    x152      obj       -7.911448810492918E-4   tail152   -0.010000000000000104
    x152      mono152   -1             icup152   -6.689552055304139E-4
    x152      mono153   1              icdown153  -6.71647185439465E-4
    x153      obj       -7.978613529036866E-4   tail153   -0.010000000000000104
    x153      mono153   -1             icup153   -6.71647185439465E-4
    x153      mono154   1              icdown154  -6.743609188099565E-4
    x154      obj       -8.046049620917861E-4   tail154   -0.010000000000000104
    x154      mono154   -1             icup154   -6.743609188099565E-4
    x154      mono155   1              icdown155  -6.770966703913063E-4
    x155      obj       -8.113759287956993E-4   tail155   -0.010000000000000104
    x155      mono155   -1             icup155   -6.770966703913063E-4
    x155      mono156   1              icdown156  -6.798547092466701E-4
    x156      obj       -8.181744758881661E-4   tail156   -0.010000000000000104
    x156      mono156   -1             icup156   -6.798547092466701E-4
    x156      mono157   1              icdown157  -6.82635308841023E-4
    x157      obj       -8.250008289765764E-4   tail157   -0.010000000000000104
    x157      mono157   -1             icup157   -6.82635308841023E-4
    x157      mono158   1              icdown158  -6.85438747131661E-4
    x158      obj       -8.318552164478931E-4   tail158   -0.010000000000000104
    x158      mono158   -1             icup158   -6.85438747131661E-4
    x158      mono159   1              icdown159  -6.882653066607127E-4
    x159      obj       -8.387378695145002E-4   tail159   -0.010000000000000104
    x159      mono159   -1             icup159   -6.882653066607127E-4
    x159      mono160   1              icdown160  -6.911152746501886E-4
    x160      obj       -8.456490222610023E-4   tail160   -0.010000000000000104
    x160      mono160   -1             icup160   -6.911152746501886E-4
    x160      mono161   1              icdown161  -6.939889430991811E-4
    x161      obj       -8.525889116919941E-4   tail161   -0.010000000000000104
    x161      mono161   -1             icup161   -6.939889430991811E-4
    x161      mono162   1              icdown162  -6.968866088836395E-4
    x162      obj       -8.595577777808306E-4   tail162   -0.010000000000000104
    x162      mono162   -1             icup162   -6.968866088836395E-4
    x162      mono163   1              icdown163  -6.998085738586007E-4
    x163      obj       -8.665558635194166E-4   tail163   -0.010000000000000104
    x163      mono163   -1             icup163   -6.998085738586007E-4
    x163      mono164   1              icdown164  -7.027551449629764E-4
    x164      obj       -8.735834149690466E-4   tail164   -0.010000000000000104
    x164      mono164   -1             icup164   -7.027551449629764E-4
    x164      mono165   1              icdown165  -7.05726634327176E-4
    x165      obj       -8.806406813123184E-4   tail165   -0.010000000000000104
    x165      mono165   -1             icup165   -7.05726634327176E-4
    x165      mono166   1              icdown166  -7.087233593831013E-4
    x166      obj       -8.877279149061495E-4   tail166   -0.010000000000000104
    x166      mono166   -1             icup166   -7.087233593831013E-4
    x166      mono167   1              icdown167  -7.117456429773835E-4
    x167      obj       -8.948453713359233E-4   tail167   -0.010000000000000104
    x167      mono167   -1             icup167   -7.117456429773835E-4
    x167      mono168   1              icdown168  -7.14793813487215E-4
    x168      obj       -9.019933094707955E-4   tail168   -0.010000000000000104
    x168      mono168   -1             icup168   -7.14793813487215E-4
    x168      mono169   1              icdown169  -7.178682049394419E-4
    x169      obj       -9.0917199152019E-4   tail169   -0.010000000000000104
    x169      mono169   -1             icup169   -7.178682049394419E-4
    x169      mono170   1              icdown170  -7.209691571322883E-4
    x170      obj       -9.163816830915129E-4   tail170   -0.010000000000000104
    x170      mono170   -1             icup170   -7.209691571322883E-4
    x170      mono171   1              icdown171  -7.240970157608976E-4
    x171      obj       -9.23622653249122E-4   tail171   -0.010000000000000104
    x171      mono171   -1             icup171   -7.240970157608976E-4
    x171      mono172   1              icdown172  -7.272521325456159E-4
    x172      obj       -9.308951745745784E-4   tail172   -0.010000000000000104
    x172      mono172   -1             icup172   -7.272521325456159E-4
    x172      mono173   1              icdown173  -7.304348653638156E-4
    x173      obj       -9.381995232282166E-4   tail173   -0.010000000000000104
    x173      mono173   -1             icup173   -7.304348653638156E-4
    x173      mono174   1              icdown174  -7.336455783853126E-4
    x174      obj       -9.455359790120696E-4   tail174   -0.010000000000000104
    x174      mono174   -1             icup174   -7.336455783853126E-4
    x174      mono175   1              icdown175  -7.368846422112122E-4
    x175      obj       -9.529048254341819E-4   tail175   -0.010000000000000104
    x175      mono175   -1             icup175   -7.368846422112122E-4
    x175      mono176   1              icdown176  -7.401524340165172E-4
    x176      obj       -9.603063497743471E-4   tail176   -0.010000000000000104
    x176      mono176   -1             icup176   -7.401524340165172E-4
    x176      mono177   1              icdown177  -7.434493376966443E-4
    x177      obj       -9.677408431513137E-4   tail177   -0.010000000000000104
    x177      mono177   -1             icup177   -7.434493376966443E-4
    x177      mono178   1              icdown178  -7.467757440175001E-4
    x178      obj       -9.752086005914887E-4   tail178   -0.010000000000000104
    x178      mono178   -1             icup178   -7.467757440175001E-4
    x178      mono179   1              icdown179  -7.501320507702438E-4
    x179      obj       -9.827099210991913E-4   tail179   -0.010000000000000104
    x179      mono179   -1             icup179   -7.501320507702438E-4
    x179      mono180   1              icdown180  -7.53518662929571E-4
    x180      obj       -9.90245107728487E-4   tail180   -0.010000000000000104
    x180      mono180   -1             icup180   -7.53518662929571E-4
    x180      mono181   1              icdown181  -7.569359928166863E-4
    x181      obj       -9.978144676566541E-4   tail181   -0.010000000000000104
    x181      mono181   -1             icup181   -7.569359928166863E-4
    x181      mono182   1              icdown182  -7.603844602668702E-4
    x182      obj       -0.0010054183122593227   tail182   -0.010000000000000104
    x182      mono182   -1             icup182   -7.603844602668702E-4
    x182      mono183   1              icdown183  -7.638644928009936E-4
    x183      obj       -0.001013056957187333   tail183   -0.010000000000000104
    x183      mono183   -1             icup183   -7.638644928009936E-4
    x183      mono184   1              icdown184  -7.673765258026475E-4
    x184      obj       -0.0010207307224453593   tail184   -0.010000000000000104
    x184      mono184   -1             icup184   -7.673765258026475E-4
    x184      mono185   1              icdown185  -7.7092100269944E-4
    x185      obj       -0.0010284399324723538   tail185   -0.010000000000000104
    x185      mono185   -1             icup185   -7.7092100269944E-4
    x185      mono186   1              icdown186  -7.744983751497067E-4
    x186      obj       -0.001036184916223851   tail186   -0.010000000000000104
    x186      mono186   -1             icup186   -7.744983751497067E-4
    x186      mono187   1              icdown187  -7.781091032344629E-4
    x187      obj       -0.0010439660072561958   tail187   -0.010000000000000104
    x187      mono187   -1             icup187   -7.781091032344629E-4
    x187      mono188   1              icdown188  -7.817536556545638E-4
    x188      obj       -0.0010517835438127413   tail188   -0.010000000000000104
    x188      mono188   -1             icup188   -7.817536556545638E-4
    x188      mono189   1              icdown189  -7.85432509933498E-4
    x189      obj       -0.0010596378689120764   tail189   -0.010000000000000104
    x189      mono189   -1             icup189   -7.85432509933498E-4
    x189      mono190   1              icdown190  -7.891461526260911E-4
    x190      obj       -0.0010675293304383375   tail190   -0.010000000000000104
    x190      mono190   -1             icup190   -7.891461526260911E-4
    x190      mono191   1              icdown191  -7.928950795329184E-4
    x191      obj       -0.0010754582812336666   tail191   -0.010000000000000104
    x191      mono191   -1             icup191   -7.928950795329184E-4
    x191      mono192   1              icdown192  -7.966797959209779E-4
    x192      obj       -0.0010834250791928767   tail192   -0.010000000000000104
    x192      mono192   -1             icup192   -7.966797959209779E-4
    x192      mono193   1              icdown193  -8.005008167507225E-4
    x193      obj       -0.001091430087360384   tail193   -0.010000000000000104
    x193      mono193   -1             icup193   -8.005008167507225E-4
    x193      mono194   1              icdown194  -8.043586669097787E-4
    x194      obj       -0.0010994736740294817   tail194   -0.010000000000000104
    x194      mono194   -1             icup194   -8.043586669097787E-4
    x194      mono195   1              icdown195  -8.082538814529859E-4
    x195      obj       -0.0011075562128440117   tail195   -0.010000000000000104
    x195      mono195   -1             icup195   -8.082538814529859E-4
    x195      mono196   1              icdown196  -8.121870058501429E-4
    x196      obj       -0.0011156780829025131   tail196   -0.010000000000000104
    x196      mono196   -1             icup196   -8.121870058501429E-4
    x196      mono197   1              icdown197  -8.161585962404082E-4
    x197      obj       -0.0011238396688649174   tail197   -0.010000000000000104
    x197      mono197   -1             icup197   -8.161585962404082E-4
    x197      mono198   1              icdown198  -8.201692196945367E-4
    x198      obj       -0.0011320413610618628   tail198   -0.010000000000000104
    x198      mono198   -1             icup198   -8.201692196945367E-4
    x198      mono199   1              icdown199  -8.242194544848268E-4
    x199      obj       -0.0011402835556067112   tail199   -0.010000000000000104
    x199      mono199   -1             icup199   -8.242194544848268E-4
    x199      mono200   1              icdown200  -8.283098903630336E-4
    x200      obj       -0.0011485666545103415   tail200   -0.010000000000000104
    x200      mono200   -1             icup200   -8.283098903630336E-4
    x200      mono201   1              icdown201  -8.324411288466221E-4
    x201      obj       -0.001156891065798808   tail201   -0.010000000000000104
    x201      mono201   -1             icup201   -8.324411288466221E-4
    x201      mono202   1              icdown202  -8.366137835137107E-4
    x202      obj       -0.0011652572036339453   tail202   -0.010000000000000104
    x202      mono202   -1             icup202   -8.366137835137107E-4
    x202      mono203   1              icdown203  -8.408284803068524E-4
    x203      obj       -0.0011736654884370137   tail203   -0.010000000000000104
    x203      mono203   -1             icup203   -8.408284803068524E-4
    x203      mono204   1              icdown204  -8.450858578460084E-4
    x204      obj       -0.0011821163470154738   tail204   -0.010000000000000104
    x204      mono204   -1             icup204   -8.450858578460084E-4
    x204      mono205   1              icdown205  -8.493865677512497E-4
    x205      obj       -0.0011906102126929866   tail205   -0.010000000000000104
    x205      mono205   -1             icup205   -8.493865677512497E-4
    x205      mono206   1              icdown206  -8.537312749750747E-4
    x206      obj       -0.0011991475254427373   tail206   -0.010000000000000104
    x206      mono206   -1             icup206   -8.537312749750747E-4
    x206      mono207   1              icdown207  -8.581206581453274E-4
    x207      obj       -0.0012077287320241908   tail207   -0.010000000000000104
    x207      mono207   -1             icup207   -8.581206581453274E-4
    x207      mono208   1              icdown208  -8.625554099184362E-4
    x208      obj       -0.0012163542861233752   tail208   -0.010000000000000104
    x208      mono208   -1             icup208   -8.625554099184362E-4
    x208      mono209   1              icdown209  -8.670362373439189E-4
    x209      obj       -0.0012250246484968145   tail209   -0.010000000000000104
    x209      mono209   -1             icup209   -8.670362373439189E-4
    x209      mono210   1              icdown210  -8.715638622400429E-4
    x210      obj       -0.001233740287119215   tail210   -0.010000000000000104
    x210      mono210   -1             icup210   -8.715638622400429E-4
    x210      mono211   1              icdown211  -8.761390215815489E-4
    x211      obj       -0.0012425016773350305   tail211   -0.010000000000000104
    x211      mono211   -1             icup211   -8.761390215815489E-4
    x211      mono212   1              icdown212  -8.807624678996037E-4
    x212      obj       -0.0012513093020140266   tail212   -0.010000000000000104
    x212      mono212   -1             icup212   -8.807624678996037E-4
    x212      mono213   1              icdown213  -8.85434969694317E-4
    x213      obj       -0.00126016365171097   tail213   -0.010000000000000104
    x213      mono213   -1             icup213   -8.85434969694317E-4
    x213      mono214   1              icdown214  -8.901573118607292E-4
    x214      obj       -0.0012690652248295773   tail214   -0.010000000000000104
    x214      mono214   -1             icup214   -8.901573118607292E-4
    x214      mono215   1              icdown215  -8.94930296128271E-4
    x215      obj       -0.0012780145277908601   tail215   -0.010000000000000104
    x215      mono215   -1             icup215   -8.94930296128271E-4
    x215      mono216   1              icdown216  -8.997547415144908E-4
    x216      obj       -0.001287012075206005   tail216   -0.010000000000000104
    x216      mono216   -1             icup216   -8.997547415144908E-4
    x216      mono217   1              icdown217  -9.046314847937167E-4
    x217      obj       -0.0012960583900539424   tail217   -0.010000000000000104
    x217      mono217   -1             icup217   -9.046314847937167E-4
    x217      mono218   1              icdown218  -9.095613809807485E-4
    x218      obj       -0.00130515400386375   tail218   -0.010000000000000104
    x218      mono218   -1             icup218   -9.095613809807485E-4
    x218      mono219   1              icdown219  -9.145453038306682E-4
    x219      obj       -0.0013142994569020567   tail219   -0.010000000000000104
    x219      mono219   -1             icup219   -9.145453038306682E-4
    x219      mono220   1              icdown220  -9.195841463551814E-4
    x220      obj       -0.0013234952983656085   tail220   -0.010000000000000104
    x220      mono220   -1             icup220   -9.195841463551814E-4
    x220      mono221   1              icdown221  -9.24678821355894E-4
    x221      obj       -0.0013327420865791677   tail221   -0.010000000000000104
    x221      mono221   -1             icup221   -9.24678821355894E-4
    x221      mono222   1              icdown222  -9.298302619756745E-4
    x222      obj       -0.0013420403891989245   tail222   -0.010000000000000104
    x222      mono222   -1             icup222   -9.298302619756745E-4
    x222      mono223   1              icdown223  -9.350394222684548E-4
    x223      obj       -0.0013513907834216093   tail223   -0.010000000000000104
    x223      mono223   -1             icup223   -9.350394222684548E-4
    x223      mono224   1              icdown224  -9.403072777882818E-4
    x224      obj       -0.0013607938561994923   tail224   -0.010000000000000104
    x224      mono224   -1             icup224   -9.403072777882818E-4
    x224      mono225   1              icdown225  -9.456348261982345E-4
    x225      obj       -0.0013702502044614746   tail225   -0.010000000000000104
    x225      mono225   -1             icup225   -9.456348261982345E-4
    x225      mono226   1              icdown226  -9.510230879006138E-4
    x226      obj       -0.001379760435340481   tail226   -0.010000000000000104
    x226      mono226   -1             icup226   -9.510230879006138E-4
    x226      mono227   1              icdown227  -9.564731066882748E-4
    x227      obj       -0.0013893251664073636   tail227   -0.010000000000000104
    x227      mono227   -1             icup227   -9.564731066882748E-4
    x227      mono228   1              icdown228  -9.619859504187871E-4
    x228      obj       -0.0013989450259115515   tail228   -0.010000000000000104
    x228      mono228   -1             icup228   -9.619859504187871E-4
    x228      mono229   1              icdown229  -9.675627117119638E-4
    x229      obj       -0.0014086206530286713   tail229   -0.010000000000000104
    x229      mono229   -1             icup229   -9.675627117119638E-4
    x229      mono230   1              icdown230  -9.732045086718851E-4
    x230      obj       -0.0014183526981153905   tail230   -0.010000000000000104
    x230      mono230   -1             icup230   -9.732045086718851E-4
    x230      mono231   1              icdown231  -9.789124856340867E-4
    x231      obj       -0.0014281418229717313   tail231   -0.010000000000000104
    x231      mono231   -1             icup231   -9.789124856340867E-4
    x231      mono232   1              icdown232  -9.846878139395988E-4
    x232      obj       -0.0014379887011111273   tail232   -0.010000000000000104
    x232      mono232   -1             icup232   -9.846878139395988E-4
    x232      mono233   1              icdown233  -9.90531692735982E-4
    x233      obj       -0.0014478940180384873   tail233   -0.010000000000000104
    x233      mono233   -1             icup233   -9.90531692735982E-4
    x233      mono234   1              icdown234  -9.96445349807772E-4
    x234      obj       -0.0014578584715365652   tail234   -0.010000000000000104
    x234      mono234   -1             icup234   -9.96445349807772E-4
    x234      mono235   1              icdown235  -0.001002430042436108
    x235      obj       -0.0014678827719609264   tail235   -0.010000000000000104
    x235      mono235   -1             icup235   -0.001002430042436108
    x235      mono236   1              icdown236  -0.00100848705829014
    x236      obj       -0.0014779676425438278   tail236   -0.010000000000000104
    x236      mono236   -1             icup236   -0.00100848705829014
    x236      mono237   1              icdown237  -0.001014617716350588
    x237      obj       -0.0014881138197073338   tail237   -0.010000000000000104
    x237      mono237   -1             icup237   -0.001014617716350588
    x237      mono238   1              icdown238  -0.0010208233678672641
    x238      obj       -0.0014983220533860064   tail238   -0.010000000000000104
    x238      mono238   -1             icup238   -0.0010208233678672641
    x238      mono239   1              icdown239  -0.0010271053973520622
    x239      obj       -0.0015085931073595272   tail239   -0.010000000000000104
    x239      mono239   -1             icup239   -0.0010271053973520622
    x239      mono240   1              icdown240  -0.001033465223608786
    x240      obj       -0.0015189277595956154   tail240   -0.010000000000000104
    x240      mono240   -1             icup240   -0.001033465223608786
    x240      mono241   1              icdown241  -0.0010399043008012965
    x241      obj       -0.0015293268026036282   tail241   -0.010000000000000104
    x241      mono241   -1             icup241   -0.0010399043008012965
    x241      mono242   1              icdown242  -0.0010464241195621675
    x242      obj       -0.0015397910437992502   tail242   -0.010000000000000104
    x242      mono242   -1             icup242   -0.0010464241195621675
    x242      mono243   1              icdown243  -0.0010530262081430678
    x243      obj       -0.001550321305880681   tail243   -0.010000000000000104
    x243      mono243   -1             icup243   -0.0010530262081430678
    x243      mono244   1              icdown244  -0.0010597121336090455
    x244      obj       -0.0015609184272167714   tail244   -0.010000000000000104
    x244      mono244   -1             icup244   -0.0010597121336090455
    x244      mono245   1              icdown245  -0.0010664835030786152
    x245      obj       -0.0015715832622475577   tail245   -0.010000000000000104
    x245      mono245   -1             icup245   -0.0010664835030786152
    x245      mono246   1              icdown246  -0.0010733419650116353
    x246      obj       -0.001582316681897674   tail246   -0.010000000000000104
    x246      mono246   -1             icup246   -0.0010733419650116353
    x246      mono247   1              icdown247  -0.00108028921054731
    x247      obj       -0.0015931195740031474   tail247   -0.010000000000000104
    x247      mono247   -1             icup247   -0.00108028921054731
    x247      mono248   1              icdown248  -0.0010873269748943519
    x248      obj       -0.001603992843752091   tail248   -0.010000000000000104
    x248      mono248   -1             icup248   -0.0010873269748943519
    x248      mono249   1              icdown249  -0.0010944570387759773
    x249      obj       -0.001614937414139851   tail249   -0.010000000000000104
    x249      mono249   -1             icup249   -0.0010944570387759773
    x249      mono250   1              icdown250  -0.0011016812299320267
    x250      obj       -0.0016259542264391712   tail250   -0.010000000000000104
    x250      mono250   -1             icup250   -0.0011016812299320267
    x250      mono251   1              icdown251  -0.001109001424681015
    x251      obj       -0.0016370442406859816   tail251   -0.010000000000000104
    x251      mono251   -1             icup251   -0.001109001424681015
    x251      mono252   1              icdown252  -0.0011164195495449215
    x252      obj       -0.0016482084361814308   tail252   -0.010000000000000104
    x252      mono252   -1             icup252   -0.0011164195495449215
    x252      mono253   1              icdown253  -0.0011239375829394666
    x253      obj       -0.0016594478120108256   tail253   -0.010000000000000104
    x253      mono253   -1             icup253   -0.0011239375829394666
    x253      mono254   1              icdown254  -0.001131557556933433
    x254      obj       -0.0016707633875801603   tail254   -0.010000000000000104
    x254      mono254   -1             icup254   -0.001131557556933433
    x254      mono255   1              icdown255  -0.0011392815590796947
    x255      obj       -0.001682156203170957   tail255   -0.010000000000000104
    x255      mono255   -1             icup255   -0.0011392815590796947
    x255      mono256   1              icdown256  -0.0011471117343220185
    x256      obj       -0.0016936273205141773   tail256   -0.010000000000000104
    x256      mono256   -1             icup256   -0.0011471117343220185
    x256      mono257   1              icdown257  -0.0011550502869810627
    x257      obj       -0.0017051778233839882   tail257   -0.010000000000000104
    x257      mono257   -1             icup257   -0.0011550502869810627
    x257      mono258   1              icdown258  -0.0011630994828229445
    x258      obj       -0.0017168088182122178   tail258   -0.010000000000000104
    x258      mono258   -1             icup258   -0.0011630994828229445
    x258      mono259   1              icdown259  -0.001171261651215789
    x259      obj       -0.0017285214347243756   tail259   -0.010000000000000104
    x259      mono259   -1             icup259   -0.001171261651215789
    x259      mono260   1              icdown260  -0.0011795391873767604
    x260      obj       -0.0017403168265981434   tail260   -0.010000000000000104
    x260      mono260   -1             icup260   -0.0011795391873767604
    x260      mono261   1              icdown261  -0.001187934554715784
    x261      obj       -0.0017521961721453016   tail261   -0.010000000000000104
    x261      mono261   -1             icup261   -0.001187934554715784
    x261      mono262   1              icdown262  -0.0011964502872795148
    x262      obj       -0.0017641606750180968   tail262   -0.010000000000000104
    x262      mono262   -1             icup262   -0.0011964502872795148
    x262      mono263   1              icdown263  -0.0012050889923019275
    x263      obj       -0.001776211564941116   tail263   -0.010000000000000104
    x263      mono263   -1             icup263   -0.0012050889923019275
    x263      mono264   1              icdown264  -0.0012138533528651633
    x264      obj       -0.0017883500984697681   tail264   -0.010000000000000104
    x264      mono264   -1             icup264   -0.0012138533528651633
    x264      mono265   1              icdown265  -0.0012227461306783365
    x265      obj       -0.0018005775597765515   tail265   -0.010000000000000104
    x265      mono265   -1             icup265   -0.0012227461306783365
    x265      mono266   1              icdown266  -0.0012317701689789737
    x266      obj       -0.0018128952614663413   tail266   -0.010000000000000104
    x266      mono266   -1             icup266   -0.0012317701689789737
    x266      mono267   1              icdown267  -0.0012409283955634603
    x267      obj       -0.001825304545421976   tail267   -0.010000000000000104
    x267      mono267   -1             icup267   -0.0012409283955634603
    x267      mono268   1              icdown268  -0.0012502238259547572
    x268      obj       -0.0018378067836815237   tail268   -0.010000000000000104
    x268      mono268   -1             icup268   -0.0012502238259547572
    x268      mono269   1              icdown269  -0.001259659566712428
    x269      obj       -0.001850403379348648   tail269   -0.010000000000000104
    x269      mono269   -1             icup269   -0.001259659566712428
    x269      mono270   1              icdown270  -0.001269238818894429
    x270      obj       -0.0018630957675375927   tail270   -0.010000000000000104
    x270      mono270   -1             icup270   -0.001269238818894429
    x270      mono271   1              icdown271  -0.0012789648816778853
    x271      obj       -0.0018758854163543716   tail271   -0.010000000000000104
    x271      mono271   -1             icup271   -0.0012789648816778853
    x271      mono272   1              icdown272  -0.0012888411561473067
    x272      obj       -0.0018887738279158447   tail272   -0.010000000000000104
    x272      mono272   -1             icup272   -0.0012888411561473067
    x272      mono273   1              icdown273  -0.0012988711492603942
    x273      obj       -0.0019017625394084489   tail273   -0.010000000000000104
    x273      mono273   -1             icup273   -0.0012988711492603942
    x273      mono274   1              icdown274  -0.0013090584779996302
    x274      obj       -0.0019148531241884451   tail274   -0.010000000000000104
    x274      mono274   -1             icup274   -0.0013090584779996302
    x274      mono275   1              icdown275  -0.0013194068737215467
    x275      obj       -0.001928047192925661   tail275   -0.010000000000000104
    x275      mono275   -1             icup275   -0.0013194068737215467
    x275      mono276   1              icdown276  -0.0013299201867134568
    x276      obj       -0.0019413463947927955   tail276   -0.010000000000000104
    x276      mono276   -1             icup276   -0.0013299201867134568
    x276      mono277   1              icdown277  -0.0013406023909698789
    x277      obj       -0.0019547524187024947   tail277   -0.010000000000000104
    x277      mono277   -1             icup277   -0.0013406023909698789
    x277      mono278   1              icdown278  -0.0013514575892012537
    x278      obj       -0.001968266994594507   tail278   -0.010000000000000104
    x278      mono278   -1             icup278   -0.0013514575892012537
    x278      mono279   1              icdown279  -0.0013624900180877024
    x279      obj       -0.0019818918947753844   tail279   -0.010000000000000104
    x279      mono279   -1             icup279   -0.0013624900180877024
    x279      mono280   1              icdown280  -0.0013737040537923923
    x280      obj       -0.0019956289353133083   tail280   -0.010000000000000104
    x280      mono280   -1             icup280   -0.0013737040537923923
    x280      mono281   1              icdown281  -0.0013851042177493698
    x281      obj       -0.0020094799774908025   tail281   -0.010000000000000104
    x281      mono281   -1             icup281   -0.0013851042177493698
    x281      mono282   1              icdown282  -0.0013966951827422403
    x282      obj       -0.0020234469293182247   tail282   -0.010000000000000104
    x282      mono282   -1             icup282   -0.0013966951827422403
    x282      mono283   1              icdown283  -0.0014084817792901524
    x283      obj       -0.0020375317471111264   tail283   -0.010000000000000104
    x283      mono283   -1             icup283   -0.0014084817792901524
    x283      mono284   1              icdown284  -0.0014204690023604661
    x284      obj       -0.0020517364371347314   tail284   -0.010000000000000104
    x284      mono284   -1             icup284   -0.0014204690023604661
    x284      mono285   1              icdown285  -0.0014326620184266755
    x285      obj       -0.002066063057318998   tail285   -0.010000000000000104
    x285      mono285   -1             icup285   -0.0014326620184266755
    x285      mono286   1              icdown286  -0.001445066172893186
    x286      obj       -0.00208051371904793   tail286   -0.010000000000000104
    x286      mono286   -1             icup286   -0.001445066172893186
    x286      mono287   1              icdown287  -0.00145768699790945
    x287      obj       -0.0020950905890270246   tail287   -0.010000000000000104
    x287      mono287   -1             icup287   -0.00145768699790945
    x287      mono288   1              icdown288  -0.0014705302205965062
    x288      obj       -0.00210979589123299   tail288   -0.010000000000000104
    x288      mono288   -1             icup288   -0.0014705302205965062
    x288      mono289   1              icdown289  -0.0014836017717131244
    x289      obj       -0.0021246319089501214   tail289   -0.010000000000000104
    x289      mono289   -1             icup289   -0.0014836017717131244
    x289      mono290   1              icdown290  -0.0014969077947877625
    x290      obj       -0.0021396009868979993   tail290   -0.010000000000000104
    x290      mono290   -1             icup290   -0.0014969077947877625
    x290      mono291   1              icdown291  -0.0015104546557462388
    x291      obj       -0.002154705533455462   tail291   -0.010000000000000104
    x291      mono291   -1             icup291   -0.0015104546557462388
    x291      mono292   1              icdown292  -0.0015242489530678824
    x292      obj       -0.0021699480229861404   tail292   -0.010000000000000104
    x292      mono292   -1             icup292   -0.0015242489530678824
    x292      mono293   1              icdown293  -0.001538297528502069
    x293      obj       -0.0021853309982711616   tail293   -0.010000000000000104
    x293      mono293   -1             icup293   -0.001538297528502069
    x293      mono294   1              icdown294  -0.0015526074783841696
    x294      obj       -0.0022008570730550035   tail294   -0.010000000000000104
    x294      mono294   -1             icup294   -0.0015526074783841696
    x294      mono295   1              icdown295  -0.0015671861655880803
    x295      obj       -0.0022165289347108844   tail295   -0.010000000000000104
    x295      mono295   -1             icup295   -0.0015671861655880803
    x295      mono296   1              icdown296  -0.001582041232159028
    x296      obj       -0.002232349347032475   tail296   -0.010000000000000104
    x296      mono296   -1             icup296   -0.001582041232159028
    x296      mono297   1              icdown297  -0.001597180612671682
    x297      obj       -0.0022483211531591917   tail297   -0.010000000000000104
    x297      mono297   -1             icup297   -0.001597180612671682
    x297      mono298   1              icdown298  -0.0016126125483627832
    x298      obj       -0.00226444727864282   tail298   -0.010000000000000104
    x298      mono298   -1             icup298   -0.0016126125483627832
    x298      mono299   1              icdown299  -0.001628345602090514
    x299      obj       -0.002280730734663725   tail299   -0.010000000000000104
    x299      mono299   -1             icup299   -0.001628345602090514
    x299      mono300   1              icdown300  -0.001644388674179382
    x300      obj       -0.0022971746214055194   tail300   -0.010000000000000104
    x300      mono300   -1             icup300   -0.001644388674179382
    x300      mono301   1              icdown301  -0.0016607510192096558
    x301      obj       -0.002313782131597616   tail301   -0.010000000000000104
    x301      mono301   -1             icup301   -0.0016607510192096558
    x301      mono302   1              icdown302  -0.0016774422638205816
    x302      obj       -0.002330556554235822   tail302   -0.010000000000000104
    x302      mono302   -1             icup302   -0.0016774422638205816
    x302      mono303   1              icdown303  -0.0016944724255972396
    x303      obj       -0.0023475012784917944   tail303   -0.010000000000000104
    x303      mono303   -1             icup303   -0.0016944724255972396
    x303      mono304   1              icdown304  -0.0017118519331203836
    x304      obj       -0.0023646197978229983   tail304   -0.010000000000000104
    x304      mono304   -1             icup304   -0.0017118519331203836
    x304      mono305   1              icdown305  -0.0017295916472623923
    x305      obj       -0.0023819157142956227   tail305   -0.010000000000000104
    x305      mono305   -1             icup305   -0.0017295916472623923
    x305      mono306   1              icdown306  -0.0017477028838215733
    x306      obj       -0.0023993927431338385   tail306   -0.010000000000000104
    x306      mono306   -1             icup306   -0.0017477028838215733
    x306      mono307   1              icdown307  -0.0017661974375939207
    x307      obj       -0.002417054717509778   tail307   -0.010000000000000104
    x307      mono307   -1             icup307   -0.0017661974375939207
    x307      mono308   1              icdown308  -0.0017850876079890188
    x308      obj       -0.0024349055935896685   tail308   -0.010000000000000104
    x308      mono308   -1             icup308   -0.0017850876079890188
    x308      mono309   1              icdown309  -0.0018043862263082075
    x309      obj       -0.002452949455852751   tail309   -0.010000000000000104
    x309      mono309   -1             icup309   -0.0018043862263082075
    x309      mono310   1              icdown310  -0.0018241066848114168
    x310      obj       -0.002471190522700865   tail310   -0.010000000000000104
    x310      mono310   -1             icup310   -0.0018241066848114168
    x310      mono311   1              icdown311  -0.0018442629677110568
    x311      obj       -0.0024896331523779755   tail311   -0.010000000000000104
    x311      mono311   -1             icup311   -0.0018442629677110568
    x311      mono312   1              icdown312  -0.0018648696842441294
    x312      obj       -0.0025082818492204173   tail312   -0.010000000000000104
    x312      mono312   -1             icup312   -0.0018648696842441294
    x312      mono313   1              icdown313  -0.0018859421039865163
    x313      obj       -0.0025271412702602826   tail313   -0.010000000000000104
    x313      mono313   -1             icup313   -0.0018859421039865163
    x313      mono314   1              icdown314  -0.0019074961945888887
    x314      obj       -0.002546216232206172   tail314   -0.010000000000000104
    x314      mono314   -1             icup314   -0.0019074961945888887
    x314      mono315   1              icdown315  -0.0019295486621307696
    x315      obj       -0.0025655117188274797   tail315   -0.010000000000000104
    x315      mono315   -1             icup315   -0.0019295486621307696
    x315      mono316   1              icdown316  -0.0019521169943059534
    x316      obj       -0.002585032888770539   tail316   -0.010000000000000104
    x316      mono316   -1             icup316   -0.0019521169943059534
    x316      mono317   1              icdown317  -0.001975219506675581
    x317      obj       -0.0026047850838372953   tail317   -0.010000000000000104
    x317      mono317   -1             icup317   -0.001975219506675581
    x317      mono318   1              icdown318  -0.00199887539224388
    x318      obj       -0.0026247738377597344   tail318   -0.010000000000000104
    x318      mono318   -1             icup318   -0.00199887539224388
    x318      mono319   1              icdown319  -0.0020231047746407465
    x319      obj       -0.0026450048855061418   tail319   -0.010000000000000104
    x319      mono319   -1             icup319   -0.0020231047746407465
    x319      mono320   1              icdown320  -0.0020479287652193263
    x320      obj       -0.0026654841731583354   tail320   -0.010000000000000104
    x320      mono320   -1             icup320   -0.0020479287652193263
    x320      mono321   1              icdown321  -0.002073369524410064
    x321      obj       -0.0026862178684024366   tail321   -0.010000000000000104
    x321      mono321   -1             icup321   -0.002073369524410064
    x321      mono322   1              icdown322  -0.002099450327705235
    x322      obj       -0.002707212371679489   tail322   -0.010000000000000104
    x322      mono322   -1             icup322   -0.002099450327705235
    x322      mono323   1              icdown323  -0.002126195636687661
    x323      obj       -0.002728474328046366   tail323   -0.010000000000000104
    x323      mono323   -1             icup323   -0.002126195636687661
    x323      mono324   1              icdown324  -0.002153631175558927
    x324      obj       -0.002750010639801955   tail324   -0.010000000000000104
    x324      mono324   -1             icup324   -0.002153631175558927
    x324      mono325   1              icdown325  -0.002181784013670348
    x325      obj       -0.0027718284799386587   tail325   -0.010000000000000104
    x325      mono325   -1             icup325   -0.002181784013670348
    x325      mono326   1              icdown326  -0.0022106826546130606
    x326      obj       -0.0027939353064847894   tail326   -0.010000000000000104
    x326      mono326   -1             icup326   -0.0022106826546130606
    x326      mono327   1              icdown327  -0.0022403571324843695
    x327      obj       -0.0028163388778096334   tail327   -0.010000000000000104
    x327      mono327   -1             icup327   -0.0022403571324843695
    x327      mono328   1              icdown328  -0.0022708391160131463
    x328      obj       -0.0028390472689697652   tail328   -0.010000000000000104
    x328      mono328   -1             icup328   -0.0022708391160131463
    x328      mono329   1              icdown329  -0.0023021620213030444
    x329      obj       -0.002862068889182796   tail329   -0.010000000000000104
    x329      mono329   -1             icup329   -0.0023021620213030444
    x329      mono330   1              icdown330  -0.0023343611340387706
    x330      obj       -0.0028854125005231836   tail330   -0.010000000000000104
    x330      mono330   -1             icup330   -0.0023343611340387706
    x330      mono331   1              icdown331  -0.0023674737420925074
    x331      obj       -0.0029090872379441096   tail331   -0.010000000000000104
    x331      mono331   -1             icup331   -0.0023674737420925074
    x331      mono332   1              icdown332  -0.0024015392795814793
    x332      obj       -0.002933102630739924   tail332   -0.010000000000000104
    x332      mono332   -1             icup332   -0.0024015392795814793
    x332      mono333   1              icdown333  -0.0024365994835434997
    x333      obj       -0.0029574686255753593   tail333   -0.010000000000000104
    x333      mono333   -1             icup333   -0.0024365994835434997
    x333      mono334   1              icdown334  -0.002472698564542397
    x334      obj       -0.0029821956112207836   tail334   -0.010000000000000104
    x334      mono334   -1             icup334   -0.002472698564542397
    x334      mono335   1              icdown335  -0.0025098833926671853
    x335      obj       -0.003007294445147456   tail335   -0.010000000000000104
    x335      mono335   -1             icup335   -0.0025098833926671853
    x335      mono336   1              icdown336  -0.002548203700572351
    x336      obj       -0.0030327764821531794   tail336   -0.010000000000000104
    x336      mono336   -1             icup336   -0.002548203700572351
    x336      mono337   1              icdown337  -0.002587712305407701
    x337      obj       -0.0030586536052072573   tail337   -0.010000000000000104
    x337      mono337   -1             icup337   -0.002587712305407701
    x337      mono338   1              icdown338  -0.002628465351721177
    x338      obj       -0.003084938258724469   tail338   -0.010000000000000104
    x338      mono338   -1             icup338   -0.002628465351721177
    x338      mono339   1              icdown339  -0.002670522577683336
    x339      obj       -0.0031116434845013022   tail339   -0.010000000000000104
    x339      mono339   -1             icup339   -0.002670522577683336
    x339      mono340   1              icdown340  -0.002713947607288956
    x340      obj       -0.0031387829605741924   tail340   -0.010000000000000104
    x340      mono340   -1             icup340   -0.002713947607288956
    x340      mono341   1              icdown341  -0.002758808271541725
    x341      obj       -0.00316637104328961   tail341   -0.010000000000000104
    x341      mono341   -1             icup341   -0.002758808271541725
    x341      mono342   1              icdown342  -0.00280517696203243
    x342      obj       -0.0031944228129099344   tail342   -0.010000000000000104
    x342      mono342   -1             icup342   -0.00280517696203243
    x342      mono343   1              icdown343  -0.0028531310207871047
    x343      obj       -0.003222954123117806   tail343   -0.010000000000000104
    x343      mono343   -1             icup343   -0.0028531310207871047
    x343      mono344   1              icdown344  -0.002902753170802636
    x344      obj       -0.0032519816548258326   tail344   -0.010000000000000104
    x344      mono344   -1             icup344   -0.002902753170802636
    x344      mono345   1              icdown345  -0.0029541319923096676
    x345      obj       -0.00328152297474893   tail345   -0.010000000000000104
    x345      mono345   -1             icup345   -0.0029541319923096676
    x345      mono346   1              icdown346  -0.003007362450534001
    x346      obj       -0.00331159659925427   tail346   -0.010000000000000104
    x346      mono346   -1             icup346   -0.003007362450534001
    x346      mono347   1              icdown347  -0.003062546481569951
    x347      obj       -0.00334222206406997   tail347   -0.010000000000000104
    x347      mono347   -1             icup347   -0.003062546481569951
    x347      mono348   1              icdown348  -0.00311979364397225
    x348      obj       -0.003373420000509693   tail348   -0.010000000000000104
    x348      mono348   -1             icup348   -0.00311979364397225
    x348      mono349   1              icdown349  -0.00317922184483071
    x349      obj       -0.003405212218958   tail349   -0.010000000000000104
    x349      mono349   -1             icup349   -0.00317922184483071
    x349      mono350   1              icdown350  -0.00324095815045326
    x350      obj       -0.003437621800462533   tail350   -0.010000000000000104
    x350      mono350   -1             icup350   -0.00324095815045326
    x350      mono351   1              icdown351  -0.003305139693389038
    x351      obj       -0.003470673197396424   tail351   -0.010000000000000104
    x351      mono351   -1             icup351   -0.003305139693389038
    x351      mono352   1              icdown352  -0.003371914689417821
    x352      obj       -0.003504392344290602   tail352   -0.010000000000000104
    x352      mono352   -1             icup352   -0.003371914689417821
    x352      mono353   1              icdown353  -0.003441443580382776
    x353      obj       -0.0035388067800944303   tail353   -0.010000000000000104
    x353      mono353   -1             icup353   -0.003441443580382776
    x353      mono354   1              icdown354  -0.003513900321415494
    x354      obj       -0.0035739457833085858   tail354   -0.010000000000000104
    x354      mono354   -1             icup354   -0.003513900321415494
    x354      mono355   1              icdown355  -0.0035894738342972634
    x355      obj       -0.0036098405216515583   tail355   -0.010000000000000104
    x355      mono355   -1             icup355   -0.0035894738342972634
    x355      mono356   1              icdown356  -0.0036683696525224366
    x356      obj       -0.0036465242181767834   tail356   -0.010000000000000104
    x356      mono356   -1             icup356   -0.0036683696525224366
    x356      mono357   1              icdown357  -0.0037508117882306454
    x357      obj       -0.00368403233605909   tail357   -0.010000000000000104
    x357      mono357   -1             icup357   -0.0037508117882306454
    x357      mono358   1              icdown358  -0.003837044856719695
    x358      obj       -0.003722402784626287   tail358   -0.010000000000000104
    x358      mono358   -1             icup358   -0.003837044856719695
    x358      mono359   1              icdown359  -0.003927336500981534
    x359      obj       -0.0037616761496361032   tail359   -0.010000000000000104
    x359      mono359   -1             icup359   -0.003927336500981534
    x359      mono360   1              icdown360  -0.004021980166884589
    x360      obj       -0.0038018959513049493   tail360   -0.010000000000000104
    x360      mono360   -1             icup360   -0.004021980166884589
    x360      mono361   1              icdown361  -0.004121298289629391
    x361      obj       -0.003843108934201244   tail361   -0.010000000000000104
    x361      mono361   -1             icup361   -0.004121298289629391
    x361      mono362   1              icdown362  -0.004225645964392896
    x362      obj       -0.0038853653938451735   tail362   -0.010000000000000104
    x362      mono362   -1             icup362   -0.004225645964392896
    x362      mono363   1              icdown363  -0.004335415189229274
    x363      obj       -0.003928719545737467   tail363   -0.010000000000000104
    x363      mono363   -1             icup363   -0.004335415189229274
    x363      mono364   1              icdown364  -0.00445103978709743
    x364      obj       -0.003973229943608441   tail364   -0.010000000000000104
    x364      mono364   -1             icup364   -0.00445103978709743
    x364      mono365   1              icdown365  -0.004573001137316264
    x365      obj       -0.004018959954981605   tail365   -0.010000000000000104
    x365      mono365   -1             icup365   -0.004573001137316264
    x365      mono366   1              icdown366  -0.004701834876131204
    x366      obj       -0.004065978303742917   tail366   -0.010000000000000104
    x366      mono366   -1             icup366   -0.004701834876131204
    x366      mono367   1              icdown367  -0.004838138763125016
    x367      obj       -0.004114359691374168   tail367   -0.010000000000000104
    x367      mono367   -1             icup367   -0.004838138763125016
    x367      mono368   1              icdown368  -0.0049825819572096195
    x368      obj       -0.004164185510946264   tail368   -0.010000000000000104
    x368      mono368   -1             icup368   -0.0049825819572096195
    x368      mono369   1              icdown369  -0.005135916005980015
    x369      obj       -0.004215544671006066   tail369   -0.010000000000000104
    x369      mono369   -1             icup369   -0.005135916005980015
    x369      mono370   1              icdown370  -0.005298987929404512
    x370      obj       -0.00426853455030011   tail370   -0.010000000000000104
    x370      mono370   -1             icup370   -0.005298987929404512
    x370      mono371   1              icdown371  -0.005472755878830681
    x371      obj       -0.0043232621090884184   tail371   -0.010000000000000104
    x371      mono371   -1             icup371   -0.005472755878830681
    x371      mono372   1              icdown372  -0.0056583079828195345
    x372      obj       -0.004379845188916614   tail372   -0.010000000000000104
    x372      mono372   -1             icup372   -0.0056583079828195345
    x372      mono373   1              icdown373  -0.005856885163112267
    x373      obj       -0.004438414040547737   tail373   -0.010000000000000104
    x373      mono373   -1             icup373   -0.005856885163112267
    x373      mono374   1              icdown374  -0.00606990893210399
    x374      obj       -0.004499113129868778   tail374   -0.010000000000000104
    x374      mono374   -1             icup374   -0.00606990893210399
    x374      mono375   1              icdown375  -0.00629901548880296
    x375      obj       -0.004562103284756808   tail375   -0.010000000000000104
    x375      mono375   -1             icup375   -0.00629901548880296
    x375      mono376   1              icdown376  -0.006546097843842298
    x376      obj       -0.004627564263195232   tail376   -0.010000000000000104
    x376      mono376   -1             icup376   -0.006546097843842298
    x376      mono377   1              icdown377  -0.006813358269800597
    x377      obj       -0.004695697845893239   tail377   -0.010000000000000104
    x377      mono377   -1             icup377   -0.006813358269800597
    x377      mono378   1              icdown378  -0.007103374155712683
    x378      obj       -0.004766731587450366   tail378   -0.010000000000000104
    x378      mono378   -1             icup378   -0.007103374155712683
    x378      mono379   1              icdown379  -0.007419181440753157
    x379      obj       -0.004840923401857898   tail379   -0.010000000000000104
    x379      mono379   -1             icup379   -0.007419181440753157
    x379      mono380   1              icdown380  -0.00776438135770123
    x380      obj       -0.004918567215434912   tail380   -0.010000000000000104
    x380      mono380   -1             icup380   -0.00776438135770123
    x380      mono381   1              icdown381  -0.00814327845651398
    x381      obj       -0.005000000000000052   tail381   -0.010000000000000104
    x381      mono381   -1             icup381   -0.00814327845651398
    x381      mono382   1              icdown382  -0.00856106115362217
    x382      obj       -0.005085610611536275   tail382   -0.010000000000000104
    x382      mono382   -1             icup382   -0.00856106115362217
    x382      mono383   1              icdown383  -0.00902404092441362
    x383      obj       -0.005175851020780412   tail383   -0.010000000000000104
    x383      mono383   -1             icup383   -0.00902404092441362
    x383      mono384   1              icdown384  -0.009539973639256294
    x384      obj       -0.005271250757172976   tail384   -0.010000000000000104
    x384      mono384   -1             icup384   -0.009539973639256294
    x384      mono385   1              icdown385  -0.01011849796318956
    x385      obj       -0.005372435736804873   tail385   -0.010000000000000104
    x385      mono385   -1             icup385   -0.01011849796318956
    x385      mono386   1              icdown386  -0.010771743808235267
    x386      obj       -0.005480153174887227   tail386   -0.010000000000000104
    x386      mono386   -1             icup386   -0.010771743808235267
    x386      mono387   1              icdown387  -0.011515193145931801
    x387      obj       -0.005595305106346545   tail387   -0.010000000000000104
    x387      mono387   -1             icup387   -0.011515193145931801
    x387      mono388   1              icdown388  -0.01236892442090695
    x388      obj       -0.0057189943505556165   tail388   -0.010000000000000104
    x388      mono388   -1             icup388   -0.01236892442090695
    x388      mono389   1              icdown389  -0.013359456113642894
    x389      obj       -0.005852588911692047   tail389   -0.010000000000000104
    x389      mono389   -1             icup389   -0.013359456113642894
    x389      mono390   1              icdown390  -0.01452255559646584
    x390      obj       -0.005997814467656707   tail390   -0.010000000000000104
    x390      mono390   -1             icup390   -0.01452255559646584
    x390      mono391   1              icdown391  -0.01590765981421521
    x391      obj       -0.0061568910657988606   tail391   -0.010000000000000104
    x391      mono391   -1             icup391   -0.01590765981421521
    x391      mono392   1              icdown392  -0.01758510207803579
    x392      obj       -0.00633274208657922   tail392   -0.010000000000000104
    x392      mono392   -1             icup392   -0.01758510207803579
    x392      mono393   1              icdown393  -0.019658471602445854
    x393      obj       -0.006529326802603681   tail393   -0.010000000000000104
    x393      mono393   -1             icup393   -0.019658471602445854
    x393      mono394   1              icdown394  -0.022286936954166996
    x394      obj       -0.006752196172145354   tail394   -0.010000000000000104
    x394      mono394   -1             icup394   -0.022286936954166996
    x394      mono395   1              icdown395  -0.02572838053454992
    x395      obj       -0.0070094799774908555   tail395   -0.010000000000000104
    x395      mono395   -1             icup395   -0.02572838053454992
    x395      mono396   1              icdown396  -0.030430215410680975
    x396      obj       -0.007313782131597667   tail396   -0.010000000000000104
    x396      mono396   -1             icup396   -0.030430215410680975
    x396      mono397   1              icdown397  -0.037243573680481645
    x397      obj       -0.007686217868402488   tail397   -0.010000000000000104
    x397      mono397   -1             icup397   -0.037243573680481645
    x397      mono398   1              icdown398  -0.048015317488716985
    x398      obj       -0.008166371043289664   tail398   -0.010000000000000104
    x398      mono398   -1             icup398   -0.048015317488716985
    x398      mono399   1              icdown399  -0.06767378909116262
    x399      obj       -0.008843108934201297   tail399   -0.010000000000000104
    x399      mono399   -1             icup399   -0.06767378909116262
    x399      mono400   1              icdown400  -0.1156891065798796
    x400      obj       -0.010000000000000104   tail400   -0.010000000000000104
    x400      mono400   -1             icup400   -0.1156891065798796
    u1        obj       0.010000000000000104   icdown2   -1
    u1        icup2     -1             nosubsidy  1
    u2        obj       0.010000000000000104   icdown2   1
    u2        icup2     1              icdown3   -1
    u2        icup3     -1
    u3        obj       0.010000000000000104   icdown3   1
    u3        icup3     1              icdown4   -1
    u3        icup4     -1
    u4        obj       0.010000000000000104   icdown4   1
    u4        icup4     1              icdown5   -1
    u4        icup5     -1
    u5        obj       0.010000000000000104   icdown5   1
    u5        icup5     1              icdown6   -1
    u5        icup6     -1
    u6        obj       0.010000000000000104   icdown6   1
    u6        icup6     1              icdown7   -1
    u6        icup7     -1
    u7        obj       0.010000000000000104   icdown7   1
    u7        icup7     1              icdown8   -1
    u7        icup8     -1
    u8        obj       0.010000000000000104   icdown8   1
    u8        icup8     1              icdown9   -1
    u8        icup9     -1
    u9        obj       0.010000000000000104   icdown9   1
    u9        icup9     1              icdown10  -1
    u9        icup10    -1
    u10       obj       0.010000000000000104   icdown10  1
    u10       icup10    1              icdown11  -1
    u10       icup11    -1
    u11       obj       0.010000000000000104   icdown11  1
    u11       icup11    1              icdown12  -1
    u11       icup12    -1
    u12       obj       0.010000000000000104   icdown12  1
    u12       icup12    1              icdown13  -1
    u12       icup13    -1
    u13       obj       0.010000000000000104   icdown13  1
    u13       icup13    1              icdown14  -1
    u13       icup14    -1
    u14       obj       0.010000000000000104   icdown14  1
    u14       icup14    1              icdown15  -1
    u14       icup15    -1
    u15       obj       0.010000000000000104   icdown15  1
    u15       icup15    1              icdown16  -1
    u15       icup16    -1
    u16       obj       0.010000000000000104   icdown16  1
    u16       icup16    1              icdown17  -1
    u16       icup17    -1
    u17       obj       0.010000000000000104   icdown17  1
    u17       icup17    1              icdown18  -1
    u17       icup18    -1
    u18       obj       0.010000000000000104   icdown18  1
    u18       icup18    1              icdown19  -1
    u18       icup19    -1
    u19       obj       0.010000000000000104   icdown19  1
    u19       icup19    1              icdown20  -1
    u19       icup20    -1
    u20       obj       0.010000000000000104   icdown20  1
    u20       icup20    1              icdown21  -1
    u20       icup21    -1
    u21       obj       0.010000000000000104   icdown21  1
    u21       icup21    1              icdown22  -1
    u21       icup22    -1
    u22       obj       0.010000000000000104   icdown22  1
    u22       icup22    1              icdown23  -1
    u22       icup23    -1
    u23       obj       0.010000000000000104   icdown23  1
    u23       icup23    1              icdown24  -1
    u23       icup24    -1
    u24       obj       0.010000000000000104   icdown24  1
    u24       icup24    1              icdown25  -1
    u24       icup25    -1
    u25       obj       0.010000000000000104   icdown25  1
    u25       icup25    1              icdown26  -1
    u25       icup26    -1
    u26       obj       0.010000000000000104   icdown26  1
    u26       icup26    1              icdown27  -1
    u26       icup27    -1
    u27       obj       0.010000000000000104   icdown27  1
    u27       icup27    1              icdown28  -1
    u27       icup28    -1
    u28       obj       0.010000000000000104   icdown28  1
    u28       icup28    1              icdown29  -1
    u28       icup29    -1
    u29       obj       0.010000000000000104   icdown29  1
    u29       icup29    1              icdown30  -1
    u29       icup30    -1
    u30       obj       0.010000000000000104   icdown30  1
    u30       icup30    1              icdown31  -1
    u30       icup31    -1
    u31       obj       0.010000000000000104   icdown31  1
    u31       icup31    1              icdown32  -1
    u31       icup32    -1
    u32       obj       0.010000000000000104   icdown32  1
    u32       icup32    1              icdown33  -1
    u32       icup33    -1
    u33       obj       0.010000000000000104   icdown33  1
    u33       icup33    1              icdown34  -1
    u33       icup34    -1
    u34       obj       0.010000000000000104   icdown34  1
    u34       icup34    1              icdown35  -1
    u34       icup35    -1
    u35       obj       0.010000000000000104   icdown35  1
    u35       icup35    1              icdown36  -1
    u35       icup36    -1
    u36       obj       0.010000000000000104   icdown36  1
    u36       icup36    1              icdown37  -1
    u36       icup37    -1
    u37       obj       0.010000000000000104   icdown37  1
    u37       icup37    1              icdown38  -1
    u37       icup38    -1
    u38       obj       0.010000000000000104   icdown38  1
    u38       icup38    1              icdown39  -1
    u38       icup39    -1
    u39       obj       0.010000000000000104   icdown39  1
    u39       icup39    1              icdown40  -1
    u39       icup40    -1
    u40       obj       0.010000000000000104   icdown40  1
    u40       icup40    1              icdown41  -1
    u40       icup41    -1
    u41       obj       0.010000000000000104   icdown41  1
    u41       icup41    1              icdown42  -1
    u41       icup42    -1
    u42       obj       0.010000000000000104   icdown42  1
    u42       icup42    1              icdown43  -1
    u42       icup43    -1
    u43       obj       0.010000000000000104   icdown43  1
    u43       icup43    1              icdown44  -1
    u43       icup44    -1
    u44       obj       0.010000000000000104   icdown44  1
    u44       icup44    1              icdown45  -1
    u44       icup45    -1
    u45       obj       0.010000000000000104   icdown45  1
    u45       icup45    1              icdown46  -1
    u45       icup46    -1
    u46       obj       0.010000000000000104   icdown46  1
    u46       icup46    1              icdown47  -1
    u46       icup47    -1
    u47       obj       0.010000000000000104   icdown47  1
    u47       icup47    1              icdown48  -1
    u47       icup48    -1
    u48       obj       0.010000000000000104   icdown48  1
    u48       icup48    1              icdown49  -1
    u48       icup49    -1
    u49       obj       0.010000000000000104   icdown49  1
    u49       icup49    1              icdown50  -1
    u49       icup50    -1
    u50       obj       0.010000000000000104   icdown50  1
    u50       icup50    1              icdown51  -1
    u50       icup51    -1
    u51       obj       0.010000000000000104   icdown51  1
    u51       icup51    1              icdown52  -1
    u51       icup52    -1
    u52       obj       0.010000000000000104   icdown52  1
    u52       icup52    1              icdown53  -1
    u52       icup53    -1
    u53       obj       0.010000000000000104   icdown53  1
    u53       icup53    1              icdown54  -1
    u53       icup54    -1
    u54       obj       0.010000000000000104   icdown54  1
    u54       icup54    1              icdown55  -1
    u54       icup55    -1
    u55       obj       0.010000000000000104   icdown55  1
    u55       icup55    1              icdown56  -1
    u55       icup56    -1
    u56       obj       0.010000000000000104   icdown56  1
    u56       icup56    1              icdown57  -1
    u56       icup57    -1
    u57       obj       0.010000000000000104   icdown57  1
    u57       icup57    1              icdown58  -1
    u57       icup58    -1
    u58       obj       0.010000000000000104   icdown58  1
    u58       icup58    1              icdown59  -1
    u58       icup59    -1
    u59       obj       0.010000000000000104   icdown59  1
    u59       icup59    1              icdown60  -1
    u59       icup60    -1
    u60       obj       0.010000000000000104   icdown60  1
    u60       icup60    1              icdown61  -1
    u60       icup61    -1
    u61       obj       0.010000000000000104   icdown61  1
    u61       icup61    1              icdown62  -1
    u61       icup62    -1
    u62       obj       0.010000000000000104   icdown62  1
    u62       icup62    1              icdown63  -1
    u62       icup63    -1
    u63       obj       0.010000000000000104   icdown63  1
    u63       icup63    1              icdown64  -1
    u63       icup64    -1
    u64       obj       0.010000000000000104   icdown64  1
    u64       icup64    1              icdown65  -1
    u64       icup65    -1
    u65       obj       0.010000000000000104   icdown65  1
    u65       icup65    1              icdown66  -1
    u65       icup66    -1
    u66       obj       0.010000000000000104   icdown66  1
    u66       icup66    1              icdown67  -1
    u66       icup67    -1
    u67       obj       0.010000000000000104   icdown67  1
    u67       icup67    1              icdown68  -1
    u67       icup68    -1
    u68       obj       0.010000000000000104   icdown68  1
    u68       icup68    1              icdown69  -1
    u68       icup69    -1
    u69       obj       0.010000000000000104   icdown69  1
    u69       icup69    1              icdown70  -1
    u69       icup70    -1
    u70       obj       0.010000000000000104   icdown70  1
    u70       icup70    1              icdown71  -1
    u70       icup71    -1
    u71       obj       0.010000000000000104   icdown71  1
    u71       icup71    1              icdown72  -1
    u71       icup72    -1
    u72       obj       0.010000000000000104   icdown72  1
    u72       icup72    1              icdown73  -1
    u72       icup73    -1
    u73       obj       0.010000000000000104   icdown73  1
    u73       icup73    1              icdown74  -1
    u73       icup74    -1
    u74       obj       0.010000000000000104   icdown74  1
    u74       icup74    1              icdown75  -1
    u74       icup75    -1
    u75       obj       0.010000000000000104   icdown75  1
    u75       icup75    1              icdown76  -1
    u75       icup76    -1
    u76       obj       0.010000000000000104   icdown76  1
    u76       icup76    1              icdown77  -1
    u76       icup77    -1
    u77       obj       0.010000000000000104   icdown77  1
    u77       icup77    1              icdown78  -1
    u77       icup78    -1
    u78       obj       0.010000000000000104   icdown78  1
    u78       icup78    1              icdown79  -1
    u78       icup79    -1
    u79       obj       0.010000000000000104   icdown79  1
    u79       icup79    1              icdown80  -1
    u79       icup80    -1
    u80       obj       0.010000000000000104   icdown80  1
    u80       icup80    1              icdown81  -1
    u80       icup81    -1
    u81       obj       0.010000000000000104   icdown81  1
    u81       icup81    1              icdown82  -1
    u81       icup82    -1
    u82       obj       0.010000000000000104   icdown82  1
    u82       icup82    1              icdown83  -1
    u82       icup83    -1
    u83       obj       0.010000000000000104   icdown83  1
    u83       icup83    1              icdown84  -1
    u83       icup84    -1
    u84       obj       0.010000000000000104   icdown84  1
    u84       icup84    1              icdown85  -1
    u84       icup85    -1
    u85       obj       0.010000000000000104   icdown85  1
    u85       icup85    1              icdown86  -1
    u85       icup86    -1
    u86       obj       0.010000000000000104   icdown86  1
    u86       icup86    1              icdown87  -1
    u86       icup87    -1
    u87       obj       0.010000000000000104   icdown87  1
    u87       icup87    1              icdown88  -1
    u87       icup88    -1
    u88       obj       0.010000000000000104   icdown88  1
    u88       icup88    1              icdown89  -1
    u88       icup89    -1
    u89       obj       0.010000000000000104   icdown89  1
    u89       icup89    1              icdown90  -1
    u89       icup90    -1
    u90       obj       0.010000000000000104   icdown90  1
    u90       icup90    1              icdown91  -1
    u90       icup91    -1
    u91       obj       0.010000000000000104   icdown91  1
    u91       icup91    1              icdown92  -1
    u91       icup92    -1
    u92       obj       0.010000000000000104   icdown92  1
    u92       icup92    1              icdown93  -1
    u92       icup93    -1
    u93       obj       0.010000000000000104   icdown93  1
    u93       icup93    1              icdown94  -1
    u93       icup94    -1
    u94       obj       0.010000000000000104   icdown94  1
    u94       icup94    1              icdown95  -1
    u94       icup95    -1
    u95       obj       0.010000000000000104   icdown95  1
    u95       icup95    1              icdown96  -1
    u95       icup96    -1
    u96       obj       0.010000000000000104   icdown96  1
    u96       icup96    1              icdown97  -1
    u96       icup97    -1
    u97       obj       0.010000000000000104   icdown97  1
    u97       icup97    1              icdown98  -1
    u97       icup98    -1
    u98       obj       0.010000000000000104   icdown98  1
    u98       icup98    1              icdown99  -1
    u98       icup99    -1
    u99       obj       0.010000000000000104   icdown99  1
    u99       icup99    1              icdown100  -1
    u99       icup100   -1
    u100      obj       0.010000000000000104   icdown100  1
    u100      icup100   1              icdown101  -1
    u100      icup101   -1
    u101      obj       0.010000000000000104   icdown101  1
    u101      icup101   1              icdown102  -1
    u101      icup102   -1
    u102      obj       0.010000000000000104   icdown102  1
    u102      icup102   1              icdown103  -1
    u102      icup103   -1
    u103      obj       0.010000000000000104   icdown103  1
    u103      icup103   1              icdown104  -1
    u103      icup104   -1
    u104      obj       0.010000000000000104   icdown104  1
    u104      icup104   1              icdown105  -1
    u104      icup105   -1
    u105      obj       0.010000000000000104   icdown105  1
    u105      icup105   1              icdown106  -1
    u105      icup106   -1
    u106      obj       0.010000000000000104   icdown106  1
    u106      icup106   1              icdown107  -1
    u106      icup107   -1
    u107      obj       0.010000000000000104   icdown107  1
    u107      icup107   1              icdown108  -1
    u107      icup108   -1
    u108      obj       0.010000000000000104   icdown108  1
    u108      icup108   1              icdown109  -1
    u108      icup109   -1
    u109      obj       0.010000000000000104   icdown109  1
    u109      icup109   1              icdown110  -1
    u109      icup110   -1
    u110      obj       0.010000000000000104   icdown110  1
    u110      icup110   1              icdown111  -1
    u110      icup111   -1
    u111      obj       0.010000000000000104   icdown111  1
    u111      icup111   1              icdown112  -1
    u111      icup112   -1
    u112      obj       0.010000000000000104   icdown112  1
    u112      icup112   1              icdown113  -1
    u112      icup113   -1
    u113      obj       0.010000000000000104   icdown113  1
    u113      icup113   1              icdown114  -1
    u113      icup114   -1
    u114      obj       0.010000000000000104   icdown114  1
    u114      icup114   1              icdown115  -1
    u114      icup115   -1
    u115      obj       0.010000000000000104   icdown115  1
    u115      icup115   1              icdown116  -1
    u115      icup116   -1
    u116      obj       0.010000000000000104   icdown116  1
    u116      icup116   1              icdown117  -1
    u116      icup117   -1
    u117      obj       0.010000000000000104   icdown117  1
    u117      icup117   1              icdown118  -1
    u117      icup118   -1
    u118      obj       0.010000000000000104   icdown118  1
    u118      icup118   1              icdown119  -1
    u118      icup119   -1
    u119      obj       0.010000000000000104   icdown119  1
    u119      icup119   1              icdown120  -1
    u119      icup120   -1
    u120      obj       0.010000000000000104   icdown120  1
    u120      icup120   1              icdown121  -1
    u120      icup121   -1
    u121      obj       0.010000000000000104   icdown121  1
    u121      icup121   1              icdown122  -1
    u121      icup122   -1
    u122      obj       0.010000000000000104   icdown122  1
    u122      icup122   1              icdown123  -1
    u122      icup123   -1
    u123      obj       0.010000000000000104   icdown123  1
    u123      icup123   1              icdown124  -1
    u123      icup124   -1
    u124      obj       0.010000000000000104   icdown124  1
    u124      icup124   1              icdown125  -1
    u124      icup125   -1
    u125      obj       0.010000000000000104   icdown125  1
    u125      icup125   1              icdown126  -1
    u125      icup126   -1
    u126      obj       0.010000000000000104   icdown126  1
    u126      icup126   1              icdown127  -1
    u126      icup127   -1
    u127      obj       0.010000000000000104   icdown127  1
    u127      icup127   1              icdown128  -1
    u127      icup128   -1
    u128      obj       0.010000000000000104   icdown128  1
    u128      icup128   1              icdown129  -1
    u128      icup129   -1
    u129      obj       0.010000000000000104   icdown129  1
    u129      icup129   1              icdown130  -1
    u129      icup130   -1
    u130      obj       0.010000000000000104   icdown130  1
    u130      icup130   1              icdown131  -1
    u130      icup131   -1
    u131      obj       0.010000000000000104   icdown131  1
    u131      icup131   1              icdown132  -1
    u131      icup132   -1
    u132      obj       0.010000000000000104   icdown132  1
    u132      icup132   1              icdown133  -1
    u132      icup133   -1
    u133      obj       0.010000000000000104   icdown133  1
    u133      icup133   1              icdown134  -1
    u133      icup134   -1
    u134      obj       0.010000000000000104   icdown134  1
    u134      icup134   1              icdown135  -1
    u134      icup135   -1
    u135      obj       0.010000000000000104   icdown135  1
    u135      icup135   1              icdown136  -1
    u135      icup136   -1
    u136      obj       0.010000000000000104   icdown136  1
    u136      icup136   1              icdown137  -1
    u136      icup137   -1
    u137      obj       0.010000000000000104   icdown137  1
    u137      icup137   1              icdown138  -1
    u137      icup138   -1
    u138      obj       0.010000000000000104   icdown138  1
    u138      icup138   1              icdown139  -1
    u138      icup139   -1
    u139      obj       0.010000000000000104   icdown139  1
    u139      icup139   1              icdown140  -1
    u139      icup140   -1
    u140      obj       0.010000000000000104   icdown140  1
    u140      icup140   1              icdown141  -1
    u140      icup141   -1
    u141      obj       0.010000000000000104   icdown141  1
    u141      icup141   1              icdown142  -1
    u141      icup142   -1
    u142      obj       0.010000000000000104   icdown142  1
    u142      icup142   1              icdown143  -1
    u142      icup143   -1
    u143      obj       0.010000000000000104   icdown143  1
    u143      icup143   1              icdown144  -1
    u143      icup144   -1
    u144      obj       0.010000000000000104   icdown144  1
    u144      icup144   1              icdown145  -1
    u144      icup145   -1
    u145      obj       0.010000000000000104   icdown145  1
    u145      icup145   1              icdown146  -1
    u145      icup146   -1
    u146      obj       0.010000000000000104   icdown146  1
    u146      icup146   1              icdown147  -1
    u146      icup147   -1
    u147      obj       0.010000000000000104   icdown147  1
    u147      icup147   1              icdown148  -1
    u147      icup148   -1
    u148      obj       0.010000000000000104   icdown148  1
    u148      icup148   1              icdown149  -1
    u148      icup149   -1
    u149      obj       0.010000000000000104   icdown149  1
    u149      icup149   1              icdown150  -1
    u149      icup150   -1
    u150      obj       0.010000000000000104   icdown150  1
    u150      icup150   1              icdown151  -1
    u150      icup151   -1
    u151      obj       0.010000000000000104   icdown151  1
    u151      icup151   1              icdown152  -1
    u151      icup152   -1
    u152      obj       0.010000000000000104   icdown152  1
    u152      icup152   1              icdown153  -1
    u152      icup153   -1
    u153      obj       0.010000000000000104   icdown153  1
    u153      icup153   1              icdown154  -1
    u153      icup154   -1
    u154      obj       0.010000000000000104   icdown154  1
    u154      icup154   1              icdown155  -1
    u154      icup155   -1
    u155      obj       0.010000000000000104   icdown155  1
    u155      icup155   1              icdown156  -1
    u155      icup156   -1
    u156      obj       0.010000000000000104   icdown156  1
    u156      icup156   1              icdown157  -1
    u156      icup157   -1
    u157      obj       0.010000000000000104   icdown157  1
    u157      icup157   1              icdown158  -1
    u157      icup158   -1
    u158      obj       0.010000000000000104   icdown158  1
    u158      icup158   1              icdown159  -1
    u158      icup159   -1
    u159      obj       0.010000000000000104   icdown159  1
    u159      icup159   1              icdown160  -1
    u159      icup160   -1
    u160      obj       0.010000000000000104   icdown160  1
    u160      icup160   1              icdown161  -1
    u160      icup161   -1
    u161      obj       0.010000000000000104   icdown161  1
    u161      icup161   1              icdown162  -1
    u161      icup162   -1
    u162      obj       0.010000000000000104   icdown162  1
    u162      icup162   1              icdown163  -1
    u162      icup163   -1
    u163      obj       0.010000000000000104   icdown163  1
    u163      icup163   1              icdown164  -1
    u163      icup164   -1
    u164      obj       0.010000000000000104   icdown164  1
    u164      icup164   1              icdown165  -1
    u164      icup165   -1
    u165      obj       0.010000000000000104   icdown165  1
    u165      icup165   1              icdown166  -1
    u165      icup166   -1
    u166      obj       0.010000000000000104   icdown166  1
    u166      icup166   1              icdown167  -1
    u166      icup167   -1
    u167      obj       0.010000000000000104   icdown167  1
    u167      icup167   1              icdown168  -1
    u167      icup168   -1
    u168      obj       0.010000000000000104   icdown168  1
    u168      icup168   1              icdown169  -1
    u168      icup169   -1
    u169      obj       0.010000000000000104   icdown169  1
    u169      icup169   1              icdown170  -1
    u169      icup170   -1
    u170      obj       0.010000000000000104   icdown170  1
    u170      icup170   1              icdown171  -1
    u170      icup171   -1
    u171      obj       0.010000000000000104   icdown171  1
    u171      icup171   1              icdown172  -1
    u171      icup172   -1
    u172      obj       0.010000000000000104   icdown172  1
    u172      icup172   1              icdown173  -1
    u172      icup173   -1
    u173      obj       0.010000000000000104   icdown173  1
    u173      icup173   1              icdown174  -1
    u173      icup174   -1
    u174      obj       0.010000000000000104   icdown174  1
    u174      icup174   1              icdown175  -1
    u174      icup175   -1
    u175      obj       0.010000000000000104   icdown175  1
    u175      icup175   1              icdown176  -1
    u175      icup176   -1
    u176      obj       0.010000000000000104   icdown176  1
    u176      icup176   1              icdown177  -1
    u176      icup177   -1
    u177      obj       0.010000000000000104   icdown177  1
    u177      icup177   1              icdown178  -1
    u177      icup178   -1
    u178      obj       0.010000000000000104   icdown178  1
    u178      icup178   1              icdown179  -1
    u178      icup179   -1
    u179      obj       0.010000000000000104   icdown179  1
    u179      icup179   1              icdown180  -1
    u179      icup180   -1
    u180      obj       0.010000000000000104   icdown180  1
    u180      icup180   1              icdown181  -1
    u180      icup181   -1
    u181      obj       0.010000000000000104   icdown181  1
    u181      icup181   1              icdown182  -1
    u181      icup182   -1
    u182      obj       0.010000000000000104   icdown182  1
    u182      icup182   1              icdown183  -1
    u182      icup183   -1
    u183      obj       0.010000000000000104   icdown183  1
    u183      icup183   1              icdown184  -1
    u183      icup184   -1
    u184      obj       0.010000000000000104   icdown184  1
    u184      icup184   1              icdown185  -1
    u184      icup185   -1
    u185      obj       0.010000000000000104   icdown185  1
    u185      icup185   1              icdown186  -1
    u185      icup186   -1
    u186      obj       0.010000000000000104   icdown186  1
    u186      icup186   1              icdown187  -1
    u186      icup187   -1
    u187      obj       0.010000000000000104   icdown187  1
    u187      icup187   1              icdown188  -1
    u187      icup188   -1
    u188      obj       0.010000000000000104   icdown188  1
    u188      icup188   1              icdown189  -1
    u188      icup189   -1
    u189      obj       0.010000000000000104   icdown189  1
    u189      icup189   1              icdown190  -1
    u189      icup190   -1
    u190      obj       0.010000000000000104   icdown190  1
    u190      icup190   1              icdown191  -1
    u190      icup191   -1
    u191      obj       0.010000000000000104   icdown191  1
    u191      icup191   1              icdown192  -1
    u191      icup192   -1
    u192      obj       0.010000000000000104   icdown192  1
    u192      icup192   1              icdown193  -1
    u192      icup193   -1
    u193      obj       0.010000000000000104   icdown193  1
    u193      icup193   1              icdown194  -1
    u193      icup194   -1
    u194      obj       0.010000000000000104   icdown194  1
    u194      icup194   1              icdown195  -1
    u194      icup195   -1
    u195      obj       0.010000000000000104   icdown195  1
    u195      icup195   1              icdown196  -1
    u195      icup196   -1
    u196      obj       0.010000000000000104   icdown196  1
    u196      icup196   1              icdown197  -1
    u196      icup197   -1
    u197      obj       0.010000000000000104   icdown197  1
    u197      icup197   1              icdown198  -1
    u197      icup198   -1
    u198      obj       0.010000000000000104   icdown198  1
    u198      icup198   1              icdown199  -1
    u198      icup199   -1
    u199      obj       0.010000000000000104   icdown199  1
    u199      icup199   1              icdown200  -1
    u199      icup200   -1
    u200      obj       0.010000000000000104   icdown200  1
    u200      icup200   1              icdown201  -1
    u200      icup201   -1
    u201      obj       0.010000000000000104   icdown201  1
    u201      icup201   1              icdown202  -1
    u201      icup202   -1
    u202      obj       0.010000000000000104   icdown202  1
    u202      icup202   1              icdown203  -1
    u202      icup203   -1
    u203      obj       0.010000000000000104   icdown203  1
    u203      icup203   1              icdown204  -1
    u203      icup204   -1
    u204      obj       0.010000000000000104   icdown204  1
    u204      icup204   1              icdown205  -1
    u204      icup205   -1
    u205      obj       0.010000000000000104   icdown205  1
    u205      icup205   1              icdown206  -1
    u205      icup206   -1
    u206      obj       0.010000000000000104   icdown206  1
    u206      icup206   1              icdown207  -1
    u206      icup207   -1
    u207      obj       0.010000000000000104   icdown207  1
    u207      icup207   1              icdown208  -1
    u207      icup208   -1
    u208      obj       0.010000000000000104   icdown208  1
    u208      icup208   1              icdown209  -1
    u208      icup209   -1
    u209      obj       0.010000000000000104   icdown209  1
    u209      icup209   1              icdown210  -1
    u209      icup210   -1
    u210      obj       0.010000000000000104   icdown210  1
    u210      icup210   1              icdown211  -1
    u210      icup211   -1
    u211      obj       0.010000000000000104   icdown211  1
    u211      icup211   1              icdown212  -1
    u211      icup212   -1
    u212      obj       0.010000000000000104   icdown212  1
    u212      icup212   1              icdown213  -1
    u212      icup213   -1
    u213      obj       0.010000000000000104   icdown213  1
    u213      icup213   1              icdown214  -1
    u213      icup214   -1
    u214      obj       0.010000000000000104   icdown214  1
    u214      icup214   1              icdown215  -1
    u214      icup215   -1
    u215      obj       0.010000000000000104   icdown215  1
    u215      icup215   1              icdown216  -1
    u215      icup216   -1
    u216      obj       0.010000000000000104   icdown216  1
    u216      icup216   1              icdown217  -1
    u216      icup217   -1
    u217      obj       0.010000000000000104   icdown217  1
    u217      icup217   1              icdown218  -1
    u217      icup218   -1
    u218      obj       0.010000000000000104   icdown218  1
    u218      icup218   1              icdown219  -1
    u218      icup219   -1
    u219      obj       0.010000000000000104   icdown219  1
    u219      icup219   1              icdown220  -1
    u219      icup220   -1
    u220      obj       0.010000000000000104   icdown220  1
    u220      icup220   1              icdown221  -1
    u220      icup221   -1
    u221      obj       0.010000000000000104   icdown221  1
    u221      icup221   1              icdown222  -1
    u221      icup222   -1
    u222      obj       0.010000000000000104   icdown222  1
    u222      icup222   1              icdown223  -1
    u222      icup223   -1
    u223      obj       0.010000000000000104   icdown223  1
    u223      icup223   1              icdown224  -1
    u223      icup224   -1
    u224      obj       0.010000000000000104   icdown224  1
    u224      icup224   1              icdown225  -1
    u224      icup225   -1
    u225      obj       0.010000000000000104   icdown225  1
    u225      icup225   1              icdown226  -1
    u225      icup226   -1
    u226      obj       0.010000000000000104   icdown226  1
    u226      icup226   1              icdown227  -1
    u226      icup227   -1
    u227      obj       0.010000000000000104   icdown227  1
    u227      icup227   1              icdown228  -1
    u227      icup228   -1
    u228      obj       0.010000000000000104   icdown228  1
    u228      icup228   1              icdown229  -1
    u228      icup229   -1
    u229      obj       0.010000000000000104   icdown229  1
    u229      icup229   1              icdown230  -1
    u229      icup230   -1
    u230      obj       0.010000000000000104   icdown230  1
    u230      icup230   1              icdown231  -1
    u230      icup231   -1
    u231      obj       0.010000000000000104   icdown231  1
    u231      icup231   1              icdown232  -1
    u231      icup232   -1
    u232      obj       0.010000000000000104   icdown232  1
    u232      icup232   1              icdown233  -1
    u232      icup233   -1
    u233      obj       0.010000000000000104   icdown233  1
    u233      icup233   1              icdown234  -1
    u233      icup234   -1
    u234      obj       0.010000000000000104   icdown234  1
    u234      icup234   1              icdown235  -1
    u234      icup235   -1
    u235      obj       0.010000000000000104   icdown235  1
    u235      icup235   1              icdown236  -1
    u235      icup236   -1
    u236      obj       0.010000000000000104   icdown236  1
    u236      icup236   1              icdown237  -1
    u236      icup237   -1
    u237      obj       0.010000000000000104   icdown237  1
    u237      icup237   1              icdown238  -1
    u237      icup238   -1
    u238      obj       0.010000000000000104   icdown238  1
    u238      icup238   1              icdown239  -1
    u238      icup239   -1
    u239      obj       0.010000000000000104   icdown239  1
    u239      icup239   1              icdown240  -1
    u239      icup240   -1
    u240      obj       0.010000000000000104   icdown240  1
    u240      icup240   1              icdown241  -1
    u240      icup241   -1
    u241      obj       0.010000000000000104   icdown241  1
    u241      icup241   1              icdown242  -1
    u241      icup242   -1
    u242      obj       0.010000000000000104   icdown242  1
    u242      icup242   1              icdown243  -1
    u242      icup243   -1
    u243      obj       0.010000000000000104   icdown243  1
    u243      icup243   1              icdown244  -1
    u243      icup244   -1
    u244      obj       0.010000000000000104   icdown244  1
    u244      icup244   1              icdown245  -1
    u244      icup245   -1
    u245      obj       0.010000000000000104   icdown245  1
    u245      icup245   1              icdown246  -1
    u245      icup246   -1
    u246      obj       0.010000000000000104   icdown246  1
    u246      icup246   1              icdown247  -1
    u246      icup247   -1
    u247      obj       0.010000000000000104   icdown247  1
    u247      icup247   1              icdown248  -1
    u247      icup248   -1
    u248      obj       0.010000000000000104   icdown248  1
    u248      icup248   1              icdown249  -1
    u248      icup249   -1
    u249      obj       0.010000000000000104   icdown249  1
    u249      icup249   1              icdown250  -1
    u249      icup250   -1
    u250      obj       0.010000000000000104   icdown250  1
    u250      icup250   1              icdown251  -1
    u250      icup251   -1
    u251      obj       0.010000000000000104   icdown251  1
    u251      icup251   1              icdown252  -1
    u251      icup252   -1
    u252      obj       0.010000000000000104   icdown252  1
    u252      icup252   1              icdown253  -1
    u252      icup253   -1
    u253      obj       0.010000000000000104   icdown253  1
    u253      icup253   1              icdown254  -1
    u253      icup254   -1
    u254      obj       0.010000000000000104   icdown254  1
    u254      icup254   1              icdown255  -1
    u254      icup255   -1
    u255      obj       0.010000000000000104   icdown255  1
    u255      icup255   1              icdown256  -1
    u255      icup256   -1
    u256      obj       0.010000000000000104   icdown256  1
    u256      icup256   1              icdown257  -1
    u256      icup257   -1
    u257      obj       0.010000000000000104   icdown257  1
    u257      icup257   1              icdown258  -1
    u257      icup258   -1
    u258      obj       0.010000000000000104   icdown258  1
    u258      icup258   1              icdown259  -1
    u258      icup259   -1
    u259      obj       0.010000000000000104   icdown259  1
    u259      icup259   1              icdown260  -1
    u259      icup260   -1
    u260      obj       0.010000000000000104   icdown260  1
    u260      icup260   1              icdown261  -1
    u260      icup261   -1
    u261      obj       0.010000000000000104   icdown261  1
    u261      icup261   1              icdown262  -1
    u261      icup262   -1
    u262      obj       0.010000000000000104   icdown262  1
    u262      icup262   1              icdown263  -1
    u262      icup263   -1
    u263      obj       0.010000000000000104   icdown263  1
    u263      icup263   1              icdown264  -1
    u263      icup264   -1
    u264      obj       0.010000000000000104   icdown264  1
    u264      icup264   1              icdown265  -1
    u264      icup265   -1
    u265      obj       0.010000000000000104   icdown265  1
    u265      icup265   1              icdown266  -1
    u265      icup266   -1
    u266      obj       0.010000000000000104   icdown266  1
    u266      icup266   1              icdown267  -1
    u266      icup267   -1
    u267      obj       0.010000000000000104   icdown267  1
    u267      icup267   1              icdown268  -1
    u267      icup268   -1
    u268      obj       0.010000000000000104   icdown268  1
    u268      icup268   1              icdown269  -1
    u268      icup269   -1
    u269      obj       0.010000000000000104   icdown269  1
    u269      icup269   1              icdown270  -1
    u269      icup270   -1
    u270      obj       0.010000000000000104   icdown270  1
    u270      icup270   1              icdown271  -1
    u270      icup271   -1
    u271      obj       0.010000000000000104   icdown271  1
    u271      icup271   1              icdown272  -1
    u271      icup272   -1
    u272      obj       0.010000000000000104   icdown272  1
    u272      icup272   1              icdown273  -1
    u272      icup273   -1
    u273      obj       0.010000000000000104   icdown273  1
    u273      icup273   1              icdown274  -1
    u273      icup274   -1
    u274      obj       0.010000000000000104   icdown274  1
    u274      icup274   1              icdown275  -1
    u274      icup275   -1
    u275      obj       0.010000000000000104   icdown275  1
    u275      icup275   1              icdown276  -1
    u275      icup276   -1
    u276      obj       0.010000000000000104   icdown276  1
    u276      icup276   1              icdown277  -1
    u276      icup277   -1
    u277      obj       0.010000000000000104   icdown277  1
    u277      icup277   1              icdown278  -1
    u277      icup278   -1
    u278      obj       0.010000000000000104   icdown278  1
    u278      icup278   1              icdown279  -1
    u278      icup279   -1
    u279      obj       0.010000000000000104   icdown279  1
    u279      icup279   1              icdown280  -1
    u279      icup280   -1
    u280      obj       0.010000000000000104   icdown280  1
    u280      icup280   1              icdown281  -1
    u280      icup281   -1
    u281      obj       0.010000000000000104   icdown281  1
    u281      icup281   1              icdown282  -1
    u281      icup282   -1
    u282      obj       0.010000000000000104   icdown282  1
    u282      icup282   1              icdown283  -1
    u282      icup283   -1
    u283      obj       0.010000000000000104   icdown283  1
    u283      icup283   1              icdown284  -1
    u283      icup284   -1
    u284      obj       0.010000000000000104   icdown284  1
    u284      icup284   1              icdown285  -1
    u284      icup285   -1
    u285      obj       0.010000000000000104   icdown285  1
    u285      icup285   1              icdown286  -1
    u285      icup286   -1
    u286      obj       0.010000000000000104   icdown286  1
    u286      icup286   1              icdown287  -1
    u286      icup287   -1
    u287      obj       0.010000000000000104   icdown287  1
    u287      icup287   1              icdown288  -1
    u287      icup288   -1
    u288      obj       0.010000000000000104   icdown288  1
    u288      icup288   1              icdown289  -1
    u288      icup289   -1
    u289      obj       0.010000000000000104   icdown289  1
    u289      icup289   1              icdown290  -1
    u289      icup290   -1
    u290      obj       0.010000000000000104   icdown290  1
    u290      icup290   1              icdown291  -1
    u290      icup291   -1
    u291      obj       0.010000000000000104   icdown291  1
    u291      icup291   1              icdown292  -1
    u291      icup292   -1
    u292      obj       0.010000000000000104   icdown292  1
    u292      icup292   1              icdown293  -1
    u292      icup293   -1
    u293      obj       0.010000000000000104   icdown293  1
    u293      icup293   1              icdown294  -1
    u293      icup294   -1
    u294      obj       0.010000000000000104   icdown294  1
    u294      icup294   1              icdown295  -1
    u294      icup295   -1
    u295      obj       0.010000000000000104   icdown295  1
    u295      icup295   1              icdown296  -1
    u295      icup296   -1
    u296      obj       0.010000000000000104   icdown296  1
    u296      icup296   1              icdown297  -1
    u296      icup297   -1
    u297      obj       0.010000000000000104   icdown297  1
    u297      icup297   1              icdown298  -1
    u297      icup298   -1
    u298      obj       0.010000000000000104   icdown298  1
    u298      icup298   1              icdown299  -1
    u298      icup299   -1
    u299      obj       0.010000000000000104   icdown299  1
    u299      icup299   1              icdown300  -1
    u299      icup300   -1
    u300      obj       0.010000000000000104   icdown300  1
    u300      icup300   1              icdown301  -1
    u300      icup301   -1
    u301      obj       0.010000000000000104   icdown301  1
    u301      icup301   1              icdown302  -1
    u301      icup302   -1
    u302      obj       0.010000000000000104   icdown302  1
    u302      icup302   1              icdown303  -1
    u302      icup303   -1
    u303      obj       0.010000000000000104   icdown303  1
    u303      icup303   1              icdown304  -1
    u303      icup304   -1
    u304      obj       0.010000000000000104   icdown304  1
    u304      icup304   1              icdown305  -1
    u304      icup305   -1
    u305      obj       0.010000000000000104   icdown305  1
    u305      icup305   1              icdown306  -1
    u305      icup306   -1
    u306      obj       0.010000000000000104   icdown306  1
    u306      icup306   1              icdown307  -1
    u306      icup307   -1
    u307      obj       0.010000000000000104   icdown307  1
    u307      icup307   1              icdown308  -1
    u307      icup308   -1
    u308      obj       0.010000000000000104   icdown308  1
    u308      icup308   1              icdown309  -1
    u308      icup309   -1
    u309      obj       0.010000000000000104   icdown309  1
    u309      icup309   1              icdown310  -1
    u309      icup310   -1
    u310      obj       0.010000000000000104   icdown310  1
    u310      icup310   1              icdown311  -1
    u310      icup311   -1
    u311      obj       0.010000000000000104   icdown311  1
    u311      icup311   1              icdown312  -1
    u311      icup312   -1
    u312      obj       0.010000000000000104   icdown312  1
    u312      icup312   1              icdown313  -1
    u312      icup313   -1
    u313      obj       0.010000000000000104   icdown313  1
    u313      icup313   1              icdown314  -1
    u313      icup314   -1
    u314      obj       0.010000000000000104   icdown314  1
    u314      icup314   1              icdown315  -1
    u314      icup315   -1
    u315      obj       0.010000000000000104   icdown315  1
    u315      icup315   1              icdown316  -1
    u315      icup316   -1
    u316      obj       0.010000000000000104   icdown316  1
    u316      icup316   1              icdown317  -1
    u316      icup317   -1
    u317      obj       0.010000000000000104   icdown317  1
    u317      icup317   1              icdown318  -1
    u317      icup318   -1
    u318      obj       0.010000000000000104   icdown318  1
    u318      icup318   1              icdown319  -1
    u318      icup319   -1
    u319      obj       0.010000000000000104   icdown319  1
    u319      icup319   1              icdown320  -1
    u319      icup320   -1
    u320      obj       0.010000000000000104   icdown320  1
    u320      icup320   1              icdown321  -1
    u320      icup321   -1
    u321      obj       0.010000000000000104   icdown321  1
    u321      icup321   1              icdown322  -1
    u321      icup322   -1
    u322      obj       0.010000000000000104   icdown322  1
    u322      icup322   1              icdown323  -1
    u322      icup323   -1
    u323      obj       0.010000000000000104   icdown323  1
    u323      icup323   1              icdown324  -1
    u323      icup324   -1
    u324      obj       0.010000000000000104   icdown324  1
    u324      icup324   1              icdown325  -1
    u324      icup325   -1
    u325      obj       0.010000000000000104   icdown325  1
    u325      icup325   1              icdown326  -1
    u325      icup326   -1
    u326      obj       0.010000000000000104   icdown326  1
    u326      icup326   1              icdown327  -1
    u326      icup327   -1
    u327      obj       0.010000000000000104   icdown327  1
    u327      icup327   1              icdown328  -1
    u327      icup328   -1
    u328      obj       0.010000000000000104   icdown328  1
    u328      icup328   1              icdown329  -1
    u328      icup329   -1
    u329      obj       0.010000000000000104   icdown329  1
    u329      icup329   1              icdown330  -1
    u329      icup330   -1
    u330      obj       0.010000000000000104   icdown330  1
    u330      icup330   1              icdown331  -1
    u330      icup331   -1
    u331      obj       0.010000000000000104   icdown331  1
    u331      icup331   1              icdown332  -1
    u331      icup332   -1
    u332      obj       0.010000000000000104   icdown332  1
    u332      icup332   1              icdown333  -1
    u332      icup333   -1
    u333      obj       0.010000000000000104   icdown333  1
    u333      icup333   1              icdown334  -1
    u333      icup334   -1
    u334      obj       0.010000000000000104   icdown334  1
    u334      icup334   1              icdown335  -1
    u334      icup335   -1
    u335      obj       0.010000000000000104   icdown335  1
    u335      icup335   1              icdown336  -1
    u335      icup336   -1
    u336      obj       0.010000000000000104   icdown336  1
    u336      icup336   1              icdown337  -1
    u336      icup337   -1
    u337      obj       0.010000000000000104   icdown337  1
    u337      icup337   1              icdown338  -1
    u337      icup338   -1
    u338      obj       0.010000000000000104   icdown338  1
    u338      icup338   1              icdown339  -1
    u338      icup339   -1
    u339      obj       0.010000000000000104   icdown339  1
    u339      icup339   1              icdown340  -1
    u339      icup340   -1
    u340      obj       0.010000000000000104   icdown340  1
    u340      icup340   1              icdown341  -1
    u340      icup341   -1
    u341      obj       0.010000000000000104   icdown341  1
    u341      icup341   1              icdown342  -1
    u341      icup342   -1
    u342      obj       0.010000000000000104   icdown342  1
    u342      icup342   1              icdown343  -1
    u342      icup343   -1
    u343      obj       0.010000000000000104   icdown343  1
    u343      icup343   1              icdown344  -1
    u343      icup344   -1
    u344      obj       0.010000000000000104   icdown344  1
    u344      icup344   1              icdown345  -1
    u344      icup345   -1
    u345      obj       0.010000000000000104   icdown345  1
    u345      icup345   1              icdown346  -1
    u345      icup346   -1
    u346      obj       0.010000000000000104   icdown346  1
    u346      icup346   1              icdown347  -1
    u346      icup347   -1
    u347      obj       0.010000000000000104   icdown347  1
    u347      icup347   1              icdown348  -1
    u347      icup348   -1
    u348      obj       0.010000000000000104   icdown348  1
    u348      icup348   1              icdown349  -1
    u348      icup349   -1
    u349      obj       0.010000000000000104   icdown349  1
    u349      icup349   1              icdown350  -1
    u349      icup350   -1
    u350      obj       0.010000000000000104   icdown350  1
    u350      icup350   1              icdown351  -1
    u350      icup351   -1
    u351      obj       0.010000000000000104   icdown351  1
    u351      icup351   1              icdown352  -1
    u351      icup352   -1
    u352      obj       0.010000000000000104   icdown352  1
    u352      icup352   1              icdown353  -1
    u352      icup353   -1
    u353      obj       0.010000000000000104   icdown353  1
    u353      icup353   1              icdown354  -1
    u353      icup354   -1
    u354      obj       0.010000000000000104   icdown354  1
    u354      icup354   1              icdown355  -1
    u354      icup355   -1
    u355      obj       0.010000000000000104   icdown355  1
    u355      icup355   1              icdown356  -1
    u355      icup356   -1
    u356      obj       0.010000000000000104   icdown356  1
    u356      icup356   1              icdown357  -1
    u356      icup357   -1
    u357      obj       0.010000000000000104   icdown357  1
    u357      icup357   1              icdown358  -1
    u357      icup358   -1
    u358      obj       0.010000000000000104   icdown358  1
    u358      icup358   1              icdown359  -1
    u358      icup359   -1
    u359      obj       0.010000000000000104   icdown359  1
    u359      icup359   1              icdown360  -1
    u359      icup360   -1
    u360      obj       0.010000000000000104   icdown360  1
    u360      icup360   1              icdown361  -1
    u360      icup361   -1
    u361      obj       0.010000000000000104   icdown361  1
    u361      icup361   1              icdown362  -1
    u361      icup362   -1
    u362      obj       0.010000000000000104   icdown362  1
    u362      icup362   1              icdown363  -1
    u362      icup363   -1
    u363      obj       0.010000000000000104   icdown363  1
    u363      icup363   1              icdown364  -1
    u363      icup364   -1
    u364      obj       0.010000000000000104   icdown364  1
    u364      icup364   1              icdown365  -1
    u364      icup365   -1
    u365      obj       0.010000000000000104   icdown365  1
    u365      icup365   1              icdown366  -1
    u365      icup366   -1
    u366      obj       0.010000000000000104   icdown366  1
    u366      icup366   1              icdown367  -1
    u366      icup367   -1
    u367      obj       0.010000000000000104   icdown367  1
    u367      icup367   1              icdown368  -1
    u367      icup368   -1
    u368      obj       0.010000000000000104   icdown368  1
    u368      icup368   1              icdown369  -1
    u368      icup369   -1
    u369      obj       0.010000000000000104   icdown369  1
    u369      icup369   1              icdown370  -1
    u369      icup370   -1
    u370      obj       0.010000000000000104   icdown370  1
    u370      icup370   1              icdown371  -1
    u370      icup371   -1
    u371      obj       0.010000000000000104   icdown371  1
    u371      icup371   1              icdown372  -1
    u371      icup372   -1
    u372      obj       0.010000000000000104   icdown372  1
    u372      icup372   1              icdown373  -1
    u372      icup373   -1
    u373      obj       0.010000000000000104   icdown373  1
    u373      icup373   1              icdown374  -1
    u373      icup374   -1
    u374      obj       0.010000000000000104   icdown374  1
    u374      icup374   1              icdown375  -1
    u374      icup375   -1
    u375      obj       0.010000000000000104   icdown375  1
    u375      icup375   1              icdown376  -1
    u375      icup376   -1
    u376      obj       0.010000000000000104   icdown376  1
    u376      icup376   1              icdown377  -1
    u376      icup377   -1
    u377      obj       0.010000000000000104   icdown377  1
    u377      icup377   1              icdown378  -1
    u377      icup378   -1
    u378      obj       0.010000000000000104   icdown378  1
    u378      icup378   1              icdown379  -1
    u378      icup379   -1
    u379      obj       0.010000000000000104   icdown379  1
    u379      icup379   1              icdown380  -1
    u379      icup380   -1
    u380      obj       0.010000000000000104   icdown380  1
    u380      icup380   1              icdown381  -1
    u380      icup381   -1
    u381      obj       0.010000000000000104   icdown381  1
    u381      icup381   1              icdown382  -1
    u381      icup382   -1
    u382      obj       0.010000000000000104   icdown382  1
    u382      icup382   1              icdown383  -1
    u382      icup383   -1
    u383      obj       0.010000000000000104   icdown383  1
    u383      icup383   1              icdown384  -1
    u383      icup384   -1
    u384      obj       0.010000000000000104   icdown384  1
    u384      icup384   1              icdown385  -1
    u384      icup385   -1
    u385      obj       0.010000000000000104   icdown385  1
    u385      icup385   1              icdown386  -1
    u385      icup386   -1
    u386      obj       0.010000000000000104   icdown386  1
    u386      icup386   1              icdown387  -1
    u386      icup387   -1
    u387      obj       0.010000000000000104   icdown387  1
    u387      icup387   1              icdown388  -1
    u387      icup388   -1
    u388      obj       0.010000000000000104   icdown388  1
    u388      icup388   1              icdown389  -1
    u388      icup389   -1
    u389      obj       0.010000000000000104   icdown389  1
    u389      icup389   1              icdown390  -1
    u389      icup390   -1
    u390      obj       0.010000000000000104   icdown390  1
    u390      icup390   1              icdown391  -1
    u390      icup391   -1
    u391      obj       0.010000000000000104   icdown391  1
    u391      icup391   1              icdown392  -1
    u391      icup392   -1
    u392      obj       0.010000000000000104   icdown392  1
    u392      icup392   1              icdown393  -1
    u392      icup393   -1
    u393      obj       0.010000000000000104   icdown393  1
    u393      icup393   1              icdown394  -1
    u393      icup394   -1
    u394      obj       0.010000000000000104   icdown394  1
    u394      icup394   1              icdown395  -1
    u394      icup395   -1
    u395      obj       0.010000000000000104   icdown395  1
    u395      icup395   1              icdown396  -1
    u395      icup396   -1
    u396      obj       0.010000000000000104   icdown396  1
    u396      icup396   1              icdown397  -1
    u396      icup397   -1
    u397      obj       0.010000000000000104   icdown397  1
    u397      icup397   1              icdown398  -1
    u397      icup398   -1
    u398      obj       0.010000000000000104   icdown398  1
    u398      icup398   1              icdown399  -1
    u398      icup399   -1
    u399      obj       0.010000000000000104   icdown399  1
    u399      icup399   1              icdown400  -1
    u399      icup400   -1
    u400      obj       0.010000000000000104   icdown400  1
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
 UP BND       t2        0.9999999999609375
 UP BND       t3        0.999999999375
 UP BND       t4        0.9999999968359375
 UP BND       t5        0.99999999
 UP BND       t6        0.9999999755859375
 UP BND       t7        0.999999949375
 UP BND       t8        0.9999999062109375
 UP BND       t9        0.99999984
 UP BND       t10       0.9999997437109375
 UP BND       t11       0.999999609375
 UP BND       t12       0.9999994280859374
 UP BND       t13       0.99999919
 UP BND       t14       0.9999988843359375
 UP BND       t15       0.999998499375
 UP BND       t16       0.9999980224609375
 UP BND       t17       0.99999744
 UP BND       t18       0.9999967374609375
 UP BND       t19       0.999995899375
 UP BND       t20       0.9999949093359375
 UP BND       t21       0.99999375
 UP BND       t22       0.9999924030859375
 UP BND       t23       0.999990849375
 UP BND       t24       0.9999890687109375
 UP BND       t25       0.99998704
 UP BND       t26       0.9999847412109375
 UP BND       t27       0.999982149375
 UP BND       t28       0.9999792405859376
 UP BND       t29       0.99997599
 UP BND       t30       0.9999723718359376
 UP BND       t31       0.9999683593750001
 UP BND       t32       0.9999639249609376
 UP BND       t33       0.99995904
 UP BND       t34       0.9999536749609376
 UP BND       t35       0.999947799375
 UP BND       t36       0.9999413818359375
 UP BND       t37       0.9999343900000001
 UP BND       t38       0.9999267905859376
 UP BND       t39       0.999918549375
 UP BND       t40       0.9999096312109376
 UP BND       t41       0.9999
 UP BND       t42       0.9998896187109375
 UP BND       t43       0.999878449375
 UP BND       t44       0.9998664530859376
 UP BND       t45       0.9998535900000001
 UP BND       t46       0.9998398193359376
 UP BND       t47       0.9998250993750001
 UP BND       t48       0.9998093874609376
 UP BND       t49       0.9997926400000001
 UP BND       t50       0.9997748124609376
 UP BND       t51       0.9997558593750001
 UP BND       t52       0.9997357343359375
 UP BND       t53       0.9997143900000001
 UP BND       t54       0.9996917780859376
 UP BND       t55       0.9996678493750001
 UP BND       t56       0.9996425537109376
 UP BND       t57       0.9996158400000001
 UP BND       t58       0.9995876562109376
 UP BND       t59       0.9995579493750001
 UP BND       t60       0.9995266655859376
 UP BND       t61       0.9994937500000002
 UP BND       t62       0.9994591468359376
 UP BND       t63       0.9994227993750001
 UP BND       t64       0.9993846499609377
 UP BND       t65       0.9993446400000002
 UP BND       t66       0.9993027099609377
 UP BND       t67       0.9992587993750002
 UP BND       t68       0.9992128468359377
 UP BND       t69       0.9991647900000002
 UP BND       t70       0.9991145655859377
 UP BND       t71       0.9990621093750002
 UP BND       t72       0.9990073562109377
 UP BND       t73       0.9989502400000002
 UP BND       t74       0.9988906937109377
 UP BND       t75       0.9988286493750003
 UP BND       t76       0.9987640380859377
 UP BND       t77       0.9986967900000003
 UP BND       t78       0.9986268343359378
 UP BND       t79       0.9985540993750003
 UP BND       t80       0.9984785124609378
 UP BND       t81       0.9984000000000003
 UP BND       t82       0.9983184874609379
 UP BND       t83       0.9982338993750003
 UP BND       t84       0.9981461593359379
 UP BND       t85       0.9980551900000003
 UP BND       t86       0.9979609130859379
 UP BND       t87       0.9978632493750004
 UP BND       t88       0.9977621187109379
 UP BND       t89       0.9976574400000005
 UP BND       t90       0.9975491312109379
 UP BND       t91       0.9974371093750004
 UP BND       t92       0.997321290585938
 UP BND       t93       0.9972015900000004
 UP BND       t94       0.997077921835938
 UP BND       t95       0.9969501993750005
 UP BND       t96       0.996818334960938
 UP BND       t97       0.9966822400000005
 UP BND       t98       0.996541824960938
 UP BND       t99       0.9963969993750005
 UP BND       t100      0.996247671835938
 UP BND       t101      0.9960937500000006
 UP BND       t102      0.995935140585938
 UP BND       t103      0.9957717493750006
 UP BND       t104      0.9956034812109381
 UP BND       t105      0.9954302400000006
 UP BND       t106      0.9952519287109381
 UP BND       t107      0.9950684493750006
 UP BND       t108      0.9948797030859381
 UP BND       t109      0.9946855900000007
 UP BND       t110      0.9944860093359382
 UP BND       t111      0.9942808593750007
 UP BND       t112      0.9940700374609382
 UP BND       t113      0.9938534400000008
 UP BND       t114      0.9936309624609382
 UP BND       t115      0.9934024993750008
 UP BND       t116      0.9931679443359382
 UP BND       t117      0.9929271900000007
 UP BND       t118      0.9926801280859383
 UP BND       t119      0.9924266493750008
 UP BND       t120      0.9921666437109383
 UP BND       t121      0.9919000000000008
 UP BND       t122      0.9916266062109383
 UP BND       t123      0.9913463493750009
 UP BND       t124      0.9910591155859384
 UP BND       t125      0.9907647900000008
 UP BND       t126      0.9904632568359384
 UP BND       t127      0.9901543993750009
 UP BND       t128      0.9898380999609384
 UP BND       t129      0.989514240000001
 UP BND       t130      0.9891826999609384
 UP BND       t131      0.988843359375001
 UP BND       t132      0.9884960968359385
 UP BND       t133      0.988140790000001
 UP BND       t134      0.9877773155859385
 UP BND       t135      0.987405549375001
 UP BND       t136      0.9870253662109385
 UP BND       t137      0.9866366400000011
 UP BND       t138      0.9862392437109386
 UP BND       t139      0.985833049375001
 UP BND       t140      0.9854179280859386
 UP BND       t141      0.9849937500000011
 UP BND       t142      0.9845603843359386
 UP BND       t143      0.9841176993750012
 UP BND       t144      0.9836655624609386
 UP BND       t145      0.9832038400000012
 UP BND       t146      0.9827323974609387
 UP BND       t147      0.9822510993750012
 UP BND       t148      0.9817598093359388
 UP BND       t149      0.9812583900000013
 UP BND       t150      0.9807467030859388
 UP BND       t151      0.9802246093750012
 UP BND       t152      0.9796919687109388
 UP BND       t153      0.9791486400000012
 UP BND       t154      0.9785944812109388
 UP BND       t155      0.9780293493750013
 UP BND       t156      0.9774531005859388
 UP BND       t157      0.9768655900000014
 UP BND       t158      0.9762666718359388
 UP BND       t159      0.9756561993750014
 UP BND       t160      0.9750340249609388
 UP BND       t161      0.9744000000000014
 UP BND       t162      0.9737539749609389
 UP BND       t163      0.9730957993750013
 UP BND       t164      0.9724253218359389
 UP BND       t165      0.9717423900000014
 UP BND       t166      0.971046850585939
 UP BND       t167      0.9703385493750014
 UP BND       t168      0.969617331210939
 UP BND       t169      0.9688830400000015
 UP BND       t170      0.968135518710939
 UP BND       t171      0.9673746093750015
 UP BND       t172      0.9666001530859389
 UP BND       t173      0.9658119900000015
 UP BND       t174      0.965009959335939
 UP BND       t175      0.9641938993750016
 UP BND       t176      0.963363647460939
 UP BND       t177      0.9625190400000015
 UP BND       t178      0.9616599124609391
 UP BND       t179      0.9607860993750016
 UP BND       t180      0.959897434335939
 UP BND       t181      0.9589937500000015
 UP BND       t182      0.958074878085939
 UP BND       t183      0.9571406493750015
 UP BND       t184      0.9561908937109391
 UP BND       t185      0.9552254400000015
 UP BND       t186      0.9542441162109391
 UP BND       t187      0.9532467493750015
 UP BND       t188      0.9522331655859391
 UP BND       t189      0.9512031900000015
 UP BND       t190      0.950156646835939
 UP BND       t191      0.9490933593750016
 UP BND       t192      0.9480131499609391
 UP BND       t193      0.9469158400000016
 UP BND       t194      0.9458012499609391
 UP BND       t195      0.9446691993750016
 UP BND       t196      0.9435195068359391
 UP BND       t197      0.9423519900000016
 UP BND       t198      0.9411664655859391
 UP BND       t199      0.9399627493750016
 UP BND       t200      0.938740656210939
 UP BND       t201      0.9375000000000016
 UP BND       t202      0.936240593710939
 UP BND       t203      0.9349622493750016
 UP BND       t204      0.9336647780859391
 UP BND       t205      0.9323479900000016
 UP BND       t206      0.9310116943359391
 UP BND       t207      0.9296556993750017
 UP BND       t208      0.9282798124609392
 UP BND       t209      0.9268838400000017
 UP BND       t210      0.9254675874609393
 UP BND       t211      0.9240308593750017
 UP BND       t212      0.9225734593359393
 UP BND       t213      0.9210951900000018
 UP BND       t214      0.9195958530859394
 UP BND       t215      0.9180752493750018
 UP BND       t216      0.9165331787109394
 UP BND       t217      0.9149694400000019
 UP BND       t218      0.9133838312109395
 UP BND       t219      0.911776149375002
 UP BND       t220      0.9101461905859395
 UP BND       t221      0.908493750000002
 UP BND       t222      0.9068186218359395
 UP BND       t223      0.905120599375002
 UP BND       t224      0.9033994749609395
 UP BND       t225      0.9016550400000021
 UP BND       t226      0.8998870849609396
 UP BND       t227      0.8980953993750022
 UP BND       t228      0.8962797718359397
 UP BND       t229      0.8944399900000022
 UP BND       t230      0.8925758405859398
 UP BND       t231      0.8906871093750023
 UP BND       t232      0.8887735812109397
 UP BND       t233      0.8868350400000024
 UP BND       t234      0.8848712687109399
 UP BND       t235      0.8828820493750024
 UP BND       t236      0.8808671630859399
 UP BND       t237      0.8788263900000024
 UP BND       t238      0.8767595093359399
 UP BND       t239      0.8746662993750025
 UP BND       t240      0.87254653746094
 UP BND       t241      0.8704000000000025
 UP BND       t242      0.8682264624609402
 UP BND       t243      0.8660256993750026
 UP BND       t244      0.8637974843359402
 UP BND       t245      0.8615415900000027
 UP BND       t246      0.8592577880859402
 UP BND       t247      0.8569458493750027
 UP BND       t248      0.8546055437109403
 UP BND       t249      0.8522366400000028
 UP BND       t250      0.8498389062109404
 UP BND       t251      0.8474121093750029
 UP BND       t252      0.8449560155859404
 UP BND       t253      0.8424703900000029
 UP BND       t254      0.8399549968359404
 UP BND       t255      0.837409599375003
 UP BND       t256      0.8348339599609406
 UP BND       t257      0.832227840000003
 UP BND       t258      0.8295909999609405
 UP BND       t259      0.8269231993750031
 UP BND       t260      0.8242241968359407
 UP BND       t261      0.8214937500000032
 UP BND       t262      0.8187316155859408
 UP BND       t263      0.8159375493750033
 UP BND       t264      0.8131113062109407
 UP BND       t265      0.8102526400000034
 UP BND       t266      0.8073613037109408
 UP BND       t267      0.8044370493750034
 UP BND       t268      0.801479628085941
 UP BND       t269      0.7984887900000035
 UP BND       t270      0.795464284335941
 UP BND       t271      0.7924058593750036
 UP BND       t272      0.7893132624609411
 UP BND       t273      0.7861862400000037
 UP BND       t274      0.7830245374609413
 UP BND       t275      0.7798278993750036
 UP BND       t276      0.7765960693359413
 UP BND       t277      0.7733287900000038
 UP BND       t278      0.7700258030859414
 UP BND       t279      0.7666868493750039
 UP BND       t280      0.7633116687109414
 UP BND       t281      0.759900000000004
 UP BND       t282      0.7564515812109415
 UP BND       t283      0.7529661493750041
 UP BND       t284      0.7494434405859416
 UP BND       t285      0.7458831900000041
 UP BND       t286      0.7422851318359416
 UP BND       t287      0.7386489993750042
 UP BND       t288      0.7349745249609417
 UP BND       t289      0.7312614400000043
 UP BND       t290      0.7275094749609419
 UP BND       t291      0.7237183593750043
 UP BND       t292      0.7198878218359419
 UP BND       t293      0.7160175900000044
 UP BND       t294      0.7121073905859421
 UP BND       t295      0.7081569493750045
 UP BND       t296      0.704165991210942
 UP BND       t297      0.7001342400000046
 UP BND       t298      0.6960614187109422
 UP BND       t299      0.6919472493750047
 UP BND       t300      0.6877914530859423
 UP BND       t301      0.6835937500000048
 UP BND       t302      0.6793538593359423
 UP BND       t303      0.6750714993750049
 UP BND       t304      0.6707463874609423
 UP BND       t305      0.6663782400000049
 UP BND       t306      0.6619667724609423
 UP BND       t307      0.6575116993750048
 UP BND       t308      0.6530127343359422
 UP BND       t309      0.6484695900000048
 UP BND       t310      0.6438819780859423
 UP BND       t311      0.6392496093750047
 UP BND       t312      0.6345721937109423
 UP BND       t313      0.6298494400000048
 UP BND       t314      0.6250810562109422
 UP BND       t315      0.6202667493750047
 UP BND       t316      0.6154062255859423
 UP BND       t317      0.6104991900000047
 UP BND       t318      0.6055453468359422
 UP BND       t319      0.6005443993750046
 UP BND       t320      0.5954960499609422
 UP BND       t321      0.5904000000000046
 UP BND       t322      0.5852559499609421
 UP BND       t323      0.5800635993750045
 UP BND       t324      0.5748226468359421
 UP BND       t325      0.5695327900000046
 UP BND       t326      0.564193725585942
 UP BND       t327      0.5588051493750045
 UP BND       t328      0.553366756210942
 UP BND       t329      0.5478782400000045
 UP BND       t330      0.5423392937109419
 UP BND       t331      0.5367496093750044
 UP BND       t332      0.5311088780859419
 UP BND       t333      0.5254167900000043
 UP BND       t334      0.5196730343359418
 UP BND       t335      0.5138772993750043
 UP BND       t336      0.5080292724609418
 UP BND       t337      0.5021286400000042
 UP BND       t338      0.4961750874609417
 UP BND       t339      0.49016829937500417
 UP BND       t340      0.4841079593359416
 UP BND       t341      0.47799375000000405
 UP BND       t342      0.47182535308594153
 UP BND       t343      0.465602449375004
 UP BND       t344      0.45932471871094144
 UP BND       t345      0.4529918400000039
 UP BND       t346      0.44660349121094134
 UP BND       t347      0.4401593493750038
 UP BND       t348      0.4336590905859413
 UP BND       t349      0.4271023900000038
 UP BND       t350      0.4204889218359412
 UP BND       t351      0.41381835937500366
 UP BND       t352      0.40709037496094114
 UP BND       t353      0.40030464000000354
 UP BND       t354      0.39346082496094104
 UP BND       t355      0.3865585993750035
 UP BND       t356      0.3795976318359409
 UP BND       t357      0.37257759000000334
 UP BND       t358      0.36549814058594077
 UP BND       t359      0.35835894937500323
 UP BND       t360      0.3511596812109407
 UP BND       t361      0.3439000000000031
 UP BND       t362      0.3365795687109406
 UP BND       t363      0.329198049375003
 UP BND       t364      0.32175510308594046
 UP BND       t365      0.3142503900000029
 UP BND       t366      0.3066835693359403
 UP BND       t367      0.2990542993750027
 UP BND       t368      0.29136223746094014
 UP BND       t369      0.2836070400000026
 UP BND       t370      0.27578836246094
 UP BND       t371      0.26790585937500244
 UP BND       t372      0.2599591843359399
 UP BND       t373      0.2519479900000023
 UP BND       t374      0.24387192808593972
 UP BND       t375      0.23573064937500215
 UP BND       t376      0.22752380371093958
 UP BND       t377      0.21925104000000198
 UP BND       t378      0.21091200621093942
 UP BND       t379      0.20250634937500184
 UP BND       t380      0.1940337155859393
 UP BND       t381      0.18549375000000173
 UP BND       t382      0.17688609683593917
 UP BND       t383      0.1682103993750016
 UP BND       t384      0.15946629996093903
 UP BND       t385      0.15065344000000144
 UP BND       t386      0.14177145996093887
 UP BND       t387      0.1328199993750013
 UP BND       t388      0.12379869683593872
 UP BND       t389      0.11470719000000114
 UP BND       t390      0.10554511558593856
 UP BND       t391      0.09631210937500097
 UP BND       t392      0.08700780621093838
 UP BND       t393      0.07763184000000078
 UP BND       t394      0.06818384371093819
 UP BND       t395      0.0586634493750006
 UP BND       t396      0.04907028808593801
 UP BND       t397      0.0394039900000004
 UP BND       t398      0.029664184335937805
 UP BND       t399      0.01985049937500021
 UP BND       t400      0.009962562460937604
ENDATA
