* paretomech model export: the reduced-form LP of MATH section 2 (revenue-surplus trade-off of truthful
* mechanisms, arXiv 2602.11967); written by 'paretomech export'.
* instance mixture-irregular-n3: n = 3 buyers, k = 1 unit(s), K = 800 support points in [0, 7.99], transfers no-subsidy
* weights: lambda_R = 1, lambda_S = 1 (given 1,1; normalised so that max(lambda_R, lambda_S) = 1)
* scale = 7.99: every value v_j is divided by this (the largest support value) inside the program.
* program: 2400 variables, 3198 rows, 8793 non-zeros. Variables x1..x800 = interim allocation probabilities,
* u1..u800 = interim utilities divided by scale, t1..t800 = Border tail sums n * sum_{i>=j} f_i x_i (t_j <= B_j).
* objective: maximise c.z = (lambda_R R + lambda_S S) / scale, R = seller revenue, S = buyers' total surplus.
* MPS has no sense marker every reader accepts, so this file MINIMISES -c.z: a solver reports
* min = -(c.z optimum); negate it first.
* convert back: lambda_R R + lambda_S S = scale * (c.z optimum); for weights (1,0) that is R, for (0,1) S.
* from a solution z (f_j, v_j from the instance): S = scale * n * sum_j f_j u_j,
* R = n * sum_j f_j (v_j x_j - scale * u_j). Alone, R and S are unique only if the optimum is.
* expected optimum (exact ironing oracle, MATH section 3): c.z = 0.5332441724030155, lambda_R R + lambda_S S = 4.260620937500094
* (at the oracle's mechanism R = 2.218741875000046, S = 2.041879062500048); the MPS minimum is -0.5332441724030155
* expected: instance=mixture-irregular-n3 buyers=3 units=1 support=800 transfers=no-subsidy lambda_r=1 lambda_s=1 scale=7.99 objective=0.5332441724030155 revenue=2.218741875000046 surplus=2.041879062500048
* objective negated: maximise c.z
NAME          paretomech_mixture_irregular_n3_n3_k1
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
 E  tail401
 E  tail402
 E  tail403
 E  tail404
 E  tail405
 E  tail406
 E  tail407
 E  tail408
 E  tail409
 E  tail410
 E  tail411
 E  tail412
 E  tail413
 E  tail414
 E  tail415
 E  tail416
 E  tail417
 E  tail418
 E  tail419
 E  tail420
 E  tail421
 E  tail422
 E  tail423
 E  tail424
 E  tail425
 E  tail426
 E  tail427
 E  tail428
 E  tail429
 E  tail430
 E  tail431
 E  tail432
 E  tail433
 E  tail434
 E  tail435
 E  tail436
 E  tail437
 E  tail438
 E  tail439
 E  tail440
 E  tail441
 E  tail442
 E  tail443
 E  tail444
 E  tail445
 E  tail446
 E  tail447
 E  tail448
 E  tail449
 E  tail450
 E  tail451
 E  tail452
 E  tail453
 E  tail454
 E  tail455
 E  tail456
 E  tail457
 E  tail458
 E  tail459
 E  tail460
 E  tail461
 E  tail462
 E  tail463
 E  tail464
 E  tail465
 E  tail466
 E  tail467
 E  tail468
 E  tail469
 E  tail470
 E  tail471
 E  tail472
 E  tail473
 E  tail474
 E  tail475
 E  tail476
 E  tail477
 E  tail478
 E  tail479
 E  tail480
 E  tail481
 E  tail482
 E  tail483
 E  tail484
 E  tail485
 E  tail486
 E  tail487
 E  tail488
 E  tail489
 E  tail490
 E  tail491
 E  tail492
 E  tail493
 E  tail494
 E  tail495
 E  tail496
 E  tail497
 E  tail498
 E  tail499
 E  tail500
 E  tail501
 E  tail502
 E  tail503
 E  tail504
 E  tail505
 E  tail506
 E  tail507
 E  tail508
 E  tail509
 E  tail510
 E  tail511
 E  tail512
 E  tail513
 E  tail514
 E  tail515
 E  tail516
 E  tail517
 E  tail518
 E  tail519
 E  tail520
 E  tail521
 E  tail522
 E  tail523
 E  tail524
 E  tail525
 E  tail526
 E  tail527
 E  tail528
 E  tail529
 E  tail530
 E  tail531
 E  tail532
 E  tail533
 E  tail534
 E  tail535
 E  tail536
 E  tail537
 E  tail538
 E  tail539
 E  tail540
 E  tail541
 E  tail542
 E  tail543
 E  tail544
 E  tail545
 E  tail546
 E  tail547
 E  tail548
 E  tail549
 E  tail550
 E  tail551
 E  tail552
 E  tail553
 E  tail554
 E  tail555
 E  tail556
 E  tail557
 E  tail558
 E  tail559
 E  tail560
 E  tail561
 E  tail562
 E  tail563
 E  tail564
 E  tail565
 E  tail566
 E  tail567
 E  tail568
 E  tail569
 E  tail570
 E  tail571
 E  tail572
 E  tail573
 E  tail574
 E  tail575
 E  tail576
 E  tail577
 E  tail578
 E  tail579
 E  tail580
 E  tail581
 E  tail582
 E  tail583
 E  tail584
 E  tail585
 E  tail586
 E  tail587
 E  tail588
 E  tail589
 E  tail590
 E  tail591
 E  tail592
 E  tail593
 E  tail594
 E  tail595
 E  tail596
 E  tail597
 E  tail598
 E  tail599
 E  tail600
 E  tail601
 E  tail602
 E  tail603
 E  tail604
 E  tail605
 E  tail606
 E  tail607
 E  tail608
 E  tail609
 E  tail610
 E  tail611
 E  tail612
 E  tail613
 E  tail614
 E  tail615
 E  tail616
 E  tail617
 E  tail618
 E  tail619
 E  tail620
 E  tail621
 E  tail622
 E  tail623
 E  tail624
 E  tail625
 E  tail626
 E  tail627
 E  tail628
 E  tail629
 E  tail630
 E  tail631
 E  tail632
 E  tail633
 E  tail634
 E  tail635
 E  tail636
 E  tail637
 E  tail638
 E  tail639
 E  tail640
 E  tail641
 E  tail642
 E  tail643
 E  tail644
 E  tail645
 E  tail646
 E  tail647
 E  tail648
 E  tail649
 E  tail650
 E  tail651
 E  tail652
 E  tail653
 E  tail654
 E  tail655
 E  tail656
 E  tail657
 E  tail658
 E  tail659
 E  tail660
 E  tail661
 E  tail662
 E  tail663
 E  tail664
 E  tail665
 E  tail666
 E  tail667
 E  tail668
 E  tail669
 E  tail670
 E  tail671
 E  tail672
 E  tail673
 E  tail674
 E  tail675
 E  tail676
 E  tail677
 E  tail678
 E  tail679
 E  tail680
 E  tail681
 E  tail682
 E  tail683
 E  tail684
 E  tail685
 E  tail686
 E  tail687
 E  tail688
 E  tail689
 E  tail690
 E  tail691
 E  tail692
 E  tail693
 E  tail694
 E  tail695
 E  tail696
 E  tail697
 E  tail698
 E  tail699
 E  tail700
 E  tail701
 E  tail702
 E  tail703
 E  tail704
 E  tail705
 E  tail706
 E  tail707
 E  tail708
 E  tail709
 E  tail710
 E  tail711
 E  tail712
 E  tail713
 E  tail714
 E  tail715
 E  tail716
 E  tail717
 E  tail718
 E  tail719
 E  tail720
 E  tail721
 E  tail722
 E  tail723
 E  tail724
 E  tail725
 E  tail726
 E  tail727
 E  tail728
 E  tail729
 E  tail730
 E  tail731
 E  tail732
 E  tail733
 E  tail734
 E  tail735
 E  tail736
 E  tail737
 E  tail738
 E  tail739
 E  tail740
 E  tail741
 E  tail742
 E  tail743
 E  tail744
 E  tail745
 E  tail746
 E  tail747
 E  tail748
 E  tail749
 E  tail750
 E  tail751
 E  tail752
 E  tail753
 E  tail754
 E  tail755
 E  tail756
 E  tail757
 E  tail758
 E  tail759
 E  tail760
 E  tail761
 E  tail762
 E  tail763
 E  tail764
 E  tail765
 E  tail766
 E  tail767
 E  tail768
 E  tail769
 E  tail770
 E  tail771
 E  tail772
 E  tail773
 E  tail774
 E  tail775
 E  tail776
 E  tail777
 E  tail778
 E  tail779
 E  tail780
 E  tail781
 E  tail782
 E  tail783
 E  tail784
 E  tail785
 E  tail786
 E  tail787
 E  tail788
 E  tail789
 E  tail790
 E  tail791
 E  tail792
 E  tail793
 E  tail794
 E  tail795
 E  tail796
 E  tail797
 E  tail798
 E  tail799
 E  tail800
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
 L  mono401
 G  icdown401
 L  icup401
 L  mono402
 G  icdown402
 L  icup402
 L  mono403
 G  icdown403
 L  icup403
 L  mono404
 G  icdown404
 L  icup404
 L  mono405
 G  icdown405
 L  icup405
 L  mono406
 G  icdown406
 L  icup406
 L  mono407
 G  icdown407
 L  icup407
 L  mono408
 G  icdown408
 L  icup408
 L  mono409
 G  icdown409
 L  icup409
 L  mono410
 G  icdown410
 L  icup410
 L  mono411
 G  icdown411
 L  icup411
 L  mono412
 G  icdown412
 L  icup412
 L  mono413
 G  icdown413
 L  icup413
 L  mono414
 G  icdown414
 L  icup414
 L  mono415
 G  icdown415
 L  icup415
 L  mono416
 G  icdown416
 L  icup416
 L  mono417
 G  icdown417
 L  icup417
 L  mono418
 G  icdown418
 L  icup418
 L  mono419
 G  icdown419
 L  icup419
 L  mono420
 G  icdown420
 L  icup420
 L  mono421
 G  icdown421
 L  icup421
 L  mono422
 G  icdown422
 L  icup422
 L  mono423
 G  icdown423
 L  icup423
 L  mono424
 G  icdown424
 L  icup424
 L  mono425
 G  icdown425
 L  icup425
 L  mono426
 G  icdown426
 L  icup426
 L  mono427
 G  icdown427
 L  icup427
 L  mono428
 G  icdown428
 L  icup428
 L  mono429
 G  icdown429
 L  icup429
 L  mono430
 G  icdown430
 L  icup430
 L  mono431
 G  icdown431
 L  icup431
 L  mono432
 G  icdown432
 L  icup432
 L  mono433
 G  icdown433
 L  icup433
 L  mono434
 G  icdown434
 L  icup434
 L  mono435
 G  icdown435
 L  icup435
 L  mono436
 G  icdown436
 L  icup436
 L  mono437
 G  icdown437
 L  icup437
 L  mono438
 G  icdown438
 L  icup438
 L  mono439
 G  icdown439
 L  icup439
 L  mono440
 G  icdown440
 L  icup440
 L  mono441
 G  icdown441
 L  icup441
 L  mono442
 G  icdown442
 L  icup442
 L  mono443
 G  icdown443
 L  icup443
 L  mono444
 G  icdown444
 L  icup444
 L  mono445
 G  icdown445
 L  icup445
 L  mono446
 G  icdown446
 L  icup446
 L  mono447
 G  icdown447
 L  icup447
 L  mono448
 G  icdown448
 L  icup448
 L  mono449
 G  icdown449
 L  icup449
 L  mono450
 G  icdown450
 L  icup450
 L  mono451
 G  icdown451
 L  icup451
 L  mono452
 G  icdown452
 L  icup452
 L  mono453
 G  icdown453
 L  icup453
 L  mono454
 G  icdown454
 L  icup454
 L  mono455
 G  icdown455
 L  icup455
 L  mono456
 G  icdown456
 L  icup456
 L  mono457
 G  icdown457
 L  icup457
 L  mono458
 G  icdown458
 L  icup458
 L  mono459
 G  icdown459
 L  icup459
 L  mono460
 G  icdown460
 L  icup460
 L  mono461
 G  icdown461
 L  icup461
 L  mono462
 G  icdown462
 L  icup462
 L  mono463
 G  icdown463
 L  icup463
 L  mono464
 G  icdown464
 L  icup464
 L  mono465
 G  icdown465
 L  icup465
 L  mono466
 G  icdown466
 L  icup466
 L  mono467
 G  icdown467
 L  icup467
 L  mono468
 G  icdown468
 L  icup468
 L  mono469
 G  icdown469
 L  icup469
 L  mono470
 G  icdown470
 L  icup470
 L  mono471
 G  icdown471
 L  icup471
 L  mono472
 G  icdown472
 L  icup472
 L  mono473
 G  icdown473
 L  icup473
 L  mono474
 G  icdown474
 L  icup474
 L  mono475
 G  icdown475
 L  icup475
 L  mono476
 G  icdown476
 L  icup476
 L  mono477
 G  icdown477
 L  icup477
 L  mono478
 G  icdown478
 L  icup478
 L  mono479
 G  icdown479
 L  icup479
 L  mono480
 G  icdown480
 L  icup480
 L  mono481
 G  icdown481
 L  icup481
 L  mono482
 G  icdown482
 L  icup482
 L  mono483
 G  icdown483
 L  icup483
 L  mono484
 G  icdown484
 L  icup484
 L  mono485
 G  icdown485
 L  icup485
 L  mono486
 G  icdown486
 L  icup486
 L  mono487
 G  icdown487
 L  icup487
 L  mono488
 G  icdown488
 L  icup488
 L  mono489
 G  icdown489
 L  icup489
 L  mono490
 G  icdown490
 L  icup490
 L  mono491
 G  icdown491
 L  icup491
 L  mono492
 G  icdown492
 L  icup492
 L  mono493
 G  icdown493
 L  icup493
 L  mono494
 G  icdown494
 L  icup494
 L  mono495
 G  icdown495
 L  icup495
 L  mono496
 G  icdown496
 L  icup496
 L  mono497
 G  icdown497
 L  icup497
 L  mono498
 G  icdown498
 L  icup498
 L  mono499
 G  icdown499
 L  icup499
 L  mono500
 G  icdown500
 L  icup500
 L  mono501
 G  icdown501
 L  icup501
 L  mono502
 G  icdown502
 L  icup502
 L  mono503
 G  icdown503
 L  icup503
 L  mono504
 G  icdown504
 L  icup504
 L  mono505
 G  icdown505
 L  icup505
 L  mono506
 G  icdown506
 L  icup506
 L  mono507
 G  icdown507
 L  icup507
 L  mono508
 G  icdown508
 L  icup508
 L  mono509
 G  icdown509
 L  icup509
 L  mono510
 G  icdown510
 L  icup510
 L  mono511
 G  icdown511
 L  icup511
 L  mono512
 G  icdown512
 L  icup512
 L  mono513
 G  icdown513
 L  icup513
 L  mono514
 G  icdown514
 L  icup514
 L  mono515
 G  icdown515
 L  icup515
 L  mono516
 G  icdown516
 L  icup516
 L  mono517
 G  icdown517
 L  icup517
 L  mono518
 G  icdown518
 L  icup518
 L  mono519
 G  icdown519
 L  icup519
 L  mono520
 G  icdown520
 L  icup520
 L  mono521
 G  icdown521
 L  icup521
 L  mono522
 G  icdown522
 L  icup522
 L  mono523
 G  icdown523
 L  icup523
 L  mono524
 G  icdown524
 L  icup524
 L  mono525
 G  icdown525
 L  icup525
 L  mono526
 G  icdown526
 L  icup526
 L  mono527
 G  icdown527
 L  icup527
 L  mono528
 G  icdown528
 L  icup528
 L  mono529
 G  icdown529
 L  icup529
 L  mono530
 G  icdown530
 L  icup530
 L  mono531
 G  icdown531
 L  icup531
 L  mono532
 G  icdown532
 L  icup532
 L  mono533
 G  icdown533
 L  icup533
 L  mono534
 G  icdown534
 L  icup534
 L  mono535
 G  icdown535
 L  icup535
 L  mono536
 G  icdown536
 L  icup536
 L  mono537
 G  icdown537
 L  icup537
 L  mono538
 G  icdown538
 L  icup538
 L  mono539
 G  icdown539
 L  icup539
 L  mono540
 G  icdown540
 L  icup540
 L  mono541
 G  icdown541
 L  icup541
 L  mono542
 G  icdown542
 L  icup542
 L  mono543
 G  icdown543
 L  icup543
 L  mono544
 G  icdown544
 L  icup544
 L  mono545
 G  icdown545
 L  icup545
 L  mono546
 G  icdown546
 L  icup546
 L  mono547
 G  icdown547
 L  icup547
 L  mono548
 G  icdown548
 L  icup548
 L  mono549
 G  icdown549
 L  icup549
 L  mono550
 G  icdown550
 L  icup550
 L  mono551
 G  icdown551
 L  icup551
 L  mono552
 G  icdown552
 L  icup552
 L  mono553
 G  icdown553
 L  icup553
 L  mono554
 G  icdown554
 L  icup554
 L  mono555
 G  icdown555
 L  icup555
 L  mono556
 G  icdown556
 L  icup556
 L  mono557
 G  icdown557
 L  icup557
 L  mono558
 G  icdown558
 L  icup558
 L  mono559
 G  icdown559
 L  icup559
 L  mono560
 G  icdown560
 L  icup560
 L  mono561
 G  icdown561
 L  icup561
 L  mono562
 G  icdown562
 L  icup562
 L  mono563
 G  icdown563
 L  icup563
 L  mono564
 G  icdown564
 L  icup564
 L  mono565
 G  icdown565
 L  icup565
 L  mono566
 G  icdown566
 L  icup566
 L  mono567
 G  icdown567
 L  icup567
 L  mono568
 G  icdown568
 L  icup568
 L  mono569
 G  icdown569
 L  icup569
 L  mono570
 G  icdown570
 L  icup570
 L  mono571
 G  icdown571
 L  icup571
 L  mono572
 G  icdown572
 L  icup572
 L  mono573
 G  icdown573
 L  icup573
 L  mono574
 G  icdown574
 L  icup574
 L  mono575
 G  icdown575
 L  icup575
 L  mono576
 G  icdown576
 L  icup576
 L  mono577
 G  icdown577
 L  icup577
 L  mono578
 G  icdown578
 L  icup578
 L  mono579
 G  icdown579
 L  icup579
 L  mono580
 G  icdown580
 L  icup580
 L  mono581
 G  icdown581
 L  icup581
 L  mono582
 G  icdown582
 L  icup582
 L  mono583
 G  icdown583
 L  icup583
 L  mono584
 G  icdown584
 L  icup584
 L  mono585
 G  icdown585
 L  icup585
 L  mono586
 G  icdown586
 L  icup586
 L  mono587
 G  icdown587
 L  icup587
 L  mono588
 G  icdown588
 L  icup588
 L  mono589
 G  icdown589
 L  icup589
 L  mono590
 G  icdown590
 L  icup590
 L  mono591
 G  icdown591
 L  icup591
 L  mono592
 G  icdown592
 L  icup592
 L  mono593
 G  icdown593
 L  icup593
 L  mono594
 G  icdown594
 L  icup594
 L  mono595
 G  icdown595
 L  icup595
 L  mono596
 G  icdown596
 L  icup596
 L  mono597
 G  icdown597
 L  icup597
 L  mono598
 G  icdown598
 L  icup598
 L  mono599
 G  icdown599
 L  icup599
 L  mono600
 G  icdown600
 L  icup600
 L  mono601
 G  icdown601
 L  icup601
 L  mono602
 G  icdown602
 L  icup602
 L  mono603
 G  icdown603
 L  icup603
 L  mono604
 G  icdown604
 L  icup604
 L  mono605
 G  icdown605
 L  icup605
 L  mono606
 G  icdown606
 L  icup606
 L  mono607
 G  icdown607
 L  icup607
 L  mono608
 G  icdown608
 L  icup608
 L  mono609
 G  icdown609
 L  icup609
 L  mono610
 G  icdown610
 L  icup610
 L  mono611
 G  icdown611
 L  icup611
 L  mono612
 G  icdown612
 L  icup612
 L  mono613
 G  icdown613
 L  icup613
 L  mono614
 G  icdown614
 L  icup614
 L  mono615
 G  icdown615
 L  icup615
 L  mono616
 G  icdown616
 L  icup616
 L  mono617
 G  icdown617
 L  icup617
 L  mono618
 G  icdown618
 L  icup618
 L  mono619
 G  icdown619
 L  icup619
 L  mono620
 G  icdown620
 L  icup620
 L  mono621
 G  icdown621
 L  icup621
 L  mono622
 G  icdown622
 L  icup622
 L  mono623
 G  icdown623
 L  icup623
 L  mono624
 G  icdown624
 L  icup624
 L  mono625
 G  icdown625
 L  icup625
 L  mono626
 G  icdown626
 L  icup626
 L  mono627
 G  icdown627
 L  icup627
 L  mono628
 G  icdown628
 L  icup628
 L  mono629
 G  icdown629
 L  icup629
 L  mono630
 G  icdown630
 L  icup630
 L  mono631
 G  icdown631
 L  icup631
 L  mono632
 G  icdown632
 L  icup632
 L  mono633
 G  icdown633
 L  icup633
 L  mono634
 G  icdown634
 L  icup634
 L  mono635
 G  icdown635
 L  icup635
 L  mono636
 G  icdown636
 L  icup636
 L  mono637
 G  icdown637
 L  icup637
 L  mono638
 G  icdown638
 L  icup638
 L  mono639
 G  icdown639
 L  icup639
 L  mono640
 G  icdown640
 L  icup640
 L  mono641
 G  icdown641
 L  icup641
 L  mono642
 G  icdown642
 L  icup642
 L  mono643
 G  icdown643
 L  icup643
 L  mono644
 G  icdown644
 L  icup644
 L  mono645
 G  icdown645
 L  icup645
 L  mono646
 G  icdown646
 L  icup646
 L  mono647
 G  icdown647
 L  icup647
 L  mono648
 G  icdown648
 L  icup648
 L  mono649
 G  icdown649
 L  icup649
 L  mono650
 G  icdown650
 L  icup650
 L  mono651
 G  icdown651
 L  icup651
 L  mono652
 G  icdown652
 L  icup652
 L  mono653
 G  icdown653
 L  icup653
 L  mono654
 G  icdown654
 L  icup654
 L  mono655
 G  icdown655
 L  icup655
 L  mono656
 G  icdown656
 L  icup656
 L  mono657
 G  icdown657
 L  icup657
 L  mono658
 G  icdown658
 L  icup658
 L  mono659
 G  icdown659
 L  icup659
 L  mono660
 G  icdown660
 L  icup660
 L  mono661
 G  icdown661
 L  icup661
 L  mono662
 G  icdown662
 L  icup662
 L  mono663
 G  icdown663
 L  icup663
 L  mono664
 G  icdown664
 L  icup664
 L  mono665
 G  icdown665
 L  icup665
 L  mono666
 G  icdown666
 L  icup666
 L  mono667
 G  icdown667
 L  icup667
 L  mono668
 G  icdown668
 L  icup668
 L  mono669
 G  icdown669
 L  icup669
 L  mono670
 G  icdown670
 L  icup670
 L  mono671
 G  icdown671
 L  icup671
 L  mono672
 G  icdown672
 L  icup672
 L  mono673
 G  icdown673
 L  icup673
 L  mono674
 G  icdown674
 L  icup674
 L  mono675
 G  icdown675
 L  icup675
 L  mono676
 G  icdown676
 L  icup676
 L  mono677
 G  icdown677
 L  icup677
 L  mono678
 G  icdown678
 L  icup678
 L  mono679
 G  icdown679
 L  icup679
 L  mono680
 G  icdown680
 L  icup680
 L  mono681
 G  icdown681
 L  icup681
 L  mono682
 G  icdown682
 L  icup682
 L  mono683
 G  icdown683
 L  icup683
 L  mono684
 G  icdown684
 L  icup684
 L  mono685
 G  icdown685
 L  icup685
 L  mono686
 G  icdown686
 L  icup686
 L  mono687
 G  icdown687
 L  icup687
 L  mono688
 G  icdown688
 L  icup688
 L  mono689
 G  icdown689
 L  icup689
 L  mono690
 G  icdown690
 L  icup690
 L  mono691
 G  icdown691
 L  icup691
 L  mono692
 G  icdown692
 L  icup692
 L  mono693
 G  icdown693
 L  icup693
 L  mono694
 G  icdown694
 L  icup694
 L  mono695
 G  icdown695
 L  icup695
 L  mono696
 G  icdown696
 L  icup696
 L  mono697
 G  icdown697
 L  icup697
 L  mono698
 G  icdown698
 L  icup698
 L  mono699
 G  icdown699
 L  icup699
 L  mono700
 G  icdown700
 L  icup700
 L  mono701
 G  icdown701
 L  icup701
 L  mono702
 G  icdown702
 L  icup702
 L  mono703
 G  icdown703
 L  icup703
 L  mono704
 G  icdown704
 L  icup704
 L  mono705
 G  icdown705
 L  icup705
 L  mono706
 G  icdown706
 L  icup706
 L  mono707
 G  icdown707
 L  icup707
 L  mono708
 G  icdown708
 L  icup708
 L  mono709
 G  icdown709
 L  icup709
 L  mono710
 G  icdown710
 L  icup710
 L  mono711
 G  icdown711
 L  icup711
 L  mono712
 G  icdown712
 L  icup712
 L  mono713
 G  icdown713
 L  icup713
 L  mono714
 G  icdown714
 L  icup714
 L  mono715
 G  icdown715
 L  icup715
 L  mono716
 G  icdown716
 L  icup716
 L  mono717
 G  icdown717
 L  icup717
 L  mono718
 G  icdown718
 L  icup718
 L  mono719
 G  icdown719
 L  icup719
 L  mono720
 G  icdown720
 L  icup720
 L  mono721
 G  icdown721
 L  icup721
 L  mono722
 G  icdown722
 L  icup722
 L  mono723
 G  icdown723
 L  icup723
 L  mono724
 G  icdown724
 L  icup724
 L  mono725
 G  icdown725
 L  icup725
 L  mono726
 G  icdown726
 L  icup726
 L  mono727
 G  icdown727
 L  icup727
 L  mono728
 G  icdown728
 L  icup728
 L  mono729
 G  icdown729
 L  icup729
 L  mono730
 G  icdown730
 L  icup730
 L  mono731
 G  icdown731
 L  icup731
 L  mono732
 G  icdown732
 L  icup732
 L  mono733
 G  icdown733
 L  icup733
 L  mono734
 G  icdown734
 L  icup734
 L  mono735
 G  icdown735
 L  icup735
 L  mono736
 G  icdown736
 L  icup736
 L  mono737
 G  icdown737
 L  icup737
 L  mono738
 G  icdown738
 L  icup738
 L  mono739
 G  icdown739
 L  icup739
 L  mono740
 G  icdown740
 L  icup740
 L  mono741
 G  icdown741
 L  icup741
 L  mono742
 G  icdown742
 L  icup742
 L  mono743
 G  icdown743
 L  icup743
 L  mono744
 G  icdown744
 L  icup744
 L  mono745
 G  icdown745
 L  icup745
 L  mono746
 G  icdown746
 L  icup746
 L  mono747
 G  icdown747
 L  icup747
 L  mono748
 G  icdown748
 L  icup748
 L  mono749
 G  icdown749
 L  icup749
 L  mono750
 G  icdown750
 L  icup750
 L  mono751
 G  icdown751
 L  icup751
 L  mono752
 G  icdown752
 L  icup752
 L  mono753
 G  icdown753
 L  icup753
 L  mono754
 G  icdown754
 L  icup754
 L  mono755
 G  icdown755
 L  icup755
 L  mono756
 G  icdown756
 L  icup756
 L  mono757
 G  icdown757
 L  icup757
 L  mono758
 G  icdown758
 L  icup758
 L  mono759
 G  icdown759
 L  icup759
 L  mono760
 G  icdown760
 L  icup760
 L  mono761
 G  icdown761
 L  icup761
 L  mono762
 G  icdown762
 L  icup762
 L  mono763
 G  icdown763
 L  icup763
 L  mono764
 G  icdown764
 L  icup764
 L  mono765
 G  icdown765
 L  icup765
 L  mono766
 G  icdown766
 L  icup766
 L  mono767
 G  icdown767
 L  icup767
 L  mono768
 G  icdown768
 L  icup768
 L  mono769
 G  icdown769
 L  icup769
 L  mono770
 G  icdown770
 L  icup770
 L  mono771
 G  icdown771
 L  icup771
 L  mono772
 G  icdown772
 L  icup772
 L  mono773
 G  icdown773
 L  icup773
 L  mono774
 G  icdown774
 L  icup774
 L  mono775
 G  icdown775
 L  icup775
 L  mono776
 G  icdown776
 L  icup776
 L  mono777
 G  icdown777
 L  icup777
 L  mono778
 G  icdown778
 L  icup778
 L  mono779
 G  icdown779
 L  icup779
 L  mono780
 G  icdown780
 L  icup780
 L  mono781
 G  icdown781
 L  icup781
 L  mono782
 G  icdown782
 L  icup782
 L  mono783
 G  icdown783
 L  icup783
 L  mono784
 G  icdown784
 L  icup784
 L  mono785
 G  icdown785
 L  icup785
 L  mono786
 G  icdown786
 L  icup786
 L  mono787
 G  icdown787
 L  icup787
 L  mono788
 G  icdown788
 L  icup788
 L  mono789
 G  icdown789
 L  icup789
 L  mono790
 G  icdown790
 L  icup790
 L  mono791
 G  icdown791
 L  icup791
 L  mono792
 G  icdown792
 L  icup792
 L  mono793
 G  icdown793
 L  icup793
 L  mono794
 G  icdown794
 L  icup794
 L  mono795
 G  icdown795
 L  icup795
 L  mono796
 G  icdown796
 L  icup796
 L  mono797
 G  icdown797
 L  icup797
 L  mono798
 G  icdown798
 L  icup798
 L  mono799
 G  icdown799
 L  icup799
 L  mono800
 G  icdown800
 L  icup800
 L  nosubsidy
COLUMNS
    x1        tail1     -0.007500000000000244   mono2     1
    x1        icdown2   -0.0012515644555694619
    x2        obj       -9.38673341677127E-6   tail2     -0.007500000000000244
    x2        mono2     -1             icup2     -0.0012515644555694619
    x2        mono3     1              icdown3   -0.0012515644555694619
    x3        obj       -1.877346683354254E-5   tail3     -0.007500000000000244
    x3        mono3     -1             icup3     -0.0012515644555694619
    x3        mono4     1              icdown4   -0.0012515644555694616
    x4        obj       -2.8160200250313806E-5   tail4     -0.007500000000000244
    x4        mono4     -1             icup4     -0.0012515644555694616
    x4        mono5     1              icdown5   -0.001251564455569462
    x5        obj       -3.754693366708508E-5   tail5     -0.007500000000000244
    x5        mono5     -1             icup5     -0.001251564455569462
    x5        mono6     1              icdown6   -0.001251564455569462
    x6        obj       -4.6933667083856354E-5   tail6     -0.007500000000000244
    x6        mono6     -1             icup6     -0.001251564455569462
    x6        mono7     1              icdown7   -0.0012515644555694612
    x7        obj       -5.632040050062761E-5   tail7     -0.007500000000000244
    x7        mono7     -1             icup7     -0.0012515644555694612
    x7        mono8     1              icdown8   -0.001251564455569463
    x8        obj       -6.57071339173989E-5   tail8     -0.007500000000000244
    x8        mono8     -1             icup8     -0.001251564455569463
    x8        mono9     1              icdown9   -0.0012515644555694612
    x9        obj       -7.509386733417016E-5   tail9     -0.007500000000000244
    x9        mono9     -1             icup9     -0.0012515644555694612
    x9        mono10    1              icdown10  -0.0012515644555694612
    x10       obj       -8.448060075094142E-5   tail10    -0.007500000000000244
    x10       mono10    -1             icup10    -0.0012515644555694612
    x10       mono11    1              icdown11  -0.001251564455569463
    x11       obj       -9.386733416771271E-5   tail11    -0.007500000000000244
    x11       mono11    -1             icup11    -0.001251564455569463
    x11       mono12    1              icdown12  -0.0012515644555694612
    x12       obj       -1.0325406758448396E-4   tail12    -0.007500000000000244
    x12       mono12    -1             icup12    -0.0012515644555694612
    x12       mono13    1              icdown13  -0.0012515644555694612
    x13       obj       -1.1264080100125523E-4   tail13    -0.007500000000000244
    x13       mono13    -1             icup13    -0.0012515644555694612
    x13       mono14    1              icdown14  -0.001251564455569463
    x14       obj       -1.220275344180265E-4   tail14    -0.007500000000000244
    x14       mono14    -1             icup14    -0.001251564455569463
    x14       mono15    1              icdown15  -0.001251564455569463
    x15       obj       -1.314142678347978E-4   tail15    -0.007500000000000244
    x15       mono15    -1             icup15    -0.001251564455569463
    x15       mono16    1              icdown16  -0.0012515644555694595
    x16       obj       -1.4080100125156902E-4   tail16    -0.007500000000000244
    x16       mono16    -1             icup16    -0.0012515644555694595
    x16       mono17    1              icdown17  -0.001251564455569463
    x17       obj       -1.5018773466834033E-4   tail17    -0.007500000000000244
    x17       mono17    -1             icup17    -0.001251564455569463
    x17       mono18    1              icdown18  -0.001251564455569463
    x18       obj       -1.595744680851116E-4   tail18    -0.007500000000000244
    x18       mono18    -1             icup18    -0.001251564455569463
    x18       mono19    1              icdown19  -0.0012515644555694595
    x19       obj       -1.6896120150188283E-4   tail19    -0.007500000000000244
    x19       mono19    -1             icup19    -0.0012515644555694595
    x19       mono20    1              icdown20  -0.001251564455569463
    x20       obj       -1.783479349186541E-4   tail20    -0.007500000000000244
    x20       mono20    -1             icup20    -0.001251564455569463
    x20       mono21    1              icdown21  -0.001251564455569463
    x21       obj       -1.8773466833542542E-4   tail21    -0.007500000000000244
    x21       mono21    -1             icup21    -0.001251564455569463
    x21       mono22    1              icdown22  -0.0012515644555694595
    x22       obj       -1.9712140175219664E-4   tail22    -0.007500000000000244
    x22       mono22    -1             icup22    -0.0012515644555694595
    x22       mono23    1              icdown23  -0.001251564455569463
    x23       obj       -2.0650813516896792E-4   tail23    -0.007500000000000244
    x23       mono23    -1             icup23    -0.001251564455569463
    x23       mono24    1              icdown24  -0.001251564455569463
    x24       obj       -2.1589486858573923E-4   tail24    -0.007500000000000244
    x24       mono24    -1             icup24    -0.001251564455569463
    x24       mono25    1              icdown25  -0.0012515644555694595
    x25       obj       -2.2528160200251045E-4   tail25    -0.007500000000000244
    x25       mono25    -1             icup25    -0.0012515644555694595
    x25       mono26    1              icdown26  -0.001251564455569463
    x26       obj       -2.3466833541928173E-4   tail26    -0.007500000000000244
    x26       mono26    -1             icup26    -0.001251564455569463
    x26       mono27    1              icdown27  -0.001251564455569463
    x27       obj       -2.44055068836053E-4   tail27    -0.007500000000000244
    x27       mono27    -1             icup27    -0.001251564455569463
    x27       mono28    1              icdown28  -0.001251564455569463
    x28       obj       -2.534418022528243E-4   tail28    -0.007500000000000244
    x28       mono28    -1             icup28    -0.001251564455569463
    x28       mono29    1              icdown29  -0.001251564455569463
    x29       obj       -2.628285356695956E-4   tail29    -0.007500000000000244
    x29       mono29    -1             icup29    -0.001251564455569463
    x29       mono30    1              icdown30  -0.001251564455569456
    x30       obj       -2.7221526908636676E-4   tail30    -0.007500000000000244
    x30       mono30    -1             icup30    -0.001251564455569456
    x30       mono31    1              icdown31  -0.001251564455569463
    x31       obj       -2.8160200250313804E-4   tail31    -0.007500000000000244
    x31       mono31    -1             icup31    -0.001251564455569463
    x31       mono32    1              icdown32  -0.001251564455569463
    x32       obj       -2.909887359199093E-4   tail32    -0.007500000000000244
    x32       mono32    -1             icup32    -0.001251564455569463
    x32       mono33    1              icdown33  -0.001251564455569463
    x33       obj       -3.0037546933668065E-4   tail33    -0.007500000000000244
    x33       mono33    -1             icup33    -0.001251564455569463
    x33       mono34    1              icdown34  -0.001251564455569463
    x34       obj       -3.0976220275345193E-4   tail34    -0.007500000000000244
    x34       mono34    -1             icup34    -0.001251564455569463
    x34       mono35    1              icdown35  -0.001251564455569463
    x35       obj       -3.191489361702232E-4   tail35    -0.007500000000000244
    x35       mono35    -1             icup35    -0.001251564455569463
    x35       mono36    1              icdown36  -0.001251564455569456
    x36       obj       -3.285356695869944E-4   tail36    -0.007500000000000244
    x36       mono36    -1             icup36    -0.001251564455569456
    x36       mono37    1              icdown37  -0.001251564455569463
    x37       obj       -3.3792240300376566E-4   tail37    -0.007500000000000244
    x37       mono37    -1             icup37    -0.001251564455569463
    x37       mono38    1              icdown38  -0.001251564455569463
    x38       obj       -3.4730913642053694E-4   tail38    -0.007500000000000244
    x38       mono38    -1             icup38    -0.001251564455569463
    x38       mono39    1              icdown39  -0.001251564455569463
    x39       obj       -3.566958698373082E-4   tail39    -0.007500000000000244
    x39       mono39    -1             icup39    -0.001251564455569463
    x39       mono40    1              icdown40  -0.001251564455569463
    x40       obj       -3.6608260325407955E-4   tail40    -0.007500000000000244
    x40       mono40    -1             icup40    -0.001251564455569463
    x40       mono41    1              icdown41  -0.001251564455569463
    x41       obj       -3.7546933667085083E-4   tail41    -0.007500000000000244
    x41       mono41    -1             icup41    -0.001251564455569463
    x41       mono42    1              icdown42  -0.001251564455569456
    x42       obj       -3.84856070087622E-4   tail42    -0.007500000000000244
    x42       mono42    -1             icup42    -0.001251564455569456
    x42       mono43    1              icdown43  -0.001251564455569463
    x43       obj       -3.942428035043933E-4   tail43    -0.007500000000000244
    x43       mono43    -1             icup43    -0.001251564455569463
    x43       mono44    1              icdown44  -0.001251564455569463
    x44       obj       -4.0362953692116456E-4   tail44    -0.007500000000000244
    x44       mono44    -1             icup44    -0.001251564455569463
    x44       mono45    1              icdown45  -0.001251564455569463
    x45       obj       -4.1301627033793584E-4   tail45    -0.007500000000000244
    x45       mono45    -1             icup45    -0.001251564455569463
    x45       mono46    1              icdown46  -0.001251564455569463
    x46       obj       -4.224030037547071E-4   tail46    -0.007500000000000244
    x46       mono46    -1             icup46    -0.001251564455569463
    x46       mono47    1              icdown47  -0.001251564455569463
    x47       obj       -4.3178973717147845E-4   tail47    -0.007500000000000244
    x47       mono47    -1             icup47    -0.001251564455569463
    x47       mono48    1              icdown48  -0.001251564455569456
    x48       obj       -4.411764705882496E-4   tail48    -0.007500000000000244
    x48       mono48    -1             icup48    -0.001251564455569456
    x48       mono49    1              icdown49  -0.001251564455569463
    x49       obj       -4.505632040050209E-4   tail49    -0.007500000000000244
    x49       mono49    -1             icup49    -0.001251564455569463
    x49       mono50    1              icdown50  -0.001251564455569463
    x50       obj       -4.599499374217922E-4   tail50    -0.007500000000000244
    x50       mono50    -1             icup50    -0.001251564455569463
    x50       mono51    1              icdown51  -0.001251564455569463
    x51       obj       -4.6933667083856346E-4   tail51    -0.007500000000000244
    x51       mono51    -1             icup51    -0.001251564455569463
    x51       mono52    1              icdown52  -0.001251564455569463
    x52       obj       -4.7872340425533474E-4   tail52    -0.007500000000000244
    x52       mono52    -1             icup52    -0.001251564455569463
    x52       mono53    1              icdown53  -0.001251564455569463
    x53       obj       -4.88110137672106E-4   tail53    -0.007500000000000244
    x53       mono53    -1             icup53    -0.001251564455569463
    x53       mono54    1              icdown54  -0.001251564455569463
    x54       obj       -4.974968710888773E-4   tail54    -0.007500000000000244
    x54       mono54    -1             icup54    -0.001251564455569463
    x54       mono55    1              icdown55  -0.001251564455569463
    x55       obj       -5.068836045056486E-4   tail55    -0.007500000000000244
    x55       mono55    -1             icup55    -0.001251564455569463
    x55       mono56    1              icdown56  -0.001251564455569463
    x56       obj       -5.162703379224199E-4   tail56    -0.007500000000000244
    x56       mono56    -1             icup56    -0.001251564455569463
    x56       mono57    1              icdown57  -0.001251564455569463
    x57       obj       -5.256570713391912E-4   tail57    -0.007500000000000244
    x57       mono57    -1             icup57    -0.001251564455569463
    x57       mono58    1              icdown58  -0.001251564455569449
    x58       obj       -5.350438047559623E-4   tail58    -0.007500000000000244
    x58       mono58    -1             icup58    -0.001251564455569449
    x58       mono59    1              icdown59  -0.001251564455569463
    x59       obj       -5.444305381727335E-4   tail59    -0.007500000000000244
    x59       mono59    -1             icup59    -0.001251564455569463
    x59       mono60    1              icdown60  -0.001251564455569463
    x60       obj       -5.538172715895049E-4   tail60    -0.007500000000000244
    x60       mono60    -1             icup60    -0.001251564455569463
    x60       mono61    1              icdown61  -0.001251564455569463
    x61       obj       -5.632040050062761E-4   tail61    -0.007500000000000244
    x61       mono61    -1             icup61    -0.001251564455569463
    x61       mono62    1              icdown62  -0.001251564455569463
    x62       obj       -5.725907384230474E-4   tail62    -0.007500000000000244
    x62       mono62    -1             icup62    -0.001251564455569463
    x62       mono63    1              icdown63  -0.001251564455569463
    x63       obj       -5.819774718398186E-4   tail63    -0.007500000000000244
    x63       mono63    -1             icup63    -0.001251564455569463
    x63       mono64    1              icdown64  -0.001251564455569463
    x64       obj       -5.913642052565899E-4   tail64    -0.007500000000000244
    x64       mono64    -1             icup64    -0.001251564455569463
    x64       mono65    1              icdown65  -0.001251564455569463
    x65       obj       -6.007509386733613E-4   tail65    -0.007500000000000244
    x65       mono65    -1             icup65    -0.001251564455569463
    x65       mono66    1              icdown66  -0.001251564455569463
    x66       obj       -6.101376720901325E-4   tail66    -0.007500000000000244
    x66       mono66    -1             icup66    -0.001251564455569463
    x66       mono67    1              icdown67  -0.001251564455569463
    x67       obj       -6.195244055069039E-4   tail67    -0.007500000000000244
    x67       mono67    -1             icup67    -0.001251564455569463
    x67       mono68    1              icdown68  -0.001251564455569463
    x68       obj       -6.289111389236751E-4   tail68    -0.007500000000000244
    x68       mono68    -1             icup68    -0.001251564455569463
    x68       mono69    1              icdown69  -0.001251564455569463
    x69       obj       -6.382978723404464E-4   tail69    -0.007500000000000244
    x69       mono69    -1             icup69    -0.001251564455569463
    x69       mono70    1              icdown70  -0.001251564455569449
    x70       obj       -6.476846057572175E-4   tail70    -0.007500000000000244
    x70       mono70    -1             icup70    -0.001251564455569449
    x70       mono71    1              icdown71  -0.001251564455569463
    x71       obj       -6.570713391739888E-4   tail71    -0.007500000000000244
    x71       mono71    -1             icup71    -0.001251564455569463
    x71       mono72    1              icdown72  -0.001251564455569463
    x72       obj       -6.664580725907601E-4   tail72    -0.007500000000000244
    x72       mono72    -1             icup72    -0.001251564455569463
    x72       mono73    1              icdown73  -0.001251564455569463
    x73       obj       -6.758448060075313E-4   tail73    -0.007500000000000244
    x73       mono73    -1             icup73    -0.001251564455569463
    x73       mono74    1              icdown74  -0.001251564455569463
    x74       obj       -6.852315394243027E-4   tail74    -0.007500000000000244
    x74       mono74    -1             icup74    -0.001251564455569463
    x74       mono75    1              icdown75  -0.001251564455569463
    x75       obj       -6.946182728410739E-4   tail75    -0.007500000000000244
    x75       mono75    -1             icup75    -0.001251564455569463
    x75       mono76    1              icdown76  -0.001251564455569463
    x76       obj       -7.040050062578452E-4   tail76    -0.007500000000000244
    x76       mono76    -1             icup76    -0.001251564455569463
    x76       mono77    1              icdown77  -0.001251564455569463
    x77       obj       -7.133917396746164E-4   tail77    -0.007500000000000244
    x77       mono77    -1             icup77    -0.001251564455569463
    x77       mono78    1              icdown78  -0.001251564455569463
    x78       obj       -7.227784730913877E-4   tail78    -0.007500000000000244
    x78       mono78    -1             icup78    -0.001251564455569463
    x78       mono79    1              icdown79  -0.001251564455569463
    x79       obj       -7.321652065081591E-4   tail79    -0.007500000000000244
    x79       mono79    -1             icup79    -0.001251564455569463
    x79       mono80    1              icdown80  -0.001251564455569463
    x80       obj       -7.415519399249303E-4   tail80    -0.007500000000000244
    x80       mono80    -1             icup80    -0.001251564455569463
    x80       mono81    1              icdown81  -0.001251564455569463
    x81       obj       -7.509386733417017E-4   tail81    -0.007500000000000244
    x81       mono81    -1             icup81    -0.001251564455569463
    x81       mono82    1              icdown82  -0.001251564455569463
    x82       obj       -7.603254067584729E-4   tail82    -0.007500000000000244
    x82       mono82    -1             icup82    -0.001251564455569463
    x82       mono83    1              icdown83  -0.001251564455569449
    x83       obj       -7.69712140175244E-4   tail83    -0.007500000000000244
    x83       mono83    -1             icup83    -0.001251564455569449
    x83       mono84    1              icdown84  -0.001251564455569463
    x84       obj       -7.790988735920153E-4   tail84    -0.007500000000000244
    x84       mono84    -1             icup84    -0.001251564455569463
    x84       mono85    1              icdown85  -0.001251564455569463
    x85       obj       -7.884856070087866E-4   tail85    -0.007500000000000244
    x85       mono85    -1             icup85    -0.001251564455569463
    x85       mono86    1              icdown86  -0.001251564455569463
    x86       obj       -7.978723404255579E-4   tail86    -0.007500000000000244
    x86       mono86    -1             icup86    -0.001251564455569463
    x86       mono87    1              icdown87  -0.001251564455569463
    x87       obj       -8.072590738423291E-4   tail87    -0.007500000000000244
    x87       mono87    -1             icup87    -0.001251564455569463
    x87       mono88    1              icdown88  -0.001251564455569463
    x88       obj       -8.166458072591005E-4   tail88    -0.007500000000000244
    x88       mono88    -1             icup88    -0.001251564455569463
    x88       mono89    1              icdown89  -0.001251564455569463
    x89       obj       -8.260325406758717E-4   tail89    -0.007500000000000244
    x89       mono89    -1             icup89    -0.001251564455569463
    x89       mono90    1              icdown90  -0.001251564455569463
    x90       obj       -8.354192740926429E-4   tail90    -0.007500000000000244
    x90       mono90    -1             icup90    -0.001251564455569463
    x90       mono91    1              icdown91  -0.001251564455569463
    x91       obj       -8.448060075094142E-4   tail91    -0.007500000000000244
    x91       mono91    -1             icup91    -0.001251564455569463
    x91       mono92    1              icdown92  -0.001251564455569463
    x92       obj       -8.541927409261855E-4   tail92    -0.007500000000000244
    x92       mono92    -1             icup92    -0.001251564455569463
    x92       mono93    1              icdown93  -0.001251564455569463
    x93       obj       -8.635794743429569E-4   tail93    -0.007500000000000244
    x93       mono93    -1             icup93    -0.001251564455569463
    x93       mono94    1              icdown94  -0.001251564455569463
    x94       obj       -8.729662077597281E-4   tail94    -0.007500000000000244
    x94       mono94    -1             icup94    -0.001251564455569463
    x94       mono95    1              icdown95  -0.001251564455569449
    x95       obj       -8.823529411764992E-4   tail95    -0.007500000000000244
    x95       mono95    -1             icup95    -0.001251564455569449
    x95       mono96    1              icdown96  -0.001251564455569463
    x96       obj       -8.917396745932706E-4   tail96    -0.007500000000000244
    x96       mono96    -1             icup96    -0.001251564455569463
    x96       mono97    1              icdown97  -0.001251564455569463
    x97       obj       -9.011264080100418E-4   tail97    -0.007500000000000244
    x97       mono97    -1             icup97    -0.001251564455569463
    x97       mono98    1              icdown98  -0.001251564455569463
    x98       obj       -9.105131414268131E-4   tail98    -0.007500000000000244
    x98       mono98    -1             icup98    -0.001251564455569463
    x98       mono99    1              icdown99  -0.001251564455569463
    x99       obj       -9.198998748435844E-4   tail99    -0.007500000000000244
    x99       mono99    -1             icup99    -0.001251564455569463
    x99       mono100   1              icdown100  -0.001251564455569463
    x100      obj       -9.292866082603557E-4   tail100   -0.007500000000000244
    x100      mono100   -1             icup100   -0.001251564455569463
    x100      mono101   1              icdown101  -0.001251564455569463
    x101      obj       -9.386733416771269E-4   tail101   -0.007500000000000244
    x101      mono101   -1             icup101   -0.001251564455569463
    x101      mono102   1              icdown102  -0.001251564455569463
    x102      obj       -9.480600750938981E-4   tail102   -0.007500000000000244
    x102      mono102   -1             icup102   -0.001251564455569463
    x102      mono103   1              icdown103  -0.001251564455569463
    x103      obj       -9.574468085106695E-4   tail103   -0.007500000000000244
    x103      mono103   -1             icup103   -0.001251564455569463
    x103      mono104   1              icdown104  -0.001251564455569463
    x104      obj       -9.668335419274407E-4   tail104   -0.007500000000000244
    x104      mono104   -1             icup104   -0.001251564455569463
    x104      mono105   1              icdown105  -0.001251564455569463
    x105      obj       -9.76220275344212E-4   tail105   -0.007500000000000244
    x105      mono105   -1             icup105   -0.001251564455569463
    x105      mono106   1              icdown106  -0.001251564455569463
    x106      obj       -9.856070087609834E-4   tail106   -0.007500000000000244
    x106      mono106   -1             icup106   -0.001251564455569463
    x106      mono107   1              icdown107  -0.001251564455569463
    x107      obj       -9.949937421777546E-4   tail107   -0.007500000000000244
    x107      mono107   -1             icup107   -0.001251564455569463
    x107      mono108   1              icdown108  -0.001251564455569463
    x108      obj       -0.0010043804755945258   tail108   -0.007500000000000244
    x108      mono108   -1             icup108   -0.001251564455569463
    x108      mono109   1              icdown109  -0.001251564455569463
    x109      obj       -0.0010137672090112973   tail109   -0.007500000000000244
    x109      mono109   -1             icup109   -0.001251564455569463
    x109      mono110   1              icdown110  -0.001251564455569463
    x110      obj       -0.0010231539424280685   tail110   -0.007500000000000244
    x110      mono110   -1             icup110   -0.001251564455569463
    x110      mono111   1              icdown111  -0.001251564455569463
    x111      obj       -0.0010325406758448397   tail111   -0.007500000000000244
    x111      mono111   -1             icup111   -0.001251564455569463
    x111      mono112   1              icdown112  -0.001251564455569463
    x112      obj       -0.001041927409261611   tail112   -0.007500000000000244
    x112      mono112   -1             icup112   -0.001251564455569463
    x112      mono113   1              icdown113  -0.001251564455569463
    x113      obj       -0.0010513141426783824   tail113   -0.007500000000000244
    x113      mono113   -1             icup113   -0.001251564455569463
    x113      mono114   1              icdown114  -0.0012515644555694352
    x114      obj       -0.0010607008760951534   tail114   -0.007500000000000244
    x114      mono114   -1             icup114   -0.0012515644555694352
    x114      mono115   1              icdown115  -0.001251564455569463
    x115      obj       -0.0010700876095119246   tail115   -0.007500000000000244
    x115      mono115   -1             icup115   -0.001251564455569463
    x115      mono116   1              icdown116  -0.001251564455569463
    x116      obj       -0.0010794743429286958   tail116   -0.007500000000000244
    x116      mono116   -1             icup116   -0.001251564455569463
    x116      mono117   1              icdown117  -0.001251564455569463
    x117      obj       -0.001088861076345467   tail117   -0.007500000000000244
    x117      mono117   -1             icup117   -0.001251564455569463
    x117      mono118   1              icdown118  -0.001251564455569463
    x118      obj       -0.0010982478097622385   tail118   -0.007500000000000244
    x118      mono118   -1             icup118   -0.001251564455569463
    x118      mono119   1              icdown119  -0.001251564455569463
    x119      obj       -0.0011076345431790097   tail119   -0.007500000000000244
    x119      mono119   -1             icup119   -0.001251564455569463
    x119      mono120   1              icdown120  -0.001251564455569463
    x120      obj       -0.001117021276595781   tail120   -0.007500000000000244
    x120      mono120   -1             icup120   -0.001251564455569463
    x120      mono121   1              icdown121  -0.001251564455569463
    x121      obj       -0.0011264080100125522   tail121   -0.007500000000000244
    x121      mono121   -1             icup121   -0.001251564455569463
    x121      mono122   1              icdown122  -0.001251564455569463
    x122      obj       -0.0011357947434293234   tail122   -0.007500000000000244
    x122      mono122   -1             icup122   -0.001251564455569463
    x122      mono123   1              icdown123  -0.001251564455569463
    x123      obj       -0.0011451814768460948   tail123   -0.007500000000000244
    x123      mono123   -1             icup123   -0.001251564455569463
    x123      mono124   1              icdown124  -0.001251564455569463
    x124      obj       -0.001154568210262866   tail124   -0.007500000000000244
    x124      mono124   -1             icup124   -0.001251564455569463
    x124      mono125   1              icdown125  -0.001251564455569463
    x125      obj       -0.0011639549436796373   tail125   -0.007500000000000244
    x125      mono125   -1             icup125   -0.001251564455569463
    x125      mono126   1              icdown126  -0.001251564455569463
    x126      obj       -0.0011733416770964085   tail126   -0.007500000000000244
    x126      mono126   -1             icup126   -0.001251564455569463
    x126      mono127   1              icdown127  -0.001251564455569463
    x127      obj       -0.0011827284105131797   tail127   -0.007500000000000244
    x127      mono127   -1             icup127   -0.001251564455569463
    x127      mono128   1              icdown128  -0.001251564455569463
    x128      obj       -0.0011921151439299512   tail128   -0.007500000000000244
    x128      mono128   -1             icup128   -0.001251564455569463
    x128      mono129   1              icdown129  -0.001251564455569463
    x129      obj       -0.0012015018773467226   tail129   -0.007500000000000244
    x129      mono129   -1             icup129   -0.001251564455569463
    x129      mono130   1              icdown130  -0.001251564455569463
    x130      obj       -0.0012108886107634938   tail130   -0.007500000000000244
    x130      mono130   -1             icup130   -0.001251564455569463
    x130      mono131   1              icdown131  -0.001251564455569463
    x131      obj       -0.001220275344180265   tail131   -0.007500000000000244
    x131      mono131   -1             icup131   -0.001251564455569463
    x131      mono132   1              icdown132  -0.001251564455569463
    x132      obj       -0.0012296620775970365   tail132   -0.007500000000000244
    x132      mono132   -1             icup132   -0.001251564455569463
    x132      mono133   1              icdown133  -0.001251564455569463
    x133      obj       -0.0012390488110138077   tail133   -0.007500000000000244
    x133      mono133   -1             icup133   -0.001251564455569463
    x133      mono134   1              icdown134  -0.001251564455569463
    x134      obj       -0.001248435544430579   tail134   -0.007500000000000244
    x134      mono134   -1             icup134   -0.001251564455569463
    x134      mono135   1              icdown135  -0.001251564455569463
    x135      obj       -0.0012578222778473502   tail135   -0.007500000000000244
    x135      mono135   -1             icup135   -0.001251564455569463
    x135      mono136   1              icdown136  -0.001251564455569463
    x136      obj       -0.0012672090112641214   tail136   -0.007500000000000244
    x136      mono136   -1             icup136   -0.001251564455569463
    x136      mono137   1              icdown137  -0.001251564455569463
    x137      obj       -0.0012765957446808928   tail137   -0.007500000000000244
    x137      mono137   -1             icup137   -0.001251564455569463
    x137      mono138   1              icdown138  -0.001251564455569463
    x138      obj       -0.001285982478097664   tail138   -0.007500000000000244
    x138      mono138   -1             icup138   -0.001251564455569463
    x138      mono139   1              icdown139  -0.0012515644555694352
    x139      obj       -0.001295369211514435   tail139   -0.007500000000000244
    x139      mono139   -1             icup139   -0.0012515644555694352
    x139      mono140   1              icdown140  -0.001251564455569463
    x140      obj       -0.0013047559449312063   tail140   -0.007500000000000244
    x140      mono140   -1             icup140   -0.001251564455569463
    x140      mono141   1              icdown141  -0.001251564455569463
    x141      obj       -0.0013141426783479775   tail141   -0.007500000000000244
    x141      mono141   -1             icup141   -0.001251564455569463
    x141      mono142   1              icdown142  -0.001251564455569463
    x142      obj       -0.001323529411764749   tail142   -0.007500000000000244
    x142      mono142   -1             icup142   -0.001251564455569463
    x142      mono143   1              icdown143  -0.001251564455569463
    x143      obj       -0.0013329161451815202   tail143   -0.007500000000000244
    x143      mono143   -1             icup143   -0.001251564455569463
    x143      mono144   1              icdown144  -0.001251564455569463
    x144      obj       -0.0013423028785982914   tail144   -0.007500000000000244
    x144      mono144   -1             icup144   -0.001251564455569463
    x144      mono145   1              icdown145  -0.001251564455569463
    x145      obj       -0.0013516896120150626   tail145   -0.007500000000000244
    x145      mono145   -1             icup145   -0.001251564455569463
    x145      mono146   1              icdown146  -0.001251564455569463
    x146      obj       -0.0013610763454318339   tail146   -0.007500000000000244
    x146      mono146   -1             icup146   -0.001251564455569463
    x146      mono147   1              icdown147  -0.001251564455569463
    x147      obj       -0.0013704630788486053   tail147   -0.007500000000000244
    x147      mono147   -1             icup147   -0.001251564455569463
    x147      mono148   1              icdown148  -0.001251564455569463
    x148      obj       -0.0013798498122653765   tail148   -0.007500000000000244
    x148      mono148   -1             icup148   -0.001251564455569463
    x148      mono149   1              icdown149  -0.001251564455569463
    x149      obj       -0.0013892365456821478   tail149   -0.007500000000000244
    x149      mono149   -1             icup149   -0.001251564455569463
    x149      mono150   1              icdown150  -0.001251564455569463
    x150      obj       -0.001398623279098919   tail150   -0.007500000000000244
    x150      mono150   -1             icup150   -0.001251564455569463
    x150      mono151   1              icdown151  -0.001251564455569463
    x151      obj       -0.0014080100125156904   tail151   -0.007500000000000244
    x151      mono151   -1             icup151   -0.001251564455569463
    x151      mono152   1              icdown152  -0.001251564455569463
    x152      obj       -0.0014173967459324617   tail152   -0.007500000000000244
    x152      mono152   -1             icup152   -0.001251564455569463
    x152      mono153   1              icdown153  -0.001251564455569463
    x153      obj       -0.0014267834793492329   tail153   -0.007500000000000244
    x153      mono153   -1             icup153   -0.001251564455569463
    x153      mono154   1              icdown154  -0.001251564455569463
    x154      obj       -0.001436170212766004   tail154   -0.007500000000000244
    x154      mono154   -1             icup154   -0.001251564455569463
    x154      mono155   1              icdown155  -0.001251564455569463
    x155      obj       -0.0014455569461827753   tail155   -0.007500000000000244
    x155      mono155   -1             icup155   -0.001251564455569463
    x155      mono156   1              icdown156  -0.001251564455569463
    x156      obj       -0.0014549436795995468   tail156   -0.007500000000000244
    x156      mono156   -1             icup156   -0.001251564455569463
    x156      mono157   1              icdown157  -0.001251564455569463
    x157      obj       -0.0014643304130163182   tail157   -0.007500000000000244
    x157      mono157   -1             icup157   -0.001251564455569463
    x157      mono158   1              icdown158  -0.001251564455569463
    x158      obj       -0.0014737171464330894   tail158   -0.007500000000000244
    x158      mono158   -1             icup158   -0.001251564455569463
    x158      mono159   1              icdown159  -0.001251564455569463
    x159      obj       -0.0014831038798498607   tail159   -0.007500000000000244
    x159      mono159   -1             icup159   -0.001251564455569463
    x159      mono160   1              icdown160  -0.001251564455569463
    x160      obj       -0.0014924906132666319   tail160   -0.007500000000000244
    x160      mono160   -1             icup160   -0.001251564455569463
    x160      mono161   1              icdown161  -0.001251564455569463
    x161      obj       -0.0015018773466834033   tail161   -0.007500000000000244
    x161      mono161   -1             icup161   -0.001251564455569463
    x161      mono162   1              icdown162  -0.001251564455569463
    x162      obj       -0.0015112640801001746   tail162   -0.007500000000000244
    x162      mono162   -1             icup162   -0.001251564455569463
    x162      mono163   1              icdown163  -0.001251564455569463
    x163      obj       -0.0015206508135169458   tail163   -0.007500000000000244
    x163      mono163   -1             icup163   -0.001251564455569463
    x163      mono164   1              icdown164  -0.0012515644555694352
    x164      obj       -0.0015300375469337168   tail164   -0.007500000000000244
    x164      mono164   -1             icup164   -0.0012515644555694352
    x164      mono165   1              icdown165  -0.001251564455569463
    x165      obj       -0.001539424280350488   tail165   -0.007500000000000244
    x165      mono165   -1             icup165   -0.001251564455569463
    x165      mono166   1              icdown166  -0.001251564455569463
    x166      obj       -0.0015488110137672594   tail166   -0.007500000000000244
    x166      mono166   -1             icup166   -0.001251564455569463
    x166      mono167   1              icdown167  -0.001251564455569463
    x167      obj       -0.0015581977471840307   tail167   -0.007500000000000244
    x167      mono167   -1             icup167   -0.001251564455569463
    x167      mono168   1              icdown168  -0.001251564455569463
    x168      obj       -0.001567584480600802   tail168   -0.007500000000000244
    x168      mono168   -1             icup168   -0.001251564455569463
    x168      mono169   1              icdown169  -0.001251564455569463
    x169      obj       -0.0015769712140175731   tail169   -0.007500000000000244
    x169      mono169   -1             icup169   -0.001251564455569463
    x169      mono170   1              icdown170  -0.001251564455569463
    x170      obj       -0.0015863579474343443   tail170   -0.007500000000000244
    x170      mono170   -1             icup170   -0.001251564455569463
    x170      mono171   1              icdown171  -0.001251564455569463
    x171      obj       -0.0015957446808511158   tail171   -0.007500000000000244
    x171      mono171   -1             icup171   -0.001251564455569463
    x171      mono172   1              icdown172  -0.001251564455569463
    x172      obj       -0.001605131414267887   tail172   -0.007500000000000244
    x172      mono172   -1             icup172   -0.001251564455569463
    x172      mono173   1              icdown173  -0.001251564455569463
    x173      obj       -0.0016145181476846582   tail173   -0.007500000000000244
    x173      mono173   -1             icup173   -0.001251564455569463
    x173      mono174   1              icdown174  -0.001251564455569463
    x174      obj       -0.0016239048811014295   tail174   -0.007500000000000244
    x174      mono174   -1             icup174   -0.001251564455569463
    x174      mono175   1              icdown175  -0.001251564455569463
    x175      obj       -0.001633291614518201   tail175   -0.007500000000000244
    x175      mono175   -1             icup175   -0.001251564455569463
    x175      mono176   1              icdown176  -0.001251564455569463
    x176      obj       -0.0016426783479349721   tail176   -0.007500000000000244
    x176      mono176   -1             icup176   -0.001251564455569463
    x176      mono177   1              icdown177  -0.001251564455569463
    x177      obj       -0.0016520650813517434   tail177   -0.007500000000000244
    x177      mono177   -1             icup177   -0.001251564455569463
    x177      mono178   1              icdown178  -0.001251564455569463
    x178      obj       -0.0016614518147685146   tail178   -0.007500000000000244
    x178      mono178   -1             icup178   -0.001251564455569463
    x178      mono179   1              icdown179  -0.001251564455569463
    x179      obj       -0.0016708385481852858   tail179   -0.007500000000000244
    x179      mono179   -1             icup179   -0.001251564455569463
    x179      mono180   1              icdown180  -0.001251564455569463
    x180      obj       -0.0016802252816020572   tail180   -0.007500000000000244
    x180      mono180   -1             icup180   -0.001251564455569463
    x180      mono181   1              icdown181  -0.001251564455569463
    x181      obj       -0.0016896120150188285   tail181   -0.007500000000000244
    x181      mono181   -1             icup181   -0.001251564455569463
    x181      mono182   1              icdown182  -0.001251564455569463
    x182      obj       -0.0016989987484355997   tail182   -0.007500000000000244
    x182      mono182   -1             icup182   -0.001251564455569463
    x182      mono183   1              icdown183  -0.001251564455569463
    x183      obj       -0.001708385481852371   tail183   -0.007500000000000244
    x183      mono183   -1             icup183   -0.001251564455569463
    x183      mono184   1              icdown184  -0.001251564455569463
    x184      obj       -0.0017177722152691421   tail184   -0.007500000000000244
    x184      mono184   -1             icup184   -0.001251564455569463
    x184      mono185   1              icdown185  -0.001251564455569463
    x185      obj       -0.0017271589486859138   tail185   -0.007500000000000244
    x185      mono185   -1             icup185   -0.001251564455569463
    x185      mono186   1              icdown186  -0.001251564455569463
    x186      obj       -0.001736545682102685   tail186   -0.007500000000000244
    x186      mono186   -1             icup186   -0.001251564455569463
    x186      mono187   1              icdown187  -0.001251564455569463
    x187      obj       -0.0017459324155194563   tail187   -0.007500000000000244
    x187      mono187   -1             icup187   -0.001251564455569463
    x187      mono188   1              icdown188  -0.001251564455569463
    x188      obj       -0.0017553191489362275   tail188   -0.007500000000000244
    x188      mono188   -1             icup188   -0.001251564455569463
    x188      mono189   1              icdown189  -0.0012515644555694352
    x189      obj       -0.0017647058823529985   tail189   -0.007500000000000244
    x189      mono189   -1             icup189   -0.0012515644555694352
    x189      mono190   1              icdown190  -0.001251564455569463
    x190      obj       -0.00177409261576977   tail190   -0.007500000000000244
    x190      mono190   -1             icup190   -0.001251564455569463
    x190      mono191   1              icdown191  -0.001251564455569463
    x191      obj       -0.0017834793491865412   tail191   -0.007500000000000244
    x191      mono191   -1             icup191   -0.001251564455569463
    x191      mono192   1              icdown192  -0.001251564455569463
    x192      obj       -0.0017928660826033124   tail192   -0.007500000000000244
    x192      mono192   -1             icup192   -0.001251564455569463
    x192      mono193   1              icdown193  -0.001251564455569463
    x193      obj       -0.0018022528160200836   tail193   -0.007500000000000244
    x193      mono193   -1             icup193   -0.001251564455569463
    x193      mono194   1              icdown194  -0.001251564455569463
    x194      obj       -0.001811639549436855   tail194   -0.007500000000000244
    x194      mono194   -1             icup194   -0.001251564455569463
    x194      mono195   1              icdown195  -0.001251564455569463
    x195      obj       -0.0018210262828536263   tail195   -0.007500000000000244
    x195      mono195   -1             icup195   -0.001251564455569463
    x195      mono196   1              icdown196  -0.001251564455569463
    x196      obj       -0.0018304130162703975   tail196   -0.007500000000000244
    x196      mono196   -1             icup196   -0.001251564455569463
    x196      mono197   1              icdown197  -0.001251564455569463
    x197      obj       -0.0018397997496871687   tail197   -0.007500000000000244
    x197      mono197   -1             icup197   -0.001251564455569463
    x197      mono198   1              icdown198  -0.001251564455569463
    x198      obj       -0.00184918648310394   tail198   -0.007500000000000244
    x198      mono198   -1             icup198   -0.001251564455569463
    x198      mono199   1              icdown199  -0.001251564455569463
    x199      obj       -0.0018585732165207114   tail199   -0.007500000000000244
    x199      mono199   -1             icup199   -0.001251564455569463
    x199      mono200   1              icdown200  -0.001251564455569463
    x200      obj       -0.0018679599499374826   tail200   -0.007500000000000244
    x200      mono200   -1             icup200   -0.001251564455569463
    x200      mono201   1              icdown201  -0.001251564455569463
    x201      obj       -0.0018773466833542538   tail201   -0.007500000000000244
    x201      mono201   -1             icup201   -0.001251564455569463
    x201      mono202   1              icdown202  -0.0012515644555694352
    x202      obj       -0.0018867334167710248   tail202   -0.007500000000000244
    x202      mono202   -1             icup202   -0.0012515644555694352
    x202      mono203   1              icdown203  -0.0012515644555694907
    x203      obj       -0.0018961201501877963   tail203   -0.007500000000000244
    x203      mono203   -1             icup203   -0.0012515644555694907
    x203      mono204   1              icdown204  -0.0012515644555694352
    x204      obj       -0.0019055068836045675   tail204   -0.007500000000000244
    x204      mono204   -1             icup204   -0.0012515644555694352
    x204      mono205   1              icdown205  -0.0012515644555694907
    x205      obj       -0.001914893617021339   tail205   -0.007500000000000244
    x205      mono205   -1             icup205   -0.0012515644555694907
    x205      mono206   1              icdown206  -0.0012515644555694352
    x206      obj       -0.00192428035043811   tail206   -0.007500000000000244
    x206      mono206   -1             icup206   -0.0012515644555694352
    x206      mono207   1              icdown207  -0.0012515644555694907
    x207      obj       -0.0019336670838548814   tail207   -0.007500000000000244
    x207      mono207   -1             icup207   -0.0012515644555694907
    x207      mono208   1              icdown208  -0.0012515644555694352
    x208      obj       -0.0019430538172716524   tail208   -0.007500000000000244
    x208      mono208   -1             icup208   -0.0012515644555694352
    x208      mono209   1              icdown209  -0.0012515644555694907
    x209      obj       -0.001952440550688424   tail209   -0.007500000000000244
    x209      mono209   -1             icup209   -0.0012515644555694907
    x209      mono210   1              icdown210  -0.0012515644555694352
    x210      obj       -0.001961827284105195   tail210   -0.007500000000000244
    x210      mono210   -1             icup210   -0.0012515644555694352
    x210      mono211   1              icdown211  -0.0012515644555694907
    x211      obj       -0.0019712140175219667   tail211   -0.007500000000000244
    x211      mono211   -1             icup211   -0.0012515644555694907
    x211      mono212   1              icdown212  -0.0012515644555694352
    x212      obj       -0.0019806007509387377   tail212   -0.007500000000000244
    x212      mono212   -1             icup212   -0.0012515644555694352
    x212      mono213   1              icdown213  -0.0012515644555694907
    x213      obj       -0.001989987484355509   tail213   -0.007500000000000244
    x213      mono213   -1             icup213   -0.0012515644555694907
    x213      mono214   1              icdown214  -0.0012515644555694352
    x214      obj       -0.00199937421777228   tail214   -0.007500000000000244
    x214      mono214   -1             icup214   -0.0012515644555694352
    x214      mono215   1              icdown215  -0.0012515644555694907
    x215      obj       -0.0020087609511890516   tail215   -0.007500000000000244
    x215      mono215   -1             icup215   -0.0012515644555694907
    x215      mono216   1              icdown216  -0.0012515644555694352
    x216      obj       -0.0020181476846058226   tail216   -0.007500000000000244
    x216      mono216   -1             icup216   -0.0012515644555694352
    x216      mono217   1              icdown217  -0.0012515644555694907
    x217      obj       -0.0020275344180225945   tail217   -0.007500000000000244
    x217      mono217   -1             icup217   -0.0012515644555694907
    x217      mono218   1              icdown218  -0.0012515644555694352
    x218      obj       -0.002036921151439365   tail218   -0.007500000000000244
    x218      mono218   -1             icup218   -0.0012515644555694352
    x218      mono219   1              icdown219  -0.0012515644555694907
    x219      obj       -0.002046307884856137   tail219   -0.007500000000000244
    x219      mono219   -1             icup219   -0.0012515644555694907
    x219      mono220   1              icdown220  -0.0012515644555694352
    x220      obj       -0.0020556946182729075   tail220   -0.007500000000000244
    x220      mono220   -1             icup220   -0.0012515644555694352
    x220      mono221   1              icdown221  -0.0012515644555694907
    x221      obj       -0.0020650813516896794   tail221   -0.007500000000000244
    x221      mono221   -1             icup221   -0.0012515644555694907
    x221      mono222   1              icdown222  -0.0012515644555694352
    x222      obj       -0.0020744680851064504   tail222   -0.007500000000000244
    x222      mono222   -1             icup222   -0.0012515644555694352
    x222      mono223   1              icdown223  -0.0012515644555694907
    x223      obj       -0.002083854818523222   tail223   -0.007500000000000244
    x223      mono223   -1             icup223   -0.0012515644555694907
    x223      mono224   1              icdown224  -0.0012515644555694352
    x224      obj       -0.002093241551939993   tail224   -0.007500000000000244
    x224      mono224   -1             icup224   -0.0012515644555694352
    x224      mono225   1              icdown225  -0.0012515644555694907
    x225      obj       -0.0021026282853567647   tail225   -0.007500000000000244
    x225      mono225   -1             icup225   -0.0012515644555694907
    x225      mono226   1              icdown226  -0.0012515644555694352
    x226      obj       -0.0021120150187735353   tail226   -0.007500000000000244
    x226      mono226   -1             icup226   -0.0012515644555694352
    x226      mono227   1              icdown227  -0.0012515644555694352
    x227      obj       -0.0021214017521903068   tail227   -0.007500000000000244
    x227      mono227   -1             icup227   -0.0012515644555694352
    x227      mono228   1              icdown228  -0.0012515644555694907
    x228      obj       -0.002130788485607078   tail228   -0.007500000000000244
    x228      mono228   -1             icup228   -0.0012515644555694907
    x228      mono229   1              icdown229  -0.0012515644555694352
    x229      obj       -0.002140175219023849   tail229   -0.007500000000000244
    x229      mono229   -1             icup229   -0.0012515644555694352
    x229      mono230   1              icdown230  -0.0012515644555694907
    x230      obj       -0.002149561952440621   tail230   -0.007500000000000244
    x230      mono230   -1             icup230   -0.0012515644555694907
    x230      mono231   1              icdown231  -0.0012515644555694352
    x231      obj       -0.0021589486858573917   tail231   -0.007500000000000244
    x231      mono231   -1             icup231   -0.0012515644555694352
    x231      mono232   1              icdown232  -0.0012515644555694907
    x232      obj       -0.0021683354192741635   tail232   -0.007500000000000244
    x232      mono232   -1             icup232   -0.0012515644555694907
    x232      mono233   1              icdown233  -0.0012515644555694352
    x233      obj       -0.002177722152690934   tail233   -0.007500000000000244
    x233      mono233   -1             icup233   -0.0012515644555694352
    x233      mono234   1              icdown234  -0.0012515644555694907
    x234      obj       -0.002187108886107706   tail234   -0.007500000000000244
    x234      mono234   -1             icup234   -0.0012515644555694907
    x234      mono235   1              icdown235  -0.0012515644555694352
    x235      obj       -0.002196495619524477   tail235   -0.007500000000000244
    x235      mono235   -1             icup235   -0.0012515644555694352
    x235      mono236   1              icdown236  -0.0012515644555694907
    x236      obj       -0.0022058823529412484   tail236   -0.007500000000000244
    x236      mono236   -1             icup236   -0.0012515644555694907
    x236      mono237   1              icdown237  -0.0012515644555694352
    x237      obj       -0.0022152690863580194   tail237   -0.007500000000000244
    x237      mono237   -1             icup237   -0.0012515644555694352
    x237      mono238   1              icdown238  -0.0012515644555694907
    x238      obj       -0.002224655819774791   tail238   -0.007500000000000244
    x238      mono238   -1             icup238   -0.0012515644555694907
    x238      mono239   1              icdown239  -0.0012515644555694352
    x239      obj       -0.002234042553191562   tail239   -0.007500000000000244
    x239      mono239   -1             icup239   -0.0012515644555694352
    x239      mono240   1              icdown240  -0.0012515644555694907
    x240      obj       -0.0022434292866083338   tail240   -0.007500000000000244
    x240      mono240   -1             icup240   -0.0012515644555694907
    x240      mono241   1              icdown241  -0.0012515644555694352
    x241      obj       -0.0022528160200251043   tail241   -0.007500000000000244
    x241      mono241   -1             icup241   -0.0012515644555694352
    x241      mono242   1              icdown242  -0.0012515644555694907
    x242      obj       -0.002262202753441876   tail242   -0.007500000000000244
    x242      mono242   -1             icup242   -0.0012515644555694907
    x242      mono243   1              icdown243  -0.0012515644555694352
    x243      obj       -0.002271589486858647   tail243   -0.007500000000000244
    x243      mono243   -1             icup243   -0.0012515644555694352
    x243      mono244   1              icdown244  -0.0012515644555694907
    x244      obj       -0.0022809762202754187   tail244   -0.007500000000000244
    x244      mono244   -1             icup244   -0.0012515644555694907
    x244      mono245   1              icdown245  -0.0012515644555694352
    x245      obj       -0.0022903629536921897   tail245   -0.007500000000000244
    x245      mono245   -1             icup245   -0.0012515644555694352
    x245      mono246   1              icdown246  -0.0012515644555694907
    x246      obj       -0.002299749687108961   tail246   -0.007500000000000244
    x246      mono246   -1             icup246   -0.0012515644555694907
    x246      mono247   1              icdown247  -0.0012515644555694352
    x247      obj       -0.002309136420525732   tail247   -0.007500000000000244
    x247      mono247   -1             icup247   -0.0012515644555694352
    x247      mono248   1              icdown248  -0.0012515644555694907
    x248      obj       -0.0023185231539425036   tail248   -0.007500000000000244
    x248      mono248   -1             icup248   -0.0012515644555694907
    x248      mono249   1              icdown249  -0.0012515644555694352
    x249      obj       -0.0023279098873592746   tail249   -0.007500000000000244
    x249      mono249   -1             icup249   -0.0012515644555694352
    x249      mono250   1              icdown250  -0.0012515644555694907
    x250      obj       -0.0023372966207760464   tail250   -0.007500000000000244
    x250      mono250   -1             icup250   -0.0012515644555694907
    x250      mono251   1              icdown251  -0.0012515644555694352
    x251      obj       -0.002346683354192817   tail251   -0.007500000000000244
    x251      mono251   -1             icup251   -0.0012515644555694352
    x251      mono252   1              icdown252  -0.0012515644555694352
    x252      obj       -0.0023560700876095885   tail252   -0.007500000000000244
    x252      mono252   -1             icup252   -0.0012515644555694352
    x252      mono253   1              icdown253  -0.0012515644555694907
    x253      obj       -0.0023654568210263595   tail253   -0.007500000000000244
    x253      mono253   -1             icup253   -0.0012515644555694907
    x253      mono254   1              icdown254  -0.0012515644555694352
    x254      obj       -0.002374843554443131   tail254   -0.007500000000000244
    x254      mono254   -1             icup254   -0.0012515644555694352
    x254      mono255   1              icdown255  -0.0012515644555694907
    x255      obj       -0.0023842302878599024   tail255   -0.007500000000000244
    x255      mono255   -1             icup255   -0.0012515644555694907
    x255      mono256   1              icdown256  -0.0012515644555694352
    x256      obj       -0.0023936170212766734   tail256   -0.007500000000000244
    x256      mono256   -1             icup256   -0.0012515644555694352
    x256      mono257   1              icdown257  -0.0012515644555694907
    x257      obj       -0.0024030037546934452   tail257   -0.007500000000000244
    x257      mono257   -1             icup257   -0.0012515644555694907
    x257      mono258   1              icdown258  -0.0012515644555694352
    x258      obj       -0.002412390488110216   tail258   -0.007500000000000244
    x258      mono258   -1             icup258   -0.0012515644555694352
    x258      mono259   1              icdown259  -0.0012515644555694907
    x259      obj       -0.0024217772215269877   tail259   -0.007500000000000244
    x259      mono259   -1             icup259   -0.0012515644555694907
    x259      mono260   1              icdown260  -0.0012515644555694352
    x260      obj       -0.0024311639549437587   tail260   -0.007500000000000244
    x260      mono260   -1             icup260   -0.0012515644555694352
    x260      mono261   1              icdown261  -0.0012515644555694907
    x261      obj       -0.00244055068836053   tail261   -0.007500000000000244
    x261      mono261   -1             icup261   -0.0012515644555694907
    x261      mono262   1              icdown262  -0.0012515644555694352
    x262      obj       -0.002449937421777301   tail262   -0.007500000000000244
    x262      mono262   -1             icup262   -0.0012515644555694352
    x262      mono263   1              icdown263  -0.0012515644555694907
    x263      obj       -0.002459324155194073   tail263   -0.007500000000000244
    x263      mono263   -1             icup263   -0.0012515644555694907
    x263      mono264   1              icdown264  -0.0012515644555694352
    x264      obj       -0.0024687108886108436   tail264   -0.007500000000000244
    x264      mono264   -1             icup264   -0.0012515644555694352
    x264      mono265   1              icdown265  -0.0012515644555694907
    x265      obj       -0.0024780976220276155   tail265   -0.007500000000000244
    x265      mono265   -1             icup265   -0.0012515644555694907
    x265      mono266   1              icdown266  -0.0012515644555694352
    x266      obj       -0.002487484355444386   tail266   -0.007500000000000244
    x266      mono266   -1             icup266   -0.0012515644555694352
    x266      mono267   1              icdown267  -0.0012515644555694907
    x267      obj       -0.002496871088861158   tail267   -0.007500000000000244
    x267      mono267   -1             icup267   -0.0012515644555694907
    x267      mono268   1              icdown268  -0.0012515644555694352
    x268      obj       -0.002506257822277929   tail268   -0.007500000000000244
    x268      mono268   -1             icup268   -0.0012515644555694352
    x268      mono269   1              icdown269  -0.0012515644555694907
    x269      obj       -0.0025156445556947004   tail269   -0.007500000000000244
    x269      mono269   -1             icup269   -0.0012515644555694907
    x269      mono270   1              icdown270  -0.0012515644555694352
    x270      obj       -0.0025250312891114714   tail270   -0.007500000000000244
    x270      mono270   -1             icup270   -0.0012515644555694352
    x270      mono271   1              icdown271  -0.0012515644555694907
    x271      obj       -0.002534418022528243   tail271   -0.007500000000000244
    x271      mono271   -1             icup271   -0.0012515644555694907
    x271      mono272   1              icdown272  -0.0012515644555694352
    x272      obj       -0.002543804755945014   tail272   -0.007500000000000244
    x272      mono272   -1             icup272   -0.0012515644555694352
    x272      mono273   1              icdown273  -0.0012515644555694907
    x273      obj       -0.0025531914893617857   tail273   -0.007500000000000244
    x273      mono273   -1             icup273   -0.0012515644555694907
    x273      mono274   1              icdown274  -0.0012515644555694352
    x274      obj       -0.0025625782227785563   tail274   -0.007500000000000244
    x274      mono274   -1             icup274   -0.0012515644555694352
    x274      mono275   1              icdown275  -0.0012515644555694907
    x275      obj       -0.002571964956195328   tail275   -0.007500000000000244
    x275      mono275   -1             icup275   -0.0012515644555694907
    x275      mono276   1              icdown276  -0.0012515644555694352
    x276      obj       -0.0025813516896120987   tail276   -0.007500000000000244
    x276      mono276   -1             icup276   -0.0012515644555694352
    x276      mono277   1              icdown277  -0.0012515644555694352
    x277      obj       -0.00259073842302887   tail277   -0.007500000000000244
    x277      mono277   -1             icup277   -0.0012515644555694352
    x277      mono278   1              icdown278  -0.0012515644555694907
    x278      obj       -0.0026001251564456416   tail278   -0.007500000000000244
    x278      mono278   -1             icup278   -0.0012515644555694907
    x278      mono279   1              icdown279  -0.0012515644555694352
    x279      obj       -0.0026095118898624126   tail279   -0.007500000000000244
    x279      mono279   -1             icup279   -0.0012515644555694352
    x279      mono280   1              icdown280  -0.0012515644555694907
    x280      obj       -0.002618898623279184   tail280   -0.007500000000000244
    x280      mono280   -1             icup280   -0.0012515644555694907
    x280      mono281   1              icdown281  -0.0012515644555694352
    x281      obj       -0.002628285356695955   tail281   -0.007500000000000244
    x281      mono281   -1             icup281   -0.0012515644555694352
    x281      mono282   1              icdown282  -0.0012515644555694907
    x282      obj       -0.0026376720901127265   tail282   -0.007500000000000244
    x282      mono282   -1             icup282   -0.0012515644555694907
    x282      mono283   1              icdown283  -0.0012515644555694352
    x283      obj       -0.002647058823529498   tail283   -0.007500000000000244
    x283      mono283   -1             icup283   -0.0012515644555694352
    x283      mono284   1              icdown284  -0.0012515644555694907
    x284      obj       -0.0026564455569462694   tail284   -0.007500000000000244
    x284      mono284   -1             icup284   -0.0012515644555694907
    x284      mono285   1              icdown285  -0.0012515644555694352
    x285      obj       -0.0026658322903630404   tail285   -0.007500000000000244
    x285      mono285   -1             icup285   -0.0012515644555694352
    x285      mono286   1              icdown286  -0.0012515644555694907
    x286      obj       -0.002675219023779812   tail286   -0.007500000000000244
    x286      mono286   -1             icup286   -0.0012515644555694907
    x286      mono287   1              icdown287  -0.0012515644555694352
    x287      obj       -0.002684605757196583   tail287   -0.007500000000000244
    x287      mono287   -1             icup287   -0.0012515644555694352
    x287      mono288   1              icdown288  -0.0012515644555694907
    x288      obj       -0.0026939924906133547   tail288   -0.007500000000000244
    x288      mono288   -1             icup288   -0.0012515644555694907
    x288      mono289   1              icdown289  -0.0012515644555694352
    x289      obj       -0.0027033792240301253   tail289   -0.007500000000000244
    x289      mono289   -1             icup289   -0.0012515644555694352
    x289      mono290   1              icdown290  -0.0012515644555694907
    x290      obj       -0.002712765957446897   tail290   -0.007500000000000244
    x290      mono290   -1             icup290   -0.0012515644555694907
    x290      mono291   1              icdown291  -0.0012515644555694352
    x291      obj       -0.0027221526908636677   tail291   -0.007500000000000244
    x291      mono291   -1             icup291   -0.0012515644555694352
    x291      mono292   1              icdown292  -0.0012515644555694907
    x292      obj       -0.0027315394242804396   tail292   -0.007500000000000244
    x292      mono292   -1             icup292   -0.0012515644555694907
    x292      mono293   1              icdown293  -0.0012515644555694352
    x293      obj       -0.0027409261576972106   tail293   -0.007500000000000244
    x293      mono293   -1             icup293   -0.0012515644555694352
    x293      mono294   1              icdown294  -0.0012515644555694907
    x294      obj       -0.002750312891113982   tail294   -0.007500000000000244
    x294      mono294   -1             icup294   -0.0012515644555694907
    x294      mono295   1              icdown295  -0.0012515644555694352
    x295      obj       -0.002759699624530753   tail295   -0.007500000000000244
    x295      mono295   -1             icup295   -0.0012515644555694352
    x295      mono296   1              icdown296  -0.0012515644555694907
    x296      obj       -0.0027690863579475245   tail296   -0.007500000000000244
    x296      mono296   -1             icup296   -0.0012515644555694907
    x296      mono297   1              icdown297  -0.0012515644555694352
    x297      obj       -0.0027784730913642955   tail297   -0.007500000000000244
    x297      mono297   -1             icup297   -0.0012515644555694352
    x297      mono298   1              icdown298  -0.0012515644555694907
    x298      obj       -0.0027878598247810674   tail298   -0.007500000000000244
    x298      mono298   -1             icup298   -0.0012515644555694907
    x298      mono299   1              icdown299  -0.0012515644555694352
    x299      obj       -0.002797246558197838   tail299   -0.007500000000000244
    x299      mono299   -1             icup299   -0.0012515644555694352
    x299      mono300   1              icdown300  -0.0012515644555694907
    x300      obj       -0.00280663329161461   tail300   -0.007500000000000244
    x300      mono300   -1             icup300   -0.0012515644555694907
    x300      mono301   1              icdown301  -0.0012515644555694352
    x301      obj       -5.632040050062761E-4   tail301   -0.0015000000000000488
    x301      mono301   -1             icup301   -0.0012515644555694352
    x301      mono302   1              icdown302  -0.0012515644555694352
    x302      obj       -5.650813516896304E-4   tail302   -0.0015000000000000488
    x302      mono302   -1             icup302   -0.0012515644555694352
    x302      mono303   1              icdown303  -0.0012515644555694907
    x303      obj       -5.669586983729847E-4   tail303   -0.0015000000000000488
    x303      mono303   -1             icup303   -0.0012515644555694907
    x303      mono304   1              icdown304  -0.0012515644555694352
    x304      obj       -5.688360450563388E-4   tail304   -0.0015000000000000488
    x304      mono304   -1             icup304   -0.0012515644555694352
    x304      mono305   1              icdown305  -0.0012515644555694907
    x305      obj       -5.707133917396931E-4   tail305   -0.0015000000000000488
    x305      mono305   -1             icup305   -0.0012515644555694907
    x305      mono306   1              icdown306  -0.0012515644555694352
    x306      obj       -5.725907384230473E-4   tail306   -0.0015000000000000488
    x306      mono306   -1             icup306   -0.0012515644555694352
    x306      mono307   1              icdown307  -0.0012515644555694907
    x307      obj       -5.744680851064017E-4   tail307   -0.0015000000000000488
    x307      mono307   -1             icup307   -0.0012515644555694907
    x307      mono308   1              icdown308  -0.0012515644555694352
    x308      obj       -5.763454317897559E-4   tail308   -0.0015000000000000488
    x308      mono308   -1             icup308   -0.0012515644555694352
    x308      mono309   1              icdown309  -0.0012515644555694907
    x309      obj       -5.782227784731103E-4   tail309   -0.0015000000000000488
    x309      mono309   -1             icup309   -0.0012515644555694907
    x309      mono310   1              icdown310  -0.0012515644555694352
    x310      obj       -5.801001251564644E-4   tail310   -0.0015000000000000488
    x310      mono310   -1             icup310   -0.0012515644555694352
    x310      mono311   1              icdown311  -0.0012515644555694907
    x311      obj       -5.819774718398186E-4   tail311   -0.0015000000000000488
    x311      mono311   -1             icup311   -0.0012515644555694907
    x311      mono312   1              icdown312  -0.0012515644555694352
    x312      obj       -5.838548185231729E-4   tail312   -0.0015000000000000488
    x312      mono312   -1             icup312   -0.0012515644555694352
    x312      mono313   1              icdown313  -0.0012515644555694907
    x313      obj       -5.857321652065272E-4   tail313   -0.0015000000000000488
    x313      mono313   -1             icup313   -0.0012515644555694907
    x313      mono314   1              icdown314  -0.0012515644555694352
    x314      obj       -5.876095118898815E-4   tail314   -0.0015000000000000488
    x314      mono314   -1             icup314   -0.0012515644555694352
    x314      mono315   1              icdown315  -0.0012515644555694907
    x315      obj       -5.894868585732357E-4   tail315   -0.0015000000000000488
    x315      mono315   -1             icup315   -0.0012515644555694907
    x315      mono316   1              icdown316  -0.0012515644555694352
    x316      obj       -5.913642052565899E-4   tail316   -0.0015000000000000488
    x316      mono316   -1             icup316   -0.0012515644555694352
    x316      mono317   1              icdown317  -0.0012515644555694907
    x317      obj       -5.932415519399443E-4   tail317   -0.0015000000000000488
    x317      mono317   -1             icup317   -0.0012515644555694907
    x317      mono318   1              icdown318  -0.0012515644555694352
    x318      obj       -5.951188986232984E-4   tail318   -0.0015000000000000488
    x318      mono318   -1             icup318   -0.0012515644555694352
    x318      mono319   1              icdown319  -0.0012515644555694907
    x319      obj       -5.969962453066527E-4   tail319   -0.0015000000000000488
    x319      mono319   -1             icup319   -0.0012515644555694907
    x319      mono320   1              icdown320  -0.0012515644555694352
    x320      obj       -5.988735919900069E-4   tail320   -0.0015000000000000488
    x320      mono320   -1             icup320   -0.0012515644555694352
    x320      mono321   1              icdown321  -0.0012515644555694907
    x321      obj       -6.007509386733613E-4   tail321   -0.0015000000000000488
    x321      mono321   -1             icup321   -0.0012515644555694907
    x321      mono322   1              icdown322  -0.0012515644555694352
    x322      obj       -6.026282853567155E-4   tail322   -0.0015000000000000488
    x322      mono322   -1             icup322   -0.0012515644555694352
    x322      mono323   1              icdown323  -0.0012515644555694907
    x323      obj       -6.045056320400697E-4   tail323   -0.0015000000000000488
    x323      mono323   -1             icup323   -0.0012515644555694907
    x323      mono324   1              icdown324  -0.0012515644555694352
    x324      obj       -6.06382978723424E-4   tail324   -0.0015000000000000488
    x324      mono324   -1             icup324   -0.0012515644555694352
    x324      mono325   1              icdown325  -0.0012515644555694907
    x325      obj       -6.082603254067782E-4   tail325   -0.0015000000000000488
    x325      mono325   -1             icup325   -0.0012515644555694907
    x325      mono326   1              icdown326  -0.0012515644555694352
    x326      obj       -6.101376720901325E-4   tail326   -0.0015000000000000488
    x326      mono326   -1             icup326   -0.0012515644555694352
    x326      mono327   1              icdown327  -0.0012515644555694352
    x327      obj       -6.120150187734867E-4   tail327   -0.0015000000000000488
    x327      mono327   -1             icup327   -0.0012515644555694352
    x327      mono328   1              icdown328  -0.0012515644555694907
    x328      obj       -6.13892365456841E-4   tail328   -0.0015000000000000488
    x328      mono328   -1             icup328   -0.0012515644555694907
    x328      mono329   1              icdown329  -0.0012515644555694352
    x329      obj       -6.157697121401952E-4   tail329   -0.0015000000000000488
    x329      mono329   -1             icup329   -0.0012515644555694352
    x329      mono330   1              icdown330  -0.0012515644555694907
    x330      obj       -6.176470588235495E-4   tail330   -0.0015000000000000488
    x330      mono330   -1             icup330   -0.0012515644555694907
    x330      mono331   1              icdown331  -0.0012515644555694352
    x331      obj       -6.195244055069038E-4   tail331   -0.0015000000000000488
    x331      mono331   -1             icup331   -0.0012515644555694352
    x331      mono332   1              icdown332  -0.0012515644555694907
    x332      obj       -6.21401752190258E-4   tail332   -0.0015000000000000488
    x332      mono332   -1             icup332   -0.0012515644555694907
    x332      mono333   1              icdown333  -0.0012515644555694352
    x333      obj       -6.232790988736122E-4   tail333   -0.0015000000000000488
    x333      mono333   -1             icup333   -0.0012515644555694352
    x333      mono334   1              icdown334  -0.0012515644555694907
    x334      obj       -6.251564455569665E-4   tail334   -0.0015000000000000488
    x334      mono334   -1             icup334   -0.0012515644555694907
    x334      mono335   1              icdown335  -0.0012515644555694352
    x335      obj       -6.270337922403207E-4   tail335   -0.0015000000000000488
    x335      mono335   -1             icup335   -0.0012515644555694352
    x335      mono336   1              icdown336  -0.0012515644555694907
    x336      obj       -6.289111389236751E-4   tail336   -0.0015000000000000488
    x336      mono336   -1             icup336   -0.0012515644555694907
    x336      mono337   1              icdown337  -0.0012515644555694352
    x337      obj       -6.307884856070293E-4   tail337   -0.0015000000000000488
    x337      mono337   -1             icup337   -0.0012515644555694352
    x337      mono338   1              icdown338  -0.0012515644555694907
    x338      obj       -6.326658322903836E-4   tail338   -0.0015000000000000488
    x338      mono338   -1             icup338   -0.0012515644555694907
    x338      mono339   1              icdown339  -0.0012515644555694352
    x339      obj       -6.345431789737377E-4   tail339   -0.0015000000000000488
    x339      mono339   -1             icup339   -0.0012515644555694352
    x339      mono340   1              icdown340  -0.0012515644555694907
    x340      obj       -6.36420525657092E-4   tail340   -0.0015000000000000488
    x340      mono340   -1             icup340   -0.0012515644555694907
    x340      mono341   1              icdown341  -0.0012515644555694352
    x341      obj       -6.382978723404463E-4   tail341   -0.0015000000000000488
    x341      mono341   -1             icup341   -0.0012515644555694352
    x341      mono342   1              icdown342  -0.0012515644555694907
    x342      obj       -6.401752190238005E-4   tail342   -0.0015000000000000488
    x342      mono342   -1             icup342   -0.0012515644555694907
    x342      mono343   1              icdown343  -0.0012515644555694352
    x343      obj       -6.420525657071548E-4   tail343   -0.0015000000000000488
    x343      mono343   -1             icup343   -0.0012515644555694352
    x343      mono344   1              icdown344  -0.0012515644555694907
    x344      obj       -6.439299123905091E-4   tail344   -0.0015000000000000488
    x344      mono344   -1             icup344   -0.0012515644555694907
    x344      mono345   1              icdown345  -0.0012515644555694352
    x345      obj       -6.458072590738633E-4   tail345   -0.0015000000000000488
    x345      mono345   -1             icup345   -0.0012515644555694352
    x345      mono346   1              icdown346  -0.0012515644555694907
    x346      obj       -6.476846057572176E-4   tail346   -0.0015000000000000488
    x346      mono346   -1             icup346   -0.0012515644555694907
    x346      mono347   1              icdown347  -0.0012515644555694352
    x347      obj       -6.495619524405717E-4   tail347   -0.0015000000000000488
    x347      mono347   -1             icup347   -0.0012515644555694352
    x347      mono348   1              icdown348  -0.0012515644555694907
    x348      obj       -6.514392991239261E-4   tail348   -0.0015000000000000488
    x348      mono348   -1             icup348   -0.0012515644555694907
    x348      mono349   1              icdown349  -0.0012515644555694352
    x349      obj       -6.533166458072803E-4   tail349   -0.0015000000000000488
    x349      mono349   -1             icup349   -0.0012515644555694352
    x349      mono350   1              icdown350  -0.0012515644555694907
    x350      obj       -6.551939924906347E-4   tail350   -0.0015000000000000488
    x350      mono350   -1             icup350   -0.0012515644555694907
    x350      mono351   1              icdown351  -0.0012515644555694352
    x351      obj       -6.570713391739889E-4   tail351   -0.0015000000000000488
    x351      mono351   -1             icup351   -0.0012515644555694352
    x351      mono352   1              icdown352  -0.0012515644555694352
    x352      obj       -6.58948685857343E-4   tail352   -0.0015000000000000488
    x352      mono352   -1             icup352   -0.0012515644555694352
    x352      mono353   1              icdown353  -0.0012515644555694907
    x353      obj       -6.608260325406973E-4   tail353   -0.0015000000000000488
    x353      mono353   -1             icup353   -0.0012515644555694907
    x353      mono354   1              icdown354  -0.0012515644555694352
    x354      obj       -6.627033792240515E-4   tail354   -0.0015000000000000488
    x354      mono354   -1             icup354   -0.0012515644555694352
    x354      mono355   1              icdown355  -0.0012515644555694907
    x355      obj       -6.645807259074059E-4   tail355   -0.0015000000000000488
    x355      mono355   -1             icup355   -0.0012515644555694907
    x355      mono356   1              icdown356  -0.0012515644555694352
    x356      obj       -6.664580725907601E-4   tail356   -0.0015000000000000488
    x356      mono356   -1             icup356   -0.0012515644555694352
    x356      mono357   1              icdown357  -0.0012515644555694907
    x357      obj       -6.683354192741143E-4   tail357   -0.0015000000000000488
    x357      mono357   -1             icup357   -0.0012515644555694907
    x357      mono358   1              icdown358  -0.0012515644555694352
    x358      obj       -6.702127659574686E-4   tail358   -0.0015000000000000488
    x358      mono358   -1             icup358   -0.0012515644555694352
    x358      mono359   1              icdown359  -0.0012515644555694907
    x359      obj       -6.720901126408229E-4   tail359   -0.0015000000000000488
    x359      mono359   -1             icup359   -0.0012515644555694907
    x359      mono360   1              icdown360  -0.0012515644555694352
    x360      obj       -6.739674593241771E-4   tail360   -0.0015000000000000488
    x360      mono360   -1             icup360   -0.0012515644555694352
    x360      mono361   1              icdown361  -0.0012515644555694907
    x361      obj       -6.758448060075313E-4   tail361   -0.0015000000000000488
    x361      mono361   -1             icup361   -0.0012515644555694907
    x361      mono362   1              icdown362  -0.0012515644555694352
    x362      obj       -6.777221526908856E-4   tail362   -0.0015000000000000488
    x362      mono362   -1             icup362   -0.0012515644555694352
    x362      mono363   1              icdown363  -0.0012515644555694907
    x363      obj       -6.795994993742399E-4   tail363   -0.0015000000000000488
    x363      mono363   -1             icup363   -0.0012515644555694907
    x363      mono364   1              icdown364  -0.0012515644555694352
    x364      obj       -6.814768460575941E-4   tail364   -0.0015000000000000488
    x364      mono364   -1             icup364   -0.0012515644555694352
    x364      mono365   1              icdown365  -0.0012515644555694907
    x365      obj       -6.833541927409485E-4   tail365   -0.0015000000000000488
    x365      mono365   -1             icup365   -0.0012515644555694907
    x365      mono366   1              icdown366  -0.0012515644555694352
    x366      obj       -6.852315394243025E-4   tail366   -0.0015000000000000488
    x366      mono366   -1             icup366   -0.0012515644555694352
    x366      mono367   1              icdown367  -0.0012515644555694907
    x367      obj       -6.871088861076569E-4   tail367   -0.0015000000000000488
    x367      mono367   -1             icup367   -0.0012515644555694907
    x367      mono368   1              icdown368  -0.0012515644555694352
    x368      obj       -6.889862327910111E-4   tail368   -0.0015000000000000488
    x368      mono368   -1             icup368   -0.0012515644555694352
    x368      mono369   1              icdown369  -0.0012515644555694907
    x369      obj       -6.908635794743654E-4   tail369   -0.0015000000000000488
    x369      mono369   -1             icup369   -0.0012515644555694907
    x369      mono370   1              icdown370  -0.0012515644555694352
    x370      obj       -6.927409261577197E-4   tail370   -0.0015000000000000488
    x370      mono370   -1             icup370   -0.0012515644555694352
    x370      mono371   1              icdown371  -0.0012515644555694907
    x371      obj       -6.946182728410739E-4   tail371   -0.0015000000000000488
    x371      mono371   -1             icup371   -0.0012515644555694907
    x371      mono372   1              icdown372  -0.0012515644555694352
    x372      obj       -6.964956195244282E-4   tail372   -0.0015000000000000488
    x372      mono372   -1             icup372   -0.0012515644555694352
    x372      mono373   1              icdown373  -0.0012515644555694907
    x373      obj       -6.983729662077825E-4   tail373   -0.0015000000000000488
    x373      mono373   -1             icup373   -0.0012515644555694907
    x373      mono374   1              icdown374  -0.0012515644555694352
    x374      obj       -7.002503128911366E-4   tail374   -0.0015000000000000488
    x374      mono374   -1             icup374   -0.0012515644555694352
    x374      mono375   1              icdown375  -0.0012515644555694907
    x375      obj       -7.021276595744909E-4   tail375   -0.0015000000000000488
    x375      mono375   -1             icup375   -0.0012515644555694907
    x375      mono376   1              icdown376  -0.0012515644555694352
    x376      obj       -7.040050062578451E-4   tail376   -0.0015000000000000488
    x376      mono376   -1             icup376   -0.0012515644555694352
    x376      mono377   1              icdown377  -0.0012515644555694352
    x377      obj       -7.058823529411994E-4   tail377   -0.0015000000000000488
    x377      mono377   -1             icup377   -0.0012515644555694352
    x377      mono378   1              icdown378  -0.0012515644555694907
    x378      obj       -7.077596996245537E-4   tail378   -0.0015000000000000488
    x378      mono378   -1             icup378   -0.0012515644555694907
    x378      mono379   1              icdown379  -0.0012515644555694352
    x379      obj       -7.09637046307908E-4   tail379   -0.0015000000000000488
    x379      mono379   -1             icup379   -0.0012515644555694352
    x379      mono380   1              icdown380  -0.0012515644555694907
    x380      obj       -7.115143929912622E-4   tail380   -0.0015000000000000488
    x380      mono380   -1             icup380   -0.0012515644555694907
    x380      mono381   1              icdown381  -0.0012515644555694352
    x381      obj       -7.133917396746163E-4   tail381   -0.0015000000000000488
    x381      mono381   -1             icup381   -0.0012515644555694352
    x381      mono382   1              icdown382  -0.0012515644555694907
    x382      obj       -7.152690863579707E-4   tail382   -0.0015000000000000488
    x382      mono382   -1             icup382   -0.0012515644555694907
    x382      mono383   1              icdown383  -0.0012515644555694352
    x383      obj       -7.171464330413249E-4   tail383   -0.0015000000000000488
    x383      mono383   -1             icup383   -0.0012515644555694352
    x383      mono384   1              icdown384  -0.0012515644555694907
    x384      obj       -7.190237797246793E-4   tail384   -0.0015000000000000488
    x384      mono384   -1             icup384   -0.0012515644555694907
    x384      mono385   1              icdown385  -0.0012515644555694352
    x385      obj       -7.209011264080334E-4   tail385   -0.0015000000000000488
    x385      mono385   -1             icup385   -0.0012515644555694352
    x385      mono386   1              icdown386  -0.0012515644555694907
    x386      obj       -7.227784730913877E-4   tail386   -0.0015000000000000488
    x386      mono386   -1             icup386   -0.0012515644555694907
    x386      mono387   1              icdown387  -0.0012515644555694352
    x387      obj       -7.24655819774742E-4   tail387   -0.0015000000000000488
    x387      mono387   -1             icup387   -0.0012515644555694352
    x387      mono388   1              icdown388  -0.0012515644555694907
    x388      obj       -7.265331664580962E-4   tail388   -0.0015000000000000488
    x388      mono388   -1             icup388   -0.0012515644555694907
    x388      mono389   1              icdown389  -0.0012515644555694352
    x389      obj       -7.284105131414505E-4   tail389   -0.0015000000000000488
    x389      mono389   -1             icup389   -0.0012515644555694352
    x389      mono390   1              icdown390  -0.0012515644555694907
    x390      obj       -7.302878598248047E-4   tail390   -0.0015000000000000488
    x390      mono390   -1             icup390   -0.0012515644555694907
    x390      mono391   1              icdown391  -0.0012515644555694352
    x391      obj       -7.32165206508159E-4   tail391   -0.0015000000000000488
    x391      mono391   -1             icup391   -0.0012515644555694352
    x391      mono392   1              icdown392  -0.0012515644555694907
    x392      obj       -7.340425531915133E-4   tail392   -0.0015000000000000488
    x392      mono392   -1             icup392   -0.0012515644555694907
    x392      mono393   1              icdown393  -0.0012515644555694352
    x393      obj       -7.359198998748675E-4   tail393   -0.0015000000000000488
    x393      mono393   -1             icup393   -0.0012515644555694352
    x393      mono394   1              icdown394  -0.0012515644555694907
    x394      obj       -7.377972465582218E-4   tail394   -0.0015000000000000488
    x394      mono394   -1             icup394   -0.0012515644555694907
    x394      mono395   1              icdown395  -0.0012515644555694352
    x395      obj       -7.396745932415759E-4   tail395   -0.0015000000000000488
    x395      mono395   -1             icup395   -0.0012515644555694352
    x395      mono396   1              icdown396  -0.0012515644555694907
    x396      obj       -7.415519399249303E-4   tail396   -0.0015000000000000488
    x396      mono396   -1             icup396   -0.0012515644555694907
    x396      mono397   1              icdown397  -0.0012515644555694352
    x397      obj       -7.434292866082845E-4   tail397   -0.0015000000000000488
    x397      mono397   -1             icup397   -0.0012515644555694352
    x397      mono398   1              icdown398  -0.0012515644555694907
    x398      obj       -7.453066332916388E-4   tail398   -0.0015000000000000488
    x398      mono398   -1             icup398   -0.0012515644555694907
    x398      mono399   1              icdown399  -0.0012515644555694352
    x399      obj       -7.47183979974993E-4   tail399   -0.0015000000000000488
    x399      mono399   -1             icup399   -0.0012515644555694352
    x399      mono400   1              icdown400  -0.0012515644555694907
    x400      obj       -7.490613266583473E-4   tail400   -0.0015000000000000488
    x400      mono400   -1             icup400   -0.0012515644555694907
    x400      mono401   1              icdown401  -0.0012515644555694352
    x401      obj       -7.509386733417016E-4   tail401   -0.0015000000000000488
    x401      mono401   -1             icup401   -0.0012515644555694352
    x401      mono402   1              icdown402  -0.0012515644555694352
    x402      obj       -7.528160200250557E-4   tail402   -0.0015000000000000488
    x402      mono402   -1             icup402   -0.0012515644555694352
    x402      mono403   1              icdown403  -0.0012515644555694352
    x403      obj       -7.546933667084099E-4   tail403   -0.0015000000000000488
    x403      mono403   -1             icup403   -0.0012515644555694352
    x403      mono404   1              icdown404  -0.0012515644555695462
    x404      obj       -7.565707133917643E-4   tail404   -0.0015000000000000488
    x404      mono404   -1             icup404   -0.0012515644555695462
    x404      mono405   1              icdown405  -0.0012515644555694352
    x405      obj       -7.584480600751185E-4   tail405   -0.0015000000000000488
    x405      mono405   -1             icup405   -0.0012515644555694352
    x405      mono406   1              icdown406  -0.0012515644555694352
    x406      obj       -7.603254067584728E-4   tail406   -0.0015000000000000488
    x406      mono406   -1             icup406   -0.0012515644555694352
    x406      mono407   1              icdown407  -0.0012515644555694352
    x407      obj       -7.62202753441827E-4   tail407   -0.0015000000000000488
    x407      mono407   -1             icup407   -0.0012515644555694352
    x407      mono408   1              icdown408  -0.0012515644555695462
    x408      obj       -7.640801001251814E-4   tail408   -0.0015000000000000488
    x408      mono408   -1             icup408   -0.0012515644555695462
    x408      mono409   1              icdown409  -0.0012515644555694352
    x409      obj       -7.659574468085355E-4   tail409   -0.0015000000000000488
    x409      mono409   -1             icup409   -0.0012515644555694352
    x409      mono410   1              icdown410  -0.0012515644555694352
    x410      obj       -7.678347934918897E-4   tail410   -0.0015000000000000488
    x410      mono410   -1             icup410   -0.0012515644555694352
    x410      mono411   1              icdown411  -0.0012515644555694352
    x411      obj       -7.69712140175244E-4   tail411   -0.0015000000000000488
    x411      mono411   -1             icup411   -0.0012515644555694352
    x411      mono412   1              icdown412  -0.0012515644555695462
    x412      obj       -7.715894868585983E-4   tail412   -0.0015000000000000488
    x412      mono412   -1             icup412   -0.0012515644555695462
    x412      mono413   1              icdown413  -0.0012515644555694352
    x413      obj       -7.734668335419526E-4   tail413   -0.0015000000000000488
    x413      mono413   -1             icup413   -0.0012515644555694352
    x413      mono414   1              icdown414  -0.0012515644555694352
    x414      obj       -7.753441802253068E-4   tail414   -0.0015000000000000488
    x414      mono414   -1             icup414   -0.0012515644555694352
    x414      mono415   1              icdown415  -0.0012515644555694352
    x415      obj       -7.772215269086609E-4   tail415   -0.0015000000000000488
    x415      mono415   -1             icup415   -0.0012515644555694352
    x415      mono416   1              icdown416  -0.0012515644555695462
    x416      obj       -7.790988735920154E-4   tail416   -0.0015000000000000488
    x416      mono416   -1             icup416   -0.0012515644555695462
    x416      mono417   1              icdown417  -0.0012515644555694352
    x417      obj       -7.809762202753696E-4   tail417   -0.0015000000000000488
    x417      mono417   -1             icup417   -0.0012515644555694352
    x417      mono418   1              icdown418  -0.0012515644555694352
    x418      obj       -7.828535669587238E-4   tail418   -0.0015000000000000488
    x418      mono418   -1             icup418   -0.0012515644555694352
    x418      mono419   1              icdown419  -0.0012515644555694352
    x419      obj       -7.84730913642078E-4   tail419   -0.0015000000000000488
    x419      mono419   -1             icup419   -0.0012515644555694352
    x419      mono420   1              icdown420  -0.0012515644555695462
    x420      obj       -7.866082603254325E-4   tail420   -0.0015000000000000488
    x420      mono420   -1             icup420   -0.0012515644555695462
    x420      mono421   1              icdown421  -0.0012515644555694352
    x421      obj       -7.884856070087867E-4   tail421   -0.0015000000000000488
    x421      mono421   -1             icup421   -0.0012515644555694352
    x421      mono422   1              icdown422  -0.0012515644555694352
    x422      obj       -7.903629536921408E-4   tail422   -0.0015000000000000488
    x422      mono422   -1             icup422   -0.0012515644555694352
    x422      mono423   1              icdown423  -0.0012515644555694352
    x423      obj       -7.92240300375495E-4   tail423   -0.0015000000000000488
    x423      mono423   -1             icup423   -0.0012515644555694352
    x423      mono424   1              icdown424  -0.0012515644555695462
    x424      obj       -7.941176470588494E-4   tail424   -0.0015000000000000488
    x424      mono424   -1             icup424   -0.0012515644555695462
    x424      mono425   1              icdown425  -0.0012515644555694352
    x425      obj       -7.959949937422037E-4   tail425   -0.0015000000000000488
    x425      mono425   -1             icup425   -0.0012515644555694352
    x425      mono426   1              icdown426  -0.0012515644555694352
    x426      obj       -7.978723404255579E-4   tail426   -0.0015000000000000488
    x426      mono426   -1             icup426   -0.0012515644555694352
    x426      mono427   1              icdown427  -0.0012515644555694352
    x427      obj       -7.997496871089121E-4   tail427   -0.0015000000000000488
    x427      mono427   -1             icup427   -0.0012515644555694352
    x427      mono428   1              icdown428  -0.0012515644555694352
    x428      obj       -8.016270337922663E-4   tail428   -0.0015000000000000488
    x428      mono428   -1             icup428   -0.0012515644555694352
    x428      mono429   1              icdown429  -0.0012515644555695462
    x429      obj       -8.035043804756207E-4   tail429   -0.0015000000000000488
    x429      mono429   -1             icup429   -0.0012515644555695462
    x429      mono430   1              icdown430  -0.0012515644555694352
    x430      obj       -8.053817271589749E-4   tail430   -0.0015000000000000488
    x430      mono430   -1             icup430   -0.0012515644555694352
    x430      mono431   1              icdown431  -0.0012515644555694352
    x431      obj       -8.072590738423291E-4   tail431   -0.0015000000000000488
    x431      mono431   -1             icup431   -0.0012515644555694352
    x431      mono432   1              icdown432  -0.0012515644555694352
    x432      obj       -8.091364205256833E-4   tail432   -0.0015000000000000488
    x432      mono432   -1             icup432   -0.0012515644555694352
    x432      mono433   1              icdown433  -0.0012515644555695462
    x433      obj       -8.110137672090377E-4   tail433   -0.0015000000000000488
    x433      mono433   -1             icup433   -0.0012515644555695462
    x433      mono434   1              icdown434  -0.0012515644555694352
    x434      obj       -8.128911138923919E-4   tail434   -0.0015000000000000488
    x434      mono434   -1             icup434   -0.0012515644555694352
    x434      mono435   1              icdown435  -0.0012515644555694352
    x435      obj       -8.147684605757462E-4   tail435   -0.0015000000000000488
    x435      mono435   -1             icup435   -0.0012515644555694352
    x435      mono436   1              icdown436  -0.0012515644555694352
    x436      obj       -8.166458072591003E-4   tail436   -0.0015000000000000488
    x436      mono436   -1             icup436   -0.0012515644555694352
    x436      mono437   1              icdown437  -0.0012515644555695462
    x437      obj       -8.185231539424547E-4   tail437   -0.0015000000000000488
    x437      mono437   -1             icup437   -0.0012515644555695462
    x437      mono438   1              icdown438  -0.0012515644555694352
    x438      obj       -8.204005006258089E-4   tail438   -0.0015000000000000488
    x438      mono438   -1             icup438   -0.0012515644555694352
    x438      mono439   1              icdown439  -0.0012515644555694352
    x439      obj       -8.222778473091631E-4   tail439   -0.0015000000000000488
    x439      mono439   -1             icup439   -0.0012515644555694352
    x439      mono440   1              icdown440  -0.0012515644555694352
    x440      obj       -8.241551939925174E-4   tail440   -0.0015000000000000488
    x440      mono440   -1             icup440   -0.0012515644555694352
    x440      mono441   1              icdown441  -0.0012515644555695462
    x441      obj       -8.260325406758717E-4   tail441   -0.0015000000000000488
    x441      mono441   -1             icup441   -0.0012515644555695462
    x441      mono442   1              icdown442  -0.0012515644555694352
    x442      obj       -8.27909887359226E-4   tail442   -0.0015000000000000488
    x442      mono442   -1             icup442   -0.0012515644555694352
    x442      mono443   1              icdown443  -0.0012515644555694352
    x443      obj       -8.297872340425801E-4   tail443   -0.0015000000000000488
    x443      mono443   -1             icup443   -0.0012515644555694352
    x443      mono444   1              icdown444  -0.0012515644555694352
    x444      obj       -8.316645807259343E-4   tail444   -0.0015000000000000488
    x444      mono444   -1             icup444   -0.0012515644555694352
    x444      mono445   1              icdown445  -0.0012515644555695462
    x445      obj       -8.335419274092887E-4   tail445   -0.0015000000000000488
    x445      mono445   -1             icup445   -0.0012515644555695462
    x445      mono446   1              icdown446  -0.0012515644555694352
    x446      obj       -8.354192740926429E-4   tail446   -0.0015000000000000488
    x446      mono446   -1             icup446   -0.0012515644555694352
    x446      mono447   1              icdown447  -0.0012515644555694352
    x447      obj       -8.372966207759972E-4   tail447   -0.0015000000000000488
    x447      mono447   -1             icup447   -0.0012515644555694352
    x447      mono448   1              icdown448  -0.0012515644555694352
    x448      obj       -8.391739674593514E-4   tail448   -0.0015000000000000488
    x448      mono448   -1             icup448   -0.0012515644555694352
    x448      mono449   1              icdown449  -0.0012515644555695462
    x449      obj       -8.410513141427059E-4   tail449   -0.0015000000000000488
    x449      mono449   -1             icup449   -0.0012515644555695462
    x449      mono450   1              icdown450  -0.0012515644555694352
    x450      obj       -8.4292866082606E-4   tail450   -0.0015000000000000488
    x450      mono450   -1             icup450   -0.0012515644555694352
    x450      mono451   1              icdown451  -0.0012515644555694352
    x451      obj       -8.448060075094141E-4   tail451   -0.0015000000000000488
    x451      mono451   -1             icup451   -0.0012515644555694352
    x451      mono452   1              icdown452  -0.0012515644555694352
    x452      obj       -8.466833541927684E-4   tail452   -0.0015000000000000488
    x452      mono452   -1             icup452   -0.0012515644555694352
    x452      mono453   1              icdown453  -0.0012515644555694352
    x453      obj       -8.485607008761226E-4   tail453   -0.0015000000000000488
    x453      mono453   -1             icup453   -0.0012515644555694352
    x453      mono454   1              icdown454  -0.0012515644555695462
    x454      obj       -8.504380475594771E-4   tail454   -0.0015000000000000488
    x454      mono454   -1             icup454   -0.0012515644555695462
    x454      mono455   1              icdown455  -0.0012515644555694352
    x455      obj       -8.523153942428313E-4   tail455   -0.0015000000000000488
    x455      mono455   -1             icup455   -0.0012515644555694352
    x455      mono456   1              icdown456  -0.0012515644555694352
    x456      obj       -8.541927409261854E-4   tail456   -0.0015000000000000488
    x456      mono456   -1             icup456   -0.0012515644555694352
    x456      mono457   1              icdown457  -0.0012515644555694352
    x457      obj       -8.560700876095396E-4   tail457   -0.0015000000000000488
    x457      mono457   -1             icup457   -0.0012515644555694352
    x457      mono458   1              icdown458  -0.0012515644555695462
    x458      obj       -8.57947434292894E-4   tail458   -0.0015000000000000488
    x458      mono458   -1             icup458   -0.0012515644555695462
    x458      mono459   1              icdown459  -0.0012515644555694352
    x459      obj       -8.598247809762483E-4   tail459   -0.0015000000000000488
    x459      mono459   -1             icup459   -0.0012515644555694352
    x459      mono460   1              icdown460  -0.0012515644555694352
    x460      obj       -8.617021276596025E-4   tail460   -0.0015000000000000488
    x460      mono460   -1             icup460   -0.0012515644555694352
    x460      mono461   1              icdown461  -0.0012515644555694352
    x461      obj       -8.635794743429567E-4   tail461   -0.0015000000000000488
    x461      mono461   -1             icup461   -0.0012515644555694352
    x461      mono462   1              icdown462  -0.0012515644555695462
    x462      obj       -8.654568210263111E-4   tail462   -0.0015000000000000488
    x462      mono462   -1             icup462   -0.0012515644555695462
    x462      mono463   1              icdown463  -0.0012515644555694352
    x463      obj       -8.673341677096653E-4   tail463   -0.0015000000000000488
    x463      mono463   -1             icup463   -0.0012515644555694352
    x463      mono464   1              icdown464  -0.0012515644555694352
    x464      obj       -8.692115143930195E-4   tail464   -0.0015000000000000488
    x464      mono464   -1             icup464   -0.0012515644555694352
    x464      mono465   1              icdown465  -0.0012515644555694352
    x465      obj       -8.710888610763737E-4   tail465   -0.0015000000000000488
    x465      mono465   -1             icup465   -0.0012515644555694352
    x465      mono466   1              icdown466  -0.0012515644555695462
    x466      obj       -8.729662077597281E-4   tail466   -0.0015000000000000488
    x466      mono466   -1             icup466   -0.0012515644555695462
    x466      mono467   1              icdown467  -0.0012515644555694352
    x467      obj       -8.748435544430823E-4   tail467   -0.0015000000000000488
    x467      mono467   -1             icup467   -0.0012515644555694352
    x467      mono468   1              icdown468  -0.0012515644555694352
    x468      obj       -8.767209011264365E-4   tail468   -0.0015000000000000488
    x468      mono468   -1             icup468   -0.0012515644555694352
    x468      mono469   1              icdown469  -0.0012515644555694352
    x469      obj       -8.785982478097908E-4   tail469   -0.0015000000000000488
    x469      mono469   -1             icup469   -0.0012515644555694352
    x469      mono470   1              icdown470  -0.0012515644555695462
    x470      obj       -8.804755944931451E-4   tail470   -0.0015000000000000488
    x470      mono470   -1             icup470   -0.0012515644555695462
    x470      mono471   1              icdown471  -0.0012515644555694352
    x471      obj       -8.823529411764994E-4   tail471   -0.0015000000000000488
    x471      mono471   -1             icup471   -0.0012515644555694352
    x471      mono472   1              icdown472  -0.0012515644555694352
    x472      obj       -8.842302878598535E-4   tail472   -0.0015000000000000488
    x472      mono472   -1             icup472   -0.0012515644555694352
    x472      mono473   1              icdown473  -0.0012515644555694352
    x473      obj       -8.861076345432077E-4   tail473   -0.0015000000000000488
    x473      mono473   -1             icup473   -0.0012515644555694352
    x473      mono474   1              icdown474  -0.0012515644555695462
    x474      obj       -8.879849812265621E-4   tail474   -0.0015000000000000488
    x474      mono474   -1             icup474   -0.0012515644555695462
    x474      mono475   1              icdown475  -0.0012515644555694352
    x475      obj       -8.898623279099163E-4   tail475   -0.0015000000000000488
    x475      mono475   -1             icup475   -0.0012515644555694352
    x475      mono476   1              icdown476  -0.0012515644555694352
    x476      obj       -8.917396745932706E-4   tail476   -0.0015000000000000488
    x476      mono476   -1             icup476   -0.0012515644555694352
    x476      mono477   1              icdown477  -0.0012515644555694352
    x477      obj       -8.936170212766248E-4   tail477   -0.0015000000000000488
    x477      mono477   -1             icup477   -0.0012515644555694352
    x477      mono478   1              icdown478  -0.0012515644555694352
    x478      obj       -8.95494367959979E-4   tail478   -0.0015000000000000488
    x478      mono478   -1             icup478   -0.0012515644555694352
    x478      mono479   1              icdown479  -0.0012515644555695462
    x479      obj       -8.973717146433333E-4   tail479   -0.0015000000000000488
    x479      mono479   -1             icup479   -0.0012515644555695462
    x479      mono480   1              icdown480  -0.0012515644555694352
    x480      obj       -8.992490613266875E-4   tail480   -0.0015000000000000488
    x480      mono480   -1             icup480   -0.0012515644555694352
    x480      mono481   1              icdown481  -0.0012515644555694352
    x481      obj       -9.011264080100418E-4   tail481   -0.0015000000000000488
    x481      mono481   -1             icup481   -0.0012515644555694352
    x481      mono482   1              icdown482  -0.0012515644555694352
    x482      obj       -9.03003754693396E-4   tail482   -0.0015000000000000488
    x482      mono482   -1             icup482   -0.0012515644555694352
    x482      mono483   1              icdown483  -0.0012515644555695462
    x483      obj       -9.048811013767504E-4   tail483   -0.0015000000000000488
    x483      mono483   -1             icup483   -0.0012515644555695462
    x483      mono484   1              icdown484  -0.0012515644555694352
    x484      obj       -9.067584480601046E-4   tail484   -0.0015000000000000488
    x484      mono484   -1             icup484   -0.0012515644555694352
    x484      mono485   1              icdown485  -0.0012515644555694352
    x485      obj       -9.086357947434587E-4   tail485   -0.0015000000000000488
    x485      mono485   -1             icup485   -0.0012515644555694352
    x485      mono486   1              icdown486  -0.0012515644555694352
    x486      obj       -9.10513141426813E-4   tail486   -0.0015000000000000488
    x486      mono486   -1             icup486   -0.0012515644555694352
    x486      mono487   1              icdown487  -0.0012515644555695462
    x487      obj       -9.123904881101674E-4   tail487   -0.0015000000000000488
    x487      mono487   -1             icup487   -0.0012515644555695462
    x487      mono488   1              icdown488  -0.0012515644555694352
    x488      obj       -9.142678347935216E-4   tail488   -0.0015000000000000488
    x488      mono488   -1             icup488   -0.0012515644555694352
    x488      mono489   1              icdown489  -0.0012515644555694352
    x489      obj       -9.161451814768758E-4   tail489   -0.0015000000000000488
    x489      mono489   -1             icup489   -0.0012515644555694352
    x489      mono490   1              icdown490  -0.0012515644555694352
    x490      obj       -9.180225281602301E-4   tail490   -0.0015000000000000488
    x490      mono490   -1             icup490   -0.0012515644555694352
    x490      mono491   1              icdown491  -0.0012515644555695462
    x491      obj       -9.198998748435845E-4   tail491   -0.0015000000000000488
    x491      mono491   -1             icup491   -0.0012515644555695462
    x491      mono492   1              icdown492  -0.0012515644555694352
    x492      obj       -9.217772215269386E-4   tail492   -0.0015000000000000488
    x492      mono492   -1             icup492   -0.0012515644555694352
    x492      mono493   1              icdown493  -0.0012515644555694352
    x493      obj       -9.236545682102928E-4   tail493   -0.0015000000000000488
    x493      mono493   -1             icup493   -0.0012515644555694352
    x493      mono494   1              icdown494  -0.0012515644555694352
    x494      obj       -9.25531914893647E-4   tail494   -0.0015000000000000488
    x494      mono494   -1             icup494   -0.0012515644555694352
    x494      mono495   1              icdown495  -0.0012515644555695462
    x495      obj       -9.274092615770015E-4   tail495   -0.0015000000000000488
    x495      mono495   -1             icup495   -0.0012515644555695462
    x495      mono496   1              icdown496  -0.0012515644555694352
    x496      obj       -9.292866082603557E-4   tail496   -0.0015000000000000488
    x496      mono496   -1             icup496   -0.0012515644555694352
    x496      mono497   1              icdown497  -0.0012515644555694352
    x497      obj       -9.311639549437099E-4   tail497   -0.0015000000000000488
    x497      mono497   -1             icup497   -0.0012515644555694352
    x497      mono498   1              icdown498  -0.0012515644555694352
    x498      obj       -9.330413016270642E-4   tail498   -0.0015000000000000488
    x498      mono498   -1             icup498   -0.0012515644555694352
    x498      mono499   1              icdown499  -0.0012515644555695462
    x499      obj       -9.349186483104184E-4   tail499   -0.0015000000000000488
    x499      mono499   -1             icup499   -0.0012515644555695462
    x499      mono500   1              icdown500  -0.0012515644555694352
    x500      obj       -9.367959949937727E-4   tail500   -0.0015000000000000488
    x500      mono500   -1             icup500   -0.0012515644555694352
    x500      mono501   1              icdown501  -0.0012515644555694352
    x501      obj       -9.386733416771269E-4   tail501   -0.0015000000000000488
    x501      mono501   -1             icup501   -0.0012515644555694352
    x501      mono502   1              icdown502  -0.0012515644555694352
    x502      obj       -9.405506883604811E-4   tail502   -0.0015000000000000488
    x502      mono502   -1             icup502   -0.0012515644555694352
    x502      mono503   1              icdown503  -0.0012515644555694352
    x503      obj       -9.424280350438354E-4   tail503   -0.0015000000000000488
    x503      mono503   -1             icup503   -0.0012515644555694352
    x503      mono504   1              icdown504  -0.0012515644555695462
    x504      obj       -9.443053817271897E-4   tail504   -0.0015000000000000488
    x504      mono504   -1             icup504   -0.0012515644555695462
    x504      mono505   1              icdown505  -0.0012515644555694352
    x505      obj       -9.46182728410544E-4   tail505   -0.0015000000000000488
    x505      mono505   -1             icup505   -0.0012515644555694352
    x505      mono506   1              icdown506  -0.0012515644555694352
    x506      obj       -9.480600750938981E-4   tail506   -0.0015000000000000488
    x506      mono506   -1             icup506   -0.0012515644555694352
    x506      mono507   1              icdown507  -0.0012515644555694352
    x507      obj       -9.499374217772524E-4   tail507   -0.0015000000000000488
    x507      mono507   -1             icup507   -0.0012515644555694352
    x507      mono508   1              icdown508  -0.0012515644555695462
    x508      obj       -9.518147684606067E-4   tail508   -0.0015000000000000488
    x508      mono508   -1             icup508   -0.0012515644555695462
    x508      mono509   1              icdown509  -0.0012515644555694352
    x509      obj       -9.536921151439609E-4   tail509   -0.0015000000000000488
    x509      mono509   -1             icup509   -0.0012515644555694352
    x509      mono510   1              icdown510  -0.0012515644555694352
    x510      obj       -9.555694618273152E-4   tail510   -0.0015000000000000488
    x510      mono510   -1             icup510   -0.0012515644555694352
    x510      mono511   1              icdown511  -0.0012515644555694352
    x511      obj       -9.574468085106694E-4   tail511   -0.0015000000000000488
    x511      mono511   -1             icup511   -0.0012515644555694352
    x511      mono512   1              icdown512  -0.0012515644555695462
    x512      obj       -9.593241551940238E-4   tail512   -0.0015000000000000488
    x512      mono512   -1             icup512   -0.0012515644555695462
    x512      mono513   1              icdown513  -0.0012515644555694352
    x513      obj       -9.612015018773779E-4   tail513   -0.0015000000000000488
    x513      mono513   -1             icup513   -0.0012515644555694352
    x513      mono514   1              icdown514  -0.0012515644555694352
    x514      obj       -9.630788485607321E-4   tail514   -0.0015000000000000488
    x514      mono514   -1             icup514   -0.0012515644555694352
    x514      mono515   1              icdown515  -0.0012515644555694352
    x515      obj       -9.649561952440864E-4   tail515   -0.0015000000000000488
    x515      mono515   -1             icup515   -0.0012515644555694352
    x515      mono516   1              icdown516  -0.0012515644555695462
    x516      obj       -9.668335419274407E-4   tail516   -0.0015000000000000488
    x516      mono516   -1             icup516   -0.0012515644555695462
    x516      mono517   1              icdown517  -0.0012515644555694352
    x517      obj       -9.68710888610795E-4   tail517   -0.0015000000000000488
    x517      mono517   -1             icup517   -0.0012515644555694352
    x517      mono518   1              icdown518  -0.0012515644555694352
    x518      obj       -9.705882352941492E-4   tail518   -0.0015000000000000488
    x518      mono518   -1             icup518   -0.0012515644555694352
    x518      mono519   1              icdown519  -0.0012515644555694352
    x519      obj       -9.724655819775035E-4   tail519   -0.0015000000000000488
    x519      mono519   -1             icup519   -0.0012515644555694352
    x519      mono520   1              icdown520  -0.0012515644555695462
    x520      obj       -9.743429286608579E-4   tail520   -0.0015000000000000488
    x520      mono520   -1             icup520   -0.0012515644555695462
    x520      mono521   1              icdown521  -0.0012515644555694352
    x521      obj       -9.762202753442119E-4   tail521   -0.0015000000000000488
    x521      mono521   -1             icup521   -0.0012515644555694352
    x521      mono522   1              icdown522  -0.0012515644555694352
    x522      obj       -9.780976220275662E-4   tail522   -0.0015000000000000488
    x522      mono522   -1             icup522   -0.0012515644555694352
    x522      mono523   1              icdown523  -0.0012515644555694352
    x523      obj       -9.799749687109205E-4   tail523   -0.0015000000000000488
    x523      mono523   -1             icup523   -0.0012515644555694352
    x523      mono524   1              icdown524  -0.0012515644555695462
    x524      obj       -9.818523153942748E-4   tail524   -0.0015000000000000488
    x524      mono524   -1             icup524   -0.0012515644555695462
    x524      mono525   1              icdown525  -0.0012515644555694352
    x525      obj       -9.83729662077629E-4   tail525   -0.0015000000000000488
    x525      mono525   -1             icup525   -0.0012515644555694352
    x525      mono526   1              icdown526  -0.0012515644555694352
    x526      obj       -9.856070087609834E-4   tail526   -0.0015000000000000488
    x526      mono526   -1             icup526   -0.0012515644555694352
    x526      mono527   1              icdown527  -0.0012515644555694352
    x527      obj       -9.874843554443374E-4   tail527   -0.0015000000000000488
    x527      mono527   -1             icup527   -0.0012515644555694352
    x527      mono528   1              icdown528  -0.0012515644555694352
    x528      obj       -9.893617021276917E-4   tail528   -0.0015000000000000488
    x528      mono528   -1             icup528   -0.0012515644555694352
    x528      mono529   1              icdown529  -0.0012515644555695462
    x529      obj       -9.91239048811046E-4   tail529   -0.0015000000000000488
    x529      mono529   -1             icup529   -0.0012515644555695462
    x529      mono530   1              icdown530  -0.0012515644555694352
    x530      obj       -9.931163954944003E-4   tail530   -0.0015000000000000488
    x530      mono530   -1             icup530   -0.0012515644555694352
    x530      mono531   1              icdown531  -0.0012515644555694352
    x531      obj       -9.949937421777546E-4   tail531   -0.0015000000000000488
    x531      mono531   -1             icup531   -0.0012515644555694352
    x531      mono532   1              icdown532  -0.0012515644555694352
    x532      obj       -9.968710888611087E-4   tail532   -0.0015000000000000488
    x532      mono532   -1             icup532   -0.0012515644555694352
    x532      mono533   1              icdown533  -0.0012515644555695462
    x533      obj       -9.98748435544463E-4   tail533   -0.0015000000000000488
    x533      mono533   -1             icup533   -0.0012515644555695462
    x533      mono534   1              icdown534  -0.0012515644555694352
    x534      obj       -0.0010006257822278172   tail534   -0.0015000000000000488
    x534      mono534   -1             icup534   -0.0012515644555694352
    x534      mono535   1              icdown535  -0.0012515644555694352
    x535      obj       -0.0010025031289111715   tail535   -0.0015000000000000488
    x535      mono535   -1             icup535   -0.0012515644555694352
    x535      mono536   1              icdown536  -0.0012515644555694352
    x536      obj       -0.0010043804755945258   tail536   -0.0015000000000000488
    x536      mono536   -1             icup536   -0.0012515644555694352
    x536      mono537   1              icdown537  -0.0012515644555695462
    x537      obj       -0.00100625782227788   tail537   -0.0015000000000000488
    x537      mono537   -1             icup537   -0.0012515644555695462
    x537      mono538   1              icdown538  -0.0012515644555694352
    x538      obj       -0.0010081351689612342   tail538   -0.0015000000000000488
    x538      mono538   -1             icup538   -0.0012515644555694352
    x538      mono539   1              icdown539  -0.0012515644555694352
    x539      obj       -0.0010100125156445885   tail539   -0.0015000000000000488
    x539      mono539   -1             icup539   -0.0012515644555694352
    x539      mono540   1              icdown540  -0.0012515644555694352
    x540      obj       -0.0010118898623279428   tail540   -0.0015000000000000488
    x540      mono540   -1             icup540   -0.0012515644555694352
    x540      mono541   1              icdown541  -0.0012515644555695462
    x541      obj       -0.0010137672090112973   tail541   -0.0015000000000000488
    x541      mono541   -1             icup541   -0.0012515644555695462
    x541      mono542   1              icdown542  -0.0012515644555694352
    x542      obj       -0.0010156445556946513   tail542   -0.0015000000000000488
    x542      mono542   -1             icup542   -0.0012515644555694352
    x542      mono543   1              icdown543  -0.0012515644555694352
    x543      obj       -0.0010175219023780054   tail543   -0.0015000000000000488
    x543      mono543   -1             icup543   -0.0012515644555694352
    x543      mono544   1              icdown544  -0.0012515644555694352
    x544      obj       -0.0010193992490613597   tail544   -0.0015000000000000488
    x544      mono544   -1             icup544   -0.0012515644555694352
    x544      mono545   1              icdown545  -0.0012515644555695462
    x545      obj       -0.0010212765957447142   tail545   -0.0015000000000000488
    x545      mono545   -1             icup545   -0.0012515644555695462
    x545      mono546   1              icdown546  -0.0012515644555694352
    x546      obj       -0.0010231539424280685   tail546   -0.0015000000000000488
    x546      mono546   -1             icup546   -0.0012515644555694352
    x546      mono547   1              icdown547  -0.0012515644555694352
    x547      obj       -0.0010250312891114226   tail547   -0.0015000000000000488
    x547      mono547   -1             icup547   -0.0012515644555694352
    x547      mono548   1              icdown548  -0.0012515644555694352
    x548      obj       -0.0010269086357947766   tail548   -0.0015000000000000488
    x548      mono548   -1             icup548   -0.0012515644555694352
    x548      mono549   1              icdown549  -0.0012515644555695462
    x549      obj       -0.0010287859824781311   tail549   -0.0015000000000000488
    x549      mono549   -1             icup549   -0.0012515644555695462
    x549      mono550   1              icdown550  -0.0012515644555694352
    x550      obj       -0.0010306633291614854   tail550   -0.0015000000000000488
    x550      mono550   -1             icup550   -0.0012515644555694352
    x550      mono551   1              icdown551  -0.0012515644555694352
    x551      obj       -0.0010325406758448397   tail551   -0.0015000000000000488
    x551      mono551   -1             icup551   -0.0012515644555694352
    x551      mono552   1              icdown552  -0.0012515644555694352
    x552      obj       -0.0010344180225281938   tail552   -0.0015000000000000488
    x552      mono552   -1             icup552   -0.0012515644555694352
    x552      mono553   1              icdown553  -0.0012515644555694352
    x553      obj       -0.0010362953692115478   tail553   -0.0015000000000000488
    x553      mono553   -1             icup553   -0.0012515644555694352
    x553      mono554   1              icdown554  -0.0012515644555695462
    x554      obj       -0.0010381727158949026   tail554   -0.0015000000000000488
    x554      mono554   -1             icup554   -0.0012515644555695462
    x554      mono555   1              icdown555  -0.0012515644555694352
    x555      obj       -0.0010400500625782566   tail555   -0.0015000000000000488
    x555      mono555   -1             icup555   -0.0012515644555694352
    x555      mono556   1              icdown556  -0.0012515644555694352
    x556      obj       -0.001041927409261611   tail556   -0.0015000000000000488
    x556      mono556   -1             icup556   -0.0012515644555694352
    x556      mono557   1              icdown557  -0.0012515644555694352
    x557      obj       -0.001043804755944965   tail557   -0.0015000000000000488
    x557      mono557   -1             icup557   -0.0012515644555694352
    x557      mono558   1              icdown558  -0.0012515644555695462
    x558      obj       -0.0010456821026283193   tail558   -0.0015000000000000488
    x558      mono558   -1             icup558   -0.0012515644555695462
    x558      mono559   1              icdown559  -0.0012515644555694352
    x559      obj       -0.0010475594493116738   tail559   -0.0015000000000000488
    x559      mono559   -1             icup559   -0.0012515644555694352
    x559      mono560   1              icdown560  -0.0012515644555694352
    x560      obj       -0.0010494367959950279   tail560   -0.0015000000000000488
    x560      mono560   -1             icup560   -0.0012515644555694352
    x560      mono561   1              icdown561  -0.0012515644555694352
    x561      obj       -0.0010513141426783822   tail561   -0.0015000000000000488
    x561      mono561   -1             icup561   -0.0012515644555694352
    x561      mono562   1              icdown562  -0.0012515644555695462
    x562      obj       -0.0010531914893617364   tail562   -0.0015000000000000488
    x562      mono562   -1             icup562   -0.0012515644555695462
    x562      mono563   1              icdown563  -0.0012515644555694352
    x563      obj       -0.0010550688360450905   tail563   -0.0015000000000000488
    x563      mono563   -1             icup563   -0.0012515644555694352
    x563      mono564   1              icdown564  -0.0012515644555694352
    x564      obj       -0.001056946182728445   tail564   -0.0015000000000000488
    x564      mono564   -1             icup564   -0.0012515644555694352
    x564      mono565   1              icdown565  -0.0012515644555694352
    x565      obj       -0.001058823529411799   tail565   -0.0015000000000000488
    x565      mono565   -1             icup565   -0.0012515644555694352
    x565      mono566   1              icdown566  -0.0012515644555695462
    x566      obj       -0.0010607008760951534   tail566   -0.0015000000000000488
    x566      mono566   -1             icup566   -0.0012515644555695462
    x566      mono567   1              icdown567  -0.0012515644555694352
    x567      obj       -0.0010625782227785077   tail567   -0.0015000000000000488
    x567      mono567   -1             icup567   -0.0012515644555694352
    x567      mono568   1              icdown568  -0.0012515644555694352
    x568      obj       -0.0010644555694618617   tail568   -0.0015000000000000488
    x568      mono568   -1             icup568   -0.0012515644555694352
    x568      mono569   1              icdown569  -0.0012515644555694352
    x569      obj       -0.0010663329161452162   tail569   -0.0015000000000000488
    x569      mono569   -1             icup569   -0.0012515644555694352
    x569      mono570   1              icdown570  -0.0012515644555695462
    x570      obj       -0.0010682102628285705   tail570   -0.0015000000000000488
    x570      mono570   -1             icup570   -0.0012515644555695462
    x570      mono571   1              icdown571  -0.0012515644555694352
    x571      obj       -0.0010700876095119246   tail571   -0.0015000000000000488
    x571      mono571   -1             icup571   -0.0012515644555694352
    x571      mono572   1              icdown572  -0.0012515644555694352
    x572      obj       -0.001071964956195279   tail572   -0.0015000000000000488
    x572      mono572   -1             icup572   -0.0012515644555694352
    x572      mono573   1              icdown573  -0.0012515644555694352
    x573      obj       -0.001073842302878633   tail573   -0.0015000000000000488
    x573      mono573   -1             icup573   -0.0012515644555694352
    x573      mono574   1              icdown574  -0.0012515644555695462
    x574      obj       -0.0010757196495619877   tail574   -0.0015000000000000488
    x574      mono574   -1             icup574   -0.0012515644555695462
    x574      mono575   1              icdown575  -0.0012515644555694352
    x575      obj       -0.0010775969962453418   tail575   -0.0015000000000000488
    x575      mono575   -1             icup575   -0.0012515644555694352
    x575      mono576   1              icdown576  -0.0012515644555694352
    x576      obj       -0.0010794743429286958   tail576   -0.0015000000000000488
    x576      mono576   -1             icup576   -0.0012515644555694352
    x576      mono577   1              icdown577  -0.0012515644555694352
    x577      obj       -0.0010813516896120501   tail577   -0.0015000000000000488
    x577      mono577   -1             icup577   -0.0012515644555694352
    x577      mono578   1              icdown578  -0.0012515644555694352
    x578      obj       -0.0010832290362954042   tail578   -0.0015000000000000488
    x578      mono578   -1             icup578   -0.0012515644555694352
    x578      mono579   1              icdown579  -0.0012515644555695462
    x579      obj       -0.001085106382978759   tail579   -0.0015000000000000488
    x579      mono579   -1             icup579   -0.0012515644555695462
    x579      mono580   1              icdown580  -0.0012515644555694352
    x580      obj       -0.001086983729662113   tail580   -0.0015000000000000488
    x580      mono580   -1             icup580   -0.0012515644555694352
    x580      mono581   1              icdown581  -0.0012515644555694352
    x581      obj       -0.001088861076345467   tail581   -0.0015000000000000488
    x581      mono581   -1             icup581   -0.0012515644555694352
    x581      mono582   1              icdown582  -0.0012515644555694352
    x582      obj       -0.0010907384230288213   tail582   -0.0015000000000000488
    x582      mono582   -1             icup582   -0.0012515644555694352
    x582      mono583   1              icdown583  -0.0012515644555695462
    x583      obj       -0.0010926157697121758   tail583   -0.0015000000000000488
    x583      mono583   -1             icup583   -0.0012515644555695462
    x583      mono584   1              icdown584  -0.0012515644555694352
    x584      obj       -0.0010944931163955301   tail584   -0.0015000000000000488
    x584      mono584   -1             icup584   -0.0012515644555694352
    x584      mono585   1              icdown585  -0.0012515644555694352
    x585      obj       -0.0010963704630788842   tail585   -0.0015000000000000488
    x585      mono585   -1             icup585   -0.0012515644555694352
    x585      mono586   1              icdown586  -0.0012515644555694352
    x586      obj       -0.0010982478097622383   tail586   -0.0015000000000000488
    x586      mono586   -1             icup586   -0.0012515644555694352
    x586      mono587   1              icdown587  -0.0012515644555695462
    x587      obj       -0.0011001251564455928   tail587   -0.0015000000000000488
    x587      mono587   -1             icup587   -0.0012515644555695462
    x587      mono588   1              icdown588  -0.0012515644555694352
    x588      obj       -0.001102002503128947   tail588   -0.0015000000000000488
    x588      mono588   -1             icup588   -0.0012515644555694352
    x588      mono589   1              icdown589  -0.0012515644555694352
    x589      obj       -0.0011038798498123014   tail589   -0.0015000000000000488
    x589      mono589   -1             icup589   -0.0012515644555694352
    x589      mono590   1              icdown590  -0.0012515644555694352
    x590      obj       -0.0011057571964956554   tail590   -0.0015000000000000488
    x590      mono590   -1             icup590   -0.0012515644555694352
    x590      mono591   1              icdown591  -0.0012515644555695462
    x591      obj       -0.0011076345431790097   tail591   -0.0015000000000000488
    x591      mono591   -1             icup591   -0.0012515644555695462
    x591      mono592   1              icdown592  -0.0012515644555694352
    x592      obj       -0.001109511889862364   tail592   -0.0015000000000000488
    x592      mono592   -1             icup592   -0.0012515644555694352
    x592      mono593   1              icdown593  -0.0012515644555694352
    x593      obj       -0.0011113892365457183   tail593   -0.0015000000000000488
    x593      mono593   -1             icup593   -0.0012515644555694352
    x593      mono594   1              icdown594  -0.0012515644555694352
    x594      obj       -0.0011132665832290726   tail594   -0.0015000000000000488
    x594      mono594   -1             icup594   -0.0012515644555694352
    x594      mono595   1              icdown595  -0.0012515644555695462
    x595      obj       -0.0011151439299124269   tail595   -0.0015000000000000488
    x595      mono595   -1             icup595   -0.0012515644555695462
    x595      mono596   1              icdown596  -0.0012515644555694352
    x596      obj       -0.001117021276595781   tail596   -0.0015000000000000488
    x596      mono596   -1             icup596   -0.0012515644555694352
    x596      mono597   1              icdown597  -0.0012515644555694352
    x597      obj       -0.0011188986232791352   tail597   -0.0015000000000000488
    x597      mono597   -1             icup597   -0.0012515644555694352
    x597      mono598   1              icdown598  -0.0012515644555694352
    x598      obj       -0.0011207759699624895   tail598   -0.0015000000000000488
    x598      mono598   -1             icup598   -0.0012515644555694352
    x598      mono599   1              icdown599  -0.0012515644555695462
    x599      obj       -0.0011226533166458438   tail599   -0.0015000000000000488
    x599      mono599   -1             icup599   -0.0012515644555695462
    x599      mono600   1              icdown600  -0.0012515644555694352
    x600      obj       -0.001124530663329198   tail600   -0.0015000000000000488
    x600      mono600   -1             icup600   -0.0012515644555694352
    x600      mono601   1              icdown601  -0.0012515644555694352
    x601      obj       -0.0011264080100125522   tail601   -0.0015000000000000488
    x601      mono601   -1             icup601   -0.0012515644555694352
    x601      mono602   1              icdown602  -0.0012515644555694352
    x602      obj       -0.0011282853566959065   tail602   -0.0015000000000000488
    x602      mono602   -1             icup602   -0.0012515644555694352
    x602      mono603   1              icdown603  -0.0012515644555694352
    x603      obj       -0.0011301627033792607   tail603   -0.0015000000000000488
    x603      mono603   -1             icup603   -0.0012515644555694352
    x603      mono604   1              icdown604  -0.0012515644555695462
    x604      obj       -0.001132040050062615   tail604   -0.0015000000000000488
    x604      mono604   -1             icup604   -0.0012515644555695462
    x604      mono605   1              icdown605  -0.0012515644555694352
    x605      obj       -0.0011339173967459693   tail605   -0.0015000000000000488
    x605      mono605   -1             icup605   -0.0012515644555694352
    x605      mono606   1              icdown606  -0.0012515644555694352
    x606      obj       -0.0011357947434293234   tail606   -0.0015000000000000488
    x606      mono606   -1             icup606   -0.0012515644555694352
    x606      mono607   1              icdown607  -0.0012515644555694352
    x607      obj       -0.0011376720901126777   tail607   -0.0015000000000000488
    x607      mono607   -1             icup607   -0.0012515644555694352
    x607      mono608   1              icdown608  -0.0012515644555695462
    x608      obj       -0.0011395494367960322   tail608   -0.0015000000000000488
    x608      mono608   -1             icup608   -0.0012515644555695462
    x608      mono609   1              icdown609  -0.0012515644555694352
    x609      obj       -0.0011414267834793863   tail609   -0.0015000000000000488
    x609      mono609   -1             icup609   -0.0012515644555694352
    x609      mono610   1              icdown610  -0.0012515644555694352
    x610      obj       -0.0011433041301627405   tail610   -0.0015000000000000488
    x610      mono610   -1             icup610   -0.0012515644555694352
    x610      mono611   1              icdown611  -0.0012515644555694352
    x611      obj       -0.0011451814768460946   tail611   -0.0015000000000000488
    x611      mono611   -1             icup611   -0.0012515644555694352
    x611      mono612   1              icdown612  -0.0012515644555695462
    x612      obj       -0.0011470588235294491   tail612   -0.0015000000000000488
    x612      mono612   -1             icup612   -0.0012515644555695462
    x612      mono613   1              icdown613  -0.0012515644555694352
    x613      obj       -0.0011489361702128034   tail613   -0.0015000000000000488
    x613      mono613   -1             icup613   -0.0012515644555694352
    x613      mono614   1              icdown614  -0.0012515644555694352
    x614      obj       -0.0011508135168961575   tail614   -0.0015000000000000488
    x614      mono614   -1             icup614   -0.0012515644555694352
    x614      mono615   1              icdown615  -0.0012515644555694352
    x615      obj       -0.0011526908635795118   tail615   -0.0015000000000000488
    x615      mono615   -1             icup615   -0.0012515644555694352
    x615      mono616   1              icdown616  -0.0012515644555695462
    x616      obj       -0.001154568210262866   tail616   -0.0015000000000000488
    x616      mono616   -1             icup616   -0.0012515644555695462
    x616      mono617   1              icdown617  -0.0012515644555694352
    x617      obj       -0.0011564455569462206   tail617   -0.0015000000000000488
    x617      mono617   -1             icup617   -0.0012515644555694352
    x617      mono618   1              icdown618  -0.0012515644555694352
    x618      obj       -0.0011583229036295746   tail618   -0.0015000000000000488
    x618      mono618   -1             icup618   -0.0012515644555694352
    x618      mono619   1              icdown619  -0.0012515644555694352
    x619      obj       -0.0011602002503129287   tail619   -0.0015000000000000488
    x619      mono619   -1             icup619   -0.0012515644555694352
    x619      mono620   1              icdown620  -0.0012515644555695462
    x620      obj       -0.0011620775969962832   tail620   -0.0015000000000000488
    x620      mono620   -1             icup620   -0.0012515644555695462
    x620      mono621   1              icdown621  -0.0012515644555694352
    x621      obj       -0.0011639549436796373   tail621   -0.0015000000000000488
    x621      mono621   -1             icup621   -0.0012515644555694352
    x621      mono622   1              icdown622  -0.0012515644555694352
    x622      obj       -0.0011658322903629918   tail622   -0.0015000000000000488
    x622      mono622   -1             icup622   -0.0012515644555694352
    x622      mono623   1              icdown623  -0.0012515644555694352
    x623      obj       -0.0011677096370463459   tail623   -0.0015000000000000488
    x623      mono623   -1             icup623   -0.0012515644555694352
    x623      mono624   1              icdown624  -0.0012515644555695462
    x624      obj       -0.0011695869837297001   tail624   -0.0015000000000000488
    x624      mono624   -1             icup624   -0.0012515644555695462
    x624      mono625   1              icdown625  -0.0012515644555694352
    x625      obj       -0.0011714643304130544   tail625   -0.0015000000000000488
    x625      mono625   -1             icup625   -0.0012515644555694352
    x625      mono626   1              icdown626  -0.0012515644555694352
    x626      obj       -0.0011733416770964085   tail626   -0.0015000000000000488
    x626      mono626   -1             icup626   -0.0012515644555694352
    x626      mono627   1              icdown627  -0.0012515644555694352
    x627      obj       -0.001175219023779763   tail627   -0.0015000000000000488
    x627      mono627   -1             icup627   -0.0012515644555694352
    x627      mono628   1              icdown628  -0.0012515644555694352
    x628      obj       -0.001177096370463117   tail628   -0.0015000000000000488
    x628      mono628   -1             icup628   -0.0012515644555694352
    x628      mono629   1              icdown629  -0.0012515644555695462
    x629      obj       -0.0011789737171464714   tail629   -0.0015000000000000488
    x629      mono629   -1             icup629   -0.0012515644555695462
    x629      mono630   1              icdown630  -0.0012515644555694352
    x630      obj       -0.0011808510638298257   tail630   -0.0015000000000000488
    x630      mono630   -1             icup630   -0.0012515644555694352
    x630      mono631   1              icdown631  -0.0012515644555694352
    x631      obj       -0.0011827284105131797   tail631   -0.0015000000000000488
    x631      mono631   -1             icup631   -0.0012515644555694352
    x631      mono632   1              icdown632  -0.0012515644555694352
    x632      obj       -0.0011846057571965342   tail632   -0.0015000000000000488
    x632      mono632   -1             icup632   -0.0012515644555694352
    x632      mono633   1              icdown633  -0.0012515644555695462
    x633      obj       -0.0011864831038798885   tail633   -0.0015000000000000488
    x633      mono633   -1             icup633   -0.0012515644555695462
    x633      mono634   1              icdown634  -0.0012515644555694352
    x634      obj       -0.0011883604505632426   tail634   -0.0015000000000000488
    x634      mono634   -1             icup634   -0.0012515644555694352
    x634      mono635   1              icdown635  -0.0012515644555694352
    x635      obj       -0.0011902377972465969   tail635   -0.0015000000000000488
    x635      mono635   -1             icup635   -0.0012515644555694352
    x635      mono636   1              icdown636  -0.0012515644555694352
    x636      obj       -0.001192115143929951   tail636   -0.0015000000000000488
    x636      mono636   -1             icup636   -0.0012515644555694352
    x636      mono637   1              icdown637  -0.0012515644555695462
    x637      obj       -0.0011939924906133055   tail637   -0.0015000000000000488
    x637      mono637   -1             icup637   -0.0012515644555695462
    x637      mono638   1              icdown638  -0.0012515644555694352
    x638      obj       -0.0011958698372966598   tail638   -0.0015000000000000488
    x638      mono638   -1             icup638   -0.0012515644555694352
    x638      mono639   1              icdown639  -0.0012515644555694352
    x639      obj       -0.0011977471839800138   tail639   -0.0015000000000000488
    x639      mono639   -1             icup639   -0.0012515644555694352
    x639      mono640   1              icdown640  -0.0012515644555694352
    x640      obj       -0.0011996245306633681   tail640   -0.0015000000000000488
    x640      mono640   -1             icup640   -0.0012515644555694352
    x640      mono641   1              icdown641  -0.0012515644555695462
    x641      obj       -0.0012015018773467226   tail641   -0.0015000000000000488
    x641      mono641   -1             icup641   -0.0012515644555695462
    x641      mono642   1              icdown642  -0.0012515644555694352
    x642      obj       -0.0012033792240300767   tail642   -0.0015000000000000488
    x642      mono642   -1             icup642   -0.0012515644555694352
    x642      mono643   1              icdown643  -0.0012515644555694352
    x643      obj       -0.001205256570713431   tail643   -0.0015000000000000488
    x643      mono643   -1             icup643   -0.0012515644555694352
    x643      mono644   1              icdown644  -0.0012515644555694352
    x644      obj       -0.001207133917396785   tail644   -0.0015000000000000488
    x644      mono644   -1             icup644   -0.0012515644555694352
    x644      mono645   1              icdown645  -0.0012515644555695462
    x645      obj       -0.0012090112640801393   tail645   -0.0015000000000000488
    x645      mono645   -1             icup645   -0.0012515644555695462
    x645      mono646   1              icdown646  -0.0012515644555694352
    x646      obj       -0.0012108886107634938   tail646   -0.0015000000000000488
    x646      mono646   -1             icup646   -0.0012515644555694352
    x646      mono647   1              icdown647  -0.0012515644555694352
    x647      obj       -0.001212765957446848   tail647   -0.0015000000000000488
    x647      mono647   -1             icup647   -0.0012515644555694352
    x647      mono648   1              icdown648  -0.0012515644555694352
    x648      obj       -0.0012146433041302022   tail648   -0.0015000000000000488
    x648      mono648   -1             icup648   -0.0012515644555694352
    x648      mono649   1              icdown649  -0.0012515644555695462
    x649      obj       -0.0012165206508135565   tail649   -0.0015000000000000488
    x649      mono649   -1             icup649   -0.0012515644555695462
    x649      mono650   1              icdown650  -0.0012515644555694352
    x650      obj       -0.0012183979974969106   tail650   -0.0015000000000000488
    x650      mono650   -1             icup650   -0.0012515644555694352
    x650      mono651   1              icdown651  -0.0012515644555694352
    x651      obj       -0.001220275344180265   tail651   -0.0015000000000000488
    x651      mono651   -1             icup651   -0.0012515644555694352
    x651      mono652   1              icdown652  -0.0012515644555694352
    x652      obj       -0.0012221526908636191   tail652   -0.0015000000000000488
    x652      mono652   -1             icup652   -0.0012515644555694352
    x652      mono653   1              icdown653  -0.0012515644555694352
    x653      obj       -0.0012240300375469734   tail653   -0.0015000000000000488
    x653      mono653   -1             icup653   -0.0012515644555694352
    x653      mono654   1              icdown654  -0.0012515644555695462
    x654      obj       -0.0012259073842303277   tail654   -0.0015000000000000488
    x654      mono654   -1             icup654   -0.0012515644555695462
    x654      mono655   1              icdown655  -0.0012515644555694352
    x655      obj       -0.001227784730913682   tail655   -0.0015000000000000488
    x655      mono655   -1             icup655   -0.0012515644555694352
    x655      mono656   1              icdown656  -0.0012515644555694352
    x656      obj       -0.0012296620775970363   tail656   -0.0015000000000000488
    x656      mono656   -1             icup656   -0.0012515644555694352
    x656      mono657   1              icdown657  -0.0012515644555694352
    x657      obj       -0.0012315394242803904   tail657   -0.0015000000000000488
    x657      mono657   -1             icup657   -0.0012515644555694352
    x657      mono658   1              icdown658  -0.0012515644555695462
    x658      obj       -0.0012334167709637449   tail658   -0.0015000000000000488
    x658      mono658   -1             icup658   -0.0012515644555695462
    x658      mono659   1              icdown659  -0.0012515644555694352
    x659      obj       -0.001235294117647099   tail659   -0.0015000000000000488
    x659      mono659   -1             icup659   -0.0012515644555694352
    x659      mono660   1              icdown660  -0.0012515644555694352
    x660      obj       -0.0012371714643304532   tail660   -0.0015000000000000488
    x660      mono660   -1             icup660   -0.0012515644555694352
    x660      mono661   1              icdown661  -0.0012515644555694352
    x661      obj       -0.0012390488110138075   tail661   -0.0015000000000000488
    x661      mono661   -1             icup661   -0.0012515644555694352
    x661      mono662   1              icdown662  -0.0012515644555695462
    x662      obj       -0.0012409261576971618   tail662   -0.0015000000000000488
    x662      mono662   -1             icup662   -0.0012515644555695462
    x662      mono663   1              icdown663  -0.0012515644555694352
    x663      obj       -0.001242803504380516   tail663   -0.0015000000000000488
    x663      mono663   -1             icup663   -0.0012515644555694352
    x663      mono664   1              icdown664  -0.0012515644555694352
    x664      obj       -0.0012446808510638702   tail664   -0.0015000000000000488
    x664      mono664   -1             icup664   -0.0012515644555694352
    x664      mono665   1              icdown665  -0.0012515644555694352
    x665      obj       -0.0012465581977472245   tail665   -0.0015000000000000488
    x665      mono665   -1             icup665   -0.0012515644555694352
    x665      mono666   1              icdown666  -0.0012515644555695462
    x666      obj       -0.001248435544430579   tail666   -0.0015000000000000488
    x666      mono666   -1             icup666   -0.0012515644555695462
    x666      mono667   1              icdown667  -0.0012515644555694352
    x667      obj       -0.001250312891113933   tail667   -0.0015000000000000488
    x667      mono667   -1             icup667   -0.0012515644555694352
    x667      mono668   1              icdown668  -0.0012515644555694352
    x668      obj       -0.0012521902377972873   tail668   -0.0015000000000000488
    x668      mono668   -1             icup668   -0.0012515644555694352
    x668      mono669   1              icdown669  -0.0012515644555694352
    x669      obj       -0.0012540675844806414   tail669   -0.0015000000000000488
    x669      mono669   -1             icup669   -0.0012515644555694352
    x669      mono670   1              icdown670  -0.0012515644555695462
    x670      obj       -0.001255944931163996   tail670   -0.0015000000000000488
    x670      mono670   -1             icup670   -0.0012515644555695462
    x670      mono671   1              icdown671  -0.0012515644555694352
    x671      obj       -0.0012578222778473502   tail671   -0.0015000000000000488
    x671      mono671   -1             icup671   -0.0012515644555694352
    x671      mono672   1              icdown672  -0.0012515644555694352
    x672      obj       -0.0012596996245307043   tail672   -0.0015000000000000488
    x672      mono672   -1             icup672   -0.0012515644555694352
    x672      mono673   1              icdown673  -0.0012515644555694352
    x673      obj       -0.0012615769712140585   tail673   -0.0015000000000000488
    x673      mono673   -1             icup673   -0.0012515644555694352
    x673      mono674   1              icdown674  -0.0012515644555695462
    x674      obj       -0.0012634543178974128   tail674   -0.0015000000000000488
    x674      mono674   -1             icup674   -0.0012515644555695462
    x674      mono675   1              icdown675  -0.0012515644555694352
    x675      obj       -0.0012653316645807671   tail675   -0.0015000000000000488
    x675      mono675   -1             icup675   -0.0012515644555694352
    x675      mono676   1              icdown676  -0.0012515644555694352
    x676      obj       -0.0012672090112641214   tail676   -0.0015000000000000488
    x676      mono676   -1             icup676   -0.0012515644555694352
    x676      mono677   1              icdown677  -0.0012515644555694352
    x677      obj       -0.0012690863579474755   tail677   -0.0015000000000000488
    x677      mono677   -1             icup677   -0.0012515644555694352
    x677      mono678   1              icdown678  -0.0012515644555694352
    x678      obj       -0.0012709637046308298   tail678   -0.0015000000000000488
    x678      mono678   -1             icup678   -0.0012515644555694352
    x678      mono679   1              icdown679  -0.0012515644555695462
    x679      obj       -0.001272841051314184   tail679   -0.0015000000000000488
    x679      mono679   -1             icup679   -0.0012515644555695462
    x679      mono680   1              icdown680  -0.0012515644555694352
    x680      obj       -0.0012747183979975383   tail680   -0.0015000000000000488
    x680      mono680   -1             icup680   -0.0012515644555694352
    x680      mono681   1              icdown681  -0.0012515644555694352
    x681      obj       -0.0012765957446808926   tail681   -0.0015000000000000488
    x681      mono681   -1             icup681   -0.0012515644555694352
    x681      mono682   1              icdown682  -0.0012515644555694352
    x682      obj       -0.0012784730913642467   tail682   -0.0015000000000000488
    x682      mono682   -1             icup682   -0.0012515644555694352
    x682      mono683   1              icdown683  -0.0012515644555695462
    x683      obj       -0.001280350438047601   tail683   -0.0015000000000000488
    x683      mono683   -1             icup683   -0.0012515644555695462
    x683      mono684   1              icdown684  -0.0012515644555694352
    x684      obj       -0.0012822277847309553   tail684   -0.0015000000000000488
    x684      mono684   -1             icup684   -0.0012515644555694352
    x684      mono685   1              icdown685  -0.0012515644555694352
    x685      obj       -0.0012841051314143096   tail685   -0.0015000000000000488
    x685      mono685   -1             icup685   -0.0012515644555694352
    x685      mono686   1              icdown686  -0.0012515644555694352
    x686      obj       -0.0012859824780976639   tail686   -0.0015000000000000488
    x686      mono686   -1             icup686   -0.0012515644555694352
    x686      mono687   1              icdown687  -0.0012515644555695462
    x687      obj       -0.0012878598247810181   tail687   -0.0015000000000000488
    x687      mono687   -1             icup687   -0.0012515644555695462
    x687      mono688   1              icdown688  -0.0012515644555694352
    x688      obj       -0.0012897371714643722   tail688   -0.0015000000000000488
    x688      mono688   -1             icup688   -0.0012515644555694352
    x688      mono689   1              icdown689  -0.0012515644555694352
    x689      obj       -0.0012916145181477265   tail689   -0.0015000000000000488
    x689      mono689   -1             icup689   -0.0012515644555694352
    x689      mono690   1              icdown690  -0.0012515644555694352
    x690      obj       -0.0012934918648310808   tail690   -0.0015000000000000488
    x690      mono690   -1             icup690   -0.0012515644555694352
    x690      mono691   1              icdown691  -0.0012515644555695462
    x691      obj       -0.0012953692115144353   tail691   -0.0015000000000000488
    x691      mono691   -1             icup691   -0.0012515644555695462
    x691      mono692   1              icdown692  -0.0012515644555694352
    x692      obj       -0.0012972465581977894   tail692   -0.0015000000000000488
    x692      mono692   -1             icup692   -0.0012515644555694352
    x692      mono693   1              icdown693  -0.0012515644555694352
    x693      obj       -0.0012991239048811434   tail693   -0.0015000000000000488
    x693      mono693   -1             icup693   -0.0012515644555694352
    x693      mono694   1              icdown694  -0.0012515644555694352
    x694      obj       -0.0013010012515644977   tail694   -0.0015000000000000488
    x694      mono694   -1             icup694   -0.0012515644555694352
    x694      mono695   1              icdown695  -0.0012515644555695462
    x695      obj       -0.0013028785982478522   tail695   -0.0015000000000000488
    x695      mono695   -1             icup695   -0.0012515644555695462
    x695      mono696   1              icdown696  -0.0012515644555694352
    x696      obj       -0.0013047559449312065   tail696   -0.0015000000000000488
    x696      mono696   -1             icup696   -0.0012515644555694352
    x696      mono697   1              icdown697  -0.0012515644555694352
    x697      obj       -0.0013066332916145606   tail697   -0.0015000000000000488
    x697      mono697   -1             icup697   -0.0012515644555694352
    x697      mono698   1              icdown698  -0.0012515644555694352
    x698      obj       -0.0013085106382979149   tail698   -0.0015000000000000488
    x698      mono698   -1             icup698   -0.0012515644555694352
    x698      mono699   1              icdown699  -0.0012515644555695462
    x699      obj       -0.0013103879849812694   tail699   -0.0015000000000000488
    x699      mono699   -1             icup699   -0.0012515644555695462
    x699      mono700   1              icdown700  -0.0012515644555694352
    x700      obj       -0.0013122653316646235   tail700   -0.0015000000000000488
    x700      mono700   -1             icup700   -0.0012515644555694352
    x700      mono701   1              icdown701  -0.0012515644555694352
    x701      obj       -0.0013141426783479777   tail701   -0.0015000000000000488
    x701      mono701   -1             icup701   -0.0012515644555694352
    x701      mono702   1              icdown702  -0.0012515644555694352
    x702      obj       -0.0013160200250313318   tail702   -0.0015000000000000488
    x702      mono702   -1             icup702   -0.0012515644555694352
    x702      mono703   1              icdown703  -0.0012515644555694352
    x703      obj       -0.001317897371714686   tail703   -0.0015000000000000488
    x703      mono703   -1             icup703   -0.0012515644555694352
    x703      mono704   1              icdown704  -0.0012515644555695462
    x704      obj       -0.0013197747183980406   tail704   -0.0015000000000000488
    x704      mono704   -1             icup704   -0.0012515644555695462
    x704      mono705   1              icdown705  -0.0012515644555694352
    x705      obj       -0.0013216520650813947   tail705   -0.0015000000000000488
    x705      mono705   -1             icup705   -0.0012515644555694352
    x705      mono706   1              icdown706  -0.0012515644555694352
    x706      obj       -0.001323529411764749   tail706   -0.0015000000000000488
    x706      mono706   -1             icup706   -0.0012515644555694352
    x706      mono707   1              icdown707  -0.0012515644555694352
    x707      obj       -0.001325406758448103   tail707   -0.0015000000000000488
    x707      mono707   -1             icup707   -0.0012515644555694352
    x707      mono708   1              icdown708  -0.0012515644555695462
    x708      obj       -0.0013272841051314573   tail708   -0.0015000000000000488
    x708      mono708   -1             icup708   -0.0012515644555695462
    x708      mono709   1              icdown709  -0.0012515644555694352
    x709      obj       -0.0013291614518148118   tail709   -0.0015000000000000488
    x709      mono709   -1             icup709   -0.0012515644555694352
    x709      mono710   1              icdown710  -0.0012515644555694352
    x710      obj       -0.001331038798498166   tail710   -0.0015000000000000488
    x710      mono710   -1             icup710   -0.0012515644555694352
    x710      mono711   1              icdown711  -0.0012515644555694352
    x711      obj       -0.0013329161451815202   tail711   -0.0015000000000000488
    x711      mono711   -1             icup711   -0.0012515644555694352
    x711      mono712   1              icdown712  -0.0012515644555695462
    x712      obj       -0.0013347934918648745   tail712   -0.0015000000000000488
    x712      mono712   -1             icup712   -0.0012515644555695462
    x712      mono713   1              icdown713  -0.0012515644555694352
    x713      obj       -0.0013366708385482286   tail713   -0.0015000000000000488
    x713      mono713   -1             icup713   -0.0012515644555694352
    x713      mono714   1              icdown714  -0.0012515644555694352
    x714      obj       -0.001338548185231583   tail714   -0.0015000000000000488
    x714      mono714   -1             icup714   -0.0012515644555694352
    x714      mono715   1              icdown715  -0.0012515644555694352
    x715      obj       -0.0013404255319149371   tail715   -0.0015000000000000488
    x715      mono715   -1             icup715   -0.0012515644555694352
    x715      mono716   1              icdown716  -0.0012515644555695462
    x716      obj       -0.0013423028785982914   tail716   -0.0015000000000000488
    x716      mono716   -1             icup716   -0.0012515644555695462
    x716      mono717   1              icdown717  -0.0012515644555694352
    x717      obj       -0.0013441802252816457   tail717   -0.0015000000000000488
    x717      mono717   -1             icup717   -0.0012515644555694352
    x717      mono718   1              icdown718  -0.0012515644555694352
    x718      obj       -0.0013460575719649998   tail718   -0.0015000000000000488
    x718      mono718   -1             icup718   -0.0012515644555694352
    x718      mono719   1              icdown719  -0.0012515644555694352
    x719      obj       -0.0013479349186483543   tail719   -0.0015000000000000488
    x719      mono719   -1             icup719   -0.0012515644555694352
    x719      mono720   1              icdown720  -0.0012515644555695462
    x720      obj       -0.0013498122653317086   tail720   -0.0015000000000000488
    x720      mono720   -1             icup720   -0.0012515644555695462
    x720      mono721   1              icdown721  -0.0012515644555694352
    x721      obj       -0.0013516896120150626   tail721   -0.0015000000000000488
    x721      mono721   -1             icup721   -0.0012515644555694352
    x721      mono722   1              icdown722  -0.0012515644555694352
    x722      obj       -0.001353566958698417   tail722   -0.0015000000000000488
    x722      mono722   -1             icup722   -0.0012515644555694352
    x722      mono723   1              icdown723  -0.0012515644555694352
    x723      obj       -0.0013554443053817712   tail723   -0.0015000000000000488
    x723      mono723   -1             icup723   -0.0012515644555694352
    x723      mono724   1              icdown724  -0.0012515644555695462
    x724      obj       -0.0013573216520651257   tail724   -0.0015000000000000488
    x724      mono724   -1             icup724   -0.0012515644555695462
    x724      mono725   1              icdown725  -0.0012515644555694352
    x725      obj       -0.0013591989987484798   tail725   -0.0015000000000000488
    x725      mono725   -1             icup725   -0.0012515644555694352
    x725      mono726   1              icdown726  -0.0012515644555694352
    x726      obj       -0.0013610763454318339   tail726   -0.0015000000000000488
    x726      mono726   -1             icup726   -0.0012515644555694352
    x726      mono727   1              icdown727  -0.0012515644555694352
    x727      obj       -0.0013629536921151882   tail727   -0.0015000000000000488
    x727      mono727   -1             icup727   -0.0012515644555694352
    x727      mono728   1              icdown728  -0.0012515644555694352
    x728      obj       -0.0013648310387985424   tail728   -0.0015000000000000488
    x728      mono728   -1             icup728   -0.0012515644555694352
    x728      mono729   1              icdown729  -0.0012515644555695462
    x729      obj       -0.001366708385481897   tail729   -0.0015000000000000488
    x729      mono729   -1             icup729   -0.0012515644555695462
    x729      mono730   1              icdown730  -0.0012515644555694352
    x730      obj       -0.001368585732165251   tail730   -0.0015000000000000488
    x730      mono730   -1             icup730   -0.0012515644555694352
    x730      mono731   1              icdown731  -0.0012515644555694352
    x731      obj       -0.001370463078848605   tail731   -0.0015000000000000488
    x731      mono731   -1             icup731   -0.0012515644555694352
    x731      mono732   1              icdown732  -0.0012515644555694352
    x732      obj       -0.0013723404255319594   tail732   -0.0015000000000000488
    x732      mono732   -1             icup732   -0.0012515644555694352
    x732      mono733   1              icdown733  -0.0012515644555695462
    x733      obj       -0.0013742177722153139   tail733   -0.0015000000000000488
    x733      mono733   -1             icup733   -0.0012515644555695462
    x733      mono734   1              icdown734  -0.0012515644555694352
    x734      obj       -0.0013760951188986682   tail734   -0.0015000000000000488
    x734      mono734   -1             icup734   -0.0012515644555694352
    x734      mono735   1              icdown735  -0.0012515644555694352
    x735      obj       -0.0013779724655820222   tail735   -0.0015000000000000488
    x735      mono735   -1             icup735   -0.0012515644555694352
    x735      mono736   1              icdown736  -0.0012515644555694352
    x736      obj       -0.0013798498122653763   tail736   -0.0015000000000000488
    x736      mono736   -1             icup736   -0.0012515644555694352
    x736      mono737   1              icdown737  -0.0012515644555695462
    x737      obj       -0.0013817271589487308   tail737   -0.0015000000000000488
    x737      mono737   -1             icup737   -0.0012515644555695462
    x737      mono738   1              icdown738  -0.0012515644555694352
    x738      obj       -0.0013836045056320851   tail738   -0.0015000000000000488
    x738      mono738   -1             icup738   -0.0012515644555694352
    x738      mono739   1              icdown739  -0.0012515644555694352
    x739      obj       -0.0013854818523154394   tail739   -0.0015000000000000488
    x739      mono739   -1             icup739   -0.0012515644555694352
    x739      mono740   1              icdown740  -0.0012515644555694352
    x740      obj       -0.0013873591989987935   tail740   -0.0015000000000000488
    x740      mono740   -1             icup740   -0.0012515644555694352
    x740      mono741   1              icdown741  -0.0012515644555695462
    x741      obj       -0.0013892365456821478   tail741   -0.0015000000000000488
    x741      mono741   -1             icup741   -0.0012515644555695462
    x741      mono742   1              icdown742  -0.0012515644555694352
    x742      obj       -0.001391113892365502   tail742   -0.0015000000000000488
    x742      mono742   -1             icup742   -0.0012515644555694352
    x742      mono743   1              icdown743  -0.0012515644555694352
    x743      obj       -0.0013929912390488563   tail743   -0.0015000000000000488
    x743      mono743   -1             icup743   -0.0012515644555694352
    x743      mono744   1              icdown744  -0.0012515644555694352
    x744      obj       -0.0013948685857322106   tail744   -0.0015000000000000488
    x744      mono744   -1             icup744   -0.0012515644555694352
    x744      mono745   1              icdown745  -0.0012515644555695462
    x745      obj       -0.001396745932415565   tail745   -0.0015000000000000488
    x745      mono745   -1             icup745   -0.0012515644555695462
    x745      mono746   1              icdown746  -0.0012515644555694352
    x746      obj       -0.001398623279098919   tail746   -0.0015000000000000488
    x746      mono746   -1             icup746   -0.0012515644555694352
    x746      mono747   1              icdown747  -0.0012515644555694352
    x747      obj       -0.0014005006257822733   tail747   -0.0015000000000000488
    x747      mono747   -1             icup747   -0.0012515644555694352
    x747      mono748   1              icdown748  -0.0012515644555694352
    x748      obj       -0.0014023779724656276   tail748   -0.0015000000000000488
    x748      mono748   -1             icup748   -0.0012515644555694352
    x748      mono749   1              icdown749  -0.0012515644555695462
    x749      obj       -0.0014042553191489819   tail749   -0.0015000000000000488
    x749      mono749   -1             icup749   -0.0012515644555695462
    x749      mono750   1              icdown750  -0.0012515644555694352
    x750      obj       -0.0014061326658323361   tail750   -0.0015000000000000488
    x750      mono750   -1             icup750   -0.0012515644555694352
    x750      mono751   1              icdown751  -0.0012515644555694352
    x751      obj       -0.0014080100125156902   tail751   -0.0015000000000000488
    x751      mono751   -1             icup751   -0.0012515644555694352
    x751      mono752   1              icdown752  -0.0012515644555694352
    x752      obj       -0.0014098873591990447   tail752   -0.0015000000000000488
    x752      mono752   -1             icup752   -0.0012515644555694352
    x752      mono753   1              icdown753  -0.0012515644555694352
    x753      obj       -0.0014117647058823988   tail753   -0.0015000000000000488
    x753      mono753   -1             icup753   -0.0012515644555694352
    x753      mono754   1              icdown754  -0.0012515644555695462
    x754      obj       -0.001413642052565753   tail754   -0.0015000000000000488
    x754      mono754   -1             icup754   -0.0012515644555695462
    x754      mono755   1              icdown755  -0.0012515644555694352
    x755      obj       -0.0014155193992491074   tail755   -0.0015000000000000488
    x755      mono755   -1             icup755   -0.0012515644555694352
    x755      mono756   1              icdown756  -0.0012515644555694352
    x756      obj       -0.0014173967459324614   tail756   -0.0015000000000000488
    x756      mono756   -1             icup756   -0.0012515644555694352
    x756      mono757   1              icdown757  -0.0012515644555694352
    x757      obj       -0.001419274092615816   tail757   -0.0015000000000000488
    x757      mono757   -1             icup757   -0.0012515644555694352
    x757      mono758   1              icdown758  -0.0012515644555695462
    x758      obj       -0.0014211514392991702   tail758   -0.0015000000000000488
    x758      mono758   -1             icup758   -0.0012515644555695462
    x758      mono759   1              icdown759  -0.0012515644555694352
    x759      obj       -0.0014230287859825243   tail759   -0.0015000000000000488
    x759      mono759   -1             icup759   -0.0012515644555694352
    x759      mono760   1              icdown760  -0.0012515644555694352
    x760      obj       -0.0014249061326658786   tail760   -0.0015000000000000488
    x760      mono760   -1             icup760   -0.0012515644555694352
    x760      mono761   1              icdown761  -0.0012515644555694352
    x761      obj       -0.0014267834793492327   tail761   -0.0015000000000000488
    x761      mono761   -1             icup761   -0.0012515644555694352
    x761      mono762   1              icdown762  -0.0012515644555695462
    x762      obj       -0.0014286608260325874   tail762   -0.0015000000000000488
    x762      mono762   -1             icup762   -0.0012515644555695462
    x762      mono763   1              icdown763  -0.0012515644555694352
    x763      obj       -0.0014305381727159415   tail763   -0.0015000000000000488
    x763      mono763   -1             icup763   -0.0012515644555694352
    x763      mono764   1              icdown764  -0.0012515644555694352
    x764      obj       -0.0014324155193992955   tail764   -0.0015000000000000488
    x764      mono764   -1             icup764   -0.0012515644555694352
    x764      mono765   1              icdown765  -0.0012515644555694352
    x765      obj       -0.0014342928660826498   tail765   -0.0015000000000000488
    x765      mono765   -1             icup765   -0.0012515644555694352
    x765      mono766   1              icdown766  -0.0012515644555695462
    x766      obj       -0.001436170212766004   tail766   -0.0015000000000000488
    x766      mono766   -1             icup766   -0.0012515644555695462
    x766      mono767   1              icdown767  -0.0012515644555694352
    x767      obj       -0.0014380475594493586   tail767   -0.0015000000000000488
    x767      mono767   -1             icup767   -0.0012515644555694352
    x767      mono768   1              icdown768  -0.0012515644555694352
    x768      obj       -0.0014399249061327127   tail768   -0.0015000000000000488
    x768      mono768   -1             icup768   -0.0012515644555694352
    x768      mono769   1              icdown769  -0.0012515644555694352
    x769      obj       -0.0014418022528160668   tail769   -0.0015000000000000488
    x769      mono769   -1             icup769   -0.0012515644555694352
    x769      mono770   1              icdown770  -0.0012515644555695462
    x770      obj       -0.0014436795994994213   tail770   -0.0015000000000000488
    x770      mono770   -1             icup770   -0.0012515644555695462
    x770      mono771   1              icdown771  -0.0012515644555694352
    x771      obj       -0.0014455569461827753   tail771   -0.0015000000000000488
    x771      mono771   -1             icup771   -0.0012515644555694352
    x771      mono772   1              icdown772  -0.0012515644555694352
    x772      obj       -0.0014474342928661298   tail772   -0.0015000000000000488
    x772      mono772   -1             icup772   -0.0012515644555694352
    x772      mono773   1              icdown773  -0.0012515644555694352
    x773      obj       -0.001449311639549484   tail773   -0.0015000000000000488
    x773      mono773   -1             icup773   -0.0012515644555694352
    x773      mono774   1              icdown774  -0.0012515644555695462
    x774      obj       -0.0014511889862328382   tail774   -0.0015000000000000488
    x774      mono774   -1             icup774   -0.0012515644555695462
    x774      mono775   1              icdown775  -0.0012515644555694352
    x775      obj       -0.0014530663329161925   tail775   -0.0015000000000000488
    x775      mono775   -1             icup775   -0.0012515644555694352
    x775      mono776   1              icdown776  -0.0012515644555694352
    x776      obj       -0.0014549436795995466   tail776   -0.0015000000000000488
    x776      mono776   -1             icup776   -0.0012515644555694352
    x776      mono777   1              icdown777  -0.0012515644555694352
    x777      obj       -0.001456821026282901   tail777   -0.0015000000000000488
    x777      mono777   -1             icup777   -0.0012515644555694352
    x777      mono778   1              icdown778  -0.0012515644555694352
    x778      obj       -0.0014586983729662551   tail778   -0.0015000000000000488
    x778      mono778   -1             icup778   -0.0012515644555694352
    x778      mono779   1              icdown779  -0.0012515644555695462
    x779      obj       -0.0014605757196496094   tail779   -0.0015000000000000488
    x779      mono779   -1             icup779   -0.0012515644555695462
    x779      mono780   1              icdown780  -0.0012515644555694352
    x780      obj       -0.0014624530663329637   tail780   -0.0015000000000000488
    x780      mono780   -1             icup780   -0.0012515644555694352
    x780      mono781   1              icdown781  -0.0012515644555694352
    x781      obj       -0.001464330413016318   tail781   -0.0015000000000000488
    x781      mono781   -1             icup781   -0.0012515644555694352
    x781      mono782   1              icdown782  -0.0012515644555694352
    x782      obj       -0.0014662077596996723   tail782   -0.0015000000000000488
    x782      mono782   -1             icup782   -0.0012515644555694352
    x782      mono783   1              icdown783  -0.0012515644555695462
    x783      obj       -0.0014680851063830266   tail783   -0.0015000000000000488
    x783      mono783   -1             icup783   -0.0012515644555695462
    x783      mono784   1              icdown784  -0.0012515644555694352
    x784      obj       -0.0014699624530663806   tail784   -0.0015000000000000488
    x784      mono784   -1             icup784   -0.0012515644555694352
    x784      mono785   1              icdown785  -0.0012515644555694352
    x785      obj       -0.001471839799749735   tail785   -0.0015000000000000488
    x785      mono785   -1             icup785   -0.0012515644555694352
    x785      mono786   1              icdown786  -0.0012515644555694352
    x786      obj       -0.0014737171464330892   tail786   -0.0015000000000000488
    x786      mono786   -1             icup786   -0.0012515644555694352
    x786      mono787   1              icdown787  -0.0012515644555695462
    x787      obj       -0.0014755944931164435   tail787   -0.0015000000000000488
    x787      mono787   -1             icup787   -0.0012515644555695462
    x787      mono788   1              icdown788  -0.0012515644555694352
    x788      obj       -0.0014774718397997978   tail788   -0.0015000000000000488
    x788      mono788   -1             icup788   -0.0012515644555694352
    x788      mono789   1              icdown789  -0.0012515644555694352
    x789      obj       -0.0014793491864831519   tail789   -0.0015000000000000488
    x789      mono789   -1             icup789   -0.0012515644555694352
    x789      mono790   1              icdown790  -0.0012515644555694352
    x790      obj       -0.0014812265331665062   tail790   -0.0015000000000000488
    x790      mono790   -1             icup790   -0.0012515644555694352
    x790      mono791   1              icdown791  -0.0012515644555695462
    x791      obj       -0.0014831038798498607   tail791   -0.0015000000000000488
    x791      mono791   -1             icup791   -0.0012515644555695462
    x791      mono792   1              icdown792  -0.0012515644555694352
    x792      obj       -0.0014849812265332147   tail792   -0.0015000000000000488
    x792      mono792   -1             icup792   -0.0012515644555694352
    x792      mono793   1              icdown793  -0.0012515644555694352
    x793      obj       -0.001486858573216569   tail793   -0.0015000000000000488
    x793      mono793   -1             icup793   -0.0012515644555694352
    x793      mono794   1              icdown794  -0.0012515644555694352
    x794      obj       -0.001488735919899923   tail794   -0.0015000000000000488
    x794      mono794   -1             icup794   -0.0012515644555694352
    x794      mono795   1              icdown795  -0.0012515644555695462
    x795      obj       -0.0014906132665832776   tail795   -0.0015000000000000488
    x795      mono795   -1             icup795   -0.0012515644555695462
    x795      mono796   1              icdown796  -0.0012515644555694352
    x796      obj       -0.0014924906132666319   tail796   -0.0015000000000000488
    x796      mono796   -1             icup796   -0.0012515644555694352
    x796      mono797   1              icdown797  -0.0012515644555694352
    x797      obj       -0.001494367959949986   tail797   -0.0015000000000000488
    x797      mono797   -1             icup797   -0.0012515644555694352
    x797      mono798   1              icdown798  -0.0012515644555694352
    x798      obj       -0.0014962453066333402   tail798   -0.0015000000000000488
    x798      mono798   -1             icup798   -0.0012515644555694352
    x798      mono799   1              icdown799  -0.0012515644555695462
    x799      obj       -0.0014981226533166945   tail799   -0.0015000000000000488
    x799      mono799   -1             icup799   -0.0012515644555695462
    x799      mono800   1              icdown800  -0.0012515644555694352
    x800      obj       -0.0015000000000000488   tail800   -0.0015000000000000488
    x800      mono800   -1             icup800   -0.0012515644555694352
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
    u228      icdown229  -1             icup229   -1
    u229      icdown229  1              icup229   1
    u229      icdown230  -1             icup230   -1
    u230      icdown230  1              icup230   1
    u230      icdown231  -1             icup231   -1
    u231      icdown231  1              icup231   1
    u231      icdown232  -1             icup232   -1
    u232      icdown232  1              icup232   1
    u232      icdown233  -1             icup233   -1
    u233      icdown233  1              icup233   1
    u233      icdown234  -1             icup234   -1
    u234      icdown234  1              icup234   1
    u234      icdown235  -1             icup235   -1
    u235      icdown235  1              icup235   1
    u235      icdown236  -1             icup236   -1
    u236      icdown236  1              icup236   1
    u236      icdown237  -1             icup237   -1
    u237      icdown237  1              icup237   1
    u237      icdown238  -1             icup238   -1
    u238      icdown238  1              icup238   1
    u238      icdown239  -1             icup239   -1
    u239      icdown239  1              icup239   1
    u239      icdown240  -1             icup240   -1
    u240      icdown240  1              icup240   1
    u240      icdown241  -1             icup241   -1
    u241      icdown241  1              icup241   1
    u241      icdown242  -1             icup242   -1
    u242      icdown242  1              icup242   1
    u242      icdown243  -1             icup243   -1
    u243      icdown243  1              icup243   1
    u243      icdown244  -1             icup244   -1
    u244      icdown244  1              icup244   1
    u244      icdown245  -1             icup245   -1
    u245      icdown245  1              icup245   1
    u245      icdown246  -1             icup246   -1
    u246      icdown246  1              icup246   1
    u246      icdown247  -1             icup247   -1
    u247      icdown247  1              icup247   1
    u247      icdown248  -1             icup248   -1
    u248      icdown248  1              icup248   1
    u248      icdown249  -1             icup249   -1
    u249      icdown249  1              icup249   1
    u249      icdown250  -1             icup250   -1
    u250      icdown250  1              icup250   1
    u250      icdown251  -1             icup251   -1
    u251      icdown251  1              icup251   1
    u251      icdown252  -1             icup252   -1
    u252      icdown252  1              icup252   1
    u252      icdown253  -1             icup253   -1
    u253      icdown253  1              icup253   1
    u253      icdown254  -1             icup254   -1
    u254      icdown254  1              icup254   1
    u254      icdown255  -1             icup255   -1
    u255      icdown255  1              icup255   1
    u255      icdown256  -1             icup256   -1
    u256      icdown256  1              icup256   1
    u256      icdown257  -1             icup257   -1
    u257      icdown257  1              icup257   1
    u257      icdown258  -1             icup258   -1
    u258      icdown258  1              icup258   1
    u258      icdown259  -1             icup259   -1
    u259      icdown259  1              icup259   1
    u259      icdown260  -1             icup260   -1
    u260      icdown260  1              icup260   1
    u260      icdown261  -1             icup261   -1
    u261      icdown261  1              icup261   1
    u261      icdown262  -1             icup262   -1
    u262      icdown262  1              icup262   1
    u262      icdown263  -1             icup263   -1
    u263      icdown263  1              icup263   1
    u263      icdown264  -1             icup264   -1
    u264      icdown264  1              icup264   1
    u264      icdown265  -1             icup265   -1
    u265      icdown265  1              icup265   1
    u265      icdown266  -1             icup266   -1
    u266      icdown266  1              icup266   1
    u266      icdown267  -1             icup267   -1
    u267      icdown267  1              icup267   1
    u267      icdown268  -1             icup268   -1
    u268      icdown268  1              icup268   1
    u268      icdown269  -1             icup269   -1
    u269      icdown269  1              icup269   1
    u269      icdown270  -1             icup270   -1
    u270      icdown270  1              icup270   1
    u270      icdown271  -1             icup271   -1
    u271      icdown271  1              icup271   1
    u271      icdown272  -1             icup272   -1
    u272      icdown272  1              icup272   1
    u272      icdown273  -1             icup273   -1
    u273      icdown273  1              icup273   1
    u273      icdown274  -1             icup274   -1
    u274      icdown274  1              icup274   1
    u274      icdown275  -1             icup275   -1
    u275      icdown275  1              icup275   1
    u275      icdown276  -1             icup276   -1
    u276      icdown276  1              icup276   1
    u276      icdown277  -1             icup277   -1
    u277      icdown277  1              icup277   1
    u277      icdown278  -1             icup278   -1
    u278      icdown278  1              icup278   1
    u278      icdown279  -1             icup279   -1
    u279      icdown279  1              icup279   1
    u279      icdown280  -1             icup280   -1
    u280      icdown280  1              icup280   1
    u280      icdown281  -1             icup281   -1
    u281      icdown281  1              icup281   1
    u281      icdown282  -1             icup282   -1
    u282      icdown282  1              icup282   1
    u282      icdown283  -1             icup283   -1
    u283      icdown283  1              icup283   1
    u283      icdown284  -1             icup284   -1
    u284      icdown284  1              icup284   1
    u284      icdown285  -1             icup285   -1
    u285      icdown285  1              icup285   1
    u285      icdown286  -1             icup286   -1
    u286      icdown286  1              icup286   1
    u286      icdown287  -1             icup287   -1
    u287      icdown287  1              icup287   1
    u287      icdown288  -1             icup288   -1
    u288      icdown288  1              icup288   1
    u288      icdown289  -1             icup289   -1
    u289      icdown289  1              icup289   1
    u289      icdown290  -1             icup290   -1
    u290      icdown290  1              icup290   1
    u290      icdown291  -1             icup291   -1
    u291      icdown291  1              icup291   1
    u291      icdown292  -1             icup292   -1
    u292      icdown292  1              icup292   1
    u292      icdown293  -1             icup293   -1
    u293      icdown293  1              icup293   1
    u293      icdown294  -1             icup294   -1
    u294      icdown294  1              icup294   1
    u294      icdown295  -1             icup295   -1
    u295      icdown295  1              icup295   1
    u295      icdown296  -1             icup296   -1
    u296      icdown296  1              icup296   1
    u296      icdown297  -1             icup297   -1
    u297      icdown297  1              icup297   1
    u297      icdown298  -1             icup298   -1
    u298      icdown298  1              icup298   1
    u298      icdown299  -1             icup299   -1
    u299      icdown299  1              icup299   1
    u299      icdown300  -1             icup300   -1
    u300      icdown300  1              icup300   1
    u300      icdown301  -1             icup301   -1
    u301      icdown301  1              icup301   1
    u301      icdown302  -1             icup302   -1
    u302      icdown302  1              icup302   1
    u302      icdown303  -1             icup303   -1
    u303      icdown303  1              icup303   1
    u303      icdown304  -1             icup304   -1
    u304      icdown304  1              icup304   1
    u304      icdown305  -1             icup305   -1
    u305      icdown305  1              icup305   1
    u305      icdown306  -1             icup306   -1
    u306      icdown306  1              icup306   1
    u306      icdown307  -1             icup307   -1
    u307      icdown307  1              icup307   1
    u307      icdown308  -1             icup308   -1
    u308      icdown308  1              icup308   1
    u308      icdown309  -1             icup309   -1
    u309      icdown309  1              icup309   1
    u309      icdown310  -1             icup310   -1
    u310      icdown310  1              icup310   1
    u310      icdown311  -1             icup311   -1
    u311      icdown311  1              icup311   1
    u311      icdown312  -1             icup312   -1
    u312      icdown312  1              icup312   1
    u312      icdown313  -1             icup313   -1
    u313      icdown313  1              icup313   1
    u313      icdown314  -1             icup314   -1
    u314      icdown314  1              icup314   1
    u314      icdown315  -1             icup315   -1
    u315      icdown315  1              icup315   1
    u315      icdown316  -1             icup316   -1
    u316      icdown316  1              icup316   1
    u316      icdown317  -1             icup317   -1
    u317      icdown317  1              icup317   1
    u317      icdown318  -1             icup318   -1
    u318      icdown318  1              icup318   1
    u318      icdown319  -1             icup319   -1
    u319      icdown319  1              icup319   1
    u319      icdown320  -1             icup320   -1
    u320      icdown320  1              icup320   1
    u320      icdown321  -1             icup321   -1
    u321      icdown321  1              icup321   1
    u321      icdown322  -1             icup322   -1
    u322      icdown322  1              icup322   1
    u322      icdown323  -1             icup323   -1
    u323      icdown323  1              icup323   1
    u323      icdown324  -1             icup324   -1
    u324      icdown324  1              icup324   1
    u324      icdown325  -1             icup325   -1
    u325      icdown325  1              icup325   1
    u325      icdown326  -1             icup326   -1
    u326      icdown326  1              icup326   1
    u326      icdown327  -1             icup327   -1
    u327      icdown327  1              icup327   1
    u327      icdown328  -1             icup328   -1
    u328      icdown328  1              icup328   1
    u328      icdown329  -1             icup329   -1
    u329      icdown329  1              icup329   1
    u329      icdown330  -1             icup330   -1
    u330      icdown330  1              icup330   1
    u330      icdown331  -1             icup331   -1
    u331      icdown331  1              icup331   1
    u331      icdown332  -1             icup332   -1
    u332      icdown332  1              icup332   1
    u332      icdown333  -1             icup333   -1
    u333      icdown333  1              icup333   1
    u333      icdown334  -1             icup334   -1
    u334      icdown334  1              icup334   1
    u334      icdown335  -1             icup335   -1
    u335      icdown335  1              icup335   1
    u335      icdown336  -1             icup336   -1
    u336      icdown336  1              icup336   1
    u336      icdown337  -1             icup337   -1
    u337      icdown337  1              icup337   1
    u337      icdown338  -1             icup338   -1
    u338      icdown338  1              icup338   1
    u338      icdown339  -1             icup339   -1
    u339      icdown339  1              icup339   1
    u339      icdown340  -1             icup340   -1
    u340      icdown340  1              icup340   1
    u340      icdown341  -1             icup341   -1
    u341      icdown341  1              icup341   1
    u341      icdown342  -1             icup342   -1
    u342      icdown342  1              icup342   1
    u342      icdown343  -1             icup343   -1
    u343      icdown343  1              icup343   1
    u343      icdown344  -1             icup344   -1
    u344      icdown344  1              icup344   1
    u344      icdown345  -1             icup345   -1
    u345      icdown345  1              icup345   1
    u345      icdown346  -1             icup346   -1
    u346      icdown346  1              icup346   1
    u346      icdown347  -1             icup347   -1
    u347      icdown347  1              icup347   1
    u347      icdown348  -1             icup348   -1
    u348      icdown348  1              icup348   1
    u348      icdown349  -1             icup349   -1
    u349      icdown349  1              icup349   1
    u349      icdown350  -1             icup350   -1
    u350      icdown350  1              icup350   1
    u350      icdown351  -1             icup351   -1
    u351      icdown351  1              icup351   1
    u351      icdown352  -1             icup352   -1
    u352      icdown352  1              icup352   1
    u352      icdown353  -1             icup353   -1
    u353      icdown353  1              icup353   1
    u353      icdown354  -1             icup354   -1
    u354      icdown354  1              icup354   1
    u354      icdown355  -1             icup355   -1
    u355      icdown355  1              icup355   1
    u355      icdown356  -1             icup356   -1
    u356      icdown356  1              icup356   1
    u356      icdown357  -1             icup357   -1
    u357      icdown357  1              icup357   1
    u357      icdown358  -1             icup358   -1
    u358      icdown358  1              icup358   1
    u358      icdown359  -1             icup359   -1
    u359      icdown359  1              icup359   1
    u359      icdown360  -1             icup360   -1
    u360      icdown360  1              icup360   1
    u360      icdown361  -1             icup361   -1
    u361      icdown361  1              icup361   1
    u361      icdown362  -1             icup362   -1
    u362      icdown362  1              icup362   1
    u362      icdown363  -1             icup363   -1
    u363      icdown363  1              icup363   1
    u363      icdown364  -1             icup364   -1
    u364      icdown364  1              icup364   1
    u364      icdown365  -1             icup365   -1
    u365      icdown365  1              icup365   1
    u365      icdown366  -1             icup366   -1
    u366      icdown366  1              icup366   1
    u366      icdown367  -1             icup367   -1
    u367      icdown367  1              icup367   1
    u367      icdown368  -1             icup368   -1
    u368      icdown368  1              icup368   1
    u368      icdown369  -1             icup369   -1
    u369      icdown369  1              icup369   1
    u369      icdown370  -1             icup370   -1
    u370      icdown370  1              icup370   1
    u370      icdown371  -1             icup371   -1
    u371      icdown371  1              icup371   1
    u371      icdown372  -1             icup372   -1
    u372      icdown372  1              icup372   1
    u372      icdown373  -1             icup373   -1
    u373      icdown373  1              icup373   1
    u373      icdown374  -1             icup374   -1
    u374      icdown374  1              icup374   1
    u374      icdown375  -1             icup375   -1
    u375      icdown375  1              icup375   1
    u375      icdown376  -1             icup376   -1
    u376      icdown376  1              icup376   1
    u376      icdown377  -1             icup377   -1
    u377      icdown377  1              icup377   1
    u377      icdown378  -1             icup378   -1
    u378      icdown378  1              icup378   1
    u378      icdown379  -1             icup379   -1
    u379      icdown379  1              icup379   1
    u379      icdown380  -1             icup380   -1
    u380      icdown380  1              icup380   1
    u380      icdown381  -1             icup381   -1
    u381      icdown381  1              icup381   1
    u381      icdown382  -1             icup382   -1
    u382      icdown382  1              icup382   1
    u382      icdown383  -1             icup383   -1
    u383      icdown383  1              icup383   1
    u383      icdown384  -1             icup384   -1
    u384      icdown384  1              icup384   1
    u384      icdown385  -1             icup385   -1
    u385      icdown385  1              icup385   1
    u385      icdown386  -1             icup386   -1
    u386      icdown386  1              icup386   1
    u386      icdown387  -1             icup387   -1
    u387      icdown387  1              icup387   1
    u387      icdown388  -1             icup388   -1
    u388      icdown388  1              icup388   1
    u388      icdown389  -1             icup389   -1
    u389      icdown389  1              icup389   1
    u389      icdown390  -1             icup390   -1
    u390      icdown390  1              icup390   1
    u390      icdown391  -1             icup391   -1
    u391      icdown391  1              icup391   1
    u391      icdown392  -1             icup392   -1
    u392      icdown392  1              icup392   1
    u392      icdown393  -1             icup393   -1
    u393      icdown393  1              icup393   1
    u393      icdown394  -1             icup394   -1
    u394      icdown394  1              icup394   1
    u394      icdown395  -1             icup395   -1
    u395      icdown395  1              icup395   1
    u395      icdown396  -1             icup396   -1
    u396      icdown396  1              icup396   1
    u396      icdown397  -1             icup397   -1
    u397      icdown397  1              icup397   1
    u397      icdown398  -1             icup398   -1
    u398      icdown398  1              icup398   1
    u398      icdown399  -1             icup399   -1
    u399      icdown399  1              icup399   1
    u399      icdown400  -1             icup400   -1
    u400      icdown400  1              icup400   1
    u400      icdown401  -1             icup401   -1
    u401      icdown401  1              icup401   1
    u401      icdown402  -1             icup402   -1
    u402      icdown402  1              icup402   1
    u402      icdown403  -1             icup403   -1
    u403      icdown403  1              icup403   1
    u403      icdown404  -1             icup404   -1
    u404      icdown404  1              icup404   1
    u404      icdown405  -1             icup405   -1
    u405      icdown405  1              icup405   1
    u405      icdown406  -1             icup406   -1
    u406      icdown406  1              icup406   1
    u406      icdown407  -1             icup407   -1
    u407      icdown407  1              icup407   1
    u407      icdown408  -1             icup408   -1
    u408      icdown408  1              icup408   1
    u408      icdown409  -1             icup409   -1
    u409      icdown409  1              icup409   1
    u409      icdown410  -1             icup410   -1
    u410      icdown410  1              icup410   1
    u410      icdown411  -1             icup411   -1
    u411      icdown411  1              icup411   1
    u411      icdown412  -1             icup412   -1
    u412      icdown412  1              icup412   1
    u412      icdown413  -1             icup413   -1
    u413      icdown413  1              icup413   1
    u413      icdown414  -1             icup414   -1
    u414      icdown414  1              icup414   1
    u414      icdown415  -1             icup415   -1
    u415      icdown415  1              icup415   1
    u415      icdown416  -1             icup416   -1
    u416      icdown416  1              icup416   1
    u416      icdown417  -1             icup417   -1
    u417      icdown417  1              icup417   1
    u417      icdown418  -1             icup418   -1
    u418      icdown418  1              icup418   1
    u418      icdown419  -1             icup419   -1
    u419      icdown419  1              icup419   1
    u419      icdown420  -1             icup420   -1
    u420      icdown420  1              icup420   1
    u420      icdown421  -1             icup421   -1
    u421      icdown421  1              icup421   1
    u421      icdown422  -1             icup422   -1
    u422      icdown422  1              icup422   1
    u422      icdown423  -1             icup423   -1
    u423      icdown423  1              icup423   1
    u423      icdown424  -1             icup424   -1
    u424      icdown424  1              icup424   1
    u424      icdown425  -1             icup425   -1
    u425      icdown425  1              icup425   1
    u425      icdown426  -1             icup426   -1
    u426      icdown426  1              icup426   1
    u426      icdown427  -1             icup427   -1
    u427      icdown427  1              icup427   1
    u427      icdown428  -1             icup428   -1
    u428      icdown428  1              icup428   1
    u428      icdown429  -1             icup429   -1
    u429      icdown429  1              icup429   1
    u429      icdown430  -1             icup430   -1
    u430      icdown430  1              icup430   1
    u430      icdown431  -1             icup431   -1
    u431      icdown431  1              icup431   1
    u431      icdown432  -1             icup432   -1
    u432      icdown432  1              icup432   1
    u432      icdown433  -1             icup433   -1
    u433      icdown433  1              icup433   1
    u433      icdown434  -1             icup434   -1
    u434      icdown434  1              icup434   1
    u434      icdown435  -1             icup435   -1
    u435      icdown435  1              icup435   1
    u435      icdown436  -1             icup436   -1
    u436      icdown436  1              icup436   1
    u436      icdown437  -1             icup437   -1
    u437      icdown437  1              icup437   1
    u437      icdown438  -1             icup438   -1
    u438      icdown438  1              icup438   1
    u438      icdown439  -1             icup439   -1
    u439      icdown439  1              icup439   1
    u439      icdown440  -1             icup440   -1
    u440      icdown440  1              icup440   1
    u440      icdown441  -1             icup441   -1
    u441      icdown441  1              icup441   1
    u441      icdown442  -1             icup442   -1
    u442      icdown442  1              icup442   1
    u442      icdown443  -1             icup443   -1
    u443      icdown443  1              icup443   1
    u443      icdown444  -1             icup444   -1
    u444      icdown444  1              icup444   1
    u444      icdown445  -1             icup445   -1
    u445      icdown445  1              icup445   1
    u445      icdown446  -1             icup446   -1
    u446      icdown446  1              icup446   1
    u446      icdown447  -1             icup447   -1
    u447      icdown447  1              icup447   1
    u447      icdown448  -1             icup448   -1
    u448      icdown448  1              icup448   1
    u448      icdown449  -1             icup449   -1
    u449      icdown449  1              icup449   1
    u449      icdown450  -1             icup450   -1
    u450      icdown450  1              icup450   1
    u450      icdown451  -1             icup451   -1
    u451      icdown451  1              icup451   1
    u451      icdown452  -1             icup452   -1
    u452      icdown452  1              icup452   1
    u452      icdown453  -1             icup453   -1
    u453      icdown453  1              icup453   1
    u453      icdown454  -1             icup454   -1
    u454      icdown454  1              icup454   1
    u454      icdown455  -1             icup455   -1
    u455      icdown455  1              icup455   1
    u455      icdown456  -1             icup456   -1
    u456      icdown456  1              icup456   1
    u456      icdown457  -1             icup457   -1
    u457      icdown457  1              icup457   1
    u457      icdown458  -1             icup458   -1
    u458      icdown458  1              icup458   1
    u458      icdown459  -1             icup459   -1
    u459      icdown459  1              icup459   1
    u459      icdown460  -1             icup460   -1
    u460      icdown460  1              icup460   1
    u460      icdown461  -1             icup461   -1
    u461      icdown461  1              icup461   1
    u461      icdown462  -1             icup462   -1
    u462      icdown462  1              icup462   1
    u462      icdown463  -1             icup463   -1
    u463      icdown463  1              icup463   1
    u463      icdown464  -1             icup464   -1
    u464      icdown464  1              icup464   1
    u464      icdown465  -1             icup465   -1
    u465      icdown465  1              icup465   1
    u465      icdown466  -1             icup466   -1
    u466      icdown466  1              icup466   1
    u466      icdown467  -1             icup467   -1
    u467      icdown467  1              icup467   1
    u467      icdown468  -1             icup468   -1
    u468      icdown468  1              icup468   1
    u468      icdown469  -1             icup469   -1
    u469      icdown469  1              icup469   1
    u469      icdown470  -1             icup470   -1
    u470      icdown470  1              icup470   1
    u470      icdown471  -1             icup471   -1
    u471      icdown471  1              icup471   1
    u471      icdown472  -1             icup472   -1
    u472      icdown472  1              icup472   1
    u472      icdown473  -1             icup473   -1
    u473      icdown473  1              icup473   1
    u473      icdown474  -1             icup474   -1
    u474      icdown474  1              icup474   1
    u474      icdown475  -1             icup475   -1
    u475      icdown475  1              icup475   1
    u475      icdown476  -1             icup476   -1
    u476      icdown476  1              icup476   1
    u476      icdown477  -1             icup477   -1
    u477      icdown477  1              icup477   1
    u477      icdown478  -1             icup478   -1
    u478      icdown478  1              icup478   1
    u478      icdown479  -1             icup479   -1
    u479      icdown479  1              icup479   1
    u479      icdown480  -1             icup480   -1
    u480      icdown480  1              icup480   1
    u480      icdown481  -1             icup481   -1
    u481      icdown481  1              icup481   1
    u481      icdown482  -1             icup482   -1
    u482      icdown482  1              icup482   1
    u482      icdown483  -1             icup483   -1
    u483      icdown483  1              icup483   1
    u483      icdown484  -1             icup484   -1
    u484      icdown484  1              icup484   1
    u484      icdown485  -1             icup485   -1
    u485      icdown485  1              icup485   1
    u485      icdown486  -1             icup486   -1
    u486      icdown486  1              icup486   1
    u486      icdown487  -1             icup487   -1
    u487      icdown487  1              icup487   1
    u487      icdown488  -1             icup488   -1
    u488      icdown488  1              icup488   1
    u488      icdown489  -1             icup489   -1
    u489      icdown489  1              icup489   1
    u489      icdown490  -1             icup490   -1
    u490      icdown490  1              icup490   1
    u490      icdown491  -1             icup491   -1
    u491      icdown491  1              icup491   1
    u491      icdown492  -1             icup492   -1
    u492      icdown492  1              icup492   1
    u492      icdown493  -1             icup493   -1
    u493      icdown493  1              icup493   1
    u493      icdown494  -1             icup494   -1
    u494      icdown494  1              icup494   1
    u494      icdown495  -1             icup495   -1
    u495      icdown495  1              icup495   1
    u495      icdown496  -1             icup496   -1
    u496      icdown496  1              icup496   1
    u496      icdown497  -1             icup497   -1
    u497      icdown497  1              icup497   1
    u497      icdown498  -1             icup498   -1
    u498      icdown498  1              icup498   1
    u498      icdown499  -1             icup499   -1
    u499      icdown499  1              icup499   1
    u499      icdown500  -1             icup500   -1
    u500      icdown500  1              icup500   1
    u500      icdown501  -1             icup501   -1
    u501      icdown501  1              icup501   1
    u501      icdown502  -1             icup502   -1
    u502      icdown502  1              icup502   1
    u502      icdown503  -1             icup503   -1
    u503      icdown503  1              icup503   1
    u503      icdown504  -1             icup504   -1
    u504      icdown504  1              icup504   1
    u504      icdown505  -1             icup505   -1
    u505      icdown505  1              icup505   1
    u505      icdown506  -1             icup506   -1
    u506      icdown506  1              icup506   1
    u506      icdown507  -1             icup507   -1
    u507      icdown507  1              icup507   1
    u507      icdown508  -1             icup508   -1
    u508      icdown508  1              icup508   1
    u508      icdown509  -1             icup509   -1
    u509      icdown509  1              icup509   1
    u509      icdown510  -1             icup510   -1
    u510      icdown510  1              icup510   1
    u510      icdown511  -1             icup511   -1
    u511      icdown511  1              icup511   1
    u511      icdown512  -1             icup512   -1
    u512      icdown512  1              icup512   1
    u512      icdown513  -1             icup513   -1
    u513      icdown513  1              icup513   1
    u513      icdown514  -1             icup514   -1
    u514      icdown514  1              icup514   1
    u514      icdown515  -1             icup515   -1
    u515      icdown515  1              icup515   1
    u515      icdown516  -1             icup516   -1
    u516      icdown516  1              icup516   1
    u516      icdown517  -1             icup517   -1
    u517      icdown517  1              icup517   1
    u517      icdown518  -1             icup518   -1
    u518      icdown518  1              icup518   1
    u518      icdown519  -1             icup519   -1
    u519      icdown519  1              icup519   1
    u519      icdown520  -1             icup520   -1
    u520      icdown520  1              icup520   1
    u520      icdown521  -1             icup521   -1
    u521      icdown521  1              icup521   1
    u521      icdown522  -1             icup522   -1
    u522      icdown522  1              icup522   1
    u522      icdown523  -1             icup523   -1
    u523      icdown523  1              icup523   1
    u523      icdown524  -1             icup524   -1
    u524      icdown524  1              icup524   1
    u524      icdown525  -1             icup525   -1
    u525      icdown525  1              icup525   1
    u525      icdown526  -1             icup526   -1
    u526      icdown526  1              icup526   1
    u526      icdown527  -1             icup527   -1
    u527      icdown527  1              icup527   1
    u527      icdown528  -1             icup528   -1
    u528      icdown528  1              icup528   1
    u528      icdown529  -1             icup529   -1
    u529      icdown529  1              icup529   1
    u529      icdown530  -1             icup530   -1
    u530      icdown530  1              icup530   1
    u530      icdown531  -1             icup531   -1
    u531      icdown531  1              icup531   1
    u531      icdown532  -1             icup532   -1
    u532      icdown532  1              icup532   1
    u532      icdown533  -1             icup533   -1
    u533      icdown533  1              icup533   1
    u533      icdown534  -1             icup534   -1
    u534      icdown534  1              icup534   1
    u534      icdown535  -1             icup535   -1
    u535      icdown535  1              icup535   1
    u535      icdown536  -1             icup536   -1
    u536      icdown536  1              icup536   1
    u536      icdown537  -1             icup537   -1
    u537      icdown537  1              icup537   1
    u537      icdown538  -1             icup538   -1
    u538      icdown538  1              icup538   1
    u538      icdown539  -1             icup539   -1
    u539      icdown539  1              icup539   1
    u539      icdown540  -1             icup540   -1
    u540      icdown540  1              icup540   1
    u540      icdown541  -1             icup541   -1
    u541      icdown541  1              icup541   1
    u541      icdown542  -1             icup542   -1
    u542      icdown542  1              icup542   1
    u542      icdown543  -1             icup543   -1
    u543      icdown543  1              icup543   1
    u543      icdown544  -1             icup544   -1
    u544      icdown544  1              icup544   1
    u544      icdown545  -1             icup545   -1
    u545      icdown545  1              icup545   1
    u545      icdown546  -1             icup546   -1
    u546      icdown546  1              icup546   1
    u546      icdown547  -1             icup547   -1
    u547      icdown547  1              icup547   1
    u547      icdown548  -1             icup548   -1
    u548      icdown548  1              icup548   1
    u548      icdown549  -1             icup549   -1
    u549      icdown549  1              icup549   1
    u549      icdown550  -1             icup550   -1
    u550      icdown550  1              icup550   1
    u550      icdown551  -1             icup551   -1
    u551      icdown551  1              icup551   1
    u551      icdown552  -1             icup552   -1
    u552      icdown552  1              icup552   1
    u552      icdown553  -1             icup553   -1
    u553      icdown553  1              icup553   1
    u553      icdown554  -1             icup554   -1
    u554      icdown554  1              icup554   1
    u554      icdown555  -1             icup555   -1
    u555      icdown555  1              icup555   1
    u555      icdown556  -1             icup556   -1
    u556      icdown556  1              icup556   1
    u556      icdown557  -1             icup557   -1
    u557      icdown557  1              icup557   1
    u557      icdown558  -1             icup558   -1
    u558      icdown558  1              icup558   1
    u558      icdown559  -1             icup559   -1
    u559      icdown559  1              icup559   1
    u559      icdown560  -1             icup560   -1
    u560      icdown560  1              icup560   1
    u560      icdown561  -1             icup561   -1
    u561      icdown561  1              icup561   1
    u561      icdown562  -1             icup562   -1
    u562      icdown562  1              icup562   1
    u562      icdown563  -1             icup563   -1
    u563      icdown563  1              icup563   1
    u563      icdown564  -1             icup564   -1
    u564      icdown564  1              icup564   1
    u564      icdown565  -1             icup565   -1
    u565      icdown565  1              icup565   1
    u565      icdown566  -1             icup566   -1
    u566      icdown566  1              icup566   1
    u566      icdown567  -1             icup567   -1
    u567      icdown567  1              icup567   1
    u567      icdown568  -1             icup568   -1
    u568      icdown568  1              icup568   1
    u568      icdown569  -1             icup569   -1
    u569      icdown569  1              icup569   1
    u569      icdown570  -1             icup570   -1
    u570      icdown570  1              icup570   1
    u570      icdown571  -1             icup571   -1
    u571      icdown571  1              icup571   1
    u571      icdown572  -1             icup572   -1
    u572      icdown572  1              icup572   1
    u572      icdown573  -1             icup573   -1
    u573      icdown573  1              icup573   1
    u573      icdown574  -1             icup574   -1
    u574      icdown574  1              icup574   1
    u574      icdown575  -1             icup575   -1
    u575      icdown575  1              icup575   1
    u575      icdown576  -1             icup576   -1
    u576      icdown576  1              icup576   1
    u576      icdown577  -1             icup577   -1
    u577      icdown577  1              icup577   1
    u577      icdown578  -1             icup578   -1
    u578      icdown578  1              icup578   1
    u578      icdown579  -1             icup579   -1
    u579      icdown579  1              icup579   1
    u579      icdown580  -1             icup580   -1
    u580      icdown580  1              icup580   1
    u580      icdown581  -1             icup581   -1
    u581      icdown581  1              icup581   1
    u581      icdown582  -1             icup582   -1
    u582      icdown582  1              icup582   1
    u582      icdown583  -1             icup583   -1
    u583      icdown583  1              icup583   1
    u583      icdown584  -1             icup584   -1
    u584      icdown584  1              icup584   1
    u584      icdown585  -1             icup585   -1
    u585      icdown585  1              icup585   1
    u585      icdown586  -1             icup586   -1
    u586      icdown586  1              icup586   1
    u586      icdown587  -1             icup587   -1
    u587      icdown587  1              icup587   1
    u587      icdown588  -1             icup588   -1
    u588      icdown588  1              icup588   1
    u588      icdown589  -1             icup589   -1
    u589      icdown589  1              icup589   1
    u589      icdown590  -1             icup590   -1
    u590      icdown590  1              icup590   1
    u590      icdown591  -1             icup591   -1
    u591      icdown591  1              icup591   1
    u591      icdown592  -1             icup592   -1
    u592      icdown592  1              icup592   1
    u592      icdown593  -1             icup593   -1
    u593      icdown593  1              icup593   1
    u593      icdown594  -1             icup594   -1
    u594      icdown594  1              icup594   1
    u594      icdown595  -1             icup595   -1
    u595      icdown595  1              icup595   1
    u595      icdown596  -1             icup596   -1
    u596      icdown596  1              icup596   1
    u596      icdown597  -1             icup597   -1
    u597      icdown597  1              icup597   1
    u597      icdown598  -1             icup598   -1
    u598      icdown598  1              icup598   1
    u598      icdown599  -1             icup599   -1
    u599      icdown599  1              icup599   1
    u599      icdown600  -1             icup600   -1
    u600      icdown600  1              icup600   1
    u600      icdown601  -1             icup601   -1
    u601      icdown601  1              icup601   1
    u601      icdown602  -1             icup602   -1
    u602      icdown602  1              icup602   1
    u602      icdown603  -1             icup603   -1
    u603      icdown603  1              icup603   1
    u603      icdown604  -1             icup604   -1
    u604      icdown604  1              icup604   1
    u604      icdown605  -1             icup605   -1
    u605      icdown605  1              icup605   1
    u605      icdown606  -1             icup606   -1
    u606      icdown606  1              icup606   1
    u606      icdown607  -1             icup607   -1
    u607      icdown607  1              icup607   1
    u607      icdown608  -1             icup608   -1
    u608      icdown608  1              icup608   1
    u608      icdown609  -1             icup609   -1
    u609      icdown609  1              icup609   1
    u609      icdown610  -1             icup610   -1
    u610      icdown610  1              icup610   1
    u610      icdown611  -1             icup611   -1
    u611      icdown611  1              icup611   1
    u611      icdown612  -1             icup612   -1
    u612      icdown612  1              icup612   1
    u612      icdown613  -1             icup613   -1
    u613      icdown613  1              icup613   1
    u613      icdown614  -1             icup614   -1
    u614      icdown614  1              icup614   1
    u614      icdown615  -1             icup615   -1
    u615      icdown615  1              icup615   1
    u615      icdown616  -1             icup616   -1
    u616      icdown616  1              icup616   1
    u616      icdown617  -1             icup617   -1
    u617      icdown617  1              icup617   1
    u617      icdown618  -1             icup618   -1
    u618      icdown618  1              icup618   1
    u618      icdown619  -1             icup619   -1
    u619      icdown619  1              icup619   1
    u619      icdown620  -1             icup620   -1
    u620      icdown620  1              icup620   1
    u620      icdown621  -1             icup621   -1
    u621      icdown621  1              icup621   1
    u621      icdown622  -1             icup622   -1
    u622      icdown622  1              icup622   1
    u622      icdown623  -1             icup623   -1
    u623      icdown623  1              icup623   1
    u623      icdown624  -1             icup624   -1
    u624      icdown624  1              icup624   1
    u624      icdown625  -1             icup625   -1
    u625      icdown625  1              icup625   1
    u625      icdown626  -1             icup626   -1
    u626      icdown626  1              icup626   1
    u626      icdown627  -1             icup627   -1
    u627      icdown627  1              icup627   1
    u627      icdown628  -1             icup628   -1
    u628      icdown628  1              icup628   1
    u628      icdown629  -1             icup629   -1
    u629      icdown629  1              icup629   1
    u629      icdown630  -1             icup630   -1
    u630      icdown630  1              icup630   1
    u630      icdown631  -1             icup631   -1
    u631      icdown631  1              icup631   1
    u631      icdown632  -1             icup632   -1
    u632      icdown632  1              icup632   1
    u632      icdown633  -1             icup633   -1
    u633      icdown633  1              icup633   1
    u633      icdown634  -1             icup634   -1
    u634      icdown634  1              icup634   1
    u634      icdown635  -1             icup635   -1
    u635      icdown635  1              icup635   1
    u635      icdown636  -1             icup636   -1
    u636      icdown636  1              icup636   1
    u636      icdown637  -1             icup637   -1
    u637      icdown637  1              icup637   1
    u637      icdown638  -1             icup638   -1
    u638      icdown638  1              icup638   1
    u638      icdown639  -1             icup639   -1
    u639      icdown639  1              icup639   1
    u639      icdown640  -1             icup640   -1
    u640      icdown640  1              icup640   1
    u640      icdown641  -1             icup641   -1
    u641      icdown641  1              icup641   1
    u641      icdown642  -1             icup642   -1
    u642      icdown642  1              icup642   1
    u642      icdown643  -1             icup643   -1
    u643      icdown643  1              icup643   1
    u643      icdown644  -1             icup644   -1
    u644      icdown644  1              icup644   1
    u644      icdown645  -1             icup645   -1
    u645      icdown645  1              icup645   1
    u645      icdown646  -1             icup646   -1
    u646      icdown646  1              icup646   1
    u646      icdown647  -1             icup647   -1
    u647      icdown647  1              icup647   1
    u647      icdown648  -1             icup648   -1
    u648      icdown648  1              icup648   1
    u648      icdown649  -1             icup649   -1
    u649      icdown649  1              icup649   1
    u649      icdown650  -1             icup650   -1
    u650      icdown650  1              icup650   1
    u650      icdown651  -1             icup651   -1
    u651      icdown651  1              icup651   1
    u651      icdown652  -1             icup652   -1
    u652      icdown652  1              icup652   1
    u652      icdown653  -1             icup653   -1
    u653      icdown653  1              icup653   1
    u653      icdown654  -1             icup654   -1
    u654      icdown654  1              icup654   1
    u654      icdown655  -1             icup655   -1
    u655      icdown655  1              icup655   1
    u655      icdown656  -1             icup656   -1
    u656      icdown656  1              icup656   1
    u656      icdown657  -1             icup657   -1
    u657      icdown657  1              icup657   1
    u657      icdown658  -1             icup658   -1
    u658      icdown658  1              icup658   1
    u658      icdown659  -1             icup659   -1
    u659      icdown659  1              icup659   1
    u659      icdown660  -1             icup660   -1
    u660      icdown660  1              icup660   1
    u660      icdown661  -1             icup661   -1
    u661      icdown661  1              icup661   1
    u661      icdown662  -1             icup662   -1
    u662      icdown662  1              icup662   1
    u662      icdown663  -1             icup663   -1
    u663      icdown663  1              icup663   1
    u663      icdown664  -1             icup664   -1
    u664      icdown664  1              icup664   1
    u664      icdown665  -1             icup665   -1
    u665      icdown665  1              icup665   1
    u665      icdown666  -1             icup666   -1
    u666      icdown666  1              icup666   1
    u666      icdown667  -1             icup667   -1
    u667      icdown667  1              icup667   1
    u667      icdown668  -1             icup668   -1
    u668      icdown668  1              icup668   1
    u668      icdown669  -1             icup669   -1
    u669      icdown669  1              icup669   1
    u669      icdown670  -1             icup670   -1
    u670      icdown670  1              icup670   1
    u670      icdown671  -1             icup671   -1
    u671      icdown671  1              icup671   1
    u671      icdown672  -1             icup672   -1
    u672      icdown672  1              icup672   1
    u672      icdown673  -1             icup673   -1
    u673      icdown673  1              icup673   1
    u673      icdown674  -1             icup674   -1
    u674      icdown674  1              icup674   1
    u674      icdown675  -1             icup675   -1
    u675      icdown675  1              icup675   1
    u675      icdown676  -1             icup676   -1
    u676      icdown676  1              icup676   1
    u676      icdown677  -1             icup677   -1
    u677      icdown677  1              icup677   1
    u677      icdown678  -1             icup678   -1
    u678      icdown678  1              icup678   1
    u678      icdown679  -1             icup679   -1
    u679      icdown679  1              icup679   1
    u679      icdown680  -1             icup680   -1
    u680      icdown680  1              icup680   1
    u680      icdown681  -1             icup681   -1
    u681      icdown681  1              icup681   1
    u681      icdown682  -1             icup682   -1
    u682      icdown682  1              icup682   1
    u682      icdown683  -1             icup683   -1
    u683      icdown683  1              icup683   1
    u683      icdown684  -1             icup684   -1
    u684      icdown684  1              icup684   1
    u684      icdown685  -1             icup685   -1
    u685      icdown685  1              icup685   1
    u685      icdown686  -1             icup686   -1
    u686      icdown686  1              icup686   1
    u686      icdown687  -1             icup687   -1
    u687      icdown687  1              icup687   1
    u687      icdown688  -1             icup688   -1
    u688      icdown688  1              icup688   1
    u688      icdown689  -1             icup689   -1
    u689      icdown689  1              icup689   1
    u689      icdown690  -1             icup690   -1
    u690      icdown690  1              icup690   1
    u690      icdown691  -1             icup691   -1
    u691      icdown691  1              icup691   1
    u691      icdown692  -1             icup692   -1
    u692      icdown692  1              icup692   1
    u692      icdown693  -1             icup693   -1
    u693      icdown693  1              icup693   1
    u693      icdown694  -1             icup694   -1
    u694      icdown694  1              icup694   1
    u694      icdown695  -1             icup695   -1
    u695      icdown695  1              icup695   1
    u695      icdown696  -1             icup696   -1
    u696      icdown696  1              icup696   1
    u696      icdown697  -1             icup697   -1
    u697      icdown697  1              icup697   1
    u697      icdown698  -1             icup698   -1
    u698      icdown698  1              icup698   1
    u698      icdown699  -1             icup699   -1
    u699      icdown699  1              icup699   1
    u699      icdown700  -1             icup700   -1
    u700      icdown700  1              icup700   1
    u700      icdown701  -1             icup701   -1
    u701      icdown701  1              icup701   1
    u701      icdown702  -1             icup702   -1
    u702      icdown702  1              icup702   1
    u702      icdown703  -1             icup703   -1
    u703      icdown703  1              icup703   1
    u703      icdown704  -1             icup704   -1
    u704      icdown704  1              icup704   1
    u704      icdown705  -1             icup705   -1
    u705      icdown705  1              icup705   1
    u705      icdown706  -1             icup706   -1
    u706      icdown706  1              icup706   1
    u706      icdown707  -1             icup707   -1
    u707      icdown707  1              icup707   1
    u707      icdown708  -1             icup708   -1
    u708      icdown708  1              icup708   1
    u708      icdown709  -1             icup709   -1
    u709      icdown709  1              icup709   1
    u709      icdown710  -1             icup710   -1
    u710      icdown710  1              icup710   1
    u710      icdown711  -1             icup711   -1
    u711      icdown711  1              icup711   1
    u711      icdown712  -1             icup712   -1
    u712      icdown712  1              icup712   1
    u712      icdown713  -1             icup713   -1
    u713      icdown713  1              icup713   1
    u713      icdown714  -1             icup714   -1
    u714      icdown714  1              icup714   1
    u714      icdown715  -1             icup715   -1
    u715      icdown715  1              icup715   1
    u715      icdown716  -1             icup716   -1
    u716      icdown716  1              icup716   1
    u716      icdown717  -1             icup717   -1
    u717      icdown717  1              icup717   1
    u717      icdown718  -1             icup718   -1
    u718      icdown718  1              icup718   1
    u718      icdown719  -1             icup719   -1
    u719      icdown719  1              icup719   1
    u719      icdown720  -1             icup720   -1
    u720      icdown720  1              icup720   1
    u720      icdown721  -1             icup721   -1
    u721      icdown721  1              icup721   1
    u721      icdown722  -1             icup722   -1
    u722      icdown722  1              icup722   1
    u722      icdown723  -1             icup723   -1
    u723      icdown723  1              icup723   1
    u723      icdown724  -1             icup724   -1
    u724      icdown724  1              icup724   1
    u724      icdown725  -1             icup725   -1
    u725      icdown725  1              icup725   1
    u725      icdown726  -1             icup726   -1
    u726      icdown726  1              icup726   1
    u726      icdown727  -1             icup727   -1
    u727      icdown727  1              icup727   1
    u727      icdown728  -1             icup728   -1
    u728      icdown728  1              icup728   1
    u728      icdown729  -1             icup729   -1
    u729      icdown729  1              icup729   1
    u729      icdown730  -1             icup730   -1
    u730      icdown730  1              icup730   1
    u730      icdown731  -1             icup731   -1
    u731      icdown731  1              icup731   1
    u731      icdown732  -1             icup732   -1
    u732      icdown732  1              icup732   1
    u732      icdown733  -1             icup733   -1
    u733      icdown733  1              icup733   1
    u733      icdown734  -1             icup734   -1
    u734      icdown734  1              icup734   1
    u734      icdown735  -1             icup735   -1
    u735      icdown735  1              icup735   1
    u735      icdown736  -1             icup736   -1
    u736      icdown736  1              icup736   1
    u736      icdown737  -1             icup737   -1
    u737      icdown737  1              icup737   1
    u737      icdown738  -1             icup738   -1
    u738      icdown738  1              icup738   1
    u738      icdown739  -1             icup739   -1
    u739      icdown739  1              icup739   1
    u739      icdown740  -1             icup740   -1
    u740      icdown740  1              icup740   1
    u740      icdown741  -1             icup741   -1
    u741      icdown741  1              icup741   1
    u741      icdown742  -1             icup742   -1
    u742      icdown742  1              icup742   1
    u742      icdown743  -1             icup743   -1
    u743      icdown743  1              icup743   1
    u743      icdown744  -1             icup744   -1
    u744      icdown744  1              icup744   1
    u744      icdown745  -1             icup745   -1
    u745      icdown745  1              icup745   1
    u745      icdown746  -1             icup746   -1
    u746      icdown746  1              icup746   1
    u746      icdown747  -1             icup747   -1
    u747      icdown747  1              icup747   1
    u747      icdown748  -1             icup748   -1
    u748      icdown748  1              icup748   1
    u748      icdown749  -1             icup749   -1
    u749      icdown749  1              icup749   1
    u749      icdown750  -1             icup750   -1
    u750      icdown750  1              icup750   1
    u750      icdown751  -1             icup751   -1
    u751      icdown751  1              icup751   1
    u751      icdown752  -1             icup752   -1
    u752      icdown752  1              icup752   1
    u752      icdown753  -1             icup753   -1
    u753      icdown753  1              icup753   1
    u753      icdown754  -1             icup754   -1
    u754      icdown754  1              icup754   1
    u754      icdown755  -1             icup755   -1
    u755      icdown755  1              icup755   1
    u755      icdown756  -1             icup756   -1
    u756      icdown756  1              icup756   1
    u756      icdown757  -1             icup757   -1
    u757      icdown757  1              icup757   1
    u757      icdown758  -1             icup758   -1
    u758      icdown758  1              icup758   1
    u758      icdown759  -1             icup759   -1
    u759      icdown759  1              icup759   1
    u759      icdown760  -1             icup760   -1
    u760      icdown760  1              icup760   1
    u760      icdown761  -1             icup761   -1
    u761      icdown761  1              icup761   1
    u761      icdown762  -1             icup762   -1
    u762      icdown762  1              icup762   1
    u762      icdown763  -1             icup763   -1
    u763      icdown763  1              icup763   1
    u763      icdown764  -1             icup764   -1
    u764      icdown764  1              icup764   1
    u764      icdown765  -1             icup765   -1
    u765      icdown765  1              icup765   1
    u765      icdown766  -1             icup766   -1
    u766      icdown766  1              icup766   1
    u766      icdown767  -1             icup767   -1
    u767      icdown767  1              icup767   1
    u767      icdown768  -1             icup768   -1
    u768      icdown768  1              icup768   1
    u768      icdown769  -1             icup769   -1
    u769      icdown769  1              icup769   1
    u769      icdown770  -1             icup770   -1
    u770      icdown770  1              icup770   1
    u770      icdown771  -1             icup771   -1
    u771      icdown771  1              icup771   1
    u771      icdown772  -1             icup772   -1
    u772      icdown772  1              icup772   1
    u772      icdown773  -1             icup773   -1
    u773      icdown773  1              icup773   1
    u773      icdown774  -1             icup774   -1
    u774      icdown774  1              icup774   1
    u774      icdown775  -1             icup775   -1
    u775      icdown775  1              icup775   1
    u775      icdown776  -1             icup776   -1
    u776      icdown776  1              icup776   1
    u776      icdown777  -1             icup777   -1
    u777      icdown777  1              icup777   1
    u777      icdown778  -1             icup778   -1
    u778      icdown778  1              icup778   1
    u778      icdown779  -1             icup779   -1
    u779      icdown779  1              icup779   1
    u779      icdown780  -1             icup780   -1
    u780      icdown780  1              icup780   1
    u780      icdown781  -1             icup781   -1
    u781      icdown781  1              icup781   1
    u781      icdown782  -1             icup782   -1
    u782      icdown782  1              icup782   1
    u782      icdown783  -1             icup783   -1
    u783      icdown783  1              icup783   1
    u783      icdown784  -1             icup784   -1
    u784      icdown784  1              icup784   1
    u784      icdown785  -1             icup785   -1
    u785      icdown785  1              icup785   1
    u785      icdown786  -1             icup786   -1
    u786      icdown786  1              icup786   1
    u786      icdown787  -1             icup787   -1
    u787      icdown787  1              icup787   1
    u787      icdown788  -1             icup788   -1
    u788      icdown788  1              icup788   1
    u788      icdown789  -1             icup789   -1
    u789      icdown789  1              icup789   1
    u789      icdown790  -1             icup790   -1
    u790      icdown790  1              icup790   1
    u790      icdown791  -1             icup791   -1
    u791      icdown791  1              icup791   1
    u791      icdown792  -1             icup792   -1
    u792      icdown792  1              icup792   1
    u792      icdown793  -1             icup793   -1
    u793      icdown793  1              icup793   1
    u793      icdown794  -1             icup794   -1
    u794      icdown794  1              icup794   1
    u794      icdown795  -1             icup795   -1
    u795      icdown795  1              icup795   1
    u795      icdown796  -1             icup796   -1
    u796      icdown796  1              icup796   1
    u796      icdown797  -1             icup797   -1
    u797      icdown797  1              icup797   1
    u797      icdown798  -1             icup798   -1
    u798      icdown798  1              icup798   1
    u798      icdown799  -1             icup799   -1
    u799      icdown799  1              icup799   1
    u799      icdown800  -1             icup800   -1
    u800      icdown800  1              icup800   1
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
    t401      tail400   -1             tail401   1
    t402      tail401   -1             tail402   1
    t403      tail402   -1             tail403   1
    t404      tail403   -1             tail404   1
    t405      tail404   -1             tail405   1
    t406      tail405   -1             tail406   1
    t407      tail406   -1             tail407   1
    t408      tail407   -1             tail408   1
    t409      tail408   -1             tail409   1
    t410      tail409   -1             tail410   1
    t411      tail410   -1             tail411   1
    t412      tail411   -1             tail412   1
    t413      tail412   -1             tail413   1
    t414      tail413   -1             tail414   1
    t415      tail414   -1             tail415   1
    t416      tail415   -1             tail416   1
    t417      tail416   -1             tail417   1
    t418      tail417   -1             tail418   1
    t419      tail418   -1             tail419   1
    t420      tail419   -1             tail420   1
    t421      tail420   -1             tail421   1
    t422      tail421   -1             tail422   1
    t423      tail422   -1             tail423   1
    t424      tail423   -1             tail424   1
    t425      tail424   -1             tail425   1
    t426      tail425   -1             tail426   1
    t427      tail426   -1             tail427   1
    t428      tail427   -1             tail428   1
    t429      tail428   -1             tail429   1
    t430      tail429   -1             tail430   1
    t431      tail430   -1             tail431   1
    t432      tail431   -1             tail432   1
    t433      tail432   -1             tail433   1
    t434      tail433   -1             tail434   1
    t435      tail434   -1             tail435   1
    t436      tail435   -1             tail436   1
    t437      tail436   -1             tail437   1
    t438      tail437   -1             tail438   1
    t439      tail438   -1             tail439   1
    t440      tail439   -1             tail440   1
    t441      tail440   -1             tail441   1
    t442      tail441   -1             tail442   1
    t443      tail442   -1             tail443   1
    t444      tail443   -1             tail444   1
    t445      tail444   -1             tail445   1
    t446      tail445   -1             tail446   1
    t447      tail446   -1             tail447   1
    t448      tail447   -1             tail448   1
    t449      tail448   -1             tail449   1
    t450      tail449   -1             tail450   1
    t451      tail450   -1             tail451   1
    t452      tail451   -1             tail452   1
    t453      tail452   -1             tail453   1
    t454      tail453   -1             tail454   1
    t455      tail454   -1             tail455   1
    t456      tail455   -1             tail456   1
    t457      tail456   -1             tail457   1
    t458      tail457   -1             tail458   1
    t459      tail458   -1             tail459   1
    t460      tail459   -1             tail460   1
    t461      tail460   -1             tail461   1
    t462      tail461   -1             tail462   1
    t463      tail462   -1             tail463   1
    t464      tail463   -1             tail464   1
    t465      tail464   -1             tail465   1
    t466      tail465   -1             tail466   1
    t467      tail466   -1             tail467   1
    t468      tail467   -1             tail468   1
    t469      tail468   -1             tail469   1
    t470      tail469   -1             tail470   1
    t471      tail470   -1             tail471   1
    t472      tail471   -1             tail472   1
    t473      tail472   -1             tail473   1
    t474      tail473   -1             tail474   1
    t475      tail474   -1             tail475   1
    t476      tail475   -1             tail476   1
    t477      tail476   -1             tail477   1
    t478      tail477   -1             tail478   1
    t479      tail478   -1             tail479   1
    t480      tail479   -1             tail480   1
    t481      tail480   -1             tail481   1
    t482      tail481   -1             tail482   1
    t483      tail482   -1             tail483   1
    t484      tail483   -1             tail484   1
    t485      tail484   -1             tail485   1
    t486      tail485   -1             tail486   1
    t487      tail486   -1             tail487   1
    t488      tail487   -1             tail488   1
    t489      tail488   -1             tail489   1
    t490      tail489   -1             tail490   1
    t491      tail490   -1             tail491   1
    t492      tail491   -1             tail492   1
    t493      tail492   -1             tail493   1
    t494      tail493   -1             tail494   1
    t495      tail494   -1             tail495   1
    t496      tail495   -1             tail496   1
    t497      tail496   -1             tail497   1
    t498      tail497   -1             tail498   1
    t499      tail498   -1             tail499   1
    t500      tail499   -1             tail500   1
    t501      tail500   -1             tail501   1
    t502      tail501   -1             tail502   1
    t503      tail502   -1             tail503   1
    t504      tail503   -1             tail504   1
    t505      tail504   -1             tail505   1
    t506      tail505   -1             tail506   1
    t507      tail506   -1             tail507   1
    t508      tail507   -1             tail508   1
    t509      tail508   -1             tail509   1
    t510      tail509   -1             tail510   1
    t511      tail510   -1             tail511   1
    t512      tail511   -1             tail512   1
    t513      tail512   -1             tail513   1
    t514      tail513   -1             tail514   1
    t515      tail514   -1             tail515   1
    t516      tail515   -1             tail516   1
    t517      tail516   -1             tail517   1
    t518      tail517   -1             tail518   1
    t519      tail518   -1             tail519   1
    t520      tail519   -1             tail520   1
    t521      tail520   -1             tail521   1
    t522      tail521   -1             tail522   1
    t523      tail522   -1             tail523   1
    t524      tail523   -1             tail524   1
    t525      tail524   -1             tail525   1
    t526      tail525   -1             tail526   1
    t527      tail526   -1             tail527   1
    t528      tail527   -1             tail528   1
    t529      tail528   -1             tail529   1
    t530      tail529   -1             tail530   1
    t531      tail530   -1             tail531   1
    t532      tail531   -1             tail532   1
    t533      tail532   -1             tail533   1
    t534      tail533   -1             tail534   1
    t535      tail534   -1             tail535   1
    t536      tail535   -1             tail536   1
    t537      tail536   -1             tail537   1
    t538      tail537   -1             tail538   1
    t539      tail538   -1             tail539   1
    t540      tail539   -1             tail540   1
    t541      tail540   -1             tail541   1
    t542      tail541   -1             tail542   1
    t543      tail542   -1             tail543   1
    t544      tail543   -1             tail544   1
    t545      tail544   -1             tail545   1
    t546      tail545   -1             tail546   1
    t547      tail546   -1             tail547   1
    t548      tail547   -1             tail548   1
    t549      tail548   -1             tail549   1
    t550      tail549   -1             tail550   1
    t551      tail550   -1             tail551   1
    t552      tail551   -1             tail552   1
    t553      tail552   -1             tail553   1
    t554      tail553   -1             tail554   1
    t555      tail554   -1             tail555   1
    t556      tail555   -1             tail556   1
    t557      tail556   -1             tail557   1
    t558      tail557   -1             tail558   1
    t559      tail558   -1             tail559   1
    t560      tail559   -1             tail560   1
    t561      tail560   -1             tail561   1
    t562      tail561   -1             tail562   1
    t563      tail562   -1             tail563   1
    t564      tail563   -1             tail564   1
    t565      tail564   -1             tail565   1
    t566      tail565   -1             tail566   1
    t567      tail566   -1             tail567   1
    t568      tail567   -1             tail568   1
    t569      tail568   -1             tail569   1
    t570      tail569   -1             tail570   1
    t571      tail570   -1             tail571   1
    t572      tail571   -1             tail572   1
    t573      tail572   -1             tail573   1
    t574      tail573   -1             tail574   1
    t575      tail574   -1             tail575   1
    t576      tail575   -1             tail576   1
    t577      tail576   -1             tail577   1
    t578      tail577   -1             tail578   1
    t579      tail578   -1             tail579   1
    t580      tail579   -1             tail580   1
    t581      tail580   -1             tail581   1
    t582      tail581   -1             tail582   1
    t583      tail582   -1             tail583   1
    t584      tail583   -1             tail584   1
    t585      tail584   -1             tail585   1
    t586      tail585   -1             tail586   1
    t587      tail586   -1             tail587   1
    t588      tail587   -1             tail588   1
    t589      tail588   -1             tail589   1
    t590      tail589   -1             tail590   1
    t591      tail590   -1             tail591   1
    t592      tail591   -1             tail592   1
    t593      tail592   -1             tail593   1
    t594      tail593   -1             tail594   1
    t595      tail594   -1             tail595   1
    t596      tail595   -1             tail596   1
    t597      tail596   -1             tail597   1
    t598      tail597   -1             tail598   1
    t599      tail598   -1             tail599   1
    t600      tail599   -1             tail600   1
    t601      tail600   -1             tail601   1
    t602      tail601   -1             tail602   1
    t603      tail602   -1             tail603   1
    t604      tail603   -1             tail604   1
    t605      tail604   -1             tail605   1
    t606      tail605   -1             tail606   1
    t607      tail606   -1             tail607   1
    t608      tail607   -1             tail608   1
    t609      tail608   -1             tail609   1
    t610      tail609   -1             tail610   1
    t611      tail610   -1             tail611   1
    t612      tail611   -1             tail612   1
    t613      tail612   -1             tail613   1
    t614      tail613   -1             tail614   1
    t615      tail614   -1             tail615   1
    t616      tail615   -1             tail616   1
    t617      tail616   -1             tail617   1
    t618      tail617   -1             tail618   1
    t619      tail618   -1             tail619   1
    t620      tail619   -1             tail620   1
    t621      tail620   -1             tail621   1
    t622      tail621   -1             tail622   1
    t623      tail622   -1             tail623   1
    t624      tail623   -1             tail624   1
    t625      tail624   -1             tail625   1
    t626      tail625   -1             tail626   1
    t627      tail626   -1             tail627   1
    t628      tail627   -1             tail628   1
    t629      tail628   -1             tail629   1
    t630      tail629   -1             tail630   1
    t631      tail630   -1             tail631   1
    t632      tail631   -1             tail632   1
    t633      tail632   -1             tail633   1
    t634      tail633   -1             tail634   1
    t635      tail634   -1             tail635   1
    t636      tail635   -1             tail636   1
    t637      tail636   -1             tail637   1
    t638      tail637   -1             tail638   1
    t639      tail638   -1             tail639   1
    t640      tail639   -1             tail640   1
    t641      tail640   -1             tail641   1
    t642      tail641   -1             tail642   1
    t643      tail642   -1             tail643   1
    t644      tail643   -1             tail644   1
    t645      tail644   -1             tail645   1
    t646      tail645   -1             tail646   1
    t647      tail646   -1             tail647   1
    t648      tail647   -1             tail648   1
    t649      tail648   -1             tail649   1
    t650      tail649   -1             tail650   1
    t651      tail650   -1             tail651   1
    t652      tail651   -1             tail652   1
    t653      tail652   -1             tail653   1
    t654      tail653   -1             tail654   1
    t655      tail654   -1             tail655   1
    t656      tail655   -1             tail656   1
    t657      tail656   -1             tail657   1
    t658      tail657   -1             tail658   1
    t659      tail658   -1             tail659   1
    t660      tail659   -1             tail660   1
    t661      tail660   -1             tail661   1
    t662      tail661   -1             tail662   1
    t663      tail662   -1             tail663   1
    t664      tail663   -1             tail664   1
    t665      tail664   -1             tail665   1
    t666      tail665   -1             tail666   1
    t667      tail666   -1             tail667   1
    t668      tail667   -1             tail668   1
    t669      tail668   -1             tail669   1
    t670      tail669   -1             tail670   1
    t671      tail670   -1             tail671   1
    t672      tail671   -1             tail672   1
    t673      tail672   -1             tail673   1
    t674      tail673   -1             tail674   1
    t675      tail674   -1             tail675   1
    t676      tail675   -1             tail676   1
    t677      tail676   -1             tail677   1
    t678      tail677   -1             tail678   1
    t679      tail678   -1             tail679   1
    t680      tail679   -1             tail680   1
    t681      tail680   -1             tail681   1
    t682      tail681   -1             tail682   1
    t683      tail682   -1             tail683   1
    t684      tail683   -1             tail684   1
    t685      tail684   -1             tail685   1
    t686      tail685   -1             tail686   1
    t687      tail686   -1             tail687   1
    t688      tail687   -1             tail688   1
    t689      tail688   -1             tail689   1
    t690      tail689   -1             tail690   1
    t691      tail690   -1             tail691   1
    t692      tail691   -1             tail692   1
    t693      tail692   -1             tail693   1
    t694      tail693   -1             tail694   1
    t695      tail694   -1             tail695   1
    t696      tail695   -1             tail696   1
    t697      tail696   -1             tail697   1
    t698      tail697   -1             tail698   1
    t699      tail698   -1             tail699   1
    t700      tail699   -1             tail700   1
    t701      tail700   -1             tail701   1
    t702      tail701   -1             tail702   1
    t703      tail702   -1             tail703   1
    t704      tail703   -1             tail704   1
    t705      tail704   -1             tail705   1
    t706      tail705   -1             tail706   1
    t707      tail706   -1             tail707   1
    t708      tail707   -1             tail708   1
    t709      tail708   -1             tail709   1
    t710      tail709   -1             tail710   1
    t711      tail710   -1             tail711   1
    t712      tail711   -1             tail712   1
    t713      tail712   -1             tail713   1
    t714      tail713   -1             tail714   1
    t715      tail714   -1             tail715   1
    t716      tail715   -1             tail716   1
    t717      tail716   -1             tail717   1
    t718      tail717   -1             tail718   1
    t719      tail718   -1             tail719   1
    t720      tail719   -1             tail720   1
    t721      tail720   -1             tail721   1
    t722      tail721   -1             tail722   1
    t723      tail722   -1             tail723   1
    t724      tail723   -1             tail724   1
    t725      tail724   -1             tail725   1
    t726      tail725   -1             tail726   1
    t727      tail726   -1             tail727   1
    t728      tail727   -1             tail728   1
    t729      tail728   -1             tail729   1
    t730      tail729   -1             tail730   1
    t731      tail730   -1             tail731   1
    t732      tail731   -1             tail732   1
    t733      tail732   -1             tail733   1
    t734      tail733   -1             tail734   1
    t735      tail734   -1             tail735   1
    t736      tail735   -1             tail736   1
    t737      tail736   -1             tail737   1
    t738      tail737   -1             tail738   1
    t739      tail738   -1             tail739   1
    t740      tail739   -1             tail740   1
    t741      tail740   -1             tail741   1
    t742      tail741   -1             tail742   1
    t743      tail742   -1             tail743   1
    t744      tail743   -1             tail744   1
    t745      tail744   -1             tail745   1
    t746      tail745   -1             tail746   1
    t747      tail746   -1             tail747   1
    t748      tail747   -1             tail748   1
    t749      tail748   -1             tail749   1
    t750      tail749   -1             tail750   1
    t751      tail750   -1             tail751   1
    t752      tail751   -1             tail752   1
    t753      tail752   -1             tail753   1
    t754      tail753   -1             tail754   1
    t755      tail754   -1             tail755   1
    t756      tail755   -1             tail756   1
    t757      tail756   -1             tail757   1
    t758      tail757   -1             tail758   1
    t759      tail758   -1             tail759   1
    t760      tail759   -1             tail760   1
    t761      tail760   -1             tail761   1
    t762      tail761   -1             tail762   1
    t763      tail762   -1             tail763   1
    t764      tail763   -1             tail764   1
    t765      tail764   -1             tail765   1
    t766      tail765   -1             tail766   1
    t767      tail766   -1             tail767   1
    t768      tail767   -1             tail768   1
    t769      tail768   -1             tail769   1
    t770      tail769   -1             tail770   1
    t771      tail770   -1             tail771   1
    t772      tail771   -1             tail772   1
    t773      tail772   -1             tail773   1
    t774      tail773   -1             tail774   1
    t775      tail774   -1             tail775   1
    t776      tail775   -1             tail776   1
    t777      tail776   -1             tail777   1
    t778      tail777   -1             tail778   1
    t779      tail778   -1             tail779   1
    t780      tail779   -1             tail780   1
    t781      tail780   -1             tail781   1
    t782      tail781   -1             tail782   1
    t783      tail782   -1             tail783   1
    t784      tail783   -1             tail784   1
    t785      tail784   -1             tail785   1
    t786      tail785   -1             tail786   1
    t787      tail786   -1             tail787   1
    t788      tail787   -1             tail788   1
    t789      tail788   -1             tail789   1
    t790      tail789   -1             tail790   1
    t791      tail790   -1             tail791   1
    t792      tail791   -1             tail792   1
    t793      tail792   -1             tail793   1
    t794      tail793   -1             tail794   1
    t795      tail794   -1             tail795   1
    t796      tail795   -1             tail796   1
    t797      tail796   -1             tail797   1
    t798      tail797   -1             tail798   1
    t799      tail798   -1             tail799   1
    t800      tail799   -1             tail800   1
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
 UP BND       x401      1
 UP BND       x402      1
 UP BND       x403      1
 UP BND       x404      1
 UP BND       x405      1
 UP BND       x406      1
 UP BND       x407      1
 UP BND       x408      1
 UP BND       x409      1
 UP BND       x410      1
 UP BND       x411      1
 UP BND       x412      1
 UP BND       x413      1
 UP BND       x414      1
 UP BND       x415      1
 UP BND       x416      1
 UP BND       x417      1
 UP BND       x418      1
 UP BND       x419      1
 UP BND       x420      1
 UP BND       x421      1
 UP BND       x422      1
 UP BND       x423      1
 UP BND       x424      1
 UP BND       x425      1
 UP BND       x426      1
 UP BND       x427      1
 UP BND       x428      1
 UP BND       x429      1
 UP BND       x430      1
 UP BND       x431      1
 UP BND       x432      1
 UP BND       x433      1
 UP BND       x434      1
 UP BND       x435      1
 UP BND       x436      1
 UP BND       x437      1
 UP BND       x438      1
 UP BND       x439      1
 UP BND       x440      1
 UP BND       x441      1
 UP BND       x442      1
 UP BND       x443      1
 UP BND       x444      1
 UP BND       x445      1
 UP BND       x446      1
 UP BND       x447      1
 UP BND       x448      1
 UP BND       x449      1
 UP BND       x450      1
 UP BND       x451      1
 UP BND       x452      1
 UP BND       x453      1
 UP BND       x454      1
 UP BND       x455      1
 UP BND       x456      1
 UP BND       x457      1
 UP BND       x458      1
 UP BND       x459      1
 UP BND       x460      1
 UP BND       x461      1
 UP BND       x462      1
 UP BND       x463      1
 UP BND       x464      1
 UP BND       x465      1
 UP BND       x466      1
 UP BND       x467      1
 UP BND       x468      1
 UP BND       x469      1
 UP BND       x470      1
 UP BND       x471      1
 UP BND       x472      1
 UP BND       x473      1
 UP BND       x474      1
 UP BND       x475      1
 UP BND       x476      1
 UP BND       x477      1
 UP BND       x478      1
 UP BND       x479      1
 UP BND       x480      1
 UP BND       x481      1
 UP BND       x482      1
 UP BND       x483      1
 UP BND       x484      1
 UP BND       x485      1
 UP BND       x486      1
 UP BND       x487      1
 UP BND       x488      1
 UP BND       x489      1
 UP BND       x490      1
 UP BND       x491      1
 UP BND       x492      1
 UP BND       x493      1
 UP BND       x494      1
 UP BND       x495      1
 UP BND       x496      1
 UP BND       x497      1
 UP BND       x498      1
 UP BND       x499      1
 UP BND       x500      1
 UP BND       x501      1
 UP BND       x502      1
 UP BND       x503      1
 UP BND       x504      1
 UP BND       x505      1
 UP BND       x506      1
 UP BND       x507      1
 UP BND       x508      1
 UP BND       x509      1
 UP BND       x510      1
 UP BND       x511      1
 UP BND       x512      1
 UP BND       x513      1
 UP BND       x514      1
 UP BND       x515      1
 UP BND       x516      1
 UP BND       x517      1
 UP BND       x518      1
 UP BND       x519      1
 UP BND       x520      1
 UP BND       x521      1
 UP BND       x522      1
 UP BND       x523      1
 UP BND       x524      1
 UP BND       x525      1
 UP BND       x526      1
 UP BND       x527      1
 UP BND       x528      1
 UP BND       x529      1
 UP BND       x530      1
 UP BND       x531      1
 UP BND       x532      1
 UP BND       x533      1
 UP BND       x534      1
 UP BND       x535      1
 UP BND       x536      1
 UP BND       x537      1
 UP BND       x538      1
 UP BND       x539      1
 UP BND       x540      1
 UP BND       x541      1
 UP BND       x542      1
 UP BND       x543      1
 UP BND       x544      1
 UP BND       x545      1
 UP BND       x546      1
 UP BND       x547      1
 UP BND       x548      1
 UP BND       x549      1
 UP BND       x550      1
 UP BND       x551      1
 UP BND       x552      1
 UP BND       x553      1
 UP BND       x554      1
 UP BND       x555      1
 UP BND       x556      1
 UP BND       x557      1
 UP BND       x558      1
 UP BND       x559      1
 UP BND       x560      1
 UP BND       x561      1
 UP BND       x562      1
 UP BND       x563      1
 UP BND       x564      1
 UP BND       x565      1
 UP BND       x566      1
 UP BND       x567      1
 UP BND       x568      1
 UP BND       x569      1
 UP BND       x570      1
 UP BND       x571      1
 UP BND       x572      1
 UP BND       x573      1
 UP BND       x574      1
 UP BND       x575      1
 UP BND       x576      1
 UP BND       x577      1
 UP BND       x578      1
 UP BND       x579      1
 UP BND       x580      1
 UP BND       x581      1
 UP BND       x582      1
 UP BND       x583      1
 UP BND       x584      1
 UP BND       x585      1
 UP BND       x586      1
 UP BND       x587      1
 UP BND       x588      1
 UP BND       x589      1
 UP BND       x590      1
 UP BND       x591      1
 UP BND       x592      1
 UP BND       x593      1
 UP BND       x594      1
 UP BND       x595      1
 UP BND       x596      1
 UP BND       x597      1
 UP BND       x598      1
 UP BND       x599      1
 UP BND       x600      1
 UP BND       x601      1
 UP BND       x602      1
 UP BND       x603      1
 UP BND       x604      1
 UP BND       x605      1
 UP BND       x606      1
 UP BND       x607      1
 UP BND       x608      1
 UP BND       x609      1
 UP BND       x610      1
 UP BND       x611      1
 UP BND       x612      1
 UP BND       x613      1
 UP BND       x614      1
 UP BND       x615      1
 UP BND       x616      1
 UP BND       x617      1
 UP BND       x618      1
 UP BND       x619      1
 UP BND       x620      1
 UP BND       x621      1
 UP BND       x622      1
 UP BND       x623      1
 UP BND       x624      1
 UP BND       x625      1
 UP BND       x626      1
 UP BND       x627      1
 UP BND       x628      1
 UP BND       x629      1
 UP BND       x630      1
 UP BND       x631      1
 UP BND       x632      1
 UP BND       x633      1
 UP BND       x634      1
 UP BND       x635      1
 UP BND       x636      1
 UP BND       x637      1
 UP BND       x638      1
 UP BND       x639      1
 UP BND       x640      1
 UP BND       x641      1
 UP BND       x642      1
 UP BND       x643      1
 UP BND       x644      1
 UP BND       x645      1
 UP BND       x646      1
 UP BND       x647      1
 UP BND       x648      1
 UP BND       x649      1
 UP BND       x650      1
 UP BND       x651      1
 UP BND       x652      1
 UP BND       x653      1
 UP BND       x654      1
 UP BND       x655      1
 UP BND       x656      1
 UP BND       x657      1
 UP BND       x658      1
 UP BND       x659      1
 UP BND       x660      1
 UP BND       x661      1
 UP BND       x662      1
 UP BND       x663      1
 UP BND       x664      1
 UP BND       x665      1
 UP BND       x666      1
 UP BND       x667      1
 UP BND       x668      1
 UP BND       x669      1
 UP BND       x670      1
 UP BND       x671      1
 UP BND       x672      1
 UP BND       x673      1
 UP BND       x674      1
 UP BND       x675      1
 UP BND       x676      1
 UP BND       x677      1
 UP BND       x678      1
 UP BND       x679      1
 UP BND       x680      1
 UP BND       x681      1
 UP BND       x682      1
 UP BND       x683      1
 UP BND       x684      1
 UP BND       x685      1
 UP BND       x686      1
 UP BND       x687      1
 UP BND       x688      1
 UP BND       x689      1
 UP BND       x690      1
 UP BND       x691      1
 UP BND       x692      1
 UP BND       x693      1
 UP BND       x694      1
 UP BND       x695      1
 UP BND       x696      1
 UP BND       x697      1
 UP BND       x698      1
 UP BND       x699      1
 UP BND       x700      1
 UP BND       x701      1
 UP BND       x702      1
 UP BND       x703      1
 UP BND       x704      1
 UP BND       x705      1
 UP BND       x706      1
 UP BND       x707      1
 UP BND       x708      1
 UP BND       x709      1
 UP BND       x710      1
 UP BND       x711      1
 UP BND       x712      1
 UP BND       x713      1
 UP BND       x714      1
 UP BND       x715      1
 UP BND       x716      1
 UP BND       x717      1
 UP BND       x718      1
 UP BND       x719      1
 UP BND       x720      1
 UP BND       x721      1
 UP BND       x722      1
 UP BND       x723      1
 UP BND       x724      1
 UP BND       x725      1
 UP BND       x726      1
 UP BND       x727      1
 UP BND       x728      1
 UP BND       x729      1
 UP BND       x730      1
 UP BND       x731      1
 UP BND       x732      1
 UP BND       x733      1
 UP BND       x734      1
 UP BND       x735      1
 UP BND       x736      1
 UP BND       x737      1
 UP BND       x738      1
 UP BND       x739      1
 UP BND       x740      1
 UP BND       x741      1
 UP BND       x742      1
 UP BND       x743      1
 UP BND       x744      1
 UP BND       x745      1
 UP BND       x746      1
 UP BND       x747      1
 UP BND       x748      1
 UP BND       x749      1
 UP BND       x750      1
 UP BND       x751      1
 UP BND       x752      1
 UP BND       x753      1
 UP BND       x754      1
 UP BND       x755      1
 UP BND       x756      1
 UP BND       x757      1
 UP BND       x758      1
 UP BND       x759      1
 UP BND       x760      1
 UP BND       x761      1
 UP BND       x762      1
 UP BND       x763      1
 UP BND       x764      1
 UP BND       x765      1
 UP BND       x766      1
 UP BND       x767      1
 UP BND       x768      1
 UP BND       x769      1
 UP BND       x770      1
 UP BND       x771      1
 UP BND       x772      1
 UP BND       x773      1
 UP BND       x774      1
 UP BND       x775      1
 UP BND       x776      1
 UP BND       x777      1
 UP BND       x778      1
 UP BND       x779      1
 UP BND       x780      1
 UP BND       x781      1
 UP BND       x782      1
 UP BND       x783      1
 UP BND       x784      1
 UP BND       x785      1
 UP BND       x786      1
 UP BND       x787      1
 UP BND       x788      1
 UP BND       x789      1
 UP BND       x790      1
 UP BND       x791      1
 UP BND       x792      1
 UP BND       x793      1
 UP BND       x794      1
 UP BND       x795      1
 UP BND       x796      1
 UP BND       x797      1
 UP BND       x798      1
 UP BND       x799      1
 UP BND       x800      1
 UP BND       t1        1
 UP BND       t2        0.999999984375
 UP BND       t3        0.999999875
 UP BND       t4        0.999999578125
 UP BND       t5        0.999999
 UP BND       t6        0.999998046875
 UP BND       t7        0.999996625
 UP BND       t8        0.999994640625
 UP BND       t9        0.999992
 UP BND       t10       0.999988609375
 UP BND       t11       0.999984375
 UP BND       t12       0.9999792031250001
 UP BND       t13       0.9999730000000001
 UP BND       t14       0.9999656718750001
 UP BND       t15       0.9999571250000001
 UP BND       t16       0.9999472656250001
 UP BND       t17       0.9999360000000002
 UP BND       t18       0.9999232343750002
 UP BND       t19       0.9999088750000001
 UP BND       t20       0.9998928281250001
 UP BND       t21       0.9998750000000002
 UP BND       t22       0.9998552968750002
 UP BND       t23       0.9998336250000003
 UP BND       t24       0.9998098906250003
 UP BND       t25       0.9997840000000003
 UP BND       t26       0.9997558593750003
 UP BND       t27       0.9997253750000004
 UP BND       t28       0.9996924531250003
 UP BND       t29       0.9996570000000004
 UP BND       t30       0.9996189218750005
 UP BND       t31       0.9995781250000004
 UP BND       t32       0.9995345156250005
 UP BND       t33       0.9994880000000005
 UP BND       t34       0.9994384843750005
 UP BND       t35       0.9993858750000005
 UP BND       t36       0.9993300781250006
 UP BND       t37       0.9992710000000007
 UP BND       t38       0.9992085468750007
 UP BND       t39       0.9991426250000007
 UP BND       t40       0.9990731406250007
 UP BND       t41       0.9990000000000008
 UP BND       t42       0.9989231093750008
 UP BND       t43       0.9988423750000008
 UP BND       t44       0.9987577031250009
 UP BND       t45       0.9986690000000009
 UP BND       t46       0.9985761718750009
 UP BND       t47       0.998479125000001
 UP BND       t48       0.998377765625001
 UP BND       t49       0.998272000000001
 UP BND       t50       0.9981617343750011
 UP BND       t51       0.9980468750000012
 UP BND       t52       0.9979273281250012
 UP BND       t53       0.9978030000000013
 UP BND       t54       0.9976737968750014
 UP BND       t55       0.9975396250000014
 UP BND       t56       0.9974003906250014
 UP BND       t57       0.9972560000000015
 UP BND       t58       0.9971063593750015
 UP BND       t59       0.9969513750000015
 UP BND       t60       0.9967909531250017
 UP BND       t61       0.9966250000000016
 UP BND       t62       0.9964534218750017
 UP BND       t63       0.9962761250000017
 UP BND       t64       0.9960930156250019
 UP BND       t65       0.9959040000000019
 UP BND       t66       0.9957089843750019
 UP BND       t67       0.9955078750000019
 UP BND       t68       0.9953005781250021
 UP BND       t69       0.995087000000002
 UP BND       t70       0.9948670468750022
 UP BND       t71       0.9946406250000022
 UP BND       t72       0.9944076406250023
 UP BND       t73       0.9941680000000023
 UP BND       t74       0.9939216093750024
 UP BND       t75       0.9936683750000025
 UP BND       t76       0.9934082031250026
 UP BND       t77       0.9931410000000026
 UP BND       t78       0.9928666718750027
 UP BND       t79       0.9925851250000027
 UP BND       t80       0.9922962656250027
 UP BND       t81       0.9920000000000028
 UP BND       t82       0.9916962343750029
 UP BND       t83       0.9913848750000029
 UP BND       t84       0.991065828125003
 UP BND       t85       0.990739000000003
 UP BND       t86       0.9904042968750032
 UP BND       t87       0.9900616250000032
 UP BND       t88       0.9897108906250033
 UP BND       t89       0.9893520000000033
 UP BND       t90       0.9889848593750035
 UP BND       t91       0.9886093750000035
 UP BND       t92       0.9882254531250035
 UP BND       t93       0.9878330000000036
 UP BND       t94       0.9874319218750037
 UP BND       t95       0.9870221250000037
 UP BND       t96       0.9866035156250038
 UP BND       t97       0.9861760000000039
 UP BND       t98       0.9857394843750039
 UP BND       t99       0.985293875000004
 UP BND       t100      0.9848390781250042
 UP BND       t101      0.9843750000000042
 UP BND       t102      0.9839015468750043
 UP BND       t103      0.9834186250000043
 UP BND       t104      0.9829261406250044
 UP BND       t105      0.9824240000000045
 UP BND       t106      0.9819121093750046
 UP BND       t107      0.9813903750000046
 UP BND       t108      0.9808587031250047
 UP BND       t109      0.9803170000000048
 UP BND       t110      0.9797651718750049
 UP BND       t111      0.979203125000005
 UP BND       t112      0.9786307656250051
 UP BND       t113      0.978048000000005
 UP BND       t114      0.9774547343750052
 UP BND       t115      0.9768508750000052
 UP BND       t116      0.9762363281250053
 UP BND       t117      0.9756110000000054
 UP BND       t118      0.9749747968750054
 UP BND       t119      0.9743276250000056
 UP BND       t120      0.9736693906250057
 UP BND       t121      0.9730000000000057
 UP BND       t122      0.9723193593750058
 UP BND       t123      0.9716273750000058
 UP BND       t124      0.9709239531250059
 UP BND       t125      0.970209000000006
 UP BND       t126      0.9694824218750061
 UP BND       t127      0.9687441250000062
 UP BND       t128      0.9679940156250063
 UP BND       t129      0.9672320000000063
 UP BND       t130      0.9664579843750064
 UP BND       t131      0.9656718750000065
 UP BND       t132      0.9648735781250066
 UP BND       t133      0.9640630000000067
 UP BND       t134      0.9632400468750068
 UP BND       t135      0.9624046250000069
 UP BND       t136      0.9615566406250069
 UP BND       t137      0.960696000000007
 UP BND       t138      0.9598226093750071
 UP BND       t139      0.9589363750000072
 UP BND       t140      0.9580372031250073
 UP BND       t141      0.9571250000000073
 UP BND       t142      0.9561996718750074
 UP BND       t143      0.9552611250000075
 UP BND       t144      0.9543092656250076
 UP BND       t145      0.9533440000000077
 UP BND       t146      0.9523652343750078
 UP BND       t147      0.9513728750000079
 UP BND       t148      0.950366828125008
 UP BND       t149      0.949347000000008
 UP BND       t150      0.9483132968750081
 UP BND       t151      0.9472656250000082
 UP BND       t152      0.9462038906250083
 UP BND       t153      0.9451280000000084
 UP BND       t154      0.9440378593750084
 UP BND       t155      0.9429333750000085
 UP BND       t156      0.9418144531250087
 UP BND       t157      0.9406810000000088
 UP BND       t158      0.9395329218750088
 UP BND       t159      0.9383701250000089
 UP BND       t160      0.9371925156250089
 UP BND       t161      0.936000000000009
 UP BND       t162      0.9347924843750092
 UP BND       t163      0.9335698750000092
 UP BND       t164      0.9323320781250093
 UP BND       t165      0.9310790000000093
 UP BND       t166      0.9298105468750095
 UP BND       t167      0.9285266250000096
 UP BND       t168      0.9272271406250097
 UP BND       t169      0.9259120000000097
 UP BND       t170      0.9245811093750098
 UP BND       t171      0.9232343750000099
 UP BND       t172      0.92187170312501
 UP BND       t173      0.9204930000000101
 UP BND       t174      0.9190981718750101
 UP BND       t175      0.9176871250000103
 UP BND       t176      0.9162597656250103
 UP BND       t177      0.9148160000000104
 UP BND       t178      0.9133557343750105
 UP BND       t179      0.9118788750000106
 UP BND       t180      0.9103853281250106
 UP BND       t181      0.9088750000000108
 UP BND       t182      0.9073477968750109
 UP BND       t183      0.905803625000011
 UP BND       t184      0.904242390625011
 UP BND       t185      0.9026640000000111
 UP BND       t186      0.9010683593750112
 UP BND       t187      0.8994553750000112
 UP BND       t188      0.8978249531250113
 UP BND       t189      0.8961770000000114
 UP BND       t190      0.8945114218750115
 UP BND       t191      0.8928281250000115
 UP BND       t192      0.8911270156250116
 UP BND       t193      0.8894080000000117
 UP BND       t194      0.8876709843750118
 UP BND       t195      0.8859158750000119
 UP BND       t196      0.8841425781250121
 UP BND       t197      0.8823510000000121
 UP BND       t198      0.8805410468750121
 UP BND       t199      0.8787126250000122
 UP BND       t200      0.8768656406250123
 UP BND       t201      0.8750000000000124
 UP BND       t202      0.8731156093750125
 UP BND       t203      0.8712123750000126
 UP BND       t204      0.8692902031250126
 UP BND       t205      0.8673490000000128
 UP BND       t206      0.8653886718750128
 UP BND       t207      0.8634091250000129
 UP BND       t208      0.861410265625013
 UP BND       t209      0.859392000000013
 UP BND       t210      0.8573542343750131
 UP BND       t211      0.8552968750000132
 UP BND       t212      0.8532198281250133
 UP BND       t213      0.8511230000000134
 UP BND       t214      0.8490062968750135
 UP BND       t215      0.8468696250000136
 UP BND       t216      0.8447128906250136
 UP BND       t217      0.8425360000000137
 UP BND       t218      0.8403388593750137
 UP BND       t219      0.8381213750000138
 UP BND       t220      0.8358834531250139
 UP BND       t221      0.8336250000000139
 UP BND       t222      0.8313459218750141
 UP BND       t223      0.8290461250000141
 UP BND       t224      0.8267255156250142
 UP BND       t225      0.8243840000000142
 UP BND       t226      0.8220214843750143
 UP BND       t227      0.8196378750000144
 UP BND       t228      0.8172330781250144
 UP BND       t229      0.8148070000000146
 UP BND       t230      0.8123595468750147
 UP BND       t231      0.8098906250000146
 UP BND       t232      0.8074001406250148
 UP BND       t233      0.8048880000000148
 UP BND       t234      0.802354109375015
 UP BND       t235      0.799798375000015
 UP BND       t236      0.797220703125015
 UP BND       t237      0.7946210000000151
 UP BND       t238      0.7919991718750151
 UP BND       t239      0.7893551250000153
 UP BND       t240      0.7866887656250153
 UP BND       t241      0.7840000000000154
 UP BND       t242      0.7812887343750154
 UP BND       t243      0.7785548750000155
 UP BND       t244      0.7757983281250156
 UP BND       t245      0.7730190000000157
 UP BND       t246      0.7702167968750157
 UP BND       t247      0.7673916250000157
 UP BND       t248      0.7645433906250159
 UP BND       t249      0.7616720000000159
 UP BND       t250      0.7587773593750159
 UP BND       t251      0.755859375000016
 UP BND       t252      0.7529179531250161
 UP BND       t253      0.7499530000000162
 UP BND       t254      0.7469644218750162
 UP BND       t255      0.7439521250000163
 UP BND       t256      0.7409160156250163
 UP BND       t257      0.7378560000000163
 UP BND       t258      0.7347719843750165
 UP BND       t259      0.7316638750000164
 UP BND       t260      0.7285315781250166
 UP BND       t261      0.7253750000000165
 UP BND       t262      0.7221940468750166
 UP BND       t263      0.7189886250000166
 UP BND       t264      0.7157586406250167
 UP BND       t265      0.7125040000000168
 UP BND       t266      0.7092246093750169
 UP BND       t267      0.7059203750000168
 UP BND       t268      0.702591203125017
 UP BND       t269      0.699237000000017
 UP BND       t270      0.6958576718750171
 UP BND       t271      0.692453125000017
 UP BND       t272      0.6890232656250171
 UP BND       t273      0.6855680000000172
 UP BND       t274      0.6820872343750173
 UP BND       t275      0.6785808750000173
 UP BND       t276      0.6750488281250173
 UP BND       t277      0.6714910000000174
 UP BND       t278      0.6679072968750174
 UP BND       t279      0.6642976250000174
 UP BND       t280      0.6606618906250175
 UP BND       t281      0.6570000000000176
 UP BND       t282      0.6533118593750176
 UP BND       t283      0.6495973750000176
 UP BND       t284      0.6458564531250177
 UP BND       t285      0.6420890000000178
 UP BND       t286      0.6382949218750178
 UP BND       t287      0.6344741250000178
 UP BND       t288      0.6306265156250178
 UP BND       t289      0.6267520000000177
 UP BND       t290      0.6228504843750178
 UP BND       t291      0.6189218750000179
 UP BND       t292      0.6149660781250179
 UP BND       t293      0.6109830000000179
 UP BND       t294      0.606972546875018
 UP BND       t295      0.602934625000018
 UP BND       t296      0.5988691406250181
 UP BND       t297      0.5947760000000181
 UP BND       t298      0.5906551093750181
 UP BND       t299      0.5865063750000181
 UP BND       t300      0.5823297031250182
 UP BND       t301      0.5781250000000182
 UP BND       t302      0.5772806873750183
 UP BND       t303      0.5764352490000182
 UP BND       t304      0.5755886841250182
 UP BND       t305      0.5747409920000182
 UP BND       t306      0.5738921718750181
 UP BND       t307      0.5730422230000181
 UP BND       t308      0.5721911446250181
 UP BND       t309      0.5713389360000181
 UP BND       t310      0.5704855963750181
 UP BND       t311      0.569631125000018
 UP BND       t312      0.568775521125018
 UP BND       t313      0.5679187840000179
 UP BND       t314      0.5670609128750179
 UP BND       t315      0.5662019070000178
 UP BND       t316      0.5653417656250178
 UP BND       t317      0.5644804880000178
 UP BND       t318      0.5636180733750179
 UP BND       t319      0.5627545210000178
 UP BND       t320      0.5618898301250178
 UP BND       t321      0.5610240000000177
 UP BND       t322      0.5601570298750177
 UP BND       t323      0.5592889190000176
 UP BND       t324      0.5584196666250176
 UP BND       t325      0.5575492720000176
 UP BND       t326      0.5566777343750177
 UP BND       t327      0.5558050530000176
 UP BND       t328      0.5549312271250176
 UP BND       t329      0.5540562560000175
 UP BND       t330      0.5531801388750175
 UP BND       t331      0.5523028750000175
 UP BND       t332      0.5514244636250174
 UP BND       t333      0.5505449040000174
 UP BND       t334      0.5496641953750174
 UP BND       t335      0.5487823370000173
 UP BND       t336      0.5478993281250174
 UP BND       t337      0.5470151680000173
 UP BND       t338      0.5461298558750173
 UP BND       t339      0.5452433910000172
 UP BND       t340      0.5443557726250172
 UP BND       t341      0.5434670000000171
 UP BND       t342      0.5425770723750172
 UP BND       t343      0.5416859890000172
 UP BND       t344      0.5407937491250171
 UP BND       t345      0.5399003520000171
 UP BND       t346      0.539005796875017
 UP BND       t347      0.5381100830000171
 UP BND       t348      0.5372132096250171
 UP BND       t349      0.536315176000017
 UP BND       t350      0.5354159813750169
 UP BND       t351      0.5345156250000169
 UP BND       t352      0.5336141061250169
 UP BND       t353      0.5327114240000169
 UP BND       t354      0.5318075778750168
 UP BND       t355      0.5309025670000168
 UP BND       t356      0.5299963906250168
 UP BND       t357      0.5290890480000168
 UP BND       t358      0.5281805383750168
 UP BND       t359      0.5272708610000166
 UP BND       t360      0.5263600151250166
 UP BND       t361      0.5254480000000167
 UP BND       t362      0.5245348148750166
 UP BND       t363      0.5236204590000165
 UP BND       t364      0.5227049316250165
 UP BND       t365      0.5217882320000164
 UP BND       t366      0.5208703593750165
 UP BND       t367      0.5199513130000165
 UP BND       t368      0.5190310921250164
 UP BND       t369      0.5181096960000163
 UP BND       t370      0.5171871238750163
 UP BND       t371      0.5162633750000163
 UP BND       t372      0.5153384486250162
 UP BND       t373      0.5144123440000162
 UP BND       t374      0.5134850603750162
 UP BND       t375      0.5125565970000162
 UP BND       t376      0.5116269531250162
 UP BND       t377      0.5106961280000162
 UP BND       t378      0.5097641208750161
 UP BND       t379      0.5088309310000161
 UP BND       t380      0.5078965576250161
 UP BND       t381      0.506961000000016
 UP BND       t382      0.506024257375016
 UP BND       t383      0.5050863290000159
 UP BND       t384      0.504147214125016
 UP BND       t385      0.5032069120000159
 UP BND       t386      0.5022654218750159
 UP BND       t387      0.5013227430000158
 UP BND       t388      0.5003788746250157
 UP BND       t389      0.49943381600001574
 UP BND       t390      0.4984875663750157
 UP BND       t391      0.49754012500001565
 UP BND       t392      0.4965914911250156
 UP BND       t393      0.4956416640000156
 UP BND       t394      0.4946906428750156
 UP BND       t395      0.4937384270000155
 UP BND       t396      0.49278501562501553
 UP BND       t397      0.4918304080000155
 UP BND       t398      0.49087460337501543
 UP BND       t399      0.48991760100001536
 UP BND       t400      0.4889594001250154
 UP BND       t401      0.4880000000000153
 UP BND       t402      0.4870393998750153
 UP BND       t403      0.48607759900001524
 UP BND       t404      0.48511459662501527
 UP BND       t405      0.4841503920000152
 UP BND       t406      0.4831849843750151
 UP BND       t407      0.48221837300001513
 UP BND       t408      0.4812505571250151
 UP BND       t409      0.48028153600001505
 UP BND       t410      0.479311308875015
 UP BND       t411      0.47833987500001496
 UP BND       t412      0.47736723362501493
 UP BND       t413      0.4763933840000149
 UP BND       t414      0.4754183253750148
 UP BND       t415      0.47444205700001485
 UP BND       t416      0.47346457812501475
 UP BND       t417      0.4724858880000148
 UP BND       t418      0.4715059858750147
 UP BND       t419      0.4705248710000146
 UP BND       t420      0.4695425426250146
 UP BND       t421      0.46855900000001455
 UP BND       t422      0.46757424237501455
 UP BND       t423      0.46658826900001454
 UP BND       t424      0.46560107912501447
 UP BND       t425      0.46461267200001444
 UP BND       t426      0.4636230468750144
 UP BND       t427      0.4626322030000144
 UP BND       t428      0.4616401396250143
 UP BND       t429      0.46064685600001426
 UP BND       t430      0.45965235137501426
 UP BND       t431      0.4586566250000142
 UP BND       t432      0.4576596761250141
 UP BND       t433      0.45666150400001415
 UP BND       t434      0.4556621078750141
 UP BND       t435      0.4546614870000141
 UP BND       t436      0.453659640625014
 UP BND       t437      0.45265656800001397
 UP BND       t438      0.45165226837501393
 UP BND       t439      0.4506467410000139
 UP BND       t440      0.4496399851250139
 UP BND       t441      0.4486320000000138
 UP BND       t442      0.44762278487501383
 UP BND       t443      0.44661233900001374
 UP BND       t444      0.4456006616250137
 UP BND       t445      0.44458775200001366
 UP BND       t446      0.4435736093750136
 UP BND       t447      0.4425582330000136
 UP BND       t448      0.4415416221250135
 UP BND       t449      0.44052377600001347
 UP BND       t450      0.43950469387501345
 UP BND       t451      0.43848437500001336
 UP BND       t452      0.43746281862501335
 UP BND       t453      0.4364400240000133
 UP BND       t454      0.4354159903750133
 UP BND       t455      0.43439071700001325
 UP BND       t456      0.4333642031250132
 UP BND       t457      0.43233644800001314
 UP BND       t458      0.4313074508750131
 UP BND       t459      0.4302772110000131
 UP BND       t460      0.429245727625013
 UP BND       t461      0.428213000000013
 UP BND       t462      0.42717902737501295
 UP BND       t463      0.4261438090000129
 UP BND       t464      0.42510734412501283
 UP BND       t465      0.4240696320000128
 UP BND       t466      0.42303067187501275
 UP BND       t467      0.42199046300001275
 UP BND       t468      0.4209490046250127
 UP BND       t469      0.4199062960000126
 UP BND       t470      0.4188623363750126
 UP BND       t471      0.41781712500001256
 UP BND       t472      0.4167706611250125
 UP BND       t473      0.4157229440000124
 UP BND       t474      0.4146739728750124
 UP BND       t475      0.4136237470000124
 UP BND       t476      0.4125722656250123
 UP BND       t477      0.41151952800001235
 UP BND       t478      0.41046553337501224
 UP BND       t479      0.4094102810000122
 UP BND       t480      0.40835377012501217
 UP BND       t481      0.40729600000001215
 UP BND       t482      0.40623696987501207
 UP BND       t483      0.40517667900001203
 UP BND       t484      0.40411512662501203
 UP BND       t485      0.4030523120000119
 UP BND       t486      0.40198823437501185
 UP BND       t487      0.4009228930000118
 UP BND       t488      0.39985628712501176
 UP BND       t489      0.39878841600001175
 UP BND       t490      0.3977192788750117
 UP BND       t491      0.39664887500001167
 UP BND       t492      0.3955772036250116
 UP BND       t493      0.3945042640000116
 UP BND       t494      0.3934300553750115
 UP BND       t495      0.3923545770000115
 UP BND       t496      0.3912778281250114
 UP BND       t497      0.39019980800001136
 UP BND       t498      0.3891205158750113
 UP BND       t499      0.38803995100001126
 UP BND       t500      0.38695811262501123
 UP BND       t501      0.3858750000000112
 UP BND       t502      0.3847906123750111
 UP BND       t503      0.38370494900001106
 UP BND       t504      0.38261800912501104
 UP BND       t505      0.381529792000011
 UP BND       t506      0.3804402968750109
 UP BND       t507      0.3793495230000109
 UP BND       t508      0.37825746962501083
 UP BND       t509      0.3771641360000108
 UP BND       t510      0.3760695213750107
 UP BND       t511      0.3749736250000107
 UP BND       t512      0.37387644612501064
 UP BND       t513      0.3727779840000106
 UP BND       t514      0.37167823787501053
 UP BND       t515      0.3705772070000105
 UP BND       t516      0.3694748906250105
 UP BND       t517      0.3683712880000104
 UP BND       t518      0.36726639837501035
 UP BND       t519      0.36616022100001033
 UP BND       t520      0.36505275512501023
 UP BND       t521      0.3639440000000102
 UP BND       t522      0.36283395487501013
 UP BND       t523      0.36172261900001007
 UP BND       t524      0.36060999162501
 UP BND       t525      0.35949607200001
 UP BND       t526      0.3583808593750099
 UP BND       t527      0.3572643530000099
 UP BND       t528      0.3561465521250098
 UP BND       t529      0.35502745600000973
 UP BND       t530      0.3539070638750097
 UP BND       t531      0.35278537500000967
 UP BND       t532      0.35166238862500965
 UP BND       t533      0.3505381040000096
 UP BND       t534      0.3494125203750095
 UP BND       t535      0.3482856370000095
 UP BND       t536      0.34715745312500945
 UP BND       t537      0.34602796800000934
 UP BND       t538      0.3448971808750093
 UP BND       t539      0.3437650910000093
 UP BND       t540      0.34263169762500917
 UP BND       t541      0.34149700000000915
 UP BND       t542      0.34036099737500913
 UP BND       t543      0.3392236890000091
 UP BND       t544      0.338085074125009
 UP BND       t545      0.33694515200000896
 UP BND       t546      0.3358039218750089
 UP BND       t547      0.3346613830000088
 UP BND       t548      0.33351753462500877
 UP BND       t549      0.33237237600000874
 UP BND       t550      0.33122590637500865
 UP BND       t551      0.3300781250000086
 UP BND       t552      0.3289290311250086
 UP BND       t553      0.32777862400000857
 UP BND       t554      0.3266269028750085
 UP BND       t555      0.32547386700000847
 UP BND       t556      0.3243195156250085
 UP BND       t557      0.3231638480000084
 UP BND       t558      0.3220068633750085
 UP BND       t559      0.32084856100000847
 UP BND       t560      0.31968894012500837
 UP BND       t561      0.31852800000000836
 UP BND       t562      0.3173657398750083
 UP BND       t563      0.3162021590000083
 UP BND       t564      0.3150372566250083
 UP BND       t565      0.3138710320000083
 UP BND       t566      0.3127034843750083
 UP BND       t567      0.31153461300000823
 UP BND       t568      0.3103644171250082
 UP BND       t569      0.30919289600000815
 UP BND       t570      0.3080200488750081
 UP BND       t571      0.30684587500000815
 UP BND       t572      0.3056703736250081
 UP BND       t573      0.3044935440000081
 UP BND       t574      0.303315385375008
 UP BND       t575      0.30213589700000804
 UP BND       t576      0.300955078125008
 UP BND       t577      0.299772928000008
 UP BND       t578      0.29858944587500796
 UP BND       t579      0.2974046310000079
 UP BND       t580      0.2962184826250079
 UP BND       t581      0.29503100000000787
 UP BND       t582      0.2938421823750079
 UP BND       t583      0.2926520290000078
 UP BND       t584      0.2914605391250078
 UP BND       t585      0.2902677120000078
 UP BND       t586      0.2890735468750078
 UP BND       t587      0.28787804300000774
 UP BND       t588      0.2866811996250077
 UP BND       t589      0.2854830160000077
 UP BND       t590      0.2842834913750077
 UP BND       t591      0.28308262500000764
 UP BND       t592      0.28188041612500764
 UP BND       t593      0.2806768640000076
 UP BND       t594      0.27947196787500755
 UP BND       t595      0.2782657270000075
 UP BND       t596      0.2770581406250075
 UP BND       t597      0.27584920800000745
 UP BND       t598      0.2746389283750075
 UP BND       t599      0.2734273010000074
 UP BND       t600      0.2722143251250074
 UP BND       t601      0.27100000000000735
 UP BND       t602      0.26978432487500736
 UP BND       t603      0.2685672990000073
 UP BND       t604      0.26734892162500723
 UP BND       t605      0.26612919200000723
 UP BND       t606      0.26490810937500725
 UP BND       t607      0.2636856730000072
 UP BND       t608      0.2624618821250072
 UP BND       t609      0.26123673600000713
 UP BND       t610      0.2600102338750071
 UP BND       t611      0.2587823750000071
 UP BND       t612      0.25755315862500705
 UP BND       t613      0.256322584000007
 UP BND       t614      0.255090650375007
 UP BND       t615      0.253857357000007
 UP BND       t616      0.25262270312500695
 UP BND       t617      0.2513866880000069
 UP BND       t618      0.2501493108750069
 UP BND       t619      0.24891057100000688
 UP BND       t620      0.24767046762500683
 UP BND       t621      0.24642900000000684
 UP BND       t622      0.24518616737500679
 UP BND       t623      0.24394196900000675
 UP BND       t624      0.24269640412500673
 UP BND       t625      0.2414494720000067
 UP BND       t626      0.2402011718750067
 UP BND       t627      0.23895150300000664
 UP BND       t628      0.2377004646250066
 UP BND       t629      0.2364480560000066
 UP BND       t630      0.23519427637500656
 UP BND       t631      0.23393912500000652
 UP BND       t632      0.2326826011250065
 UP BND       t633      0.23142470400000645
 UP BND       t634      0.23016543287500643
 UP BND       t635      0.2289047870000064
 UP BND       t636      0.22764276562500638
 UP BND       t637      0.22637936800000635
 UP BND       t638      0.22511459337500633
 UP BND       t639      0.2238484410000063
 UP BND       t640      0.2225809101250063
 UP BND       t641      0.22131200000000625
 UP BND       t642      0.2200417098750062
 UP BND       t643      0.2187700390000062
 UP BND       t644      0.21749698662500616
 UP BND       t645      0.21622255200000612
 UP BND       t646      0.21494673437500608
 UP BND       t647      0.21366953300000607
 UP BND       t648      0.212390947125006
 UP BND       t649      0.211110976000006
 UP BND       t650      0.20982961887500598
 UP BND       t651      0.20854687500000596
 UP BND       t652      0.2072627436250059
 UP BND       t653      0.20597722400000587
 UP BND       t654      0.20469031537500587
 UP BND       t655      0.20340201700000582
 UP BND       t656      0.20211232812500576
 UP BND       t657      0.20082124800000575
 UP BND       t658      0.19952877587500573
 UP BND       t659      0.19823491100000568
 UP BND       t660      0.19693965262500568
 UP BND       t661      0.19564300000000562
 UP BND       t662      0.1943449523750056
 UP BND       t663      0.19304550900000556
 UP BND       t664      0.19174466912500554
 UP BND       t665      0.19044243200000552
 UP BND       t666      0.18913879687500548
 UP BND       t667      0.18783376300000545
 UP BND       t668      0.1865273296250054
 UP BND       t669      0.18521949600000537
 UP BND       t670      0.18391026137500532
 UP BND       t671      0.18259962500000532
 UP BND       t672      0.18128758612500528
 UP BND       t673      0.17997414400000522
 UP BND       t674      0.17865929787500523
 UP BND       t675      0.1773430470000052
 UP BND       t676      0.17602539062500516
 UP BND       t677      0.1747063280000051
 UP BND       t678      0.1733858583750051
 UP BND       t679      0.17206398100000506
 UP BND       t680      0.17074069512500503
 UP BND       t681      0.169416000000005
 UP BND       t682      0.16808989487500497
 UP BND       t683      0.16676237900000493
 UP BND       t684      0.1654334516250049
 UP BND       t685      0.16410311200000488
 UP BND       t686      0.1627713593750048
 UP BND       t687      0.1614381930000048
 UP BND       t688      0.1601036121250048
 UP BND       t689      0.15876761600000475
 UP BND       t690      0.1574302038750047
 UP BND       t691      0.15609137500000467
 UP BND       t692      0.15475112862500465
 UP BND       t693      0.1534094640000046
 UP BND       t694      0.15206638037500458
 UP BND       t695      0.15072187700000453
 UP BND       t696      0.14937595312500448
 UP BND       t697      0.14802860800000447
 UP BND       t698      0.14667984087500444
 UP BND       t699      0.1453296510000044
 UP BND       t700      0.14397803762500436
 UP BND       t701      0.14262500000000433
 UP BND       t702      0.1412705373750043
 UP BND       t703      0.13991464900000428
 UP BND       t704      0.13855733412500423
 UP BND       t705      0.13719859200000417
 UP BND       t706      0.13583842187500417
 UP BND       t707      0.1344768230000041
 UP BND       t708      0.13311379462500408
 UP BND       t709      0.13174933600000405
 UP BND       t710      0.13038344637500404
 UP BND       t711      0.12901612500000398
 UP BND       t712      0.12764737112500393
 UP BND       t713      0.1262771840000039
 UP BND       t714      0.12490556287500389
 UP BND       t715      0.12353250700000383
 UP BND       t716      0.12215801562500382
 UP BND       t717      0.12078208800000377
 UP BND       t718      0.11940472337500373
 UP BND       t719      0.1180259210000037
 UP BND       t720      0.11664568012500366
 UP BND       t721      0.11526400000000363
 UP BND       t722      0.11388087987500359
 UP BND       t723      0.11249631900000355
 UP BND       t724      0.11111031662500352
 UP BND       t725      0.10972287200000348
 UP BND       t726      0.10833398437500345
 UP BND       t727      0.10694365300000341
 UP BND       t728      0.10555187712500337
 UP BND       t729      0.10415865600000332
 UP BND       t730      0.10276398887500329
 UP BND       t731      0.10136787500000327
 UP BND       t732      0.09997031362500323
 UP BND       t733      0.09857130400000319
 UP BND       t734      0.09717084537500315
 UP BND       t735      0.09576893700000312
 UP BND       t736      0.09436557812500308
 UP BND       t737      0.09296076800000305
 UP BND       t738      0.09155450587500302
 UP BND       t739      0.09014679100000295
 UP BND       t740      0.08873762262500291
 UP BND       t741      0.08732700000000287
 UP BND       t742      0.08591492237500281
 UP BND       t743      0.08450138900000276
 UP BND       t744      0.08308639912500272
 UP BND       t745      0.08166995200000268
 UP BND       t746      0.08025204687500263
 UP BND       t747      0.07883268300000258
 UP BND       t748      0.07741185962500254
 UP BND       t749      0.07598957600000247
 UP BND       t750      0.07456583137500244
 UP BND       t751      0.07314062500000239
 UP BND       t752      0.07171395612500234
 UP BND       t753      0.0702858240000023
 UP BND       t754      0.06885622787500224
 UP BND       t755      0.0674251670000022
 UP BND       t756      0.06599264062500215
 UP BND       t757      0.06455864800000209
 UP BND       t758      0.06312318837500204
 UP BND       t759      0.061686261000002
 UP BND       t760      0.06024786512500195
 UP BND       t761      0.0588080000000019
 UP BND       t762      0.05736666487500185
 UP BND       t763      0.055923859000001803
 UP BND       t764      0.05447958162500175
 UP BND       t765      0.0530338320000017
 UP BND       t766      0.051586609375001646
 UP BND       t767      0.05013791300000161
 UP BND       t768      0.04868774212500155
 UP BND       t769      0.047236096000001504
 UP BND       t770      0.04578297387500145
 UP BND       t771      0.044328375000001405
 UP BND       t772      0.04287229862500136
 UP BND       t773      0.041414744000001315
 UP BND       t774      0.03995571037500127
 UP BND       t775      0.03849519700000122
 UP BND       t776      0.037033203125001184
 UP BND       t777      0.03556972800000113
 UP BND       t778      0.034104770875001085
 UP BND       t779      0.03263833100000104
 UP BND       t780      0.031170407625000993
 UP BND       t781      0.02970100000000095
 UP BND       t782      0.0282301073750009
 UP BND       t783      0.026757729000000854
 UP BND       t784      0.02528386412500081
 UP BND       t785      0.023808512000000764
 UP BND       t786      0.022331671875000715
 UP BND       t787      0.020853343000000666
 UP BND       t788      0.01937352462500062
 UP BND       t789      0.017892216000000575
 UP BND       t790      0.016409416375000527
 UP BND       t791      0.01492512500000048
 UP BND       t792      0.013439341125000432
 UP BND       t793      0.011952064000000385
 UP BND       t794      0.010463292875000337
 UP BND       t795      0.00897302700000029
 UP BND       t796      0.0074812656250002425
 UP BND       t797      0.005988008000000194
 UP BND       t798      0.004493253375000146
 UP BND       t799      0.0029970010000000976
 UP BND       t800      0.0014992501250000489
ENDATA
