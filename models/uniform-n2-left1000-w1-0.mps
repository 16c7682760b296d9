* paretomech model export: the reduced-form LP of MATH section 2 (revenue-surplus trade-off of truthful
* mechanisms, arXiv 2602.11967); written by 'paretomech export'.
* instance uniform-n2-left1000: n = 2 buyers, k = 1 unit(s), K = 1000 support points in [0, 0.999], transfers no-subsidy
* weights: lambda_R = 1, lambda_S = 0 (given 1,0; normalised so that max(lambda_R, lambda_S) = 1)
* scale = 0.999: every value v_j is divided by this (the largest support value) inside the program.
* program: 3000 variables, 3998 rows, 10993 non-zeros. Variables x1..x1000 = interim allocation probabilities,
* u1..u1000 = interim utilities divided by scale, t1..t1000 = Border tail sums n * sum_{i>=j} f_i x_i (t_j <= B_j).
* objective: maximise c.z = (lambda_R R + lambda_S S) / scale, R = seller revenue, S = buyers' total surplus.
* MPS has no sense marker every reader accepts, so this file MINIMISES -c.z: a solver reports
* min = -(c.z optimum); negate it first.
* convert back: lambda_R R + lambda_S S = scale * (c.z optimum); for weights (1,0) that is R, for (0,1) S.
* from a solution z (f_j, v_j from the instance): S = scale * n * sum_j f_j u_j,
* R = n * sum_j f_j (v_j x_j - scale * u_j). Alone, R and S are unique only if the optimum is.
* expected optimum (exact ironing oracle, MATH section 3): c.z = 0.4170835835835836, lambda_R R + lambda_S S = 0.4166665
* (at the oracle's mechanism R = 0.4166665, S = 0.16629175000000004); the MPS minimum is -0.4170835835835836
* expected: instance=uniform-n2-left1000 buyers=2 units=1 support=1000 transfers=no-subsidy lambda_r=1 lambda_s=0 scale=0.999 objective=0.4170835835835836 revenue=0.4166665 surplus=0.16629175000000004
* objective negated: maximise c.z
NAME          paretomech_uniform_n2_left1000_n2_k1
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
 E  tail801
 E  tail802
 E  tail803
 E  tail804
 E  tail805
 E  tail806
 E  tail807
 E  tail808
 E  tail809
 E  tail810
 E  tail811
 E  tail812
 E  tail813
 E  tail814
 E  tail815
 E  tail816
 E  tail817
 E  tail818
 E  tail819
 E  tail820
 E  tail821
 E  tail822
 E  tail823
 E  tail824
 E  tail825
 E  tail826
 E  tail827
 E  tail828
 E  tail829
 E  tail830
 E  tail831
 E  tail832
 E  tail833
 E  tail834
 E  tail835
 E  tail836
 E  tail837
 E  tail838
 E  tail839
 E  tail840
 E  tail841
 E  tail842
 E  tail843
 E  tail844
 E  tail845
 E  tail846
 E  tail847
 E  tail848
 E  tail849
 E  tail850
 E  tail851
 E  tail852
 E  tail853
 E  tail854
 E  tail855
 E  tail856
 E  tail857
 E  tail858
 E  tail859
 E  tail860
 E  tail861
 E  tail862
 E  tail863
 E  tail864
 E  tail865
 E  tail866
 E  tail867
 E  tail868
 E  tail869
 E  tail870
 E  tail871
 E  tail872
 E  tail873
 E  tail874
 E  tail875
 E  tail876
 E  tail877
 E  tail878
 E  tail879
 E  tail880
 E  tail881
 E  tail882
 E  tail883
 E  tail884
 E  tail885
 E  tail886
 E  tail887
 E  tail888
 E  tail889
 E  tail890
 E  tail891
 E  tail892
 E  tail893
 E  tail894
 E  tail895
 E  tail896
 E  tail897
 E  tail898
 E  tail899
 E  tail900
 E  tail901
 E  tail902
 E  tail903
 E  tail904
 E  tail905
 E  tail906
 E  tail907
 E  tail908
 E  tail909
 E  tail910
 E  tail911
 E  tail912
 E  tail913
 E  tail914
 E  tail915
 E  tail916
 E  tail917
 E  tail918
 E  tail919
 E  tail920
 E  tail921
 E  tail922
 E  tail923
 E  tail924
 E  tail925
 E  tail926
 E  tail927
 E  tail928
 E  tail929
 E  tail930
 E  tail931
 E  tail932
 E  tail933
 E  tail934
 E  tail935
 E  tail936
 E  tail937
 E  tail938
 E  tail939
 E  tail940
 E  tail941
 E  tail942
 E  tail943
 E  tail944
 E  tail945
 E  tail946
 E  tail947
 E  tail948
 E  tail949
 E  tail950
 E  tail951
 E  tail952
 E  tail953
 E  tail954
 E  tail955
 E  tail956
 E  tail957
 E  tail958
 E  tail959
 E  tail960
 E  tail961
 E  tail962
 E  tail963
 E  tail964
 E  tail965
 E  tail966
 E  tail967
 E  tail968
 E  tail969
 E  tail970
 E  tail971
 E  tail972
 E  tail973
 E  tail974
 E  tail975
 E  tail976
 E  tail977
 E  tail978
 E  tail979
 E  tail980
 E  tail981
 E  tail982
 E  tail983
 E  tail984
 E  tail985
 E  tail986
 E  tail987
 E  tail988
 E  tail989
 E  tail990
 E  tail991
 E  tail992
 E  tail993
 E  tail994
 E  tail995
 E  tail996
 E  tail997
 E  tail998
 E  tail999
 E  tail1000
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
 L  mono801
 G  icdown801
 L  icup801
 L  mono802
 G  icdown802
 L  icup802
 L  mono803
 G  icdown803
 L  icup803
 L  mono804
 G  icdown804
 L  icup804
 L  mono805
 G  icdown805
 L  icup805
 L  mono806
 G  icdown806
 L  icup806
 L  mono807
 G  icdown807
 L  icup807
 L  mono808
 G  icdown808
 L  icup808
 L  mono809
 G  icdown809
 L  icup809
 L  mono810
 G  icdown810
 L  icup810
 L  mono811
 G  icdown811
 L  icup811
 L  mono812
 G  icdown812
 L  icup812
 L  mono813
 G  icdown813
 L  icup813
 L  mono814
 G  icdown814
 L  icup814
 L  mono815
 G  icdown815
 L  icup815
 L  mono816
 G  icdown816
 L  icup816
 L  mono817
 G  icdown817
 L  icup817
 L  mono818
 G  icdown818
 L  icup818
 L  mono819
 G  icdown819
 L  icup819
 L  mono820
 G  icdown820
 L  icup820
 L  mono821
 G  icdown821
 L  icup821
 L  mono822
 G  icdown822
 L  icup822
 L  mono823
 G  icdown823
 L  icup823
 L  mono824
 G  icdown824
 L  icup824
 L  mono825
 G  icdown825
 L  icup825
 L  mono826
 G  icdown826
 L  icup826
 L  mono827
 G  icdown827
 L  icup827
 L  mono828
 G  icdown828
 L  icup828
 L  mono829
 G  icdown829
 L  icup829
 L  mono830
 G  icdown830
 L  icup830
 L  mono831
 G  icdown831
 L  icup831
 L  mono832
 G  icdown832
 L  icup832
 L  mono833
 G  icdown833
 L  icup833
 L  mono834
 G  icdown834
 L  icup834
 L  mono835
 G  icdown835
 L  icup835
 L  mono836
 G  icdown836
 L  icup836
 L  mono837
 G  icdown837
 L  icup837
 L  mono838
 G  icdown838
 L  icup838
 L  mono839
 G  icdown839
 L  icup839
 L  mono840
 G  icdown840
 L  icup840
 L  mono841
 G  icdown841
 L  icup841
 L  mono842
 G  icdown842
 L  icup842
 L  mono843
 G  icdown843
 L  icup843
 L  mono844
 G  icdown844
 L  icup844
 L  mono845
 G  icdown845
 L  icup845
 L  mono846
 G  icdown846
 L  icup846
 L  mono847
 G  icdown847
 L  icup847
 L  mono848
 G  icdown848
 L  icup848
 L  mono849
 G  icdown849
 L  icup849
 L  mono850
 G  icdown850
 L  icup850
 L  mono851
 G  icdown851
 L  icup851
 L  mono852
 G  icdown852
 L  icup852
 L  mono853
 G  icdown853
 L  icup853
 L  mono854
 G  icdown854
 L  icup854
 L  mono855
 G  icdown855
 L  icup855
 L  mono856
 G  icdown856
 L  icup856
 L  mono857
 G  icdown857
 L  icup857
 L  mono858
 G  icdown858
 L  icup858
 L  mono859
 G  icdown859
 L  icup859
 L  mono860
 G  icdown860
 L  icup860
 L  mono861
 G  icdown861
 L  icup861
 L  mono862
 G  icdown862
 L  icup862
 L  mono863
 G  icdown863
 L  icup863
 L  mono864
 G  icdown864
 L  icup864
 L  mono865
 G  icdown865
 L  icup865
 L  mono866
 G  icdown866
 L  icup866
 L  mono867
 G  icdown867
 L  icup867
 L  mono868
 G  icdown868
 L  icup868
 L  mono869
 G  icdown869
 L  icup869
 L  mono870
 G  icdown870
 L  icup870
 L  mono871
 G  icdown871
 L  icup871
 L  mono872
 G  icdown872
 L  icup872
 L  mono873
 G  icdown873
 L  icup873
 L  mono874
 G  icdown874
 L  icup874
 L  mono875
 G  icdown875
 L  icup875
 L  mono876
 G  icdown876
 L  icup876
 L  mono877
 G  icdown877
 L  icup877
 L  mono878
 G  icdown878
 L  icup878
 L  mono879
 G  icdown879
 L  icup879
 L  mono880
 G  icdown880
 L  icup880
 L  mono881
 G  icdown881
 L  icup881
 L  mono882
 G  icdown882
 L  icup882
 L  mono883
 G  icdown883
 L  icup883
 L  mono884
 G  icdown884
 L  icup884
 L  mono885
 G  icdown885
 L  icup885
 L  mono886
 G  icdown886
 L  icup886
 L  mono887
 G  icdown887
 L  icup887
 L  mono888
 G  icdown888
 L  icup888
 L  mono889
 G  icdown889
 L  icup889
 L  mono890
 G  icdown890
 L  icup890
 L  mono891
 G  icdown891
 L  icup891
 L  mono892
 G  icdown892
 L  icup892
 L  mono893
 G  icdown893
 L  icup893
 L  mono894
 G  icdown894
 L  icup894
 L  mono895
 G  icdown895
 L  icup895
 L  mono896
 G  icdown896
 L  icup896
 L  mono897
 G  icdown897
 L  icup897
 L  mono898
 G  icdown898
 L  icup898
 L  mono899
 G  icdown899
 L  icup899
 L  mono900
 G  icdown900
 L  icup900
 L  mono901
 G  icdown901
 L  icup901
 L  mono902
 G  icdown902
 L  icup902
 L  mono903
 G  icdown903
 L  icup903
 L  mono904
 G  icdown904
 L  icup904
 L  mono905
 G  icdown905
 L  icup905
 L  mono906
 G  icdown906
 L  icup906
 L  mono907
 G  icdown907
 L  icup907
 L  mono908
 G  icdown908
 L  icup908
 L  mono909
 G  icdown909
 L  icup909
 L  mono910
 G  icdown910
 L  icup910
 L  mono911
 G  icdown911
 L  icup911
 L  mono912
 G  icdown912
 L  icup912
 L  mono913
 G  icdown913
 L  icup913
 L  mono914
 G  icdown914
 L  icup914
 L  mono915
 G  icdown915
 L  icup915
 L  mono916
 G  icdown916
 L  icup916
 L  mono917
 G  icdown917
 L  icup917
 L  mono918
 G  icdown918
 L  icup918
 L  mono919
 G  icdown919
 L  icup919
 L  mono920
 G  icdown920
 L  icup920
 L  mono921
 G  icdown921
 L  icup921
 L  mono922
 G  icdown922
 L  icup922
 L  mono923
 G  icdown923
 L  icup923
 L  mono924
 G  icdown924
 L  icup924
 L  mono925
 G  icdown925
 L  icup925
 L  mono926
 G  icdown926
 L  icup926
 L  mono927
 G  icdown927
 L  icup927
 L  mono928
 G  icdown928
 L  icup928
 L  mono929
 G  icdown929
 L  icup929
 L  mono930
 G  icdown930
 L  icup930
 L  mono931
 G  icdown931
 L  icup931
 L  mono932
 G  icdown932
 L  icup932
 L  mono933
 G  icdown933
 L  icup933
 L  mono934
 G  icdown934
 L  icup934
 L  mono935
 G  icdown935
 L  icup935
 L  mono936
 G  icdown936
 L  icup936
 L  mono937
 G  icdown937
 L  icup937
 L  mono938
 G  icdown938
 L  icup938
 L  mono939
 G  icdown939
 L  icup939
 L  mono940
 G  icdown940
 L  icup940
 L  mono941
 G  icdown941
 L  icup941
 L  mono942
 G  icdown942
 L  icup942
 L  mono943
 G  icdown943
 L  icup943
 L  mono944
 G  icdown944
 L  icup944
 L  mono945
 G  icdown945
 L  icup945
 L  mono946
 G  icdown946
 L  icup946
 L  mono947
 G  icdown947
 L  icup947
 L  mono948
 G  icdown948
 L  icup948
 L  mono949
 G  icdown949
 L  icup949
 L  mono950
 G  icdown950
 L  icup950
 L  mono951
 G  icdown951
 L  icup951
 L  mono952
 G  icdown952
 L  icup952
 L  mono953
 G  icdown953
 L  icup953
 L  mono954
 G  icdown954
 L  icup954
 L  mono955
 G  icdown955
 L  icup955
 L  mono956
 G  icdown956
 L  icup956
 L  mono957
 G  icdown957
 L  icup957
 L  mono958
 G  icdown958
 L  icup958
 L  mono959
 G  icdown959
 L  icup959
 L  mono960
 G  icdown960
 L  icup960
 L  mono961
 G  icdown961
 L  icup961
 L  mono962
 G  icdown962
 L  icup962
 L  mono963
 G  icdown963
 L  icup963
 L  mono964
 G  icdown964
 L  icup964
 L  mono965
 G  icdown965
 L  icup965
 L  mono966
 G  icdown966
 L  icup966
 L  mono967
 G  icdown967
 L  icup967
 L  mono968
 G  icdown968
 L  icup968
 L  mono969
 G  icdown969
 L  icup969
 L  mono970
 G  icdown970
 L  icup970
 L  mono971
 G  icdown971
 L  icup971
 L  mono972
 G  icdown972
 L  icup972
 L  mono973
 G  icdown973
 L  icup973
 L  mono974
 G  icdown974
 L  icup974
 L  mono975
 G  icdown975
 L  icup975
 L  mono976
 G  icdown976
 L  icup976
 L  mono977
 G  icdown977
 L  icup977
 L  mono978
 G  icdown978
 L  icup978
 L  mono979
 G  icdown979
 L  icup979
 L  mono980
 G  icdown980
 L  icup980
 L  mono981
 G  icdown981
 L  icup981
 L  mono982
 G  icdown982
 L  icup982
 L  mono983
 G  icdown983
 L  icup983
 L  mono984
 G  icdown984
 L  icup984
 L  mono985
 G  icdown985
 L  icup985
 L  mono986
 G  icdown986
 L  icup986
 L  mono987
 G  icdown987
 L  icup987
 L  mono988
 G  icdown988
 L  icup988
 L  mono989
 G  icdown989
 L  icup989
 L  mono990
 G  icdown990
 L  icup990
 L  mono991
 G  icdown991
 L  icup991
 L  mono992
 G  icdown992
 L  icup992
 L  mono993
 G  icdown993
 L  icup993
 L  mono994
 G  icdown994
 L  icup994
 L  mono995
 G  icdown995
 L  icup995
 L  mono996
 G  icdown996
 L  icup996
 L  mono997
 G  icdown997
 L  icup997
 L  mono998
 G  icdown998
 L  icup998
 L  mono999
 G  icdown999
 L  icup999
 L  mono1000
 G  icdown1000
 L  icup1000
 L  nosubsidy
COLUMNS
    x1        tail1     -0.002         mono2     1
    x1        icdown2   -0.001001001001001001
    x2        obj       -2.002002002002002E-6   tail2     -0.002
    x2        mono2     -1             icup2     -0.001001001001001001
    x2        mono3     1              icdown3   -0.001001001001001001
    x3        obj       -4.004004004004004E-6   tail3     -0.002
    x3        mono3     -1             icup3     -0.001001001001001001
    x3        mono4     1              icdown4   -0.001001001001001001
    x4        obj       -6.006006006006006E-6   tail4     -0.002
    x4        mono4     -1             icup4     -0.001001001001001001
    x4        mono5     1              icdown5   -0.001001001001001001
    x5        obj       -8.008008008008007E-6   tail5     -0.002
    x5        mono5     -1             icup5     -0.001001001001001001
    x5        mono6     1              icdown6   -0.001001001001001001
    x6        obj       -1.0010010010010011E-5   tail6     -0.002
    x6        mono6     -1             icup6     -0.001001001001001001
    x6        mono7     1              icdown7   -0.001001001001001001
    x7        obj       -1.2012012012012012E-5   tail7     -0.002
    x7        mono7     -1             icup7     -0.001001001001001001
    x7        mono8     1              icdown8   -0.001001001001001001
    x8        obj       -1.4014014014014014E-5   tail8     -0.002
    x8        mono8     -1             icup8     -0.001001001001001001
    x8        mono9     1              icdown9   -0.001001001001001001
    x9        obj       -1.6016016016016E-5   tail9     -0.0019999999999999983
    x9        mono9     -1             icup9     -0.001001001001001001
    x9        mono10    1              icdown10  -0.0010010010010010001
    x10       obj       -1.8018018018018033E-5   tail10    -0.0020000000000000018
    x10       mono10    -1             icup10    -0.0010010010010010001
    x10       mono11    1              icdown11  -0.0010010010010010019
    x11       obj       -2.0020020020020006E-5   tail11    -0.0019999999999999983
    x11       mono11    -1             icup11    -0.0010010010010010019
    x11       mono12    1              icdown12  -0.0010010010010010001
    x12       obj       -2.202202202202204E-5   tail12    -0.0020000000000000018
    x12       mono12    -1             icup12    -0.0010010010010010001
    x12       mono13    1              icdown13  -0.0010010010010010019
    x13       obj       -2.4024024024024004E-5   tail13    -0.0019999999999999983
    x13       mono13    -1             icup13    -0.0010010010010010019
    x13       mono14    1              icdown14  -0.0010010010010010001
    x14       obj       -2.602602602602605E-5   tail14    -0.0020000000000000018
    x14       mono14    -1             icup14    -0.0010010010010010001
    x14       mono15    1              icdown15  -0.0010010010010010019
    x15       obj       -2.8028028028028005E-5   tail15    -0.0019999999999999983
    x15       mono15    -1             icup15    -0.0010010010010010019
    x15       mono16    1              icdown16  -0.0010010010010010001
    x16       obj       -3.0030030030030053E-5   tail16    -0.0020000000000000018
    x16       mono16    -1             icup16    -0.0010010010010010001
    x16       mono17    1              icdown17  -0.0010010010010010019
    x17       obj       -3.2032032032032064E-5   tail17    -0.0020000000000000018
    x17       mono17    -1             icup17    -0.0010010010010010019
    x17       mono18    1              icdown18  -0.0010010010010010019
    x18       obj       -3.4034034034033946E-5   tail18    -0.001999999999999995
    x18       mono18    -1             icup18    -0.0010010010010010019
    x18       mono19    1              icdown19  -0.0010010010010009984
    x19       obj       -3.6036036036036065E-5   tail19    -0.0020000000000000018
    x19       mono19    -1             icup19    -0.0010010010010009984
    x19       mono20    1              icdown20  -0.0010010010010010019
    x20       obj       -3.8038038038038076E-5   tail20    -0.0020000000000000018
    x20       mono20    -1             icup20    -0.0010010010010010019
    x20       mono21    1              icdown21  -0.0010010010010010019
    x21       obj       -4.004004004004008E-5   tail21    -0.0020000000000000018
    x21       mono21    -1             icup21    -0.0010010010010010019
    x21       mono22    1              icdown22  -0.0010010010010010019
    x22       obj       -4.2042042042041935E-5   tail22    -0.001999999999999995
    x22       mono22    -1             icup22    -0.0010010010010010019
    x22       mono23    1              icdown23  -0.0010010010010009984
    x23       obj       -4.404404404404408E-5   tail23    -0.0020000000000000018
    x23       mono23    -1             icup23    -0.0010010010010009984
    x23       mono24    1              icdown24  -0.0010010010010010019
    x24       obj       -4.6046046046046085E-5   tail24    -0.0020000000000000018
    x24       mono24    -1             icup24    -0.0010010010010010019
    x24       mono25    1              icdown25  -0.0010010010010010019
    x25       obj       -4.804804804804809E-5   tail25    -0.0020000000000000018
    x25       mono25    -1             icup25    -0.0010010010010010019
    x25       mono26    1              icdown26  -0.0010010010010010019
    x26       obj       -5.0050050050049924E-5   tail26    -0.001999999999999995
    x26       mono26    -1             icup26    -0.0010010010010010019
    x26       mono27    1              icdown27  -0.0010010010010009984
    x27       obj       -5.20520520520521E-5   tail27    -0.0020000000000000018
    x27       mono27    -1             icup27    -0.0010010010010009984
    x27       mono28    1              icdown28  -0.0010010010010010019
    x28       obj       -5.40540540540541E-5   tail28    -0.0020000000000000018
    x28       mono28    -1             icup28    -0.0010010010010010019
    x28       mono29    1              icdown29  -0.0010010010010010019
    x29       obj       -5.605605605605611E-5   tail29    -0.0020000000000000018
    x29       mono29    -1             icup29    -0.0010010010010010019
    x29       mono30    1              icdown30  -0.0010010010010010019
    x30       obj       -5.805805805805791E-5   tail30    -0.001999999999999995
    x30       mono30    -1             icup30    -0.0010010010010010019
    x30       mono31    1              icdown31  -0.0010010010010009984
    x31       obj       -6.0060060060060106E-5   tail31    -0.0020000000000000018
    x31       mono31    -1             icup31    -0.0010010010010009984
    x31       mono32    1              icdown32  -0.0010010010010010019
    x32       obj       -6.206206206206212E-5   tail32    -0.0020000000000000018
    x32       mono32    -1             icup32    -0.0010010010010010019
    x32       mono33    1              icdown33  -0.0010010010010010019
    x33       obj       -6.406406406406413E-5   tail33    -0.0020000000000000018
    x33       mono33    -1             icup33    -0.0010010010010010019
    x33       mono34    1              icdown34  -0.0010010010010010019
    x34       obj       -6.606606606606612E-5   tail34    -0.0020000000000000018
    x34       mono34    -1             icup34    -0.0010010010010010019
    x34       mono35    1              icdown35  -0.0010010010010010019
    x35       obj       -6.806806806806814E-5   tail35    -0.0020000000000000018
    x35       mono35    -1             icup35    -0.0010010010010010019
    x35       mono36    1              icdown36  -0.0010010010010010019
    x36       obj       -7.007007007006966E-5   tail36    -0.001999999999999988
    x36       mono36    -1             icup36    -0.0010010010010010019
    x36       mono37    1              icdown37  -0.001001001001000995
    x37       obj       -7.207207207207213E-5   tail37    -0.0020000000000000018
    x37       mono37    -1             icup37    -0.001001001001000995
    x37       mono38    1              icdown38  -0.0010010010010010019
    x38       obj       -7.407407407407414E-5   tail38    -0.0020000000000000018
    x38       mono38    -1             icup38    -0.0010010010010010019
    x38       mono39    1              icdown39  -0.0010010010010010019
    x39       obj       -7.607607607607615E-5   tail39    -0.0020000000000000018
    x39       mono39    -1             icup39    -0.0010010010010010019
    x39       mono40    1              icdown40  -0.0010010010010010019
    x40       obj       -7.807807807807815E-5   tail40    -0.0020000000000000018
    x40       mono40    -1             icup40    -0.0010010010010010019
    x40       mono41    1              icdown41  -0.0010010010010010019
    x41       obj       -8.008008008008016E-5   tail41    -0.0020000000000000018
    x41       mono41    -1             icup41    -0.0010010010010010019
    x41       mono42    1              icdown42  -0.0010010010010010019
    x42       obj       -8.208208208208217E-5   tail42    -0.0020000000000000018
    x42       mono42    -1             icup42    -0.0010010010010010019
    x42       mono43    1              icdown43  -0.0010010010010010019
    x43       obj       -8.408408408408357E-5   tail43    -0.001999999999999988
    x43       mono43    -1             icup43    -0.0010010010010010019
    x43       mono44    1              icdown44  -0.001001001001000995
    x44       obj       -8.608608608608615E-5   tail44    -0.0020000000000000018
    x44       mono44    -1             icup44    -0.001001001001000995
    x44       mono45    1              icdown45  -0.0010010010010010019
    x45       obj       -8.808808808808816E-5   tail45    -0.0020000000000000018
    x45       mono45    -1             icup45    -0.0010010010010010019
    x45       mono46    1              icdown46  -0.0010010010010010019
    x46       obj       -9.009009009009016E-5   tail46    -0.0020000000000000018
    x46       mono46    -1             icup46    -0.0010010010010010019
    x46       mono47    1              icdown47  -0.0010010010010010019
    x47       obj       -9.209209209209217E-5   tail47    -0.0020000000000000018
    x47       mono47    -1             icup47    -0.0010010010010010019
    x47       mono48    1              icdown48  -0.0010010010010010019
    x48       obj       -9.409409409409418E-5   tail48    -0.0020000000000000018
    x48       mono48    -1             icup48    -0.0010010010010010019
    x48       mono49    1              icdown49  -0.0010010010010010019
    x49       obj       -9.609609609609618E-5   tail49    -0.0020000000000000018
    x49       mono49    -1             icup49    -0.0010010010010010019
    x49       mono50    1              icdown50  -0.0010010010010010019
    x50       obj       -9.809809809809819E-5   tail50    -0.0020000000000000018
    x50       mono50    -1             icup50    -0.0010010010010010019
    x50       mono51    1              icdown51  -0.0010010010010010019
    x51       obj       -1.001001001000995E-4   tail51    -0.001999999999999988
    x51       mono51    -1             icup51    -0.0010010010010010019
    x51       mono52    1              icdown52  -0.001001001001000995
    x52       obj       -1.0210210210210218E-4   tail52    -0.0020000000000000018
    x52       mono52    -1             icup52    -0.001001001001000995
    x52       mono53    1              icdown53  -0.0010010010010010019
    x53       obj       -1.041041041041042E-4   tail53    -0.0020000000000000018
    x53       mono53    -1             icup53    -0.0010010010010010019
    x53       mono54    1              icdown54  -0.0010010010010010019
    x54       obj       -1.061061061061062E-4   tail54    -0.0020000000000000018
    x54       mono54    -1             icup54    -0.0010010010010010019
    x54       mono55    1              icdown55  -0.0010010010010010019
    x55       obj       -1.081081081081082E-4   tail55    -0.0020000000000000018
    x55       mono55    -1             icup55    -0.0010010010010010019
    x55       mono56    1              icdown56  -0.0010010010010010019
    x56       obj       -1.1011011011011021E-4   tail56    -0.0020000000000000018
    x56       mono56    -1             icup56    -0.0010010010010010019
    x56       mono57    1              icdown57  -0.0010010010010010019
    x57       obj       -1.1211211211211222E-4   tail57    -0.0020000000000000018
    x57       mono57    -1             icup57    -0.0010010010010010019
    x57       mono58    1              icdown58  -0.0010010010010010019
    x58       obj       -1.1411411411411422E-4   tail58    -0.0020000000000000018
    x58       mono58    -1             icup58    -0.0010010010010010019
    x58       mono59    1              icdown59  -0.0010010010010010019
    x59       obj       -1.1611611611611542E-4   tail59    -0.001999999999999988
    x59       mono59    -1             icup59    -0.0010010010010010019
    x59       mono60    1              icdown60  -0.001001001001000995
    x60       obj       -1.1811811811811822E-4   tail60    -0.0020000000000000018
    x60       mono60    -1             icup60    -0.001001001001000995
    x60       mono61    1              icdown61  -0.0010010010010010019
    x61       obj       -1.2012012012012021E-4   tail61    -0.0020000000000000018
    x61       mono61    -1             icup61    -0.0010010010010010019
    x61       mono62    1              icdown62  -0.0010010010010010019
    x62       obj       -1.2212212212212224E-4   tail62    -0.0020000000000000018
    x62       mono62    -1             icup62    -0.0010010010010010019
    x62       mono63    1              icdown63  -0.0010010010010010019
    x63       obj       -1.2412412412412423E-4   tail63    -0.0020000000000000018
    x63       mono63    -1             icup63    -0.0010010010010010019
    x63       mono64    1              icdown64  -0.0010010010010010019
    x64       obj       -1.2612612612612623E-4   tail64    -0.0020000000000000018
    x64       mono64    -1             icup64    -0.0010010010010010019
    x64       mono65    1              icdown65  -0.0010010010010010019
    x65       obj       -1.2812812812812826E-4   tail65    -0.0020000000000000018
    x65       mono65    -1             icup65    -0.0010010010010010019
    x65       mono66    1              icdown66  -0.0010010010010010019
    x66       obj       -1.3013013013013025E-4   tail66    -0.0020000000000000018
    x66       mono66    -1             icup66    -0.0010010010010010019
    x66       mono67    1              icdown67  -0.0010010010010010019
    x67       obj       -1.3213213213213225E-4   tail67    -0.0020000000000000018
    x67       mono67    -1             icup67    -0.0010010010010010019
    x67       mono68    1              icdown68  -0.0010010010010010019
    x68       obj       -1.3413413413413427E-4   tail68    -0.0020000000000000018
    x68       mono68    -1             icup68    -0.0010010010010010019
    x68       mono69    1              icdown69  -0.0010010010010010019
    x69       obj       -1.3613613613613627E-4   tail69    -0.0020000000000000018
    x69       mono69    -1             icup69    -0.0010010010010010019
    x69       mono70    1              icdown70  -0.0010010010010010019
    x70       obj       -1.3813813813813827E-4   tail70    -0.0020000000000000018
    x70       mono70    -1             icup70    -0.0010010010010010019
    x70       mono71    1              icdown71  -0.0010010010010010019
    x71       obj       -1.4014014014013834E-4   tail71    -0.001999999999999974
    x71       mono71    -1             icup71    -0.0010010010010010019
    x71       mono72    1              icdown72  -0.001001001001000988
    x72       obj       -1.4214214214214226E-4   tail72    -0.0020000000000000018
    x72       mono72    -1             icup72    -0.001001001001000988
    x72       mono73    1              icdown73  -0.0010010010010010019
    x73       obj       -1.4414414414414426E-4   tail73    -0.0020000000000000018
    x73       mono73    -1             icup73    -0.0010010010010010019
    x73       mono74    1              icdown74  -0.0010010010010010019
    x74       obj       -1.4614614614614628E-4   tail74    -0.0020000000000000018
    x74       mono74    -1             icup74    -0.0010010010010010019
    x74       mono75    1              icdown75  -0.0010010010010010019
    x75       obj       -1.4814814814814828E-4   tail75    -0.0020000000000000018
    x75       mono75    -1             icup75    -0.0010010010010010019
    x75       mono76    1              icdown76  -0.0010010010010010019
    x76       obj       -1.5015015015015028E-4   tail76    -0.0020000000000000018
    x76       mono76    -1             icup76    -0.0010010010010010019
    x76       mono77    1              icdown77  -0.0010010010010010019
    x77       obj       -1.521521521521523E-4   tail77    -0.0020000000000000018
    x77       mono77    -1             icup77    -0.0010010010010010019
    x77       mono78    1              icdown78  -0.0010010010010010019
    x78       obj       -1.541541541541543E-4   tail78    -0.0020000000000000018
    x78       mono78    -1             icup78    -0.0010010010010010019
    x78       mono79    1              icdown79  -0.0010010010010010019
    x79       obj       -1.561561561561563E-4   tail79    -0.0020000000000000018
    x79       mono79    -1             icup79    -0.0010010010010010019
    x79       mono80    1              icdown80  -0.0010010010010010019
    x80       obj       -1.5815815815815832E-4   tail80    -0.0020000000000000018
    x80       mono80    -1             icup80    -0.0010010010010010019
    x80       mono81    1              icdown81  -0.0010010010010010019
    x81       obj       -1.6016016016016032E-4   tail81    -0.0020000000000000018
    x81       mono81    -1             icup81    -0.0010010010010010019
    x81       mono82    1              icdown82  -0.0010010010010010019
    x82       obj       -1.6216216216216232E-4   tail82    -0.0020000000000000018
    x82       mono82    -1             icup82    -0.0010010010010010019
    x82       mono83    1              icdown83  -0.0010010010010010019
    x83       obj       -1.6416416416416434E-4   tail83    -0.0020000000000000018
    x83       mono83    -1             icup83    -0.0010010010010010019
    x83       mono84    1              icdown84  -0.0010010010010010019
    x84       obj       -1.6616616616616634E-4   tail84    -0.0020000000000000018
    x84       mono84    -1             icup84    -0.0010010010010010019
    x84       mono85    1              icdown85  -0.0010010010010010019
    x85       obj       -1.6816816816816834E-4   tail85    -0.0020000000000000018
    x85       mono85    -1             icup85    -0.0010010010010010019
    x85       mono86    1              icdown86  -0.0010010010010010019
    x86       obj       -1.7017017017016797E-4   tail86    -0.001999999999999974
    x86       mono86    -1             icup86    -0.0010010010010010019
    x86       mono87    1              icdown87  -0.001001001001000988
    x87       obj       -1.721721721721723E-4   tail87    -0.0020000000000000018
    x87       mono87    -1             icup87    -0.001001001001000988
    x87       mono88    1              icdown88  -0.0010010010010010019
    x88       obj       -1.741741741741743E-4   tail88    -0.0020000000000000018
    x88       mono88    -1             icup88    -0.0010010010010010019
    x88       mono89    1              icdown89  -0.0010010010010010019
    x89       obj       -1.7617617617617632E-4   tail89    -0.0020000000000000018
    x89       mono89    -1             icup89    -0.0010010010010010019
    x89       mono90    1              icdown90  -0.0010010010010010019
    x90       obj       -1.7817817817817832E-4   tail90    -0.0020000000000000018
    x90       mono90    -1             icup90    -0.0010010010010010019
    x90       mono91    1              icdown91  -0.0010010010010010019
    x91       obj       -1.8018018018018032E-4   tail91    -0.0020000000000000018
    x91       mono91    -1             icup91    -0.0010010010010010019
    x91       mono92    1              icdown92  -0.0010010010010010019
    x92       obj       -1.8218218218218234E-4   tail92    -0.0020000000000000018
    x92       mono92    -1             icup92    -0.0010010010010010019
    x92       mono93    1              icdown93  -0.0010010010010010019
    x93       obj       -1.8418418418418434E-4   tail93    -0.0020000000000000018
    x93       mono93    -1             icup93    -0.0010010010010010019
    x93       mono94    1              icdown94  -0.0010010010010010019
    x94       obj       -1.8618618618618634E-4   tail94    -0.0020000000000000018
    x94       mono94    -1             icup94    -0.0010010010010010019
    x94       mono95    1              icdown95  -0.0010010010010010019
    x95       obj       -1.8818818818818836E-4   tail95    -0.0020000000000000018
    x95       mono95    -1             icup95    -0.0010010010010010019
    x95       mono96    1              icdown96  -0.0010010010010010019
    x96       obj       -1.9019019019019036E-4   tail96    -0.0020000000000000018
    x96       mono96    -1             icup96    -0.0010010010010010019
    x96       mono97    1              icdown97  -0.0010010010010010019
    x97       obj       -1.9219219219219236E-4   tail97    -0.0020000000000000018
    x97       mono97    -1             icup97    -0.0010010010010010019
    x97       mono98    1              icdown98  -0.0010010010010010019
    x98       obj       -1.9419419419419438E-4   tail98    -0.0020000000000000018
    x98       mono98    -1             icup98    -0.0010010010010010019
    x98       mono99    1              icdown99  -0.0010010010010010019
    x99       obj       -1.9619619619619638E-4   tail99    -0.0020000000000000018
    x99       mono99    -1             icup99    -0.0010010010010010019
    x99       mono100   1              icdown100  -0.0010010010010010019
    x100      obj       -1.9819819819819837E-4   tail100   -0.0020000000000000018
    x100      mono100   -1             icup100   -0.0010010010010010019
    x100      mono101   1              icdown101  -0.0010010010010010019
    x101      obj       -2.002002002002004E-4   tail101   -0.0020000000000000018
    x101      mono101   -1             icup101   -0.0010010010010010019
    x101      mono102   1              icdown102  -0.0010010010010010019
    x102      obj       -2.022022022021996E-4   tail102   -0.001999999999999974
    x102      mono102   -1             icup102   -0.0010010010010010019
    x102      mono103   1              icdown103  -0.001001001001000988
    x103      obj       -2.0420420420420437E-4   tail103   -0.0020000000000000018
    x103      mono103   -1             icup103   -0.001001001001000988
    x103      mono104   1              icdown104  -0.0010010010010010019
    x104      obj       -2.062062062062064E-4   tail104   -0.0020000000000000018
    x104      mono104   -1             icup104   -0.0010010010010010019
    x104      mono105   1              icdown105  -0.0010010010010010019
    x105      obj       -2.082082082082084E-4   tail105   -0.0020000000000000018
    x105      mono105   -1             icup105   -0.0010010010010010019
    x105      mono106   1              icdown106  -0.0010010010010010019
    x106      obj       -2.1021021021021039E-4   tail106   -0.0020000000000000018
    x106      mono106   -1             icup106   -0.0010010010010010019
    x106      mono107   1              icdown107  -0.0010010010010010019
    x107      obj       -2.122122122122124E-4   tail107   -0.0020000000000000018
    x107      mono107   -1             icup107   -0.0010010010010010019
    x107      mono108   1              icdown108  -0.0010010010010010019
    x108      obj       -2.142142142142144E-4   tail108   -0.0020000000000000018
    x108      mono108   -1             icup108   -0.0010010010010010019
    x108      mono109   1              icdown109  -0.0010010010010010019
    x109      obj       -2.162162162162164E-4   tail109   -0.0020000000000000018
    x109      mono109   -1             icup109   -0.0010010010010010019
    x109      mono110   1              icdown110  -0.0010010010010010019
    x110      obj       -2.1821821821821843E-4   tail110   -0.0020000000000000018
    x110      mono110   -1             icup110   -0.0010010010010010019
    x110      mono111   1              icdown111  -0.0010010010010010019
    x111      obj       -2.2022022022022043E-4   tail111   -0.0020000000000000018
    x111      mono111   -1             icup111   -0.0010010010010010019
    x111      mono112   1              icdown112  -0.0010010010010010019
    x112      obj       -2.2222222222222242E-4   tail112   -0.0020000000000000018
    x112      mono112   -1             icup112   -0.0010010010010010019
    x112      mono113   1              icdown113  -0.0010010010010010019
    x113      obj       -2.2422422422422445E-4   tail113   -0.0020000000000000018
    x113      mono113   -1             icup113   -0.0010010010010010019
    x113      mono114   1              icdown114  -0.0010010010010010019
    x114      obj       -2.2622622622622644E-4   tail114   -0.0020000000000000018
    x114      mono114   -1             icup114   -0.0010010010010010019
    x114      mono115   1              icdown115  -0.0010010010010010019
    x115      obj       -2.2822822822822844E-4   tail115   -0.0020000000000000018
    x115      mono115   -1             icup115   -0.0010010010010010019
    x115      mono116   1              icdown116  -0.0010010010010010019
    x116      obj       -2.3023023023023047E-4   tail116   -0.0020000000000000018
    x116      mono116   -1             icup116   -0.0010010010010010019
    x116      mono117   1              icdown117  -0.0010010010010010019
    x117      obj       -2.3223223223223246E-4   tail117   -0.0020000000000000018
    x117      mono117   -1             icup117   -0.0010010010010010019
    x117      mono118   1              icdown118  -0.0010010010010010019
    x118      obj       -2.342342342342312E-4   tail118   -0.001999999999999974
    x118      mono118   -1             icup118   -0.0010010010010010019
    x118      mono119   1              icdown119  -0.001001001001000988
    x119      obj       -2.3623623623623643E-4   tail119   -0.0020000000000000018
    x119      mono119   -1             icup119   -0.001001001001000988
    x119      mono120   1              icdown120  -0.0010010010010010019
    x120      obj       -2.3823823823823843E-4   tail120   -0.0020000000000000018
    x120      mono120   -1             icup120   -0.0010010010010010019
    x120      mono121   1              icdown121  -0.0010010010010010019
    x121      obj       -2.4024024024024042E-4   tail121   -0.0020000000000000018
    x121      mono121   -1             icup121   -0.0010010010010010019
    x121      mono122   1              icdown122  -0.0010010010010010019
    x122      obj       -2.4224224224224245E-4   tail122   -0.0020000000000000018
    x122      mono122   -1             icup122   -0.0010010010010010019
    x122      mono123   1              icdown123  -0.0010010010010010019
    x123      obj       -2.442442442442445E-4   tail123   -0.0020000000000000018
    x123      mono123   -1             icup123   -0.0010010010010010019
    x123      mono124   1              icdown124  -0.0010010010010010019
    x124      obj       -2.4624624624624647E-4   tail124   -0.0020000000000000018
    x124      mono124   -1             icup124   -0.0010010010010010019
    x124      mono125   1              icdown125  -0.0010010010010010019
    x125      obj       -2.4824824824824847E-4   tail125   -0.0020000000000000018
    x125      mono125   -1             icup125   -0.0010010010010010019
    x125      mono126   1              icdown126  -0.0010010010010010019
    x126      obj       -2.5025025025025046E-4   tail126   -0.0020000000000000018
    x126      mono126   -1             icup126   -0.0010010010010010019
    x126      mono127   1              icdown127  -0.0010010010010010019
    x127      obj       -2.5225225225225246E-4   tail127   -0.0020000000000000018
    x127      mono127   -1             icup127   -0.0010010010010010019
    x127      mono128   1              icdown128  -0.0010010010010010019
    x128      obj       -2.5425425425425446E-4   tail128   -0.0020000000000000018
    x128      mono128   -1             icup128   -0.0010010010010010019
    x128      mono129   1              icdown129  -0.0010010010010010019
    x129      obj       -2.562562562562565E-4   tail129   -0.0020000000000000018
    x129      mono129   -1             icup129   -0.0010010010010010019
    x129      mono130   1              icdown130  -0.0010010010010010019
    x130      obj       -2.582582582582585E-4   tail130   -0.0020000000000000018
    x130      mono130   -1             icup130   -0.0010010010010010019
    x130      mono131   1              icdown131  -0.0010010010010010019
    x131      obj       -2.602602602602605E-4   tail131   -0.0020000000000000018
    x131      mono131   -1             icup131   -0.0010010010010010019
    x131      mono132   1              icdown132  -0.0010010010010010019
    x132      obj       -2.622622622622625E-4   tail132   -0.0020000000000000018
    x132      mono132   -1             icup132   -0.0010010010010010019
    x132      mono133   1              icdown133  -0.0010010010010010019
    x133      obj       -2.642642642642645E-4   tail133   -0.0020000000000000018
    x133      mono133   -1             icup133   -0.0010010010010010019
    x133      mono134   1              icdown134  -0.0010010010010010019
    x134      obj       -2.662662662662665E-4   tail134   -0.0020000000000000018
    x134      mono134   -1             icup134   -0.0010010010010010019
    x134      mono135   1              icdown135  -0.0010010010010010019
    x135      obj       -2.6826826826826855E-4   tail135   -0.0020000000000000018
    x135      mono135   -1             icup135   -0.0010010010010010019
    x135      mono136   1              icdown136  -0.0010010010010010019
    x136      obj       -2.7027027027027055E-4   tail136   -0.0020000000000000018
    x136      mono136   -1             icup136   -0.0010010010010010019
    x136      mono137   1              icdown137  -0.0010010010010010019
    x137      obj       -2.7227227227227254E-4   tail137   -0.0020000000000000018
    x137      mono137   -1             icup137   -0.0010010010010010019
    x137      mono138   1              icdown138  -0.0010010010010010019
    x138      obj       -2.7427427427427454E-4   tail138   -0.0020000000000000018
    x138      mono138   -1             icup138   -0.0010010010010010019
    x138      mono139   1              icdown139  -0.0010010010010010019
    x139      obj       -2.7627627627627654E-4   tail139   -0.0020000000000000018
    x139      mono139   -1             icup139   -0.0010010010010010019
    x139      mono140   1              icdown140  -0.0010010010010010019
    x140      obj       -2.7827827827827853E-4   tail140   -0.0020000000000000018
    x140      mono140   -1             icup140   -0.0010010010010010019
    x140      mono141   1              icdown141  -0.0010010010010010019
    x141      obj       -2.802802802802728E-4   tail141   -0.0019999999999999463
    x141      mono141   -1             icup141   -0.0010010010010010019
    x141      mono142   1              icdown142  -0.001001001001000974
    x142      obj       -2.8228228228228253E-4   tail142   -0.0020000000000000018
    x142      mono142   -1             icup142   -0.001001001001000974
    x142      mono143   1              icdown143  -0.0010010010010010019
    x143      obj       -2.842842842842845E-4   tail143   -0.0020000000000000018
    x143      mono143   -1             icup143   -0.0010010010010010019
    x143      mono144   1              icdown144  -0.0010010010010010019
    x144      obj       -2.862862862862865E-4   tail144   -0.0020000000000000018
    x144      mono144   -1             icup144   -0.0010010010010010019
    x144      mono145   1              icdown145  -0.0010010010010010019
    x145      obj       -2.882882882882885E-4   tail145   -0.0020000000000000018
    x145      mono145   -1             icup145   -0.0010010010010010019
    x145      mono146   1              icdown146  -0.0010010010010010019
    x146      obj       -2.902902902902905E-4   tail146   -0.0020000000000000018
    x146      mono146   -1             icup146   -0.0010010010010010019
    x146      mono147   1              icdown147  -0.0010010010010010019
    x147      obj       -2.9229229229229257E-4   tail147   -0.0020000000000000018
    x147      mono147   -1             icup147   -0.0010010010010010019
    x147      mono148   1              icdown148  -0.0010010010010010019
    x148      obj       -2.9429429429429457E-4   tail148   -0.0020000000000000018
    x148      mono148   -1             icup148   -0.0010010010010010019
    x148      mono149   1              icdown149  -0.0010010010010010019
    x149      obj       -2.9629629629629656E-4   tail149   -0.0020000000000000018
    x149      mono149   -1             icup149   -0.0010010010010010019
    x149      mono150   1              icdown150  -0.0010010010010010019
    x150      obj       -2.9829829829829856E-4   tail150   -0.0020000000000000018
    x150      mono150   -1             icup150   -0.0010010010010010019
    x150      mono151   1              icdown151  -0.0010010010010010019
    x151      obj       -3.0030030030030056E-4   tail151   -0.0020000000000000018
    x151      mono151   -1             icup151   -0.0010010010010010019
    x151      mono152   1              icdown152  -0.0010010010010010019
    x152      obj       -3.0230230230230256E-4   tail152   -0.0020000000000000018
    x152      mono152   -1             icup152   -0.0010010010010010019
    x152      mono153   1              icdown153  -0.0010010010010010019
    x153      obj       -3.043043043043046E-4   tail153   -0.0020000000000000018
    x153      mono153   -1             icup153   -0.0010010010010010019
    x153      mono154   1              icdown154  -0.0010010010010010019
    x154      obj       -3.063063063063066E-4   tail154   -0.0020000000000000018
    x154      mono154   -1             icup154   -0.0010010010010010019
    x154      mono155   1              icdown155  -0.0010010010010010019
    x155      obj       -3.083083083083086E-4   tail155   -0.0020000000000000018
    x155      mono155   -1             icup155   -0.0010010010010010019
    x155      mono156   1              icdown156  -0.0010010010010010019
    x156      obj       -3.103103103103106E-4   tail156   -0.0020000000000000018
    x156      mono156   -1             icup156   -0.0010010010010010019
    x156      mono157   1              icdown157  -0.0010010010010010019
    x157      obj       -3.123123123123126E-4   tail157   -0.0020000000000000018
    x157      mono157   -1             icup157   -0.0010010010010010019
    x157      mono158   1              icdown158  -0.0010010010010010019
    x158      obj       -3.143143143143146E-4   tail158   -0.0020000000000000018
    x158      mono158   -1             icup158   -0.0010010010010010019
    x158      mono159   1              icdown159  -0.0010010010010010019
    x159      obj       -3.1631631631631664E-4   tail159   -0.0020000000000000018
    x159      mono159   -1             icup159   -0.0010010010010010019
    x159      mono160   1              icdown160  -0.0010010010010010019
    x160      obj       -3.1831831831831864E-4   tail160   -0.0020000000000000018
    x160      mono160   -1             icup160   -0.0010010010010010019
    x160      mono161   1              icdown161  -0.0010010010010010019
    x161      obj       -3.2032032032032064E-4   tail161   -0.0020000000000000018
    x161      mono161   -1             icup161   -0.0010010010010010019
    x161      mono162   1              icdown162  -0.0010010010010010019
    x162      obj       -3.2232232232232264E-4   tail162   -0.0020000000000000018
    x162      mono162   -1             icup162   -0.0010010010010010019
    x162      mono163   1              icdown163  -0.0010010010010010019
    x163      obj       -3.2432432432432463E-4   tail163   -0.0020000000000000018
    x163      mono163   -1             icup163   -0.0010010010010010019
    x163      mono164   1              icdown164  -0.0010010010010010019
    x164      obj       -3.2632632632632663E-4   tail164   -0.0020000000000000018
    x164      mono164   -1             icup164   -0.0010010010010010019
    x164      mono165   1              icdown165  -0.0010010010010010019
    x165      obj       -3.283283283283287E-4   tail165   -0.0020000000000000018
    x165      mono165   -1             icup165   -0.0010010010010010019
    x165      mono166   1              icdown166  -0.0010010010010010019
    x166      obj       -3.303303303303307E-4   tail166   -0.0020000000000000018
    x166      mono166   -1             icup166   -0.0010010010010010019
    x166      mono167   1              icdown167  -0.0010010010010010019
    x167      obj       -3.323323323323327E-4   tail167   -0.0020000000000000018
    x167      mono167   -1             icup167   -0.0010010010010010019
    x167      mono168   1              icdown168  -0.0010010010010010019
    x168      obj       -3.343343343343347E-4   tail168   -0.0020000000000000018
    x168      mono168   -1             icup168   -0.0010010010010010019
    x168      mono169   1              icdown169  -0.0010010010010010019
    x169      obj       -3.3633633633633667E-4   tail169   -0.0020000000000000018
    x169      mono169   -1             icup169   -0.0010010010010010019
    x169      mono170   1              icdown170  -0.0010010010010010019
    x170      obj       -3.383383383383386E-4   tail170   -0.0020000000000000018
    x170      mono170   -1             icup170   -0.0010010010010010019
    x170      mono171   1              icdown171  -0.0010010010010010019
    x171      obj       -3.4034034034034066E-4   tail171   -0.0020000000000000018
    x171      mono171   -1             icup171   -0.0010010010010010019
    x171      mono172   1              icdown172  -0.0010010010010010019
    x172      obj       -3.423423423423332E-4   tail172   -0.0019999999999999463
    x172      mono172   -1             icup172   -0.0010010010010010019
    x172      mono173   1              icdown173  -0.001001001001000974
    x173      obj       -3.443443443443446E-4   tail173   -0.0020000000000000018
    x173      mono173   -1             icup173   -0.001001001001000974
    x173      mono174   1              icdown174  -0.0010010010010010019
    x174      obj       -3.463463463463466E-4   tail174   -0.0020000000000000018
    x174      mono174   -1             icup174   -0.0010010010010010019
    x174      mono175   1              icdown175  -0.0010010010010010019
    x175      obj       -3.483483483483486E-4   tail175   -0.0020000000000000018
    x175      mono175   -1             icup175   -0.0010010010010010019
    x175      mono176   1              icdown176  -0.0010010010010010019
    x176      obj       -3.503503503503506E-4   tail176   -0.0020000000000000018
    x176      mono176   -1             icup176   -0.0010010010010010019
    x176      mono177   1              icdown177  -0.0010010010010010019
    x177      obj       -3.5235235235235265E-4   tail177   -0.0020000000000000018
    x177      mono177   -1             icup177   -0.0010010010010010019
    x177      mono178   1              icdown178  -0.0010010010010010019
    x178      obj       -3.5435435435435465E-4   tail178   -0.0020000000000000018
    x178      mono178   -1             icup178   -0.0010010010010010019
    x178      mono179   1              icdown179  -0.0010010010010010019
    x179      obj       -3.5635635635635664E-4   tail179   -0.0020000000000000018
    x179      mono179   -1             icup179   -0.0010010010010010019
    x179      mono180   1              icdown180  -0.0010010010010010019
    x180      obj       -3.5835835835835864E-4   tail180   -0.0020000000000000018
    x180      mono180   -1             icup180   -0.0010010010010010019
    x180      mono181   1              icdown181  -0.0010010010010010019
    x181      obj       -3.6036036036036064E-4   tail181   -0.0020000000000000018
    x181      mono181   -1             icup181   -0.0010010010010010019
    x181      mono182   1              icdown182  -0.0010010010010010019
    x182      obj       -3.6236236236236263E-4   tail182   -0.0020000000000000018
    x182      mono182   -1             icup182   -0.0010010010010010019
    x182      mono183   1              icdown183  -0.0010010010010010019
    x183      obj       -3.643643643643647E-4   tail183   -0.0020000000000000018
    x183      mono183   -1             icup183   -0.0010010010010010019
    x183      mono184   1              icdown184  -0.0010010010010010019
    x184      obj       -3.663663663663667E-4   tail184   -0.0020000000000000018
    x184      mono184   -1             icup184   -0.0010010010010010019
    x184      mono185   1              icdown185  -0.0010010010010010019
    x185      obj       -3.683683683683687E-4   tail185   -0.0020000000000000018
    x185      mono185   -1             icup185   -0.0010010010010010019
    x185      mono186   1              icdown186  -0.0010010010010010019
    x186      obj       -3.703703703703707E-4   tail186   -0.0020000000000000018
    x186      mono186   -1             icup186   -0.0010010010010010019
    x186      mono187   1              icdown187  -0.0010010010010010019
    x187      obj       -3.723723723723727E-4   tail187   -0.0020000000000000018
    x187      mono187   -1             icup187   -0.0010010010010010019
    x187      mono188   1              icdown188  -0.0010010010010010019
    x188      obj       -3.7437437437437467E-4   tail188   -0.0020000000000000018
    x188      mono188   -1             icup188   -0.0010010010010010019
    x188      mono189   1              icdown189  -0.0010010010010010019
    x189      obj       -3.763763763763767E-4   tail189   -0.0020000000000000018
    x189      mono189   -1             icup189   -0.0010010010010010019
    x189      mono190   1              icdown190  -0.0010010010010010019
    x190      obj       -3.783783783783787E-4   tail190   -0.0020000000000000018
    x190      mono190   -1             icup190   -0.0010010010010010019
    x190      mono191   1              icdown191  -0.0010010010010010019
    x191      obj       -3.803803803803807E-4   tail191   -0.0020000000000000018
    x191      mono191   -1             icup191   -0.0010010010010010019
    x191      mono192   1              icdown192  -0.0010010010010010019
    x192      obj       -3.823823823823827E-4   tail192   -0.0020000000000000018
    x192      mono192   -1             icup192   -0.0010010010010010019
    x192      mono193   1              icdown193  -0.0010010010010010019
    x193      obj       -3.843843843843847E-4   tail193   -0.0020000000000000018
    x193      mono193   -1             icup193   -0.0010010010010010019
    x193      mono194   1              icdown194  -0.0010010010010010019
    x194      obj       -3.863863863863867E-4   tail194   -0.0020000000000000018
    x194      mono194   -1             icup194   -0.0010010010010010019
    x194      mono195   1              icdown195  -0.0010010010010010019
    x195      obj       -3.8838838838838876E-4   tail195   -0.0020000000000000018
    x195      mono195   -1             icup195   -0.0010010010010010019
    x195      mono196   1              icdown196  -0.0010010010010010019
    x196      obj       -3.9039039039039076E-4   tail196   -0.0020000000000000018
    x196      mono196   -1             icup196   -0.0010010010010010019
    x196      mono197   1              icdown197  -0.0010010010010010019
    x197      obj       -3.9239239239239276E-4   tail197   -0.0020000000000000018
    x197      mono197   -1             icup197   -0.0010010010010010019
    x197      mono198   1              icdown198  -0.0010010010010010019
    x198      obj       -3.9439439439439475E-4   tail198   -0.0020000000000000018
    x198      mono198   -1             icup198   -0.0010010010010010019
    x198      mono199   1              icdown199  -0.0010010010010010019
    x199      obj       -3.9639639639639675E-4   tail199   -0.0020000000000000018
    x199      mono199   -1             icup199   -0.0010010010010010019
    x199      mono200   1              icdown200  -0.0010010010010010019
    x200      obj       -3.9839839839839875E-4   tail200   -0.0020000000000000018
    x200      mono200   -1             icup200   -0.0010010010010010019
    x200      mono201   1              icdown201  -0.0010010010010010019
    x201      obj       -4.004004004004008E-4   tail201   -0.0020000000000000018
    x201      mono201   -1             icup201   -0.0010010010010010019
    x201      mono202   1              icdown202  -0.0010010010010010019
    x202      obj       -4.024024024024028E-4   tail202   -0.0020000000000000018
    x202      mono202   -1             icup202   -0.0010010010010010019
    x202      mono203   1              icdown203  -0.0010010010010010019
    x203      obj       -4.044044044044048E-4   tail203   -0.0020000000000000018
    x203      mono203   -1             icup203   -0.0010010010010010019
    x203      mono204   1              icdown204  -0.0010010010010010019
    x204      obj       -4.064064064063955E-4   tail204   -0.0019999999999999463
    x204      mono204   -1             icup204   -0.0010010010010010019
    x204      mono205   1              icdown205  -0.001001001001000974
    x205      obj       -4.0840840840840873E-4   tail205   -0.0020000000000000018
    x205      mono205   -1             icup205   -0.001001001001000974
    x205      mono206   1              icdown206  -0.0010010010010010019
    x206      obj       -4.1041041041041073E-4   tail206   -0.0020000000000000018
    x206      mono206   -1             icup206   -0.0010010010010010019
    x206      mono207   1              icdown207  -0.0010010010010010019
    x207      obj       -4.124124124124128E-4   tail207   -0.0020000000000000018
    x207      mono207   -1             icup207   -0.0010010010010010019
    x207      mono208   1              icdown208  -0.0010010010010010019
    x208      obj       -4.144144144144148E-4   tail208   -0.0020000000000000018
    x208      mono208   -1             icup208   -0.0010010010010010019
    x208      mono209   1              icdown209  -0.0010010010010010019
    x209      obj       -4.164164164164168E-4   tail209   -0.0020000000000000018
    x209      mono209   -1             icup209   -0.0010010010010010019
    x209      mono210   1              icdown210  -0.0010010010010010019
    x210      obj       -4.184184184184188E-4   tail210   -0.0020000000000000018
    x210      mono210   -1             icup210   -0.0010010010010010019
    x210      mono211   1              icdown211  -0.0010010010010010019
    x211      obj       -4.2042042042042077E-4   tail211   -0.0020000000000000018
    x211      mono211   -1             icup211   -0.0010010010010010019
    x211      mono212   1              icdown212  -0.0010010010010010019
    x212      obj       -4.2242242242242277E-4   tail212   -0.0020000000000000018
    x212      mono212   -1             icup212   -0.0010010010010010019
    x212      mono213   1              icdown213  -0.0010010010010010019
    x213      obj       -4.244244244244248E-4   tail213   -0.0020000000000000018
    x213      mono213   -1             icup213   -0.0010010010010010019
    x213      mono214   1              icdown214  -0.0010010010010010019
    x214      obj       -4.264264264264268E-4   tail214   -0.0020000000000000018
    x214      mono214   -1             icup214   -0.0010010010010010019
    x214      mono215   1              icdown215  -0.0010010010010010019
    x215      obj       -4.284284284284288E-4   tail215   -0.0020000000000000018
    x215      mono215   -1             icup215   -0.0010010010010010019
    x215      mono216   1              icdown216  -0.0010010010010010019
    x216      obj       -4.304304304304308E-4   tail216   -0.0020000000000000018
    x216      mono216   -1             icup216   -0.0010010010010010019
    x216      mono217   1              icdown217  -0.0010010010010010019
    x217      obj       -4.324324324324328E-4   tail217   -0.0020000000000000018
    x217      mono217   -1             icup217   -0.0010010010010010019
    x217      mono218   1              icdown218  -0.0010010010010010019
    x218      obj       -4.344344344344348E-4   tail218   -0.0020000000000000018
    x218      mono218   -1             icup218   -0.0010010010010010019
    x218      mono219   1              icdown219  -0.0010010010010010019
    x219      obj       -4.3643643643643686E-4   tail219   -0.0020000000000000018
    x219      mono219   -1             icup219   -0.0010010010010010019
    x219      mono220   1              icdown220  -0.0010010010010010019
    x220      obj       -4.3843843843843885E-4   tail220   -0.0020000000000000018
    x220      mono220   -1             icup220   -0.0010010010010010019
    x220      mono221   1              icdown221  -0.0010010010010010019
    x221      obj       -4.4044044044044085E-4   tail221   -0.0020000000000000018
    x221      mono221   -1             icup221   -0.0010010010010010019
    x221      mono222   1              icdown222  -0.0010010010010010019
    x222      obj       -4.4244244244244285E-4   tail222   -0.0020000000000000018
    x222      mono222   -1             icup222   -0.0010010010010010019
    x222      mono223   1              icdown223  -0.0010010010010010019
    x223      obj       -4.4444444444444485E-4   tail223   -0.0020000000000000018
    x223      mono223   -1             icup223   -0.0010010010010010019
    x223      mono224   1              icdown224  -0.0010010010010010019
    x224      obj       -4.4644644644644684E-4   tail224   -0.0020000000000000018
    x224      mono224   -1             icup224   -0.0010010010010010019
    x224      mono225   1              icdown225  -0.0010010010010010019
    x225      obj       -4.484484484484489E-4   tail225   -0.0020000000000000018
    x225      mono225   -1             icup225   -0.0010010010010010019
    x225      mono226   1              icdown226  -0.0010010010010010019
    x226      obj       -4.504504504504509E-4   tail226   -0.0020000000000000018
    x226      mono226   -1             icup226   -0.0010010010010010019
    x226      mono227   1              icdown227  -0.0010010010010010019
    x227      obj       -4.524524524524529E-4   tail227   -0.0020000000000000018
    x227      mono227   -1             icup227   -0.0010010010010010019
    x227      mono228   1              icdown228  -0.0010010010010010019
    x228      obj       -4.544544544544549E-4   tail228   -0.0020000000000000018
    x228      mono228   -1             icup228   -0.0010010010010010019
    x228      mono229   1              icdown229  -0.0010010010010010019
    x229      obj       -4.564564564564569E-4   tail229   -0.0020000000000000018
    x229      mono229   -1             icup229   -0.0010010010010010019
    x229      mono230   1              icdown230  -0.0010010010010010019
    x230      obj       -4.584584584584589E-4   tail230   -0.0020000000000000018
    x230      mono230   -1             icup230   -0.0010010010010010019
    x230      mono231   1              icdown231  -0.0010010010010010019
    x231      obj       -4.6046046046046093E-4   tail231   -0.0020000000000000018
    x231      mono231   -1             icup231   -0.0010010010010010019
    x231      mono232   1              icdown232  -0.0010010010010010019
    x232      obj       -4.6246246246246293E-4   tail232   -0.0020000000000000018
    x232      mono232   -1             icup232   -0.0010010010010010019
    x232      mono233   1              icdown233  -0.0010010010010010019
    x233      obj       -4.644644644644649E-4   tail233   -0.0020000000000000018
    x233      mono233   -1             icup233   -0.0010010010010010019
    x233      mono234   1              icdown234  -0.0010010010010010019
    x234      obj       -4.664664664664669E-4   tail234   -0.0020000000000000018
    x234      mono234   -1             icup234   -0.0010010010010010019
    x234      mono235   1              icdown235  -0.0010010010010010019
    x235      obj       -4.684684684684559E-4   tail235   -0.0019999999999999463
    x235      mono235   -1             icup235   -0.0010010010010010019
    x235      mono236   1              icdown236  -0.001001001001000974
    x236      obj       -4.7047047047047086E-4   tail236   -0.0020000000000000018
    x236      mono236   -1             icup236   -0.001001001001000974
    x236      mono237   1              icdown237  -0.0010010010010010019
    x237      obj       -4.7247247247247286E-4   tail237   -0.0020000000000000018
    x237      mono237   -1             icup237   -0.0010010010010010019
    x237      mono238   1              icdown238  -0.0010010010010010019
    x238      obj       -4.7447447447447486E-4   tail238   -0.0020000000000000018
    x238      mono238   -1             icup238   -0.0010010010010010019
    x238      mono239   1              icdown239  -0.0010010010010010019
    x239      obj       -4.7647647647647685E-4   tail239   -0.0020000000000000018
    x239      mono239   -1             icup239   -0.0010010010010010019
    x239      mono240   1              icdown240  -0.0010010010010010019
    x240      obj       -4.7847847847847885E-4   tail240   -0.0020000000000000018
    x240      mono240   -1             icup240   -0.0010010010010010019
    x240      mono241   1              icdown241  -0.0010010010010010019
    x241      obj       -4.8048048048048085E-4   tail241   -0.0020000000000000018
    x241      mono241   -1             icup241   -0.0010010010010010019
    x241      mono242   1              icdown242  -0.0010010010010010019
    x242      obj       -4.8248248248248285E-4   tail242   -0.0020000000000000018
    x242      mono242   -1             icup242   -0.0010010010010010019
    x242      mono243   1              icdown243  -0.0010010010010010019
    x243      obj       -4.844844844844849E-4   tail243   -0.0020000000000000018
    x243      mono243   -1             icup243   -0.0010010010010010019
    x243      mono244   1              icdown244  -0.0010010010010010019
    x244      obj       -4.864864864864869E-4   tail244   -0.0020000000000000018
    x244      mono244   -1             icup244   -0.0010010010010010019
    x244      mono245   1              icdown245  -0.0010010010010010019
    x245      obj       -4.88488488488489E-4   tail245   -0.0020000000000000018
    x245      mono245   -1             icup245   -0.0010010010010010019
    x245      mono246   1              icdown246  -0.0010010010010010019
    x246      obj       -4.904904904904909E-4   tail246   -0.0020000000000000018
    x246      mono246   -1             icup246   -0.0010010010010010019
    x246      mono247   1              icdown247  -0.0010010010010010019
    x247      obj       -4.924924924924929E-4   tail247   -0.0020000000000000018
    x247      mono247   -1             icup247   -0.0010010010010010019
    x247      mono248   1              icdown248  -0.0010010010010010019
    x248      obj       -4.944944944944949E-4   tail248   -0.0020000000000000018
    x248      mono248   -1             icup248   -0.0010010010010010019
    x248      mono249   1              icdown249  -0.0010010010010010019
    x249      obj       -4.964964964964969E-4   tail249   -0.0020000000000000018
    x249      mono249   -1             icup249   -0.0010010010010010019
    x249      mono250   1              icdown250  -0.0010010010010010019
    x250      obj       -4.984984984984989E-4   tail250   -0.0020000000000000018
    x250      mono250   -1             icup250   -0.0010010010010010019
    x250      mono251   1              icdown251  -0.0010010010010010019
    x251      obj       -5.005005005005009E-4   tail251   -0.0020000000000000018
    x251      mono251   -1             icup251   -0.0010010010010010019
    x251      mono252   1              icdown252  -0.0010010010010010019
    x252      obj       -5.02502502502503E-4   tail252   -0.0020000000000000018
    x252      mono252   -1             icup252   -0.0010010010010010019
    x252      mono253   1              icdown253  -0.0010010010010010019
    x253      obj       -5.045045045045049E-4   tail253   -0.0020000000000000018
    x253      mono253   -1             icup253   -0.0010010010010010019
    x253      mono254   1              icdown254  -0.0010010010010010019
    x254      obj       -5.06506506506507E-4   tail254   -0.0020000000000000018
    x254      mono254   -1             icup254   -0.0010010010010010019
    x254      mono255   1              icdown255  -0.0010010010010010019
    x255      obj       -5.085085085085089E-4   tail255   -0.0020000000000000018
    x255      mono255   -1             icup255   -0.0010010010010010019
    x255      mono256   1              icdown256  -0.0010010010010010019
    x256      obj       -5.10510510510511E-4   tail256   -0.0020000000000000018
    x256      mono256   -1             icup256   -0.0010010010010010019
    x256      mono257   1              icdown257  -0.0010010010010010019
    x257      obj       -5.12512512512513E-4   tail257   -0.0020000000000000018
    x257      mono257   -1             icup257   -0.0010010010010010019
    x257      mono258   1              icdown258  -0.0010010010010010019
    x258      obj       -5.14514514514515E-4   tail258   -0.0020000000000000018
    x258      mono258   -1             icup258   -0.0010010010010010019
    x258      mono259   1              icdown259  -0.0010010010010010019
    x259      obj       -5.16516516516517E-4   tail259   -0.0020000000000000018
    x259      mono259   -1             icup259   -0.0010010010010010019
    x259      mono260   1              icdown260  -0.0010010010010010019
    x260      obj       -5.18518518518519E-4   tail260   -0.0020000000000000018
    x260      mono260   -1             icup260   -0.0010010010010010019
    x260      mono261   1              icdown261  -0.0010010010010010019
    x261      obj       -5.20520520520521E-4   tail261   -0.0020000000000000018
    x261      mono261   -1             icup261   -0.0010010010010010019
    x261      mono262   1              icdown262  -0.0010010010010010019
    x262      obj       -5.22522522522523E-4   tail262   -0.0020000000000000018
    x262      mono262   -1             icup262   -0.0010010010010010019
    x262      mono263   1              icdown263  -0.0010010010010010019
    x263      obj       -5.24524524524525E-4   tail263   -0.0020000000000000018
    x263      mono263   -1             icup263   -0.0010010010010010019
    x263      mono264   1              icdown264  -0.0010010010010010019
    x264      obj       -5.265265265265271E-4   tail264   -0.0020000000000000018
    x264      mono264   -1             icup264   -0.0010010010010010019
    x264      mono265   1              icdown265  -0.0010010010010010019
    x265      obj       -5.28528528528529E-4   tail265   -0.0020000000000000018
    x265      mono265   -1             icup265   -0.0010010010010010019
    x265      mono266   1              icdown266  -0.0010010010010010019
    x266      obj       -5.30530530530531E-4   tail266   -0.0020000000000000018
    x266      mono266   -1             icup266   -0.0010010010010010019
    x266      mono267   1              icdown267  -0.0010010010010010019
    x267      obj       -5.32532532532533E-4   tail267   -0.0020000000000000018
    x267      mono267   -1             icup267   -0.0010010010010010019
    x267      mono268   1              icdown268  -0.0010010010010010019
    x268      obj       -5.34534534534535E-4   tail268   -0.0020000000000000018
    x268      mono268   -1             icup268   -0.0010010010010010019
    x268      mono269   1              icdown269  -0.0010010010010010019
    x269      obj       -5.365365365365371E-4   tail269   -0.0020000000000000018
    x269      mono269   -1             icup269   -0.0010010010010010019
    x269      mono270   1              icdown270  -0.0010010010010010019
    x270      obj       -5.38538538538539E-4   tail270   -0.0020000000000000018
    x270      mono270   -1             icup270   -0.0010010010010010019
    x270      mono271   1              icdown271  -0.0010010010010010019
    x271      obj       -5.405405405405411E-4   tail271   -0.0020000000000000018
    x271      mono271   -1             icup271   -0.0010010010010010019
    x271      mono272   1              icdown272  -0.0010010010010010019
    x272      obj       -5.42542542542543E-4   tail272   -0.0020000000000000018
    x272      mono272   -1             icup272   -0.0010010010010010019
    x272      mono273   1              icdown273  -0.0010010010010010019
    x273      obj       -5.445445445445451E-4   tail273   -0.0020000000000000018
    x273      mono273   -1             icup273   -0.0010010010010010019
    x273      mono274   1              icdown274  -0.0010010010010010019
    x274      obj       -5.46546546546547E-4   tail274   -0.0020000000000000018
    x274      mono274   -1             icup274   -0.0010010010010010019
    x274      mono275   1              icdown275  -0.0010010010010010019
    x275      obj       -5.485485485485491E-4   tail275   -0.0020000000000000018
    x275      mono275   -1             icup275   -0.0010010010010010019
    x275      mono276   1              icdown276  -0.0010010010010010019
    x276      obj       -5.505505505505511E-4   tail276   -0.0020000000000000018
    x276      mono276   -1             icup276   -0.0010010010010010019
    x276      mono277   1              icdown277  -0.0010010010010010019
    x277      obj       -5.525525525525531E-4   tail277   -0.0020000000000000018
    x277      mono277   -1             icup277   -0.0010010010010010019
    x277      mono278   1              icdown278  -0.0010010010010010019
    x278      obj       -5.545545545545551E-4   tail278   -0.0020000000000000018
    x278      mono278   -1             icup278   -0.0010010010010010019
    x278      mono279   1              icdown279  -0.0010010010010010019
    x279      obj       -5.565565565565571E-4   tail279   -0.0020000000000000018
    x279      mono279   -1             icup279   -0.0010010010010010019
    x279      mono280   1              icdown280  -0.0010010010010010019
    x280      obj       -5.585585585585591E-4   tail280   -0.0020000000000000018
    x280      mono280   -1             icup280   -0.0010010010010010019
    x280      mono281   1              icdown281  -0.0010010010010010019
    x281      obj       -5.605605605605612E-4   tail281   -0.0020000000000000018
    x281      mono281   -1             icup281   -0.0010010010010010019
    x281      mono282   1              icdown282  -0.0010010010010010019
    x282      obj       -5.625625625625319E-4   tail282   -0.0019999999999998908
    x282      mono282   -1             icup282   -0.0010010010010010019
    x282      mono283   1              icdown283  -0.0010010010010009463
    x283      obj       -5.645645645645651E-4   tail283   -0.0020000000000000018
    x283      mono283   -1             icup283   -0.0010010010010009463
    x283      mono284   1              icdown284  -0.0010010010010010019
    x284      obj       -5.66566566566567E-4   tail284   -0.0020000000000000018
    x284      mono284   -1             icup284   -0.0010010010010010019
    x284      mono285   1              icdown285  -0.0010010010010010019
    x285      obj       -5.68568568568569E-4   tail285   -0.0020000000000000018
    x285      mono285   -1             icup285   -0.0010010010010010019
    x285      mono286   1              icdown286  -0.0010010010010010019
    x286      obj       -5.70570570570571E-4   tail286   -0.0020000000000000018
    x286      mono286   -1             icup286   -0.0010010010010010019
    x286      mono287   1              icdown287  -0.0010010010010010019
    x287      obj       -5.72572572572573E-4   tail287   -0.0020000000000000018
    x287      mono287   -1             icup287   -0.0010010010010010019
    x287      mono288   1              icdown288  -0.0010010010010010019
    x288      obj       -5.745745745745751E-4   tail288   -0.0020000000000000018
    x288      mono288   -1             icup288   -0.0010010010010010019
    x288      mono289   1              icdown289  -0.0010010010010010019
    x289      obj       -5.76576576576577E-4   tail289   -0.0020000000000000018
    x289      mono289   -1             icup289   -0.0010010010010010019
    x289      mono290   1              icdown290  -0.0010010010010010019
    x290      obj       -5.785785785785791E-4   tail290   -0.0020000000000000018
    x290      mono290   -1             icup290   -0.0010010010010010019
    x290      mono291   1              icdown291  -0.0010010010010010019
    x291      obj       -5.80580580580581E-4   tail291   -0.0020000000000000018
    x291      mono291   -1             icup291   -0.0010010010010010019
    x291      mono292   1              icdown292  -0.0010010010010010019
    x292      obj       -5.825825825825831E-4   tail292   -0.0020000000000000018
    x292      mono292   -1             icup292   -0.0010010010010010019
    x292      mono293   1              icdown293  -0.0010010010010010019
    x293      obj       -5.845845845845851E-4   tail293   -0.0020000000000000018
    x293      mono293   -1             icup293   -0.0010010010010010019
    x293      mono294   1              icdown294  -0.0010010010010010019
    x294      obj       -5.865865865865871E-4   tail294   -0.0020000000000000018
    x294      mono294   -1             icup294   -0.0010010010010010019
    x294      mono295   1              icdown295  -0.0010010010010010019
    x295      obj       -5.885885885885891E-4   tail295   -0.0020000000000000018
    x295      mono295   -1             icup295   -0.0010010010010010019
    x295      mono296   1              icdown296  -0.0010010010010010019
    x296      obj       -5.905905905905911E-4   tail296   -0.0020000000000000018
    x296      mono296   -1             icup296   -0.0010010010010010019
    x296      mono297   1              icdown297  -0.0010010010010010019
    x297      obj       -5.925925925925931E-4   tail297   -0.0020000000000000018
    x297      mono297   -1             icup297   -0.0010010010010010019
    x297      mono298   1              icdown298  -0.0010010010010010019
    x298      obj       -5.945945945945951E-4   tail298   -0.0020000000000000018
    x298      mono298   -1             icup298   -0.0010010010010010019
    x298      mono299   1              icdown299  -0.0010010010010010019
    x299      obj       -5.965965965965971E-4   tail299   -0.0020000000000000018
    x299      mono299   -1             icup299   -0.0010010010010010019
    x299      mono300   1              icdown300  -0.0010010010010010019
    x300      obj       -5.985985985985992E-4   tail300   -0.0020000000000000018
    x300      mono300   -1             icup300   -0.0010010010010010019
    x300      mono301   1              icdown301  -0.0010010010010010019
    x301      obj       -6.006006006006011E-4   tail301   -0.0020000000000000018
    x301      mono301   -1             icup301   -0.0010010010010010019
    x301      mono302   1              icdown302  -0.0010010010010010019
    x302      obj       -6.026026026026032E-4   tail302   -0.0020000000000000018
    x302      mono302   -1             icup302   -0.0010010010010010019
    x302      mono303   1              icdown303  -0.0010010010010010019
    x303      obj       -6.046046046046051E-4   tail303   -0.0020000000000000018
    x303      mono303   -1             icup303   -0.0010010010010010019
    x303      mono304   1              icdown304  -0.0010010010010010019
    x304      obj       -6.066066066066072E-4   tail304   -0.0020000000000000018
    x304      mono304   -1             icup304   -0.0010010010010010019
    x304      mono305   1              icdown305  -0.0010010010010010019
    x305      obj       -6.086086086086092E-4   tail305   -0.0020000000000000018
    x305      mono305   -1             icup305   -0.0010010010010010019
    x305      mono306   1              icdown306  -0.0010010010010010019
    x306      obj       -6.106106106106112E-4   tail306   -0.0020000000000000018
    x306      mono306   -1             icup306   -0.0010010010010010019
    x306      mono307   1              icdown307  -0.0010010010010010019
    x307      obj       -6.126126126126132E-4   tail307   -0.0020000000000000018
    x307      mono307   -1             icup307   -0.0010010010010010019
    x307      mono308   1              icdown308  -0.0010010010010010019
    x308      obj       -6.146146146146152E-4   tail308   -0.0020000000000000018
    x308      mono308   -1             icup308   -0.0010010010010010019
    x308      mono309   1              icdown309  -0.0010010010010010019
    x309      obj       -6.166166166166172E-4   tail309   -0.0020000000000000018
    x309      mono309   -1             icup309   -0.0010010010010010019
    x309      mono310   1              icdown310  -0.0010010010010010019
    x310      obj       -6.186186186186191E-4   tail310   -0.0020000000000000018
    x310      mono310   -1             icup310   -0.0010010010010010019
    x310      mono311   1              icdown311  -0.0010010010010010019
    x311      obj       -6.206206206206212E-4   tail311   -0.0020000000000000018
    x311      mono311   -1             icup311   -0.0010010010010010019
    x311      mono312   1              icdown312  -0.0010010010010010019
    x312      obj       -6.226226226226232E-4   tail312   -0.0020000000000000018
    x312      mono312   -1             icup312   -0.0010010010010010019
    x312      mono313   1              icdown313  -0.0010010010010010019
    x313      obj       -6.246246246246252E-4   tail313   -0.0020000000000000018
    x313      mono313   -1             icup313   -0.0010010010010010019
    x313      mono314   1              icdown314  -0.0010010010010010019
    x314      obj       -6.266266266266272E-4   tail314   -0.0020000000000000018
    x314      mono314   -1             icup314   -0.0010010010010010019
    x314      mono315   1              icdown315  -0.0010010010010010019
    x315      obj       -6.286286286286292E-4   tail315   -0.0020000000000000018
    x315      mono315   -1             icup315   -0.0010010010010010019
    x315      mono316   1              icdown316  -0.0010010010010010019
    x316      obj       -6.306306306306312E-4   tail316   -0.0020000000000000018
    x316      mono316   -1             icup316   -0.0010010010010010019
    x316      mono317   1              icdown317  -0.0010010010010010019
    x317      obj       -6.326326326326333E-4   tail317   -0.0020000000000000018
    x317      mono317   -1             icup317   -0.0010010010010010019
    x317      mono318   1              icdown318  -0.0010010010010010019
    x318      obj       -6.346346346346352E-4   tail318   -0.0020000000000000018
    x318      mono318   -1             icup318   -0.0010010010010010019
    x318      mono319   1              icdown319  -0.0010010010010010019
    x319      obj       -6.366366366366373E-4   tail319   -0.0020000000000000018
    x319      mono319   -1             icup319   -0.0010010010010010019
    x319      mono320   1              icdown320  -0.0010010010010010019
    x320      obj       -6.386386386386392E-4   tail320   -0.0020000000000000018
    x320      mono320   -1             icup320   -0.0010010010010010019
    x320      mono321   1              icdown321  -0.0010010010010010019
    x321      obj       -6.406406406406413E-4   tail321   -0.0020000000000000018
    x321      mono321   -1             icup321   -0.0010010010010010019
    x321      mono322   1              icdown322  -0.0010010010010010019
    x322      obj       -6.426426426426432E-4   tail322   -0.0020000000000000018
    x322      mono322   -1             icup322   -0.0010010010010010019
    x322      mono323   1              icdown323  -0.0010010010010010019
    x323      obj       -6.446446446446453E-4   tail323   -0.0020000000000000018
    x323      mono323   -1             icup323   -0.0010010010010010019
    x323      mono324   1              icdown324  -0.0010010010010010019
    x324      obj       -6.466466466466473E-4   tail324   -0.0020000000000000018
    x324      mono324   -1             icup324   -0.0010010010010010019
    x324      mono325   1              icdown325  -0.0010010010010010019
    x325      obj       -6.486486486486493E-4   tail325   -0.0020000000000000018
    x325      mono325   -1             icup325   -0.0010010010010010019
    x325      mono326   1              icdown326  -0.0010010010010010019
    x326      obj       -6.506506506506513E-4   tail326   -0.0020000000000000018
    x326      mono326   -1             icup326   -0.0010010010010010019
    x326      mono327   1              icdown327  -0.0010010010010010019
    x327      obj       -6.526526526526533E-4   tail327   -0.0020000000000000018
    x327      mono327   -1             icup327   -0.0010010010010010019
    x327      mono328   1              icdown328  -0.0010010010010010019
    x328      obj       -6.546546546546553E-4   tail328   -0.0020000000000000018
    x328      mono328   -1             icup328   -0.0010010010010010019
    x328      mono329   1              icdown329  -0.0010010010010010019
    x329      obj       -6.566566566566574E-4   tail329   -0.0020000000000000018
    x329      mono329   -1             icup329   -0.0010010010010010019
    x329      mono330   1              icdown330  -0.0010010010010010019
    x330      obj       -6.586586586586593E-4   tail330   -0.0020000000000000018
    x330      mono330   -1             icup330   -0.0010010010010010019
    x330      mono331   1              icdown331  -0.0010010010010010019
    x331      obj       -6.606606606606614E-4   tail331   -0.0020000000000000018
    x331      mono331   -1             icup331   -0.0010010010010010019
    x331      mono332   1              icdown332  -0.0010010010010010019
    x332      obj       -6.626626626626633E-4   tail332   -0.0020000000000000018
    x332      mono332   -1             icup332   -0.0010010010010010019
    x332      mono333   1              icdown333  -0.0010010010010010019
    x333      obj       -6.646646646646654E-4   tail333   -0.0020000000000000018
    x333      mono333   -1             icup333   -0.0010010010010010019
    x333      mono334   1              icdown334  -0.0010010010010010019
    x334      obj       -6.666666666666673E-4   tail334   -0.0020000000000000018
    x334      mono334   -1             icup334   -0.0010010010010010019
    x334      mono335   1              icdown335  -0.0010010010010010019
    x335      obj       -6.686686686686693E-4   tail335   -0.0020000000000000018
    x335      mono335   -1             icup335   -0.0010010010010010019
    x335      mono336   1              icdown336  -0.0010010010010010019
    x336      obj       -6.706706706706714E-4   tail336   -0.0020000000000000018
    x336      mono336   -1             icup336   -0.0010010010010010019
    x336      mono337   1              icdown337  -0.0010010010010010019
    x337      obj       -6.726726726726733E-4   tail337   -0.0020000000000000018
    x337      mono337   -1             icup337   -0.0010010010010010019
    x337      mono338   1              icdown338  -0.0010010010010010019
    x338      obj       -6.746746746746753E-4   tail338   -0.0020000000000000018
    x338      mono338   -1             icup338   -0.0010010010010010019
    x338      mono339   1              icdown339  -0.0010010010010010019
    x339      obj       -6.766766766766772E-4   tail339   -0.0020000000000000018
    x339      mono339   -1             icup339   -0.0010010010010010019
    x339      mono340   1              icdown340  -0.0010010010010010019
    x340      obj       -6.786786786786793E-4   tail340   -0.0020000000000000018
    x340      mono340   -1             icup340   -0.0010010010010010019
    x340      mono341   1              icdown341  -0.0010010010010010019
    x341      obj       -6.806806806806813E-4   tail341   -0.0020000000000000018
    x341      mono341   -1             icup341   -0.0010010010010010019
    x341      mono342   1              icdown342  -0.0010010010010010019
    x342      obj       -6.826826826826833E-4   tail342   -0.0020000000000000018
    x342      mono342   -1             icup342   -0.0010010010010010019
    x342      mono343   1              icdown343  -0.0010010010010010019
    x343      obj       -6.846846846846853E-4   tail343   -0.0020000000000000018
    x343      mono343   -1             icup343   -0.0010010010010010019
    x343      mono344   1              icdown344  -0.0010010010010010019
    x344      obj       -6.866866866866492E-4   tail344   -0.0019999999999998908
    x344      mono344   -1             icup344   -0.0010010010010010019
    x344      mono345   1              icdown345  -0.0010010010010009463
    x345      obj       -6.886886886886892E-4   tail345   -0.0020000000000000018
    x345      mono345   -1             icup345   -0.0010010010010009463
    x345      mono346   1              icdown346  -0.0010010010010010019
    x346      obj       -6.906906906906912E-4   tail346   -0.0020000000000000018
    x346      mono346   -1             icup346   -0.0010010010010010019
    x346      mono347   1              icdown347  -0.0010010010010010019
    x347      obj       -6.926926926926932E-4   tail347   -0.0020000000000000018
    x347      mono347   -1             icup347   -0.0010010010010010019
    x347      mono348   1              icdown348  -0.0010010010010010019
    x348      obj       -6.946946946946953E-4   tail348   -0.0020000000000000018
    x348      mono348   -1             icup348   -0.0010010010010010019
    x348      mono349   1              icdown349  -0.0010010010010010019
    x349      obj       -6.966966966966972E-4   tail349   -0.0020000000000000018
    x349      mono349   -1             icup349   -0.0010010010010010019
    x349      mono350   1              icdown350  -0.0010010010010010019
    x350      obj       -6.986986986986993E-4   tail350   -0.0020000000000000018
    x350      mono350   -1             icup350   -0.0010010010010010019
    x350      mono351   1              icdown351  -0.0010010010010010019
    x351      obj       -7.007007007007012E-4   tail351   -0.0020000000000000018
    x351      mono351   -1             icup351   -0.0010010010010010019
    x351      mono352   1              icdown352  -0.0010010010010010019
    x352      obj       -7.027027027027032E-4   tail352   -0.0020000000000000018
    x352      mono352   -1             icup352   -0.0010010010010010019
    x352      mono353   1              icdown353  -0.0010010010010010019
    x353      obj       -7.047047047047053E-4   tail353   -0.0020000000000000018
    x353      mono353   -1             icup353   -0.0010010010010010019
    x353      mono354   1              icdown354  -0.0010010010010010019
    x354      obj       -7.067067067067072E-4   tail354   -0.0020000000000000018
    x354      mono354   -1             icup354   -0.0010010010010010019
    x354      mono355   1              icdown355  -0.0010010010010010019
    x355      obj       -7.087087087087093E-4   tail355   -0.0020000000000000018
    x355      mono355   -1             icup355   -0.0010010010010010019
    x355      mono356   1              icdown356  -0.0010010010010010019
    x356      obj       -7.107107107107112E-4   tail356   -0.0020000000000000018
    x356      mono356   -1             icup356   -0.0010010010010010019
    x356      mono357   1              icdown357  -0.0010010010010010019
    x357      obj       -7.127127127127133E-4   tail357   -0.0020000000000000018
    x357      mono357   -1             icup357   -0.0010010010010010019
    x357      mono358   1              icdown358  -0.0010010010010010019
    x358      obj       -7.147147147147152E-4   tail358   -0.0020000000000000018
    x358      mono358   -1             icup358   -0.0010010010010010019
    x358      mono359   1              icdown359  -0.0010010010010010019
    x359      obj       -7.167167167167173E-4   tail359   -0.0020000000000000018
    x359      mono359   -1             icup359   -0.0010010010010010019
    x359      mono360   1              icdown360  -0.0010010010010010019
    x360      obj       -7.187187187187193E-4   tail360   -0.0020000000000000018
    x360      mono360   -1             icup360   -0.0010010010010010019
    x360      mono361   1              icdown361  -0.0010010010010010019
    x361      obj       -7.207207207207213E-4   tail361   -0.0020000000000000018
    x361      mono361   -1             icup361   -0.0010010010010010019
    x361      mono362   1              icdown362  -0.0010010010010010019
    x362      obj       -7.227227227227233E-4   tail362   -0.0020000000000000018
    x362      mono362   -1             icup362   -0.0010010010010010019
    x362      mono363   1              icdown363  -0.0010010010010010019
    x363      obj       -7.247247247247253E-4   tail363   -0.0020000000000000018
    x363      mono363   -1             icup363   -0.0010010010010010019
    x363      mono364   1              icdown364  -0.0010010010010010019
    x364      obj       -7.267267267267273E-4   tail364   -0.0020000000000000018
    x364      mono364   -1             icup364   -0.0010010010010010019
    x364      mono365   1              icdown365  -0.0010010010010010019
    x365      obj       -7.287287287287294E-4   tail365   -0.0020000000000000018
    x365      mono365   -1             icup365   -0.0010010010010010019
    x365      mono366   1              icdown366  -0.0010010010010010019
    x366      obj       -7.307307307307313E-4   tail366   -0.0020000000000000018
    x366      mono366   -1             icup366   -0.0010010010010010019
    x366      mono367   1              icdown367  -0.0010010010010010019
    x367      obj       -7.327327327327334E-4   tail367   -0.0020000000000000018
    x367      mono367   -1             icup367   -0.0010010010010010019
    x367      mono368   1              icdown368  -0.0010010010010010019
    x368      obj       -7.347347347347353E-4   tail368   -0.0020000000000000018
    x368      mono368   -1             icup368   -0.0010010010010010019
    x368      mono369   1              icdown369  -0.0010010010010010019
    x369      obj       -7.367367367367374E-4   tail369   -0.0020000000000000018
    x369      mono369   -1             icup369   -0.0010010010010010019
    x369      mono370   1              icdown370  -0.0010010010010010019
    x370      obj       -7.387387387387393E-4   tail370   -0.0020000000000000018
    x370      mono370   -1             icup370   -0.0010010010010010019
    x370      mono371   1              icdown371  -0.0010010010010010019
    x371      obj       -7.407407407407414E-4   tail371   -0.0020000000000000018
    x371      mono371   -1             icup371   -0.0010010010010010019
    x371      mono372   1              icdown372  -0.0010010010010010019
    x372      obj       -7.427427427427434E-4   tail372   -0.0020000000000000018
    x372      mono372   -1             icup372   -0.0010010010010010019
    x372      mono373   1              icdown373  -0.0010010010010010019
    x373      obj       -7.447447447447453E-4   tail373   -0.0020000000000000018
    x373      mono373   -1             icup373   -0.0010010010010010019
    x373      mono374   1              icdown374  -0.0010010010010010019
    x374      obj       -7.467467467467474E-4   tail374   -0.0020000000000000018
    x374      mono374   -1             icup374   -0.0010010010010010019
    x374      mono375   1              icdown375  -0.0010010010010010019
    x375      obj       -7.487487487487493E-4   tail375   -0.0020000000000000018
    x375      mono375   -1             icup375   -0.0010010010010010019
    x375      mono376   1              icdown376  -0.0010010010010010019
    x376      obj       -7.507507507507514E-4   tail376   -0.0020000000000000018
    x376      mono376   -1             icup376   -0.0010010010010010019
    x376      mono377   1              icdown377  -0.0010010010010010019
    x377      obj       -7.527527527527534E-4   tail377   -0.0020000000000000018
    x377      mono377   -1             icup377   -0.0010010010010010019
    x377      mono378   1              icdown378  -0.0010010010010010019
    x378      obj       -7.547547547547554E-4   tail378   -0.0020000000000000018
    x378      mono378   -1             icup378   -0.0010010010010010019
    x378      mono379   1              icdown379  -0.0010010010010010019
    x379      obj       -7.567567567567574E-4   tail379   -0.0020000000000000018
    x379      mono379   -1             icup379   -0.0010010010010010019
    x379      mono380   1              icdown380  -0.0010010010010010019
    x380      obj       -7.587587587587594E-4   tail380   -0.0020000000000000018
    x380      mono380   -1             icup380   -0.0010010010010010019
    x380      mono381   1              icdown381  -0.0010010010010010019
    x381      obj       -7.607607607607614E-4   tail381   -0.0020000000000000018
    x381      mono381   -1             icup381   -0.0010010010010010019
    x381      mono382   1              icdown382  -0.0010010010010010019
    x382      obj       -7.627627627627635E-4   tail382   -0.0020000000000000018
    x382      mono382   -1             icup382   -0.0010010010010010019
    x382      mono383   1              icdown383  -0.0010010010010010019
    x383      obj       -7.647647647647654E-4   tail383   -0.0020000000000000018
    x383      mono383   -1             icup383   -0.0010010010010010019
    x383      mono384   1              icdown384  -0.0010010010010010019
    x384      obj       -7.667667667667675E-4   tail384   -0.0020000000000000018
    x384      mono384   -1             icup384   -0.0010010010010010019
    x384      mono385   1              icdown385  -0.0010010010010010019
    x385      obj       -7.687687687687694E-4   tail385   -0.0020000000000000018
    x385      mono385   -1             icup385   -0.0010010010010010019
    x385      mono386   1              icdown386  -0.0010010010010010019
    x386      obj       -7.707707707707715E-4   tail386   -0.0020000000000000018
    x386      mono386   -1             icup386   -0.0010010010010010019
    x386      mono387   1              icdown387  -0.0010010010010010019
    x387      obj       -7.727727727727734E-4   tail387   -0.0020000000000000018
    x387      mono387   -1             icup387   -0.0010010010010010019
    x387      mono388   1              icdown388  -0.0010010010010010019
    x388      obj       -7.747747747747755E-4   tail388   -0.0020000000000000018
    x388      mono388   -1             icup388   -0.0010010010010010019
    x388      mono389   1              icdown389  -0.0010010010010010019
    x389      obj       -7.767767767767775E-4   tail389   -0.0020000000000000018
    x389      mono389   -1             icup389   -0.0010010010010010019
    x389      mono390   1              icdown390  -0.0010010010010010019
    x390      obj       -7.787787787787795E-4   tail390   -0.0020000000000000018
    x390      mono390   -1             icup390   -0.0010010010010010019
    x390      mono391   1              icdown391  -0.0010010010010010019
    x391      obj       -7.807807807807815E-4   tail391   -0.0020000000000000018
    x391      mono391   -1             icup391   -0.0010010010010010019
    x391      mono392   1              icdown392  -0.0010010010010010019
    x392      obj       -7.827827827827835E-4   tail392   -0.0020000000000000018
    x392      mono392   -1             icup392   -0.0010010010010010019
    x392      mono393   1              icdown393  -0.0010010010010010019
    x393      obj       -7.847847847847855E-4   tail393   -0.0020000000000000018
    x393      mono393   -1             icup393   -0.0010010010010010019
    x393      mono394   1              icdown394  -0.0010010010010010019
    x394      obj       -7.867867867867876E-4   tail394   -0.0020000000000000018
    x394      mono394   -1             icup394   -0.0010010010010010019
    x394      mono395   1              icdown395  -0.0010010010010010019
    x395      obj       -7.887887887887895E-4   tail395   -0.0020000000000000018
    x395      mono395   -1             icup395   -0.0010010010010010019
    x395      mono396   1              icdown396  -0.0010010010010010019
    x396      obj       -7.907907907907916E-4   tail396   -0.0020000000000000018
    x396      mono396   -1             icup396   -0.0010010010010010019
    x396      mono397   1              icdown397  -0.0010010010010010019
    x397      obj       -7.927927927927935E-4   tail397   -0.0020000000000000018
    x397      mono397   -1             icup397   -0.0010010010010010019
    x397      mono398   1              icdown398  -0.0010010010010010019
    x398      obj       -7.947947947947956E-4   tail398   -0.0020000000000000018
    x398      mono398   -1             icup398   -0.0010010010010010019
    x398      mono399   1              icdown399  -0.0010010010010010019
    x399      obj       -7.967967967967975E-4   tail399   -0.0020000000000000018
    x399      mono399   -1             icup399   -0.0010010010010010019
    x399      mono400   1              icdown400  -0.0010010010010010019
    x400      obj       -7.987987987987995E-4   tail400   -0.0020000000000000018
    x400      mono400   -1             icup400   -0.0010010010010010019
    x400      mono401   1              icdown401  -0.0010010010010010019
    x401      obj       -8.008008008008016E-4   tail401   -0.0020000000000000018
    x401      mono401   -1             icup401   -0.0010010010010010019
    x401      mono402   1              icdown402  -0.0010010010010010019
    x402      obj       -8.028028028028035E-4   tail402   -0.0020000000000000018
    x402      mono402   -1             icup402   -0.0010010010010010019
    x402      mono403   1              icdown403  -0.0010010010010010019
    x403      obj       -8.048048048048056E-4   tail403   -0.0020000000000000018
    x403      mono403   -1             icup403   -0.0010010010010010019
    x403      mono404   1              icdown404  -0.0010010010010010019
    x404      obj       -8.068068068068075E-4   tail404   -0.0020000000000000018
    x404      mono404   -1             icup404   -0.0010010010010010019
    x404      mono405   1              icdown405  -0.0010010010010010019
    x405      obj       -8.088088088088096E-4   tail405   -0.0020000000000000018
    x405      mono405   -1             icup405   -0.0010010010010010019
    x405      mono406   1              icdown406  -0.0010010010010010019
    x406      obj       -8.108108108108116E-4   tail406   -0.0020000000000000018
    x406      mono406   -1             icup406   -0.0010010010010010019
    x406      mono407   1              icdown407  -0.0010010010010010019
    x407      obj       -8.128128128127685E-4   tail407   -0.0019999999999998908
    x407      mono407   -1             icup407   -0.0010010010010010019
    x407      mono408   1              icdown408  -0.0010010010010009463
    x408      obj       -8.148148148148155E-4   tail408   -0.0020000000000000018
    x408      mono408   -1             icup408   -0.0010010010010009463
    x408      mono409   1              icdown409  -0.0010010010010010019
    x409      obj       -8.168168168168175E-4   tail409   -0.0020000000000000018
    x409      mono409   -1             icup409   -0.0010010010010010019
    x409      mono410   1              icdown410  -0.0010010010010010019
    x410      obj       -8.188188188188195E-4   tail410   -0.0020000000000000018
    x410      mono410   -1             icup410   -0.0010010010010010019
    x410      mono411   1              icdown411  -0.0010010010010010019
    x411      obj       -8.208208208208215E-4   tail411   -0.0020000000000000018
    x411      mono411   -1             icup411   -0.0010010010010010019
    x411      mono412   1              icdown412  -0.0010010010010010019
    x412      obj       -8.228228228228235E-4   tail412   -0.0020000000000000018
    x412      mono412   -1             icup412   -0.0010010010010010019
    x412      mono413   1              icdown413  -0.0010010010010010019
    x413      obj       -8.248248248248256E-4   tail413   -0.0020000000000000018
    x413      mono413   -1             icup413   -0.0010010010010010019
    x413      mono414   1              icdown414  -0.0010010010010010019
    x414      obj       -8.268268268268275E-4   tail414   -0.0020000000000000018
    x414      mono414   -1             icup414   -0.0010010010010010019
    x414      mono415   1              icdown415  -0.0010010010010010019
    x415      obj       -8.288288288288296E-4   tail415   -0.0020000000000000018
    x415      mono415   -1             icup415   -0.0010010010010010019
    x415      mono416   1              icdown416  -0.0010010010010010019
    x416      obj       -8.308308308308315E-4   tail416   -0.0020000000000000018
    x416      mono416   -1             icup416   -0.0010010010010010019
    x416      mono417   1              icdown417  -0.0010010010010010019
    x417      obj       -8.328328328328336E-4   tail417   -0.0020000000000000018
    x417      mono417   -1             icup417   -0.0010010010010010019
    x417      mono418   1              icdown418  -0.0010010010010010019
    x418      obj       -8.348348348348356E-4   tail418   -0.0020000000000000018
    x418      mono418   -1             icup418   -0.0010010010010010019
    x418      mono419   1              icdown419  -0.0010010010010010019
    x419      obj       -8.368368368368375E-4   tail419   -0.0020000000000000018
    x419      mono419   -1             icup419   -0.0010010010010010019
    x419      mono420   1              icdown420  -0.0010010010010010019
    x420      obj       -8.388388388388396E-4   tail420   -0.0020000000000000018
    x420      mono420   -1             icup420   -0.0010010010010010019
    x420      mono421   1              icdown421  -0.0010010010010010019
    x421      obj       -8.408408408408415E-4   tail421   -0.0020000000000000018
    x421      mono421   -1             icup421   -0.0010010010010010019
    x421      mono422   1              icdown422  -0.0010010010010010019
    x422      obj       -8.428428428428436E-4   tail422   -0.0020000000000000018
    x422      mono422   -1             icup422   -0.0010010010010010019
    x422      mono423   1              icdown423  -0.0010010010010010019
    x423      obj       -8.448448448448455E-4   tail423   -0.0020000000000000018
    x423      mono423   -1             icup423   -0.0010010010010010019
    x423      mono424   1              icdown424  -0.0010010010010010019
    x424      obj       -8.468468468468476E-4   tail424   -0.0020000000000000018
    x424      mono424   -1             icup424   -0.0010010010010010019
    x424      mono425   1              icdown425  -0.0010010010010010019
    x425      obj       -8.488488488488496E-4   tail425   -0.0020000000000000018
    x425      mono425   -1             icup425   -0.0010010010010010019
    x425      mono426   1              icdown426  -0.0010010010010010019
    x426      obj       -8.508508508508516E-4   tail426   -0.0020000000000000018
    x426      mono426   -1             icup426   -0.0010010010010010019
    x426      mono427   1              icdown427  -0.0010010010010010019
    x427      obj       -8.528528528528536E-4   tail427   -0.0020000000000000018
    x427      mono427   -1             icup427   -0.0010010010010010019
    x427      mono428   1              icdown428  -0.0010010010010010019
    x428      obj       -8.548548548548556E-4   tail428   -0.0020000000000000018
    x428      mono428   -1             icup428   -0.0010010010010010019
    x428      mono429   1              icdown429  -0.0010010010010010019
    x429      obj       -8.568568568568576E-4   tail429   -0.0020000000000000018
    x429      mono429   -1             icup429   -0.0010010010010010019
    x429      mono430   1              icdown430  -0.0010010010010010019
    x430      obj       -8.588588588588597E-4   tail430   -0.0020000000000000018
    x430      mono430   -1             icup430   -0.0010010010010010019
    x430      mono431   1              icdown431  -0.0010010010010010019
    x431      obj       -8.608608608608616E-4   tail431   -0.0020000000000000018
    x431      mono431   -1             icup431   -0.0010010010010010019
    x431      mono432   1              icdown432  -0.0010010010010010019
    x432      obj       -8.628628628628637E-4   tail432   -0.0020000000000000018
    x432      mono432   -1             icup432   -0.0010010010010010019
    x432      mono433   1              icdown433  -0.0010010010010010019
    x433      obj       -8.648648648648656E-4   tail433   -0.0020000000000000018
    x433      mono433   -1             icup433   -0.0010010010010010019
    x433      mono434   1              icdown434  -0.0010010010010010019
    x434      obj       -8.668668668668677E-4   tail434   -0.0020000000000000018
    x434      mono434   -1             icup434   -0.0010010010010010019
    x434      mono435   1              icdown435  -0.0010010010010010019
    x435      obj       -8.688688688688696E-4   tail435   -0.0020000000000000018
    x435      mono435   -1             icup435   -0.0010010010010010019
    x435      mono436   1              icdown436  -0.0010010010010010019
    x436      obj       -8.708708708708717E-4   tail436   -0.0020000000000000018
    x436      mono436   -1             icup436   -0.0010010010010010019
    x436      mono437   1              icdown437  -0.0010010010010010019
    x437      obj       -8.728728728728737E-4   tail437   -0.0020000000000000018
    x437      mono437   -1             icup437   -0.0010010010010010019
    x437      mono438   1              icdown438  -0.0010010010010010019
    x438      obj       -8.748748748748757E-4   tail438   -0.0020000000000000018
    x438      mono438   -1             icup438   -0.0010010010010010019
    x438      mono439   1              icdown439  -0.0010010010010010019
    x439      obj       -8.768768768768777E-4   tail439   -0.0020000000000000018
    x439      mono439   -1             icup439   -0.0010010010010010019
    x439      mono440   1              icdown440  -0.0010010010010010019
    x440      obj       -8.788788788788797E-4   tail440   -0.0020000000000000018
    x440      mono440   -1             icup440   -0.0010010010010010019
    x440      mono441   1              icdown441  -0.0010010010010010019
    x441      obj       -8.808808808808817E-4   tail441   -0.0020000000000000018
    x441      mono441   -1             icup441   -0.0010010010010010019
    x441      mono442   1              icdown442  -0.0010010010010010019
    x442      obj       -8.828828828828838E-4   tail442   -0.0020000000000000018
    x442      mono442   -1             icup442   -0.0010010010010010019
    x442      mono443   1              icdown443  -0.0010010010010010019
    x443      obj       -8.848848848848857E-4   tail443   -0.0020000000000000018
    x443      mono443   -1             icup443   -0.0010010010010010019
    x443      mono444   1              icdown444  -0.0010010010010010019
    x444      obj       -8.868868868868877E-4   tail444   -0.0020000000000000018
    x444      mono444   -1             icup444   -0.0010010010010010019
    x444      mono445   1              icdown445  -0.0010010010010010019
    x445      obj       -8.888888888888897E-4   tail445   -0.0020000000000000018
    x445      mono445   -1             icup445   -0.0010010010010010019
    x445      mono446   1              icdown446  -0.0010010010010010019
    x446      obj       -8.908908908908917E-4   tail446   -0.0020000000000000018
    x446      mono446   -1             icup446   -0.0010010010010010019
    x446      mono447   1              icdown447  -0.0010010010010010019
    x447      obj       -8.928928928928937E-4   tail447   -0.0020000000000000018
    x447      mono447   -1             icup447   -0.0010010010010010019
    x447      mono448   1              icdown448  -0.0010010010010010019
    x448      obj       -8.948948948948957E-4   tail448   -0.0020000000000000018
    x448      mono448   -1             icup448   -0.0010010010010010019
    x448      mono449   1              icdown449  -0.0010010010010010019
    x449      obj       -8.968968968968978E-4   tail449   -0.0020000000000000018
    x449      mono449   -1             icup449   -0.0010010010010010019
    x449      mono450   1              icdown450  -0.0010010010010010019
    x450      obj       -8.988988988988997E-4   tail450   -0.0020000000000000018
    x450      mono450   -1             icup450   -0.0010010010010010019
    x450      mono451   1              icdown451  -0.0010010010010010019
    x451      obj       -9.009009009009018E-4   tail451   -0.0020000000000000018
    x451      mono451   -1             icup451   -0.0010010010010010019
    x451      mono452   1              icdown452  -0.0010010010010010019
    x452      obj       -9.029029029029037E-4   tail452   -0.0020000000000000018
    x452      mono452   -1             icup452   -0.0010010010010010019
    x452      mono453   1              icdown453  -0.0010010010010010019
    x453      obj       -9.049049049049058E-4   tail453   -0.0020000000000000018
    x453      mono453   -1             icup453   -0.0010010010010010019
    x453      mono454   1              icdown454  -0.0010010010010010019
    x454      obj       -9.069069069069078E-4   tail454   -0.0020000000000000018
    x454      mono454   -1             icup454   -0.0010010010010010019
    x454      mono455   1              icdown455  -0.0010010010010010019
    x455      obj       -9.089089089089098E-4   tail455   -0.0020000000000000018
    x455      mono455   -1             icup455   -0.0010010010010010019
    x455      mono456   1              icdown456  -0.0010010010010010019
    x456      obj       -9.109109109109118E-4   tail456   -0.0020000000000000018
    x456      mono456   -1             icup456   -0.0010010010010010019
    x456      mono457   1              icdown457  -0.0010010010010010019
    x457      obj       -9.129129129129138E-4   tail457   -0.0020000000000000018
    x457      mono457   -1             icup457   -0.0010010010010010019
    x457      mono458   1              icdown458  -0.0010010010010010019
    x458      obj       -9.149149149149158E-4   tail458   -0.0020000000000000018
    x458      mono458   -1             icup458   -0.0010010010010010019
    x458      mono459   1              icdown459  -0.0010010010010010019
    x459      obj       -9.169169169169178E-4   tail459   -0.0020000000000000018
    x459      mono459   -1             icup459   -0.0010010010010010019
    x459      mono460   1              icdown460  -0.0010010010010010019
    x460      obj       -9.189189189189198E-4   tail460   -0.0020000000000000018
    x460      mono460   -1             icup460   -0.0010010010010010019
    x460      mono461   1              icdown461  -0.0010010010010010019
    x461      obj       -9.209209209209219E-4   tail461   -0.0020000000000000018
    x461      mono461   -1             icup461   -0.0010010010010010019
    x461      mono462   1              icdown462  -0.0010010010010010019
    x462      obj       -9.229229229229238E-4   tail462   -0.0020000000000000018
    x462      mono462   -1             icup462   -0.0010010010010010019
    x462      mono463   1              icdown463  -0.0010010010010010019
    x463      obj       -9.249249249249259E-4   tail463   -0.0020000000000000018
    x463      mono463   -1             icup463   -0.0010010010010010019
    x463      mono464   1              icdown464  -0.0010010010010010019
    x464      obj       -9.269269269269278E-4   tail464   -0.0020000000000000018
    x464      mono464   -1             icup464   -0.0010010010010010019
    x464      mono465   1              icdown465  -0.0010010010010010019
    x465      obj       -9.289289289289299E-4   tail465   -0.0020000000000000018
    x465      mono465   -1             icup465   -0.0010010010010010019
    x465      mono466   1              icdown466  -0.0010010010010010019
    x466      obj       -9.309309309309319E-4   tail466   -0.0020000000000000018
    x466      mono466   -1             icup466   -0.0010010010010010019
    x466      mono467   1              icdown467  -0.0010010010010010019
    x467      obj       -9.329329329329338E-4   tail467   -0.0020000000000000018
    x467      mono467   -1             icup467   -0.0010010010010010019
    x467      mono468   1              icdown468  -0.0010010010010010019
    x468      obj       -9.349349349349359E-4   tail468   -0.0020000000000000018
    x468      mono468   -1             icup468   -0.0010010010010010019
    x468      mono469   1              icdown469  -0.0010010010010010019
    x469      obj       -9.369369369368858E-4   tail469   -0.0019999999999998908
    x469      mono469   -1             icup469   -0.0010010010010010019
    x469      mono470   1              icdown470  -0.0010010010010009463
    x470      obj       -9.389389389389398E-4   tail470   -0.0020000000000000018
    x470      mono470   -1             icup470   -0.0010010010010009463
    x470      mono471   1              icdown471  -0.0010010010010010019
    x471      obj       -9.409409409409417E-4   tail471   -0.0020000000000000018
    x471      mono471   -1             icup471   -0.0010010010010010019
    x471      mono472   1              icdown472  -0.0010010010010010019
    x472      obj       -9.429429429429438E-4   tail472   -0.0020000000000000018
    x472      mono472   -1             icup472   -0.0010010010010010019
    x472      mono473   1              icdown473  -0.0010010010010010019
    x473      obj       -9.449449449449457E-4   tail473   -0.0020000000000000018
    x473      mono473   -1             icup473   -0.0010010010010010019
    x473      mono474   1              icdown474  -0.0010010010010010019
    x474      obj       -9.469469469469477E-4   tail474   -0.0020000000000000018
    x474      mono474   -1             icup474   -0.0010010010010010019
    x474      mono475   1              icdown475  -0.0010010010010010019
    x475      obj       -9.489489489489497E-4   tail475   -0.0020000000000000018
    x475      mono475   -1             icup475   -0.0010010010010010019
    x475      mono476   1              icdown476  -0.0010010010010010019
    x476      obj       -9.509509509509517E-4   tail476   -0.0020000000000000018
    x476      mono476   -1             icup476   -0.0010010010010010019
    x476      mono477   1              icdown477  -0.0010010010010010019
    x477      obj       -9.529529529529537E-4   tail477   -0.0020000000000000018
    x477      mono477   -1             icup477   -0.0010010010010010019
    x477      mono478   1              icdown478  -0.0010010010010010019
    x478      obj       -9.549549549549558E-4   tail478   -0.0020000000000000018
    x478      mono478   -1             icup478   -0.0010010010010010019
    x478      mono479   1              icdown479  -0.0010010010010010019
    x479      obj       -9.569569569569577E-4   tail479   -0.0020000000000000018
    x479      mono479   -1             icup479   -0.0010010010010010019
    x479      mono480   1              icdown480  -0.0010010010010010019
    x480      obj       -9.589589589589598E-4   tail480   -0.0020000000000000018
    x480      mono480   -1             icup480   -0.0010010010010010019
    x480      mono481   1              icdown481  -0.0010010010010010019
    x481      obj       -9.609609609609617E-4   tail481   -0.0020000000000000018
    x481      mono481   -1             icup481   -0.0010010010010010019
    x481      mono482   1              icdown482  -0.0010010010010010019
    x482      obj       -9.629629629629637E-4   tail482   -0.0020000000000000018
    x482      mono482   -1             icup482   -0.0010010010010010019
    x482      mono483   1              icdown483  -0.0010010010010010019
    x483      obj       -9.649649649649657E-4   tail483   -0.0020000000000000018
    x483      mono483   -1             icup483   -0.0010010010010010019
    x483      mono484   1              icdown484  -0.0010010010010010019
    x484      obj       -9.669669669669677E-4   tail484   -0.0020000000000000018
    x484      mono484   -1             icup484   -0.0010010010010010019
    x484      mono485   1              icdown485  -0.0010010010010010019
    x485      obj       -9.689689689689698E-4   tail485   -0.0020000000000000018
    x485      mono485   -1             icup485   -0.0010010010010010019
    x485      mono486   1              icdown486  -0.0010010010010010019
    x486      obj       -9.709709709709717E-4   tail486   -0.0020000000000000018
    x486      mono486   -1             icup486   -0.0010010010010010019
    x486      mono487   1              icdown487  -0.0010010010010010019
    x487      obj       -9.729729729729738E-4   tail487   -0.0020000000000000018
    x487      mono487   -1             icup487   -0.0010010010010010019
    x487      mono488   1              icdown488  -0.0010010010010010019
    x488      obj       -9.749749749749757E-4   tail488   -0.0020000000000000018
    x488      mono488   -1             icup488   -0.0010010010010010019
    x488      mono489   1              icdown489  -0.0010010010010010019
    x489      obj       -9.76976976976978E-4   tail489   -0.0020000000000000018
    x489      mono489   -1             icup489   -0.0010010010010010019
    x489      mono490   1              icdown490  -0.0010010010010010019
    x490      obj       -9.789789789789798E-4   tail490   -0.0020000000000000018
    x490      mono490   -1             icup490   -0.0010010010010010019
    x490      mono491   1              icdown491  -0.0010010010010010019
    x491      obj       -9.809809809809818E-4   tail491   -0.0020000000000000018
    x491      mono491   -1             icup491   -0.0010010010010010019
    x491      mono492   1              icdown492  -0.0010010010010010019
    x492      obj       -9.82982982982984E-4   tail492   -0.0020000000000000018
    x492      mono492   -1             icup492   -0.0010010010010010019
    x492      mono493   1              icdown493  -0.0010010010010010019
    x493      obj       -9.849849849849859E-4   tail493   -0.0020000000000000018
    x493      mono493   -1             icup493   -0.0010010010010010019
    x493      mono494   1              icdown494  -0.0010010010010010019
    x494      obj       -9.869869869869878E-4   tail494   -0.0020000000000000018
    x494      mono494   -1             icup494   -0.0010010010010010019
    x494      mono495   1              icdown495  -0.0010010010010010019
    x495      obj       -9.889889889889898E-4   tail495   -0.0020000000000000018
    x495      mono495   -1             icup495   -0.0010010010010010019
    x495      mono496   1              icdown496  -0.0010010010010010019
    x496      obj       -9.90990990990992E-4   tail496   -0.0020000000000000018
    x496      mono496   -1             icup496   -0.0010010010010010019
    x496      mono497   1              icdown497  -0.0010010010010010019
    x497      obj       -9.929929929929939E-4   tail497   -0.0020000000000000018
    x497      mono497   -1             icup497   -0.0010010010010010019
    x497      mono498   1              icdown498  -0.0010010010010010019
    x498      obj       -9.94994994994996E-4   tail498   -0.0020000000000000018
    x498      mono498   -1             icup498   -0.0010010010010010019
    x498      mono499   1              icdown499  -0.0010010010010010019
    x499      obj       -9.969969969969978E-4   tail499   -0.0020000000000000018
    x499      mono499   -1             icup499   -0.0010010010010010019
    x499      mono500   1              icdown500  -0.0010010010010010019
    x500      obj       -9.98998998999E-4   tail500   -0.0020000000000000018
    x500      mono500   -1             icup500   -0.0010010010010010019
    x500      mono501   1              icdown501  -0.0010010010010010019
    x501      obj       -0.0010010010010010019   tail501   -0.0020000000000000018
    x501      mono501   -1             icup501   -0.0010010010010010019
    x501      mono502   1              icdown502  -0.0010010010010010019
    x502      obj       -0.001003003003003004   tail502   -0.0020000000000000018
    x502      mono502   -1             icup502   -0.0010010010010010019
    x502      mono503   1              icdown503  -0.0010010010010010019
    x503      obj       -0.001005005005005006   tail503   -0.0020000000000000018
    x503      mono503   -1             icup503   -0.0010010010010010019
    x503      mono504   1              icdown504  -0.0010010010010010019
    x504      obj       -0.001007007007007008   tail504   -0.0020000000000000018
    x504      mono504   -1             icup504   -0.0010010010010010019
    x504      mono505   1              icdown505  -0.0010010010010010019
    x505      obj       -0.0010090090090090098   tail505   -0.0020000000000000018
    x505      mono505   -1             icup505   -0.0010010010010010019
    x505      mono506   1              icdown506  -0.0010010010010010019
    x506      obj       -0.001011011011011012   tail506   -0.0020000000000000018
    x506      mono506   -1             icup506   -0.0010010010010010019
    x506      mono507   1              icdown507  -0.0010010010010010019
    x507      obj       -0.001013013013013014   tail507   -0.0020000000000000018
    x507      mono507   -1             icup507   -0.0010010010010010019
    x507      mono508   1              icdown508  -0.0010010010010010019
    x508      obj       -0.0010150150150150161   tail508   -0.0020000000000000018
    x508      mono508   -1             icup508   -0.0010010010010010019
    x508      mono509   1              icdown509  -0.0010010010010010019
    x509      obj       -0.0010170170170170178   tail509   -0.0020000000000000018
    x509      mono509   -1             icup509   -0.0010010010010010019
    x509      mono510   1              icdown510  -0.0010010010010010019
    x510      obj       -0.00101901901901902   tail510   -0.0020000000000000018
    x510      mono510   -1             icup510   -0.0010010010010010019
    x510      mono511   1              icdown511  -0.0010010010010010019
    x511      obj       -0.001021021021021022   tail511   -0.0020000000000000018
    x511      mono511   -1             icup511   -0.0010010010010010019
    x511      mono512   1              icdown512  -0.0010010010010010019
    x512      obj       -0.001023023023023024   tail512   -0.0020000000000000018
    x512      mono512   -1             icup512   -0.0010010010010010019
    x512      mono513   1              icdown513  -0.0010010010010010019
    x513      obj       -0.001025025025025026   tail513   -0.0020000000000000018
    x513      mono513   -1             icup513   -0.0010010010010010019
    x513      mono514   1              icdown514  -0.0010010010010010019
    x514      obj       -0.001027027027027028   tail514   -0.0020000000000000018
    x514      mono514   -1             icup514   -0.0010010010010010019
    x514      mono515   1              icdown515  -0.0010010010010010019
    x515      obj       -0.00102902902902903   tail515   -0.0020000000000000018
    x515      mono515   -1             icup515   -0.0010010010010010019
    x515      mono516   1              icdown516  -0.0010010010010010019
    x516      obj       -0.001031031031031032   tail516   -0.0020000000000000018
    x516      mono516   -1             icup516   -0.0010010010010010019
    x516      mono517   1              icdown517  -0.0010010010010010019
    x517      obj       -0.001033033033033034   tail517   -0.0020000000000000018
    x517      mono517   -1             icup517   -0.0010010010010010019
    x517      mono518   1              icdown518  -0.0010010010010010019
    x518      obj       -0.001035035035035036   tail518   -0.0020000000000000018
    x518      mono518   -1             icup518   -0.0010010010010010019
    x518      mono519   1              icdown519  -0.0010010010010010019
    x519      obj       -0.001037037037037038   tail519   -0.0020000000000000018
    x519      mono519   -1             icup519   -0.0010010010010010019
    x519      mono520   1              icdown520  -0.0010010010010010019
    x520      obj       -0.00103903903903904   tail520   -0.0020000000000000018
    x520      mono520   -1             icup520   -0.0010010010010010019
    x520      mono521   1              icdown521  -0.0010010010010010019
    x521      obj       -0.001041041041041042   tail521   -0.0020000000000000018
    x521      mono521   -1             icup521   -0.0010010010010010019
    x521      mono522   1              icdown522  -0.0010010010010010019
    x522      obj       -0.0010430430430430442   tail522   -0.0020000000000000018
    x522      mono522   -1             icup522   -0.0010010010010010019
    x522      mono523   1              icdown523  -0.0010010010010010019
    x523      obj       -0.001045045045045046   tail523   -0.0020000000000000018
    x523      mono523   -1             icup523   -0.0010010010010010019
    x523      mono524   1              icdown524  -0.0010010010010010019
    x524      obj       -0.001047047047047048   tail524   -0.0020000000000000018
    x524      mono524   -1             icup524   -0.0010010010010010019
    x524      mono525   1              icdown525  -0.0010010010010010019
    x525      obj       -0.00104904904904905   tail525   -0.0020000000000000018
    x525      mono525   -1             icup525   -0.0010010010010010019
    x525      mono526   1              icdown526  -0.0010010010010010019
    x526      obj       -0.0010510510510510522   tail526   -0.0020000000000000018
    x526      mono526   -1             icup526   -0.0010010010010010019
    x526      mono527   1              icdown527  -0.0010010010010010019
    x527      obj       -0.0010530530530530541   tail527   -0.0020000000000000018
    x527      mono527   -1             icup527   -0.0010010010010010019
    x527      mono528   1              icdown528  -0.0010010010010010019
    x528      obj       -0.001055055055055056   tail528   -0.0020000000000000018
    x528      mono528   -1             icup528   -0.0010010010010010019
    x528      mono529   1              icdown529  -0.0010010010010010019
    x529      obj       -0.001057057057057058   tail529   -0.0020000000000000018
    x529      mono529   -1             icup529   -0.0010010010010010019
    x529      mono530   1              icdown530  -0.0010010010010010019
    x530      obj       -0.0010590590590590602   tail530   -0.0020000000000000018
    x530      mono530   -1             icup530   -0.0010010010010010019
    x530      mono531   1              icdown531  -0.0010010010010010019
    x531      obj       -0.001061061061061062   tail531   -0.0020000000000000018
    x531      mono531   -1             icup531   -0.0010010010010010019
    x531      mono532   1              icdown532  -0.0010010010010010019
    x532      obj       -0.0010630630630630643   tail532   -0.0020000000000000018
    x532      mono532   -1             icup532   -0.0010010010010010019
    x532      mono533   1              icdown533  -0.0010010010010010019
    x533      obj       -0.001065065065065066   tail533   -0.0020000000000000018
    x533      mono533   -1             icup533   -0.0010010010010010019
    x533      mono534   1              icdown534  -0.0010010010010010019
    x534      obj       -0.0010670670670670681   tail534   -0.0020000000000000018
    x534      mono534   -1             icup534   -0.0010010010010010019
    x534      mono535   1              icdown535  -0.0010010010010010019
    x535      obj       -0.00106906906906907   tail535   -0.0020000000000000018
    x535      mono535   -1             icup535   -0.0010010010010010019
    x535      mono536   1              icdown536  -0.0010010010010010019
    x536      obj       -0.0010710710710710723   tail536   -0.0020000000000000018
    x536      mono536   -1             icup536   -0.0010010010010010019
    x536      mono537   1              icdown537  -0.0010010010010010019
    x537      obj       -0.0010730730730730742   tail537   -0.0020000000000000018
    x537      mono537   -1             icup537   -0.0010010010010010019
    x537      mono538   1              icdown538  -0.0010010010010010019
    x538      obj       -0.0010750750750750761   tail538   -0.0020000000000000018
    x538      mono538   -1             icup538   -0.0010010010010010019
    x538      mono539   1              icdown539  -0.0010010010010010019
    x539      obj       -0.001077077077077078   tail539   -0.0020000000000000018
    x539      mono539   -1             icup539   -0.0010010010010010019
    x539      mono540   1              icdown540  -0.0010010010010010019
    x540      obj       -0.00107907907907908   tail540   -0.0020000000000000018
    x540      mono540   -1             icup540   -0.0010010010010010019
    x540      mono541   1              icdown541  -0.0010010010010010019
    x541      obj       -0.0010810810810810822   tail541   -0.0020000000000000018
    x541      mono541   -1             icup541   -0.0010010010010010019
    x541      mono542   1              icdown542  -0.0010010010010010019
    x542      obj       -0.001083083083083084   tail542   -0.0020000000000000018
    x542      mono542   -1             icup542   -0.0010010010010010019
    x542      mono543   1              icdown543  -0.0010010010010010019
    x543      obj       -0.001085085085085086   tail543   -0.0020000000000000018
    x543      mono543   -1             icup543   -0.0010010010010010019
    x543      mono544   1              icdown544  -0.0010010010010010019
    x544      obj       -0.001087087087087088   tail544   -0.0020000000000000018
    x544      mono544   -1             icup544   -0.0010010010010010019
    x544      mono545   1              icdown545  -0.0010010010010010019
    x545      obj       -0.0010890890890890902   tail545   -0.0020000000000000018
    x545      mono545   -1             icup545   -0.0010010010010010019
    x545      mono546   1              icdown546  -0.0010010010010010019
    x546      obj       -0.0010910910910910921   tail546   -0.0020000000000000018
    x546      mono546   -1             icup546   -0.0010010010010010019
    x546      mono547   1              icdown547  -0.0010010010010010019
    x547      obj       -0.001093093093093094   tail547   -0.0020000000000000018
    x547      mono547   -1             icup547   -0.0010010010010010019
    x547      mono548   1              icdown548  -0.0010010010010010019
    x548      obj       -0.001095095095095096   tail548   -0.0020000000000000018
    x548      mono548   -1             icup548   -0.0010010010010010019
    x548      mono549   1              icdown549  -0.0010010010010010019
    x549      obj       -0.0010970970970970982   tail549   -0.0020000000000000018
    x549      mono549   -1             icup549   -0.0010010010010010019
    x549      mono550   1              icdown550  -0.0010010010010010019
    x550      obj       -0.0010990990990991   tail550   -0.0020000000000000018
    x550      mono550   -1             icup550   -0.0010010010010010019
    x550      mono551   1              icdown551  -0.0010010010010010019
    x551      obj       -0.0011011011011011023   tail551   -0.0020000000000000018
    x551      mono551   -1             icup551   -0.0010010010010010019
    x551      mono552   1              icdown552  -0.0010010010010010019
    x552      obj       -0.001103103103103104   tail552   -0.0020000000000000018
    x552      mono552   -1             icup552   -0.0010010010010010019
    x552      mono553   1              icdown553  -0.0010010010010010019
    x553      obj       -0.0011051051051051061   tail553   -0.0020000000000000018
    x553      mono553   -1             icup553   -0.0010010010010010019
    x553      mono554   1              icdown554  -0.0010010010010010019
    x554      obj       -0.001107107107107108   tail554   -0.0020000000000000018
    x554      mono554   -1             icup554   -0.0010010010010010019
    x554      mono555   1              icdown555  -0.0010010010010010019
    x555      obj       -0.0011091091091091103   tail555   -0.0020000000000000018
    x555      mono555   -1             icup555   -0.0010010010010010019
    x555      mono556   1              icdown556  -0.0010010010010010019
    x556      obj       -0.0011111111111111122   tail556   -0.0020000000000000018
    x556      mono556   -1             icup556   -0.0010010010010010019
    x556      mono557   1              icdown557  -0.0010010010010010019
    x557      obj       -0.0011131131131131141   tail557   -0.0020000000000000018
    x557      mono557   -1             icup557   -0.0010010010010010019
    x557      mono558   1              icdown558  -0.0010010010010010019
    x558      obj       -0.001115115115115116   tail558   -0.0020000000000000018
    x558      mono558   -1             icup558   -0.0010010010010010019
    x558      mono559   1              icdown559  -0.0010010010010010019
    x559      obj       -0.0011171171171171182   tail559   -0.0020000000000000018
    x559      mono559   -1             icup559   -0.0010010010010010019
    x559      mono560   1              icdown560  -0.0010010010010010019
    x560      obj       -0.0011191191191191202   tail560   -0.0020000000000000018
    x560      mono560   -1             icup560   -0.0010010010010010019
    x560      mono561   1              icdown561  -0.0010010010010010019
    x561      obj       -0.0011211211211211223   tail561   -0.0020000000000000018
    x561      mono561   -1             icup561   -0.0010010010010010019
    x561      mono562   1              icdown562  -0.0010010010010010019
    x562      obj       -0.001123123123123124   tail562   -0.0020000000000000018
    x562      mono562   -1             icup562   -0.0010010010010010019
    x562      mono563   1              icdown563  -0.0010010010010010019
    x563      obj       -0.0011251251251250013   tail563   -0.0019999999999997797
    x563      mono563   -1             icup563   -0.0010010010010010019
    x563      mono564   1              icdown564  -0.0010010010010008908
    x564      obj       -0.001127127127127128   tail564   -0.0020000000000000018
    x564      mono564   -1             icup564   -0.0010010010010008908
    x564      mono565   1              icdown565  -0.0010010010010010019
    x565      obj       -0.0011291291291291301   tail565   -0.0020000000000000018
    x565      mono565   -1             icup565   -0.0010010010010010019
    x565      mono566   1              icdown566  -0.0010010010010010019
    x566      obj       -0.0011311311311311318   tail566   -0.0020000000000000018
    x566      mono566   -1             icup566   -0.0010010010010010019
    x566      mono567   1              icdown567  -0.0010010010010010019
    x567      obj       -0.001133133133133134   tail567   -0.0020000000000000018
    x567      mono567   -1             icup567   -0.0010010010010010019
    x567      mono568   1              icdown568  -0.0010010010010010019
    x568      obj       -0.001135135135135136   tail568   -0.0020000000000000018
    x568      mono568   -1             icup568   -0.0010010010010010019
    x568      mono569   1              icdown569  -0.0010010010010010019
    x569      obj       -0.001137137137137138   tail569   -0.0020000000000000018
    x569      mono569   -1             icup569   -0.0010010010010010019
    x569      mono570   1              icdown570  -0.0010010010010010019
    x570      obj       -0.00113913913913914   tail570   -0.0020000000000000018
    x570      mono570   -1             icup570   -0.0010010010010010019
    x570      mono571   1              icdown571  -0.0010010010010010019
    x571      obj       -0.001141141141141142   tail571   -0.0020000000000000018
    x571      mono571   -1             icup571   -0.0010010010010010019
    x571      mono572   1              icdown572  -0.0010010010010010019
    x572      obj       -0.001143143143143144   tail572   -0.0020000000000000018
    x572      mono572   -1             icup572   -0.0010010010010010019
    x572      mono573   1              icdown573  -0.0010010010010010019
    x573      obj       -0.001145145145145146   tail573   -0.0020000000000000018
    x573      mono573   -1             icup573   -0.0010010010010010019
    x573      mono574   1              icdown574  -0.0010010010010010019
    x574      obj       -0.001147147147147148   tail574   -0.0020000000000000018
    x574      mono574   -1             icup574   -0.0010010010010010019
    x574      mono575   1              icdown575  -0.0010010010010010019
    x575      obj       -0.0011491491491491502   tail575   -0.0020000000000000018
    x575      mono575   -1             icup575   -0.0010010010010010019
    x575      mono576   1              icdown576  -0.0010010010010010019
    x576      obj       -0.001151151151151152   tail576   -0.0020000000000000018
    x576      mono576   -1             icup576   -0.0010010010010010019
    x576      mono577   1              icdown577  -0.0010010010010010019
    x577      obj       -0.001153153153153154   tail577   -0.0020000000000000018
    x577      mono577   -1             icup577   -0.0010010010010010019
    x577      mono578   1              icdown578  -0.0010010010010010019
    x578      obj       -0.001155155155155156   tail578   -0.0020000000000000018
    x578      mono578   -1             icup578   -0.0010010010010010019
    x578      mono579   1              icdown579  -0.0010010010010010019
    x579      obj       -0.0011571571571571582   tail579   -0.0020000000000000018
    x579      mono579   -1             icup579   -0.0010010010010010019
    x579      mono580   1              icdown580  -0.0010010010010010019
    x580      obj       -0.0011591591591591601   tail580   -0.0020000000000000018
    x580      mono580   -1             icup580   -0.0010010010010010019
    x580      mono581   1              icdown581  -0.0010010010010010019
    x581      obj       -0.001161161161161162   tail581   -0.0020000000000000018
    x581      mono581   -1             icup581   -0.0010010010010010019
    x581      mono582   1              icdown582  -0.0010010010010010019
    x582      obj       -0.001163163163163164   tail582   -0.0020000000000000018
    x582      mono582   -1             icup582   -0.0010010010010010019
    x582      mono583   1              icdown583  -0.0010010010010010019
    x583      obj       -0.0011651651651651662   tail583   -0.0020000000000000018
    x583      mono583   -1             icup583   -0.0010010010010010019
    x583      mono584   1              icdown584  -0.0010010010010010019
    x584      obj       -0.0011671671671671681   tail584   -0.0020000000000000018
    x584      mono584   -1             icup584   -0.0010010010010010019
    x584      mono585   1              icdown585  -0.0010010010010010019
    x585      obj       -0.0011691691691691703   tail585   -0.0020000000000000018
    x585      mono585   -1             icup585   -0.0010010010010010019
    x585      mono586   1              icdown586  -0.0010010010010010019
    x586      obj       -0.001171171171171172   tail586   -0.0020000000000000018
    x586      mono586   -1             icup586   -0.0010010010010010019
    x586      mono587   1              icdown587  -0.0010010010010010019
    x587      obj       -0.0011731731731731742   tail587   -0.0020000000000000018
    x587      mono587   -1             icup587   -0.0010010010010010019
    x587      mono588   1              icdown588  -0.0010010010010010019
    x588      obj       -0.001175175175175176   tail588   -0.0020000000000000018
    x588      mono588   -1             icup588   -0.0010010010010010019
    x588      mono589   1              icdown589  -0.0010010010010010019
    x589      obj       -0.0011771771771771783   tail589   -0.0020000000000000018
    x589      mono589   -1             icup589   -0.0010010010010010019
    x589      mono590   1              icdown590  -0.0010010010010010019
    x590      obj       -0.00117917917917918   tail590   -0.0020000000000000018
    x590      mono590   -1             icup590   -0.0010010010010010019
    x590      mono591   1              icdown591  -0.0010010010010010019
    x591      obj       -0.0011811811811811822   tail591   -0.0020000000000000018
    x591      mono591   -1             icup591   -0.0010010010010010019
    x591      mono592   1              icdown592  -0.0010010010010010019
    x592      obj       -0.001183183183183184   tail592   -0.0020000000000000018
    x592      mono592   -1             icup592   -0.0010010010010010019
    x592      mono593   1              icdown593  -0.0010010010010010019
    x593      obj       -0.0011851851851851863   tail593   -0.0020000000000000018
    x593      mono593   -1             icup593   -0.0010010010010010019
    x593      mono594   1              icdown594  -0.0010010010010010019
    x594      obj       -0.0011871871871871882   tail594   -0.0020000000000000018
    x594      mono594   -1             icup594   -0.0010010010010010019
    x594      mono595   1              icdown595  -0.0010010010010010019
    x595      obj       -0.0011891891891891901   tail595   -0.0020000000000000018
    x595      mono595   -1             icup595   -0.0010010010010010019
    x595      mono596   1              icdown596  -0.0010010010010010019
    x596      obj       -0.001191191191191192   tail596   -0.0020000000000000018
    x596      mono596   -1             icup596   -0.0010010010010010019
    x596      mono597   1              icdown597  -0.0010010010010010019
    x597      obj       -0.0011931931931931942   tail597   -0.0020000000000000018
    x597      mono597   -1             icup597   -0.0010010010010010019
    x597      mono598   1              icdown598  -0.0010010010010010019
    x598      obj       -0.0011951951951951962   tail598   -0.0020000000000000018
    x598      mono598   -1             icup598   -0.0010010010010010019
    x598      mono599   1              icdown599  -0.0010010010010010019
    x599      obj       -0.0011971971971971983   tail599   -0.0020000000000000018
    x599      mono599   -1             icup599   -0.0010010010010010019
    x599      mono600   1              icdown600  -0.0010010010010010019
    x600      obj       -0.0011991991991992   tail600   -0.0020000000000000018
    x600      mono600   -1             icup600   -0.0010010010010010019
    x600      mono601   1              icdown601  -0.0010010010010010019
    x601      obj       -0.0012012012012012022   tail601   -0.0020000000000000018
    x601      mono601   -1             icup601   -0.0010010010010010019
    x601      mono602   1              icdown602  -0.0010010010010010019
    x602      obj       -0.0012032032032032042   tail602   -0.0020000000000000018
    x602      mono602   -1             icup602   -0.0010010010010010019
    x602      mono603   1              icdown603  -0.0010010010010010019
    x603      obj       -0.0012052052052052063   tail603   -0.0020000000000000018
    x603      mono603   -1             icup603   -0.0010010010010010019
    x603      mono604   1              icdown604  -0.0010010010010010019
    x604      obj       -0.0012072072072072083   tail604   -0.0020000000000000018
    x604      mono604   -1             icup604   -0.0010010010010010019
    x604      mono605   1              icdown605  -0.0010010010010010019
    x605      obj       -0.0012092092092092102   tail605   -0.0020000000000000018
    x605      mono605   -1             icup605   -0.0010010010010010019
    x605      mono606   1              icdown606  -0.0010010010010010019
    x606      obj       -0.0012112112112112122   tail606   -0.0020000000000000018
    x606      mono606   -1             icup606   -0.0010010010010010019
    x606      mono607   1              icdown607  -0.0010010010010010019
    x607      obj       -0.0012132132132132143   tail607   -0.0020000000000000018
    x607      mono607   -1             icup607   -0.0010010010010010019
    x607      mono608   1              icdown608  -0.0010010010010010019
    x608      obj       -0.0012152152152152163   tail608   -0.0020000000000000018
    x608      mono608   -1             icup608   -0.0010010010010010019
    x608      mono609   1              icdown609  -0.0010010010010010019
    x609      obj       -0.0012172172172172184   tail609   -0.0020000000000000018
    x609      mono609   -1             icup609   -0.0010010010010010019
    x609      mono610   1              icdown610  -0.0010010010010010019
    x610      obj       -0.0012192192192192202   tail610   -0.0020000000000000018
    x610      mono610   -1             icup610   -0.0010010010010010019
    x610      mono611   1              icdown611  -0.0010010010010010019
    x611      obj       -0.0012212212212212223   tail611   -0.0020000000000000018
    x611      mono611   -1             icup611   -0.0010010010010010019
    x611      mono612   1              icdown612  -0.0010010010010010019
    x612      obj       -0.0012232232232232243   tail612   -0.0020000000000000018
    x612      mono612   -1             icup612   -0.0010010010010010019
    x612      mono613   1              icdown613  -0.0010010010010010019
    x613      obj       -0.0012252252252252264   tail613   -0.0020000000000000018
    x613      mono613   -1             icup613   -0.0010010010010010019
    x613      mono614   1              icdown614  -0.0010010010010010019
    x614      obj       -0.0012272272272272281   tail614   -0.0020000000000000018
    x614      mono614   -1             icup614   -0.0010010010010010019
    x614      mono615   1              icdown615  -0.0010010010010010019
    x615      obj       -0.0012292292292292303   tail615   -0.0020000000000000018
    x615      mono615   -1             icup615   -0.0010010010010010019
    x615      mono616   1              icdown616  -0.0010010010010010019
    x616      obj       -0.0012312312312312322   tail616   -0.0020000000000000018
    x616      mono616   -1             icup616   -0.0010010010010010019
    x616      mono617   1              icdown617  -0.0010010010010010019
    x617      obj       -0.0012332332332332344   tail617   -0.0020000000000000018
    x617      mono617   -1             icup617   -0.0010010010010010019
    x617      mono618   1              icdown618  -0.0010010010010010019
    x618      obj       -0.0012352352352352363   tail618   -0.0020000000000000018
    x618      mono618   -1             icup618   -0.0010010010010010019
    x618      mono619   1              icdown619  -0.0010010010010010019
    x619      obj       -0.0012372372372372383   tail619   -0.0020000000000000018
    x619      mono619   -1             icup619   -0.0010010010010010019
    x619      mono620   1              icdown620  -0.0010010010010010019
    x620      obj       -0.0012392392392392402   tail620   -0.0020000000000000018
    x620      mono620   -1             icup620   -0.0010010010010010019
    x620      mono621   1              icdown621  -0.0010010010010010019
    x621      obj       -0.0012412412412412424   tail621   -0.0020000000000000018
    x621      mono621   -1             icup621   -0.0010010010010010019
    x621      mono622   1              icdown622  -0.0010010010010010019
    x622      obj       -0.0012432432432432443   tail622   -0.0020000000000000018
    x622      mono622   -1             icup622   -0.0010010010010010019
    x622      mono623   1              icdown623  -0.0010010010010010019
    x623      obj       -0.0012452452452452465   tail623   -0.0020000000000000018
    x623      mono623   -1             icup623   -0.0010010010010010019
    x623      mono624   1              icdown624  -0.0010010010010010019
    x624      obj       -0.0012472472472472482   tail624   -0.0020000000000000018
    x624      mono624   -1             icup624   -0.0010010010010010019
    x624      mono625   1              icdown625  -0.0010010010010010019
    x625      obj       -0.0012492492492492504   tail625   -0.0020000000000000018
    x625      mono625   -1             icup625   -0.0010010010010010019
    x625      mono626   1              icdown626  -0.0010010010010010019
    x626      obj       -0.0012512512512512523   tail626   -0.0020000000000000018
    x626      mono626   -1             icup626   -0.0010010010010010019
    x626      mono627   1              icdown627  -0.0010010010010010019
    x627      obj       -0.0012532532532532545   tail627   -0.0020000000000000018
    x627      mono627   -1             icup627   -0.0010010010010010019
    x627      mono628   1              icdown628  -0.0010010010010010019
    x628      obj       -0.0012552552552552564   tail628   -0.0020000000000000018
    x628      mono628   -1             icup628   -0.0010010010010010019
    x628      mono629   1              icdown629  -0.0010010010010010019
    x629      obj       -0.0012572572572572584   tail629   -0.0020000000000000018
    x629      mono629   -1             icup629   -0.0010010010010010019
    x629      mono630   1              icdown630  -0.0010010010010010019
    x630      obj       -0.0012592592592592603   tail630   -0.0020000000000000018
    x630      mono630   -1             icup630   -0.0010010010010010019
    x630      mono631   1              icdown631  -0.0010010010010010019
    x631      obj       -0.0012612612612612625   tail631   -0.0020000000000000018
    x631      mono631   -1             icup631   -0.0010010010010010019
    x631      mono632   1              icdown632  -0.0010010010010010019
    x632      obj       -0.0012632632632632644   tail632   -0.0020000000000000018
    x632      mono632   -1             icup632   -0.0010010010010010019
    x632      mono633   1              icdown633  -0.0010010010010010019
    x633      obj       -0.0012652652652652666   tail633   -0.0020000000000000018
    x633      mono633   -1             icup633   -0.0010010010010010019
    x633      mono634   1              icdown634  -0.0010010010010010019
    x634      obj       -0.0012672672672672683   tail634   -0.0020000000000000018
    x634      mono634   -1             icup634   -0.0010010010010010019
    x634      mono635   1              icdown635  -0.0010010010010010019
    x635      obj       -0.0012692692692692705   tail635   -0.0020000000000000018
    x635      mono635   -1             icup635   -0.0010010010010010019
    x635      mono636   1              icdown636  -0.0010010010010010019
    x636      obj       -0.0012712712712712724   tail636   -0.0020000000000000018
    x636      mono636   -1             icup636   -0.0010010010010010019
    x636      mono637   1              icdown637  -0.0010010010010010019
    x637      obj       -0.0012732732732732746   tail637   -0.0020000000000000018
    x637      mono637   -1             icup637   -0.0010010010010010019
    x637      mono638   1              icdown638  -0.0010010010010010019
    x638      obj       -0.0012752752752752765   tail638   -0.0020000000000000018
    x638      mono638   -1             icup638   -0.0010010010010010019
    x638      mono639   1              icdown639  -0.0010010010010010019
    x639      obj       -0.0012772772772772785   tail639   -0.0020000000000000018
    x639      mono639   -1             icup639   -0.0010010010010010019
    x639      mono640   1              icdown640  -0.0010010010010010019
    x640      obj       -0.0012792792792792804   tail640   -0.0020000000000000018
    x640      mono640   -1             icup640   -0.0010010010010010019
    x640      mono641   1              icdown641  -0.0010010010010010019
    x641      obj       -0.0012812812812812826   tail641   -0.0020000000000000018
    x641      mono641   -1             icup641   -0.0010010010010010019
    x641      mono642   1              icdown642  -0.0010010010010010019
    x642      obj       -0.0012832832832832845   tail642   -0.0020000000000000018
    x642      mono642   -1             icup642   -0.0010010010010010019
    x642      mono643   1              icdown643  -0.0010010010010010019
    x643      obj       -0.0012852852852852864   tail643   -0.0020000000000000018
    x643      mono643   -1             icup643   -0.0010010010010010019
    x643      mono644   1              icdown644  -0.0010010010010010019
    x644      obj       -0.0012872872872872884   tail644   -0.0020000000000000018
    x644      mono644   -1             icup644   -0.0010010010010010019
    x644      mono645   1              icdown645  -0.0010010010010010019
    x645      obj       -0.0012892892892892905   tail645   -0.0020000000000000018
    x645      mono645   -1             icup645   -0.0010010010010010019
    x645      mono646   1              icdown646  -0.0010010010010010019
    x646      obj       -0.0012912912912912925   tail646   -0.0020000000000000018
    x646      mono646   -1             icup646   -0.0010010010010010019
    x646      mono647   1              icdown647  -0.0010010010010010019
    x647      obj       -0.0012932932932932946   tail647   -0.0020000000000000018
    x647      mono647   -1             icup647   -0.0010010010010010019
    x647      mono648   1              icdown648  -0.0010010010010010019
    x648      obj       -0.0012952952952952964   tail648   -0.0020000000000000018
    x648      mono648   -1             icup648   -0.0010010010010010019
    x648      mono649   1              icdown649  -0.0010010010010010019
    x649      obj       -0.0012972972972972985   tail649   -0.0020000000000000018
    x649      mono649   -1             icup649   -0.0010010010010010019
    x649      mono650   1              icdown650  -0.0010010010010010019
    x650      obj       -0.0012992992992993005   tail650   -0.0020000000000000018
    x650      mono650   -1             icup650   -0.0010010010010010019
    x650      mono651   1              icdown651  -0.0010010010010010019
    x651      obj       -0.0013013013013013026   tail651   -0.0020000000000000018
    x651      mono651   -1             icup651   -0.0010010010010010019
    x651      mono652   1              icdown652  -0.0010010010010010019
    x652      obj       -0.0013033033033033046   tail652   -0.0020000000000000018
    x652      mono652   -1             icup652   -0.0010010010010010019
    x652      mono653   1              icdown653  -0.0010010010010010019
    x653      obj       -0.0013053053053053065   tail653   -0.0020000000000000018
    x653      mono653   -1             icup653   -0.0010010010010010019
    x653      mono654   1              icdown654  -0.0010010010010010019
    x654      obj       -0.0013073073073073085   tail654   -0.0020000000000000018
    x654      mono654   -1             icup654   -0.0010010010010010019
    x654      mono655   1              icdown655  -0.0010010010010010019
    x655      obj       -0.0013093093093093106   tail655   -0.0020000000000000018
    x655      mono655   -1             icup655   -0.0010010010010010019
    x655      mono656   1              icdown656  -0.0010010010010010019
    x656      obj       -0.0013113113113113126   tail656   -0.0020000000000000018
    x656      mono656   -1             icup656   -0.0010010010010010019
    x656      mono657   1              icdown657  -0.0010010010010010019
    x657      obj       -0.0013133133133133147   tail657   -0.0020000000000000018
    x657      mono657   -1             icup657   -0.0010010010010010019
    x657      mono658   1              icdown658  -0.0010010010010010019
    x658      obj       -0.0013153153153153165   tail658   -0.0020000000000000018
    x658      mono658   -1             icup658   -0.0010010010010010019
    x658      mono659   1              icdown659  -0.0010010010010010019
    x659      obj       -0.0013173173173173186   tail659   -0.0020000000000000018
    x659      mono659   -1             icup659   -0.0010010010010010019
    x659      mono660   1              icdown660  -0.0010010010010010019
    x660      obj       -0.0013193193193193206   tail660   -0.0020000000000000018
    x660      mono660   -1             icup660   -0.0010010010010010019
    x660      mono661   1              icdown661  -0.0010010010010010019
    x661      obj       -0.0013213213213213227   tail661   -0.0020000000000000018
    x661      mono661   -1             icup661   -0.0010010010010010019
    x661      mono662   1              icdown662  -0.0010010010010010019
    x662      obj       -0.0013233233233233247   tail662   -0.0020000000000000018
    x662      mono662   -1             icup662   -0.0010010010010010019
    x662      mono663   1              icdown663  -0.0010010010010010019
    x663      obj       -0.0013253253253253266   tail663   -0.0020000000000000018
    x663      mono663   -1             icup663   -0.0010010010010010019
    x663      mono664   1              icdown664  -0.0010010010010010019
    x664      obj       -0.0013273273273273285   tail664   -0.0020000000000000018
    x664      mono664   -1             icup664   -0.0010010010010010019
    x664      mono665   1              icdown665  -0.0010010010010010019
    x665      obj       -0.0013293293293293307   tail665   -0.0020000000000000018
    x665      mono665   -1             icup665   -0.0010010010010010019
    x665      mono666   1              icdown666  -0.0010010010010010019
    x666      obj       -0.0013313313313313326   tail666   -0.0020000000000000018
    x666      mono666   -1             icup666   -0.0010010010010010019
    x666      mono667   1              icdown667  -0.0010010010010010019
    x667      obj       -0.0013333333333333346   tail667   -0.0020000000000000018
    x667      mono667   -1             icup667   -0.0010010010010010019
    x667      mono668   1              icdown668  -0.0010010010010010019
    x668      obj       -0.0013353353353353365   tail668   -0.0020000000000000018
    x668      mono668   -1             icup668   -0.0010010010010010019
    x668      mono669   1              icdown669  -0.0010010010010010019
    x669      obj       -0.0013373373373373387   tail669   -0.0020000000000000018
    x669      mono669   -1             icup669   -0.0010010010010010019
    x669      mono670   1              icdown670  -0.0010010010010010019
    x670      obj       -0.0013393393393393406   tail670   -0.0020000000000000018
    x670      mono670   -1             icup670   -0.0010010010010010019
    x670      mono671   1              icdown671  -0.0010010010010010019
    x671      obj       -0.0013413413413413428   tail671   -0.0020000000000000018
    x671      mono671   -1             icup671   -0.0010010010010010019
    x671      mono672   1              icdown672  -0.0010010010010010019
    x672      obj       -0.0013433433433433445   tail672   -0.0020000000000000018
    x672      mono672   -1             icup672   -0.0010010010010010019
    x672      mono673   1              icdown673  -0.0010010010010010019
    x673      obj       -0.0013453453453453467   tail673   -0.0020000000000000018
    x673      mono673   -1             icup673   -0.0010010010010010019
    x673      mono674   1              icdown674  -0.0010010010010010019
    x674      obj       -0.0013473473473473486   tail674   -0.0020000000000000018
    x674      mono674   -1             icup674   -0.0010010010010010019
    x674      mono675   1              icdown675  -0.0010010010010010019
    x675      obj       -0.0013493493493493506   tail675   -0.0020000000000000018
    x675      mono675   -1             icup675   -0.0010010010010010019
    x675      mono676   1              icdown676  -0.0010010010010010019
    x676      obj       -0.0013513513513513527   tail676   -0.0020000000000000018
    x676      mono676   -1             icup676   -0.0010010010010010019
    x676      mono677   1              icdown677  -0.0010010010010010019
    x677      obj       -0.0013533533533533545   tail677   -0.0020000000000000018
    x677      mono677   -1             icup677   -0.0010010010010010019
    x677      mono678   1              icdown678  -0.0010010010010010019
    x678      obj       -0.0013553553553553566   tail678   -0.0020000000000000018
    x678      mono678   -1             icup678   -0.0010010010010010019
    x678      mono679   1              icdown679  -0.0010010010010010019
    x679      obj       -0.0013573573573573586   tail679   -0.0020000000000000018
    x679      mono679   -1             icup679   -0.0010010010010010019
    x679      mono680   1              icdown680  -0.0010010010010010019
    x680      obj       -0.0013593593593593607   tail680   -0.0020000000000000018
    x680      mono680   -1             icup680   -0.0010010010010010019
    x680      mono681   1              icdown681  -0.0010010010010010019
    x681      obj       -0.0013613613613613627   tail681   -0.0020000000000000018
    x681      mono681   -1             icup681   -0.0010010010010010019
    x681      mono682   1              icdown682  -0.0010010010010010019
    x682      obj       -0.0013633633633633646   tail682   -0.0020000000000000018
    x682      mono682   -1             icup682   -0.0010010010010010019
    x682      mono683   1              icdown683  -0.0010010010010010019
    x683      obj       -0.0013653653653653665   tail683   -0.0020000000000000018
    x683      mono683   -1             icup683   -0.0010010010010010019
    x683      mono684   1              icdown684  -0.0010010010010010019
    x684      obj       -0.0013673673673673687   tail684   -0.0020000000000000018
    x684      mono684   -1             icup684   -0.0010010010010010019
    x684      mono685   1              icdown685  -0.0010010010010010019
    x685      obj       -0.0013693693693693706   tail685   -0.0020000000000000018
    x685      mono685   -1             icup685   -0.0010010010010010019
    x685      mono686   1              icdown686  -0.0010010010010010019
    x686      obj       -0.0013713713713713728   tail686   -0.0020000000000000018
    x686      mono686   -1             icup686   -0.0010010010010010019
    x686      mono687   1              icdown687  -0.0010010010010010019
    x687      obj       -0.0013733733733733745   tail687   -0.0020000000000000018
    x687      mono687   -1             icup687   -0.0010010010010010019
    x687      mono688   1              icdown688  -0.0010010010010010019
    x688      obj       -0.001375375375375224   tail688   -0.0019999999999997797
    x688      mono688   -1             icup688   -0.0010010010010010019
    x688      mono689   1              icdown689  -0.0010010010010008908
    x689      obj       -0.0013773773773773784   tail689   -0.0020000000000000018
    x689      mono689   -1             icup689   -0.0010010010010008908
    x689      mono690   1              icdown690  -0.0010010010010010019
    x690      obj       -0.0013793793793793806   tail690   -0.0020000000000000018
    x690      mono690   -1             icup690   -0.0010010010010010019
    x690      mono691   1              icdown691  -0.0010010010010010019
    x691      obj       -0.0013813813813813823   tail691   -0.0020000000000000018
    x691      mono691   -1             icup691   -0.0010010010010010019
    x691      mono692   1              icdown692  -0.0010010010010010019
    x692      obj       -0.0013833833833833845   tail692   -0.0020000000000000018
    x692      mono692   -1             icup692   -0.0010010010010010019
    x692      mono693   1              icdown693  -0.0010010010010010019
    x693      obj       -0.0013853853853853864   tail693   -0.0020000000000000018
    x693      mono693   -1             icup693   -0.0010010010010010019
    x693      mono694   1              icdown694  -0.0010010010010010019
    x694      obj       -0.0013873873873873886   tail694   -0.0020000000000000018
    x694      mono694   -1             icup694   -0.0010010010010010019
    x694      mono695   1              icdown695  -0.0010010010010010019
    x695      obj       -0.0013893893893893905   tail695   -0.0020000000000000018
    x695      mono695   -1             icup695   -0.0010010010010010019
    x695      mono696   1              icdown696  -0.0010010010010010019
    x696      obj       -0.0013913913913913925   tail696   -0.0020000000000000018
    x696      mono696   -1             icup696   -0.0010010010010010019
    x696      mono697   1              icdown697  -0.0010010010010010019
    x697      obj       -0.0013933933933933944   tail697   -0.0020000000000000018
    x697      mono697   -1             icup697   -0.0010010010010010019
    x697      mono698   1              icdown698  -0.0010010010010010019
    x698      obj       -0.0013953953953953966   tail698   -0.0020000000000000018
    x698      mono698   -1             icup698   -0.0010010010010010019
    x698      mono699   1              icdown699  -0.0010010010010010019
    x699      obj       -0.0013973973973973985   tail699   -0.0020000000000000018
    x699      mono699   -1             icup699   -0.0010010010010010019
    x699      mono700   1              icdown700  -0.0010010010010010019
    x700      obj       -0.0013993993993994007   tail700   -0.0020000000000000018
    x700      mono700   -1             icup700   -0.0010010010010010019
    x700      mono701   1              icdown701  -0.0010010010010010019
    x701      obj       -0.0014014014014014024   tail701   -0.0020000000000000018
    x701      mono701   -1             icup701   -0.0010010010010010019
    x701      mono702   1              icdown702  -0.0010010010010010019
    x702      obj       -0.0014034034034034045   tail702   -0.0020000000000000018
    x702      mono702   -1             icup702   -0.0010010010010010019
    x702      mono703   1              icdown703  -0.0010010010010010019
    x703      obj       -0.0014054054054054065   tail703   -0.0020000000000000018
    x703      mono703   -1             icup703   -0.0010010010010010019
    x703      mono704   1              icdown704  -0.0010010010010010019
    x704      obj       -0.0014074074074074086   tail704   -0.0020000000000000018
    x704      mono704   -1             icup704   -0.0010010010010010019
    x704      mono705   1              icdown705  -0.0010010010010010019
    x705      obj       -0.0014094094094094106   tail705   -0.0020000000000000018
    x705      mono705   -1             icup705   -0.0010010010010010019
    x705      mono706   1              icdown706  -0.0010010010010010019
    x706      obj       -0.0014114114114114125   tail706   -0.0020000000000000018
    x706      mono706   -1             icup706   -0.0010010010010010019
    x706      mono707   1              icdown707  -0.0010010010010010019
    x707      obj       -0.0014134134134134145   tail707   -0.0020000000000000018
    x707      mono707   -1             icup707   -0.0010010010010010019
    x707      mono708   1              icdown708  -0.0010010010010010019
    x708      obj       -0.0014154154154154166   tail708   -0.0020000000000000018
    x708      mono708   -1             icup708   -0.0010010010010010019
    x708      mono709   1              icdown709  -0.0010010010010010019
    x709      obj       -0.0014174174174174186   tail709   -0.0020000000000000018
    x709      mono709   -1             icup709   -0.0010010010010010019
    x709      mono710   1              icdown710  -0.0010010010010010019
    x710      obj       -0.0014194194194194207   tail710   -0.0020000000000000018
    x710      mono710   -1             icup710   -0.0010010010010010019
    x710      mono711   1              icdown711  -0.0010010010010010019
    x711      obj       -0.0014214214214214225   tail711   -0.0020000000000000018
    x711      mono711   -1             icup711   -0.0010010010010010019
    x711      mono712   1              icdown712  -0.0010010010010010019
    x712      obj       -0.0014234234234234246   tail712   -0.0020000000000000018
    x712      mono712   -1             icup712   -0.0010010010010010019
    x712      mono713   1              icdown713  -0.0010010010010010019
    x713      obj       -0.0014254254254254266   tail713   -0.0020000000000000018
    x713      mono713   -1             icup713   -0.0010010010010010019
    x713      mono714   1              icdown714  -0.0010010010010010019
    x714      obj       -0.0014274274274274287   tail714   -0.0020000000000000018
    x714      mono714   -1             icup714   -0.0010010010010010019
    x714      mono715   1              icdown715  -0.0010010010010010019
    x715      obj       -0.0014294294294294305   tail715   -0.0020000000000000018
    x715      mono715   -1             icup715   -0.0010010010010010019
    x715      mono716   1              icdown716  -0.0010010010010010019
    x716      obj       -0.0014314314314314326   tail716   -0.0020000000000000018
    x716      mono716   -1             icup716   -0.0010010010010010019
    x716      mono717   1              icdown717  -0.0010010010010010019
    x717      obj       -0.0014334334334334346   tail717   -0.0020000000000000018
    x717      mono717   -1             icup717   -0.0010010010010010019
    x717      mono718   1              icdown718  -0.0010010010010010019
    x718      obj       -0.0014354354354354367   tail718   -0.0020000000000000018
    x718      mono718   -1             icup718   -0.0010010010010010019
    x718      mono719   1              icdown719  -0.0010010010010010019
    x719      obj       -0.0014374374374374387   tail719   -0.0020000000000000018
    x719      mono719   -1             icup719   -0.0010010010010010019
    x719      mono720   1              icdown720  -0.0010010010010010019
    x720      obj       -0.0014394394394394406   tail720   -0.0020000000000000018
    x720      mono720   -1             icup720   -0.0010010010010010019
    x720      mono721   1              icdown721  -0.0010010010010010019
    x721      obj       -0.0014414414414414425   tail721   -0.0020000000000000018
    x721      mono721   -1             icup721   -0.0010010010010010019
    x721      mono722   1              icdown722  -0.0010010010010010019
    x722      obj       -0.0014434434434434447   tail722   -0.0020000000000000018
    x722      mono722   -1             icup722   -0.0010010010010010019
    x722      mono723   1              icdown723  -0.0010010010010010019
    x723      obj       -0.0014454454454454467   tail723   -0.0020000000000000018
    x723      mono723   -1             icup723   -0.0010010010010010019
    x723      mono724   1              icdown724  -0.0010010010010010019
    x724      obj       -0.0014474474474474488   tail724   -0.0020000000000000018
    x724      mono724   -1             icup724   -0.0010010010010010019
    x724      mono725   1              icdown725  -0.0010010010010010019
    x725      obj       -0.0014494494494494505   tail725   -0.0020000000000000018
    x725      mono725   -1             icup725   -0.0010010010010010019
    x725      mono726   1              icdown726  -0.0010010010010010019
    x726      obj       -0.0014514514514514527   tail726   -0.0020000000000000018
    x726      mono726   -1             icup726   -0.0010010010010010019
    x726      mono727   1              icdown727  -0.0010010010010010019
    x727      obj       -0.0014534534534534546   tail727   -0.0020000000000000018
    x727      mono727   -1             icup727   -0.0010010010010010019
    x727      mono728   1              icdown728  -0.0010010010010010019
    x728      obj       -0.0014554554554554568   tail728   -0.0020000000000000018
    x728      mono728   -1             icup728   -0.0010010010010010019
    x728      mono729   1              icdown729  -0.0010010010010010019
    x729      obj       -0.0014574574574574587   tail729   -0.0020000000000000018
    x729      mono729   -1             icup729   -0.0010010010010010019
    x729      mono730   1              icdown730  -0.0010010010010010019
    x730      obj       -0.0014594594594594607   tail730   -0.0020000000000000018
    x730      mono730   -1             icup730   -0.0010010010010010019
    x730      mono731   1              icdown731  -0.0010010010010010019
    x731      obj       -0.0014614614614614626   tail731   -0.0020000000000000018
    x731      mono731   -1             icup731   -0.0010010010010010019
    x731      mono732   1              icdown732  -0.0010010010010010019
    x732      obj       -0.0014634634634634648   tail732   -0.0020000000000000018
    x732      mono732   -1             icup732   -0.0010010010010010019
    x732      mono733   1              icdown733  -0.0010010010010010019
    x733      obj       -0.0014654654654654667   tail733   -0.0020000000000000018
    x733      mono733   -1             icup733   -0.0010010010010010019
    x733      mono734   1              icdown734  -0.0010010010010010019
    x734      obj       -0.0014674674674674689   tail734   -0.0020000000000000018
    x734      mono734   -1             icup734   -0.0010010010010010019
    x734      mono735   1              icdown735  -0.0010010010010010019
    x735      obj       -0.0014694694694694706   tail735   -0.0020000000000000018
    x735      mono735   -1             icup735   -0.0010010010010010019
    x735      mono736   1              icdown736  -0.0010010010010010019
    x736      obj       -0.0014714714714714728   tail736   -0.0020000000000000018
    x736      mono736   -1             icup736   -0.0010010010010010019
    x736      mono737   1              icdown737  -0.0010010010010010019
    x737      obj       -0.0014734734734734747   tail737   -0.0020000000000000018
    x737      mono737   -1             icup737   -0.0010010010010010019
    x737      mono738   1              icdown738  -0.0010010010010010019
    x738      obj       -0.0014754754754754769   tail738   -0.0020000000000000018
    x738      mono738   -1             icup738   -0.0010010010010010019
    x738      mono739   1              icdown739  -0.0010010010010010019
    x739      obj       -0.0014774774774774786   tail739   -0.0020000000000000018
    x739      mono739   -1             icup739   -0.0010010010010010019
    x739      mono740   1              icdown740  -0.0010010010010010019
    x740      obj       -0.0014794794794794808   tail740   -0.0020000000000000018
    x740      mono740   -1             icup740   -0.0010010010010010019
    x740      mono741   1              icdown741  -0.0010010010010010019
    x741      obj       -0.0014814814814814827   tail741   -0.0020000000000000018
    x741      mono741   -1             icup741   -0.0010010010010010019
    x741      mono742   1              icdown742  -0.0010010010010010019
    x742      obj       -0.0014834834834834849   tail742   -0.0020000000000000018
    x742      mono742   -1             icup742   -0.0010010010010010019
    x742      mono743   1              icdown743  -0.0010010010010010019
    x743      obj       -0.0014854854854854868   tail743   -0.0020000000000000018
    x743      mono743   -1             icup743   -0.0010010010010010019
    x743      mono744   1              icdown744  -0.0010010010010010019
    x744      obj       -0.0014874874874874888   tail744   -0.0020000000000000018
    x744      mono744   -1             icup744   -0.0010010010010010019
    x744      mono745   1              icdown745  -0.0010010010010010019
    x745      obj       -0.0014894894894894907   tail745   -0.0020000000000000018
    x745      mono745   -1             icup745   -0.0010010010010010019
    x745      mono746   1              icdown746  -0.0010010010010010019
    x746      obj       -0.0014914914914914929   tail746   -0.0020000000000000018
    x746      mono746   -1             icup746   -0.0010010010010010019
    x746      mono747   1              icdown747  -0.0010010010010010019
    x747      obj       -0.0014934934934934948   tail747   -0.0020000000000000018
    x747      mono747   -1             icup747   -0.0010010010010010019
    x747      mono748   1              icdown748  -0.0010010010010010019
    x748      obj       -0.001495495495495497   tail748   -0.0020000000000000018
    x748      mono748   -1             icup748   -0.0010010010010010019
    x748      mono749   1              icdown749  -0.0010010010010010019
    x749      obj       -0.0014974974974974987   tail749   -0.0020000000000000018
    x749      mono749   -1             icup749   -0.0010010010010010019
    x749      mono750   1              icdown750  -0.0010010010010010019
    x750      obj       -0.0014994994994995008   tail750   -0.0020000000000000018
    x750      mono750   -1             icup750   -0.0010010010010010019
    x750      mono751   1              icdown751  -0.0010010010010010019
    x751      obj       -0.0015015015015015028   tail751   -0.0020000000000000018
    x751      mono751   -1             icup751   -0.0010010010010010019
    x751      mono752   1              icdown752  -0.0010010010010010019
    x752      obj       -0.001503503503503505   tail752   -0.0020000000000000018
    x752      mono752   -1             icup752   -0.0010010010010010019
    x752      mono753   1              icdown753  -0.0010010010010010019
    x753      obj       -0.001505505505505507   tail753   -0.0020000000000000018
    x753      mono753   -1             icup753   -0.0010010010010010019
    x753      mono754   1              icdown754  -0.0010010010010010019
    x754      obj       -0.0015075075075075088   tail754   -0.0020000000000000018
    x754      mono754   -1             icup754   -0.0010010010010010019
    x754      mono755   1              icdown755  -0.0010010010010010019
    x755      obj       -0.0015095095095095108   tail755   -0.0020000000000000018
    x755      mono755   -1             icup755   -0.0010010010010010019
    x755      mono756   1              icdown756  -0.0010010010010010019
    x756      obj       -0.001511511511511513   tail756   -0.0020000000000000018
    x756      mono756   -1             icup756   -0.0010010010010010019
    x756      mono757   1              icdown757  -0.0010010010010010019
    x757      obj       -0.0015135135135135149   tail757   -0.0020000000000000018
    x757      mono757   -1             icup757   -0.0010010010010010019
    x757      mono758   1              icdown758  -0.0010010010010010019
    x758      obj       -0.001515515515515517   tail758   -0.0020000000000000018
    x758      mono758   -1             icup758   -0.0010010010010010019
    x758      mono759   1              icdown759  -0.0010010010010010019
    x759      obj       -0.0015175175175175188   tail759   -0.0020000000000000018
    x759      mono759   -1             icup759   -0.0010010010010010019
    x759      mono760   1              icdown760  -0.0010010010010010019
    x760      obj       -0.001519519519519521   tail760   -0.0020000000000000018
    x760      mono760   -1             icup760   -0.0010010010010010019
    x760      mono761   1              icdown761  -0.0010010010010010019
    x761      obj       -0.0015215215215215229   tail761   -0.0020000000000000018
    x761      mono761   -1             icup761   -0.0010010010010010019
    x761      mono762   1              icdown762  -0.0010010010010010019
    x762      obj       -0.001523523523523525   tail762   -0.0020000000000000018
    x762      mono762   -1             icup762   -0.0010010010010010019
    x762      mono763   1              icdown763  -0.0010010010010010019
    x763      obj       -0.001525525525525527   tail763   -0.0020000000000000018
    x763      mono763   -1             icup763   -0.0010010010010010019
    x763      mono764   1              icdown764  -0.0010010010010010019
    x764      obj       -0.001527527527527529   tail764   -0.0020000000000000018
    x764      mono764   -1             icup764   -0.0010010010010010019
    x764      mono765   1              icdown765  -0.0010010010010010019
    x765      obj       -0.0015295295295295309   tail765   -0.0020000000000000018
    x765      mono765   -1             icup765   -0.0010010010010010019
    x765      mono766   1              icdown766  -0.0010010010010010019
    x766      obj       -0.001531531531531533   tail766   -0.0020000000000000018
    x766      mono766   -1             icup766   -0.0010010010010010019
    x766      mono767   1              icdown767  -0.0010010010010010019
    x767      obj       -0.001533533533533535   tail767   -0.0020000000000000018
    x767      mono767   -1             icup767   -0.0010010010010010019
    x767      mono768   1              icdown768  -0.0010010010010010019
    x768      obj       -0.001535535535535537   tail768   -0.0020000000000000018
    x768      mono768   -1             icup768   -0.0010010010010010019
    x768      mono769   1              icdown769  -0.0010010010010010019
    x769      obj       -0.0015375375375375388   tail769   -0.0020000000000000018
    x769      mono769   -1             icup769   -0.0010010010010010019
    x769      mono770   1              icdown770  -0.0010010010010010019
    x770      obj       -0.001539539539539541   tail770   -0.0020000000000000018
    x770      mono770   -1             icup770   -0.0010010010010010019
    x770      mono771   1              icdown771  -0.0010010010010010019
    x771      obj       -0.001541541541541543   tail771   -0.0020000000000000018
    x771      mono771   -1             icup771   -0.0010010010010010019
    x771      mono772   1              icdown772  -0.0010010010010010019
    x772      obj       -0.0015435435435435451   tail772   -0.0020000000000000018
    x772      mono772   -1             icup772   -0.0010010010010010019
    x772      mono773   1              icdown773  -0.0010010010010010019
    x773      obj       -0.0015455455455455468   tail773   -0.0020000000000000018
    x773      mono773   -1             icup773   -0.0010010010010010019
    x773      mono774   1              icdown774  -0.0010010010010010019
    x774      obj       -0.001547547547547549   tail774   -0.0020000000000000018
    x774      mono774   -1             icup774   -0.0010010010010010019
    x774      mono775   1              icdown775  -0.0010010010010010019
    x775      obj       -0.001549549549549551   tail775   -0.0020000000000000018
    x775      mono775   -1             icup775   -0.0010010010010010019
    x775      mono776   1              icdown776  -0.0010010010010010019
    x776      obj       -0.001551551551551553   tail776   -0.0020000000000000018
    x776      mono776   -1             icup776   -0.0010010010010010019
    x776      mono777   1              icdown777  -0.0010010010010010019
    x777      obj       -0.001553553553553555   tail777   -0.0020000000000000018
    x777      mono777   -1             icup777   -0.0010010010010010019
    x777      mono778   1              icdown778  -0.0010010010010010019
    x778      obj       -0.001555555555555557   tail778   -0.0020000000000000018
    x778      mono778   -1             icup778   -0.0010010010010010019
    x778      mono779   1              icdown779  -0.0010010010010010019
    x779      obj       -0.001557557557557559   tail779   -0.0020000000000000018
    x779      mono779   -1             icup779   -0.0010010010010010019
    x779      mono780   1              icdown780  -0.0010010010010010019
    x780      obj       -0.001559559559559561   tail780   -0.0020000000000000018
    x780      mono780   -1             icup780   -0.0010010010010010019
    x780      mono781   1              icdown781  -0.0010010010010010019
    x781      obj       -0.001561561561561563   tail781   -0.0020000000000000018
    x781      mono781   -1             icup781   -0.0010010010010010019
    x781      mono782   1              icdown782  -0.0010010010010010019
    x782      obj       -0.0015635635635635652   tail782   -0.0020000000000000018
    x782      mono782   -1             icup782   -0.0010010010010010019
    x782      mono783   1              icdown783  -0.0010010010010010019
    x783      obj       -0.001565565565565567   tail783   -0.0020000000000000018
    x783      mono783   -1             icup783   -0.0010010010010010019
    x783      mono784   1              icdown784  -0.0010010010010010019
    x784      obj       -0.001567567567567569   tail784   -0.0020000000000000018
    x784      mono784   -1             icup784   -0.0010010010010010019
    x784      mono785   1              icdown785  -0.0010010010010010019
    x785      obj       -0.001569569569569571   tail785   -0.0020000000000000018
    x785      mono785   -1             icup785   -0.0010010010010010019
    x785      mono786   1              icdown786  -0.0010010010010010019
    x786      obj       -0.0015715715715715732   tail786   -0.0020000000000000018
    x786      mono786   -1             icup786   -0.0010010010010010019
    x786      mono787   1              icdown787  -0.0010010010010010019
    x787      obj       -0.0015735735735735751   tail787   -0.0020000000000000018
    x787      mono787   -1             icup787   -0.0010010010010010019
    x787      mono788   1              icdown788  -0.0010010010010010019
    x788      obj       -0.001575575575575577   tail788   -0.0020000000000000018
    x788      mono788   -1             icup788   -0.0010010010010010019
    x788      mono789   1              icdown789  -0.0010010010010010019
    x789      obj       -0.001577577577577579   tail789   -0.0020000000000000018
    x789      mono789   -1             icup789   -0.0010010010010010019
    x789      mono790   1              icdown790  -0.0010010010010010019
    x790      obj       -0.0015795795795795812   tail790   -0.0020000000000000018
    x790      mono790   -1             icup790   -0.0010010010010010019
    x790      mono791   1              icdown791  -0.0010010010010010019
    x791      obj       -0.0015815815815815831   tail791   -0.0020000000000000018
    x791      mono791   -1             icup791   -0.0010010010010010019
    x791      mono792   1              icdown792  -0.0010010010010010019
    x792      obj       -0.001583583583583585   tail792   -0.0020000000000000018
    x792      mono792   -1             icup792   -0.0010010010010010019
    x792      mono793   1              icdown793  -0.0010010010010010019
    x793      obj       -0.001585585585585587   tail793   -0.0020000000000000018
    x793      mono793   -1             icup793   -0.0010010010010010019
    x793      mono794   1              icdown794  -0.0010010010010010019
    x794      obj       -0.0015875875875875892   tail794   -0.0020000000000000018
    x794      mono794   -1             icup794   -0.0010010010010010019
    x794      mono795   1              icdown795  -0.0010010010010010019
    x795      obj       -0.001589589589589591   tail795   -0.0020000000000000018
    x795      mono795   -1             icup795   -0.0010010010010010019
    x795      mono796   1              icdown796  -0.0010010010010010019
    x796      obj       -0.0015915915915915933   tail796   -0.0020000000000000018
    x796      mono796   -1             icup796   -0.0010010010010010019
    x796      mono797   1              icdown797  -0.0010010010010010019
    x797      obj       -0.001593593593593595   tail797   -0.0020000000000000018
    x797      mono797   -1             icup797   -0.0010010010010010019
    x797      mono798   1              icdown798  -0.0010010010010010019
    x798      obj       -0.0015955955955955971   tail798   -0.0020000000000000018
    x798      mono798   -1             icup798   -0.0010010010010010019
    x798      mono799   1              icdown799  -0.0010010010010010019
    x799      obj       -0.001597597597597599   tail799   -0.0020000000000000018
    x799      mono799   -1             icup799   -0.0010010010010010019
    x799      mono800   1              icdown800  -0.0010010010010010019
    x800      obj       -0.0015995995995996012   tail800   -0.0020000000000000018
    x800      mono800   -1             icup800   -0.0010010010010010019
    x800      mono801   1              icdown801  -0.0010010010010010019
    x801      obj       -0.0016016016016016032   tail801   -0.0020000000000000018
    x801      mono801   -1             icup801   -0.0010010010010010019
    x801      mono802   1              icdown802  -0.0010010010010010019
    x802      obj       -0.0016036036036036051   tail802   -0.0020000000000000018
    x802      mono802   -1             icup802   -0.0010010010010010019
    x802      mono803   1              icdown803  -0.0010010010010010019
    x803      obj       -0.001605605605605607   tail803   -0.0020000000000000018
    x803      mono803   -1             icup803   -0.0010010010010010019
    x803      mono804   1              icdown804  -0.0010010010010010019
    x804      obj       -0.0016076076076076092   tail804   -0.0020000000000000018
    x804      mono804   -1             icup804   -0.0010010010010010019
    x804      mono805   1              icdown805  -0.0010010010010010019
    x805      obj       -0.0016096096096096112   tail805   -0.0020000000000000018
    x805      mono805   -1             icup805   -0.0010010010010010019
    x805      mono806   1              icdown806  -0.0010010010010010019
    x806      obj       -0.0016116116116116133   tail806   -0.0020000000000000018
    x806      mono806   -1             icup806   -0.0010010010010010019
    x806      mono807   1              icdown807  -0.0010010010010010019
    x807      obj       -0.001613613613613615   tail807   -0.0020000000000000018
    x807      mono807   -1             icup807   -0.0010010010010010019
    x807      mono808   1              icdown808  -0.0010010010010010019
    x808      obj       -0.0016156156156156172   tail808   -0.0020000000000000018
    x808      mono808   -1             icup808   -0.0010010010010010019
    x808      mono809   1              icdown809  -0.0010010010010010019
    x809      obj       -0.0016176176176176192   tail809   -0.0020000000000000018
    x809      mono809   -1             icup809   -0.0010010010010010019
    x809      mono810   1              icdown810  -0.0010010010010010019
    x810      obj       -0.0016196196196196211   tail810   -0.0020000000000000018
    x810      mono810   -1             icup810   -0.0010010010010010019
    x810      mono811   1              icdown811  -0.0010010010010010019
    x811      obj       -0.0016216216216216233   tail811   -0.0020000000000000018
    x811      mono811   -1             icup811   -0.0010010010010010019
    x811      mono812   1              icdown812  -0.0010010010010010019
    x812      obj       -0.001623623623623625   tail812   -0.0020000000000000018
    x812      mono812   -1             icup812   -0.0010010010010010019
    x812      mono813   1              icdown813  -0.0010010010010010019
    x813      obj       -0.0016256256256254467   tail813   -0.0019999999999997797
    x813      mono813   -1             icup813   -0.0010010010010010019
    x813      mono814   1              icdown814  -0.0010010010010008908
    x814      obj       -0.0016276276276276289   tail814   -0.0020000000000000018
    x814      mono814   -1             icup814   -0.0010010010010008908
    x814      mono815   1              icdown815  -0.0010010010010010019
    x815      obj       -0.001629629629629631   tail815   -0.0020000000000000018
    x815      mono815   -1             icup815   -0.0010010010010010019
    x815      mono816   1              icdown816  -0.0010010010010010019
    x816      obj       -0.0016316316316316328   tail816   -0.0020000000000000018
    x816      mono816   -1             icup816   -0.0010010010010010019
    x816      mono817   1              icdown817  -0.0010010010010010019
    x817      obj       -0.001633633633633635   tail817   -0.0020000000000000018
    x817      mono817   -1             icup817   -0.0010010010010010019
    x817      mono818   1              icdown818  -0.0010010010010010019
    x818      obj       -0.0016356356356356369   tail818   -0.0020000000000000018
    x818      mono818   -1             icup818   -0.0010010010010010019
    x818      mono819   1              icdown819  -0.0010010010010010019
    x819      obj       -0.001637637637637639   tail819   -0.0020000000000000018
    x819      mono819   -1             icup819   -0.0010010010010010019
    x819      mono820   1              icdown820  -0.0010010010010010019
    x820      obj       -0.001639639639639641   tail820   -0.0020000000000000018
    x820      mono820   -1             icup820   -0.0010010010010010019
    x820      mono821   1              icdown821  -0.0010010010010010019
    x821      obj       -0.001641641641641643   tail821   -0.0020000000000000018
    x821      mono821   -1             icup821   -0.0010010010010010019
    x821      mono822   1              icdown822  -0.0010010010010010019
    x822      obj       -0.0016436436436436449   tail822   -0.0020000000000000018
    x822      mono822   -1             icup822   -0.0010010010010010019
    x822      mono823   1              icdown823  -0.0010010010010010019
    x823      obj       -0.001645645645645647   tail823   -0.0020000000000000018
    x823      mono823   -1             icup823   -0.0010010010010010019
    x823      mono824   1              icdown824  -0.0010010010010010019
    x824      obj       -0.001647647647647649   tail824   -0.0020000000000000018
    x824      mono824   -1             icup824   -0.0010010010010010019
    x824      mono825   1              icdown825  -0.0010010010010010019
    x825      obj       -0.0016496496496496511   tail825   -0.0020000000000000018
    x825      mono825   -1             icup825   -0.0010010010010010019
    x825      mono826   1              icdown826  -0.0010010010010010019
    x826      obj       -0.0016516516516516529   tail826   -0.0020000000000000018
    x826      mono826   -1             icup826   -0.0010010010010010019
    x826      mono827   1              icdown827  -0.0010010010010010019
    x827      obj       -0.001653653653653655   tail827   -0.0020000000000000018
    x827      mono827   -1             icup827   -0.0010010010010010019
    x827      mono828   1              icdown828  -0.0010010010010010019
    x828      obj       -0.001655655655655657   tail828   -0.0020000000000000018
    x828      mono828   -1             icup828   -0.0010010010010010019
    x828      mono829   1              icdown829  -0.0010010010010010019
    x829      obj       -0.0016576576576576591   tail829   -0.0020000000000000018
    x829      mono829   -1             icup829   -0.0010010010010010019
    x829      mono830   1              icdown830  -0.0010010010010010019
    x830      obj       -0.001659659659659661   tail830   -0.0020000000000000018
    x830      mono830   -1             icup830   -0.0010010010010010019
    x830      mono831   1              icdown831  -0.0010010010010010019
    x831      obj       -0.001661661661661663   tail831   -0.0020000000000000018
    x831      mono831   -1             icup831   -0.0010010010010010019
    x831      mono832   1              icdown832  -0.0010010010010010019
    x832      obj       -0.001663663663663665   tail832   -0.0020000000000000018
    x832      mono832   -1             icup832   -0.0010010010010010019
    x832      mono833   1              icdown833  -0.0010010010010010019
    x833      obj       -0.001665665665665667   tail833   -0.0020000000000000018
    x833      mono833   -1             icup833   -0.0010010010010010019
    x833      mono834   1              icdown834  -0.0010010010010010019
    x834      obj       -0.001667667667667669   tail834   -0.0020000000000000018
    x834      mono834   -1             icup834   -0.0010010010010010019
    x834      mono835   1              icdown835  -0.0010010010010010019
    x835      obj       -0.0016696696696696712   tail835   -0.0020000000000000018
    x835      mono835   -1             icup835   -0.0010010010010010019
    x835      mono836   1              icdown836  -0.0010010010010010019
    x836      obj       -0.001671671671671673   tail836   -0.0020000000000000018
    x836      mono836   -1             icup836   -0.0010010010010010019
    x836      mono837   1              icdown837  -0.0010010010010010019
    x837      obj       -0.001673673673673675   tail837   -0.0020000000000000018
    x837      mono837   -1             icup837   -0.0010010010010010019
    x837      mono838   1              icdown838  -0.0010010010010010019
    x838      obj       -0.001675675675675677   tail838   -0.0020000000000000018
    x838      mono838   -1             icup838   -0.0010010010010010019
    x838      mono839   1              icdown839  -0.0010010010010010019
    x839      obj       -0.0016776776776776792   tail839   -0.0020000000000000018
    x839      mono839   -1             icup839   -0.0010010010010010019
    x839      mono840   1              icdown840  -0.0010010010010010019
    x840      obj       -0.001679679679679681   tail840   -0.0020000000000000018
    x840      mono840   -1             icup840   -0.0010010010010010019
    x840      mono841   1              icdown841  -0.0010010010010010019
    x841      obj       -0.001681681681681683   tail841   -0.0020000000000000018
    x841      mono841   -1             icup841   -0.0010010010010010019
    x841      mono842   1              icdown842  -0.0010010010010010019
    x842      obj       -0.001683683683683685   tail842   -0.0020000000000000018
    x842      mono842   -1             icup842   -0.0010010010010010019
    x842      mono843   1              icdown843  -0.0010010010010010019
    x843      obj       -0.0016856856856856872   tail843   -0.0020000000000000018
    x843      mono843   -1             icup843   -0.0010010010010010019
    x843      mono844   1              icdown844  -0.0010010010010010019
    x844      obj       -0.0016876876876876891   tail844   -0.0020000000000000018
    x844      mono844   -1             icup844   -0.0010010010010010019
    x844      mono845   1              icdown845  -0.0010010010010010019
    x845      obj       -0.001689689689689691   tail845   -0.0020000000000000018
    x845      mono845   -1             icup845   -0.0010010010010010019
    x845      mono846   1              icdown846  -0.0010010010010010019
    x846      obj       -0.001691691691691693   tail846   -0.0020000000000000018
    x846      mono846   -1             icup846   -0.0010010010010010019
    x846      mono847   1              icdown847  -0.0010010010010010019
    x847      obj       -0.0016936936936936952   tail847   -0.0020000000000000018
    x847      mono847   -1             icup847   -0.0010010010010010019
    x847      mono848   1              icdown848  -0.0010010010010010019
    x848      obj       -0.0016956956956956971   tail848   -0.0020000000000000018
    x848      mono848   -1             icup848   -0.0010010010010010019
    x848      mono849   1              icdown849  -0.0010010010010010019
    x849      obj       -0.0016976976976976993   tail849   -0.0020000000000000018
    x849      mono849   -1             icup849   -0.0010010010010010019
    x849      mono850   1              icdown850  -0.0010010010010010019
    x850      obj       -0.001699699699699701   tail850   -0.0020000000000000018
    x850      mono850   -1             icup850   -0.0010010010010010019
    x850      mono851   1              icdown851  -0.0010010010010010019
    x851      obj       -0.0017017017017017032   tail851   -0.0020000000000000018
    x851      mono851   -1             icup851   -0.0010010010010010019
    x851      mono852   1              icdown852  -0.0010010010010010019
    x852      obj       -0.001703703703703705   tail852   -0.0020000000000000018
    x852      mono852   -1             icup852   -0.0010010010010010019
    x852      mono853   1              icdown853  -0.0010010010010010019
    x853      obj       -0.0017057057057057073   tail853   -0.0020000000000000018
    x853      mono853   -1             icup853   -0.0010010010010010019
    x853      mono854   1              icdown854  -0.0010010010010010019
    x854      obj       -0.0017077077077077092   tail854   -0.0020000000000000018
    x854      mono854   -1             icup854   -0.0010010010010010019
    x854      mono855   1              icdown855  -0.0010010010010010019
    x855      obj       -0.0017097097097097112   tail855   -0.0020000000000000018
    x855      mono855   -1             icup855   -0.0010010010010010019
    x855      mono856   1              icdown856  -0.0010010010010010019
    x856      obj       -0.001711711711711713   tail856   -0.0020000000000000018
    x856      mono856   -1             icup856   -0.0010010010010010019
    x856      mono857   1              icdown857  -0.0010010010010010019
    x857      obj       -0.0017137137137137153   tail857   -0.0020000000000000018
    x857      mono857   -1             icup857   -0.0010010010010010019
    x857      mono858   1              icdown858  -0.0010010010010010019
    x858      obj       -0.0017157157157157172   tail858   -0.0020000000000000018
    x858      mono858   -1             icup858   -0.0010010010010010019
    x858      mono859   1              icdown859  -0.0010010010010010019
    x859      obj       -0.0017177177177177194   tail859   -0.0020000000000000018
    x859      mono859   -1             icup859   -0.0010010010010010019
    x859      mono860   1              icdown860  -0.0010010010010010019
    x860      obj       -0.001719719719719721   tail860   -0.0020000000000000018
    x860      mono860   -1             icup860   -0.0010010010010010019
    x860      mono861   1              icdown861  -0.0010010010010010019
    x861      obj       -0.0017217217217217232   tail861   -0.0020000000000000018
    x861      mono861   -1             icup861   -0.0010010010010010019
    x861      mono862   1              icdown862  -0.0010010010010010019
    x862      obj       -0.0017237237237237252   tail862   -0.0020000000000000018
    x862      mono862   -1             icup862   -0.0010010010010010019
    x862      mono863   1              icdown863  -0.0010010010010010019
    x863      obj       -0.0017257257257257273   tail863   -0.0020000000000000018
    x863      mono863   -1             icup863   -0.0010010010010010019
    x863      mono864   1              icdown864  -0.0010010010010010019
    x864      obj       -0.001727727727727729   tail864   -0.0020000000000000018
    x864      mono864   -1             icup864   -0.0010010010010010019
    x864      mono865   1              icdown865  -0.0010010010010010019
    x865      obj       -0.0017297297297297312   tail865   -0.0020000000000000018
    x865      mono865   -1             icup865   -0.0010010010010010019
    x865      mono866   1              icdown866  -0.0010010010010010019
    x866      obj       -0.0017317317317317332   tail866   -0.0020000000000000018
    x866      mono866   -1             icup866   -0.0010010010010010019
    x866      mono867   1              icdown867  -0.0010010010010010019
    x867      obj       -0.0017337337337337353   tail867   -0.0020000000000000018
    x867      mono867   -1             icup867   -0.0010010010010010019
    x867      mono868   1              icdown868  -0.0010010010010010019
    x868      obj       -0.0017357357357357373   tail868   -0.0020000000000000018
    x868      mono868   -1             icup868   -0.0010010010010010019
    x868      mono869   1              icdown869  -0.0010010010010010019
    x869      obj       -0.0017377377377377392   tail869   -0.0020000000000000018
    x869      mono869   -1             icup869   -0.0010010010010010019
    x869      mono870   1              icdown870  -0.0010010010010010019
    x870      obj       -0.0017397397397397412   tail870   -0.0020000000000000018
    x870      mono870   -1             icup870   -0.0010010010010010019
    x870      mono871   1              icdown871  -0.0010010010010010019
    x871      obj       -0.0017417417417417433   tail871   -0.0020000000000000018
    x871      mono871   -1             icup871   -0.0010010010010010019
    x871      mono872   1              icdown872  -0.0010010010010010019
    x872      obj       -0.0017437437437437453   tail872   -0.0020000000000000018
    x872      mono872   -1             icup872   -0.0010010010010010019
    x872      mono873   1              icdown873  -0.0010010010010010019
    x873      obj       -0.0017457457457457474   tail873   -0.0020000000000000018
    x873      mono873   -1             icup873   -0.0010010010010010019
    x873      mono874   1              icdown874  -0.0010010010010010019
    x874      obj       -0.0017477477477477492   tail874   -0.0020000000000000018
    x874      mono874   -1             icup874   -0.0010010010010010019
    x874      mono875   1              icdown875  -0.0010010010010010019
    x875      obj       -0.0017497497497497513   tail875   -0.0020000000000000018
    x875      mono875   -1             icup875   -0.0010010010010010019
    x875      mono876   1              icdown876  -0.0010010010010010019
    x876      obj       -0.0017517517517517533   tail876   -0.0020000000000000018
    x876      mono876   -1             icup876   -0.0010010010010010019
    x876      mono877   1              icdown877  -0.0010010010010010019
    x877      obj       -0.0017537537537537554   tail877   -0.0020000000000000018
    x877      mono877   -1             icup877   -0.0010010010010010019
    x877      mono878   1              icdown878  -0.0010010010010010019
    x878      obj       -0.0017557557557557574   tail878   -0.0020000000000000018
    x878      mono878   -1             icup878   -0.0010010010010010019
    x878      mono879   1              icdown879  -0.0010010010010010019
    x879      obj       -0.0017577577577577593   tail879   -0.0020000000000000018
    x879      mono879   -1             icup879   -0.0010010010010010019
    x879      mono880   1              icdown880  -0.0010010010010010019
    x880      obj       -0.0017597597597597612   tail880   -0.0020000000000000018
    x880      mono880   -1             icup880   -0.0010010010010010019
    x880      mono881   1              icdown881  -0.0010010010010010019
    x881      obj       -0.0017617617617617634   tail881   -0.0020000000000000018
    x881      mono881   -1             icup881   -0.0010010010010010019
    x881      mono882   1              icdown882  -0.0010010010010010019
    x882      obj       -0.0017637637637637653   tail882   -0.0020000000000000018
    x882      mono882   -1             icup882   -0.0010010010010010019
    x882      mono883   1              icdown883  -0.0010010010010010019
    x883      obj       -0.0017657657657657675   tail883   -0.0020000000000000018
    x883      mono883   -1             icup883   -0.0010010010010010019
    x883      mono884   1              icdown884  -0.0010010010010010019
    x884      obj       -0.0017677677677677692   tail884   -0.0020000000000000018
    x884      mono884   -1             icup884   -0.0010010010010010019
    x884      mono885   1              icdown885  -0.0010010010010010019
    x885      obj       -0.0017697697697697714   tail885   -0.0020000000000000018
    x885      mono885   -1             icup885   -0.0010010010010010019
    x885      mono886   1              icdown886  -0.0010010010010010019
    x886      obj       -0.0017717717717717733   tail886   -0.0020000000000000018
    x886      mono886   -1             icup886   -0.0010010010010010019
    x886      mono887   1              icdown887  -0.0010010010010010019
    x887      obj       -0.0017737737737737755   tail887   -0.0020000000000000018
    x887      mono887   -1             icup887   -0.0010010010010010019
    x887      mono888   1              icdown888  -0.0010010010010010019
    x888      obj       -0.0017757757757757774   tail888   -0.0020000000000000018
    x888      mono888   -1             icup888   -0.0010010010010010019
    x888      mono889   1              icdown889  -0.0010010010010010019
    x889      obj       -0.0017777777777777794   tail889   -0.0020000000000000018
    x889      mono889   -1             icup889   -0.0010010010010010019
    x889      mono890   1              icdown890  -0.0010010010010010019
    x890      obj       -0.0017797797797797813   tail890   -0.0020000000000000018
    x890      mono890   -1             icup890   -0.0010010010010010019
    x890      mono891   1              icdown891  -0.0010010010010010019
    x891      obj       -0.0017817817817817835   tail891   -0.0020000000000000018
    x891      mono891   -1             icup891   -0.0010010010010010019
    x891      mono892   1              icdown892  -0.0010010010010010019
    x892      obj       -0.0017837837837837854   tail892   -0.0020000000000000018
    x892      mono892   -1             icup892   -0.0010010010010010019
    x892      mono893   1              icdown893  -0.0010010010010010019
    x893      obj       -0.0017857857857857874   tail893   -0.0020000000000000018
    x893      mono893   -1             icup893   -0.0010010010010010019
    x893      mono894   1              icdown894  -0.0010010010010010019
    x894      obj       -0.0017877877877877893   tail894   -0.0020000000000000018
    x894      mono894   -1             icup894   -0.0010010010010010019
    x894      mono895   1              icdown895  -0.0010010010010010019
    x895      obj       -0.0017897897897897915   tail895   -0.0020000000000000018
    x895      mono895   -1             icup895   -0.0010010010010010019
    x895      mono896   1              icdown896  -0.0010010010010010019
    x896      obj       -0.0017917917917917934   tail896   -0.0020000000000000018
    x896      mono896   -1             icup896   -0.0010010010010010019
    x896      mono897   1              icdown897  -0.0010010010010010019
    x897      obj       -0.0017937937937937956   tail897   -0.0020000000000000018
    x897      mono897   -1             icup897   -0.0010010010010010019
    x897      mono898   1              icdown898  -0.0010010010010010019
    x898      obj       -0.0017957957957957973   tail898   -0.0020000000000000018
    x898      mono898   -1             icup898   -0.0010010010010010019
    x898      mono899   1              icdown899  -0.0010010010010010019
    x899      obj       -0.0017977977977977995   tail899   -0.0020000000000000018
    x899      mono899   -1             icup899   -0.0010010010010010019
    x899      mono900   1              icdown900  -0.0010010010010010019
    x900      obj       -0.0017997997997998014   tail900   -0.0020000000000000018
    x900      mono900   -1             icup900   -0.0010010010010010019
    x900      mono901   1              icdown901  -0.0010010010010010019
    x901      obj       -0.0018018018018018036   tail901   -0.0020000000000000018
    x901      mono901   -1             icup901   -0.0010010010010010019
    x901      mono902   1              icdown902  -0.0010010010010010019
    x902      obj       -0.0018038038038038055   tail902   -0.0020000000000000018
    x902      mono902   -1             icup902   -0.0010010010010010019
    x902      mono903   1              icdown903  -0.0010010010010010019
    x903      obj       -0.0018058058058058075   tail903   -0.0020000000000000018
    x903      mono903   -1             icup903   -0.0010010010010010019
    x903      mono904   1              icdown904  -0.0010010010010010019
    x904      obj       -0.0018078078078078094   tail904   -0.0020000000000000018
    x904      mono904   -1             icup904   -0.0010010010010010019
    x904      mono905   1              icdown905  -0.0010010010010010019
    x905      obj       -0.0018098098098098116   tail905   -0.0020000000000000018
    x905      mono905   -1             icup905   -0.0010010010010010019
    x905      mono906   1              icdown906  -0.0010010010010010019
    x906      obj       -0.0018118118118118135   tail906   -0.0020000000000000018
    x906      mono906   -1             icup906   -0.0010010010010010019
    x906      mono907   1              icdown907  -0.0010010010010010019
    x907      obj       -0.0018138138138138157   tail907   -0.0020000000000000018
    x907      mono907   -1             icup907   -0.0010010010010010019
    x907      mono908   1              icdown908  -0.0010010010010010019
    x908      obj       -0.0018158158158158174   tail908   -0.0020000000000000018
    x908      mono908   -1             icup908   -0.0010010010010010019
    x908      mono909   1              icdown909  -0.0010010010010010019
    x909      obj       -0.0018178178178178195   tail909   -0.0020000000000000018
    x909      mono909   -1             icup909   -0.0010010010010010019
    x909      mono910   1              icdown910  -0.0010010010010010019
    x910      obj       -0.0018198198198198215   tail910   -0.0020000000000000018
    x910      mono910   -1             icup910   -0.0010010010010010019
    x910      mono911   1              icdown911  -0.0010010010010010019
    x911      obj       -0.0018218218218218236   tail911   -0.0020000000000000018
    x911      mono911   -1             icup911   -0.0010010010010010019
    x911      mono912   1              icdown912  -0.0010010010010010019
    x912      obj       -0.0018238238238238256   tail912   -0.0020000000000000018
    x912      mono912   -1             icup912   -0.0010010010010010019
    x912      mono913   1              icdown913  -0.0010010010010010019
    x913      obj       -0.0018258258258258275   tail913   -0.0020000000000000018
    x913      mono913   -1             icup913   -0.0010010010010010019
    x913      mono914   1              icdown914  -0.0010010010010010019
    x914      obj       -0.0018278278278278295   tail914   -0.0020000000000000018
    x914      mono914   -1             icup914   -0.0010010010010010019
    x914      mono915   1              icdown915  -0.0010010010010010019
    x915      obj       -0.0018298298298298316   tail915   -0.0020000000000000018
    x915      mono915   -1             icup915   -0.0010010010010010019
    x915      mono916   1              icdown916  -0.0010010010010010019
    x916      obj       -0.0018318318318318336   tail916   -0.0020000000000000018
    x916      mono916   -1             icup916   -0.0010010010010010019
    x916      mono917   1              icdown917  -0.0010010010010010019
    x917      obj       -0.0018338338338338355   tail917   -0.0020000000000000018
    x917      mono917   -1             icup917   -0.0010010010010010019
    x917      mono918   1              icdown918  -0.0010010010010010019
    x918      obj       -0.0018358358358358375   tail918   -0.0020000000000000018
    x918      mono918   -1             icup918   -0.0010010010010010019
    x918      mono919   1              icdown919  -0.0010010010010010019
    x919      obj       -0.0018378378378378396   tail919   -0.0020000000000000018
    x919      mono919   -1             icup919   -0.0010010010010010019
    x919      mono920   1              icdown920  -0.0010010010010010019
    x920      obj       -0.0018398398398398416   tail920   -0.0020000000000000018
    x920      mono920   -1             icup920   -0.0010010010010010019
    x920      mono921   1              icdown921  -0.0010010010010010019
    x921      obj       -0.0018418418418418437   tail921   -0.0020000000000000018
    x921      mono921   -1             icup921   -0.0010010010010010019
    x921      mono922   1              icdown922  -0.0010010010010010019
    x922      obj       -0.0018438438438438455   tail922   -0.0020000000000000018
    x922      mono922   -1             icup922   -0.0010010010010010019
    x922      mono923   1              icdown923  -0.0010010010010010019
    x923      obj       -0.0018458458458458476   tail923   -0.0020000000000000018
    x923      mono923   -1             icup923   -0.0010010010010010019
    x923      mono924   1              icdown924  -0.0010010010010010019
    x924      obj       -0.0018478478478478496   tail924   -0.0020000000000000018
    x924      mono924   -1             icup924   -0.0010010010010010019
    x924      mono925   1              icdown925  -0.0010010010010010019
    x925      obj       -0.0018498498498498517   tail925   -0.0020000000000000018
    x925      mono925   -1             icup925   -0.0010010010010010019
    x925      mono926   1              icdown926  -0.0010010010010010019
    x926      obj       -0.0018518518518518537   tail926   -0.0020000000000000018
    x926      mono926   -1             icup926   -0.0010010010010010019
    x926      mono927   1              icdown927  -0.0010010010010010019
    x927      obj       -0.0018538538538538556   tail927   -0.0020000000000000018
    x927      mono927   -1             icup927   -0.0010010010010010019
    x927      mono928   1              icdown928  -0.0010010010010010019
    x928      obj       -0.0018558558558558575   tail928   -0.0020000000000000018
    x928      mono928   -1             icup928   -0.0010010010010010019
    x928      mono929   1              icdown929  -0.0010010010010010019
    x929      obj       -0.0018578578578578597   tail929   -0.0020000000000000018
    x929      mono929   -1             icup929   -0.0010010010010010019
    x929      mono930   1              icdown930  -0.0010010010010010019
    x930      obj       -0.0018598598598598616   tail930   -0.0020000000000000018
    x930      mono930   -1             icup930   -0.0010010010010010019
    x930      mono931   1              icdown931  -0.0010010010010010019
    x931      obj       -0.0018618618618618638   tail931   -0.0020000000000000018
    x931      mono931   -1             icup931   -0.0010010010010010019
    x931      mono932   1              icdown932  -0.0010010010010010019
    x932      obj       -0.0018638638638638655   tail932   -0.0020000000000000018
    x932      mono932   -1             icup932   -0.0010010010010010019
    x932      mono933   1              icdown933  -0.0010010010010010019
    x933      obj       -0.0018658658658658677   tail933   -0.0020000000000000018
    x933      mono933   -1             icup933   -0.0010010010010010019
    x933      mono934   1              icdown934  -0.0010010010010010019
    x934      obj       -0.0018678678678678696   tail934   -0.0020000000000000018
    x934      mono934   -1             icup934   -0.0010010010010010019
    x934      mono935   1              icdown935  -0.0010010010010010019
    x935      obj       -0.0018698698698698718   tail935   -0.0020000000000000018
    x935      mono935   -1             icup935   -0.0010010010010010019
    x935      mono936   1              icdown936  -0.0010010010010010019
    x936      obj       -0.0018718718718718737   tail936   -0.0020000000000000018
    x936      mono936   -1             icup936   -0.0010010010010010019
    x936      mono937   1              icdown937  -0.0010010010010010019
    x937      obj       -0.0018738738738738757   tail937   -0.0020000000000000018
    x937      mono937   -1             icup937   -0.0010010010010010019
    x937      mono938   1              icdown938  -0.0010010010010010019
    x938      obj       -0.0018758758758756695   tail938   -0.0019999999999997797
    x938      mono938   -1             icup938   -0.0010010010010010019
    x938      mono939   1              icdown939  -0.0010010010010008908
    x939      obj       -0.0018778778778778796   tail939   -0.0020000000000000018
    x939      mono939   -1             icup939   -0.0010010010010008908
    x939      mono940   1              icdown940  -0.0010010010010010019
    x940      obj       -0.0018798798798798815   tail940   -0.0020000000000000018
    x940      mono940   -1             icup940   -0.0010010010010010019
    x940      mono941   1              icdown941  -0.0010010010010010019
    x941      obj       -0.0018818818818818835   tail941   -0.0020000000000000018
    x941      mono941   -1             icup941   -0.0010010010010010019
    x941      mono942   1              icdown942  -0.0010010010010010019
    x942      obj       -0.0018838838838838854   tail942   -0.0020000000000000018
    x942      mono942   -1             icup942   -0.0010010010010010019
    x942      mono943   1              icdown943  -0.0010010010010010019
    x943      obj       -0.0018858858858858876   tail943   -0.0020000000000000018
    x943      mono943   -1             icup943   -0.0010010010010010019
    x943      mono944   1              icdown944  -0.0010010010010010019
    x944      obj       -0.0018878878878878895   tail944   -0.0020000000000000018
    x944      mono944   -1             icup944   -0.0010010010010010019
    x944      mono945   1              icdown945  -0.0010010010010010019
    x945      obj       -0.0018898898898898914   tail945   -0.0020000000000000018
    x945      mono945   -1             icup945   -0.0010010010010010019
    x945      mono946   1              icdown946  -0.0010010010010010019
    x946      obj       -0.0018918918918918934   tail946   -0.0020000000000000018
    x946      mono946   -1             icup946   -0.0010010010010010019
    x946      mono947   1              icdown947  -0.0010010010010010019
    x947      obj       -0.0018938938938938953   tail947   -0.0020000000000000018
    x947      mono947   -1             icup947   -0.0010010010010010019
    x947      mono948   1              icdown948  -0.0010010010010010019
    x948      obj       -0.0018958958958958975   tail948   -0.0020000000000000018
    x948      mono948   -1             icup948   -0.0010010010010010019
    x948      mono949   1              icdown949  -0.0010010010010010019
    x949      obj       -0.0018978978978978994   tail949   -0.0020000000000000018
    x949      mono949   -1             icup949   -0.0010010010010010019
    x949      mono950   1              icdown950  -0.0010010010010010019
    x950      obj       -0.0018998998998999016   tail950   -0.0020000000000000018
    x950      mono950   -1             icup950   -0.0010010010010010019
    x950      mono951   1              icdown951  -0.0010010010010010019
    x951      obj       -0.0019019019019019033   tail951   -0.0020000000000000018
    x951      mono951   -1             icup951   -0.0010010010010010019
    x951      mono952   1              icdown952  -0.0010010010010010019
    x952      obj       -0.0019039039039039055   tail952   -0.0020000000000000018
    x952      mono952   -1             icup952   -0.0010010010010010019
    x952      mono953   1              icdown953  -0.0010010010010010019
    x953      obj       -0.0019059059059059074   tail953   -0.0020000000000000018
    x953      mono953   -1             icup953   -0.0010010010010010019
    x953      mono954   1              icdown954  -0.0010010010010010019
    x954      obj       -0.0019079079079079096   tail954   -0.0020000000000000018
    x954      mono954   -1             icup954   -0.0010010010010010019
    x954      mono955   1              icdown955  -0.0010010010010010019
    x955      obj       -0.0019099099099099115   tail955   -0.0020000000000000018
    x955      mono955   -1             icup955   -0.0010010010010010019
    x955      mono956   1              icdown956  -0.0010010010010010019
    x956      obj       -0.0019119119119119135   tail956   -0.0020000000000000018
    x956      mono956   -1             icup956   -0.0010010010010010019
    x956      mono957   1              icdown957  -0.0010010010010010019
    x957      obj       -0.0019139139139139154   tail957   -0.0020000000000000018
    x957      mono957   -1             icup957   -0.0010010010010010019
    x957      mono958   1              icdown958  -0.0010010010010010019
    x958      obj       -0.0019159159159159176   tail958   -0.0020000000000000018
    x958      mono958   -1             icup958   -0.0010010010010010019
    x958      mono959   1              icdown959  -0.0010010010010010019
    x959      obj       -0.0019179179179179195   tail959   -0.0020000000000000018
    x959      mono959   -1             icup959   -0.0010010010010010019
    x959      mono960   1              icdown960  -0.0010010010010010019
    x960      obj       -0.0019199199199199217   tail960   -0.0020000000000000018
    x960      mono960   -1             icup960   -0.0010010010010010019
    x960      mono961   1              icdown961  -0.0010010010010010019
    x961      obj       -0.0019219219219219234   tail961   -0.0020000000000000018
    x961      mono961   -1             icup961   -0.0010010010010010019
    x961      mono962   1              icdown962  -0.0010010010010010019
    x962      obj       -0.0019239239239239256   tail962   -0.0020000000000000018
    x962      mono962   -1             icup962   -0.0010010010010010019
    x962      mono963   1              icdown963  -0.0010010010010010019
    x963      obj       -0.0019259259259259275   tail963   -0.0020000000000000018
    x963      mono963   -1             icup963   -0.0010010010010010019
    x963      mono964   1              icdown964  -0.0010010010010010019
    x964      obj       -0.0019279279279279297   tail964   -0.0020000000000000018
    x964      mono964   -1             icup964   -0.0010010010010010019
    x964      mono965   1              icdown965  -0.0010010010010010019
    x965      obj       -0.0019299299299299314   tail965   -0.0020000000000000018
    x965      mono965   -1             icup965   -0.0010010010010010019
    x965      mono966   1              icdown966  -0.0010010010010010019
    x966      obj       -0.0019319319319319335   tail966   -0.0020000000000000018
    x966      mono966   -1             icup966   -0.0010010010010010019
    x966      mono967   1              icdown967  -0.0010010010010010019
    x967      obj       -0.0019339339339339355   tail967   -0.0020000000000000018
    x967      mono967   -1             icup967   -0.0010010010010010019
    x967      mono968   1              icdown968  -0.0010010010010010019
    x968      obj       -0.0019359359359359376   tail968   -0.0020000000000000018
    x968      mono968   -1             icup968   -0.0010010010010010019
    x968      mono969   1              icdown969  -0.0010010010010010019
    x969      obj       -0.0019379379379379396   tail969   -0.0020000000000000018
    x969      mono969   -1             icup969   -0.0010010010010010019
    x969      mono970   1              icdown970  -0.0010010010010010019
    x970      obj       -0.0019399399399399415   tail970   -0.0020000000000000018
    x970      mono970   -1             icup970   -0.0010010010010010019
    x970      mono971   1              icdown971  -0.0010010010010010019
    x971      obj       -0.0019419419419419435   tail971   -0.0020000000000000018
    x971      mono971   -1             icup971   -0.0010010010010010019
    x971      mono972   1              icdown972  -0.0010010010010010019
    x972      obj       -0.0019439439439439456   tail972   -0.0020000000000000018
    x972      mono972   -1             icup972   -0.0010010010010010019
    x972      mono973   1              icdown973  -0.0010010010010010019
    x973      obj       -0.0019459459459459476   tail973   -0.0020000000000000018
    x973      mono973   -1             icup973   -0.0010010010010010019
    x973      mono974   1              icdown974  -0.0010010010010010019
    x974      obj       -0.0019479479479479497   tail974   -0.0020000000000000018
    x974      mono974   -1             icup974   -0.0010010010010010019
    x974      mono975   1              icdown975  -0.0010010010010010019
    x975      obj       -0.0019499499499499515   tail975   -0.0020000000000000018
    x975      mono975   -1             icup975   -0.0010010010010010019
    x975      mono976   1              icdown976  -0.0010010010010010019
    x976      obj       -0.0019519519519519536   tail976   -0.0020000000000000018
    x976      mono976   -1             icup976   -0.0010010010010010019
    x976      mono977   1              icdown977  -0.0010010010010010019
    x977      obj       -0.001953953953953956   tail977   -0.0020000000000000018
    x977      mono977   -1             icup977   -0.0010010010010010019
    x977      mono978   1              icdown978  -0.0010010010010010019
    x978      obj       -0.0019559559559559577   tail978   -0.0020000000000000018
    x978      mono978   -1             icup978   -0.0010010010010010019
    x978      mono979   1              icdown979  -0.0010010010010010019
    x979      obj       -0.0019579579579579597   tail979   -0.0020000000000000018
    x979      mono979   -1             icup979   -0.0010010010010010019
    x979      mono980   1              icdown980  -0.0010010010010010019
    x980      obj       -0.0019599599599599616   tail980   -0.0020000000000000018
    x980      mono980   -1             icup980   -0.0010010010010010019
    x980      mono981   1              icdown981  -0.0010010010010010019
    x981      obj       -0.0019619619619619636   tail981   -0.0020000000000000018
    x981      mono981   -1             icup981   -0.0010010010010010019
    x981      mono982   1              icdown982  -0.0010010010010010019
    x982      obj       -0.0019639639639639655   tail982   -0.0020000000000000018
    x982      mono982   -1             icup982   -0.0010010010010010019
    x982      mono983   1              icdown983  -0.0010010010010010019
    x983      obj       -0.001965965965965968   tail983   -0.0020000000000000018
    x983      mono983   -1             icup983   -0.0010010010010010019
    x983      mono984   1              icdown984  -0.0010010010010010019
    x984      obj       -0.0019679679679679694   tail984   -0.0020000000000000018
    x984      mono984   -1             icup984   -0.0010010010010010019
    x984      mono985   1              icdown985  -0.0010010010010010019
    x985      obj       -0.0019699699699699718   tail985   -0.0020000000000000018
    x985      mono985   -1             icup985   -0.0010010010010010019
    x985      mono986   1              icdown986  -0.0010010010010010019
    x986      obj       -0.0019719719719719737   tail986   -0.0020000000000000018
    x986      mono986   -1             icup986   -0.0010010010010010019
    x986      mono987   1              icdown987  -0.0010010010010010019
    x987      obj       -0.0019739739739739756   tail987   -0.0020000000000000018
    x987      mono987   -1             icup987   -0.0010010010010010019
    x987      mono988   1              icdown988  -0.0010010010010010019
    x988      obj       -0.0019759759759759776   tail988   -0.0020000000000000018
    x988      mono988   -1             icup988   -0.0010010010010010019
    x988      mono989   1              icdown989  -0.0010010010010010019
    x989      obj       -0.0019779779779779795   tail989   -0.0020000000000000018
    x989      mono989   -1             icup989   -0.0010010010010010019
    x989      mono990   1              icdown990  -0.0010010010010010019
    x990      obj       -0.001979979979979982   tail990   -0.0020000000000000018
    x990      mono990   -1             icup990   -0.0010010010010010019
    x990      mono991   1              icdown991  -0.0010010010010010019
    x991      obj       -0.001981981981981984   tail991   -0.0020000000000000018
    x991      mono991   -1             icup991   -0.0010010010010010019
    x991      mono992   1              icdown992  -0.0010010010010010019
    x992      obj       -0.0019839839839839854   tail992   -0.0020000000000000018
    x992      mono992   -1             icup992   -0.0010010010010010019
    x992      mono993   1              icdown993  -0.0010010010010010019
    x993      obj       -0.0019859859859859877   tail993   -0.0020000000000000018
    x993      mono993   -1             icup993   -0.0010010010010010019
    x993      mono994   1              icdown994  -0.0010010010010010019
    x994      obj       -0.0019879879879879897   tail994   -0.0020000000000000018
    x994      mono994   -1             icup994   -0.0010010010010010019
    x994      mono995   1              icdown995  -0.0010010010010010019
    x995      obj       -0.001989989989989992   tail995   -0.0020000000000000018
    x995      mono995   -1             icup995   -0.0010010010010010019
    x995      mono996   1              icdown996  -0.0010010010010010019
    x996      obj       -0.0019919919919919936   tail996   -0.0020000000000000018
    x996      mono996   -1             icup996   -0.0010010010010010019
    x996      mono997   1              icdown997  -0.0010010010010010019
    x997      obj       -0.0019939939939939955   tail997   -0.0020000000000000018
    x997      mono997   -1             icup997   -0.0010010010010010019
    x997      mono998   1              icdown998  -0.0010010010010010019
    x998      obj       -0.001995995995995998   tail998   -0.0020000000000000018
    x998      mono998   -1             icup998   -0.0010010010010010019
    x998      mono999   1              icdown999  -0.0010010010010010019
    x999      obj       -0.001997997997998   tail999   -0.0020000000000000018
    x999      mono999   -1             icup999   -0.0010010010010010019
    x999      mono1000  1              icdown1000  -0.0010010010010010019
    x1000     obj       -0.0020000000000000018   tail1000  -0.0020000000000000018
    x1000     mono1000  -1             icup1000  -0.0010010010010010019
    u1        obj       0.002          icdown2   -1
    u1        icup2     -1             nosubsidy  1
    u2        obj       0.002          icdown2   1
    u2        icup2     1              icdown3   -1
    u2        icup3     -1
    u3        obj       0.002          icdown3   1
    u3        icup3     1              icdown4   -1
    u3        icup4     -1
    u4        obj       0.002          icdown4   1
    u4        icup4     1              icdown5   -1
    u4        icup5     -1
    u5        obj       0.002          icdown5   1
    u5        icup5     1              icdown6   -1
    u5        icup6     -1
    u6        obj       0.002          icdown6   1
    u6        icup6     1              icdown7   -1
    u6        icup7     -1
    u7        obj       0.002          icdown7   1
    u7        icup7     1              icdown8   -1
    u7        icup8     -1
    u8        obj       0.002          icdown8   1
    u8        icup8     1              icdown9   -1
    u8        icup9     -1
    u9        obj       0.0019999999999999983   icdown9   1
    u9        icup9     1              icdown10  -1
    u9        icup10    -1
    u10       obj       0.0020000000000000018   icdown10  1
    u10       icup10    1              icdown11  -1
    u10       icup11    -1
    u11       obj       0.0019999999999999983   icdown11  1
    u11       icup11    1              icdown12  -1
    u11       icup12    -1
    u12       obj       0.0020000000000000018   icdown12  1
    u12       icup12    1              icdown13  -1
    u12       icup13    -1
    u13       obj       0.0019999999999999983   icdown13  1
    u13       icup13    1              icdown14  -1
    u13       icup14    -1
    u14       obj       0.0020000000000000018   icdown14  1
    u14       icup14    1              icdown15  -1
    u14       icup15    -1
    u15       obj       0.0019999999999999983   icdown15  1
    u15       icup15    1              icdown16  -1
    u15       icup16    -1
    u16       obj       0.0020000000000000018   icdown16  1
    u16       icup16    1              icdown17  -1
    u16       icup17    -1
    u17       obj       0.0020000000000000018   icdown17  1
    u17       icup17    1              icdown18  -1
    u17       icup18    -1
    u18       obj       0.001999999999999995   icdown18  1
    u18       icup18    1              icdown19  -1
    u18       icup19    -1
    u19       obj       0.0020000000000000018   icdown19  1
    u19       icup19    1              icdown20  -1
    u19       icup20    -1
    u20       obj       0.0020000000000000018   icdown20  1
    u20       icup20    1              icdown21  -1
    u20       icup21    -1
    u21       obj       0.0020000000000000018   icdown21  1
    u21       icup21    1              icdown22  -1
    u21       icup22    -1
    u22       obj       0.001999999999999995   icdown22  1
    u22       icup22    1              icdown23  -1
    u22       icup23    -1
    u23       obj       0.0020000000000000018   icdown23  1
    u23       icup23    1              icdown24  -1
    u23       icup24    -1
    u24       obj       0.0020000000000000018   icdown24  1
    u24       icup24    1              icdown25  -1
    u24       icup25    -1
    u25       obj       0.0020000000000000018   icdown25  1
    u25       icup25    1              icdown26  -1
    u25       icup26    -1
    u26       obj       0.001999999999999995   icdown26  1
    u26       icup26    1              icdown27  -1
    u26       icup27    -1
    u27       obj       0.0020000000000000018   icdown27  1
    u27       icup27    1              icdown28  -1
    u27       icup28    -1
    u28       obj       0.0020000000000000018   icdown28  1
    u28       icup28    1              icdown29  -1
    u28       icup29    -1
    u29       obj       0.0020000000000000018   icdown29  1
    u29       icup29    1              icdown30  -1
    u29       icup30    -1
    u30       obj       0.001999999999999995   icdown30  1
    u30       icup30    1              icdown31  -1
    u30       icup31    -1
    u31       obj       0.0020000000000000018   icdown31  1
    u31       icup31    1              icdown32  -1
    u31       icup32    -1
    u32       obj       0.0020000000000000018   icdown32  1
    u32       icup32    1              icdown33  -1
    u32       icup33    -1
    u33       obj       0.0020000000000000018   icdown33  1
    u33       icup33    1              icdown34  -1
    u33       icup34    -1
    u34       obj       0.0020000000000000018   icdown34  1
    u34       icup34    1              icdown35  -1
    u34       icup35    -1
    u35       obj       0.0020000000000000018   icdown35  1
    u35       icup35    1              icdown36  -1
    u35       icup36    -1
    u36       obj       0.001999999999999988   icdown36  1
    u36       icup36    1              icdown37  -1
    u36       icup37    -1
    u37       obj       0.0020000000000000018   icdown37  1
    u37       icup37    1              icdown38  -1
    u37       icup38    -1
    u38       obj       0.0020000000000000018   icdown38  1
    u38       icup38    1              icdown39  -1
    u38       icup39    -1
    u39       obj       0.0020000000000000018   icdown39  1
    u39       icup39    1              icdown40  -1
    u39       icup40    -1
    u40       obj       0.0020000000000000018   icdown40  1
    u40       icup40    1              icdown41  -1
    u40       icup41    -1
    u41       obj       0.0020000000000000018   icdown41  1
    u41       icup41    1              icdown42  -1
    u41       icup42    -1
    u42       obj       0.0020000000000000018   icdown42  1
    u42       icup42    1              icdown43  -1
    u42       icup43    -1
    u43       obj       0.001999999999999988   icdown43  1
    u43       icup43    1              icdown44  -1
    u43       icup44    -1
    u44       obj       0.0020000000000000018   icdown44  1
    u44       icup44    1              icdown45  -1
    u44       icup45    -1
    u45       obj       0.0020000000000000018   icdown45  1
    u45       icup45    1              icdown46  -1
    u45       icup46    -1
    u46       obj       0.0020000000000000018   icdown46  1
    u46       icup46    1              icdown47  -1
    u46       icup47    -1
    u47       obj       0.0020000000000000018   icdown47  1
    u47       icup47    1              icdown48  -1
    u47       icup48    -1
    u48       obj       0.0020000000000000018   icdown48  1
    u48       icup48    1              icdown49  -1
    u48       icup49    -1
    u49       obj       0.0020000000000000018   icdown49  1
    u49       icup49    1              icdown50  -1
    u49       icup50    -1
    u50       obj       0.0020000000000000018   icdown50  1
    u50       icup50    1              icdown51  -1
    u50       icup51    -1
    u51       obj       0.001999999999999988   icdown51  1
    u51       icup51    1              icdown52  -1
    u51       icup52    -1
    u52       obj       0.0020000000000000018   icdown52  1
    u52       icup52    1              icdown53  -1
    u52       icup53    -1
    u53       obj       0.0020000000000000018   icdown53  1
    u53       icup53    1              icdown54  -1
    u53       icup54    -1
    u54       obj       0.0020000000000000018   icdown54  1
    u54       icup54    1              icdown55  -1
    u54       icup55    -1
    u55       obj       0.0020000000000000018   icdown55  1
    u55       icup55    1              icdown56  -1
    u55       icup56    -1
    u56       obj       0.0020000000000000018   icdown56  1
    u56       icup56    1              icdown57  -1
    u56       icup57    -1
    u57       obj       0.0020000000000000018   icdown57  1
    u57       icup57    1              icdown58  -1
    u57       icup58    -1
    u58       obj       0.0020000000000000018   icdown58  1
    u58       icup58    1              icdown59  -1
    u58       icup59    -1
    u59       obj       0.001999999999999988   icdown59  1
    u59       icup59    1              icdown60  -1
    u59       icup60    -1
    u60       obj       0.0020000000000000018   icdown60  1
    u60       icup60    1              icdown61  -1
    u60       icup61    -1
    u61       obj       0.0020000000000000018   icdown61  1
    u61       icup61    1              icdown62  -1
    u61       icup62    -1
    u62       obj       0.0020000000000000018   icdown62  1
    u62       icup62    1              icdown63  -1
    u62       icup63    -1
    u63       obj       0.0020000000000000018   icdown63  1
    u63       icup63    1              icdown64  -1
    u63       icup64    -1
    u64       obj       0.0020000000000000018   icdown64  1
    u64       icup64    1              icdown65  -1
    u64       icup65    -1
    u65       obj       0.0020000000000000018   icdown65  1
    u65       icup65    1              icdown66  -1
    u65       icup66    -1
    u66       obj       0.0020000000000000018   icdown66  1
    u66       icup66    1              icdown67  -1
    u66       icup67    -1
    u67       obj       0.0020000000000000018   icdown67  1
    u67       icup67    1              icdown68  -1
    u67       icup68    -1
    u68       obj       0.0020000000000000018   icdown68  1
    u68       icup68    1              icdown69  -1
    u68       icup69    -1
    u69       obj       0.0020000000000000018   icdown69  1
    u69       icup69    1              icdown70  -1
    u69       icup70    -1
    u70       obj       0.0020000000000000018   icdown70  1
    u70       icup70    1              icdown71  -1
    u70       icup71    -1
    u71       obj       0.001999999999999974   icdown71  1
    u71       icup71    1              icdown72  -1
    u71       icup72    -1
    u72       obj       0.0020000000000000018   icdown72  1
    u72       icup72    1              icdown73  -1
    u72       icup73    -1
    u73       obj       0.0020000000000000018   icdown73  1
    u73       icup73    1              icdown74  -1
    u73       icup74    -1
    u74       obj       0.0020000000000000018   icdown74  1
    u74       icup74    1              icdown75  -1
    u74       icup75    -1
    u75       obj       0.0020000000000000018   icdown75  1
    u75       icup75    1              icdown76  -1
    u75       icup76    -1
    u76       obj       0.0020000000000000018   icdown76  1
    u76       icup76    1              icdown77  -1
    u76       icup77    -1
    u77       obj       0.0020000000000000018   icdown77  1
    u77       icup77    1              icdown78  -1
    u77       icup78    -1
    u78       obj       0.0020000000000000018   icdown78  1
    u78       icup78    1              icdown79  -1
    u78       icup79    -1
    u79       obj       0.0020000000000000018   icdown79  1
    u79       icup79    1              icdown80  -1
    u79       icup80    -1
    u80       obj       0.0020000000000000018   icdown80  1
    u80       icup80    1              icdown81  -1
    u80       icup81    -1
    u81       obj       0.0020000000000000018   icdown81  1
    u81       icup81    1              icdown82  -1
    u81       icup82    -1
    u82       obj       0.0020000000000000018   icdown82  1
    u82       icup82    1              icdown83  -1
    u82       icup83    -1
    u83       obj       0.0020000000000000018   icdown83  1
    u83       icup83    1              icdown84  -1
    u83       icup84    -1
    u84       obj       0.0020000000000000018   icdown84  1
    u84       icup84    1              icdown85  -1
    u84       icup85    -1
    u85       obj       0.0020000000000000018   icdown85  1
    u85       icup85    1              icdown86  -1
    u85       icup86    -1
    u86       obj       0.001999999999999974   icdown86  1
    u86       icup86    1              icdown87  -1
    u86       icup87    -1
    u87       obj       0.0020000000000000018   icdown87  1
    u87       icup87    1              icdown88  -1
    u87       icup88    -1
    u88       obj       0.0020000000000000018   icdown88  1
    u88       icup88    1              icdown89  -1
    u88       icup89    -1
    u89       obj       0.0020000000000000018   icdown89  1
    u89       icup89    1              icdown90  -1
    u89       icup90    -1
    u90       obj       0.0020000000000000018   icdown90  1
    u90       icup90    1              icdown91  -1
    u90       icup91    -1
    u91       obj       0.0020000000000000018   icdown91  1
    u91       icup91    1              icdown92  -1
    u91       icup92    -1
    u92       obj       0.0020000000000000018   icdown92  1
    u92       icup92    1              icdown93  -1
    u92       icup93    -1
    u93       obj       0.0020000000000000018   icdown93  1
    u93       icup93    1              icdown94  -1
    u93       icup94    -1
    u94       obj       0.0020000000000000018   icdown94  1
    u94       icup94    1              icdown95  -1
    u94       icup95    -1
    u95       obj       0.0020000000000000018   icdown95  1
    u95       icup95    1              icdown96  -1
    u95       icup96    -1
    u96       obj       0.0020000000000000018   icdown96  1
    u96       icup96    1              icdown97  -1
    u96       icup97    -1
    u97       obj       0.0020000000000000018   icdown97  1
    u97       icup97    1              icdown98  -1
    u97       icup98    -1
    u98       obj       0.0020000000000000018   icdown98  1
    u98       icup98    1              icdown99  -1
    u98       icup99    -1
    u99       obj       0.0020000000000000018   icdown99  1
    u99       icup99    1              icdown100  -1
    u99       icup100   -1
    u100      obj       0.0020000000000000018   icdown100  1
    u100      icup100   1              icdown101  -1
    u100      icup101   -1
    u101      obj       0.0020000000000000018   icdown101  1
    u101      icup101   1              icdown102  -1
    u101      icup102   -1
    u102      obj       0.001999999999999974   icdown102  1
    u102      icup102   1              icdown103  -1
    u102      icup103   -1
    u103      obj       0.0020000000000000018   icdown103  1
    u103      icup103   1              icdown104  -1
    u103      icup104   -1
    u104      obj       0.0020000000000000018   icdown104  1
    u104      icup104   1              icdown105  -1
    u104      icup105   -1
    u105      obj       0.0020000000000000018   icdown105  1
    u105      icup105   1              icdown106  -1
    u105      icup106   -1
    u106      obj       0.0020000000000000018   icdown106  1
    u106      icup106   1              icdown107  -1
    u106      icup107   -1
    u107      obj       0.0020000000000000018   icdown107  1
    u107      icup107   1              icdown108  -1
    u107      icup108   -1
    u108      obj       0.0020000000000000018   icdown108  1
    u108      icup108   1              icdown109  -1
    u108      icup109   -1
    u109      obj       0.0020000000000000018   icdown109  1
    u109      icup109   1              icdown110  -1
    u109      icup110   -1
    u110      obj       0.0020000000000000018   icdown110  1
    u110      icup110   1              icdown111  -1
    u110      icup111   -1
    u111      obj       0.0020000000000000018   icdown111  1
    u111      icup111   1              icdown112  -1
    u111      icup112   -1
    u112      obj       0.0020000000000000018   icdown112  1
    u112      icup112   1              icdown113  -1
    u112      icup113   -1
    u113      obj       0.0020000000000000018   icdown113  1
    u113      icup113   1              icdown114  -1
    u113      icup114   -1
    u114      obj       0.0020000000000000018   icdown114  1
    u114      icup114   1              icdown115  -1
    u114      icup115   -1
    u115      obj       0.0020000000000000018   icdown115  1
    u115      icup115   1              icdown116  -1
    u115      icup116   -1
    u116      obj       0.0020000000000000018   icdown116  1
    u116      icup116   1              icdown117  -1
    u116      icup117   -1
    u117      obj       0.0020000000000000018   icdown117  1
    u117      icup117   1              icdown118  -1
    u117      icup118   -1
    u118      obj       0.001999999999999974   icdown118  1
    u118      icup118   1              icdown119  -1
    u118      icup119   -1
    u119      obj       0.0020000000000000018   icdown119  1
    u119      icup119   1              icdown120  -1
    u119      icup120   -1
    u120      obj       0.0020000000000000018   icdown120  1
    u120      icup120   1              icdown121  -1
    u120      icup121   -1
    u121      obj       0.0020000000000000018   icdown121  1
    u121      icup121   1              icdown122  -1
    u121      icup122   -1
    u122      obj       0.0020000000000000018   icdown122  1
    u122      icup122   1              icdown123  -1
    u122      icup123   -1
    u123      obj       0.0020000000000000018   icdown123  1
    u123      icup123   1              icdown124  -1
    u123      icup124   -1
    u124      obj       0.0020000000000000018   icdown124  1
    u124      icup124   1              icdown125  -1
    u124      icup125   -1
    u125      obj       0.0020000000000000018   icdown125  1
    u125      icup125   1              icdown126  -1
    u125      icup126   -1
    u126      obj       0.0020000000000000018   icdown126  1
    u126      icup126   1              icdown127  -1
    u126      icup127   -1
    u127      obj       0.0020000000000000018   icdown127  1
    u127      icup127   1              icdown128  -1
    u127      icup128   -1
    u128      obj       0.0020000000000000018   icdown128  1
    u128      icup128   1              icdown129  -1
    u128      icup129   -1
    u129      obj       0.0020000000000000018   icdown129  1
    u129      icup129   1              icdown130  -1
    u129      icup130   -1
    u130      obj       0.0020000000000000018   icdown130  1
    u130      icup130   1              icdown131  -1
    u130      icup131   -1
    u131      obj       0.0020000000000000018   icdown131  1
    u131      icup131   1              icdown132  -1
    u131      icup132   -1
    u132      obj       0.0020000000000000018   icdown132  1
    u132      icup132   1              icdown133  -1
    u132      icup133   -1
    u133      obj       0.0020000000000000018   icdown133  1
    u133      icup133   1              icdown134  -1
    u133      icup134   -1
    u134      obj       0.0020000000000000018   icdown134  1
    u134      icup134   1              icdown135  -1
    u134      icup135   -1
    u135      obj       0.0020000000000000018   icdown135  1
    u135      icup135   1              icdown136  -1
    u135      icup136   -1
    u136      obj       0.0020000000000000018   icdown136  1
    u136      icup136   1              icdown137  -1
    u136      icup137   -1
    u137      obj       0.0020000000000000018   icdown137  1
    u137      icup137   1              icdown138  -1
    u137      icup138   -1
    u138      obj       0.0020000000000000018   icdown138  1
    u138      icup138   1              icdown139  -1
    u138      icup139   -1
    u139      obj       0.0020000000000000018   icdown139  1
    u139      icup139   1              icdown140  -1
    u139      icup140   -1
    u140      obj       0.0020000000000000018   icdown140  1
    u140      icup140   1              icdown141  -1
    u140      icup141   -1
    u141      obj       0.0019999999999999463   icdown141  1
    u141      icup141   1              icdown142  -1
    u141      icup142   -1
    u142      obj       0.0020000000000000018   icdown142  1
    u142      icup142   1              icdown143  -1
    u142      icup143   -1
    u143      obj       0.0020000000000000018   icdown143  1
    u143      icup143   1              icdown144  -1
    u143      icup144   -1
    u144      obj       0.0020000000000000018   icdown144  1
    u144      icup144   1              icdown145  -1
    u144      icup145   -1
    u145      obj       0.0020000000000000018   icdown145  1
    u145      icup145   1              icdown146  -1
    u145      icup146   -1
    u146      obj       0.0020000000000000018   icdown146  1
    u146      icup146   1              icdown147  -1
    u146      icup147   -1
    u147      obj       0.0020000000000000018   icdown147  1
    u147      icup147   1              icdown148  -1
    u147      icup148   -1
    u148      obj       0.0020000000000000018   icdown148  1
    u148      icup148   1              icdown149  -1
    u148      icup149   -1
    u149      obj       0.0020000000000000018   icdown149  1
    u149      icup149   1              icdown150  -1
    u149      icup150   -1
    u150      obj       0.0020000000000000018   icdown150  1
    u150      icup150   1              icdown151  -1
    u150      icup151   -1
    u151      obj       0.0020000000000000018   icdown151  1
    u151      icup151   1              icdown152  -1
    u151      icup152   -1
    u152      obj       0.0020000000000000018   icdown152  1
    u152      icup152   1              icdown153  -1
    u152      icup153   -1
    u153      obj       0.0020000000000000018   icdown153  1
    u153      icup153   1              icdown154  -1
    u153      icup154   -1
    u154      obj       0.0020000000000000018   icdown154  1
    u154      icup154   1              icdown155  -1
    u154      icup155   -1
    u155      obj       0.0020000000000000018   icdown155  1
    u155      icup155   1              icdown156  -1
    u155      icup156   -1
    u156      obj       0.0020000000000000018   icdown156  1
    u156      icup156   1              icdown157  -1
    u156      icup157   -1
    u157      obj       0.0020000000000000018   icdown157  1
    u157      icup157   1              icdown158  -1
    u157      icup158   -1
    u158      obj       0.0020000000000000018   icdown158  1
    u158      icup158   1              icdown159  -1
    u158      icup159   -1
    u159      obj       0.0020000000000000018   icdown159  1
    u159      icup159   1              icdown160  -1
    u159      icup160   -1
    u160      obj       0.0020000000000000018   icdown160  1
    u160      icup160   1              icdown161  -1
    u160      icup161   -1
    u161      obj       0.0020000000000000018   icdown161  1
    u161      icup161   1              icdown162  -1
    u161      icup162   -1
    u162      obj       0.0020000000000000018   icdown162  1
    u162      icup162   1              icdown163  -1
    u162      icup163   -1
    u163      obj       0.0020000000000000018   icdown163  1
    u163      icup163   1              icdown164  -1
    u163      icup164   -1
    u164      obj       0.0020000000000000018   icdown164  1
    u164      icup164   1              icdown165  -1
    u164      icup165   -1
    u165      obj       0.0020000000000000018   icdown165  1
    u165      icup165   1              icdown166  -1
    u165      icup166   -1
    u166      obj       0.0020000000000000018   icdown166  1
    u166      icup166   1              icdown167  -1
    u166      icup167   -1
    u167      obj       0.0020000000000000018   icdown167  1
    u167      icup167   1              icdown168  -1
    u167      icup168   -1
    u168      obj       0.0020000000000000018   icdown168  1
    u168      icup168   1              icdown169  -1
    u168      icup169   -1
    u169      obj       0.0020000000000000018   icdown169  1
    u169      icup169   1              icdown170  -1
    u169      icup170   -1
    u170      obj       0.0020000000000000018   icdown170  1
    u170      icup170   1              icdown171  -1
    u170      icup171   -1
    u171      obj       0.0020000000000000018   icdown171  1
    u171      icup171   1              icdown172  -1
    u171      icup172   -1
    u172      obj       0.0019999999999999463   icdown172  1
    u172      icup172   1              icdown173  -1
    u172      icup173   -1
    u173      obj       0.0020000000000000018   icdown173  1
    u173      icup173   1              icdown174  -1
    u173      icup174   -1
    u174      obj       0.0020000000000000018   icdown174  1
    u174      icup174   1              icdown175  -1
    u174      icup175   -1
    u175      obj       0.0020000000000000018   icdown175  1
    u175      icup175   1              icdown176  -1
    u175      icup176   -1
    u176      obj       0.0020000000000000018   icdown176  1
    u176      icup176   1              icdown177  -1
    u176      icup177   -1
    u177      obj       0.0020000000000000018   icdown177  1
    u177      icup177   1              icdown178  -1
    u177      icup178   -1
    u178      obj       0.0020000000000000018   icdown178  1
    u178      icup178   1              icdown179  -1
    u178      icup179   -1
    u179      obj       0.0020000000000000018   icdown179  1
    u179      icup179   1              icdown180  -1
    u179      icup180   -1
    u180      obj       0.0020000000000000018   icdown180  1
    u180      icup180   1              icdown181  -1
    u180      icup181   -1
    u181      obj       0.0020000000000000018   icdown181  1
    u181      icup181   1              icdown182  -1
    u181      icup182   -1
    u182      obj       0.0020000000000000018   icdown182  1
    u182      icup182   1              icdown183  -1
    u182      icup183   -1
    u183      obj       0.0020000000000000018   icdown183  1
    u183      icup183   1              icdown184  -1
    u183      icup184   -1
    u184      obj       0.0020000000000000018   icdown184  1
    u184      icup184   1              icdown185  -1
    u184      icup185   -1
    u185      obj       0.0020000000000000018   icdown185  1
    u185      icup185   1              icdown186  -1
    u185      icup186   -1
    u186      obj       0.0020000000000000018   icdown186  1
    u186      icup186   1              icdown187  -1
    u186      icup187   -1
    u187      obj       0.0020000000000000018   icdown187  1
    u187      icup187   1              icdown188  -1
    u187      icup188   -1
    u188      obj       0.0020000000000000018   icdown188  1
    u188      icup188   1              icdown189  -1
    u188      icup189   -1
    u189      obj       0.0020000000000000018   icdown189  1
    u189      icup189   1              icdown190  -1
    u189      icup190   -1
    u190      obj       0.0020000000000000018   icdown190  1
    u190      icup190   1              icdown191  -1
    u190      icup191   -1
    u191      obj       0.0020000000000000018   icdown191  1
    u191      icup191   1              icdown192  -1
    u191      icup192   -1
    u192      obj       0.0020000000000000018   icdown192  1
    u192      icup192   1              icdown193  -1
    u192      icup193   -1
    u193      obj       0.0020000000000000018   icdown193  1
    u193      icup193   1              icdown194  -1
    u193      icup194   -1
    u194      obj       0.0020000000000000018   icdown194  1
    u194      icup194   1              icdown195  -1
    u194      icup195   -1
    u195      obj       0.0020000000000000018   icdown195  1
    u195      icup195   1              icdown196  -1
    u195      icup196   -1
    u196      obj       0.0020000000000000018   icdown196  1
    u196      icup196   1              icdown197  -1
    u196      icup197   -1
    u197      obj       0.0020000000000000018   icdown197  1
    u197      icup197   1              icdown198  -1
    u197      icup198   -1
    u198      obj       0.0020000000000000018   icdown198  1
    u198      icup198   1              icdown199  -1
    u198      icup199   -1
    u199      obj       0.0020000000000000018   icdown199  1
    u199      icup199   1              icdown200  -1
    u199      icup200   -1
    u200      obj       0.0020000000000000018   icdown200  1
    u200      icup200   1              icdown201  -1
    u200      icup201   -1
    u201      obj       0.0020000000000000018   icdown201  1
    u201      icup201   1              icdown202  -1
    u201      icup202   -1
    u202      obj       0.0020000000000000018   icdown202  1
    u202      icup202   1              icdown203  -1
    u202      icup203   -1
    u203      obj       0.0020000000000000018   icdown203  1
    u203      icup203   1              icdown204  -1
    u203      icup204   -1
    u204      obj       0.0019999999999999463   icdown204  1
    u204      icup204   1              icdown205  -1
    u204      icup205   -1
    u205      obj       0.0020000000000000018   icdown205  1
    u205      icup205   1              icdown206  -1
    u205      icup206   -1
    u206      obj       0.0020000000000000018   icdown206  1
    u206      icup206   1              icdown207  -1
    u206      icup207   -1
    u207      obj       0.0020000000000000018   icdown207  1
    u207      icup207   1              icdown208  -1
    u207      icup208   -1
    u208      obj       0.0020000000000000018   icdown208  1
    u208      icup208   1              icdown209  -1
    u208      icup209   -1
    u209      obj       0.0020000000000000018   icdown209  1
    u209      icup209   1              icdown210  -1
    u209      icup210   -1
    u210      obj       0.0020000000000000018   icdown210  1
    u210      icup210   1              icdown211  -1
    u210      icup211   -1
    u211      obj       0.0020000000000000018   icdown211  1
    u211      icup211   1              icdown212  -1
    u211      icup212   -1
    u212      obj       0.0020000000000000018   icdown212  1
    u212      icup212   1              icdown213  -1
    u212      icup213   -1
    u213      obj       0.0020000000000000018   icdown213  1
    u213      icup213   1              icdown214  -1
    u213      icup214   -1
    u214      obj       0.0020000000000000018   icdown214  1
    u214      icup214   1              icdown215  -1
    u214      icup215   -1
    u215      obj       0.0020000000000000018   icdown215  1
    u215      icup215   1              icdown216  -1
    u215      icup216   -1
    u216      obj       0.0020000000000000018   icdown216  1
    u216      icup216   1              icdown217  -1
    u216      icup217   -1
    u217      obj       0.0020000000000000018   icdown217  1
    u217      icup217   1              icdown218  -1
    u217      icup218   -1
    u218      obj       0.0020000000000000018   icdown218  1
    u218      icup218   1              icdown219  -1
    u218      icup219   -1
    u219      obj       0.0020000000000000018   icdown219  1
    u219      icup219   1              icdown220  -1
    u219      icup220   -1
    u220      obj       0.0020000000000000018   icdown220  1
    u220      icup220   1              icdown221  -1
    u220      icup221   -1
    u221      obj       0.0020000000000000018   icdown221  1
    u221      icup221   1              icdown222  -1
    u221      icup222   -1
    u222      obj       0.0020000000000000018   icdown222  1
    u222      icup222   1              icdown223  -1
    u222      icup223   -1
    u223      obj       0.0020000000000000018   icdown223  1
    u223      icup223   1              icdown224  -1
    u223      icup224   -1
    u224      obj       0.0020000000000000018   icdown224  1
    u224      icup224   1              icdown225  -1
    u224      icup225   -1
    u225      obj       0.0020000000000000018   icdown225  1
    u225      icup225   1              icdown226  -1
    u225      icup226   -1
    u226      obj       0.0020000000000000018   icdown226  1
    u226      icup226   1              icdown227  -1
    u226      icup227   -1
    u227      obj       0.0020000000000000018   icdown227  1
    u227      icup227   1              icdown228  -1
    u227      icup228   -1
    u228      obj       0.0020000000000000018   icdown228  1
    u228      icup228   1              icdown229  -1
    u228      icup229   -1
    u229      obj       0.0020000000000000018   icdown229  1
    u229      icup229   1              icdown230  -1
    u229      icup230   -1
    u230      obj       0.0020000000000000018   icdown230  1
    u230      icup230   1              icdown231  -1
    u230      icup231   -1
    u231      obj       0.0020000000000000018   icdown231  1
    u231      icup231   1              icdown232  -1
    u231      icup232   -1
    u232      obj       0.0020000000000000018   icdown232  1
    u232      icup232   1              icdown233  -1
    u232      icup233   -1
    u233      obj       0.0020000000000000018   icdown233  1
    u233      icup233   1              icdown234  -1
    u233      icup234   -1
    u234      obj       0.0020000000000000018   icdown234  1
    u234      icup234   1              icdown235  -1
    u234      icup235   -1
    u235      obj       0.0019999999999999463   icdown235  1
    u235      icup235   1              icdown236  -1
    u235      icup236   -1
    u236      obj       0.0020000000000000018   icdown236  1
    u236      icup236   1              icdown237  -1
    u236      icup237   -1
    u237      obj       0.0020000000000000018   icdown237  1
    u237      icup237   1              icdown238  -1
    u237      icup238   -1
    u238      obj       0.0020000000000000018   icdown238  1
    u238      icup238   1              icdown239  -1
    u238      icup239   -1
    u239      obj       0.0020000000000000018   icdown239  1
    u239      icup239   1              icdown240  -1
    u239      icup240   -1
    u240      obj       0.0020000000000000018   icdown240  1
    u240      icup240   1              icdown241  -1
    u240      icup241   -1
    u241      obj       0.0020000000000000018   icdown241  1
    u241      icup241   1              icdown242  -1
    u241      icup242   -1
    u242      obj       0.0020000000000000018   icdown242  1
    u242      icup242   1              icdown243  -1
    u242      icup243   -1
    u243      obj       0.0020000000000000018   icdown243  1
    u243      icup243   1              icdown244  -1
    u243      icup244   -1
    u244      obj       0.0020000000000000018   icdown244  1
    u244      icup244   1              icdown245  -1
    u244      icup245   -1
    u245      obj       0.0020000000000000018   icdown245  1
    u245      icup245   1              icdown246  -1
    u245      icup246   -1
    u246      obj       0.0020000000000000018   icdown246  1
    u246      icup246   1              icdown247  -1
    u246      icup247   -1
    u247      obj       0.0020000000000000018   icdown247  1
    u247      icup247   1              icdown248  -1
    u247      icup248   -1
    u248      obj       0.0020000000000000018   icdown248  1
    u248      icup248   1              icdown249  -1
    u248      icup249   -1
    u249      obj       0.0020000000000000018   icdown249  1
    u249      icup249   1              icdown250  -1
    u249      icup250   -1
    u250      obj       0.0020000000000000018   icdown250  1
    u250      icup250   1              icdown251  -1
    u250      icup251   -1
    u251      obj       0.0020000000000000018   icdown251  1
    u251      icup251   1              icdown252  -1
    u251      icup252   -1
    u252      obj       0.0020000000000000018   icdown252  1
    u252      icup252   1              icdown253  -1
    u252      icup253   -1
    u253      obj       0.0020000000000000018   icdown253  1
    u253      icup253   1              icdown254  -1
    u253      icup254   -1
    u254      obj       0.0020000000000000018   icdown254  1
    u254      icup254   1              icdown255  -1
    u254      icup255   -1
    u255      obj       0.0020000000000000018   icdown255  1
    u255      icup255   1              icdown256  -1
    u255      icup256   -1
    u256      obj       0.0020000000000000018   icdown256  1
    u256      icup256   1              icdown257  -1
    u256      icup257   -1
    u257      obj       0.0020000000000000018   icdown257  1
    u257      icup257   1              icdown258  -1
    u257      icup258   -1
    u258      obj       0.0020000000000000018   icdown258  1
    u258      icup258   1              icdown259  -1
    u258      icup259   -1
    u259      obj       0.0020000000000000018   icdown259  1
    u259      icup259   1              icdown260  -1
    u259      icup260   -1
    u260      obj       0.0020000000000000018   icdown260  1
    u260      icup260   1              icdown261  -1
    u260      icup261   -1
    u261      obj       0.0020000000000000018   icdown261  1
    u261      icup261   1              icdown262  -1
    u261      icup262   -1
    u262      obj       0.0020000000000000018   icdown262  1
    u262      icup262   1              icdown263  -1
    u262      icup263   -1
    u263      obj       0.0020000000000000018   icdown263  1
    u263      icup263   1              icdown264  -1
    u263      icup264   -1
    u264      obj       0.0020000000000000018   icdown264  1
    u264      icup264   1              icdown265  -1
    u264      icup265   -1
    u265      obj       0.0020000000000000018   icdown265  1
    u265      icup265   1              icdown266  -1
    u265      icup266   -1
    u266      obj       0.0020000000000000018   icdown266  1
    u266      icup266   1              icdown267  -1
    u266      icup267   -1
    u267      obj       0.0020000000000000018   icdown267  1
    u267      icup267   1              icdown268  -1
    u267      icup268   -1
    u268      obj       0.0020000000000000018   icdown268  1
    u268      icup268   1              icdown269  -1
    u268      icup269   -1
    u269      obj       0.0020000000000000018   icdown269  1
    u269      icup269   1              icdown270  -1
    u269      icup270   -1
    u270      obj       0.0020000000000000018   icdown270  1
    u270      icup270   1              icdown271  -1
    u270      icup271   -1
    u271      obj       0.0020000000000000018   icdown271  1
    u271      icup271   1              icdown272  -1
    u271      icup272   -1
    u272      obj       0.0020000000000000018   icdown272  1
    u272      icup272   1              icdown273  -1
    u272      icup273   -1
    u273      obj       0.0020000000000000018   icdown273  1
    u273      icup273   1              icdown274  -1
    u273      icup274   -1
    u274      obj       0.0020000000000000018   icdown274  1
    u274      icup274   1              icdown275  -1
    u274      icup275   -1
    u275      obj       0.0020000000000000018   icdown275  1
    u275      icup275   1              icdown276  -1
    u275      icup276   -1
    u276      obj       0.0020000000000000018   icdown276  1
    u276      icup276   1              icdown277  -1
    u276      icup277   -1
    u277      obj       0.0020000000000000018   icdown277  1
    u277      icup277   1              icdown278  -1
    u277      icup278   -1
    u278      obj       0.0020000000000000018   icdown278  1
    u278      icup278   1              icdown279  -1
    u278      icup279   -1
    u279      obj       0.0020000000000000018   icdown279  1
    u279      icup279   1              icdown280  -1
    u279      icup280   -1
    u280      obj       0.0020000000000000018   icdown280  1
    u280      icup280   1              icdown281  -1
    u280      icup281   -1
    u281      obj       0.0020000000000000018   icdown281  1
    u281      icup281   1              icdown282  -1
    u281      icup282   -1
    u282      obj       0.0019999999999998908   icdown282  1
    u282      icup282   1              icdown283  -1
    u282      icup283   -1
    u283      obj       0.0020000000000000018   icdown283  1
    u283      icup283   1              icdown284  -1
    u283      icup284   -1
    u284      obj       0.0020000000000000018   icdown284  1
    u284      icup284   1              icdown285  -1
    u284      icup285   -1
    u285      obj       0.0020000000000000018   icdown285  1
    u285      icup285   1              icdown286  -1
    u285      icup286   -1
    u286      obj       0.0020000000000000018   icdown286  1
    u286      icup286   1              icdown287  -1
    u286      icup287   -1
    u287      obj       0.0020000000000000018   icdown287  1
    u287      icup287   1              icdown288  -1
    u287      icup288   -1
    u288      obj       0.0020000000000000018   icdown288  1
    u288      icup288   1              icdown289  -1
    u288      icup289   -1
    u289      obj       0.0020000000000000018   icdown289  1
    u289      icup289   1              icdown290  -1
    u289      icup290   -1
    u290      obj       0.0020000000000000018   icdown290  1
    u290      icup290   1              icdown291  -1
    u290      icup291   -1
    u291      obj       0.0020000000000000018   icdown291  1
    u291      icup291   1              icdown292  -1
    u291      icup292   -1
    u292      obj       0.0020000000000000018   icdown292  1
    u292      icup292   1              icdown293  -1
    u292      icup293   -1
    u293      obj       0.0020000000000000018   icdown293  1
    u293      icup293   1              icdown294  -1
    u293      icup294   -1
    u294      obj       0.0020000000000000018   icdown294  1
    u294      icup294   1              icdown295  -1
    u294      icup295   -1
    u295      obj       0.0020000000000000018   icdown295  1
    u295      icup295   1              icdown296  -1
    u295      icup296   -1
    u296      obj       0.0020000000000000018   icdown296  1
    u296      icup296   1              icdown297  -1
    u296      icup297   -1
    u297      obj       0.0020000000000000018   icdown297  1
    u297      icup297   1              icdown298  -1
    u297      icup298   -1
    u298      obj       0.0020000000000000018   icdown298  1
    u298      icup298   1              icdown299  -1
    u298      icup299   -1
    u299      obj       0.0020000000000000018   icdown299  1
    u299      icup299   1              icdown300  -1
    u299      icup300   -1
    u300      obj       0.0020000000000000018   icdown300  1
    u300      icup300   1              icdown301  -1
    u300      icup301   -1
    u301      obj       0.0020000000000000018   icdown301  1
    u301      icup301   1              icdown302  -1
    u301      icup302   -1
    u302      obj       0.0020000000000000018   icdown302  1
    u302      icup302   1              icdown303  -1
    u302      icup303   -1
    u303      obj       0.0020000000000000018   icdown303  1
    u303      icup303   1              icdown304  -1
    u303      icup304   -1
    u304      obj       0.0020000000000000018   icdown304  1
    u304      icup304   1              icdown305  -1
    u304      icup305   -1
    u305      obj       0.0020000000000000018   icdown305  1
    u305      icup305   1              icdown306  -1
    u305      icup306   -1
    u306      obj       0.0020000000000000018   icdown306  1
    u306      icup306   1              icdown307  -1
    u306      icup307   -1
    u307      obj       0.0020000000000000018   icdown307  1
    u307      icup307   1              icdown308  -1
    u307      icup308   -1
    u308      obj       0.0020000000000000018   icdown308  1
    u308      icup308   1              icdown309  -1
    u308      icup309   -1
    u309      obj       0.0020000000000000018   icdown309  1
    u309      icup309   1              icdown310  -1
    u309      icup310   -1
    u310      obj       0.0020000000000000018   icdown310  1
    u310      icup310   1              icdown311  -1
    u310      icup311   -1
    u311      obj       0.0020000000000000018   icdown311  1
    u311      icup311   1              icdown312  -1
    u311      icup312   -1
    u312      obj       0.0020000000000000018   icdown312  1
    u312      icup312   1              icdown313  -1
    u312      icup313   -1
    u313      obj       0.0020000000000000018   icdown313  1
    u313      icup313   1              icdown314  -1
    u313      icup314   -1
    u314      obj       0.0020000000000000018   icdown314  1
    u314      icup314   1              icdown315  -1
    u314      icup315   -1
    u315      obj       0.0020000000000000018   icdown315  1
    u315      icup315   1              icdown316  -1
    u315      icup316   -1
    u316      obj       0.0020000000000000018   icdown316  1
    u316      icup316   1              icdown317  -1
    u316      icup317   -1
    u317      obj       0.0020000000000000018   icdown317  1
    u317      icup317   1              icdown318  -1
    u317      icup318   -1
    u318      obj       0.0020000000000000018   icdown318  1
    u318      icup318   1              icdown319  -1
    u318      icup319   -1
    u319      obj       0.0020000000000000018   icdown319  1
    u319      icup319   1              icdown320  -1
    u319      icup320   -1
    u320      obj       0.0020000000000000018   icdown320  1
    u320      icup320   1              icdown321  -1
    u320      icup321   -1
    u321      obj       0.0020000000000000018   icdown321  1
    u321      icup321   1              icdown322  -1
    u321      icup322   -1
    u322      obj       0.0020000000000000018   icdown322  1
    u322      icup322   1              icdown323  -1
    u322      icup323   -1
    u323      obj       0.0020000000000000018   icdown323  1
    u323      icup323   1              icdown324  -1
    u323      icup324   -1
    u324      obj       0.0020000000000000018   icdown324  1
    u324      icup324   1              icdown325  -1
    u324      icup325   -1
    u325      obj       0.0020000000000000018   icdown325  1
    u325      icup325   1              icdown326  -1
    u325      icup326   -1
    u326      obj       0.0020000000000000018   icdown326  1
    u326      icup326   1              icdown327  -1
    u326      icup327   -1
    u327      obj       0.0020000000000000018   icdown327  1
    u327      icup327   1              icdown328  -1
    u327      icup328   -1
    u328      obj       0.0020000000000000018   icdown328  1
    u328      icup328   1              icdown329  -1
    u328      icup329   -1
    u329      obj       0.0020000000000000018   icdown329  1
    u329      icup329   1              icdown330  -1
    u329      icup330   -1
    u330      obj       0.0020000000000000018   icdown330  1
    u330      icup330   1              icdown331  -1
    u330      icup331   -1
    u331      obj       0.0020000000000000018   icdown331  1
    u331      icup331   1              icdown332  -1
    u331      icup332   -1
    u332      obj       0.0020000000000000018   icdown332  1
    u332      icup332   1              icdown333  -1
    u332      icup333   -1
    u333      obj       0.0020000000000000018   icdown333  1
    u333      icup333   1              icdown334  -1
    u333      icup334   -1
    u334      obj       0.0020000000000000018   icdown334  1
    u334      icup334   1              icdown335  -1
    u334      icup335   -1
    u335      obj       0.0020000000000000018   icdown335  1
    u335      icup335   1              icdown336  -1
    u335      icup336   -1
    u336      obj       0.0020000000000000018   icdown336  1
    u336      icup336   1              icdown337  -1
    u336      icup337   -1
    u337      obj       0.0020000000000000018   icdown337  1
    u337      icup337   1              icdown338  -1
    u337      icup338   -1
    u338      obj       0.0020000000000000018   icdown338  1
    u338      icup338   1              icdown339  -1
    u338      icup339   -1
    u339      obj       0.0020000000000000018   icdown339  1
    u339      icup339   1              icdown340  -1
    u339      icup340   -1
    u340      obj       0.0020000000000000018   icdown340  1
    u340      icup340   1              icdown341  -1
    u340      icup341   -1
    u341      obj       0.0020000000000000018   icdown341  1
    u341      icup341   1              icdown342  -1
    u341      icup342   -1
    u342      obj       0.0020000000000000018   icdown342  1
    u342      icup342   1              icdown343  -1
    u342      icup343   -1
    u343      obj       0.0020000000000000018   icdown343  1
    u343      icup343   1              icdown344  -1
    u343      icup344   -1
    u344      obj       0.0019999999999998908   icdown344  1
    u344      icup344   1              icdown345  -1
    u344      icup345   -1
    u345      obj       0.0020000000000000018   icdown345  1
    u345      icup345   1              icdown346  -1
    u345      icup346   -1
    u346      obj       0.0020000000000000018   icdown346  1
    u346      icup346   1              icdown347  -1
    u346      icup347   -1
    u347      obj       0.0020000000000000018   icdown347  1
    u347      icup347   1              icdown348  -1
    u347      icup348   -1
    u348      obj       0.0020000000000000018   icdown348  1
    u348      icup348   1              icdown349  -1
    u348      icup349   -1
    u349      obj       0.0020000000000000018   icdown349  1
    u349      icup349   1              icdown350  -1
    u349      icup350   -1
    u350      obj       0.0020000000000000018   icdown350  1
    u350      icup350   1              icdown351  -1
    u350      icup351   -1
    u351      obj       0.0020000000000000018   icdown351  1
    u351      icup351   1              icdown352  -1
    u351      icup352   -1
    u352      obj       0.0020000000000000018   icdown352  1
    u352      icup352   1              icdown353  -1
    u352      icup353   -1
    u353      obj       0.0020000000000000018   icdown353  1
    u353      icup353   1              icdown354  -1
    u353      icup354   -1
    u354      obj       0.0020000000000000018   icdown354  1
    u354      icup354   1              icdown355  -1
    u354      icup355   -1
    u355      obj       0.0020000000000000018   icdown355  1
    u355      icup355   1              icdown356  -1
    u355      icup356   -1
    u356      obj       0.0020000000000000018   icdown356  1
    u356      icup356   1              icdown357  -1
    u356      icup357   -1
    u357      obj       0.0020000000000000018   icdown357  1
    u357      icup357   1              icdown358  -1
    u357      icup358   -1
    u358      obj       0.0020000000000000018   icdown358  1
    u358      icup358   1              icdown359  -1
    u358      icup359   -1
    u359      obj       0.0020000000000000018   icdown359  1
    u359      icup359   1              icdown360  -1
    u359      icup360   -1
    u360      obj       0.0020000000000000018   icdown360  1
    u360      icup360   1              icdown361  -1
    u360      icup361   -1
    u361      obj       0.0020000000000000018   icdown361  1
    u361      icup361   1              icdown362  -1
    u361      icup362   -1
    u362      obj       0.0020000000000000018   icdown362  1
    u362      icup362   1              icdown363  -1
    u362      icup363   -1
    u363      obj       0.0020000000000000018   icdown363  1
    u363      icup363   1              icdown364  -1
    u363      icup364   -1
    u364      obj       0.0020000000000000018   icdown364  1
    u364      icup364   1              icdown365  -1
    u364      icup365   -1
    u365      obj       0.0020000000000000018   icdown365  1
    u365      icup365   1              icdown366  -1
    u365      icup366   -1
    u366      obj       0.0020000000000000018   icdown366  1
    u366      icup366   1              icdown367  -1
    u366      icup367   -1
    u367      obj       0.0020000000000000018   icdown367  1
    u367      icup367   1              icdown368  -1
    u367      icup368   -1
    u368      obj       0.0020000000000000018   icdown368  1
    u368      icup368   1              icdown369  -1
    u368      icup369   -1
    u369      obj       0.0020000000000000018   icdown369  1
    u369      icup369   1              icdown370  -1
    u369      icup370   -1
    u370      obj       0.0020000000000000018   icdown370  1
    u370      icup370   1              icdown371  -1
    u370      icup371   -1
    u371      obj       0.0020000000000000018   icdown371  1
    u371      icup371   1              icdown372  -1
    u371      icup372   -1
    u372      obj       0.0020000000000000018   icdown372  1
    u372      icup372   1              icdown373  -1
    u372      icup373   -1
    u373      obj       0.0020000000000000018   icdown373  1
    u373      icup373   1              icdown374  -1
    u373      icup374   -1
    u374      obj       0.0020000000000000018   icdown374  1
    u374      icup374   1              icdown375  -1
    u374      icup375   -1
    u375      obj       0.0020000000000000018   icdown375  1
    u375      icup375   1              icdown376  -1
    u375      icup376   -1
    u376      obj       0.0020000000000000018   icdown376  1
    u376      icup376   1              icdown377  -1
    u376      icup377   -1
    u377      obj       0.0020000000000000018   icdown377  1
    u377      icup377   1              icdown378  -1
    u377      icup378   -1
    u378      obj       0.0020000000000000018   icdown378  1
    u378      icup378   1              icdown379  -1
    u378      icup379   -1
    u379      obj       0.0020000000000000018   icdown379  1
    u379      icup379   1              icdown380  -1
    u379      icup380   -1
    u380      obj       0.0020000000000000018   icdown380  1
    u380      icup380   1              icdown381  -1
    u380      icup381   -1
    u381      obj       0.0020000000000000018   icdown381  1
    u381      icup381   1              icdown382  -1
    u381      icup382   -1
    u382      obj       0.0020000000000000018   icdown382  1
    u382      icup382   1              icdown383  -1
    u382      icup383   -1
    u383      obj       0.0020000000000000018   icdown383  1
    u383      icup383   1              icdown384  -1
    u383      icup384   -1
    u384      obj       0.0020000000000000018   icdown384  1
    u384      icup384   1              icdown385  -1
    u384      icup385   -1
    u385      obj       0.0020000000000000018   icdown385  1
    u385      icup385   1              icdown386  -1
    u385      icup386   -1
    u386      obj       0.0020000000000000018   icdown386  1
    u386      icup386   1              icdown387  -1
    u386      icup387   -1
    u387      obj       0.0020000000000000018   icdown387  1
    u387      icup387   1              icdown388  -1
    u387      icup388   -1
    u388      obj       0.0020000000000000018   icdown388  1
    u388      icup388   1              icdown389  -1
    u388      icup389   -1
    u389      obj       0.0020000000000000018   icdown389  1
    u389      icup389   1              icdown390  -1
    u389      icup390   -1
    u390      obj       0.0020000000000000018   icdown390  1
    u390      icup390   1              icdown391  -1
    u390      icup391   -1
    u391      obj       0.0020000000000000018   icdown391  1
    u391      icup391   1              icdown392  -1
    u391      icup392   -1
    u392      obj       0.0020000000000000018   icdown392  1
    u392      icup392   1              icdown393  -1
    u392      icup393   -1
    u393      obj       0.0020000000000000018   icdown393  1
    u393      icup393   1              icdown394  -1
    u393      icup394   -1
    u394      obj       0.0020000000000000018   icdown394  1
    u394      icup394   1              icdown395  -1
    u394      icup395   -1
    u395      obj       0.0020000000000000018   icdown395  1
    u395      icup395   1              icdown396  -1
    u395      icup396   -1
    u396      obj       0.0020000000000000018   icdown396  1
    u396      icup396   1              icdown397  -1
    u396      icup397   -1
    u397      obj       0.0020000000000000018   icdown397  1
    u397      icup397   1              icdown398  -1
    u397      icup398   -1
    u398      obj       0.0020000000000000018   icdown398  1
    u398      icup398   1              icdown399  -1
    u398      icup399   -1
    u399      obj       0.0020000000000000018   icdown399  1
    u399      icup399   1              icdown400  -1
    u399      icup400   -1
    u400      obj       0.0020000000000000018   icdown400  1
    u400      icup400   1              icdown401  -1
    u400      icup401   -1
    u401      obj       0.0020000000000000018   icdown401  1
    u401      icup401   1              icdown402  -1
    u401      icup402   -1
    u402      obj       0.0020000000000000018   icdown402  1
    u402      icup402   1              icdown403  -1
    u402      icup403   -1
    u403      obj       0.0020000000000000018   icdown403  1
    u403      icup403   1              icdown404  -1
    u403      icup404   -1
    u404      obj       0.0020000000000000018   icdown404  1
    u404      icup404   1              icdown405  -1
    u404      icup405   -1
    u405      obj       0.0020000000000000018   icdown405  1
    u405      icup405   1              icdown406  -1
    u405      icup406   -1
    u406      obj       0.0020000000000000018   icdown406  1
    u406      icup406   1              icdown407  -1
    u406      icup407   -1
    u407      obj       0.0019999999999998908   icdown407  1
    u407      icup407   1              icdown408  -1
    u407      icup408   -1
    u408      obj       0.0020000000000000018   icdown408  1
    u408      icup408   1              icdown409  -1
    u408      icup409   -1
    u409      obj       0.0020000000000000018   icdown409  1
    u409      icup409   1              icdown410  -1
    u409      icup410   -1
    u410      obj       0.0020000000000000018   icdown410  1
    u410      icup410   1              icdown411  -1
    u410      icup411   -1
    u411      obj       0.0020000000000000018   icdown411  1
    u411      icup411   1              icdown412  -1
    u411      icup412   -1
    u412      obj       0.0020000000000000018   icdown412  1
    u412      icup412   1              icdown413  -1
    u412      icup413   -1
    u413      obj       0.0020000000000000018   icdown413  1
    u413      icup413   1              icdown414  -1
    u413      icup414   -1
    u414      obj       0.0020000000000000018   icdown414  1
    u414      icup414   1              icdown415  -1
    u414      icup415   -1
    u415      obj       0.0020000000000000018   icdown415  1
    u415      icup415   1              icdown416  -1
    u415      icup416   -1
    u416      obj       0.0020000000000000018   icdown416  1
    u416      icup416   1              icdown417  -1
    u416      icup417   -1
    u417      obj       0.0020000000000000018   icdown417  1
    u417      icup417   1              icdown418  -1
    u417      icup418   -1
    u418      obj       0.0020000000000000018   icdown418  1
    u418      icup418   1              icdown419  -1
    u418      icup419   -1
    u419      obj       0.0020000000000000018   icdown419  1
    u419      icup419   1              icdown420  -1
    u419      icup420   -1
    u420      obj       0.0020000000000000018   icdown420  1
    u420      icup420   1              icdown421  -1
    u420      icup421   -1
    u421      obj       0.0020000000000000018   icdown421  1
    u421      icup421   1              icdown422  -1
    u421      icup422   -1
    u422      obj       0.0020000000000000018   icdown422  1
    u422      icup422   1              icdown423  -1
    u422      icup423   -1
    u423      obj       0.0020000000000000018   icdown423  1
    u423      icup423   1              icdown424  -1
    u423      icup424   -1
    u424      obj       0.0020000000000000018   icdown424  1
    u424      icup424   1              icdown425  -1
    u424      icup425   -1
    u425      obj       0.0020000000000000018   icdown425  1
    u425      icup425   1              icdown426  -1
    u425      icup426   -1
    u426      obj       0.0020000000000000018   icdown426  1
    u426      icup426   1              icdown427  -1
    u426      icup427   -1
    u427      obj       0.0020000000000000018   icdown427  1
    u427      icup427   1              icdown428  -1
    u427      icup428   -1
    u428      obj       0.0020000000000000018   icdown428  1
    u428      icup428   1              icdown429  -1
    u428      icup429   -1
    u429      obj       0.0020000000000000018   icdown429  1
    u429      icup429   1              icdown430  -1
    u429      icup430   -1
    u430      obj       0.0020000000000000018   icdown430  1
    u430      icup430   1              icdown431  -1
    u430      icup431   -1
    u431      obj       0.0020000000000000018   icdown431  1
    u431      icup431   1              icdown432  -1
    u431      icup432   -1
    u432      obj       0.0020000000000000018   icdown432  1
    u432      icup432   1              icdown433  -1
    u432      icup433   -1
    u433      obj       0.0020000000000000018   icdown433  1
    u433      icup433   1              icdown434  -1
    u433      icup434   -1
    u434      obj       0.0020000000000000018   icdown434  1
    u434      icup434   1              icdown435  -1
    u434      icup435   -1
    u435      obj       0.0020000000000000018   icdown435  1
    u435      icup435   1              icdown436  -1
    u435      icup436   -1
    u436      obj       0.0020000000000000018   icdown436  1
    u436      icup436   1              icdown437  -1
    u436      icup437   -1
    u437      obj       0.0020000000000000018   icdown437  1
    u437      icup437   1              icdown438  -1
    u437      icup438   -1
    u438      obj       0.0020000000000000018   icdown438  1
    u438      icup438   1              icdown439  -1
    u438      icup439   -1
    u439      obj       0.0020000000000000018   icdown439  1
    u439      icup439   1              icdown440  -1
    u439      icup440   -1
    u440      obj       0.0020000000000000018   icdown440  1
    u440      icup440   1              icdown441  -1
    u440      icup441   -1
    u441      obj       0.0020000000000000018   icdown441  1
    u441      icup441   1              icdown442  -1
    u441      icup442   -1
    u442      obj       0.0020000000000000018   icdown442  1
    u442      icup442   1              icdown443  -1
    u442      icup443   -1
    u443      obj       0.0020000000000000018   icdown443  1
    u443      icup443   1              icdown444  -1
    u443      icup444   -1
    u444      obj       0.0020000000000000018   icdown444  1
    u444      icup444   1              icdown445  -1
    u444      icup445   -1
    u445      obj       0.0020000000000000018   icdown445  1
    u445      icup445   1              icdown446  -1
    u445      icup446   -1
    u446      obj       0.0020000000000000018   icdown446  1
    u446      icup446   1              icdown447  -1
    u446      icup447   -1
    u447      obj       0.0020000000000000018   icdown447  1
    u447      icup447   1              icdown448  -1
    u447      icup448   -1
    u448      obj       0.0020000000000000018   icdown448  1
    u448      icup448   1              icdown449  -1
    u448      icup449   -1
    u449      obj       0.0020000000000000018   icdown449  1
    u449      icup449   1              icdown450  -1
    u449      icup450   -1
    u450      obj       0.0020000000000000018   icdown450  1
    u450      icup450   1              icdown451  -1
    u450      icup451   -1
    u451      obj       0.0020000000000000018   icdown451  1
    u451      icup451   1              icdown452  -1
    u451      icup452   -1
    u452      obj       0.0020000000000000018   icdown452  1
    u452      icup452   1              icdown453  -1
    u452      icup453   -1
    u453      obj       0.0020000000000000018   icdown453  1
    u453      icup453   1              icdown454  -1
    u453      icup454   -1
    u454      obj       0.0020000000000000018   icdown454  1
    u454      icup454   1              icdown455  -1
    u454      icup455   -1
    u455      obj       0.0020000000000000018   icdown455  1
    u455      icup455   1              icdown456  -1
    u455      icup456   -1
    u456      obj       0.0020000000000000018   icdown456  1
    u456      icup456   1              icdown457  -1
    u456      icup457   -1
    u457      obj       0.0020000000000000018   icdown457  1
    u457      icup457   1              icdown458  -1
    u457      icup458   -1
    u458      obj       0.0020000000000000018   icdown458  1
    u458      icup458   1              icdown459  -1
    u458      icup459   -1
    u459      obj       0.0020000000000000018   icdown459  1
    u459      icup459   1              icdown460  -1
    u459      icup460   -1
    u460      obj       0.0020000000000000018   icdown460  1
    u460      icup460   1              icdown461  -1
    u460      icup461   -1
    u461      obj       0.0020000000000000018   icdown461  1
    u461      icup461   1              icdown462  -1
    u461      icup462   -1
    u462      obj       0.0020000000000000018   icdown462  1
    u462      icup462   1              icdown463  -1
    u462      icup463   -1
    u463      obj       0.0020000000000000018   icdown463  1
    u463      icup463   1              icdown464  -1
    u463      icup464   -1
    u464      obj       0.0020000000000000018   icdown464  1
    u464      icup464   1              icdown465  -1
    u464      icup465   -1
    u465      obj       0.0020000000000000018   icdown465  1
    u465      icup465   1              icdown466  -1
    u465      icup466   -1
    u466      obj       0.0020000000000000018   icdown466  1
    u466      icup466   1              icdown467  -1
    u466      icup467   -1
    u467      obj       0.0020000000000000018   icdown467  1
    u467      icup467   1              icdown468  -1
    u467      icup468   -1
    u468      obj       0.0020000000000000018   icdown468  1
    u468      icup468   1              icdown469  -1
    u468      icup469   -1
    u469      obj       0.0019999999999998908   icdown469  1
    u469      icup469   1              icdown470  -1
    u469      icup470   -1
    u470      obj       0.0020000000000000018   icdown470  1
    u470      icup470   1              icdown471  -1
    u470      icup471   -1
    u471      obj       0.0020000000000000018   icdown471  1
    u471      icup471   1              icdown472  -1
    u471      icup472   -1
    u472      obj       0.0020000000000000018   icdown472  1
    u472      icup472   1              icdown473  -1
    u472      icup473   -1
    u473      obj       0.0020000000000000018   icdown473  1
    u473      icup473   1              icdown474  -1
    u473      icup474   -1
    u474      obj       0.0020000000000000018   icdown474  1
    u474      icup474   1              icdown475  -1
    u474      icup475   -1
    u475      obj       0.0020000000000000018   icdown475  1
    u475      icup475   1              icdown476  -1
    u475      icup476   -1
    u476      obj       0.0020000000000000018   icdown476  1
    u476      icup476   1              icdown477  -1
    u476      icup477   -1
    u477      obj       0.0020000000000000018   icdown477  1
    u477      icup477   1              icdown478  -1
    u477      icup478   -1
    u478      obj       0.0020000000000000018   icdown478  1
    u478      icup478   1              icdown479  -1
    u478      icup479   -1
    u479      obj       0.0020000000000000018   icdown479  1
    u479      icup479   1              icdown480  -1
    u479      icup480   -1
    u480      obj       0.0020000000000000018   icdown480  1
    u480      icup480   1              icdown481  -1
    u480      icup481   -1
    u481      obj       0.0020000000000000018   icdown481  1
    u481      icup481   1              icdown482  -1
    u481      icup482   -1
    u482      obj       0.0020000000000000018   icdown482  1
    u482      icup482   1              icdown483  -1
    u482      icup483   -1
    u483      obj       0.0020000000000000018   icdown483  1
    u483      icup483   1              icdown484  -1
    u483      icup484   -1
    u484      obj       0.0020000000000000018   icdown484  1
    u484      icup484   1              icdown485  -1
    u484      icup485   -1
    u485      obj       0.0020000000000000018   icdown485  1
    u485      icup485   1              icdown486  -1
    u485      icup486   -1
    u486      obj       0.0020000000000000018   icdown486  1
    u486      icup486   1              icdown487  -1
    u486      icup487   -1
    u487      obj       0.0020000000000000018   icdown487  1
    u487      icup487   1              icdown488  -1
    u487      icup488   -1
    u488      obj       0.0020000000000000018   icdown488  1
    u488      icup488   1              icdown489  -1
    u488      icup489   -1
    u489      obj       0.0020000000000000018   icdown489  1
    u489      icup489   1              icdown490  -1
    u489      icup490   -1
    u490      obj       0.0020000000000000018   icdown490  1
    u490      icup490   1              icdown491  -1
    u490      icup491   -1
    u491      obj       0.0020000000000000018   icdown491  1
    u491      icup491   1              icdown492  -1
    u491      icup492   -1
    u492      obj       0.0020000000000000018   icdown492  1
    u492      icup492   1              icdown493  -1
    u492      icup493   -1
    u493      obj       0.0020000000000000018   icdown493  1
    u493      icup493   1              icdown494  -1
    u493      icup494   -1
    u494      obj       0.0020000000000000018   icdown494  1
    u494      icup494   1              icdown495  -1
    u494      icup495   -1
    u495      obj       0.0020000000000000018   icdown495  1
    u495      icup495   1              icdown496  -1
    u495      icup496   -1
    u496      obj       0.0020000000000000018   icdown496  1
    u496      icup496   1              icdown497  -1
    u496      icup497   -1
    u497      obj       0.0020000000000000018   icdown497  1
    u497      icup497   1              icdown498  -1
    u497      icup498   -1
    u498      obj       0.0020000000000000018   icdown498  1
    u498      icup498   1              icdown499  -1
    u498      icup499   -1
    u499      obj       0.0020000000000000018   icdown499  1
    u499      icup499   1              icdown500  -1
    u499      icup500   -1
    u500      obj       0.0020000000000000018   icdown500  1
    u500      icup500   1              icdown501  -1
    u500      icup501   -1
    u501      obj       0.0020000000000000018   icdown501  1
    u501      icup501   1              icdown502  -1
    u501      icup502   -1
    u502      obj       0.0020000000000000018   icdown502  1
    u502      icup502   1              icdown503  -1
    u502      icup503   -1
    u503      obj       0.0020000000000000018   icdown503  1
    u503      icup503   1              icdown504  -1
    u503      icup504   -1
    u504      obj       0.0020000000000000018   icdown504  1
    u504      icup504   1              icdown505  -1
    u504      icup505   -1
    u505      obj       0.0020000000000000018   icdown505  1
    u505      icup505   1              icdown506  -1
    u505      icup506   -1
    u506      obj       0.0020000000000000018   icdown506  1
    u506      icup506   1              icdown507  -1
    u506      icup507   -1
    u507      obj       0.0020000000000000018   icdown507  1
    u507      icup507   1              icdown508  -1
    u507      icup508   -1
    u508      obj       0.0020000000000000018   icdown508  1
    u508      icup508   1              icdown509  -1
    u508      icup509   -1
    u509      obj       0.0020000000000000018   icdown509  1
    u509      icup509   1              icdown510  -1
    u509      icup510   -1
    u510      obj       0.0020000000000000018   icdown510  1
    u510      icup510   1              icdown511  -1
    u510      icup511   -1
    u511      obj       0.0020000000000000018   icdown511  1
    u511      icup511   1              icdown512  -1
    u511      icup512   -1
    u512      obj       0.0020000000000000018   icdown512  1
    u512      icup512   1              icdown513  -1
    u512      icup513   -1
    u513      obj       0.0020000000000000018   icdown513  1
    u513      icup513   1              icdown514  -1
    u513      icup514   -1
    u514      obj       0.0020000000000000018   icdown514  1
    u514      icup514   1              icdown515  -1
    u514      icup515   -1
    u515      obj       0.0020000000000000018   icdown515  1
    u515      icup515   1              icdown516  -1
    u515      icup516   -1
    u516      obj       0.0020000000000000018   icdown516  1
    u516      icup516   1              icdown517  -1
    u516      icup517   -1
    u517      obj       0.0020000000000000018   icdown517  1
    u517      icup517   1              icdown518  -1
    u517      icup518   -1
    u518      obj       0.0020000000000000018   icdown518  1
    u518      icup518   1              icdown519  -1
    u518      icup519   -1
    u519      obj       0.0020000000000000018   icdown519  1
    u519      icup519   1              icdown520  -1
    u519      icup520   -1
    u520      obj       0.0020000000000000018   icdown520  1
    u520      icup520   1              icdown521  -1
    u520      icup521   -1
    u521      obj       0.0020000000000000018   icdown521  1
    u521      icup521   1              icdown522  -1
    u521      icup522   -1
    u522      obj       0.0020000000000000018   icdown522  1
    u522      icup522   1              icdown523  -1
    u522      icup523   -1
    u523      obj       0.0020000000000000018   icdown523  1
    u523      icup523   1              icdown524  -1
    u523      icup524   -1
    u524      obj       0.0020000000000000018   icdown524  1
    u524      icup524   1              icdown525  -1
    u524      icup525   -1
    u525      obj       0.0020000000000000018   icdown525  1
    u525      icup525   1              icdown526  -1
    u525      icup526   -1
    u526      obj       0.0020000000000000018   icdown526  1
    u526      icup526   1              icdown527  -1
    u526      icup527   -1
    u527      obj       0.0020000000000000018   icdown527  1
    u527      icup527   1              icdown528  -1
    u527      icup528   -1
    u528      obj       0.0020000000000000018   icdown528  1
    u528      icup528   1              icdown529  -1
    u528      icup529   -1
    u529      obj       0.0020000000000000018   icdown529  1
    u529      icup529   1              icdown530  -1
    u529      icup530   -1
    u530      obj       0.0020000000000000018   icdown530  1
    u530      icup530   1              icdown531  -1
    u530      icup531   -1
    u531      obj       0.0020000000000000018   icdown531  1
    u531      icup531   1              icdown532  -1
    u531      icup532   -1
    u532      obj       0.0020000000000000018   icdown532  1
    u532      icup532   1              icdown533  -1
    u532      icup533   -1
    u533      obj       0.0020000000000000018   icdown533  1
    u533      icup533   1              icdown534  -1
    u533      icup534   -1
    u534      obj       0.0020000000000000018   icdown534  1
    u534      icup534   1              icdown535  -1
    u534      icup535   -1
    u535      obj       0.0020000000000000018   icdown535  1
    u535      icup535   1              icdown536  -1
    u535      icup536   -1
    u536      obj       0.0020000000000000018   icdown536  1
    u536      icup536   1              icdown537  -1
    u536      icup537   -1
    u537      obj       0.0020000000000000018   icdown537  1
    u537      icup537   1              icdown538  -1
    u537      icup538   -1
    u538      obj       0.0020000000000000018   icdown538  1
    u538      icup538   1              icdown539  -1
    u538      icup539   -1
    u539      obj       0.0020000000000000018   icdown539  1
    u539      icup539   1              icdown540  -1
    u539      icup540   -1
    u540      obj       0.0020000000000000018   icdown540  1
    u540      icup540   1              icdown541  -1
    u540      icup541   -1
    u541      obj       0.0020000000000000018   icdown541  1
    u541      icup541   1              icdown542  -1
    u541      icup542   -1
    u542      obj       0.0020000000000000018   icdown542  1
    u542      icup542   1              icdown543  -1
    u542      icup543   -1
    u543      obj       0.0020000000000000018   icdown543  1
    u543      icup543   1              icdown544  -1
    u543      icup544   -1
    u544      obj       0.0020000000000000018   icdown544  1
    u544      icup544   1              icdown545  -1
    u544      icup545   -1
    u545      obj       0.0020000000000000018   icdown545  1
    u545      icup545   1              icdown546  -1
    u545      icup546   -1
    u546      obj       0.0020000000000000018   icdown546  1
    u546      icup546   1              icdown547  -1
    u546      icup547   -1
    u547      obj       0.0020000000000000018   icdown547  1
    u547      icup547   1              icdown548  -1
    u547      icup548   -1
    u548      obj       0.0020000000000000018   icdown548  1
    u548      icup548   1              icdown549  -1
    u548      icup549   -1
    u549      obj       0.0020000000000000018   icdown549  1
    u549      icup549   1              icdown550  -1
    u549      icup550   -1
    u550      obj       0.0020000000000000018   icdown550  1
    u550      icup550   1              icdown551  -1
    u550      icup551   -1
    u551      obj       0.0020000000000000018   icdown551  1
    u551      icup551   1              icdown552  -1
    u551      icup552   -1
    u552      obj       0.0020000000000000018   icdown552  1
    u552      icup552   1              icdown553  -1
    u552      icup553   -1
    u553      obj       0.0020000000000000018   icdown553  1
    u553      icup553   1              icdown554  -1
    u553      icup554   -1
    u554      obj       0.0020000000000000018   icdown554  1
    u554      icup554   1              icdown555  -1
    u554      icup555   -1
    u555      obj       0.0020000000000000018   icdown555  1
    u555      icup555   1              icdown556  -1
    u555      icup556   -1
    u556      obj       0.0020000000000000018   icdown556  1
    u556      icup556   1              icdown557  -1
    u556      icup557   -1
    u557      obj       0.0020000000000000018   icdown557  1
    u557      icup557   1              icdown558  -1
    u557      icup558   -1
    u558      obj       0.0020000000000000018   icdown558  1
    u558      icup558   1              icdown559  -1
    u558      icup559   -1
    u559      obj       0.0020000000000000018   icdown559  1
    u559      icup559   1              icdown560  -1
    u559      icup560   -1
    u560      obj       0.0020000000000000018   icdown560  1
    u560      icup560   1              icdown561  -1
    u560      icup561   -1
    u561      obj       0.0020000000000000018   icdown561  1
    u561      icup561   1              icdown562  -1
    u561      icup562   -1
    u562      obj       0.0020000000000000018   icdown562  1
    u562      icup562   1              icdown563  -1
    u562      icup563   -1
    u563      obj       0.0019999999999997797   icdown563  1
    u563      icup563   1              icdown564  -1
    u563      icup564   -1
    u564      obj       0.0020000000000000018   icdown564  1
    u564      icup564   1              icdown565  -1
    u564      icup565   -1
    u565      obj       0.0020000000000000018   icdown565  1
    u565      icup565   1              icdown566  -1
    u565      icup566   -1
    u566      obj       0.0020000000000000018   icdown566  1
    u566      icup566   1              icdown567  -1
    u566      icup567   -1
    u567      obj       0.0020000000000000018   icdown567  1
    u567      icup567   1              icdown568  -1
    u567      icup568   -1
    u568      obj       0.0020000000000000018   icdown568  1
    u568      icup568   1              icdown569  -1
    u568      icup569   -1
    u569      obj       0.0020000000000000018   icdown569  1
    u569      icup569   1              icdown570  -1
    u569      icup570   -1
    u570      obj       0.0020000000000000018   icdown570  1
    u570      icup570   1              icdown571  -1
    u570      icup571   -1
    u571      obj       0.0020000000000000018   icdown571  1
    u571      icup571   1              icdown572  -1
    u571      icup572   -1
    u572      obj       0.0020000000000000018   icdown572  1
    u572      icup572   1              icdown573  -1
    u572      icup573   -1
    u573      obj       0.0020000000000000018   icdown573  1
    u573      icup573   1              icdown574  -1
    u573      icup574   -1
    u574      obj       0.0020000000000000018   icdown574  1
    u574      icup574   1              icdown575  -1
    u574      icup575   -1
    u575      obj       0.0020000000000000018   icdown575  1
    u575      icup575   1              icdown576  -1
    u575      icup576   -1
    u576      obj       0.0020000000000000018   icdown576  1
    u576      icup576   1              icdown577  -1
    u576      icup577   -1
    u577      obj       0.0020000000000000018   icdown577  1
    u577      icup577   1              icdown578  -1
    u577      icup578   -1
    u578      obj       0.0020000000000000018   icdown578  1
    u578      icup578   1              icdown579  -1
    u578      icup579   -1
    u579      obj       0.0020000000000000018   icdown579  1
    u579      icup579   1              icdown580  -1
    u579      icup580   -1
    u580      obj       0.0020000000000000018   icdown580  1
    u580      icup580   1              icdown581  -1
    u580      icup581   -1
    u581      obj       0.0020000000000000018   icdown581  1
    u581      icup581   1              icdown582  -1
    u581      icup582   -1
    u582      obj       0.0020000000000000018   icdown582  1
    u582      icup582   1              icdown583  -1
    u582      icup583   -1
    u583      obj       0.0020000000000000018   icdown583  1
    u583      icup583   1              icdown584  -1
    u583      icup584   -1
    u584      obj       0.0020000000000000018   icdown584  1
    u584      icup584   1              icdown585  -1
    u584      icup585   -1
    u585      obj       0.0020000000000000018   icdown585  1
    u585      icup585   1              icdown586  -1
    u585      icup586   -1
    u586      obj       0.0020000000000000018   icdown586  1
    u586      icup586   1              icdown587  -1
    u586      icup587   -1
    u587      obj       0.0020000000000000018   icdown587  1
    u587      icup587   1              icdown588  -1
    u587      icup588   -1
    u588      obj       0.0020000000000000018   icdown588  1
    u588      icup588   1              icdown589  -1
    u588      icup589   -1
    u589      obj       0.0020000000000000018   icdown589  1
    u589      icup589   1              icdown590  -1
    u589      icup590   -1
    u590      obj       0.0020000000000000018   icdown590  1
    u590      icup590   1              icdown591  -1
    u590      icup591   -1
    u591      obj       0.0020000000000000018   icdown591  1
    u591      icup591   1              icdown592  -1
    u591      icup592   -1
    u592      obj       0.0020000000000000018   icdown592  1
    u592      icup592   1              icdown593  -1
    u592      icup593   -1
    u593      obj       0.0020000000000000018   icdown593  1
    u593      icup593   1              icdown594  -1
    u593      icup594   -1
    u594      obj       0.0020000000000000018   icdown594  1
    u594      icup594   1              icdown595  -1
    u594      icup595   -1
    u595      obj       0.0020000000000000018   icdown595  1
    u595      icup595   1              icdown596  -1
    u595      icup596   -1
    u596      obj       0.0020000000000000018   icdown596  1
    u596      icup596   1              icdown597  -1
    u596      icup597   -1
    u597      obj       0.0020000000000000018   icdown597  1
    u597      icup597   1              icdown598  -1
    u597      icup598   -1
    u598      obj       0.0020000000000000018   icdown598  1
    u598      icup598   1              icdown599  -1
    u598      icup599   -1
    u599      obj       0.0020000000000000018   icdown599  1
    u599      icup599   1              icdown600  -1
    u599      icup600   -1
    u600      obj       0.0020000000000000018   icdown600  1
    u600      icup600   1              icdown601  -1
    u600      icup601   -1
    u601      obj       0.0020000000000000018   icdown601  1
    u601      icup601   1              icdown602  -1
    u601      icup602   -1
    u602      obj       0.0020000000000000018   icdown602  1
    u602      icup602   1              icdown603  -1
    u602      icup603   -1
    u603      obj       0.0020000000000000018   icdown603  1
    u603      icup603   1              icdown604  -1
    u603      icup604   -1
    u604      obj       0.0020000000000000018   icdown604  1
    u604      icup604   1              icdown605  -1
    u604      icup605   -1
    u605      obj       0.0020000000000000018   icdown605  1
    u605      icup605   1              icdown606  -1
    u605      icup606   -1
    u606      obj       0.0020000000000000018   icdown606  1
    u606      icup606   1              icdown607  -1
    u606      icup607   -1
    u607      obj       0.0020000000000000018   icdown607  1
    u607      icup607   1              icdown608  -1
    u607      icup608   -1
    u608      obj       0.0020000000000000018   icdown608  1
    u608      icup608   1              icdown609  -1
    u608      icup609   -1
    u609      obj       0.0020000000000000018   icdown609  1
    u609      icup609   1              icdown610  -1
    u609      icup610   -1
    u610      obj       0.0020000000000000018   icdown610  1
    u610      icup610   1              icdown611  -1
    u610      icup611   -1
    u611      obj       0.0020000000000000018   icdown611  1
    u611      icup611   1              icdown612  -1
    u611      icup612   -1
    u612      obj       0.0020000000000000018   icdown612  1
    u612      icup612   1              icdown613  -1
    u612      icup613   -1
    u613      obj       0.0020000000000000018   icdown613  1
    u613      icup613   1              icdown614  -1
    u613      icup614   -1
    u614      obj       0.0020000000000000018   icdown614  1
    u614      icup614   1              icdown615  -1
    u614      icup615   -1
    u615      obj       0.0020000000000000018   icdown615  1
    u615      icup615   1              icdown616  -1
    u615      icup616   -1
    u616      obj       0.0020000000000000018   icdown616  1
    u616      icup616   1              icdown617  -1
    u616      icup617   -1
    u617      obj       0.0020000000000000018   icdown617  1
    u617      icup617   1              icdown618  -1
    u617      icup618   -1
    u618      obj       0.0020000000000000018   icdown618  1
    u618      icup618   1              icdown619  -1
    u618      icup619   -1
    u619      obj       0.0020000000000000018   icdown619  1
    u619      icup619   1              icdown620  -1
    u619      icup620   -1
    u620      obj       0.0020000000000000018   icdown620  1
    u620      icup620   1              icdown621  -1
    u620      icup621   -1
    u621      obj       0.0020000000000000018   icdown621  1
    u621      icup621   1              icdown622  -1
    u621      icup622   -1
    u622      obj       0.0020000000000000018   icdown622  1
    u622      icup622   1              icdown623  -1
    u622      icup623   -1
    u623      obj       0.0020000000000000018   icdown623  1
    u623      icup623   1              icdown624  -1
    u623      icup624   -1
    u624      obj       0.0020000000000000018   icdown624  1
    u624      icup624   1              icdown625  -1
    u624      icup625   -1
    u625      obj       0.0020000000000000018   icdown625  1
    u625      icup625   1              icdown626  -1
    u625      icup626   -1
    u626      obj       0.0020000000000000018   icdown626  1
    u626      icup626   1              icdown627  -1
    u626      icup627   -1
    u627      obj       0.0020000000000000018   icdown627  1
    u627      icup627   1              icdown628  -1
    u627      icup628   -1
    u628      obj       0.0020000000000000018   icdown628  1
    u628      icup628   1              icdown629  -1
    u628      icup629   -1
    u629      obj       0.0020000000000000018   icdown629  1
    u629      icup629   1              icdown630  -1
    u629      icup630   -1
    u630      obj       0.0020000000000000018   icdown630  1
    u630      icup630   1              icdown631  -1
    u630      icup631   -1
    u631      obj       0.0020000000000000018   icdown631  1
    u631      icup631   1              icdown632  -1
    u631      icup632   -1
    u632      obj       0.0020000000000000018   icdown632  1
    u632      icup632   1              icdown633  -1
    u632      icup633   -1
    u633      obj       0.0020000000000000018   icdown633  1
    u633      icup633   1              icdown634  -1
    u633      icup634   -1
    u634      obj       0.0020000000000000018   icdown634  1
    u634      icup634   1              icdown635  -1
    u634      icup635   -1
    u635      obj       0.0020000000000000018   icdown635  1
    u635      icup635   1              icdown636  -1
    u635      icup636   -1
    u636      obj       0.0020000000000000018   icdown636  1
    u636      icup636   1              icdown637  -1
    u636      icup637   -1
    u637      obj       0.0020000000000000018   icdown637  1
    u637      icup637   1              icdown638  -1
    u637      icup638   -1
    u638      obj       0.0020000000000000018   icdown638  1
    u638      icup638   1              icdown639  -1
    u638      icup639   -1
    u639      obj       0.0020000000000000018   icdown639  1
    u639      icup639   1              icdown640  -1
    u639      icup640   -1
    u640      obj       0.0020000000000000018   icdown640  1
    u640      icup640   1              icdown641  -1
    u640      icup641   -1
    u641      obj       0.0020000000000000018   icdown641  1
    u641      icup641   1              icdown642  -1
    u641      icup642   -1
    u642      obj       0.0020000000000000018   icdown642  1
    u642      icup642   1              icdown643  -1
    u642      icup643   -1
    u643      obj       0.0020000000000000018   icdown643  1
    u643      icup643   1              icdown644  -1
    u643      icup644   -1
    u644      obj       0.0020000000000000018   icdown644  1
    u644      icup644   1              icdown645  -1
    u644      icup645   -1
    u645      obj       0.0020000000000000018   icdown645  1
    u645      icup645   1              icdown646  -1
    u645      icup646   -1
    u646      obj       0.0020000000000000018   icdown646  1
    u646      icup646   1              icdown647  -1
    u646      icup647   -1
    u647      obj       0.0020000000000000018   icdown647  1
    u647      icup647   1              icdown648  -1
    u647      icup648   -1
    u648      obj       0.0020000000000000018   icdown648  1
    u648      icup648   1              icdown649  -1
    u648      icup649   -1
    u649      obj       0.0020000000000000018   icdown649  1
    u649      icup649   1              icdown650  -1
    u649      icup650   -1
    u650      obj       0.0020000000000000018   icdown650  1
    u650      icup650   1              icdown651  -1
    u650      icup651   -1
    u651      obj       0.0020000000000000018   icdown651  1
    u651      icup651   1              icdown652  -1
    u651      icup652   -1
    u652      obj       0.0020000000000000018   icdown652  1
    u652      icup652   1              icdown653  -1
    u652      icup653   -1
    u653      obj       0.0020000000000000018   icdown653  1
    u653      icup653   1              icdown654  -1
    u653      icup654   -1
    u654      obj       0.0020000000000000018   icdown654  1
    u654      icup654   1              icdown655  -1
    u654      icup655   -1
    u655      obj       0.0020000000000000018   icdown655  1
    u655      icup655   1              icdown656  -1
    u655      icup656   -1
    u656      obj       0.0020000000000000018   icdown656  1
    u656      icup656   1              icdown657  -1
    u656      icup657   -1
    u657      obj       0.0020000000000000018   icdown657  1
    u657      icup657   1              icdown658  -1
    u657      icup658   -1
    u658      obj       0.0020000000000000018   icdown658  1
    u658      icup658   1              icdown659  -1
    u658      icup659   -1
    u659      obj       0.0020000000000000018   icdown659  1
    u659      icup659   1              icdown660  -1
    u659      icup660   -1
    u660      obj       0.0020000000000000018   icdown660  1
    u660      icup660   1              icdown661  -1
    u660      icup661   -1
    u661      obj       0.0020000000000000018   icdown661  1
    u661      icup661   1              icdown662  -1
    u661      icup662   -1
    u662      obj       0.0020000000000000018   icdown662  1
    u662      icup662   1              icdown663  -1
    u662      icup663   -1
    u663      obj       0.0020000000000000018   icdown663  1
    u663      icup663   1              icdown664  -1
    u663      icup664   -1
    u664      obj       0.0020000000000000018   icdown664  1
    u664      icup664   1              icdown665  -1
    u664      icup665   -1
    u665      obj       0.0020000000000000018   icdown665  1
    u665      icup665   1              icdown666  -1
    u665      icup666   -1
    u666      obj       0.0020000000000000018   icdown666  1
    u666      icup666   1              icdown667  -1
    u666      icup667   -1
    u667      obj       0.0020000000000000018   icdown667  1
    u667      icup667   1              icdown668  -1
    u667      icup668   -1
    u668      obj       0.0020000000000000018   icdown668  1
    u668      icup668   1              icdown669  -1
    u668      icup669   -1
    u669      obj       0.0020000000000000018   icdown669  1
    u669      icup669   1              icdown670  -1
    u669      icup670   -1
    u670      obj       0.0020000000000000018   icdown670  1
    u670      icup670   1              icdown671  -1
    u670      icup671   -1
    u671      obj       0.0020000000000000018   icdown671  1
    u671      icup671   1              icdown672  -1
    u671      icup672   -1
    u672      obj       0.0020000000000000018   icdown672  1
    u672      icup672   1              icdown673  -1
    u672      icup673   -1
    u673      obj       0.0020000000000000018   icdown673  1
    u673      icup673   1              icdown674  -1
    u673      icup674   -1
    u674      obj       0.0020000000000000018   icdown674  1
    u674      icup674   1              icdown675  -1
    u674      icup675   -1
    u675      obj       0.0020000000000000018   icdown675  1
    u675      icup675   1              icdown676  -1
    u675      icup676   -1
    u676      obj       0.0020000000000000018   icdown676  1
    u676      icup676   1              icdown677  -1
    u676      icup677   -1
    u677      obj       0.0020000000000000018   icdown677  1
    u677      icup677   1              icdown678  -1
    u677      icup678   -1
    u678      obj       0.0020000000000000018   icdown678  1
    u678      icup678   1              icdown679  -1
    u678      icup679   -1
    u679      obj       0.0020000000000000018   icdown679  1
    u679      icup679   1              icdown680  -1
    u679      icup680   -1
    u680      obj       0.0020000000000000018   icdown680  1
    u680      icup680   1              icdown681  -1
    u680      icup681   -1
    u681      obj       0.0020000000000000018   icdown681  1
    u681      icup681   1              icdown682  -1
    u681      icup682   -1
    u682      obj       0.0020000000000000018   icdown682  1
    u682      icup682   1              icdown683  -1
    u682      icup683   -1
    u683      obj       0.0020000000000000018   icdown683  1
    u683      icup683   1              icdown684  -1
    u683      icup684   -1
    u684      obj       0.0020000000000000018   icdown684  1
    u684      icup684   1              icdown685  -1
    u684      icup685   -1
    u685      obj       0.0020000000000000018   icdown685  1
    u685      icup685   1              icdown686  -1
    u685      icup686   -1
    u686      obj       0.0020000000000000018   icdown686  1
    u686      icup686   1              icdown687  -1
    u686      icup687   -1
    u687      obj       0.0020000000000000018   icdown687  1
    u687      icup687   1              icdown688  -1
    u687      icup688   -1
    u688      obj       0.0019999999999997797   icdown688  1
    u688      icup688   1              icdown689  -1
    u688      icup689   -1
    u689      obj       0.0020000000000000018   icdown689  1
    u689      icup689   1              icdown690  -1
    u689      icup690   -1
    u690      obj       0.0020000000000000018   icdown690  1
    u690      icup690   1              icdown691  -1
    u690      icup691   -1
    u691      obj       0.0020000000000000018   icdown691  1
    u691      icup691   1              icdown692  -1
    u691      icup692   -1
    u692      obj       0.0020000000000000018   icdown692  1
    u692      icup692   1              icdown693  -1
    u692      icup693   -1
    u693      obj       0.0020000000000000018   icdown693  1
    u693      icup693   1              icdown694  -1
    u693      icup694   -1
    u694      obj       0.0020000000000000018   icdown694  1
    u694      icup694   1              icdown695  -1
    u694      icup695   -1
    u695      obj       0.0020000000000000018   icdown695  1
    u695      icup695   1              icdown696  -1
    u695      icup696   -1
    u696      obj       0.0020000000000000018   icdown696  1
    u696      icup696   1              icdown697  -1
    u696      icup697   -1
    u697      obj       0.0020000000000000018   icdown697  1
    u697      icup697   1              icdown698  -1
    u697      icup698   -1
    u698      obj       0.0020000000000000018   icdown698  1
    u698      icup698   1              icdown699  -1
    u698      icup699   -1
    u699      obj       0.0020000000000000018   icdown699  1
    u699      icup699   1              icdown700  -1
    u699      icup700   -1
    u700      obj       0.0020000000000000018   icdown700  1
    u700      icup700   1              icdown701  -1
    u700      icup701   -1
    u701      obj       0.0020000000000000018   icdown701  1
    u701      icup701   1              icdown702  -1
    u701      icup702   -1
    u702      obj       0.0020000000000000018   icdown702  1
    u702      icup702   1              icdown703  -1
    u702      icup703   -1
    u703      obj       0.0020000000000000018   icdown703  1
    u703      icup703   1              icdown704  -1
    u703      icup704   -1
    u704      obj       0.0020000000000000018   icdown704  1
    u704      icup704   1              icdown705  -1
    u704      icup705   -1
    u705      obj       0.0020000000000000018   icdown705  1
    u705      icup705   1              icdown706  -1
    u705      icup706   -1
    u706      obj       0.0020000000000000018   icdown706  1
    u706      icup706   1              icdown707  -1
    u706      icup707   -1
    u707      obj       0.0020000000000000018   icdown707  1
    u707      icup707   1              icdown708  -1
    u707      icup708   -1
    u708      obj       0.0020000000000000018   icdown708  1
    u708      icup708   1              icdown709  -1
    u708      icup709   -1
    u709      obj       0.0020000000000000018   icdown709  1
    u709      icup709   1              icdown710  -1
    u709      icup710   -1
    u710      obj       0.0020000000000000018   icdown710  1
    u710      icup710   1              icdown711  -1
    u710      icup711   -1
    u711      obj       0.0020000000000000018   icdown711  1
    u711      icup711   1              icdown712  -1
    u711      icup712   -1
    u712      obj       0.0020000000000000018   icdown712  1
    u712      icup712   1              icdown713  -1
    u712      icup713   -1
    u713      obj       0.0020000000000000018   icdown713  1
    u713      icup713   1              icdown714  -1
    u713      icup714   -1
    u714      obj       0.0020000000000000018   icdown714  1
    u714      icup714   1              icdown715  -1
    u714      icup715   -1
    u715      obj       0.0020000000000000018   icdown715  1
    u715      icup715   1              icdown716  -1
    u715      icup716   -1
    u716      obj       0.0020000000000000018   icdown716  1
    u716      icup716   1              icdown717  -1
    u716      icup717   -1
    u717      obj       0.0020000000000000018   icdown717  1
    u717      icup717   1              icdown718  -1
    u717      icup718   -1
    u718      obj       0.0020000000000000018   icdown718  1
    u718      icup718   1              icdown719  -1
    u718      icup719   -1
    u719      obj       0.0020000000000000018   icdown719  1
    u719      icup719   1              icdown720  -1
    u719      icup720   -1
    u720      obj       0.0020000000000000018   icdown720  1
    u720      icup720   1              icdown721  -1
    u720      icup721   -1
    u721      obj       0.0020000000000000018   icdown721  1
    u721      icup721   1              icdown722  -1
    u721      icup722   -1
    u722      obj       0.0020000000000000018   icdown722  1
    u722      icup722   1              icdown723  -1
    u722      icup723   -1
    u723      obj       0.0020000000000000018   icdown723  1
    u723      icup723   1              icdown724  -1
    u723      icup724   -1
    u724      obj       0.0020000000000000018   icdown724  1
    u724      icup724   1              icdown725  -1
    u724      icup725   -1
    u725      obj       0.0020000000000000018   icdown725  1
    u725      icup725   1              icdown726  -1
    u725      icup726   -1
    u726      obj       0.0020000000000000018   icdown726  1
    u726      icup726   1              icdown727  -1
    u726      icup727   -1
    u727      obj       0.0020000000000000018   icdown727  1
    u727      icup727   1              icdown728  -1
    u727      icup728   -1
    u728      obj       0.0020000000000000018   icdown728  1
    u728      icup728   1              icdown729  -1
    u728      icup729   -1
    u729      obj       0.0020000000000000018   icdown729  1
    u729      icup729   1              icdown730  -1
    u729      icup730   -1
    u730      obj       0.0020000000000000018   icdown730  1
    u730      icup730   1              icdown731  -1
    u730      icup731   -1
    u731      obj       0.0020000000000000018   icdown731  1
    u731      icup731   1              icdown732  -1
    u731      icup732   -1
    u732      obj       0.0020000000000000018   icdown732  1
    u732      icup732   1              icdown733  -1
    u732      icup733   -1
    u733      obj       0.0020000000000000018   icdown733  1
    u733      icup733   1              icdown734  -1
    u733      icup734   -1
    u734      obj       0.0020000000000000018   icdown734  1
    u734      icup734   1              icdown735  -1
    u734      icup735   -1
    u735      obj       0.0020000000000000018   icdown735  1
    u735      icup735   1              icdown736  -1
    u735      icup736   -1
    u736      obj       0.0020000000000000018   icdown736  1
    u736      icup736   1              icdown737  -1
    u736      icup737   -1
    u737      obj       0.0020000000000000018   icdown737  1
    u737      icup737   1              icdown738  -1
    u737      icup738   -1
    u738      obj       0.0020000000000000018   icdown738  1
    u738      icup738   1              icdown739  -1
    u738      icup739   -1
    u739      obj       0.0020000000000000018   icdown739  1
    u739      icup739   1              icdown740  -1
    u739      icup740   -1
    u740      obj       0.0020000000000000018   icdown740  1
    u740      icup740   1              icdown741  -1
    u740      icup741   -1
    u741      obj       0.0020000000000000018   icdown741  1
    u741      icup741   1              icdown742  -1
    u741      icup742   -1
    u742      obj       0.0020000000000000018   icdown742  1
    u742      icup742   1              icdown743  -1
    u742      icup743   -1
    u743      obj       0.0020000000000000018   icdown743  1
    u743      icup743   1              icdown744  -1
    u743      icup744   -1
    u744      obj       0.0020000000000000018   icdown744  1
    u744      icup744   1              icdown745  -1
    u744      icup745   -1
    u745      obj       0.0020000000000000018   icdown745  1
    u745      icup745   1              icdown746  -1
    u745      icup746   -1
    u746      obj       0.0020000000000000018   icdown746  1
    u746      icup746   1              icdown747  -1
    u746      icup747   -1
    u747      obj       0.0020000000000000018   icdown747  1
    u747      icup747   1              icdown748  -1
    u747      icup748   -1
    u748      obj       0.0020000000000000018   icdown748  1
    u748      icup748   1              icdown749  -1
    u748      icup749   -1
    u749      obj       0.0020000000000000018   icdown749  1
    u749      icup749   1              icdown750  -1
    u749      icup750   -1
    u750      obj       0.0020000000000000018   icdown750  1
    u750      icup750   1              icdown751  -1
    u750      icup751   -1
    u751      obj       0.0020000000000000018   icdown751  1
    u751      icup751   1              icdown752  -1
    u751      icup752   -1
    u752      obj       0.0020000000000000018   icdown752  1
    u752      icup752   1              icdown753  -1
    u752      icup753   -1
    u753      obj       0.0020000000000000018   icdown753  1
    u753      icup753   1              icdown754  -1
    u753      icup754   -1
    u754      obj       0.0020000000000000018   icdown754  1
    u754      icup754   1              icdown755  -1
    u754      icup755   -1
    u755      obj       0.0020000000000000018   icdown755  1
    u755      icup755   1              icdown756  -1
    u755      icup756   -1
    u756      obj       0.0020000000000000018   icdown756  1
    u756      icup756   1              icdown757  -1
    u756      icup757   -1
    u757      obj       0.0020000000000000018   icdown757  1
    u757      icup757   1              icdown758  -1
    u757      icup758   -1
    u758      obj       0.0020000000000000018   icdown758  1
    u758      icup758   1              icdown759  -1
    u758      icup759   -1
    u759      obj       0.0020000000000000018   icdown759  1
    u759      icup759   1              icdown760  -1
    u759      icup760   -1
    u760      obj       0.0020000000000000018   icdown760  1
    u760      icup760   1              icdown761  -1
    u760      icup761   -1
    u761      obj       0.0020000000000000018   icdown761  1
    u761      icup761   1              icdown762  -1
    u761      icup762   -1
    u762      obj       0.0020000000000000018   icdown762  1
    u762      icup762   1              icdown763  -1
    u762      icup763   -1
    u763      obj       0.0020000000000000018   icdown763  1
    u763      icup763   1              icdown764  -1
    u763      icup764   -1
    u764      obj       0.0020000000000000018   icdown764  1
    u764      icup764   1              icdown765  -1
    u764      icup765   -1
    u765      obj       0.0020000000000000018   icdown765  1
    u765      icup765   1              icdown766  -1
    u765      icup766   -1
    u766      obj       0.0020000000000000018   icdown766  1
    u766      icup766   1              icdown767  -1
    u766      icup767   -1
    u767      obj       0.0020000000000000018   icdown767  1
    u767      icup767   1              icdown768  -1
    u767      icup768   -1
    u768      obj       0.0020000000000000018   icdown768  1
    u768      icup768   1              icdown769  -1
    u768      icup769   -1
    u769      obj       0.0020000000000000018   icdown769  1
    u769      icup769   1              icdown770  -1
    u769      icup770   -1
    u770      obj       0.0020000000000000018   icdown770  1
    u770      icup770   1              icdown771  -1
    u770      icup771   -1
    u771      obj       0.0020000000000000018   icdown771  1
    u771      icup771   1              icdown772  -1
    u771      icup772   -1
    u772      obj       0.0020000000000000018   icdown772  1
    u772      icup772   1              icdown773  -1
    u772      icup773   -1
    u773      obj       0.0020000000000000018   icdown773  1
    u773      icup773   1              icdown774  -1
    u773      icup774   -1
    u774      obj       0.0020000000000000018   icdown774  1
    u774      icup774   1              icdown775  -1
    u774      icup775   -1
    u775      obj       0.0020000000000000018   icdown775  1
    u775      icup775   1              icdown776  -1
    u775      icup776   -1
    u776      obj       0.0020000000000000018   icdown776  1
    u776      icup776   1              icdown777  -1
    u776      icup777   -1
    u777      obj       0.0020000000000000018   icdown777  1
    u777      icup777   1              icdown778  -1
    u777      icup778   -1
    u778      obj       0.0020000000000000018   icdown778  1
    u778      icup778   1              icdown779  -1
    u778      icup779   -1
    u779      obj       0.0020000000000000018   icdown779  1
    u779      icup779   1              icdown780  -1
    u779      icup780   -1
    u780      obj       0.0020000000000000018   icdown780  1
    u780      icup780   1              icdown781  -1
    u780      icup781   -1
    u781      obj       0.0020000000000000018   icdown781  1
    u781      icup781   1              icdown782  -1
    u781      icup782   -1
    u782      obj       0.0020000000000000018   icdown782  1
    u782      icup782   1              icdown783  -1
    u782      icup783   -1
    u783      obj       0.0020000000000000018   icdown783  1
    u783      icup783   1              icdown784  -1
    u783      icup784   -1
    u784      obj       0.0020000000000000018   icdown784  1
    u784      icup784   1              icdown785  -1
    u784      icup785   -1
    u785      obj       0.0020000000000000018   icdown785  1
    u785      icup785   1              icdown786  -1
    u785      icup786   -1
    u786      obj       0.0020000000000000018   icdown786  1
    u786      icup786   1              icdown787  -1
    u786      icup787   -1
    u787      obj       0.0020000000000000018   icdown787  1
    u787      icup787   1              icdown788  -1
    u787      icup788   -1
    u788      obj       0.0020000000000000018   icdown788  1
    u788      icup788   1              icdown789  -1
    u788      icup789   -1
    u789      obj       0.0020000000000000018   icdown789  1
    u789      icup789   1              icdown790  -1
    u789      icup790   -1
    u790      obj       0.0020000000000000018   icdown790  1
    u790      icup790   1              icdown791  -1
    u790      icup791   -1
    u791      obj       0.0020000000000000018   icdown791  1
    u791      icup791   1              icdown792  -1
    u791      icup792   -1
    u792      obj       0.0020000000000000018   icdown792  1
    u792      icup792   1              icdown793  -1
    u792      icup793   -1
    u793      obj       0.0020000000000000018   icdown793  1
    u793      icup793   1              icdown794  -1
    u793      icup794   -1
    u794      obj       0.0020000000000000018   icdown794  1
    u794      icup794   1              icdown795  -1
    u794      icup795   -1
    u795      obj       0.0020000000000000018   icdown795  1
    u795      icup795   1              icdown796  -1
    u795      icup796   -1
    u796      obj       0.0020000000000000018   icdown796  1
    u796      icup796   1              icdown797  -1
    u796      icup797   -1
    u797      obj       0.0020000000000000018   icdown797  1
    u797      icup797   1              icdown798  -1
    u797      icup798   -1
    u798      obj       0.0020000000000000018   icdown798  1
    u798      icup798   1              icdown799  -1
    u798      icup799   -1
    u799      obj       0.0020000000000000018   icdown799  1
    u799      icup799   1              icdown800  -1
    u799      icup800   -1
    u800      obj       0.0020000000000000018   icdown800  1
    u800      icup800   1              icdown801  -1
    u800      icup801   -1
    u801      obj       0.0020000000000000018   icdown801  1
    u801      icup801   1              icdown802  -1
    u801      icup802   -1
    u802      obj       0.0020000000000000018   icdown802  1
    u802      icup802   1              icdown803  -1
    u802      icup803   -1
    u803      obj       0.0020000000000000018   icdown803  1
    u803      icup803   1              icdown804  -1
    u803      icup804   -1
    u804      obj       0.0020000000000000018   icdown804  1
    u804      icup804   1              icdown805  -1
    u804      icup805   -1
    u805      obj       0.0020000000000000018   icdown805  1
    u805      icup805   1              icdown806  -1
    u805      icup806   -1
    u806      obj       0.0020000000000000018   icdown806  1
    u806      icup806   1              icdown807  -1
    u806      icup807   -1
    u807      obj       0.0020000000000000018   icdown807  1
    u807      icup807   1              icdown808  -1
    u807      icup808   -1
    u808      obj       0.0020000000000000018   icdown808  1
    u808      icup808   1              icdown809  -1
    u808      icup809   -1
    u809      obj       0.0020000000000000018   icdown809  1
    u809      icup809   1              icdown810  -1
    u809      icup810   -1
    u810      obj       0.0020000000000000018   icdown810  1
    u810      icup810   1              icdown811  -1
    u810      icup811   -1
    u811      obj       0.0020000000000000018   icdown811  1
    u811      icup811   1              icdown812  -1
    u811      icup812   -1
    u812      obj       0.0020000000000000018   icdown812  1
    u812      icup812   1              icdown813  -1
    u812      icup813   -1
    u813      obj       0.0019999999999997797   icdown813  1
    u813      icup813   1              icdown814  -1
    u813      icup814   -1
    u814      obj       0.0020000000000000018   icdown814  1
    u814      icup814   1              icdown815  -1
    u814      icup815   -1
    u815      obj       0.0020000000000000018   icdown815  1
    u815      icup815   1              icdown816  -1
    u815      icup816   -1
    u816      obj       0.0020000000000000018   icdown816  1
    u816      icup816   1              icdown817  -1
    u816      icup817   -1
    u817      obj       0.0020000000000000018   icdown817  1
    u817      icup817   1              icdown818  -1
    u817      icup818   -1
    u818      obj       0.0020000000000000018   icdown818  1
    u818      icup818   1              icdown819  -1
    u818      icup819   -1
    u819      obj       0.0020000000000000018   icdown819  1
    u819      icup819   1              icdown820  -1
    u819      icup820   -1
    u820      obj       0.0020000000000000018   icdown820  1
    u820      icup820   1              icdown821  -1
    u820      icup821   -1
    u821      obj       0.0020000000000000018   icdown821  1
    u821      icup821   1              icdown822  -1
    u821      icup822   -1
    u822      obj       0.0020000000000000018   icdown822  1
    u822      icup822   1              icdown823  -1
    u822      icup823   -1
    u823      obj       0.0020000000000000018   icdown823  1
    u823      icup823   1              icdown824  -1
    u823      icup824   -1
    u824      obj       0.0020000000000000018   icdown824  1
    u824      icup824   1              icdown825  -1
    u824      icup825   -1
    u825      obj       0.0020000000000000018   icdown825  1
    u825      icup825   1              icdown826  -1
    u825      icup826   -1
    u826      obj       0.0020000000000000018   icdown826  1
    u826      icup826   1              icdown827  -1
    u826      icup827   -1
    u827      obj       0.0020000000000000018   icdown827  1
    u827      icup827   1              icdown828  -1
    u827      icup828   -1
    u828      obj       0.0020000000000000018   icdown828  1
    u828      icup828   1              icdown829  -1
    u828      icup829   -1
    u829      obj       0.0020000000000000018   icdown829  1
    u829      icup829   1              icdown830  -1
    u829      icup830   -1
    u830      obj       0.0020000000000000018   icdown830  1
    u830      icup830   1              icdown831  -1
    u830      icup831   -1
    u831      obj       0.0020000000000000018   icdown831  1
    u831      icup831   1              icdown832  -1
    u831      icup832   -1
    u832      obj       0.0020000000000000018   icdown832  1
    u832      icup832   1              icdown833  -1
    u832      icup833   -1
    u833      obj       0.0020000000000000018   icdown833  1
    u833      icup833   1              icdown834  -1
    u833      icup834   -1
    u834      obj       0.0020000000000000018   icdown834  1
    u834      icup834   1              icdown835  -1
    u834      icup835   -1
    u835      obj       0.0020000000000000018   icdown835  1
    u835      icup835   1              icdown836  -1
    u835      icup836   -1
    u836      obj       0.0020000000000000018   icdown836  1
    u836      icup836   1              icdown837  -1
    u836      icup837   -1
    u837      obj       0.0020000000000000018   icdown837  1
    u837      icup837   1              icdown838  -1
    u837      icup838   -1
    u838      obj       0.0020000000000000018   icdown838  1
    u838      icup838   1              icdown839  -1
    u838      icup839   -1
    u839      obj       0.0020000000000000018   icdown839  1
    u839      icup839   1              icdown840  -1
    u839      icup840   -1
    u840      obj       0.0020000000000000018   icdown840  1
    u840      icup840   1              icdown841  -1
    u840      icup841   -1
    u841      obj       0.0020000000000000018   icdown841  1
    u841      icup841   1              icdown842  -1
    u841      icup842   -1
    u842      obj       0.0020000000000000018   icdown842  1
    u842      icup842   1              icdown843  -1
    u842      icup843   -1
    u843      obj       0.0020000000000000018   icdown843  1
    u843      icup843   1              icdown844  -1
    u843      icup844   -1
    u844      obj       0.0020000000000000018   icdown844  1
    u844      icup844   1              icdown845  -1
    u844      icup845   -1
    u845      obj       0.0020000000000000018   icdown845  1
    u845      icup845   1              icdown846  -1
    u845      icup846   -1
    u846      obj       0.0020000000000000018   icdown846  1
    u846      icup846   1              icdown847  -1
    u846      icup847   -1
    u847      obj       0.0020000000000000018   icdown847  1
    u847      icup847   1              icdown848  -1
    u847      icup848   -1
    u848      obj       0.0020000000000000018   icdown848  1
    u848      icup848   1              icdown849  -1
    u848      icup849   -1
    u849      obj       0.0020000000000000018   icdown849  1
    u849      icup849   1              icdown850  -1
    u849      icup850   -1
    u850      obj       0.0020000000000000018   icdown850  1
    u850      icup850   1              icdown851  -1
    u850      icup851   -1
    u851      obj       0.0020000000000000018   icdown851  1
    u851      icup851   1              icdown852  -1
    u851      icup852   -1
    u852      obj       0.0020000000000000018   icdown852  1
    u852      icup852   1              icdown853  -1
    u852      icup853   -1
    u853      obj       0.0020000000000000018   icdown853  1
    u853      icup853   1              icdown854  -1
    u853      icup854   -1
    u854      obj       0.0020000000000000018   icdown854  1
    u854      icup854   1              icdown855  -1
    u854      icup855   -1
    u855      obj       0.0020000000000000018   icdown855  1
    u855      icup855   1              icdown856  -1
    u855      icup856   -1
    u856      obj       0.0020000000000000018   icdown856  1
    u856      icup856   1              icdown857  -1
    u856      icup857   -1
    u857      obj       0.0020000000000000018   icdown857  1
    u857      icup857   1              icdown858  -1
    u857      icup858   -1
    u858      obj       0.0020000000000000018   icdown858  1
    u858      icup858   1              icdown859  -1
    u858      icup859   -1
    u859      obj       0.0020000000000000018   icdown859  1
    u859      icup859   1              icdown860  -1
    u859      icup860   -1
    u860      obj       0.0020000000000000018   icdown860  1
    u860      icup860   1              icdown861  -1
    u860      icup861   -1
    u861      obj       0.0020000000000000018   icdown861  1
    u861      icup861   1              icdown862  -1
    u861      icup862   -1
    u862      obj       0.0020000000000000018   icdown862  1
    u862      icup862   1              icdown863  -1
    u862      icup863   -1
    u863      obj       0.0020000000000000018   icdown863  1
    u863      icup863   1              icdown864  -1
    u863      icup864   -1
    u864      obj       0.0020000000000000018   icdown864  1
    u864      icup864   1              icdown865  -1
    u864      icup865   -1
    u865      obj       0.0020000000000000018   icdown865  1
    u865      icup865   1              icdown866  -1
    u865      icup866   -1
    u866      obj       0.0020000000000000018   icdown866  1
    u866      icup866   1              icdown867  -1
    u866      icup867   -1
    u867      obj       0.0020000000000000018   icdown867  1
    u867      icup867   1              icdown868  -1
    u867      icup868   -1
    u868      obj       0.0020000000000000018   icdown868  1
    u868      icup868   1              icdown869  -1
    u868      icup869   -1
    u869      obj       0.0020000000000000018   icdown869  1
    u869      icup869   1              icdown870  -1
    u869      icup870   -1
    u870      obj       0.0020000000000000018   icdown870  1
    u870      icup870   1              icdown871  -1
    u870      icup871   -1
    u871      obj       0.0020000000000000018   icdown871  1
    u871      icup871   1              icdown872  -1
    u871      icup872   -1
    u872      obj       0.0020000000000000018   icdown872  1
    u872      icup872   1              icdown873  -1
    u872      icup873   -1
    u873      obj       0.0020000000000000018   icdown873  1
    u873      icup873   1              icdown874  -1
    u873      icup874   -1
    u874      obj       0.0020000000000000018   icdown874  1
    u874      icup874   1              icdown875  -1
    u874      icup875   -1
    u875      obj       0.0020000000000000018   icdown875  1
    u875      icup875   1              icdown876  -1
    u875      icup876   -1
    u876      obj       0.0020000000000000018   icdown876  1
    u876      icup876   1              icdown877  -1
    u876      icup877   -1
    u877      obj       0.0020000000000000018   icdown877  1
    u877      icup877   1              icdown878  -1
    u877      icup878   -1
    u878      obj       0.0020000000000000018   icdown878  1
    u878      icup878   1              icdown879  -1
    u878      icup879   -1
    u879      obj       0.0020000000000000018   icdown879  1
    u879      icup879   1              icdown880  -1
    u879      icup880   -1
    u880      obj       0.0020000000000000018   icdown880  1
    u880      icup880   1              icdown881  -1
    u880      icup881   -1
    u881      obj       0.0020000000000000018   icdown881  1
    u881      icup881   1              icdown882  -1
    u881      icup882   -1
    u882      obj       0.0020000000000000018   icdown882  1
    u882      icup882   1              icdown883  -1
    u882      icup883   -1
    u883      obj       0.0020000000000000018   icdown883  1
    u883      icup883   1              icdown884  -1
    u883      icup884   -1
    u884      obj       0.0020000000000000018   icdown884  1
    u884      icup884   1              icdown885  -1
    u884      icup885   -1
    u885      obj       0.0020000000000000018   icdown885  1
    u885      icup885   1              icdown886  -1
    u885      icup886   -1
    u886      obj       0.0020000000000000018   icdown886  1
    u886      icup886   1              icdown887  -1
    u886      icup887   -1
    u887      obj       0.0020000000000000018   icdown887  1
    u887      icup887   1              icdown888  -1
    u887      icup888   -1
    u888      obj       0.0020000000000000018   icdown888  1
    u888      icup888   1              icdown889  -1
    u888      icup889   -1
    u889      obj       0.0020000000000000018   icdown889  1
    u889      icup889   1              icdown890  -1
    u889      icup890   -1
    u890      obj       0.0020000000000000018   icdown890  1
    u890      icup890   1              icdown891  -1
    u890      icup891   -1
    u891      obj       0.0020000000000000018   icdown891  1
    u891      icup891   1              icdown892  -1
    u891      icup892   -1
    u892      obj       0.0020000000000000018   icdown892  1
    u892      icup892   1              icdown893  -1
    u892      icup893   -1
    u893      obj       0.0020000000000000018   icdown893  1
    u893      icup893   1              icdown894  -1
    u893      icup894   -1
    u894      obj       0.0020000000000000018   icdown894  1
    u894      icup894   1              icdown895  -1
    u894      icup895   -1
    u895      obj       0.0020000000000000018   icdown895  1
    u895      icup895   1              icdown896  -1
    u895      icup896   -1
    u896      obj       0.0020000000000000018   icdown896  1
    u896      icup896   1              icdown897  -1
    u896      icup897   -1
    u897      obj       0.0020000000000000018   icdown897  1
    u897      icup897   1              icdown898  -1
    u897      icup898   -1
    u898      obj       0.0020000000000000018   icdown898  1
    u898      icup898   1              icdown899  -1
    u898      icup899   -1
    u899      obj       0.0020000000000000018   icdown899  1
    u899      icup899   1              icdown900  -1
    u899      icup900   -1
    u900      obj       0.0020000000000000018   icdown900  1
    u900      icup900   1              icdown901  -1
    u900      icup901   -1
    u901      obj       0.0020000000000000018   icdown901  1
    u901      icup901   1              icdown902  -1
    u901      icup902   -1
    u902      obj       0.0020000000000000018   icdown902  1
    u902      icup902   1              icdown903  -1
    u902      icup903   -1
    u903      obj       0.0020000000000000018   icdown903  1
    u903      icup903   1              icdown904  -1
    u903      icup904   -1
    u904      obj       0.0020000000000000018   icdown904  1
    u904      icup904   1              icdown905  -1
    u904      icup905   -1
    u905      obj       0.0020000000000000018   icdown905  1
    u905      icup905   1              icdown906  -1
    u905      icup906   -1
    u906      obj       0.0020000000000000018   icdown906  1
    u906      icup906   1              icdown907  -1
    u906      icup907   -1
    u907      obj       0.0020000000000000018   icdown907  1
    u907      icup907   1              icdown908  -1
    u907      icup908   -1
    u908      obj       0.0020000000000000018   icdown908  1
    u908      icup908   1              icdown909  -1
    u908      icup909   -1
    u909      obj       0.0020000000000000018   icdown909  1
    u909      icup909   1              icdown910  -1
    u909      icup910   -1
    u910      obj       0.0020000000000000018   icdown910  1
    u910      icup910   1              icdown911  -1
    u910      icup911   -1
    u911      obj       0.0020000000000000018   icdown911  1
    u911      icup911   1              icdown912  -1
    u911      icup912   -1
    u912      obj       0.0020000000000000018   icdown912  1
    u912      icup912   1              icdown913  -1
    u912      icup913   -1
    u913      obj       0.0020000000000000018   icdown913  1
    u913      icup913   1              icdown914  -1
    u913      icup914   -1
    u914      obj       0.0020000000000000018   icdown914  1
    u914      icup914   1              icdown915  -1
    u914      icup915   -1
    u915      obj       0.0020000000000000018   icdown915  1
    u915      icup915   1              icdown916  -1
    u915      icup916   -1
    u916      obj       0.0020000000000000018   icdown916  1
    u916      icup916   1              icdown917  -1
    u916      icup917   -1
    u917      obj       0.0020000000000000018   icdown917  1
    u917      icup917   1              icdown918  -1
    u917      icup918   -1
    u918      obj       0.0020000000000000018   icdown918  1
    u918      icup918   1              icdown919  -1
    u918      icup919   -1
    u919      obj       0.0020000000000000018   icdown919  1
    u919      icup919   1              icdown920  -1
    u919      icup920   -1
    u920      obj       0.0020000000000000018   icdown920  1
    u920      icup920   1              icdown921  -1
    u920      icup921   -1
    u921      obj       0.0020000000000000018   icdown921  1
    u921      icup921   1              icdown922  -1
    u921      icup922   -1
    u922      obj       0.0020000000000000018   icdown922  1
    u922      icup922   1              icdown923  -1
    u922      icup923   -1
    u923      obj       0.0020000000000000018   icdown923  1
    u923      icup923   1              icdown924  -1
    u923      icup924   -1
    u924      obj       0.0020000000000000018   icdown924  1
    u924      icup924   1              icdown925  -1
    u924      icup925   -1
    u925      obj       0.0020000000000000018   icdown925  1
    u925      icup925   1              icdown926  -1
    u925      icup926   -1
    u926      obj       0.0020000000000000018   icdown926  1
    u926      icup926   1              icdown927  -1
    u926      icup927   -1
    u927      obj       0.0020000000000000018   icdown927  1
    u927      icup927   1              icdown928  -1
    u927      icup928   -1
    u928      obj       0.0020000000000000018   icdown928  1
    u928      icup928   1              icdown929  -1
    u928      icup929   -1
    u929      obj       0.0020000000000000018   icdown929  1
    u929      icup929   1              icdown930  -1
    u929      icup930   -1
    u930      obj       0.0020000000000000018   icdown930  1
    u930      icup930   1              icdown931  -1
    u930      icup931   -1
    u931      obj       0.0020000000000000018   icdown931  1
    u931      icup931   1              icdown932  -1
    u931      icup932   -1
    u932      obj       0.0020000000000000018   icdown932  1
    u932      icup932   1              icdown933  -1
    u932      icup933   -1
    u933      obj       0.0020000000000000018   icdown933  1
    u933      icup933   1              icdown934  -1
    u933      icup934   -1
    u934      obj       0.0020000000000000018   icdown934  1
    u934      icup934   1              icdown935  -1
    u934      icup935   -1
    u935      obj       0.0020000000000000018   icdown935  1
    u935      icup935   1              icdown936  -1
    u935      icup936   -1
    u936      obj       0.0020000000000000018   icdown936  1
    u936      icup936   1              icdown937  -1
    u936      icup937   -1
    u937      obj       0.0020000000000000018   icdown937  1
    u937      icup937   1              icdown938  -1
    u937      icup938   -1
    u938      obj       0.0019999999999997797   icdown938  1
    u938      icup938   1              icdown939  -1
    u938      icup939   -1
    u939      obj       0.0020000000000000018   icdown939  1
    u939      icup939   1              icdown940  -1
    u939      icup940   -1
    u940      obj       0.0020000000000000018   icdown940  1
    u940      icup940   1              icdown941  -1
    u940      icup941   -1
    u941      obj       0.0020000000000000018   icdown941  1
    u941      icup941   1              icdown942  -1
    u941      icup942   -1
    u942      obj       0.0020000000000000018   icdown942  1
    u942      icup942   1              icdown943  -1
    u942      icup943   -1
    u943      obj       0.0020000000000000018   icdown943  1
    u943      icup943   1              icdown944  -1
    u943      icup944   -1
    u944      obj       0.0020000000000000018   icdown944  1
    u944      icup944   1              icdown945  -1
    u944      icup945   -1
    u945      obj       0.0020000000000000018   icdown945  1
    u945      icup945   1              icdown946  -1
    u945      icup946   -1
    u946      obj       0.0020000000000000018   icdown946  1
    u946      icup946   1              icdown947  -1
    u946      icup947   -1
    u947      obj       0.0020000000000000018   icdown947  1
    u947      icup947   1              icdown948  -1
    u947      icup948   -1
    u948      obj       0.0020000000000000018   icdown948  1
    u948      icup948   1              icdown949  -1
    u948      icup949   -1
    u949      obj       0.0020000000000000018   icdown949  1
    u949      icup949   1              icdown950  -1
    u949      icup950   -1
    u950      obj       0.0020000000000000018   icdown950  1
    u950      icup950   1              icdown951  -1
    u950      icup951   -1
    u951      obj       0.0020000000000000018   icdown951  1
    u951      icup951   1              icdown952  -1
    u951      icup952   -1
    u952      obj       0.0020000000000000018   icdown952  1
    u952      icup952   1              icdown953  -1
    u952      icup953   -1
    u953      obj       0.0020000000000000018   icdown953  1
    u953      icup953   1              icdown954  -1
    u953      icup954   -1
    u954      obj       0.0020000000000000018   icdown954  1
    u954      icup954   1              icdown955  -1
    u954      icup955   -1
    u955      obj       0.0020000000000000018   icdown955  1
    u955      icup955   1              icdown956  -1
    u955      icup956   -1
    u956      obj       0.0020000000000000018   icdown956  1
    u956      icup956   1              icdown957  -1
    u956      icup957   -1
    u957      obj       0.0020000000000000018   icdown957  1
    u957      icup957   1              icdown958  -1
    u957      icup958   -1
    u958      obj       0.0020000000000000018   icdown958  1
    u958      icup958   1              icdown959  -1
    u958      icup959   -1
    u959      obj       0.0020000000000000018   icdown959  1
    u959      icup959   1              icdown960  -1
    u959      icup960   -1
    u960      obj       0.0020000000000000018   icdown960  1
    u960      icup960   1              icdown961  -1
    u960      icup961   -1
    u961      obj       0.0020000000000000018   icdown961  1
    u961      icup961   1              icdown962  -1
    u961      icup962   -1
    u962      obj       0.0020000000000000018   icdown962  1
    u962      icup962   1              icdown963  -1
    u962      icup963   -1
    u963      obj       0.0020000000000000018   icdown963  1
    u963      icup963   1              icdown964  -1
    u963      icup964   -1
    u964      obj       0.0020000000000000018   icdown964  1
    u964      icup964   1              icdown965  -1
    u964      icup965   -1
    u965      obj       0.0020000000000000018   icdown965  1
    u965      icup965   1              icdown966  -1
    u965      icup966   -1
    u966      obj       0.0020000000000000018   icdown966  1
    u966      icup966   1              icdown967  -1
    u966      icup967   -1
    u967      obj       0.0020000000000000018   icdown967  1
    u967      icup967   1              icdown968  -1
    u967      icup968   -1
    u968      obj       0.0020000000000000018   icdown968  1
    u968      icup968   1              icdown969  -1
    u968      icup969   -1
    u969      obj       0.0020000000000000018   icdown969  1
    u969      icup969   1              icdown970  -1
    u969      icup970   -1
    u970      obj       0.0020000000000000018   icdown970  1
    u970      icup970   1              icdown971  -1
    u970      icup971   -1
    u971      obj       0.0020000000000000018   icdown971  1
    u971      icup971   1              icdown972  -1
    u971      icup972   -1
    u972      obj       0.0020000000000000018   icdown972  1
    u972      icup972   1              icdown973  -1
    u972      icup973   -1
    u973      obj       0.0020000000000000018   icdown973  1
    u973      icup973   1              icdown974  -1
    u973      icup974   -1
    u974      obj       0.0020000000000000018   icdown974  1
    u974      icup974   1              icdown975  -1
    u974      icup975   -1
    u975      obj       0.0020000000000000018   icdown975  1
    u975      icup975   1              icdown976  -1
    u975      icup976   -1
    u976      obj       0.0020000000000000018   icdown976  1
    u976      icup976   1              icdown977  -1
    u976      icup977   -1
    u977      obj       0.0020000000000000018   icdown977  1
    u977      icup977   1              icdown978  -1
    u977      icup978   -1
    u978      obj       0.0020000000000000018   icdown978  1
    u978      icup978   1              icdown979  -1
    u978      icup979   -1
    u979      obj       0.0020000000000000018   icdown979  1
    u979      icup979   1              icdown980  -1
    u979      icup980   -1
    u980      obj       0.0020000000000000018   icdown980  1
    u980      icup980   1              icdown981  -1
    u980      icup981   -1
    u981      obj       0.0020000000000000018   icdown981  1
    u981      icup981   1              icdown982  -1
    u981      icup982   -1
    u982      obj       0.0020000000000000018   icdown982  1
    u982      icup982   1              icdown983  -1
    u982      icup983   -1
    u983      obj       0.0020000000000000018   icdown983  1
    u983      icup983   1              icdown984  -1
    u983      icup984   -1
    u984      obj       0.0020000000000000018   icdown984  1
    u984      icup984   1              icdown985  -1
    u984      icup985   -1
    u985      obj       0.0020000000000000018   icdown985  1
    u985      icup985   1              icdown986  -1
    u985      icup986   -1
    u986      obj       0.0020000000000000018   icdown986  1
    u986      icup986   1              icdown987  -1
    u986      icup987   -1
    u987      obj       0.0020000000000000018   icdown987  1
    u987      icup987   1              icdown988  -1
    u987      icup988   -1
    u988      obj       0.0020000000000000018   icdown988  1
    u988      icup988   1              icdown989  -1
    u988      icup989   -1
    u989      obj       0.0020000000000000018   icdown989  1
    u989      icup989   1              icdown990  -1
    u989      icup990   -1
    u990      obj       0.0020000000000000018   icdown990  1
    u990      icup990   1              icdown991  -1
    u990      icup991   -1
    u991      obj       0.0020000000000000018   icdown991  1
    u991      icup991   1              icdown992  -1
    u991      icup992   -1
    u992      obj       0.0020000000000000018   icdown992  1
    u992      icup992   1              icdown993  -1
    u992      icup993   -1
    u993      obj       0.0020000000000000018   icdown993  1
    u993      icup993   1              icdown994  -1
    u993      icup994   -1
    u994      obj       0.0020000000000000018   icdown994  1
    u994      icup994   1              icdown995  -1
    u994      icup995   -1
    u995      obj       0.0020000000000000018   icdown995  1
    u995      icup995   1              icdown996  -1
    u995      icup996   -1
    u996      obj       0.0020000000000000018   icdown996  1
    u996      icup996   1              icdown997  -1
    u996      icup997   -1
    u997      obj       0.0020000000000000018   icdown997  1
    u997      icup997   1              icdown998  -1
    u997      icup998   -1
    u998      obj       0.0020000000000000018   icdown998  1
    u998      icup998   1              icdown999  -1
    u998      icup999   -1
    u999      obj       0.0020000000000000018   icdown999  1
    u999      icup999   1              icdown1000  -1
    u999      icup1000  -1
    u1000     obj       0.0020000000000000018   icdown1000  1
    u1000     icup1000  1
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
    t801      tail800   -1             tail801   1
    t802      tail801   -1             tail802   1
    t803      tail802   -1             tail803   1
    t804      tail803   -1             tail804   1
    t805      tail804   -1             tail805   1
    t806      tail805   -1             tail806   1
    t807      tail806   -1             tail807   1
    t808      tail807   -1             tail808   1
    t809      tail808   -1             tail809   1
    t810      tail809   -1             tail810   1
    t811      tail810   -1             tail811   1
    t812      tail811   -1             tail812   1
    t813      tail812   -1             tail813   1
    t814      tail813   -1             tail814   1
    t815      tail814   -1             tail815   1
    t816      tail815   -1             tail816   1
    t817      tail816   -1             tail817   1
    t818      tail817   -1             tail818   1
    t819      tail818   -1             tail819   1
    t820      tail819   -1             tail820   1
    t821      tail820   -1             tail821   1
    t822      tail821   -1             tail822   1
    t823      tail822   -1             tail823   1
    t824      tail823   -1             tail824   1
    t825      tail824   -1             tail825   1
    t826      tail825   -1             tail826   1
    t827      tail826   -1             tail827   1
    t828      tail827   -1             tail828   1
    t829      tail828   -1             tail829   1
    t830      tail829   -1             tail830   1
    t831      tail830   -1             tail831   1
    t832      tail831   -1             tail832   1
    t833      tail832   -1             tail833   1
    t834      tail833   -1             tail834   1
    t835      tail834   -1             tail835   1
    t836      tail835   -1             tail836   1
    t837      tail836   -1             tail837   1
    t838      tail837   -1             tail838   1
    t839      tail838   -1             tail839   1
    t840      tail839   -1             tail840   1
    t841      tail840   -1             tail841   1
    t842      tail841   -1             tail842   1
    t843      tail842   -1             tail843   1
    t844      tail843   -1             tail844   1
    t845      tail844   -1             tail845   1
    t846      tail845   -1             tail846   1
    t847      tail846   -1             tail847   1
    t848      tail847   -1             tail848   1
    t849      tail848   -1             tail849   1
    t850      tail849   -1             tail850   1
    t851      tail850   -1             tail851   1
    t852      tail851   -1             tail852   1
    t853      tail852   -1             tail853   1
    t854      tail853   -1             tail854   1
    t855      tail854   -1             tail855   1
    t856      tail855   -1             tail856   1
    t857      tail856   -1             tail857   1
    t858      tail857   -1             tail858   1
    t859      tail858   -1             tail859   1
    t860      tail859   -1             tail860   1
    t861      tail860   -1             tail861   1
    t862      tail861   -1             tail862   1
    t863      tail862   -1             tail863   1
    t864      tail863   -1             tail864   1
    t865      tail864   -1             tail865   1
    t866      tail865   -1             tail866   1
    t867      tail866   -1             tail867   1
    t868      tail867   -1             tail868   1
    t869      tail868   -1             tail869   1
    t870      tail869   -1             tail870   1
    t871      tail870   -1             tail871   1
    t872      tail871   -1             tail872   1
    t873      tail872   -1             tail873   1
    t874      tail873   -1             tail874   1
    t875      tail874   -1             tail875   1
    t876      tail875   -1             tail876   1
    t877      tail876   -1             tail877   1
    t878      tail877   -1             tail878   1
    t879      tail878   -1             tail879   1
    t880      tail879   -1             tail880   1
    t881      tail880   -1             tail881   1
    t882      tail881   -1             tail882   1
    t883      tail882   -1             tail883   1
    t884      tail883   -1             tail884   1
    t885      tail884   -1             tail885   1
    t886      tail885   -1             tail886   1
    t887      tail886   -1             tail887   1
    t888      tail887   -1             tail888   1
    t889      tail888   -1             tail889   1
    t890      tail889   -1             tail890   1
    t891      tail890   -1             tail891   1
    t892      tail891   -1             tail892   1
    t893      tail892   -1             tail893   1
    t894      tail893   -1             tail894   1
    t895      tail894   -1             tail895   1
    t896      tail895   -1             tail896   1
    t897      tail896   -1             tail897   1
    t898      tail897   -1             tail898   1
    t899      tail898   -1             tail899   1
    t900      tail899   -1             tail900   1
    t901      tail900   -1             tail901   1
    t902      tail901   -1             tail902   1
    t903      tail902   -1             tail903   1
    t904      tail903   -1             tail904   1
    t905      tail904   -1             tail905   1
    t906      tail905   -1             tail906   1
    t907      tail906   -1             tail907   1
    t908      tail907   -1             tail908   1
    t909      tail908   -1             tail909   1
    t910      tail909   -1             tail910   1
    t911      tail910   -1             tail911   1
    t912      tail911   -1             tail912   1
    t913      tail912   -1             tail913   1
    t914      tail913   -1             tail914   1
    t915      tail914   -1             tail915   1
    t916      tail915   -1             tail916   1
    t917      tail916   -1             tail917   1
    t918      tail917   -1             tail918   1
    t919      tail918   -1             tail919   1
    t920      tail919   -1             tail920   1
    t921      tail920   -1             tail921   1
    t922      tail921   -1             tail922   1
    t923      tail922   -1             tail923   1
    t924      tail923   -1             tail924   1
    t925      tail924   -1             tail925   1
    t926      tail925   -1             tail926   1
    t927      tail926   -1             tail927   1
    t928      tail927   -1             tail928   1
    t929      tail928   -1             tail929   1
    t930      tail929   -1             tail930   1
    t931      tail930   -1             tail931   1
    t932      tail931   -1             tail932   1
    t933      tail932   -1             tail933   1
    t934      tail933   -1             tail934   1
    t935      tail934   -1             tail935   1
    t936      tail935   -1             tail936   1
    t937      tail936   -1             tail937   1
    t938      tail937   -1             tail938   1
    t939      tail938   -1             tail939   1
    t940      tail939   -1             tail940   1
    t941      tail940   -1             tail941   1
    t942      tail941   -1             tail942   1
    t943      tail942   -1             tail943   1
    t944      tail943   -1             tail944   1
    t945      tail944   -1             tail945   1
    t946      tail945   -1             tail946   1
    t947      tail946   -1             tail947   1
    t948      tail947   -1             tail948   1
    t949      tail948   -1             tail949   1
    t950      tail949   -1             tail950   1
    t951      tail950   -1             tail951   1
    t952      tail951   -1             tail952   1
    t953      tail952   -1             tail953   1
    t954      tail953   -1             tail954   1
    t955      tail954   -1             tail955   1
    t956      tail955   -1             tail956   1
    t957      tail956   -1             tail957   1
    t958      tail957   -1             tail958   1
    t959      tail958   -1             tail959   1
    t960      tail959   -1             tail960   1
    t961      tail960   -1             tail961   1
    t962      tail961   -1             tail962   1
    t963      tail962   -1             tail963   1
    t964      tail963   -1             tail964   1
    t965      tail964   -1             tail965   1
    t966      tail965   -1             tail966   1
    t967      tail966   -1             tail967   1
    t968      tail967   -1             tail968   1
    t969      tail968   -1             tail969   1
    t970      tail969   -1             tail970   1
    t971      tail970   -1             tail971   1
    t972      tail971   -1             tail972   1
    t973      tail972   -1             tail973   1
    t974      tail973   -1             tail974   1
    t975      tail974   -1             tail975   1
    t976      tail975   -1             tail976   1
    t977      tail976   -1             tail977   1
    t978      tail977   -1             tail978   1
    t979      tail978   -1             tail979   1
    t980      tail979   -1             tail980   1
    t981      tail980   -1             tail981   1
    t982      tail981   -1             tail982   1
    t983      tail982   -1             tail983   1
    t984      tail983   -1             tail984   1
    t985      tail984   -1             tail985   1
    t986      tail985   -1             tail986   1
    t987      tail986   -1             tail987   1
    t988      tail987   -1             tail988   1
    t989      tail988   -1             tail989   1
    t990      tail989   -1             tail990   1
    t991      tail990   -1             tail991   1
    t992      tail991   -1             tail992   1
    t993      tail992   -1             tail993   1
    t994      tail993   -1             tail994   1
    t995      tail994   -1             tail995   1
    t996      tail995   -1             tail996   1
    t997      tail996   -1             tail997   1
    t998      tail997   -1             tail998   1
    t999      tail998   -1             tail999   1
    t1000     tail999   -1             tail1000  1
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
 UP BND       x801      1
 UP BND       x802      1
 UP BND       x803      1
 UP BND       x804      1
 UP BND       x805      1
 UP BND       x806      1
 UP BND       x807      1
 UP BND       x808      1
 UP BND       x809      1
 UP BND       x810      1
 UP BND       x811      1
 UP BND       x812      1
 UP BND       x813      1
 UP BND       x814      1
 UP BND       x815      1
 UP BND       x816      1
 UP BND       x817      1
 UP BND       x818      1
 UP BND       x819      1
 UP BND       x820      1
 UP BND       x821      1
 UP BND       x822      1
 UP BND       x823      1
 UP BND       x824      1
 UP BND       x825      1
 UP BND       x826      1
 UP BND       x827      1
 UP BND       x828      1
 UP BND       x829      1
 UP BND       x830      1
 UP BND       x831      1
 UP BND       x832      1
 UP BND       x833      1
 UP BND       x834      1
 UP BND       x835      1
 UP BND       x836      1
 UP BND       x837      1
 UP BND       x838      1
 UP BND       x839      1
 UP BND       x840      1
 UP BND       x841      1
 UP BND       x842      1
 UP BND       x843      1
 UP BND       x844      1
 UP BND       x845      1
 UP BND       x846      1
 UP BND       x847      1
 UP BND       x848      1
 UP BND       x849      1
 UP BND       x850      1
 UP BND       x851      1
 UP BND       x852      1
 UP BND       x853      1
 UP BND       x854      1
 UP BND       x855      1
 UP BND       x856      1
 UP BND       x857      1
 UP BND       x858      1
 UP BND       x859      1
 UP BND       x860      1
 UP BND       x861      1
 UP BND       x862      1
 UP BND       x863      1
 UP BND       x864      1
 UP BND       x865      1
 UP BND       x866      1
 UP BND       x867      1
 UP BND       x868      1
 UP BND       x869      1
 UP BND       x870      1
 UP BND       x871      1
 UP BND       x872      1
 UP BND       x873      1
 UP BND       x874      1
 UP BND       x875      1
 UP BND       x876      1
 UP BND       x877      1
 UP BND       x878      1
 UP BND       x879      1
 UP BND       x880      1
 UP BND       x881      1
 UP BND       x882      1
 UP BND       x883      1
 UP BND       x884      1
 UP BND       x885      1
 UP BND       x886      1
 UP BND       x887      1
 UP BND       x888      1
 UP BND       x889      1
 UP BND       x890      1
 UP BND       x891      1
 UP BND       x892      1
 UP BND       x893      1
 UP BND       x894      1
 UP BND       x895      1
 UP BND       x896      1
 UP BND       x897      1
 UP BND       x898      1
 UP BND       x899      1
 UP BND       x900      1
 UP BND       x901      1
 UP BND       x902      1
 UP BND       x903      1
 UP BND       x904      1
 UP BND       x905      1
 UP BND       x906      1
 UP BND       x907      1
 UP BND       x908      1
 UP BND       x909      1
 UP BND       x910      1
 UP BND       x911      1
 UP BND       x912      1
 UP BND       x913      1
 UP BND       x914      1
 UP BND       x915      1
 UP BND       x916      1
 UP BND       x917      1
 UP BND       x918      1
 UP BND       x919      1
 UP BND       x920      1
 UP BND       x921      1
 UP BND       x922      1
 UP BND       x923      1
 UP BND       x924      1
 UP BND       x925      1
 UP BND       x926      1
 UP BND       x927      1
 UP BND       x928      1
 UP BND       x929      1
 UP BND       x930      1
 UP BND       x931      1
 UP BND       x932      1
 UP BND       x933      1
 UP BND       x934      1
 UP BND       x935      1
 UP BND       x936      1
 UP BND       x937      1
 UP BND       x938      1
 UP BND       x939      1
 UP BND       x940      1
 UP BND       x941      1
 UP BND       x942      1
 UP BND       x943      1
 UP BND       x944      1
 UP BND       x945      1
 UP BND       x946      1
 UP BND       x947      1
 UP BND       x948      1
 UP BND       x949      1
 UP BND       x950      1
 UP BND       x951      1
 UP BND       x952      1
 UP BND       x953      1
 UP BND       x954      1
 UP BND       x955      1
 UP BND       x956      1
 UP BND       x957      1
 UP BND       x958      1
 UP BND       x959      1
 UP BND       x960      1
 UP BND       x961      1
 UP BND       x962      1
 UP BND       x963      1
 UP BND       x964      1
 UP BND       x965      1
 UP BND       x966      1
 UP BND       x967      1
 UP BND       x968      1
 UP BND       x969      1
 UP BND       x970      1
 UP BND       x971      1
 UP BND       x972      1
 UP BND       x973      1
 UP BND       x974      1
 UP BND       x975      1
 UP BND       x976      1
 UP BND       x977      1
 UP BND       x978      1
 UP BND       x979      1
 UP BND       x980      1
 UP BND       x981      1
 UP BND       x982      1
 UP BND       x983      1
 UP BND       x984      1
 UP BND       x985      1
 UP BND       x986      1
 UP BND       x987      1
 UP BND       x988      1
 UP BND       x989      1
 UP BND       x990      1
 UP BND       x991      1
 UP BND       x992      1
 UP BND       x993      1
 UP BND       x994      1
 UP BND       x995      1
 UP BND       x996      1
 UP BND       x997      1
 UP BND       x998      1
 UP BND       x999      1
 UP BND       x1000     1
 UP BND       t1        1
 UP BND       t2        0.999999
 UP BND       t3        0.999996
 UP BND       t4        0.999991
 UP BND       t5        0.999984
 UP BND       t6        0.9999750000000001
 UP BND       t7        0.999964
 UP BND       t8        0.999951
 UP BND       t9        0.999936
 UP BND       t10       0.999919
 UP BND       t11       0.9999
 UP BND       t12       0.999879
 UP BND       t13       0.999856
 UP BND       t14       0.999831
 UP BND       t15       0.999804
 UP BND       t16       0.999775
 UP BND       t17       0.999744
 UP BND       t18       0.999711
 UP BND       t19       0.999676
 UP BND       t20       0.999639
 UP BND       t21       0.9996
 UP BND       t22       0.999559
 UP BND       t23       0.999516
 UP BND       t24       0.999471
 UP BND       t25       0.999424
 UP BND       t26       0.999375
 UP BND       t27       0.999324
 UP BND       t28       0.999271
 UP BND       t29       0.999216
 UP BND       t30       0.999159
 UP BND       t31       0.9991
 UP BND       t32       0.999039
 UP BND       t33       0.998976
 UP BND       t34       0.998911
 UP BND       t35       0.9988440000000001
 UP BND       t36       0.998775
 UP BND       t37       0.998704
 UP BND       t38       0.998631
 UP BND       t39       0.998556
 UP BND       t40       0.998479
 UP BND       t41       0.9984000000000001
 UP BND       t42       0.9983190000000001
 UP BND       t43       0.998236
 UP BND       t44       0.998151
 UP BND       t45       0.9980640000000001
 UP BND       t46       0.9979750000000001
 UP BND       t47       0.997884
 UP BND       t48       0.997791
 UP BND       t49       0.997696
 UP BND       t50       0.997599
 UP BND       t51       0.9975
 UP BND       t52       0.997399
 UP BND       t53       0.9972960000000001
 UP BND       t54       0.997191
 UP BND       t55       0.9970840000000001
 UP BND       t56       0.9969750000000001
 UP BND       t57       0.9968640000000001
 UP BND       t58       0.996751
 UP BND       t59       0.9966360000000001
 UP BND       t60       0.996519
 UP BND       t61       0.9964000000000001
 UP BND       t62       0.996279
 UP BND       t63       0.996156
 UP BND       t64       0.996031
 UP BND       t65       0.995904
 UP BND       t66       0.9957750000000001
 UP BND       t67       0.9956440000000001
 UP BND       t68       0.995511
 UP BND       t69       0.995376
 UP BND       t70       0.995239
 UP BND       t71       0.9951
 UP BND       t72       0.994959
 UP BND       t73       0.994816
 UP BND       t74       0.9946710000000001
 UP BND       t75       0.9945240000000001
 UP BND       t76       0.994375
 UP BND       t77       0.994224
 UP BND       t78       0.994071
 UP BND       t79       0.993916
 UP BND       t80       0.9937590000000001
 UP BND       t81       0.9936
 UP BND       t82       0.9934390000000001
 UP BND       t83       0.993276
 UP BND       t84       0.9931110000000001
 UP BND       t85       0.992944
 UP BND       t86       0.9927750000000001
 UP BND       t87       0.992604
 UP BND       t88       0.9924310000000001
 UP BND       t89       0.992256
 UP BND       t90       0.992079
 UP BND       t91       0.9919
 UP BND       t92       0.991719
 UP BND       t93       0.9915360000000001
 UP BND       t94       0.9913510000000001
 UP BND       t95       0.991164
 UP BND       t96       0.990975
 UP BND       t97       0.990784
 UP BND       t98       0.990591
 UP BND       t99       0.990396
 UP BND       t100      0.990199
 UP BND       t101      0.9900000000000001
 UP BND       t102      0.9897990000000001
 UP BND       t103      0.989596
 UP BND       t104      0.989391
 UP BND       t105      0.9891840000000001
 UP BND       t106      0.988975
 UP BND       t107      0.9887640000000001
 UP BND       t108      0.9885510000000001
 UP BND       t109      0.9883360000000001
 UP BND       t110      0.9881190000000001
 UP BND       t111      0.9879
 UP BND       t112      0.9876790000000001
 UP BND       t113      0.987456
 UP BND       t114      0.9872310000000001
 UP BND       t115      0.9870040000000001
 UP BND       t116      0.9867750000000001
 UP BND       t117      0.9865440000000001
 UP BND       t118      0.986311
 UP BND       t119      0.9860760000000001
 UP BND       t120      0.985839
 UP BND       t121      0.9856
 UP BND       t122      0.9853590000000001
 UP BND       t123      0.9851160000000001
 UP BND       t124      0.984871
 UP BND       t125      0.984624
 UP BND       t126      0.984375
 UP BND       t127      0.984124
 UP BND       t128      0.983871
 UP BND       t129      0.983616
 UP BND       t130      0.9833590000000001
 UP BND       t131      0.9831000000000001
 UP BND       t132      0.982839
 UP BND       t133      0.9825760000000001
 UP BND       t134      0.982311
 UP BND       t135      0.982044
 UP BND       t136      0.9817750000000001
 UP BND       t137      0.981504
 UP BND       t138      0.9812310000000001
 UP BND       t139      0.980956
 UP BND       t140      0.9806790000000001
 UP BND       t141      0.9804
 UP BND       t142      0.9801190000000001
 UP BND       t143      0.979836
 UP BND       t144      0.9795510000000001
 UP BND       t145      0.979264
 UP BND       t146      0.978975
 UP BND       t147      0.9786840000000001
 UP BND       t148      0.978391
 UP BND       t149      0.9780960000000001
 UP BND       t150      0.9777990000000001
 UP BND       t151      0.9775
 UP BND       t152      0.977199
 UP BND       t153      0.9768960000000001
 UP BND       t154      0.9765910000000001
 UP BND       t155      0.976284
 UP BND       t156      0.975975
 UP BND       t157      0.9756640000000001
 UP BND       t158      0.9753510000000001
 UP BND       t159      0.975036
 UP BND       t160      0.9747190000000001
 UP BND       t161      0.9744
 UP BND       t162      0.974079
 UP BND       t163      0.9737560000000001
 UP BND       t164      0.973431
 UP BND       t165      0.9731040000000001
 UP BND       t166      0.9727750000000001
 UP BND       t167      0.9724440000000001
 UP BND       t168      0.9721110000000001
 UP BND       t169      0.9717760000000001
 UP BND       t170      0.971439
 UP BND       t171      0.9711000000000001
 UP BND       t172      0.970759
 UP BND       t173      0.9704160000000001
 UP BND       t174      0.970071
 UP BND       t175      0.969724
 UP BND       t176      0.9693750000000001
 UP BND       t177      0.9690240000000001
 UP BND       t178      0.9686710000000001
 UP BND       t179      0.9683160000000001
 UP BND       t180      0.967959
 UP BND       t181      0.9676
 UP BND       t182      0.9672390000000001
 UP BND       t183      0.9668760000000001
 UP BND       t184      0.966511
 UP BND       t185      0.9661440000000001
 UP BND       t186      0.965775
 UP BND       t187      0.965404
 UP BND       t188      0.9650310000000001
 UP BND       t189      0.9646560000000001
 UP BND       t190      0.9642790000000001
 UP BND       t191      0.9639000000000001
 UP BND       t192      0.963519
 UP BND       t193      0.9631360000000001
 UP BND       t194      0.962751
 UP BND       t195      0.9623640000000001
 UP BND       t196      0.961975
 UP BND       t197      0.9615840000000001
 UP BND       t198      0.961191
 UP BND       t199      0.9607960000000001
 UP BND       t200      0.960399
 UP BND       t201      0.9600000000000001
 UP BND       t202      0.9595990000000001
 UP BND       t203      0.959196
 UP BND       t204      0.9587910000000001
 UP BND       t205      0.958384
 UP BND       t206      0.957975
 UP BND       t207      0.9575640000000001
 UP BND       t208      0.9571510000000001
 UP BND       t209      0.956736
 UP BND       t210      0.956319
 UP BND       t211      0.9559000000000001
 UP BND       t212      0.9554790000000001
 UP BND       t213      0.9550560000000001
 UP BND       t214      0.954631
 UP BND       t215      0.954204
 UP BND       t216      0.953775
 UP BND       t217      0.9533440000000001
 UP BND       t218      0.9529110000000001
 UP BND       t219      0.9524760000000001
 UP BND       t220      0.9520390000000001
 UP BND       t221      0.9516000000000001
 UP BND       t222      0.9511590000000001
 UP BND       t223      0.950716
 UP BND       t224      0.9502710000000001
 UP BND       t225      0.949824
 UP BND       t226      0.9493750000000001
 UP BND       t227      0.9489240000000001
 UP BND       t228      0.9484710000000001
 UP BND       t229      0.9480160000000001
 UP BND       t230      0.947559
 UP BND       t231      0.9471
 UP BND       t232      0.946639
 UP BND       t233      0.946176
 UP BND       t234      0.9457110000000001
 UP BND       t235      0.9452440000000001
 UP BND       t236      0.944775
 UP BND       t237      0.944304
 UP BND       t238      0.9438310000000001
 UP BND       t239      0.9433560000000001
 UP BND       t240      0.942879
 UP BND       t241      0.9424
 UP BND       t242      0.9419190000000001
 UP BND       t243      0.941436
 UP BND       t244      0.9409510000000001
 UP BND       t245      0.9404640000000001
 UP BND       t246      0.939975
 UP BND       t247      0.9394840000000001
 UP BND       t248      0.938991
 UP BND       t249      0.938496
 UP BND       t250      0.937999
 UP BND       t251      0.9375
 UP BND       t252      0.936999
 UP BND       t253      0.936496
 UP BND       t254      0.935991
 UP BND       t255      0.9354840000000001
 UP BND       t256      0.934975
 UP BND       t257      0.9344640000000001
 UP BND       t258      0.9339510000000001
 UP BND       t259      0.933436
 UP BND       t260      0.932919
 UP BND       t261      0.9324
 UP BND       t262      0.931879
 UP BND       t263      0.9313560000000001
 UP BND       t264      0.9308310000000001
 UP BND       t265      0.930304
 UP BND       t266      0.929775
 UP BND       t267      0.9292440000000001
 UP BND       t268      0.9287110000000001
 UP BND       t269      0.9281760000000001
 UP BND       t270      0.927639
 UP BND       t271      0.9271
 UP BND       t272      0.926559
 UP BND       t273      0.9260160000000001
 UP BND       t274      0.925471
 UP BND       t275      0.9249240000000001
 UP BND       t276      0.9243750000000001
 UP BND       t277      0.9238240000000001
 UP BND       t278      0.9232710000000001
 UP BND       t279      0.9227160000000001
 UP BND       t280      0.9221590000000001
 UP BND       t281      0.9216000000000001
 UP BND       t282      0.921039
 UP BND       t283      0.9204760000000001
 UP BND       t284      0.919911
 UP BND       t285      0.919344
 UP BND       t286      0.918775
 UP BND       t287      0.918204
 UP BND       t288      0.9176310000000001
 UP BND       t289      0.9170560000000001
 UP BND       t290      0.916479
 UP BND       t291      0.9159
 UP BND       t292      0.915319
 UP BND       t293      0.914736
 UP BND       t294      0.914151
 UP BND       t295      0.913564
 UP BND       t296      0.9129750000000001
 UP BND       t297      0.9123840000000001
 UP BND       t298      0.911791
 UP BND       t299      0.911196
 UP BND       t300      0.910599
 UP BND       t301      0.91
 UP BND       t302      0.9093990000000001
 UP BND       t303      0.908796
 UP BND       t304      0.908191
 UP BND       t305      0.9075840000000001
 UP BND       t306      0.9069750000000001
 UP BND       t307      0.9063640000000001
 UP BND       t308      0.905751
 UP BND       t309      0.905136
 UP BND       t310      0.9045190000000001
 UP BND       t311      0.9039
 UP BND       t312      0.903279
 UP BND       t313      0.902656
 UP BND       t314      0.902031
 UP BND       t315      0.9014040000000001
 UP BND       t316      0.900775
 UP BND       t317      0.900144
 UP BND       t318      0.8995110000000001
 UP BND       t319      0.898876
 UP BND       t320      0.898239
 UP BND       t321      0.8976000000000001
 UP BND       t322      0.8969590000000001
 UP BND       t323      0.896316
 UP BND       t324      0.895671
 UP BND       t325      0.895024
 UP BND       t326      0.894375
 UP BND       t327      0.893724
 UP BND       t328      0.8930710000000001
 UP BND       t329      0.8924160000000001
 UP BND       t330      0.8917590000000001
 UP BND       t331      0.8911
 UP BND       t332      0.8904390000000001
 UP BND       t333      0.889776
 UP BND       t334      0.889111
 UP BND       t335      0.888444
 UP BND       t336      0.887775
 UP BND       t337      0.887104
 UP BND       t338      0.886431
 UP BND       t339      0.885756
 UP BND       t340      0.8850790000000001
 UP BND       t341      0.8844
 UP BND       t342      0.883719
 UP BND       t343      0.883036
 UP BND       t344      0.8823510000000001
 UP BND       t345      0.8816640000000001
 UP BND       t346      0.8809750000000001
 UP BND       t347      0.8802840000000001
 UP BND       t348      0.8795910000000001
 UP BND       t349      0.8788960000000001
 UP BND       t350      0.8781990000000001
 UP BND       t351      0.8775000000000001
 UP BND       t352      0.8767990000000001
 UP BND       t353      0.8760960000000001
 UP BND       t354      0.8753910000000001
 UP BND       t355      0.8746840000000001
 UP BND       t356      0.8739750000000002
 UP BND       t357      0.873264
 UP BND       t358      0.8725510000000001
 UP BND       t359      0.871836
 UP BND       t360      0.8711190000000001
 UP BND       t361      0.8704000000000001
 UP BND       t362      0.8696790000000001
 UP BND       t363      0.8689560000000001
 UP BND       t364      0.8682310000000001
 UP BND       t365      0.867504
 UP BND       t366      0.8667750000000001
 UP BND       t367      0.866044
 UP BND       t368      0.865311
 UP BND       t369      0.8645760000000001
 UP BND       t370      0.863839
 UP BND       t371      0.8631000000000001
 UP BND       t372      0.8623590000000001
 UP BND       t373      0.8616160000000002
 UP BND       t374      0.860871
 UP BND       t375      0.8601240000000001
 UP BND       t376      0.8593750000000001
 UP BND       t377      0.858624
 UP BND       t378      0.857871
 UP BND       t379      0.8571160000000001
 UP BND       t380      0.8563590000000001
 UP BND       t381      0.8556000000000001
 UP BND       t382      0.8548390000000001
 UP BND       t383      0.8540760000000001
 UP BND       t384      0.8533110000000002
 UP BND       t385      0.8525440000000001
 UP BND       t386      0.8517750000000001
 UP BND       t387      0.8510040000000001
 UP BND       t388      0.8502310000000001
 UP BND       t389      0.8494560000000001
 UP BND       t390      0.8486790000000001
 UP BND       t391      0.8479000000000001
 UP BND       t392      0.8471190000000001
 UP BND       t393      0.8463360000000001
 UP BND       t394      0.845551
 UP BND       t395      0.8447640000000001
 UP BND       t396      0.8439750000000001
 UP BND       t397      0.843184
 UP BND       t398      0.8423910000000001
 UP BND       t399      0.841596
 UP BND       t400      0.8407990000000001
 UP BND       t401      0.8400000000000001
 UP BND       t402      0.839199
 UP BND       t403      0.8383960000000001
 UP BND       t404      0.8375910000000001
 UP BND       t405      0.8367840000000001
 UP BND       t406      0.835975
 UP BND       t407      0.835164
 UP BND       t408      0.8343510000000001
 UP BND       t409      0.833536
 UP BND       t410      0.8327190000000001
 UP BND       t411      0.8319000000000001
 UP BND       t412      0.8310790000000001
 UP BND       t413      0.8302560000000001
 UP BND       t414      0.829431
 UP BND       t415      0.8286040000000001
 UP BND       t416      0.827775
 UP BND       t417      0.8269440000000001
 UP BND       t418      0.826111
 UP BND       t419      0.8252760000000001
 UP BND       t420      0.824439
 UP BND       t421      0.8236000000000001
 UP BND       t422      0.822759
 UP BND       t423      0.8219160000000001
 UP BND       t424      0.8210710000000001
 UP BND       t425      0.8202240000000001
 UP BND       t426      0.8193750000000001
 UP BND       t427      0.818524
 UP BND       t428      0.817671
 UP BND       t429      0.8168160000000001
 UP BND       t430      0.8159590000000001
 UP BND       t431      0.8151
 UP BND       t432      0.814239
 UP BND       t433      0.8133760000000001
 UP BND       t434      0.8125110000000001
 UP BND       t435      0.811644
 UP BND       t436      0.810775
 UP BND       t437      0.8099040000000001
 UP BND       t438      0.8090310000000001
 UP BND       t439      0.8081560000000001
 UP BND       t440      0.8072790000000001
 UP BND       t441      0.8064
 UP BND       t442      0.8055190000000001
 UP BND       t443      0.804636
 UP BND       t444      0.8037510000000001
 UP BND       t445      0.802864
 UP BND       t446      0.801975
 UP BND       t447      0.8010840000000001
 UP BND       t448      0.8001910000000001
 UP BND       t449      0.799296
 UP BND       t450      0.7983990000000001
 UP BND       t451      0.7975000000000001
 UP BND       t452      0.7965990000000001
 UP BND       t453      0.7956960000000001
 UP BND       t454      0.794791
 UP BND       t455      0.793884
 UP BND       t456      0.7929750000000001
 UP BND       t457      0.792064
 UP BND       t458      0.7911509999999999
 UP BND       t459      0.790236
 UP BND       t460      0.789319
 UP BND       t461      0.7884
 UP BND       t462      0.787479
 UP BND       t463      0.786556
 UP BND       t464      0.785631
 UP BND       t465      0.7847040000000001
 UP BND       t466      0.783775
 UP BND       t467      0.7828440000000001
 UP BND       t468      0.781911
 UP BND       t469      0.780976
 UP BND       t470      0.780039
 UP BND       t471      0.7791
 UP BND       t472      0.778159
 UP BND       t473      0.777216
 UP BND       t474      0.7762709999999999
 UP BND       t475      0.775324
 UP BND       t476      0.774375
 UP BND       t477      0.773424
 UP BND       t478      0.772471
 UP BND       t479      0.771516
 UP BND       t480      0.770559
 UP BND       t481      0.7696000000000001
 UP BND       t482      0.7686390000000001
 UP BND       t483      0.767676
 UP BND       t484      0.766711
 UP BND       t485      0.765744
 UP BND       t486      0.764775
 UP BND       t487      0.763804
 UP BND       t488      0.762831
 UP BND       t489      0.7618560000000001
 UP BND       t490      0.760879
 UP BND       t491      0.7599
 UP BND       t492      0.758919
 UP BND       t493      0.7579359999999999
 UP BND       t494      0.756951
 UP BND       t495      0.755964
 UP BND       t496      0.754975
 UP BND       t497      0.753984
 UP BND       t498      0.752991
 UP BND       t499      0.751996
 UP BND       t500      0.750999
 UP BND       t501      0.75
 UP BND       t502      0.748999
 UP BND       t503      0.747996
 UP BND       t504      0.746991
 UP BND       t505      0.745984
 UP BND       t506      0.7449749999999999
 UP BND       t507      0.7439640000000001
 UP BND       t508      0.742951
 UP BND       t509      0.7419359999999999
 UP BND       t510      0.740919
 UP BND       t511      0.7399
 UP BND       t512      0.7388790000000001
 UP BND       t513      0.7378560000000001
 UP BND       t514      0.736831
 UP BND       t515      0.7358039999999999
 UP BND       t516      0.734775
 UP BND       t517      0.733744
 UP BND       t518      0.732711
 UP BND       t519      0.731676
 UP BND       t520      0.730639
 UP BND       t521      0.7296
 UP BND       t522      0.728559
 UP BND       t523      0.7275159999999999
 UP BND       t524      0.726471
 UP BND       t525      0.725424
 UP BND       t526      0.724375
 UP BND       t527      0.723324
 UP BND       t528      0.722271
 UP BND       t529      0.721216
 UP BND       t530      0.720159
 UP BND       t531      0.7191
 UP BND       t532      0.718039
 UP BND       t533      0.7169760000000001
 UP BND       t534      0.715911
 UP BND       t535      0.714844
 UP BND       t536      0.7137749999999999
 UP BND       t537      0.712704
 UP BND       t538      0.7116309999999999
 UP BND       t539      0.710556
 UP BND       t540      0.709479
 UP BND       t541      0.7083999999999999
 UP BND       t542      0.707319
 UP BND       t543      0.706236
 UP BND       t544      0.705151
 UP BND       t545      0.704064
 UP BND       t546      0.7029749999999999
 UP BND       t547      0.701884
 UP BND       t548      0.7007909999999999
 UP BND       t549      0.6996959999999999
 UP BND       t550      0.698599
 UP BND       t551      0.6975
 UP BND       t552      0.696399
 UP BND       t553      0.6952959999999999
 UP BND       t554      0.694191
 UP BND       t555      0.6930839999999999
 UP BND       t556      0.6919749999999999
 UP BND       t557      0.6908639999999999
 UP BND       t558      0.6897509999999999
 UP BND       t559      0.6886359999999999
 UP BND       t560      0.687519
 UP BND       t561      0.6863999999999999
 UP BND       t562      0.685279
 UP BND       t563      0.684156
 UP BND       t564      0.683031
 UP BND       t565      0.6819040000000001
 UP BND       t566      0.680775
 UP BND       t567      0.679644
 UP BND       t568      0.6785110000000001
 UP BND       t569      0.6773760000000001
 UP BND       t570      0.676239
 UP BND       t571      0.6751
 UP BND       t572      0.6739590000000001
 UP BND       t573      0.6728160000000001
 UP BND       t574      0.6716710000000001
 UP BND       t575      0.670524
 UP BND       t576      0.669375
 UP BND       t577      0.668224
 UP BND       t578      0.6670710000000001
 UP BND       t579      0.6659160000000001
 UP BND       t580      0.6647590000000001
 UP BND       t581      0.6636
 UP BND       t582      0.662439
 UP BND       t583      0.661276
 UP BND       t584      0.6601110000000001
 UP BND       t585      0.6589440000000001
 UP BND       t586      0.6577750000000001
 UP BND       t587      0.6566040000000001
 UP BND       t588      0.6554310000000001
 UP BND       t589      0.6542560000000001
 UP BND       t590      0.653079
 UP BND       t591      0.6519
 UP BND       t592      0.650719
 UP BND       t593      0.6495360000000001
 UP BND       t594      0.6483510000000001
 UP BND       t595      0.6471640000000001
 UP BND       t596      0.6459750000000001
 UP BND       t597      0.644784
 UP BND       t598      0.643591
 UP BND       t599      0.642396
 UP BND       t600      0.6411990000000001
 UP BND       t601      0.64
 UP BND       t602      0.638799
 UP BND       t603      0.637596
 UP BND       t604      0.636391
 UP BND       t605      0.6351840000000001
 UP BND       t606      0.6339750000000001
 UP BND       t607      0.632764
 UP BND       t608      0.631551
 UP BND       t609      0.630336
 UP BND       t610      0.629119
 UP BND       t611      0.6279
 UP BND       t612      0.626679
 UP BND       t613      0.625456
 UP BND       t614      0.624231
 UP BND       t615      0.623004
 UP BND       t616      0.621775
 UP BND       t617      0.620544
 UP BND       t618      0.6193110000000001
 UP BND       t619      0.618076
 UP BND       t620      0.616839
 UP BND       t621      0.6156
 UP BND       t622      0.614359
 UP BND       t623      0.613116
 UP BND       t624      0.611871
 UP BND       t625      0.610624
 UP BND       t626      0.609375
 UP BND       t627      0.608124
 UP BND       t628      0.6068709999999999
 UP BND       t629      0.605616
 UP BND       t630      0.604359
 UP BND       t631      0.6031
 UP BND       t632      0.601839
 UP BND       t633      0.600576
 UP BND       t634      0.5993109999999999
 UP BND       t635      0.598044
 UP BND       t636      0.5967749999999999
 UP BND       t637      0.595504
 UP BND       t638      0.594231
 UP BND       t639      0.592956
 UP BND       t640      0.591679
 UP BND       t641      0.5903999999999999
 UP BND       t642      0.589119
 UP BND       t643      0.587836
 UP BND       t644      0.586551
 UP BND       t645      0.585264
 UP BND       t646      0.583975
 UP BND       t647      0.582684
 UP BND       t648      0.581391
 UP BND       t649      0.580096
 UP BND       t650      0.578799
 UP BND       t651      0.5775
 UP BND       t652      0.5761989999999999
 UP BND       t653      0.574896
 UP BND       t654      0.573591
 UP BND       t655      0.572284
 UP BND       t656      0.570975
 UP BND       t657      0.569664
 UP BND       t658      0.5683509999999999
 UP BND       t659      0.567036
 UP BND       t660      0.565719
 UP BND       t661      0.5644
 UP BND       t662      0.563079
 UP BND       t663      0.5617559999999999
 UP BND       t664      0.5604309999999999
 UP BND       t665      0.5591039999999999
 UP BND       t666      0.5577749999999999
 UP BND       t667      0.5564439999999999
 UP BND       t668      0.5551109999999999
 UP BND       t669      0.5537759999999999
 UP BND       t670      0.5524389999999999
 UP BND       t671      0.5510999999999999
 UP BND       t672      0.5497589999999999
 UP BND       t673      0.5484159999999999
 UP BND       t674      0.547071
 UP BND       t675      0.545724
 UP BND       t676      0.5443749999999999
 UP BND       t677      0.543024
 UP BND       t678      0.5416709999999999
 UP BND       t679      0.5403159999999999
 UP BND       t680      0.538959
 UP BND       t681      0.5376
 UP BND       t682      0.5362389999999999
 UP BND       t683      0.5348759999999999
 UP BND       t684      0.533511
 UP BND       t685      0.532144
 UP BND       t686      0.5307749999999999
 UP BND       t687      0.5294039999999999
 UP BND       t688      0.5280309999999999
 UP BND       t689      0.526656
 UP BND       t690      0.525279
 UP BND       t691      0.5239
 UP BND       t692      0.5225190000000001
 UP BND       t693      0.521136
 UP BND       t694      0.5197510000000001
 UP BND       t695      0.518364
 UP BND       t696      0.5169750000000001
 UP BND       t697      0.515584
 UP BND       t698      0.5141910000000001
 UP BND       t699      0.512796
 UP BND       t700      0.511399
 UP BND       t701      0.5100000000000001
 UP BND       t702      0.5085990000000001
 UP BND       t703      0.5071960000000001
 UP BND       t704      0.5057910000000001
 UP BND       t705      0.504384
 UP BND       t706      0.5029750000000001
 UP BND       t707      0.5015640000000001
 UP BND       t708      0.500151
 UP BND       t709      0.498736
 UP BND       t710      0.497319
 UP BND       t711      0.49590000000000006
 UP BND       t712      0.494479
 UP BND       t713      0.49305600000000005
 UP BND       t714      0.49163100000000004
 UP BND       t715      0.49020400000000003
 UP BND       t716      0.48877500000000007
 UP BND       t717      0.48734400000000005
 UP BND       t718      0.48591100000000004
 UP BND       t719      0.4844760000000001
 UP BND       t720      0.48303900000000005
 UP BND       t721      0.48160000000000003
 UP BND       t722      0.480159
 UP BND       t723      0.47871600000000003
 UP BND       t724      0.47727100000000006
 UP BND       t725      0.475824
 UP BND       t726      0.47437500000000005
 UP BND       t727      0.47292400000000007
 UP BND       t728      0.47147100000000003
 UP BND       t729      0.470016
 UP BND       t730      0.468559
 UP BND       t731      0.4671
 UP BND       t732      0.465639
 UP BND       t733      0.46417600000000003
 UP BND       t734      0.46271100000000004
 UP BND       t735      0.46124400000000004
 UP BND       t736      0.45977500000000004
 UP BND       t737      0.458304
 UP BND       t738      0.45683100000000004
 UP BND       t739      0.45535600000000004
 UP BND       t740      0.45387900000000003
 UP BND       t741      0.4524
 UP BND       t742      0.45091899999999996
 UP BND       t743      0.449436
 UP BND       t744      0.44795100000000004
 UP BND       t745      0.44646399999999997
 UP BND       t746      0.444975
 UP BND       t747      0.443484
 UP BND       t748      0.441991
 UP BND       t749      0.440496
 UP BND       t750      0.43899900000000003
 UP BND       t751      0.4375
 UP BND       t752      0.43599899999999997
 UP BND       t753      0.434496
 UP BND       t754      0.43299099999999996
 UP BND       t755      0.431484
 UP BND       t756      0.429975
 UP BND       t757      0.428464
 UP BND       t758      0.426951
 UP BND       t759      0.42543600000000004
 UP BND       t760      0.423919
 UP BND       t761      0.4224
 UP BND       t762      0.420879
 UP BND       t763      0.419356
 UP BND       t764      0.41783099999999995
 UP BND       t765      0.416304
 UP BND       t766      0.414775
 UP BND       t767      0.413244
 UP BND       t768      0.41171099999999994
 UP BND       t769      0.410176
 UP BND       t770      0.408639
 UP BND       t771      0.4071
 UP BND       t772      0.405559
 UP BND       t773      0.404016
 UP BND       t774      0.40247099999999997
 UP BND       t775      0.40092399999999995
 UP BND       t776      0.399375
 UP BND       t777      0.39782399999999996
 UP BND       t778      0.39627099999999993
 UP BND       t779      0.39471599999999996
 UP BND       t780      0.393159
 UP BND       t781      0.39159999999999995
 UP BND       t782      0.39003899999999997
 UP BND       t783      0.38847599999999993
 UP BND       t784      0.38691099999999995
 UP BND       t785      0.3853439999999999
 UP BND       t786      0.383775
 UP BND       t787      0.38220399999999993
 UP BND       t788      0.38063099999999994
 UP BND       t789      0.37905599999999995
 UP BND       t790      0.3774789999999999
 UP BND       t791      0.37589999999999996
 UP BND       t792      0.37431899999999996
 UP BND       t793      0.37273599999999996
 UP BND       t794      0.37115099999999995
 UP BND       t795      0.36956399999999995
 UP BND       t796      0.36797499999999994
 UP BND       t797      0.36638399999999993
 UP BND       t798      0.3647909999999999
 UP BND       t799      0.3631959999999999
 UP BND       t800      0.3615989999999999
 UP BND       t801      0.35999999999999993
 UP BND       t802      0.3583989999999999
 UP BND       t803      0.3567959999999999
 UP BND       t804      0.3551909999999999
 UP BND       t805      0.3535839999999999
 UP BND       t806      0.3519749999999999
 UP BND       t807      0.3503639999999999
 UP BND       t808      0.3487509999999999
 UP BND       t809      0.3471359999999999
 UP BND       t810      0.3455189999999999
 UP BND       t811      0.3438999999999999
 UP BND       t812      0.3422789999999999
 UP BND       t813      0.3406559999999999
 UP BND       t814      0.3390310000000001
 UP BND       t815      0.3374040000000001
 UP BND       t816      0.33577500000000005
 UP BND       t817      0.3341440000000001
 UP BND       t818      0.3325110000000001
 UP BND       t819      0.33087600000000006
 UP BND       t820      0.32923900000000006
 UP BND       t821      0.3276000000000001
 UP BND       t822      0.3259590000000001
 UP BND       t823      0.3243160000000001
 UP BND       t824      0.32267100000000004
 UP BND       t825      0.3210240000000001
 UP BND       t826      0.3193750000000001
 UP BND       t827      0.31772400000000006
 UP BND       t828      0.3160710000000001
 UP BND       t829      0.3144160000000001
 UP BND       t830      0.31275900000000006
 UP BND       t831      0.31110000000000004
 UP BND       t832      0.3094390000000001
 UP BND       t833      0.30777600000000005
 UP BND       t834      0.3061110000000001
 UP BND       t835      0.30444400000000005
 UP BND       t836      0.30277500000000007
 UP BND       t837      0.30110400000000004
 UP BND       t838      0.29943100000000006
 UP BND       t839      0.297756
 UP BND       t840      0.2960790000000001
 UP BND       t841      0.29440000000000005
 UP BND       t842      0.29271900000000006
 UP BND       t843      0.2910360000000001
 UP BND       t844      0.289351
 UP BND       t845      0.2876640000000001
 UP BND       t846      0.28597500000000003
 UP BND       t847      0.28428400000000004
 UP BND       t848      0.28259100000000004
 UP BND       t849      0.28089600000000003
 UP BND       t850      0.27919900000000003
 UP BND       t851      0.2775
 UP BND       t852      0.275799
 UP BND       t853      0.274096
 UP BND       t854      0.27239100000000005
 UP BND       t855      0.27068400000000004
 UP BND       t856      0.268975
 UP BND       t857      0.267264
 UP BND       t858      0.26555100000000004
 UP BND       t859      0.263836
 UP BND       t860      0.26211900000000005
 UP BND       t861      0.2604
 UP BND       t862      0.25867900000000005
 UP BND       t863      0.256956
 UP BND       t864      0.25523100000000004
 UP BND       t865      0.25350400000000006
 UP BND       t866      0.251775
 UP BND       t867      0.25004400000000004
 UP BND       t868      0.248311
 UP BND       t869      0.246576
 UP BND       t870      0.24483899999999997
 UP BND       t871      0.2431
 UP BND       t872      0.24135900000000002
 UP BND       t873      0.239616
 UP BND       t874      0.237871
 UP BND       t875      0.236124
 UP BND       t876      0.234375
 UP BND       t877      0.232624
 UP BND       t878      0.23087100000000002
 UP BND       t879      0.229116
 UP BND       t880      0.227359
 UP BND       t881      0.22559999999999997
 UP BND       t882      0.22383899999999998
 UP BND       t883      0.222076
 UP BND       t884      0.22031099999999998
 UP BND       t885      0.218544
 UP BND       t886      0.21677499999999997
 UP BND       t887      0.21500399999999997
 UP BND       t888      0.21323099999999998
 UP BND       t889      0.21145599999999998
 UP BND       t890      0.20967899999999998
 UP BND       t891      0.20789999999999997
 UP BND       t892      0.20611899999999997
 UP BND       t893      0.20433599999999996
 UP BND       t894      0.20255099999999995
 UP BND       t895      0.20076399999999997
 UP BND       t896      0.19897499999999996
 UP BND       t897      0.19718399999999997
 UP BND       t898      0.19539099999999995
 UP BND       t899      0.19359599999999996
 UP BND       t900      0.19179899999999997
 UP BND       t901      0.18999999999999997
 UP BND       t902      0.18819899999999995
 UP BND       t903      0.18639599999999995
 UP BND       t904      0.18459099999999998
 UP BND       t905      0.18278399999999995
 UP BND       t906      0.18097499999999994
 UP BND       t907      0.17916399999999996
 UP BND       t908      0.17735099999999995
 UP BND       t909      0.17553599999999994
 UP BND       t910      0.17371899999999996
 UP BND       t911      0.17189999999999994
 UP BND       t912      0.17007899999999992
 UP BND       t913      0.16825599999999993
 UP BND       t914      0.16643099999999994
 UP BND       t915      0.16460399999999994
 UP BND       t916      0.16277499999999995
 UP BND       t917      0.16094399999999995
 UP BND       t918      0.15911099999999992
 UP BND       t919      0.15727599999999992
 UP BND       t920      0.15543899999999994
 UP BND       t921      0.15359999999999993
 UP BND       t922      0.15175899999999995
 UP BND       t923      0.1499159999999999
 UP BND       t924      0.1480709999999999
 UP BND       t925      0.14622399999999994
 UP BND       t926      0.14437499999999992
 UP BND       t927      0.14252399999999993
 UP BND       t928      0.1406709999999999
 UP BND       t929      0.1388159999999999
 UP BND       t930      0.13695899999999991
 UP BND       t931      0.1350999999999999
 UP BND       t932      0.13323899999999989
 UP BND       t933      0.1313759999999999
 UP BND       t934      0.1295109999999999
 UP BND       t935      0.1276439999999999
 UP BND       t936      0.1257749999999999
 UP BND       t937      0.12390399999999989
 UP BND       t938      0.12203099999999989
 UP BND       t939      0.1201560000000001
 UP BND       t940      0.1182790000000001
 UP BND       t941      0.1164000000000001
 UP BND       t942      0.1145190000000001
 UP BND       t943      0.1126360000000001
 UP BND       t944      0.1107510000000001
 UP BND       t945      0.1088640000000001
 UP BND       t946      0.1069750000000001
 UP BND       t947      0.1050840000000001
 UP BND       t948      0.10319100000000009
 UP BND       t949      0.10129600000000008
 UP BND       t950      0.09939900000000008
 UP BND       t951      0.09750000000000009
 UP BND       t952      0.09559900000000007
 UP BND       t953      0.09369600000000008
 UP BND       t954      0.09179100000000008
 UP BND       t955      0.08988400000000007
 UP BND       t956      0.08797500000000008
 UP BND       t957      0.08606400000000007
 UP BND       t958      0.08415100000000007
 UP BND       t959      0.08223600000000007
 UP BND       t960      0.08031900000000007
 UP BND       t961      0.07840000000000007
 UP BND       t962      0.07647900000000007
 UP BND       t963      0.07455600000000007
 UP BND       t964      0.07263100000000006
 UP BND       t965      0.07070400000000006
 UP BND       t966      0.06877500000000006
 UP BND       t967      0.06684400000000007
 UP BND       t968      0.06491100000000005
 UP BND       t969      0.06297600000000005
 UP BND       t970      0.06103900000000005
 UP BND       t971      0.059100000000000055
 UP BND       t972      0.05715900000000005
 UP BND       t973      0.05521600000000005
 UP BND       t974      0.05327100000000005
 UP BND       t975      0.05132400000000005
 UP BND       t976      0.049375000000000044
 UP BND       t977      0.04742400000000004
 UP BND       t978      0.04547100000000004
 UP BND       t979      0.043516000000000034
 UP BND       t980      0.04155900000000003
 UP BND       t981      0.03960000000000003
 UP BND       t982      0.037639000000000034
 UP BND       t983      0.035676000000000034
 UP BND       t984      0.033711000000000026
 UP BND       t985      0.03174400000000003
 UP BND       t986      0.029775000000000027
 UP BND       t987      0.027804000000000023
 UP BND       t988      0.025831000000000024
 UP BND       t989      0.023856000000000023
 UP BND       t990      0.02187900000000002
 UP BND       t991      0.01990000000000002
 UP BND       t992      0.017919000000000018
 UP BND       t993      0.015936000000000016
 UP BND       t994      0.013951000000000012
 UP BND       t995      0.01196400000000001
 UP BND       t996      0.009975000000000008
 UP BND       t997      0.007984000000000007
 UP BND       t998      0.005991000000000005
 UP BND       t999      0.003996000000000004
 UP BND       t1000     0.0019990000000000016
ENDATA
