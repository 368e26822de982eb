/**
 * Name gazetteer: given names and family names in Latin script, used by the
 * PERSON detector to tell "Nicole Mahler" from "Credit Karma".
 *
 * Generated once, offline, from the person-name lists of two MIT-licensed
 * fake-data libraries (no network at run time, nothing read from disk):
 *   - @faker-js/faker 10.6.0, Copyright (c) 2022-2025 Faker contributors
 *     (https://github.com/faker-js/faker), every Latin-script locale; the
 *     Cyrillic lists (ru, uk, mk) transliterated to Latin letters;
 *   - Python Faker 40.40.0, Copyright (c) 2012 Daniele Faraglia
 *     (https://github.com/joke2k/faker), every locale's first_name*,
 *     last_name* and *romanized* lists (en_US ones come from US Census and
 *     SSA name frequencies).
 * Both are distributed under the MIT License: "Permission is hereby granted,
 * free of charge, to any person obtaining a copy of this software and
 * associated documentation files (the "Software"), to deal in the Software
 * without restriction, including without limitation the rights to use, copy,
 * modify, merge, publish, distribute, sublicense, and/or sell copies of the
 * Software, and to permit persons to whom the Software is furnished to do so,
 * subject to the following conditions: The above copyright notice and this
 * permission notice shall be included in all copies or substantial portions
 * of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY
 * KIND, EXPRESS OR IMPLIED."
 *
 * How: every entry split on spaces and hyphens, kept when it is one
 * capitalised word of Latin letters (length >= 2), deduplicated and sorted.
 * Common English words among them ("Will", "May", "Young") are filtered by
 * the detector at lookup, not here. 28845 given names, 33812 family names.
 */

/** Given names, space-separated (one string keeps the module small and fast to load). */
export const GIVEN_NAMES = `
Aaaqil Aaban Aabid Aachal Aada Aadam Aaden Aadhya Aadi Aadidev Aadil Aadinath Aaditya Aadrika Aafiya Aagam
Aage Aagney Aagneya Aagot Aahana Aahil Aalam Aalee Aalim Aaliyah Aalok Aaltje Aamil Aamir Aamirah Aamod Aanand
Aanandaswarup Aanandinii Aanjaneya Aanuoluwapo Aapo Aaqil Aaratrika Aarav Aarif Aarini Aariz Aarna Aarnav
Aarne Aaro Aaron Aarush Aarya Aaryan Aarón Aasa Aasha Aashi Aashif Aashir Aashritha Aasif Aasim Aatif Aatiq
Aatmaj Aatmaja Aatos Aatreya Aaus Aayan Aayush Aayushmaan Aayushman Aazim Ab Aba Abaan Abaco Abadon Abagail
Abak Abaka Abakan Abakay Abani Abar Abay Abayomi Abb Abbas Abbey Abbi Abbie Abbigail Abbondanza Abbondanzio
Abbondio Abbos Abbott Abby Abd Abdalla Abdallah Abdel Abdelatif Abdelkader Abdellah Abderaouf Abderrahmane
Abdi Abdiel Abdihakim Abdirahman Abdiş Abdon Abdone Abdonie Abdou Abdoul Abdoulaye Abdourahmane Abdramane Abdu
Abduaziz Abduboriy Abdul Abdulahad Abdulazim Abdulaziz Abdulbekir Abdulboriy Abdulgazi Abdulhafiz Abdulhakim
Abdulhamid Abdulhay Abdulholiq Abduljabbor Abduljalil Abdulkadir Abdulkarim Abdulla Abdullah Abdullahi
Abdullatif Abdulloh Abdulmalik Abdulmenaf Abdulqahhor Abdulqodir Abdulsemet Abdulvahhob Abdulvali Abdulvohid
Abdumalik Abdurahmon Abdurrahiym Abdurrahman Abdurrahmon Abdurrauf Abdurrazzoq Abdussamad Abdón Abdülahat
Abdülcemal Abdülhadi Abdülkerim Abdülsamed Abdürreşit Abe Abebi Abednego Abeer Abeiku Abel Abela Abelard
Abelardo Abele Abelin Abeline Abelone Abena Abendam Abeni Abenzio Abha Abhaidev Abhaya Abhimanyu Abhiram
Abhirath Abhisyanta Abibatou Abibo Abid Abidin Abie Abigael Abigaelle Abigail Abigaili Abigale Abigayle
Abigaël Abigaëlle Abigaíl Abigaïl Abigél Abilio Abimbola Abina Abiodun Abiola Abiona Abisola Abisoye Abiye
Abluç Abner Abondance Abosede Abou Aboubacar Aboubakar Abraham Abrahamo Abrahám Abram Abramio Abramo Abril
Abror Absalon Absolon Absolón Abubakar Abubakr Abuzar Aby Abyasa Abélard Abı Abılay Abşar Acace Acacie Acacio
Acanthe Acar Acario Acarkan Acaryatanaya Accursio Ace Acey Achaire Achalesvara Acharyanandana Acharyasuta
Achiel Achieng Achil Achiles Achille Achim Achintya Achraf Achsah Achyut Acie Acilia Acilio Aciscolo Aclan
Acrisio Aculina Acun Acy Ada Adaeze Adah Adak Adal Adalan Adalard Adalardo Adalbald Adalbaude Adalbert
Adalberta Adalberto Adalbéron Adaldı Adalfredo Adalgisa Adalgiso Adaline Adalmış Adalric Adalrico Adalsinde
Adalyn Adalynn Adam Adama Adamaris Adame Adamo Adams Adan Adar Adasal Adaugo Adaş Adberilgen Add Adda Addi
Addie Addison Addisyn Addo Addolorata Addyson Addý Ade Adea Adebankole Adebiyi Adebola Adebowale Adeboye
Adebukola Adedaramola Adedayo Adedeji Adedoyin Adegoke Adegrin Adegrine Adekitan Adekola Adekunle Adel Adela
Adelaida Adelaide Adelajda Adelard Adelardo Adelasia Adelayida Adelaïde Adelbert Adelberto Adelchi Adele
Adeleke Adelfo Adelgardo Adelgunde Adelheid Adelia Adelie Adelin Adelina Adelinde Adeline Adeliya Adell Adella
Adelle Adelmo Adelphe Adeltrude Adelya Adelyn Adelynn Adelía Adem Aden Adenet Adenike Adeniyi Adeodato Adeola
Adeolu Adeoti Adepeju Aderopo Adesewa Adeshina Adesoji Adesua Adetayo Adetoke Adetoun Adeyi Adheesh Adhiarja
Adhiraj Adhra Adhrit Adhémar Adi Adia Adiarja Adib Adiba Adiela Adigun Adika Adikara Adikavi Adil Adila Adile
Adilene Adimu Adin Adina Adinata Adinath Adis Adison Aditeya Aditya Adityanandan Adityanandana Adja Adjutor
Adlai Adlan Adline Adlı Adlıbeğ Admir Admiral Adnan Adnân Ado Adolf Adolfa Adolfine Adolfo Adolfína Adolph
Adolphe Adolphie Adolphus Adomas Adone Adonis Adonise Adora Adoración Adrain Adraman Adrastée Adrehilde Adria
Adriaan Adrian Adriana Adriane Adrianna Adrianne Adriano Adriel Adrien Adriena Adriene Adrienn Adrienne Adrija
Adrijana Adrione Adripathi Adriyan Adrián Adriána Adron Adrían Adríana Adríel Adsız Adunni Advaith Advay
Advaya Advik Advika Adviye Adweta Adwitiya Adwoa Adya Adyson Adán Adèle Adél Adéla Adélaïde Adélie Adéodat
Adíel Adólf Adıgün Adıgüzel Adık Adıkutlu Adıkutlutaş Aedan Aedin Aengus Aenne Afanasi Afanasie Afanasiy
Afanasiya Afaq Afer Aferdita Affan Affie Afi Afia Afife Afil Afinogen Afiq Afitap Afolarin Afonso Afra Afrim
Afro Afruza Aftin Afton Afua Afzuna Afşar Afşin Afşın Afəl Afərim Afət Agabio Agafia Agafiya Agafon Agafya
Agamennone Agap Agape Agapet Agapito Agapiya Agasti Agastya Agata Agatha Agathange Agathe Agathon Agaton
Agazio Agenore Agesilao Aggey Aggie Aggrey Agilbert Agilberte Agim Agla Aglae Aglaia Aglaja Aglaé Agnan Agnane
Agnar Agne Agnea Agneflète Agnes Agnesa Agnese Agness Agneta Agnete Agneya Agni Agnieszka Agnimitra Agniprava
Agnivesh Agniya Agnolo Agnos Agnès Agnė Agostina Agostino Agrata Agripina Agripino Agrippa Agrippin Agrippine
Agris Agron Agrypina Agus Agusta Agustin Agustina Agustus Agustín Agáta Agâh Agða Ah Ahalya Ahat Ahenk Ahilya
Ahlem Ahmad Ahmed Ahmet Ahror Ahsen Ahter Ahti Aiace Aicha Aida Aidan Aidano Aideen Aiden Aidyn Aidə Aiga
Aigars Aija Aijuka Aiko Aila Ailbhe Aileen Ailene Aili Ailis Ailish Aimable Aime Aimee Aimo Aimone Aimé Aimée
Aina Ainara Aine Aino Ainoa Ainsley Ainārs Airi Aisha Aishani Aishling Aisling Aislinn Aissatou Aistis Aisyah
Aitana Aitor Aivar Aivaras Aivars Aiyana Aiyanna Aja Ajala Ajan Ajana Ajani Ajda Ajeet Ajeng Ajiman Ajimat
Ajimin Ajiono Ajit Ajita Ajla Ajlin Ajna Ajoke Ak Akalan Akalp Akande Akanmu Akanni Akar Akarsana Akata Akatay
Akay Akaş Akbar Akbatur Akbay Akbaş Akboğa Akbudak Akbulak Akbuğra Akbörü Akcivan Akdemir Akdora Akdoğan
Akdurmuş Akeelah Akeem Akemi Akgöl Akgüneş Aki Akif Akifa Akim Akinkunmi Akinlabi Akinwale Akinyi Akira Akise
Akkerman Akkun Akkunlu Akkurt Akkuş Akmal Akmaner Akmaral Akobir Akofa Akorfa Akos Akosua Akoth Akpıra Akram
Akroor Aksay Aksel Akseli Akshainie Akshaj Akshat Akshata Akshay Akshayakeerti Akshita Aksil Aksoy Aksungur
Aksöğüt Aktan Aktekin Aktemür Aktimur Akua Akula Akulina Akumaa Akumu Akunna Akvelīna Akver Akwasi Akwesi
Akyıldız Akça Akçabay Akçakoca Akçasu Akçora Aköz Akı Akıbudak Akım Akın Akınal Akıner Akınçı Al Ala Alaaddin
Alaba Alabama Alaban Alabezek Alabörü Aladağ Alade Aladin Aladino Aladoğan Alaeddin Alain Alaina Alaine
Alakurt Alamanno Alambana Alamiro Alamu Alan Alana Alanalp Alani Alanis Alanna Alannah Alano Alanta Alanzo
Alara Alarico Alassane Alastair Alattin Alaya Alayna Alayunt Alayuntlu Alaz Alaïs Alba Alban Albane Albano
Albeiro Albena Alberico Albert Alberta Alberte Albertha Albertina Albertine Albertino Alberto Alberts Albertus
Albertýna Albertīne Albin Albina Albino Albion Alboino Albrecht Albrico Albulena Alby Albérade Albéric Albín
Albína Alcan Alcee Alceo Alceste Alcestiso Alcibiade Alcide Alcides Alcidie Alcie Alcime Alcina Alcine Alcino
Alcira Alcyone Alda Aldair Aldar Aldegonde Aldemar Aldemir Alden Alderano Aldin Aldis Aldný Aldo Aldobrando
Aldona Aldonce Aldonza Aldoğan Aldric Aldís Aldıgerey Ale Alea Aleah Aleandro Aleardo Alease Aleaume Alec
Alecia Aleck Aleen Aleena Aleida Aleisha Aleix Alejandra Alejandrin Alejandrina Alejandro Alejo Alek Aleks
Aleksa Aleksandar Aleksander Aleksandr Aleksandra Aleksandras Aleksandro Aleksandrs Aleksanteri Aleksei
Aleksej Aleksey Aleksi Alekso Aleksy Alemka Alen Alena Alene Alenia Alenka Aleodor Aleramo Alesea Alesha
Alesia Alessa Alessandra Alessandro Alessia Alessio Aleta Aleth Aletha Alethea Aletta Alevtin Alevtina Alex
Alexa Alexandar Alexande Alexander Alexandr Alexandra Alexandre Alexandrea Alexandria Alexandrie Alexandrina
Alexandrine Alexandro Alexandros Alexandru Alexandría Alexane Alexanne Alexe Alexei Alexej Alexi Alexia Alexie
Alexina Alexine Alexis Alexus Alexys Alexzander Alexía Alexíus Aleya Aleyna Aleš Aleška Alf Alfa Alferd Alfie
Alfio Alfons Alfonsa Alfonse Alfonsina Alfonsino Alfonso Alfonz Alfonzo Alford Alfred Alfreda Alfredo Alfreð
Alfréd Alfréda Alfrēds Alfífa Alger Algernon Algie Algirdas Algiso Algot Algu Algış Ali Alia Aliabbas Aliana
Alic Alica Alican Alice Alicia Alicja Alico Alida Alienor Aliette Alighiero Aliihsan Alijah Alika Alima Alin
Alina Aline Alinur Aliona Aliou Alioune Alirio Aliro Alis Alisa Alise Aliseydi Alisha Alisher Alison Alissa
Alissia Alisson Alistair Alistar Alister Alivia Alix Alixe Aliya Aliyah Aliyu Aliza Alize Alizee Alizé Alizée
Aliénor Alişan Alişir Alja Aljaž Aljoša Alka Alkabölük Alkaevli Alkan Alkaşı Alkor Alkış Alla Allahverdi Allan
Allana Allean Alleen Allegra Allen Allena Allene Alli Alliaume Allie Alline Allison Allisson Ally Allyn
Allyson Allyssa Allý Alma Almar Almasi Almast Almaz Almeda Almedia Almendra Almer Almerigo Almeta Almila
Almina Almine Almir Almira Almire Almiro Almon Almond Almudena Almus Almut Almuth Almyra Alois Aloisia Aloisie
Aloisio Alojz Alojza Alojzia Alojzij Alojzija Alojzije Alok Aloma Alon Alondra Alone Alonso Alonza Alonzo
Aloys Aloyse Aloysius Aloïs Aloïse Aloīzs Alp Alpagut Alpamış Alparsbeğ Alparslan Alpata Alpay Alpaya
Alpaykağan Alpbamsı Alpbilge Alpcan Alpdirek Alpdoğan Alper Alperen Alpertunga Alpgerey Alpha Alphan Alpheus
Alphonce Alphons Alphonse Alphonsine Alphonso Alphonsus Alphée Alpike Alpilig Alpin Alpinien Alpkara Alpkutlu
Alpkülük Alpsü Alptegin Alptunga Alpturan Alptutuk Alptuğrul Alpuluğ Alpurungu Alpurungututuk Alpyörük Alpış
Alpşalçı Alrekur Alrún Alsoy Alston Alsu Alta Altan Altankan Altankağan Altay Altea Altemur Altha Althea
Althée Altie Altin Altmışkara Alto Alton Altoğan Altuga Altuğ Altın Altınbike Altınkan Altınkaya Altınkağan
Altınoba Altıntamgan Altıntamgantarkan Altıntarkan Altıntay Altınçiçek Altınışın Alva Alvah Alvan Alvar Alvaro
Alve Alveiro Alvena Alver Alvera Alverda Alverta Alverède Alvia Alvie Alviero Alvilda Alvin Alvina Alvira
Alvis Alvise Alvy Alvīne Alwar Alwilda Alwin Alwina Alwine Aly Alya Alyah Alyce Alycia Alys Alysa Alyse Alysha
Alysia Alyson Alyssa Alyssia Alysson Alyvia Alzina Alícia Alída Alína Alís Alísa Alíz Alīda Alımga Alışık
Alžbeta Alžběta Ama Amabela Amabile Amada Amadea Amadeo Amadeus Amado Amador Amadou Amady Amahle Amaia Amaira
Amal Amalia Amaliane Amalie Amalija Amalio Amalric Amalthée Amalía Amancio Amand Amanda Amande Amandin
Amandine Amando Amani Amant Amante Amanzio Amar Amara Amarachi Amaranaath Amarande Amaranthe Amaranto Amare
Amaresh Amari Amarilis Amarion Amaris Amarnath Amaro Amaru Amaryllis Amasa Amata Amath Amato Amatore Amauri
Amaury Amaya Amaç Amaël Ambar Amber Amberly Ambers Ambra Ambre Ambrine Ambrogio Ambroise Ambroisie Ambrose
Ambrosiano Ambrosio Ambroży Ambrož Ambróz Amdy Amea Amedeo Amedeu Amel Amela Amelia Amelie Amelija Ameline
Amelio Amely Amelya Amelía Amen America Americo Amerigo Ameth Amey Ameyatma Ami Amiah Amicie Amico Amid Amie
Amiel Amil Amilcare Amilía Amin Amina Aminat Aminata Aminatu Amine Aminte Amintore Aminu Amir Amira Amirah
Amish Amit Amita Amiya Amiyah Amleto Amma Ammie Ammon Ammâr Amodini Amogh Amoke Amol Amon Amondi Amone Among
Amope Amor Amore Amos Amour Amparo Ampelio Amra Amrak Amre Amri Amrit Amrita Amritambu Amruta Amul Amvrosiy
Amy Amya Amza Amália Amálie Amát Amáta Amédée Amélia Améliane Amélie Amélien América Américo Améthyste Amílcar
Amír Amíra Amîr Amý Amālija An Ana Anaadi Anabel Anabela Anabella Anabelle Anacleto Anae Anael Anaelle Anagh
Anahera Anahi Anahis Anahita Anahí Anaida Anais Anal Anala Analia Analía Anamaria Anamarija Anamika Anand
Ananda Anandamayi Anang Ananias Ananiy Ananta Anar Anargül Anaru Anas Anasa Anasooya Anass Anastacia Anastacio
Anastas Anastase Anastasia Anastasie Anastasija Anastasije Anastasio Anastasios Anastasiy Anastasiya Anastasía
Anastatia Anastazija Anastazio Anastazja Anastáz Anastázia Anastázie Anasuya Anatol Anatole Anatoli Anatolia
Anatolie Anatolii Anatolij Anatoliy Anatoliya Anatázie Anatólie Anay Anaya Anaël Anaëlle Anaís Anaïs Anca
Ancel Ancelin Anceline Anche Anci Ancica Ancil Ancilla Ancizar Ancuța Anda Andarıman Andaç Andel Andelin
Andelko Andelo Anders Anderson Andi Andile Andiç Andjela Andjelina Andoche Andon Andor Andra Andrada Andrae
Andras Andraž Andre Andrea Andreane Andreanne Andreas Andree Andreea Andrei Andreia Andrej Andreja Andrejka
Andrejs Andrena Andreo Andres Andrew Andrey Andrešs Andri Andria Andrian Andriana Andrija Andrijana Andrin
Andrina Andris Andrius Andriy Andro Andromeda Andron Andronik Andrus Andrzej Andrá András André Andréa Andréas
Andrée Andrés Andwele Andy Andéol Anděl Anděla Andělín Andělína Andżelika Andžejs Andžs Ane Anej Anel Anele
Anemona Anes Anesa Aneta Anete Anett Anetta Anette Anežka Anfernee Anfinn Anfisa Angadrême Angalia Angantýr
Angavu Ange Angel Angela Angele Angeles Angelia Angelic Angelica Angelika Angelina Angeline Angelino Angelique
Angelita Angella Angelo Angelíka Anggabaya Anggun Anghel Anghelina Angi Angie Angilbe Angilberte Angilran
Angja Angoustan Angus Angèle Angélica Angélina Angélique Anh Ani Ania Anibal Anica Anice Anicet Aniceto
Anicette Anicée Anie Aniela Aniello Anik Anika Anikey Anikita Anikó Anil Anila Anilaabh Anilabh Anina Anirudh
Anis Anisa Anise Anish Anisim Anissa Anita Anitra Aniya Aniyah Anișoara Anja Anjali Anjanette Anjaneya Anjela
Anjelica Anjolaoluwa Anjushree Anjushri Anka Ankal Anke Ankica Anko Anmol Ann Anna Annabel Annabell Annabella
Annabelle Annagrazia Annah Annak Annalena Annaliese Annalisa Annalise Annalísa Annamae Annamaria Annamarie
Annamária Annapurna Annar Annarr Annas Annastacia Annaëlle Anne Annedore Annegret Annegrete Annekatrin Anneke
Annel Anneleen Annelene Anneli Annelie Annelies Anneliese Annelise Annelore Annelí Annemarie Annemette Annemie
Annemijn Anner Annerose Annes Annet Annett Annetta Annette Anney Anni Annibal Annibale Annica Annice Annick
Annie Anniina Annija Annika Annikki Annina Annis Annita Annmarie Anno Annonciade Annukka Annunziata Anny Annía
Anný Anom Anon Anona Anoni Anora Anouar Anouck Anouk Anrijs Ansaldo Ansbert Ansberte Ansel Anselm Anselma
Anselme Anselmo Ansgar Ansgary Ansh Anshula Ansis Ansley Anson Ansora Ansovino Anssi Anstrudie Ant Antal
Antanas Ante Antea Antek Antelmo Antero Anthelme Anthelmette Anthoney Anthony Antide Antigone Antim Antimo
Antin Antino Antioco Antione Antionette Antip Antje Anto Antoaneta Antoin Antoine Antoinette Anton Antone
Antonela Antonella Antonello Antonetta Antonette Antoni Antonia Antonida Antonie Antonieta Antonietta Antonij
Antonija Antonin Antonina Antonine Antonino Antonio Antonios Antoniu Antonius Antoniy Antoniya Antono Antons
Antony Antonía Antonín Antoníus Antoon Antoņina Antra Ants Antti Antun Antwain Antwan Antwon Antònia Antónia
António Antônio Anu Anuar Anuja Anunay Anunciación Anuraag Anurag Anusha Anusuya Anuška Anuța Anvar Anvi Anwar
Anwesha Anya Anyango Anyelo Anyi Anzhela Anzhelika Ançuk Anémone Aníbal Aníka Anína Aníta Anči Ančica Anđa
Anđela Anđelika Anđelina Anĝelo Anıl Anšlavs Anže Aodhan Aoibheann Aoibhin Aoibhinn Aoife Aongus Apa Apak
Apatarkan Apaydın Aphélie Apisara Apolena Apolinar Apollina Apollinaire Apollinare Apollinariy Apollinariya
Apollinary Apolline Apollo Apollon Apollonia Apolloniya Apolonia Apostol Apostolos Appia Appoline Aprançur
April Apríl Apsara Apuleio Aqil Aquiles Aquilin Aquiline Aquilino Ara Arabela Arabella Arabelle Araboğa
Araceli Aracely Arademir Aradhana Arah Aral Araldo Aram Arame Araminta Aran Aranka Ararat Aras Aratone Arba
Arbay Arben Arbey Arbie Arbnor Arbuz Arcade Arcadi Arcadie Arcadii Arcadio Arcan Arcelia Arch Archambaud
Archan Archange Archer Archibald Archie Archimede Archippo Arcibaldo Arda Ardath Ardelia Ardell Ardella
Ardelle Arden Ardeth Ardian Ardis Ardit Ardita Ardith Ardito Arduino Ardyce Ardís Ardıç Arefiy Areli Arely
Aren Arent Ares Aresio Areta Aretha Arey Arezki Argelia Argemiro Argentina Argie Argimiro Argine Argo Argono
Argu Argun Argıl Arham Ari Aria Ariadna Arialdo Arian Ariana Ariane Arianna Arianne Aribert Ariberto Aric
Aricie Arie Ariel Ariela Ariele Ariella Arielle Arielė Arietta Arif Arifcan Arij Arijit Arijus Arike Ariki
Arild Arilíus Arin Arina Arinbjörg Arinbjörn Arindam Arinola Arion Ariosto Aris Arisa Arisara Aristarco
Aristarkh Ariste Aristeo Aristid Aristide Aristides Aristione Aristița Aristo Aristofane Aristotele Arizona
Arja Arjen Arjun Arkadiusz Arkadiy Arkadiya Arkady Arkhip Arkie Arkut Arkád Arkādijs Arkın Arkış Arla Arlan
Arland Arleen Arlen Arlena Arlene Arlet Arleta Arleth Arletta Arlette Arley Arlie Arlin Arlind Arlinda Arline
Arlington Arlis Arlo Arly Arlyn Arlyne Armahan Arman Armance Armand Armandas Armande Armandine Armando Armands
Armani Armas Armağan Armel Armeline Armelle Armend Armenía Armida Armide Armin Arminas Arminda Armine Arminio
Arminta Armond Armstead Armīns Arna Arnald Arnaldo Arnaldur Arnar Arnas Arnau Arnaud Arnaude Arnav Arnaç
Arnberg Arnbergur Arnbjörg Arnbjörn Arnborg Arnd Arndt Arndís Arndór Arne Arnes Arnesh Arnett Arnetta Arney
Arnfinna Arnfinnur Arnfreyr Arnfried Arnfríður Arngeir Arngerður Arngils Arngrímur Arngunnur Arnheiður
Arnhildur Arnie Arnika Arnim Arnis Arnkatla Arnkell Arnlaug Arnlaugur Arnleif Arnleifur Arnljót Arnljótur
Arnlín Arnmundur Arnmóður Arno Arnoddur Arnold Arnolda Arnoldas Arnoldo Arnolds Arnould Arnošt Arnoštka Arnrós
Arnrún Arnsteinn Arnulf Arnulfo Arnviður Arnór Arnóra Arnúlfur Arnþrúður Arnþór Arnþóra Aroa Aroha Arolde Aron
Arona Aronas Aronne Arpat Arpağ Arpád Arra Arran Arrie Arrigo Arron Arsal Arsen Arsenie Arsenij Arsenije
Arsenio Arseniusz Arseniy Arsim Arsinoé Arsipatra Arslan Arslanargun Arslanbörü Arslansungur Arslantegin
Arslanyabgu Arslon Arsène Arsènie Arsıl Art Arta Artan Artanto Artawan Artelia Artem Artemio Artemis Artemisa
Artemiy Artemiya Arthaud Arther Arthor Arthur Arthurine Arthus Arthème Arthúr Artie Artiom Artis Arto Arttu
Artturi Artuk Artukaç Artur Arturo Arturs Artus Artut Artuš Artémis Artúr Artıınal Artūras Artūrs Aru Aruk
Arun Aruna Arunima Arunthavanathan Arusi Arved Arvel Arvid Arvil Arvilla Arvin Arvo Arvydas Arvīds Arwa Arwen
Arya Aryan Aryana Aryanna Arystarch Arzen Arziye Arzu Aránzazu Arçuk Aría Aríanna Aríel Aríella Arín Arína
Arís Aríus Arîn Arı Arıboğa Arıel Arık Arıkağan Arıkdoruk Arıkol Arın Arınç Arıpınar Arısoy Arşun Arūnas Asa
Asad Asadulloh Asael Asafe Asake Asal Asalet Asali Asani Asanti Asartegin Asatira Asberry Asbjørn Asbury
Ascanio Ascelin Asceline Ascension Ascensión Asdrubal Asdrubale Asel Asella Asen Asger Asha Ashanti Ashby
Ashely Asher Ashlea Ashlee Ashleigh Ashlene Ashlesh Ashley Ashli Ashlie Ashling Ashly Ashlyn Ashlynn Ashmi
Ashok Ashton Ashtyn Asia Asif Asija Asil Asila Asilbek Asiman Asimodeo Asirwada Asirwanda Asiya Asja Askja
Asko Askold Askur Aslan Aslanhan Aslesha Aslijan Asliya Asliye Aslım Asma Asmaa Asmadi Asman Asmianto Asmini
Asmira Asmita Asmuni Asolat Ason Aspar Aspen Asrı Assa Assar Assetou Assia Assil Assomption Assumpta Assunta
Assunto Assya Asta Astarté Asterio Astianatte Aston Astou Astrid Astrida Astride Astrit Astrée Astrīda Astérie
Asu Asuela Asuka Asunción Asuğ Aswani Asya Asírí Asım Asığ Ata Ataahua Atabala Atagün Atakan Atakağan Atalan
Atalay Ataldı Ataleo Atalmış Atalía Ataman Atamoğlan Atanas Atanasia Atanasij Atanasija Atanasio Atanazy
Atanur Atanázie Atanáš Atasagun Atasu Atatöre Ataç Atberilgen Atena Atenulf Atfat Atgun Atha Athalie Athanase
Athanasie Athanasios Atharv Atheel Athena Athenaïs Athina Athman Athos Athuman Athumani Athéna Athénaïs Ati
Atiena Atieno Atila Atilhan Atilio Atilla Atinuke Atit Atiyye Atla Atlanta Atlas Atli Atlı Atlıbeğ Atlıkağan
Atma Atmaca Atmaja Atmanand Atmananda Atnan Atreyee Atreyi Atso Atsushi Atsız Atta Attaf Atte Atticus Attie
Attila Attilano Attilio Attracta Atunçu Atâullah Atıf Atıgay Atıkutlu Atıkutlutaş Atıla Atılgan Atım Atımer
Atış Aube Aubertine Auberto Aubin Aubra Aubree Aubrey Aubrie Aubry Aud Audace Aude Audebert Audeline Audie
Audley Audouin Audra Audran Audreanne Audrey Audriana Audrianna Audrina Audrius Audry Audy August Augusta
Augustas Auguste Augustin Augustina Augustine Augusto Augusts Augustus Augustín Augustýn Augustýna Aukusti
Aulia Aulikki Aulis Aune Aunyaporn Aura Auraq Aure Aurel Aurelia Aurelian Aureliana Aureliano Aurelie Aurelien
Aurelija Aurelio Aureliu Aurelián Aurelle Aurian Auriane Aurica Aurică Aurilla Aurimas Auro Auron Aurora
Aurore Aurthur Aurèle Aurélia Aurélie Aurélien Aurélienne Aurēlija Aurėja Ausilia Ausiliatrice Ausilio Ausma
Austar Austen Austin Austine Austmann Austmar Auston Austra Austri Austyn Auther Author Authur Autry Autumn
Auxane Auxence Auðbergur Auðbert Auðbjörg Auðbjörn Auðbjört Auðdís Auðgeir Auðkell Auðlín Auðmundur Auðna
Auðný Auðrún Auðun Auðunn Auður Auðólfur Aušra Aušrinė Ava Avadhesh Avah Avan Avani Avantika Avar Avaz Avdal
Avdey Ave Aveline Avelino Averardo Averi Averie Averil Averkiy Avery Averyan Avgust Avgustin Avi Avie Aviel
Avigaëlle Avis Avital Avksentiy Avluç Avni Avon Avoye Avram Avreliy Avreliya Avril Avrora Avtonom Avunç Avşar
Avşin Awa Awadil Awamil Awamiri Awan Awani Awar Awaz Awero Awesi Awhina Awj Awlya Awmar Awrad Axel Axeline
Axelle Axelma Axelía Axenia Axinte Ay Aya Ayaan Ayah Ayamin Ayan Ayana Ayanda Ayanna Ayas Ayasun Ayaydın Ayaz
Ayaçı Ayaş Aybalta Ayban Aybars Aybet Aybeğ Aybora Aycagül Aydan Aydar Aydarkağan Aydemir Ayden Aydin Aydinç
Aydoğan Aydoğdu Aydoğmuş Ayduru Aydın Aydınalp Aydınbey Ayebatari Ayelén Ayem Ayesha Aygutalp Aygönenç Aygül
Aygün Aygırak Ayhan Ayinde Ayinke Ayize Aykal Aykan Aykağan Aykurt Aykut Aykutalp Ayla Aylan Ayleen Aylil
Aylin Ayline Aylla Ayluç Ayluçtarkan Ayma Ayman Aymane Aymard Aymardine Aymen Aymeric Aymon Aymonde Aynilhayat
Aynur Aynımah Ayodeji Ayodele Ayoka Ayomide Ayomikun Ayotude Ayoub Aypar Ayren Ayruk Aysar Ayse Aysel Aysema
Aysevim Aysoy Aysu Aysuna Aysılığ Aytak Aytaç Aytek Aytekin Ayten Aytuna Aytuğ Aytöz Aytən Ayu Ayub Ayush
Ayushman Ayushmati Ayvas Ayvaz Ayyaruk Ayyubi Ayyıldız Ayçan Ayülker Ayıtmış Ayız Ayızdağ Ayşan Ayşeana
Ayşenur Ayşıl Aza Azaan Azad Azade Azahar Azahara Azak Azalea Azalee Azaliya Azalée Azamat Azaria Azariah
Azariy Azban Azeeb Azeglio Azelia Azeline Azelio Azeneth Azer Azettin Azgan Azganaz Aziz Aziza Azize Azizhan
Azizi Azmi Azra Azubuike Azucena Azul Azzie Azzurra Azélie Azîme Azıl Açela Açelya Açuk Açık Açıkel Açılay
Açığ Aída Aïcha Aïda Aïdan Aïna Aïsha Aïssa Aïssata Aïssatou Aðalberg Aðalbergur Aðalbert Aðalbjörg Aðalbjörn
Aðalbjört Aðalborg Aðalborgar Aðaldís Aðalfríður Aðalgeir Aðalheiður Aðalmundur Aðalráður Aðalrós Aðalsteina
Aðalsteinn Aðalsteinunn Aðalveig Aðólf Aþena Aćim Ağa Ağabay Ağahadi Ağakağan Ağakişi Ağalak Ağamalı Ağamusa
Ağaxan Ağbegim Ağca Ağlamış Ağmur Ağça Aīda Aļģirds Aļģis Aşan Aşanboğa Aşantudun Aşantuğrul Aşhan Aşir Aşkın
Aştaloğul Aşuk Aşıkbulmuş Aŭgustino Aŭguĉjo Baaba Baahir Baaizeed Baala Baalaaditya Baalagopaal Baaqee Baaqir
Baaree Baashir Baasim Baasit Baba Babacan Babacar Babar Babasola Babatunji Babawale Babe Baber Babeta Babett
Babette Babila Babur Baby Babyboy Babır Baccio Bacco Bachittar Badabul Badawi Bade Badegül Badis Badr Badruk
Badur Bafana Bafode Bagas Baghyawati Bagiya Bagus Bagya Baha Bahaa Bahaddin Bahadurjit Bahadır Bahar Bahari
Bahati Bahia Bahittin Bahiy Bahodir Bahri Bahriddin Bahrom Bahtinur Bahtiyar Bahula Bahuraksa Bahuwarna
Bahuwirya Baiba Baidehi Baijayanti Bailee Bailey Bailie Bairbel Bairbre Bairon Bajragin Bajram Bakari Bakary
Bakağul Bakda Baker Bakhshi Bakhtiyor Baki Bakiadi Bakianto Bakidin Bakijan Bakiman Bakiono Baksı Bakti
Baktiadi Baktianto Baktiono Bakula Bakır Bakırsokum Bakşı Bala Balaaditya Balaban Balachandra Baladitya
Balagopal Balagovind Balaka Balakatay Balamani Balamantri Balamır Balangga Balapati Balatekin Balaxanım Balca
Baldassare Baldassarre Balderico Baldey Baldo Baldomero Baldovino Baldrún Baldu Balduino Baldur Baldvin
Baldvina Baldwin Bale Baleegh Balendra Balgopal Balhaar Bali Balidin Balijan Balinda Baljiwan Balkık Ballard
Ballı Balta Baltacı Baltar Baltasar Baltazar Baltaş Balthasar Balthazar Baltur Baltır Balvan Balveer Balz
Balázs Balçar Balın Bama Bambad Bambang Bambi Bambina Bamsı Ban Banara Banawa Banawi Bancar Bandhu Bandhul
Bandile Bangizwe Bangu Banjeet Banji Bankim Bankimchandra Bankole Banks Banna Banu Banü Baptist Baptiste Baqar
Baqir Bara Barak Baraka Baraktöre Baran Barasa Barb Barbara Barbarigo Barbe Barbeğ Barbie Barbol Barbora
Barboğa Barbra Barbro Barbu Barbulsun Barbára Barchinoy Bardo Bardomiano Bardıbay Bargan Barica Baris Bariş
Barkan Barkdoğdu Barkdoğmuş Barkdurdu Barkdurmuş Barkha Barkın Barlas Barlıbay Barmaklak Barmaklı Barman Barna
Barnaba Barnabe Barnabás Barnabáš Barnabé Barnard Barnett Barney Barnie Barno Baron Barr Barraq Barrett Barri
Barrie Barron Barry Bars Barsaba Barsbeğ Barsboğa Barsen Barsgan Barsimeo Barskan Barsurungu Bart Bartek
Barthelemy Bartholome Bartholomew Bartholomäus Barthélemy Bartimée Bartley Bartolo Bartolomea Bartolomej
Bartolomeo Bartolomeu Bartolomé Bartoloměj Barton Bartu Barça Barçadoğdu Barçadoğmuş Barçadurdu Barçadurmuş
Barçan Barçatoyun Barði Barımtay Barın Barış Barışcan Bas Basaam Basademir Basan Basanti Basanyalavaç Basar
Basarab Basat Bascom Baseer Basel Basem Bashaar Bashaarat Bashar Basharat Basheer Basheerah Bashkim Basil
Basile Basileo Basilia Basilio Basilisse Basim Basir Baskın Basma Basmıl Basriye Bassam Bassi Bassiano
Bassilla Bassí Bastiaan Bastian Bastiano Bastien Bastián Bastuğrul Bastían Bastı Basu Basut Basım Batal
Bathilde Batilda Batool Batrak Battal Battista Batu Batuhan Batuk Batur Baturalp Baturay Batırhan Baudelio
Baudouin Baugur Bautista Bawer Baxter Bay Baya Bayankağan Bayançar Bayard Bayat Bayazıt Baybars Baybayık
Baybiçen Baybora Bayboğa Baybüre Baydar Baydemir Baydu Baydur Baykal Baykan Baykara Baykoca Baykuzu Baylee
Baylie Bayman Baymünke Bayna Baynal Baypüre Bayrak Bayram Bayraç Bayron Bayruhan Bayruk Bayrı Bayrın Baysungur
Baytal Baytara Baytaş Bayunçur Bayur Bayurku Bayutmuş Bayuttu Bayzettin Bayık Bayındır Bayınçur Baz Bazam
Bazhen Bazil Bazyli Bazır Baçara Baçman Baççayman Bağa Bağaalp Bağan Bağatarkan Bağatengrikağan Bağatur
Bağaturgerey Bağaturipi Bağatursepi Bağaturçigşi Bağaışbara Bağaşatulu Bağdagül Bağdat Bağdaş Bağtaş Bağış
Baņuta Başak Başay Başbuğ Başgan Başhan Başkurt Başkırt Başok Baştar Başçı Baŭcido Bea Beadie Beat Beata Beate
Beato Beatrice Beatrico Beatrijs Beatrix Beatriz Beatrycze Beatus Beau Beauden Beaulah Bebba Bebe Beckett
Beckham Beckie Becky Beda Bedford Bedi Bedir Bedirhan Bediriye Bediz Bedran Bedreddin Bedri Bedřich Bedřiška
Bee Beecher Begga Begi Begil Begim Begine Begitutuk Beglen Begni Begoyim Begoña Behbud Behiza Behiç Behlül
Behram Behrem Behruz Behzat Behçet Beinir Beinteinn Beitir Bek Bekan Bekazıl Bekbay Bekbekeç Beker Bekeç
Bekeçarslan Bekeçarslantegin Bekeçtegin Bekim Bekir Beklemiş Bekmurod Bektaş Bektaşi Bektür Bela Belarmino
Belek Belemir Belen Belgi Belgizar Belgüc Belia Belimir Belina Belinda Belisario Belkize Bell Bella Belle
Bellino Bellisan Bello Belma Belo Beltir Belton Beltramo Beltun Belva Belçim Belçir Belén Ben Bena Benard
Benas Bence Bende Bendegúz Benedek Benedetta Benedetto Benedict Benedicte Benedicto Benedikt Benedikta
Benedikte Benedita Benedykt Benek Benett Bengi Bengibay Bengt Bengta Bengü Beni Beniamin Beniamina Beniamino
Benice Benicio Benidikt Benidikta Benigna Benigno Benita Benito Benja Benjaman Benjamen Benjamim Benjamin
Benjamine Benjamín Benji Benjiman Benjman Benjámin Benli Benlidemir Benn Benna Bennet Bennett Benney Bennie
Benno Benny Benný Benoit Benol Benone Benoný Benoît Benson Bent Benta Bente Bentey Benthe Bentley Bento Benton
Bentína Benvenuta Benvenuto Benyamin Benía Benício Beníta Benóní Benóný Beppe Bera Berardo Berat Beray
Berceste Berdan Berdibeğ Berdie Beren Berend Berendey Berengario Berenice Berenico Berenika Berent Berezat
Berfîn Berg Bergdís Bergen Bergey Bergfinnur Bergfríður Bergheiður Berghildur Berghreinn Berginsenge Bergjón
Berglaug Berglind Bergljót Berglín Bergmann Bergmannía Bergmar Bergmundur Bergný Bergrán Bergrín Bergrós
Bergrún Bergsteinn Bergsveinn Bergur Bergvin Bergü Bergþór Bergþóra Berinay Berislav Berit Beriye Berk Berkal
Berkan Berkay Berke Berki Berkin Berkiş Berkley Berksay Berkyaruk Berlin Bermek Bernabé Bernadett Bernadetta
Bernadette Bernadine Bernard Bernarda Bernardine Bernardino Bernardita Bernardo Bernd Berndt Berneice Bernetta
Bernfried Bernhard Bernhardine Bernharð Bernharður Berni Bernice Bernie Berniece Bernita Bernt Bernward
Bernódus Bernódía Beronico Berra Berran Berre Berrin Berry Bersi Bert Berta Bertalan Bertel Bertha Berthe
Berthold Berti Bertie Bertil Bertille Bertilo Bertina Berto Bertold Bertolda Bertoldo Bertolfo Berton Bertram
Bertrand Berva Beryl Berçem Berçin Berîtan Berîvan Besart Besarta Besentegin Besey Beshte Besim Besin Besnik
Besra Bess Besse Bessi Bessie Bessí Beste Bestla Beta Betania Betanía Betemir Beth Betha Bethan Bethann
Bethany Bethel Bethzy Beti Betina Betsey Betsy Betsý Bett Betta Bette Betti Bettie Bettina Betty Bettye
Bettyjane Bettylou Bettý Betúel Beula Beulah Beuve Bev Bevan Beverlee Beverley Beverly Beya Beyda Beyhatun
Beyizçi Beyler Beyonce Beyrek Beyrem Beyzade Bezek Beáta Beçeapa Beçkem Beāte Beğ Beğarslan Beğbars
Beğbilgeçikşin Beğboğa Beğdemir Beğdilli Beğdurmuş Beğkulu Beğtaş Beğtegin Beğtüzün Beğçur Beňadik Beşar Beşer
Beşir Bhaanumati Bhaasvan Bhaaswar Bhadra Bhadrak Bhadraksh Bhadran Bhagavaan Bhagirathi Bhagvan Bhagwanti
Bhagwati Bhamini Bhanumati Bharadwaj Bharat Bhardwaj Bhargava Bhargavi Bhasvan Bhaswar Bhaumik Bhavani Bhaves
Bhavika Bhavini Bhavna Bhavya Bheeshma Bhekani Bhekimuzi Bhekisisa Bhekizizwe Bhekokwakhe Bhekumbuso
Bhilangana Bhima Bhisham Bhishma Bhoj Bhoopat Bhoopati Bhooshan Bhooshit Bhramar Bhudev Bhudeva Bhupati Bhupen
Bhushan Bhushit Bhuvanesh Bhuvaneshwar Biagio Bianca Bianka Bibek Bibi Bibiana Bibianna Bibiano Bibisora
Bibiána Bibuwa Bican Bice Bidayet Biddie Bieke Biel Bienvenida Bigna Bijay Bikash Bil Bilaal Bilal Bilay Bilel
Bilender Bilge Bilgebayunçur Bilgebeğ Bilgekan Bilgekağan Bilgekutluk Bilgekülüçur Bilgen Bilgetamgacı
Bilgetardu Bilgetaçam Bilgetegin Bilgetonyukuk Bilgez Bilgeçikşin Bilgeışbara Bilgeışbaratamgan Bilgin
Bilginur Bilgiç Bilgütay Bilha Bilig Biligköngülsengün Bilik Biljana Bilkay Bilkisu Bill Billie Billurə Billy
Billye Bilol Bilomir Biloslav Biloslava Biltaş Bilva Bilwa Bilyana Bilâl Bimala Bina Binafsha Binay Binbaşar
Binbeği Bindir Bindo Bineta Bino Binta Bintou Binışık Birane Birben Bird Birdella Birdie Birger Birgid Birgir
Birgit Birgita Birgitt Birgitta Birgitte Birgül Birino Birjesh Birkir Birna Birnir Birol Birousk Birsan Birsen
Birt Birta Birte Birtha Birthe Birtie Birtingur Birtir Birtna Biruta Bisenija Bisera Biserka Bishakha Bishal
Bishnu Bishop Bistra Bitten Bitül Bivoj Bizhan Biçek Bişar Bjargar Bjargdís Bjargey Bjargheiður Bjarghildur
Bjarglind Bjargmundur Bjargþór Bjarkan Bjarkar Bjarkey Bjarki Bjarklind Bjarma Bjarmar Bjarmi Bjarnar Bjarndís
Bjarne Bjarney Bjarnfinnur Bjarnfreður Bjarnfríður Bjarngerður Bjarnharður Bjarnheiður Bjarnhildur Bjarnhéðinn
Bjarni Bjarnlaug Bjarnlaugur Bjarnleifur Bjarnrún Bjarnsteinn Bjarnveig Bjarnólfur Bjarný Bjarnþrúður Bjarnþór
Bjarnþóra Bjartey Bjartmann Bjartmar Bjartmey Bjartur Bjartþór Bjorn Bjólan Bjólfur Björg Björgey Björgheiður
Björghildur Björgmundur Björgvin Björgólfur Björgúlfur Björk Björn Björney Björnfríður Björnólfur Björt Bjørg
Bjørn Bladimir Blaga Blage Blagica Blagitsa Blagoj Blagoja Blagoje Blagojka Blagorodna Blagovista Blaguna
Blahomil Blahomila Blahomír Blahomíra Blahoslav Blahoslava Blain Blaine Blair Blaise Blake Blanaid Blanca
Blanch Blanchard Blanche Blanchie Blandine Blanduzia Blane Blanka Blas Blathnaid Blaze Blazhe Blazhenka Blaž
Blažej Blažena Blerim Blerina Blerta Bless Blessing Bliss Blossom Bluette Bluford Bláey Blædís Blængur Blær
Blævar Blín Blíða Blómey Bo Boas Boaz Bob Boban Bobana Bobba Bobbi Bobbie Bobby Bobbye Bobur Bode Bodhan Bodhi
Bodi Bodil Bodo Boe Boel Boet Boga Bogatin Bogdan Bogdana Bogdís Bogey Bogga Boghildur Bogi Boginja Boglárka
Bogoja Bogoljub Bogomir Bogoslav Boguslava Bohdan Bohdana Bohuchval Bohumil Bohumila Bohumír Bohumíra Bohun
Bohuna Bohuslav Bohuslava Bohuš Bohuše Bohémond Bojan Bojana Bojislava Bolatito Boldaz Bolden Boldizsár
Bolemír Boleslav Boleslava Bolli Bolmuş Bolsun Bolun Boluwatife Boma Bon Bonagiunta Bonaldo Bonaventura
Bonavita Boncuk Bonface Bonginkosi Bongul Bongulboğa Boniface Bonifacio Bonifác Bonita Bonito Bonnie Bonny
Bonu Booker Boone Bora Borahan Boran Borataş Borbála Borek Borg Borgar Borgdís Borghildur Borgný Borgrún
Borgúlfur Borgþór Borgþóra Borimir Borimisl Boris Borislav Borislava Borivoje Borja Borjan Borjana Borka Borko
Borlukçu Borna Bornak Boro Borris Bortolo Borut Borys Borçul Boróka Bose Boshko Bosibori Bosiljka Bosilka Boss
Boston Botan Botir Botnía Botond Bouba Boubacar Boubou Bouchard Bouchra Bowie Bowman Boyan Boyankulu Boyce
Boyd Boylabağa Boylabağatarkan Boylakutlutarkan Boynak Boysie Bozan Bozbağ Bozbörü Bozdoğan Bozena Bozerk
Bozhana Bozhemir Bozhen Bozhena Bozhidar Bozhin Bozho Bozkurt Bozkuş Bozok Boztaş Boði Boğa Boğatimur Boğaç
Boğaçuk Boļeslavs Bořek Bořislav Bořislava Bořivoj Boško Boštjan Boža Božena Božetěch Božetěcha Božica Božidar
Božidara Božislav Božo Brad Braden Bradford Bradley Bradly Brady Bradyn Braeden Braedon Braelyn Braga
Braghildur Bragi Brahim Brahma Brahmaanand Brahmabrata Brahmanandam Brahmdev Braiden Brain Brajan Brajendra
Brajesh Bram Bramwel Brancaleone Branch Brandan Branddís Brande Brandee Branden Brandi Brandie Brandin Brando
Brandon Brandt Brandur Brandy Brandyn Branimir Branimira Branimír Branimíra Branislav Branislava Branka
Brankica Branko Brannon Branson Brant Brantley Bratimir Bratislav Bratislava Bratomil Bratoslav Braulio Bravin
Braxton Brayan Brayden Braydon Braylen Braylon Brea Breana Breandan Breann Breanna Breanne Brecht Breda Bree
Breeda Breege Breffni Breki Brencis Brenda Brendah Brendan Brenden Brendon Brenn Brenna Brennan Brennen
Brennon Breno Brent Brenton Breonna Bresi Brestir Bret Brett Bria Briac Brian Briana Brianda Brianna Brianne
Brice Brid Bridger Bridget Bridgett Bridgette Bridgit Bridie Briek Brielle Brien Brieuc Briget Brigette
Brighid Brigid Brigida Brigita Brigito Brigitta Brigitte Brijesh Briley Brilyant Brimar Brimdís Brimhildur
Brimi Brimir Brimrún Brinda Brinley Brion Brionna Brisa Bristol Brit Brita Britany Britney Britni Britny Britt
Britta Brittaney Brittani Brittanie Brittany Brittnay Brittnee Brittney Brittni Brittnie Brittny Britton
Brjánn Brock Broddi Broderick Brodie Brody Brogan Brona Bronach Bronagh Bronislav Bronislava Bronson Bronwen
Bronwyn Brook Brooke Brooklyn Brooklynn Brooks Bror Brown Broņislava Broņislavs Bruce Bruna Brune Brunehaut
Brunehilde Brunhild Brunhilda Brunhilde Bruni Brunilda Brunilde Bruno Bruto Bryachislav Bryan Bryana Bryanna
Bryant Bryce Brycen Brygida Brylee Bryn Bryndís Brynfríður Bryngeir Bryngerður Brynheiður Brynhildur Brynja
Brynjar Brynjólfur Brynjúlfur Brynlee Brynleifur Brynn Brynný Brynsteinn Bryntýr Brynþór Bryon Bryony Bryson
Bryton Brá Brájen Brák Brândușa Bríana Bríanna Bríet Brígida Brími Brăduț Buchi Buck Bucur Bud Budak Budağ
Budd Buddha Buddhana Buddie Buddy Budhil Budi Budimir Budimír Budislav Budivoj Budunlu Buel Buelah Buell Buena
Buenaventura Buffy Buford Buhari Buhle Bujar Bukak Bukaktutuk Bukola Bukurije Bula Bulah Bulak Bulan Bulaçapan
Buldur Bulgak Bulmaz Bulmuş Buluk Bulunç Bulut Buluç Buluğ Buluş Bumın Buna Bunk Bunmi Bunsuz Buraid Burak
Burakhan Burckhard Burcuhan Burdette Buren Burevist Burgess Burghard Burguçan Burhan Burhon Burim Burk Burkard
Burkay Burke Burkhard Burkhardt Burkney Burkni Burl Burleigh Burley Burnell Burnett Burney Burnice Burnie
Burns Burr Burrel Burrell Burslan Burt Burton Burulday Burulgu Burunduk Burç Burçak Busara Busayo Bush
Busisiwe Buster Butak Butch Butler Butuk Buyan Buyandemir Buyankara Buyançuk Buyat Buyraç Buyruk Buyrukhan
Buyruç Buytur Buzaç Buzaçtutuk Buçan Buçur Buğday Buğra Buğrakarakağan Buşra Buşulgan Bylgja Bynum Byrd Byrdie
Byron Bystrík Bào Bá Bách Bálint Bára Bárbara Bárður Bâki Bärbel Bæring Bæringur Bæron Béatrice Béatrix Béla
Bénigne Bénédicte Béranger Bérangère Bérard Bérengère Béryl Bérénice Bêrîtan Bình Bíborka Bíbí Bích Bína Bóas
Bóel Bói Bót Bóthildur Bótólfur Bögde Böge Bögü Bökde Böke Bölen Bölükbaşı Bönek Bönge Börje Börkur Börteçin
Börteçine Börü Börübars Börüsengün Böðvar Bøje Børge Búi Búri Büdüs Büdüstudun Bügdüz Bügdüzemen Büge Büget
Bügü Bükdüz Büke Bükebuyraç Bükebuyruç Bükey Büktegin Büküşboğa Bülent Bümen Bünyamin Bünyamün Bünül Büre
Büreyre Bürgüt Bürkek Bürküt Bürlük Büğübilge Büşranur Bārbala Bănel Băng Bērends Bērtulis Běla Bıdın
Bıtaybıkı Bıtrı Bıçkı Bıçkıcı Błażej Břetislav Břetislava Bəhram Bəhruz Bəxtiyar Bəyaz Bạch Bảo Bắc Bằng Bổng
Bội Bửu Bữu COmfort Ca Cabbar Cabir Caddie Cade Caden Cadence Cael Caesar Caetana Cafer Cagak Cager Cahal
Cahan Cahangir Cahid Cahir Cahya Cahyadi Cahyanto Cahyo Cahyono Caiden Cailin Cailum Cailyn Cain Caino Caio
Cait Caitlin Caitlyn Caitlynn Caitriona Caius Cajsa Caket Cakrabirawa Cakrabuana Cakrajiya Cakrawala
Cakrawangsa Cal Calanico Calcedonio Caldonia Cale Caleb Calebe Caleigh Calhoun Cali Calin Calina Calista
Calisto Calixta Calixte Calixto Calla Callan Calleigh Callie Callisto Callum Calogera Calogero Calpurnia Calum
Calvin Calvince Cam Cambria Camden Camelia Cameron Cami Camil Camila Camilia Camilla Camille Camillien Camillo
Camillus Camilo Camisha Cammie Campbell Campo Camren Camron Camryn Camylle Camélia Camélien Can Cana Canal
Canalp Canan Canberk Candace Candela Candelaria Candelario Candelas Candeniz Candi Candice Candida Candide
Candido Candis Candra Candrakanta Candy Candyce Canel Caner Canfeza Cangül Cangür Canh Canice Cankan Cannie
Cannon Cannur Cansel Canseven Cansin Cansu Cansın Cantemir Cantez Cantidio Canur Canyon Canziano Cao
Caoilfhionn Caoimhe Caoimhin Caolain Caolan Caomhan Cap Capa Capitola Capitolina Cappie Caprice Captain
Capucine Cara Caragh Caraka Caren Carey Cari Caribert Caridad Carie Carin Carina Carine Carisa Carissa Carita
Carl Carla Carlee Carleen Carleigh Carlene Carles Carleton Carley Carli Carlie Carlijn Carlisle Carlito Carlo
Carloman Carlos Carlota Carlotta Carlton Carly Carlyle Carlyn Carma Carmel Carmela Carmelita Carmella Carmelo
Carmen Carmenza Carmina Carmine Carminho Carmo Carnell Caro Carol Carola Carolann Carolanne Carole Carolee
Carolien Carolin Carolina Caroline Carolyn Carolyne Carolynn Caron Caronte Carponio Carra Carren Carri Carrie
Carrol Carroll Carry Carsen Carson Carsten Carter Carub Cary Caryl Caryn Cas Casandra Case Casemiro Casen
Casey Cash Casian Casiana Casie Casilda Casimer Casimir Casimira Casimiro Cason Caspar Casper Cass Cassandra
Cassandre Cassiano Cassidy Cassie Cassien Cassio Cassiopea Cassiopee Cassius Cassondra Castille Casto Caswell
Cataldo Cataleya Catalin Catalina Catarina Catena Caterina Cathal Catharina Catharine Catherina Catherine
Catheriona Cathern Cathey Cathi Cathie Cathleen Cathrin Cathrina Cathrine Cathriona Cathryn Cathy Catia Catina
Catinca Cato Catrin Catrina Catrine Catrinel Catriona Catullo Catur Caturangga Cauã Cauê Cavad Cavid Cavit
Cawisadi Cawisono Cawuk Cayadi Cayden Caydence Cayetana Cayetano Cayla Caylee Cazimir Ceara Ceasar Cebe
Cebesoy Cebrián Ceca Cecco Cecelia Cecep Cecil Cecile Cecilia Cecilie Cecilija Cecilio Cecille Cecily Cecilía
Cecylia Cecyliusz Cecília Cecílie Cedide Cedric Cedrick Cedrik Cedrin Ceferino Ceil Celal Celasun Celena
Celene Celesta Celeste Celestia Celestin Celestina Celestine Celestino Celestýn Celestýna Celia Celian Celie
Celil Celilay Celina Celinda Celine Celinia Celso Celâleddin Cem Cemal Cemalettin Cemali Cemani Cemeti Cemil
Cemiyle Cemplunk Cena Cenan Cene Cengiz Cengkal Cengkir Cenk Centa Centrine Ceola Cephus Cerasela Cercis Ceren
Cerise Cesar Cesare Cesario Cetin Cevahir Cevale Cevat Cevheri Ceyda Ceyhun Ceyla Ceylan Ceylin Ceylinaz
Ceylon Ceyran Cezar Cezara Cezary Cezayir Cezmi Chaanakya Chaaruchandra Chaaya Chabane Chace Chad Chadd
Chadrick Chadwick Chahine Chahinez Chaifah Chaim Chaitaly Chaitan Chaitanya Chaiwut Chaka Chakor Chakradev
Chakradhar Chakravartee Chakravarti Chakrika Chalisa Chalmer Chalmers Chamali Chaman Chameli Champ Champak
Chana Chanakya Chance Chancey Chanchal Chancy Chanda Chandak Chandan Chandani Chandi Chandini Chandira
Chandler Chandni Chandra Chandraayan Chandrabhaga Chandrabhan Chandradev Chandrakala Chandraketu Chandrakin
Chandramani Chandramauli Chandramohan Chandran Chandranath Chandrani Chandraprabha Chandraswaroopa Chandravati
Chandresh Chanel Chanelle Chaney Chanez Changaz Chanie Chanikan Chaniya Channie Channing Chantal Chante
Chantel Chantelle Chanya Chao Chapal Chapala Charak Charan Charis Charissa Charisse Charita Charity Charl
Charla Charlaine Charle Charlee Charleen Charlemagne Charlene Charles Charlesh Charley Charli Charlie Charline
Charlize Charlott Charlotta Charlotte Charlottie Charls Charlsie Charlton Charly Charlène Charmaine Charo
Charolette Charos Charuchandra Charumati Charuvrat Charvi Chas Chase Chashida Chasity Chaslav Chasmum Chastity
Chaten Chatresh Chatur Chatura Chaturaanan Chaturbhuj Chauncey Chauncy Chausiki Chavvi Chawin Chawish Chaya
Chayanin Chayapat Chayenne Chayma Chaz Chaï Chaïma Che Chebet Chedo Chedomir Chege Cheick Cheikh Cheikhou
Chekhouna Chelangat Chelo Chelsea Chelsey Chelsi Chelsie Chelsy Chema Chepkemoi Chepkoech Chepkorir Cher
Cheragh Cherechi Cherelle Cheri Cherie Cherif Cherilyn Cherise Cherish Cherith Cherotich Cherrelle Cherri
Cherrie Cherry Cherryl Cherubino Cheruiyot Cheryl Cheryle Cheryll Cheslav Chesley Chessie Chester Chestina
Chet Chetan Chetanaanand Cheusi Cheyanne Cheyenne Chi Chiaffredo Chiamaka Chiara Chibuzo Chidaakaash Chidaatma
Chidambar Chidambaram Chidananda Chidimma Chigozie Chijioke Childebert Chilpéric Chimamanda Chimere Chin China
Chinedu Chinelo Chinh Chinmayanand Chinmayananda Chinyere Chip Chipukizi Chiquita Chira Chiranjeev Chiranjeeve
Chiraz Chiril Chirill Chirine Chisom Chita Chitraksh Chitrali Chitramala Chitrangada Chiyo Chizoba Chiêu Chiến
Chiểu Chloe Chloie Chloé Chloë Chlóe Chornota Chrabroš Chraniboj Chranibor Chranislav Chranislava Chris
Chrissie Chrissy Christ Christa Christabel Christal Christeen Christel Christelle Christen Christena Christene
Christer Christi Christiaan Christian Christiana Christiane Christianne Christiano Christie Christin Christina
Christine Christion Christl Christodule Christof Christofer Christoffer Christop Christoper Christoph
Christophe Christopher Christos Christy Chrudoš Chrysole Chrysostome Chrystal Chrétien Chucho Chuck Chuki
Chukwu Chukwudi Chukwuemeka Chung Chus Chuy Chuyên Chuẩn Chval Chyna Chynna Chánh Châu Chí Chính Chương Chưởng
Chấn Chế Cian Cianan Ciaobella Ciara Ciaran Ciarra Ciarrai Cicely Cicero Cici Cielo Ciera Cierra Cihad Cihan
Cihandide Cihangir Cihanşah Ciji Cilla Cilli Cillian Cilly Cilvenaz Cinda Cindi Cindoruk Cindy Cinnamon Cino
Cinta Cinthia Cinthya Cintia Cinzia Ciprian Cipriana Cipriano Cirano Ciriaco Ciril Cirilla Cirillo Cirino
Cirkeline Ciro Ciríaco Citlali Citlalli Citra Civan Claas Clabe Claes Claiborne Clair Claire Clara Clarabelle
Clarance Clare Clarence Clarenzio Claribel Clarice Clarinda Clarine Clarisa Clarissa Clarisse Clark Clarke
Clarnce Clas Classie Claud Claude Claudette Claudia Claudie Claudien Claudina Claudine Claudio Claudiu
Claudius Claudy Claus Clavdia Clavs Clay Clayton Clea Cleandro Clearence Cleave Cleda Clelia Clelie Clell
Clella Clem Clemence Clemencia Clemens Clement Clemente Clementina Clementine Clemenzia Clemie Clemma Clemmie
Clemon Cleo Cleofe Cleola Cleon Cleone Cleonico Cleopatra Cleophas Cleophee Cleora Cleta Cleto Cletus Cleva
Cleve Cleveland Clevie Clide Cliff Cliffie Clifford Clifton Climaco Clinio Clint Clinton Clio Cliodhna Cliona
Clive Clodagh Clodomiro Clodoveo Cloe Clora Clorinda Clotaire Clothilde Clotilda Clotilde Clovis Cloyd Cloé
Clyda Clyde Clydie Clytie Clàudia Cláudia Cláudio Cläre Cléa Cléandre Clélie Clémence Clément Clémentine Cléo
Cléophée Cléry Clímaco Coby Coco Codey Codi Codie Codin Codrin Codrina Codruț Codruța Cody Coen Cohen Cointa
Colbert Colby Cole Coleen Coleman Coleton Coletta Colette Coley Colie Colin Coline Colins Colleen Collette
Collie Collien Collier Collin Collince Collins Collis Colm Colman Colmanno Colmazio Colomba Colombano Colombe
Colombo Colon Colonel Colt Colten Colter Colton Coluccio Colum Columba Columbia Columbus Colvin Comfort
Commodore Con Conal Conall Conan Conard Concepcion Concepción Concepta Conception Concetta Concetto Concha
Conchita Conchur Concordio Conleth Conley Conn Connell Conner Connie Connor Conny Conor Conrad Conradin
Conrado Consolata Constance Constant Constanta Constantia Constantin Constantina Constantine Constantino
Constanza Constanze Constança Constanța Constatin Consuela Consuelo Contina Conway Coolidge Cooper Cora
Coraima Coral Coralia Coralie Coraline Corbett Corbin Corbiniano Cord Corda Cordaro Cordelia Cordell Cordella
Cordero Cordia Cordie Cordula Corean Corene Coreno Corentin Corentine Coretta Corey Cori Corie Corina Corine
Corinna Corinne Coriolano Corliss Cormac Cormack Corneille Cornel Cornelia Cornelio Cornelious Cornelis
Corneliu Cornelius Cornell Cornie Corona Coronato Corrado Corrie Corrina Corrine Corry Corsin Cortez Cortney
Corto Corvin Corwin Cory Cosima Cosimo Cosma Cosmas Cosme Cosmin Cosmina Cosmo Costache Costante Costantino
Costanza Costanzo Costel Costin Coty Coumba Council Courteney Courtland Courtney Coy Coşkun Coşkuner Coşqun
Craig Crawford Creed Cremenzio Crenguța Creola Crescencia Crescente Crescenzia Crescenzio Crespignano Cressie
Crete Crin Crina Cris Crispino Crissie Crissy Crista Cristal Cristaldo Cristea Cristen Cristhian Cristhofer
Cristi Cristian Cristiana Cristiano Cristin Cristina Cristine Cristián Cristobal Cristofer Cristofor
Cristoforo Cristopher Cristy Cristóbal Crocefissa Crocefisso Crockett Cronida Cruz Crysta Crystal Crystel
Csaba Csanád Csenge Csilla Csongor Ctibor Ctibora Ctirad Ctirada Ctislav Ctislava Cuba Cuheyna Cullen Cuman
Cumhur Cunegonda Cung Cuniberto Cupido Curdin Curley Curro Curt Curtis Curtiss Custodia Custodio Cuzia Cvetka
Cvetko Cvijan Cvijetin Cydney Cyndi Cyntha Cynthia Cyntie Cyprian Cyprien Cyprián Cyra Cyrian Cyriaque Cyriel
Cyrielle Cyril Cyrila Cyrill Cyrille Cyrine Cyrus Cyryl Czeslaw Cándida Cándido Cát Cátia Cândar Cäcilia
Cäcilie Cécile Cédric Céleste Célestin Célestine Célia Célian Célien Célina Céline Césaire César Cézar Cîhan
Côme Công Cúc Cübeyr Cümşüd Cüneyit Cüneyt Cýrus Călin Cătălin Cătălina Cılasun Cơ Cương Cường Cảnh Cầm Cần
Cẩm Cẩn D'angelo Daamin Daan Daanish Daantje Daanyaal Daawood Dabbah Dabir Dabiživ Dabney Dace Dacian Daciana
Daciano Dacin Dacio Dada Dadap Dadaş Dadi Dado Daevi Daevika Dafina Dafne Dag Dagbjartur Dagbjörg Dagbjört
Dagel Dagfari Dagfinnur Dagfríður Daggeir Daggrós Dagheiður Daghfal Dagmann Dagmar Dagmara Dagmey Dagmāra
Dagny Dagný Dagnýr Dagobert Dagoberto Dagrún Dagur Dagþór Dahiana Dahlia Dai Daiana Daiga Daija Daijah Daina
Dainess Dainis Dainius Dainuvīte Daire Dairine Dairo Daisey Daisha Daisie Daisy Daisye Daiwik Daiyaan Daja
Dajana Dakhil Dakoda Dakota Dakotah Daksh Daksha Dakshayani Dakshesh Dalaja Dalan Dalbert Dalbir Daldís Dale
Dalemir Daler Daleslava Daley Dalia Dalibor Dalibora Daliborka Dalida Dalie Dalila Dalili Dalima Daliman
Dalimil Dalimila Dalimin Dalimír Dalimíra Daliono Dalkılıç Dalla Dallas Dalli Dallilja Dallin Dalmann Dalmar
Dalmas Dalmazio Dalrós Dalton Dalvin Dalía Damar Damarcus Damari Damarion Damaris Damaso Damayanti Dame Dameer
Dameon Damian Damiana Damiano Damien Damienne Damife Damijan Damil Damilare Damilola Damin Damini Damion Damir
Damián Damiána Damjan Damjana Damjanka Damla Damlanur Damocle Damodara Damola Damon Damond Damu Damurah
Damyanti Dan Dana Danae Danail Danang Dancan Dancho Dancun Dandak Dandapaani Dandre Dane Daneen Danelle
Danelíus Danette Daney Danfríður Dangelo Danh Danheiður Danhildur Dani Dania Danial Danica Daniel Daniela
Daniele Danielius Daniella Danielle Danielo Daniels Daniil Danijel Danijela Danika Danil Danila Danilo Danio
Danique Danish Daniswara Danita Danitsa Danitza Danival Danièle Daniël Danjuma Danka Danko Dann Danna Dannie
Danniel Dannielle Danny Danson Dante Danu Danuja Danuta Danuše Dany Danyel Danyell Danyelle Danyka Danyl Danía
Daníel Daníela Daníella Daníval Danış Dao Daouda Daphne Daphnee Daphney Daphné Daquan Dara Daragh Darain
Darasimi Darby Darci Darcie Darcy Dardan Darek Darell Daren Daria Darian Dariana Dariati Darie Darien Darija
Darijan Darika Darimin Darin Darina Darine Darinka Dario Darion Daris Darislava Darius Dariusz Dariy Darja
Darko Darl Darla Darleen Darlene Darline Darling Darlyne Darmaji Darman Darmana Darmanto Darnell Darold
Daromir Daron Darpan Darragh Darran Darrel Darrell Darren Darri Darrian Darrick Darrien Darrin Darrion Darrius
Darron Darry Darryl Darryle Darryll Darryn Darsh Darshan Darshwana Darsirah Dartono Daru Daruna Darvin Darwin
Darwyn Dary Darya Daryani Daryl Daryle Daryn Darío Daríus Dasa Dashawn Dasia Dastageer Datta Daud Daudi
Daulton Daunte Davante Dave Davey Davi Davian David Davida Davide Davie Davin Davina Davino Davion Davis
Davnet Davon Davonta Davonte Davor Davorin Davriya Davron Davud Davy Davyd Davíð Dawid Dawn Dawna Dawne Dawson
Dawud Dax Daxton Dayaamay Dayaananda Dayaanidhi Dayamai Dayamayee Dayami Dayan Dayana Dayanara Dayane Dayar
Dayita Dayle Dayna Dayne Dayse Dayton Dayyaan Daðey Daði Daðína Dağhan Dağistan Dea Deacon Deaglan Dean Deana
Deandra Deandre Deane Deangelo Deann Deanna Deanne Deante Dearbhail Dearbhaile Dearbhla Deasia Deb Debbi
Debbie Debbra Debby Debera Debi Debora Deborah Deborrah Debra Debrah Debroah Debóra Decebal Decimo Declan
Dedra Dedric Dedrick Dee Deeann Deedee Deegan Deeksha Deen Deena Deenabandhu Deepa Deepali Deepan Deepankar
Deependra Deepesh Deepika Deeptanshu Deeptendu Deeptiman Deeptimay Deeptimayee Deeptimoy Deeptimoyee Deetta
Deevakar Defne Deforest Degna Deha Deiby Deicy Deidra Deidre Deion Deirbhile Deirdre Deisy Deividas Deja Dejah
Dejan Dejana Dejon Dejuan Del Delal Delaney Delano Delbert Delcho Delcie Delfina Delfino Delfín Delia Deliah
Delie Delil Delila Delilah Delina Delinda Delisa Delizia Deljan Dell Della Dellar Delle Dellia Dellie Delma
Delmar Delmas Delmer Delmus Delois Delora Delores Deloris Delos Delpha Delphia Delphin Delphine Delsie Delta
Delton Delvin Delwin Dema Demarco Demarcus Demario Demarion Demba Dementiy Demet Demeter Demetra Demetri
Demetria Demetric Demetrio Demetrios Demetris Demetrius Demetriusz Demi Demian Demid Demilade Demiralp
Demirbüken Demirhan Demiriz Demirok Demiryürek Democrito Demond Demonte Demostene Dempsey Demus Demyan Dena
Dendý Deneen Denese Deneval Denice Deniis Denine Denis Denisa Denise Denisha Denisse Denisz Denita Denitsa
Deniz Denizalp Denkel Dennie Dennis Denny Denton Denver Denzel Denzell Denzil Deníel Deodata Deodato Deon
Deondre Deonta Deontae Deonte Dequan Derald Dereck Derek Dereon Deric Derick Derik Derin Derkay Derl Derly
Dermot Dermott Deron Derrek Derrell Derrick Derval Dervilla Derviş Dervla Derwin Derya Deryanur Deryl Desanka
Desdemona Desean Deshaun Deshawn Desi Desiderata Desiderato Desiderio Desimir Desirae Desiree Desirée Desmond
Despina Dessa Dessie Destan Destany Deste Destin Destinee Destiney Destini Destiny Destry Detlef Detlev Dev
Devadatt Devagya Devajyoti Devak Devan Devangana Devani Devansh Devante Devasree Devaughn Devdan Deven Devesh
Deveshwar Devi Devika Devin Deviner Devon Devonta Devontae Devonte Devota Devran Devvrat Devyn Deward Dewayne
Dewey Dewi Dewitt Dex Dexter Dexx Deyanira Dezider Dezső Dezzie Değer Değmeer Dhaanyalakshmi Dhana Dhanadeepa
Dhanalakshmi Dhananjay Dhanapati Dhanesh Dhanpati Dhanu Dhanvin Dhara Dharani Dharitri Dharmaketu Dhatri
Dhriti Dhruv Dhyanesh Dhyaneshwar Di Diah Diallo Diamante Diamond Dian Diana Dianah Diandra Diane Diann Dianna
Dianne Dianora Diar Diara Diarmaid Diarmuid Diarra Dicie Dick Dickie Dickson Dicle Diclehan Dicy Dida Didda
Didem Didier Didimo Didina Diede Diederik Diedrich Diego Dieke Dierk Dies Dieter Diethard Diethelm Diether
Dietlind Dietlinde Dietmar Dietrich Dieudonné Dieudonnée Dieynaba Digambar Digambara Digdaya Digna Dijana
Dijon Diken Dikmen Diksha Dilafruz Dilan Dilara Dilarə Dilaver Dilay Dilbar Dilber Dilberay Dilcan Dildar
Dilder Dildora Dildâr Dilek Diler Diletta Dilfeza Dilfuza Dilhan Dilhuş Dilja Diljá Dillan Dillard Dillie
Dillion Dillon Dilmurod Dilnoz Dilnoza Dilnur Dilorom Dilovan Dilrabo Dilruba Dilsitan Dilşad Dilşat Dimas
Dimaz Dimche Dime Dimitar Dimitri Dimitrie Dimitrii Dimitrij Dimitrija Dimitrije Dimitrina Dimitrios Dimko
Dimmblá Dimmey Dimo Dimple Dina Dinah Dinakar Dincer Dinda Dinesh Dinh Dinis Dink Dinkar Dino Dinu Dinç Dinçer
Dinçkol Dinçsü Diocleziano Diodata Diodoro Diogene Diogo Diomede Dion Dione Dionicio Dionigi Dionisia Dionisio
Dionizy Dionne Dionte Dionýz Dionýzos Dior Dipa Dipali Dipankar Dipendra Dipesh Dipta Diptendu Direnç Diri
Dirican Dirja Dirk Dirlik Dismas Dita Ditmar Ditte Dittmar Ditya Divaakar Divakar Divan Divine Diviš Diviška
Divjot Divna Divo Divya Dixie Dixon Diya Diyana Diyor Diyora Dizik Diána Diên Diðrik Diāna Diễm Diệp Diệu
Djamel Djayden Djeneba Djenna Djibril Djuana Djuna Dluhoš Dmitri Dmitrii Dmitriy Dmitro Doanh Dobrava Dobri
Dobrila Dobrinka Dobromil Dobromila Dobromir Dobromira Dobromisl Dobromisla Dobromysl Dobromír Dobromíra
Dobroslav Dobroslava Doc Dochia Docia Dock Doctor Doda Dodato Dodo Dofri Dogan Doina Doinita Dojchin Dola
Doleslava Doll Dolli Dollie Dolly Dollye Dolores Doloris Dolph Dolphine Dolphus Dolun Dolunay Dolyana Dom
Domagoj Domantas Domas Domen Domenic Domenica Domenick Domenico Domenik Domezio Domhnall Dominga Domingo
Domingos Dominic Dominick Dominik Dominika Dominique Dominque Dominyka Dominykas Domitila Domitille Domiziano
Domnica Domnika Domonique Don Dona Donaciano Donagh Donal Donald Donalda Donaldo Donat Donata Donatas
Donatella Donatello Donato Donavan Donavon Dondre Donell Donia Donie Donita Doniyor Donka Donn Donna Donnacha
Donncha Donnell Donnie Donny Dono Donough Donovan Donta Dontae Donte Donát Donáta Dora Doralisa Dorana
Dorathea Dorathy Dorcas Dorcus Doreen Dorel Dorene Doretha Doretta Dori Dorian Doriana Doriane Doriano Dorica
Dorien Dorin Dorina Dorinda Dorine Dorinel Doris Dorit Dorita Dorián Dorka Dorla Dorle Dorli Dorman Dorofey
Dorota Dorotea Dorotej Doroteja Doroteo Dorotha Dorothe Dorothea Dorothee Dorothy Dorothée Dorottya Dorr
Dorris Dorsey Dorte Dortha Dorthe Dorthea Dorthey Dorthy Doru Dorukhan Dosha Doshia Doshie Dosia Doss Dossie
Dot Dottie Dotty Doubrava Doubravka Douce Doug Douglas Douglass Dounia Douwe Dov Dove Dovie Dovilė Dovud
Dovydas Dow Doyinsola Doyle Dozier Doğan Doğanalp Doğanay Doğaner Doğannur Doğanşah Doğu Doğuhan Draga Dragan
Dragana Dragi Dragica Draginja Dragisha Dragiša Drago Dragoje Dragojlo Dragoljub Dragomir Dragos Dragoslav
Dragoș Dragutin Drahomil Drahomila Drahomír Drahomíra Drahoslav Drahoslava Drahotín Drahotína Drahoň Drahoš
Drahutin Drahuše Drajat Drake Drauma Draumey Draupadi Draupnir Draven Draža Dražen Dreki Drema Dren Drengur
Drew Dries Drilon Drina Driss Drita Driton Dron Drona Droplaug Drucilla Druina Drury Drusilla Drífa Drótt
Dröfn Držimir Držislav Du Dua Duane Duanne Duard Duarte Dubravka Dubravko Dubán Duccio Duco Ducu Dudley
Duduzile Duff Dufgus Dufþakur Dugfús Duha Duilio Duje Dujo Duke Dulari Dulce Dulcie Dulcinea Dulina Duma
Dumisani Dumisile Dumitra Dumitrana Dumitrita Dumitru Duncan Dune Dung Dunia Dunja Dunyo Durab Duracan Durante
Durdali Durdona Durell Durga Durgadin Durgeshwari Durmuş Durmuşali Durna Durodola Durrell Dursadiye Dursun
Duru Duruk Dururbunsuz Duruöz Durward Durwood Dusan Dushan Dushanka Dushka Dushko Dustan Dustin Dusty Dustyn
Duuk Duván Duwayne Duy Duygu Duyguhan Duyên Duyệt Dušan Dušana Dušanka Dušica Duška Duško Duệ Dvalinn Dwain
Dwaine Dwaipayan Dwaipayana Dwan Dwane Dwayne Dwi Dwight Dwyane Dyah Dyan Dylan Dylano Dyllan Dylon Dymphna
Dympna Dyna Dzidra Dzintars Dzintra Dzirkstīte Dzvezda Dzvezdan Dzvonko Dzīle Dániel Dávid Dáša Dân Dâver Dã
Dæja Débora Déborah Dénes Désiré Désirée Dêrsim Día Díana Díanna Díma Dís Dísa Dísella Díómedes Dîcle Dîlan
Dîroj Dîrok Dóa Dómald Dómaldi Dómaldur Dómhildur Dónald Dónaldur Dór Dóra Dórey Dóri Dóris Dórothea Dórótea
Dóróthea Dósóþeus Dögg Dögun Dölensoy Döndü Döner Dörte Dörthe Dúa Dúfa Dúi Dúna Dúnn Dündar Dündaralp Dünya
Dünyamalı Dürdane Dürriye Dürrüşehvar Dýrborg Dýrfinna Dýri Dýrleif Dýrley Dýrmundur Dýrunn Dāgs Dārta Dāvids
Dāvis Děpold Dětmar Dětřich Dũng Dương Dəniz Dạ Dụng Ea Eadaoin Eamon Eamonn Ean Eanna Earl Earle Earlean
Earlene Earley Earlie Earline Early Earnest Earnestine Eartha Easter Easton Eathel Eavan Eba Ebb Ebba Ebbe
Ebbi Ebbie Ebe Eben Ebeneser Ebenezer Eber Eberardo Eberg Eberhard Eberhardt Ebert Ebiere Ebin Ebiowei Ebkızı
Eboni Ebonney Ebony Ebren Ebru Ebuakil Ebuka Ebunoluwa Ebuzer Ecaterina Ecclesio Ece Ecegül Ecehan Ecem Ecemiş
Ecevit Echo Eckard Eckart Eckehard Eckhard Eckhardt Eckhart Ecmel Ecrin Ecvet Ed Eda Edaviye Edd Edda Eddah
Eddi Eddie Eddy Ede Edel Edelberga Edelbert Edelgard Edelmira Edelmiro Edeltraud Edeltraut Edeltrud Eden Eder
Edgar Edgaras Edgard Edgardo Edgaro Edgars Edgübay Edhem Edhitha Edi Edie Edier Edil Edilberto Edilma Edilon
Edilson Edin Edina Edinah Edinson Edison Edisson Edit Edita Edith Editha Editta Ediz Edla Edmon Edmond Edmondo
Edmonia Edmund Edmundo Edmunds Edmée Edna Ednah Edoardo Edon Edona Edouard Edra Edrie Edris Edsel Edson Edu
Eduar Eduard Eduarda Eduardo Eduards Edvard Edvarda Edvardas Edvige Edvin Edvinas Edvín Edvīns Edw Edwar
Edward Edwardo Edwin Edwina Edyta Edyth Edythe Edílon Edīte Edžus Eef Eefje Eekalabya Eelis Eemeli Eemil Eerik
Eero Eesaa Eesha Eetu Eeva Efe Efemía Effa Effie Efil Efim Efimia Efimija Efisio Efken Eflah Eflâtun Efraim
Efrain Efraím Efraín Efrem Efren Efrosina Efrosinia Efrén Efser Efsun Eftalya Eftim Eftimia Eftimie Ega Egbert
Ege Egedía Egemen Egenur Egeo Eggert Eggrún Eggþór Egidijus Egidio Egil Egill Egils Eginardo Egisto Egizia
Egla Eglantine Egle Eglė Egmont Egon Egona Egor Egzon Egzona Egīls Ehan Ehrenfried Ehrentraud Ehrhard Ehsaas
Ehsan Eider Eidvilė Eija Eijaz Eik Eikar Eila Eileen Eilis Eilish Eilífur Eimantas Eimear Eimer Eimhear Einar
Einari Einbjörg Eindís Einer Einey Einfríður Einhildur Einir Eino Einrún Einvarður Einína Einþór Einārs Eir
Eira Eiravati Eirdís Eirfinna Eirik Eirný Eiríka Eiríkur Eirún Eitel Eithan Eithel Eithne Eivin Eivind Eivor
Eiðar Eiðný Eiðunn Eiður Eižens Eja Ejaz Ejlaal Eka Ekaaksh Ekadant Ekaja Ekaksh Ekalavya Ekaling Ekalinga
Ekani Ekansh Ekanta Ekantika Ekapad Ekaparnika Ekaraj Ekaterina Ekavir Ekbal Ekber Ekdant Ekene Ekeç Ekim Ekin
Ekiya Ekkehard Ekkehart Ekmel Eko Ekow Ekrem Ekta Ekundayo Ekundu El Ela Eladio Elaf Elaide Elaina Elaine
Elakshi Elam Elamiye Elana Elanur Elariz Elayne Elba Elbek Elberg Elbert Elberta Elbridge Elby Elcira Elcy
Elda Eldar Eldbjörg Elden Elder Eldey Eldgrímur Eldjárn Eldlilja Eldmar Eldon Eldor Eldora Eldred Eldridge
Eldrún Eldur Eldór Elea Eleanor Eleanora Eleanore Elease Eleazar Electa Eleina Elektra Elemér Elena Elenborg
Eleni Elenor Elenora Elenore Elentínus Eleodoro Eleonor Eleonora Eleonore Eleonoro Eleonóra Elettra Eleuterio
Elex Elfa Elfar Elfi Elfida Elfie Elfreda Elfrieda Elfriede Elfráður Elfrída Elfrīda Elfur Elgie Elgin Elgün
Elhan Eli Elia Eliabeth Eliah Eliahou Eliakimu Elian Eliana Eliane Elianna Eliano Elias Eliasz Elick Elida
Elide Elie Eliecer Eliel Elien Eliette Eliezer Elif Elifio Elifnur Eliga Eligah Elige Eligia Eligio Elihu
Eliisa Elija Elijah Elimar Elimena Elin Elina Elinborg Eline Elinor Elinore Elinór Elio Eliodoro Elion Eliona
Elior Eliot Eliott Elis Elisa Elisabet Elisabeta Elisabete Elisabeth Elisabetha Elisabetta Elisaveta Elise
Elisea Eliseo Elisey Elisha Elissa Elita Elitsa Eliud Eliza Elizabet Elizabeta Elizabete Elizabeth Elizabeto
Elizah Elizar Elizaveta Elizbeth Elize Elizebeth Elizej Elizeus Elizo Eliáš Eliška Elka Elkana Elke Elkin Ell
Ella Ellada Elladio Ellamae Ellar Elle Ellen Eller Ellert Ellery Elley Elli Elliana Ellie Ellinor Elliot
Elliott Ellis Ellisif Ellison Elliði Ellsworth Ellwood Elly Ellyn Ellín Ellís Ellý Elma Elman Elmar Elmas
Elmer Elmeri Elmidar Elmina Elmir Elmira Elmire Elmo Elmore Elmurod Elmyra Elmārs Elmīra Elna Elnarə Elnora
Elnur Eloah Eloan Eloane Elodia Elodie Elody Elof Elogio Eloi Elois Eloisa Eloise Elon Elona Elone Elonzo
Elora Elosy Elouan Elouise Eloy Eloá Eloísa Eloïse Elphas Elpidio Elroy Els Elsa Elsabet Elsbeth Else Elsebeth
Elsie Elsworth Elsy Elsí Elsý Elta Elti Elton Elturan Eluh Elva Elvan Elvana Elvar Elver Elvera Elvezio Elvi
Elvia Elvie Elvin Elvina Elvino Elvira Elvire Elvis Elvy Elvíra Elvý Elvīra Elwanda Elwin Elwira Elwood Elwyn
Elxan Ely Elya Elyanora Elyas Elyes Elyne Elynn Elyor Elyse Elyssa Elyès Elza Elzada Elzbieta Elzie Elzy Elçin
Elène Eléa Eléanore Eléna Eléonore Elí Elía Elíana Elías Elíeser Elímar Elín Elína Elínbergur Elínbet
Elínbjörg Elínbjört Elínborg Elíndís Elíngunnur Elínheiður Elínmundur Elínrós Elíná Elínór Elírós Elís Elísa
Elísabet Elísabeth Elísio Elöve Elīna Elīza Elşad Elżbieta Ema Emal Emaline Eman Emanoil Emanuel Emanuela
Emanuele Emanuella Emanuelly Emanuil Emanúel Emas Ember Embla Embrek Embuh Emced Emeka Emel Emelia Emelie
Emelina Emeline Emely Emelyan Emelyne Emelía Emelíana Emelína Emer Emerald Emeralda Emerich Emerson Emery
Emese Emett Emi Emidio Emie Emiel Emigdio Emil Emilce Emile Emilee Emili Emilia Emilian Emiliana Emiliano
Emilie Emilien Emilija Emilijan Emilio Emilis Emiliya Emilián Emilly Emilse Emily Emilía Emilíana Emilíanna
Emilý Emin Emina Emine Emir Emirhan Emiro Emirşan Emit Emiş Emma Emmaculate Emmah Emmalee Emmaline Emmanuel
Emmanuelle Emmanuil Emmanúel Emmelie Emmely Emmer Emmerich Emmerico Emmet Emmett Emmi Emmie Emmit Emmitt
Emmons Emmy Emmý Emna Emogene Emong Emory Emperatriz Empirio Empluk Emrah Emran Emre Emrullah Emry Emy Emília
Emílie Emý Emīlija Emīls Ena Enakshi Enar Encarna Encarnacion Encarnación Encarnita Enda Endah Ender Enderun
Endra Endre Endrigo Endrit Ene Enea Enecone Eneka Enes Enfes Engelbert Engilbert Engilbjartur Engilbjört
Engiljón Engill Engilráð Engilrós Engin Enginiz Engla Enguerrand Enid Enie Enika Enikő Enimia Enio Eniola Enis
Enise Enith Enja Enna Ennio Ennis Enno Enoch Enock Enok Enola Enora Enos Enrica Enrico Enrika Enrique
Enriqueta Ensar Ensari Ensio Enteng Enver Enya Enyo Enzi Enzio Enzo Enóla Eoghan Eoin Eola Eowyn Ephantus
Ephraim Ephram Ephraïm Ephriam Epifan Epifanio Eppie Epsie Era Eracla Eraclide Eral Eraldo Eralp Erardo Erasmo
Erasmus Erast Erastus Eray Eraycan Erazim Erazmo Erazmus Erbay Erberk Erberto Erbil Erby Ercan Ercihan
Ercolano Ercole Ercüment Erda Erdal Erdem Erdemer Erdeni Erdenikatun Erdeniözük Erdibay Erdinç Erdmute Erdogan
Erdursun Erel Erem Eremey Eremia Eren Erenalp Erenia Erensoy Erentüz Eres Ergene Ergenekatun Ergener Ergin
Erginel Ergönül Ergül Ergün Ergüner Erhan Erhard Erhardt Eriberto Eric Erica Erich Erick Ericka Erico Erie
Erik Erika Erikas Erin Erina Erine Erinç Erinçer Erion Eris Eriş Erkan Erke Erkinel Erkki Erksoy Erkâm Erkân
Erkılıç Erla Erland Erlar Erle Erlen Erlendur Erlene Erlinda Erline Erling Erlingur Erlín Erma Erman Ermanis
Ermanno Ermelinda Ermen Ermenegarda Ermenegilda Ermenegildo Ermes Ermete Ermil Ermilo Ermina Ermine Erminia
Erminio Ermolay Ermutlu Ermīns Erna Ernest Ernesta Ernestas Ernestina Ernestine Ernestino Ernesto Ernests
Ernestó Ernestīne Erneĉjo Ernie Ernir Ernst Erny Ernő Erofey Erol Eron Eros Eroğul Erpur Errol Ersel Erseç
Ersilia Ersin Ertan Erten Ertenözük Ertuncay Ertuğrul Ertün Erva Ervaniye Ervin Erving Ervín Ervína Ervīns
Erwan Erwann Erwin Eryk Erykah Eryn Eryıldız Erzsébet Erçin Eröz Erşan Erşat Esa Esat Esau Esaù Esben Esco
Esekíel Esen Esenbay Esenbike Esengün Esentürk Esequiel Eser Esfandyar Esha Eshan Eshana Eshita Esi Esila Esin
Esja Esjar Esker Eskil Eskinalp Esko Eslemnur Esley Esma Esmanperi Esmarelda Esmee Esmeralda Esmeray Esmira
Esmée Esna Esneider Esparta Espartaco Espen Esperanza Espiridión Esra Essa Esse Essence Essex Essi Essie Esta
Esteban Estefan Estefani Estefania Estefany Estefanía Estel Estela Estell Estella Estelle Ester Estera Esteri
Esterina Estes Estevan Esther Estiawan Estie Estill Estiono Estiva Estiven Eston Estrella Esuperio Esupofo
Eszter Eta Etela Etelka Etelvina Eterie Etha Ethan Ethann Ethel Ethelbert Ethelene Ethelyn Ethem Ethen Ether
Ethie Ethna Ethne Ethyl Ethyle Etibar Etienne Etil Etiqad Etizaaz Etna Etta Etter Ettie Ettore Euan Eubert
Euclide Eudes Eudochia Eudokia Eudoksja Eudora Eudoxe Eudoxie Eufebio Eufemia Eufemio Eufemía Eufrasia
Eufronio Eufrosina Eufrozina Eufrozína Eugen Eugene Eugenia Eugenie Eugenio Eugeniu Eugeniusz Eugine Eugène
Eugénia Eugénie Eula Eulah Eulalia Eulalie Eulogio Eulália Eulálie Euna Eunan Eunice Eunika Euphemia Euphrasie
Eura Euridice Eurydice Eusebia Eusebie Eusebio Eusebiu Eusebius Euseo Eustace Eustache Eustaquio Eustațiu
Eustorgio Eustosio Eustracjusz Eusèbe Eusébie Eutalia Eutalio Eutimio Eutropio Eva Evald Evaldas Evaldo
Evalena Evaline Evalyn Evalyne Evamaria Evan Evance Evander Evandro Evangelia Evangelina Evangeline
Evangelista Evangelos Evanghelina Evann Evans Evar Evarist Evaristo Evasio Evcimen Evde Evdochia Evdokija
Evdokim Evdokiya Eve Evelena Evelia Evelien Eveliina Evelin Evelina Eveline Evelino Evelio Evelyn Evelyne
Evelynn Evelína Evelīna Even Ever Everardo Everet Everett Everette Everline Everlyne Evert Evertt Evette Evey
Evfemía Evfrosiniya Evgenij Evgenija Evgeniy Evgeniya Evgenía Evgheni Evghenia Evghenii Evgraf Evi Evia Evidio
Evie Evija Evin Evita Evlalía Evlampiy Evo Evodio Evon Evonne Evpraksiya Evran Evremondo Evren Evrim Evrimer
Evsey Evstafiy Evstigney Evtim Evy Evíta Evîn Evşen Evžen Evženie Ewa Ewald Ewan Ewart Ewatomi Ewelina Ewell
Ewen Ewenn Ewin Ewing Exa Exequiel Exie Ey Eya Eyal Eyberg Eybjörg Eybjört Eydan Eydís Eyfríður Eygerður Eygló
Eyhildur Eyiz Eyja Eyjalín Eyjólfur Eylaugur Eyleif Eyleifur Eylín Eylül Eymar Eymen Eymundur Eyram Eyríkur
Eyrós Eyrún Eysteinn Eytan Eythan Eyvar Eyveig Eyvindur Eyvör Eyyub Eyyüp Eyüp Eyþrúður Eyþór Eyþóra Eyşan
Ezechiel Ezechiele Ezekiel Ezell Ezequiel Ezgin Ezgütekin Ezio Ezra Ezrak Ezzard Eðna Eðvald Eðvar Eðvarð
Eğrim Eşim Eşref Faas Faber Fabia Fabian Fabiana Fabiano Fabie Fabien Fabienne Fabijan Fabio Fabiola Fabián
Fabiána Fabiënne Fabrice Fabricio Fabrisíus Fabrizia Fabrizio Fabrícia Fabrício Facundo Fadekemi Faderera
Fadey Fadi Fadil Fadile Fadime Fady Fadıl Fadıla Fae Fahari Fahmi Fahrettin Fahri Fahriddin Fahriye Fahrullah
Fahrünissa Faik Faina Fainche Faiq Fairy Faisa Faith Faizah Faizan Faize Falak Falan Falba Falgeir Falguni
Falk Falko Fallon Falon Falur Fami Famiano Famil Famke Fana Fanaka Fancy Fang Fanika Fanka Fannar Fannberg
Fanndís Fanney Fanngeir Fanni Fannie Fannlaug Fanny Fannye Fanný Fanta Fantin Fantine Fanyana Faqid Fara Farah
Faraj Faraja Farangiz Faras Fardau Fares Farhan Farhiya Farhod Farhunnisa Farid Farida Farijika Fariq Faris
Fariz Fariza Faron Farouk Farrah Farrell Farris Farruh Faruk Farzona Farès Fasih Fate Fathonah Fatigül Fatih
Fatiha Fatim Fatima Fatimata Fatime Fatimo Fatimə Fatin Fatinur Fatma Fatmanur Fatmir Fatmire Faton Fatou
Fatouma Fatoumata Fatoş Fatteh Fatuma Faust Fausta Faustas Faustin Faustina Faustine Faustino Fausto Faustýn
Faustýna Favian Fawn Fay Faya Faye Fayen Fayenne Fayette Fayina Fayize Faysal Fayzbek Fazil Fazilat Fazilet
Fazio Fazli Fazliddin Fazlı Fazul Fazullah Fazıl Feargal Fearghal Febe Febi Febriana Febrina Febrún Fed Feda
Fedai Fedde Fedele Feden Federica Federico Federigo Fedor Fedora Fedosiy Fedot Fedro Fehim Fehime Fehintola
Fehmi Fehmiye Feisal Fekla Felecia Felice Felicia Feliciana Feliciano Felicidad Felicie Felicien Felicita
Felicitas Felicity Felicián Feliks Felina Feline Felipa Felipe Felisa Felisha Felista Felister Felistus Felix
Felizitas Fella Felton Felícia Felície Fem Fema Femke Femm Fender Fengur Fenja Fenna Fenne Fenni Fenrir Fenton
Feodor Feodora Feodosia Feodosiya Feofan Feoktist Ferah Ferahdiba Feramuz Feramuş Ferapont Ferat Feray Feraye
Ferd Ferda Ferdi Ferdinand Ferdinanda Ferdinando Ferdynanda Ferdínand Feremez Ferenc Fergal Fergus Ferhan
Ferhat Feride Feridun Feriel Feriha Ferihan Ferinaz Ferit Ferman Fermiano Fermin Fermo Fermuta Fermín Fern
Fernand Fernanda Fernande Fernando Ferne Ferney Ferny Ferre Ferrell Ferris Ferruccio Ferruh Fersan Fertram
Feruza Feryas Feryel Ferzi Festo Festus Fetullah Fevronia Fevroniya Fevzi Feyha Feykir Feyruz Feyyaz Feyza
Feyzin Feyzullah Feza Fiachra Fiacre Fiamma Fiammetta Fibikemi Fidan Fidaye Fidel Fidela Fidelia Fidelie
Fidelis Fidelius Fidelma Fidencio Fidenziano Fidenzio Fidvi Fidèle Fieke Fielding Fien Fiene Fiep Fiete Figen
Fiifi Fikayomi Fikret Fikri Fikriye Filaret Fildan Filemon Filibert Filiberto Filimena Filimon Filip Filipa
Filipe Filipino Filipp Filippa Filippo Filippus Filippía Filipía Filit Filiz Filofteia Filomen Filomena
Filomeno Filoména Filotije Filou Fily Fimar Finbar Finbarr Fine Finia Finian Finis Finja Finlay Finley Finn
Finna Finnbjörg Finnbjörk Finnbjörn Finnboga Finnbogi Finnborg Finndís Finnegan Finney Finnfríður Finngeir
Finnja Finnjón Finnlaug Finnlaugur Finnley Finnrós Finnur Finnvarður Finola Fintan Fiodor Fiona Fionan Fionn
Fionna Fionntan Fionnuala Fionnula Fiordaliso Fiore Fiorella Fiorenza Fiorenziano Fiorenzo Fiorino Firas
Firdavs Firdevis Firdevs Firdovsi Firman Firmin Firs Firudin Firuzə Fisher Fisnik Fitan Fitim Fitnat Fito
Fitore Fitrat Fitri Fitria Fitriani Fitzgerald Fitzhugh Fiyaz Fjalar Fjalldís Fjarki Fjolla Fjóla Fjólar
Fjólmundur Fjölnir Fjölvar Fjörnir Flaminia Flamur Flannan Flavia Flaviana Flaviano Flavie Flavien Flavio
Flaviu Flavius Flavián Fleano Fleda Fleet Fleeta Flem Fleming Flemming Fleta Fletcher Fleur Flint Flip Flo
Floare Floarea Flodoard Flonnie Floor Floortje Flor Flora Florance Flore Florea Florence Florencia Florencio
Florencja Florene Florent Florentin Florentina Florentine Florentino Florentýn Florentýna Florența Florestan
Floretta Florian Floriana Floriane Floriano Florica Florida Floridia Floridor Florie Florim Florin Florina
Florinda Florine Florinka Floris Florián Florrie Flosi Flossie Floy Floyd Flurin Flurina Flynn Flóki Flóra
Flórent Flóvent Foca Foch Fode Fodil Foka Folashade Folco Folda Folke Folker Folkert Folu Foma Fonda Ford
Forest Forni Forrest Fortunat Fortunata Fortunato Fortunát Fortuné Fortunée Forum Fos Fosca Fosco Foss Fossmar
Foster Fotih Fotima Fotiy Foucauld Foulques Fount Fouzia Foy Frado Fran Franc Franca France Frances Francesca
Francesco Francette Franchesca Franci Francia Francies Francina Francine Francis Francisc Francisca Francisco
Franciscus Franciska Francisko Francisque Francisquita Franciszek Franciszka Franck Franco Francois Francoise
Francy Franjo Frank Franka Frankie Franklin Frankline Franklyn Franklín Franky Frans Fransiska František
Františka Franz Franziska François Françoise Frančišek Fraser Frauke Frazer Frazier Fred Freda Freddie Freddy
Frede Frederic Frederica Frederick Fredericka Frederico Frederik Frederika Frederike Frederikke Frederiko
Frederique Fredi Fredie Fredo Fredric Fredrick Fredrik Fredrika Fredy Freeda Freek Freeman Fregn Freia Freida
Freja Fremont French Frenkie Fresia Freya Freybjörn Freydís Freygarður Freygerður Freyja Freylaug Freyleif
Freymar Freymundur Freymóður Freyr Freysteinn Freyviður Freyþór Fricis Frida Fridah Frido Fridolin Fridolín
Fridrich Frieda Friedbert Friedemann Frieder Friedericke Friederike Friedhelm Friedhilde Friedhold Friedl
Friedlinde Friedo Friedrich Friend Frigg Frithjof Fritz Friðberg Friðbergur Friðbert Friðbjörg Friðbjörn
Friðbjört Friðborg Friðdís Friðdóra Friðey Friðfinna Friðfinnur Friðgeir Friðgerður Friðjón Friðjóna Friðlaug
Friðlaugur Friðleif Friðleifur Friðlín Friðmann Friðmar Friðmey Friðmundur Friðný Friðrik Friðrika Friðrikka
Friðrós Friðrún Friðsemd Friðsteinn Friður Friðveig Friðvin Friðþjófur Friðþór Friðþóra Frode Froilán Frol
Frona Fronia Fronie Fronnie Frontiniano Frosina Frosti Frostrós Frusina Fruzsina Fryderyk Frán Fránn Frár
Fráňa Frédéric Frédérique Frída Frímann Fríða Fríður Fróði Fróðmar Fróðný Frīda Fuad Fuat Fulbert Fulberto
Fulcran Fuldem Fulden Fulgence Fulgencio Fulgenzio Fuller Fulton Fulvia Fulvio Fulya Fuma Fumiko Funani Funda
Funi Funmilade Funmilayo Fura Furio Furkan Furkân Furman Furseo Fuscolo Fuzayl Fuzuli Fylkir Fynn Fábio Fáfnir
Fálki Fátima Fâlih Féba Félicie Félicité Féline Félix Fía Fídes Fífa Fífill Fólki Fönn Fúsi Fügen Füreyya
Füruzan Füsun Füzuli Fərqanə Fərəh Fəxriyyə G'affor G'afur G'iyos G'ulom Gabe Gabel Gabi Gabin Gabino Gabor
Gabriel Gabriela Gabriele Gabrielius Gabriella Gabrielle Gabrielly Gabrielo Gabrijela Gabriël Gabríel Gabríela
Gabríella Gaby Gad Gada Gadang Gading Gadis Gaduh Gael Gaetan Gaetano Gaffar Gagan Gage Gaglioffo Gaia Gaida
Gaige Gail Gaiman Gaines Gaio Gaither Gaj Gaja Gajaadhar Gajabahu Gajadhar Gajana Gajbaahu Gal Gala Galaba
Galak Galaktion Galang Galar Galasso Galatea Galdino Galdur Gale Galeazzo Galen Galena Galfryd Galih Galilea
Galileo Galina Galiono Galip Gallego Gallicano Galo Galuh Galur Galvarino Gamalíel Gaman Gamani Gamanto
Gambira Gamblang Gambo Gamze Ganak Ganaka Ganapati Ganda Gandewa Gandharv Gandharva Gandi Gandolfo Gane Ganep
Ganesh Ganesha Gang Ganga Gangesh Gangsa Gangsar Gani Ganimete Ganiye Ganjaran Ganna Gannon Gantar Gara Garan
Garance Garang Garda Gardner Garech Gareth Garett Garey Garfield Garibaldi Garik Garika Garima Garimberto
Garland Garner Garnet Garnett Garnier Garnoslav Garold Garpur Garret Garreth Garrett Garri Garrick Garrison
Garry Garth Garud Garuda Garvan Garvin Gary Garðar Gaspar Gaspard Gaspare Gasper Gasti Gaston Gastone Gastono
Gastón Gathoni Gati Gatien Gatik Gatis Gatot Gatra Gatsha Gaud Gaudenzia Gaudenzio Gaudino Gauge Gaui Gauja
Gaukur Gauraang Gaurang Gauranga Gaurangi Gaurav Gauri Gaurika Gautam Gautama Gautami Gauthier Gauthildur
Gauti Gautier Gautiero Gautrekur Gautur Gautviður Gavan Gaven Gavin Gavino Gavril Gavrila Gavrilo Gavxar Gavyn
Gawati Gay Gayathri Gayatri Gaye Gayla Gayle Gaylen Gaylene Gaylon Gaylord Gaynell Gazanfer Gazel Gazi Gazmend
Gaétan Gaël Gaëlle Gaëtan Gaïa Gašpar Gašper Gbadebo Gbeminiyi Gbemisola Gbolahan Gbowoade Geanina Gearld
Gearldine Gearoid Geary Gebhard Gedeon Gedeone Gediminas Gedion Gee Geert Geeta Geetanjali Geetika Gefjun Gefn
Geir Geira Geirarður Geirbjörg Geirdís Geirfinna Geirfinnur Geirfríður Geirharður Geirhildur Geirhjörtur
Geirhvatur Geiri Geirlaug Geirlaugur Geirleifur Geirlöð Geirmundur Geirný Geirríður Geirröður Geirrún
Geirtryggur Geirvaldur Geirólfur Geirþjófur Geirþrúður Geisli Gejza Gelena Gelengül Gelila Gelin Gelincik
Gellir Gellért Gelsomina Geltrude Gelu Gema Gemine Gemini Geminiano Gemma Gena Genadij Genaro Gencaslan Gencer
Gene General Generosa Generoso Genesia Genesio Genesis Geneva Genevieve Geneviève Genevra Genie Gennadiy
Gennaro Gennie Geno Genovefa Genoveffa Genoveva Genta Gentile Genziano Gençay Gențiana Geo Geoff Geoffrey
Geoffroy Geofrey Georg Georganna George Georgeann Georgeanna Georgel Georgene Georges Georgeta Georgetta
Georgette Georgi Georgia Georgian Georgiana Georgiann Georgianna Georgie Georgije Georgina Georgine Georgios
Georgiy Georgo Georgía Geovanni Geovanny Geovany Gerald Geralda Geraldina Geraldine Geraldo Geralyn Gerard
Gerarda Gerardina Gerardine Gerardo Gerardus Gerasim Gerasimo Geraud Geray Gerazim Gerazym Gerberge Gerbert
Gerd Gerda Gerdi Geremia Gereon Gerfried Gergely Gergő Gerhard Gerharda Gerhardt Gerhart Gerhild Geri Gerino
Gerlind Gerlinde Germain Germaine German Germana Germano Germán Gernot Gero Gerolamo Gerold Gerolf Geronimo
Geronzio Gerrard Gerri Gerrit Gerry Gerson Gert Gerta Gertha Gerti Gertie Gertraud Gertraude Gertraut Gertrud
Gertruda Gertrude Gertrudis Gertrudo Gertrúda Gervais Gervasio Gerwin Gery Gerða Gerðar Gerður Gerónimo Gesa
Gesare Gesche Gesine Gestheiður Gestný Gestrún Gestur Gesualdo Geta Gethera Getrude Gevheri Geza Ghaalib
Ghaazi Ghaffaar Ghafoor Ghaith Ghalib Ghaliyati Ghanaanand Ghanashyam Ghanee Ghanem Ghani Ghannam Ghanshyam
Ghasaan Ghauth Ghawth Ghayoor Ghazalan Ghazanfar Ghazanfer Ghazawan Ghazi Ghazzal Ghenadi Ghenadie Ghennadi
Gheorghe Gheorghi Gheorghii Gheorghina Gheorghiță Gherardo Gherghina Gherman Ghilas Ghislain Ghislaine Ghita
Ghiyaath Ghiyath Ghiță Ghufran Ghulaam Ghulam Ghunayn Ghusharib Ghusun Ghutayf Gia Giacinta Giacinto Giacobbe
Giacomo Giada Giadero Giambattista Giampaolo Giampiero Gian Giana Gianbattista Giancarlo Giandomenico
Gianfrancesco Gianfranco Giang Gianina Gianluca Gianluigi Gianmarco Gianmaria Gianmario Gianna Gianni
Gianpaolo Gianpiero Gianpietro Gianuario Giao Giasone Gibran Gibson Gicu Gică Gideon Gidget Giedrius Giedrė
Giel Giesela Gifford Gifty Gigi Gigliola Gijs Gil Gilang Gilbert Gilberta Gilberte Gilberto Gilda Gildardo
Gildo Giles Gilford Giliola Gilles Gillian Gillie Gillis Gillo Gillý Gilma Gilman Gilmar Gilmer Gilmore Gils
Gilslaug Gina Gineto Ginette Ginevra Ginewra Ginger Ginny Gino Gintarė Ginyas Gioacchina Gioacchino Gioachino
Giobbe Gioberto Gioconda Giocondo Gioele Gioffre Gioia Gion Giona Gionata Giordano Giorgia Giorgian Giorgiana
Giorgio Giosuele Giosuè Giotto Giovani Giovanna Giovanni Giovanny Giove Gioventino Giovenzio Girardo Girart
Giray Giri Girija Girik Girika Girindra Giriraaj Giriraj Girish Girja Girolamo Girtha Gisa Gisbert Gisela
Gisele Gisella Giselle Gislebert Gislinde Gisselle Gissunn Gissur Gisèle Gita Gitanjali Gitau Githinji Gitonga
Gitta Gitte Giuda Giuditta Giulia Giuliana Giuliano Giulietta Giulio Giulitta Giuseppa Giuseppe Giuseppina
Giusta Giustiniano Giustino Giusto Giz Gizela Gizella Gizem Gizur Giác Giáng Giáp Gjaflaug Gjoko Gjorche Gjore
Gjorgji Gjurchin Gjurgja Gjurgjitsa Gjúki Gladis Gladstone Gladyce Gladys Glafira Glauco Gleb Glen Glenda
Glendon Glendora Glenn Glenna Glennie Glennis Glenwood Glenys Glib Gligor Gligorije Glinda Gloria Glorie
Gloría Glover Glynda Glynis Glynn Gló Glóa Glóbjört Glódís Glóey Glói Glóð Glúmur Gnat Gneisti Gná Gnúpur Gnýr
Gobinda Goda Godeberta Godelieva Godelieve Godfrey Godiva Godofredo Godwin Goebel Goffredo Gogo Gohar Gojko
Golda Golden Goldia Goldie Golia Golub Golubinka Goma Gomberto Gonca Goncafer Goncalo Gondebaud Gondulfo
Gonerio Gonsalwy Gonthier Gontran Gonzaga Gonzague Gonzalo Gonçalo Gopaal Gopal Gopee Gopi Gorakhanatha
Gorakhnath Goran Gorana Goranka Gorazd Gordan Gordana Gorden Gordey Gordiano Gordiy Gordon Gorge Gorimir
Gorislav Goritsa Gorjan Gorjana Gorm Gosto Gostomysl Goswamee Goswami Gothard Gotse Gottardo Gottfrid
Gottfried Gotthard Gotthilf Gotthold Gottlieb Gottlob Gottskálk Gottsveinn Gotum Goundo Gouranga Goutam
Governor Govinda Goyo Goði Goðmundur Grace Gracelyn Gracia Graciana Graciano Gracie Graciela Graciliano
Gracián Graciána Gracja Gradimir Grady Graeme Grafton Graham Grainne Grani Grania Grankell Grant Granville
Grato Graves Gray Grayce Graydon Grayling Grayson Grazia Graziana Graziano Graziella Grazyna Gražina Grațian
Grațiana Grațiela Greca Grecia Greco Green Greene Greet Greg Grega Greger Gregg Greggory Gregoire Gregor
Gregoria Gregorian Gregorio Gregory Grein Greipur Gremislav Greppur Gret Greta Gretar Gretchen Grete Gretel
Grethe Gretl Gretta Grettir Greyson Grga Grgo Grgur Gricelda Griet Grieta Griffin Griffith Grigor Grigore
Grigori Grigorije Grigoriy Grimaldo Grisel Griselda Grit Grizelda Gro Grove Grover Grozda Grozdan Grozdana Gry
Grzegorz Grácie Grâce Grégoire Grégory Grélöð Grét Gréta Grétar Gríma Grímar Grímey Grímheiður Grímhildur
Grímkell Grímlaugur Grímnir Grímur Grímólfur Grímúlfur Gróa Grēta Guadalupe Gualberto Gualtiero Guarino
Gudakesa Gudakesha Gudrun Gudrīte Gudula Guelfo Guenda Guendalina Guenièvre Guenter Guenther Guerrino
Guglielmo Gugu Gugulethu Gui Guiberto Guido Guilford Guilhem Guilhemine Guilherme Guillaume Guillemette
Guillermina Guillermo Guiomar Guiscardo Guiseppe Guiying Gula Gulab Gulbahar Gulbaxor Gulchexra Gulfaam Gulfam
Gulistan Guljamol Guljaxon Gullbrá Gullveig Gullý Gulnora Gulnoza Guloy Gulseren Gulshan Gulsora Gulzar
Gulzira Gulzoda Gumercindo Gumesindo Gumi Gumma Gun Gunar Gunbir Gunborg Gunda Gundel Gundelinda Gundhild
Gundi Gundolf Gundula Guneet Guney Gunhild Gunilla Gunita Gunn Gunnar Gunnberg Gunnbjörg Gunnbjörn Gunnbjört
Gunnborg Gunndís Gunndór Gunndóra Gunnel Gunnella Gunner Gunnfinna Gunnfríður Gunngeir Gunnhallur Gunnharða
Gunnheiður Gunnhildur Gunnjóna Gunnlaug Gunnlaugur Gunnleif Gunnleifur Gunnlöð Gunnröður Gunnrún Gunnsteinn
Gunnur Gunnvaldur Gunnveig Gunnvör Gunnólfur Gunnóli Gunný Gunnþór Gunnþóra Gunnþórunn Gunta Guntars Gunter
Gunther Guntis Guntram Gunvor Gunārs Gurdev Guriy Gurli Gurney Gurrý Guru Gus Guss Gussie Gust Gusta Gustaaf
Gustaf Gustas Gustav Gustava Gustave Gustavine Gustavino Gustavo Gustavus Gustaw Gusti Gustie Gustáv Gusztáv
Guthrie Gutti Guttormur Guus Guusje Guy Guyot Guérin Guðberg Guðbergur Guðbjarni Guðbjartur Guðbjörg Guðbjörn
Guðbjört Guðborg Guðbrandur Guðdís Guðfinna Guðfinnur Guðfreður Guðfríður Guðgeir Guðjón Guðjóna Guðlaug
Guðlaugur Guðleif Guðleifur Guðleikur Guðlín Guðmann Guðmar Guðmey Guðmon Guðmunda Guðmundur Guðmundína Guðni
Guðný Guðráður Guðríður Guðröður Guðrún Guðsteina Guðsteinn Guðvarður Guðveig Guðveigur Guðvin Guðþór
Gvendolina Gvendolína Gvozden Gwen Gwenael Gwenaëlle Gwenda Gwendolen Gwendoline Gwendolyn Gwido Gwyn Gwyneth
Gyda Gylfi Gyrðir Gytis Gytta Gytė Gyula Gyða Gyðja Gyðríður Gyöngyi György Györgyi Győző Gzim Gábor Gál Gæfa
Gæflaug Gédéon Génesis Gérald Géraldine Gérard Géraud Géza Gía Gídeon Gígja Gígjar Gísela Gísla Gísley Gísli
Gíslný Gíslrún Gíslunn Gíslína Gíta Góa Gógó Gói Gök Gökalp Gökay Gökben Gökbudun Gökbörü Göken Gökhan Gökmen
Göknur Gökperi Göksev Gökten Gökçe Gökçebalan Gökçegöl Gökçen Gökçil Gökçiçek Gökşin Göli Gönen Gönenç Göngör
Gönül Göran Görgünay Görkem Görklü Görsev Görün Gösta Göte Götz Gövhər Gözde Gözel Gözem Gúa Gúbio Gústaf
Gústav Gücal Güher Gül Gülay Gülağa Gülbahar Gülbala Gülbani Gülben Gülbeyan Gülbiye Gülcegün Güldam Güldem
Gülden Gülder Güldeste Güldünya Gülegen Gülel Gülemen Gülen Gülenay Güler Gülev Güleğen Gülfari Gülfeza Gülgen
Gülgün Gülgüzel Gülhan Gülhisar Gülinaz Gülkadın Güllühan Gülmira Gülmisal Gülnar Gülnaz Gülnaziye Gülnur
Gülpembe Gülper Gülriz Gülsalın Gülselin Gülsen Gülseren Gülsevil Gülsiye Gülsü Gülsüm Gültac Gültekin Gülten
Gülter Gülxar Gülzadiye Gülzar Gülçe Gülçin Gülözge Gülümser Gülüs Gülüstan Gülüş Gülşa Gülşahin Gülşen
Gülşeref Gülər Gümüş Gümüştekin Gün Günar Günay Günaydin Günden Gündoğdu Gündoğmuş Gündüz Gündüzalp Günebakan
Güner Güneri Güneş Güngör Güngördü Güngören Güniz Günkurt Günnur Günsel Günseli Günser Günter Günther Günver
Günyaruk Günçiçek Günşen Gürarda Gürbüz Gürcan Gürcüye Gürdal Gürelcem Gürhan Gürkan Gürol Gürsal Gürsel
Gürten Güven Güvenalp Güvercin Güverçin Güzey Güçal Güçlüer Güçyeter Gýgjar Gýmir Gıyas Gűnter Habbab Habib
Habiba Habibe Habibu Habil Haby Haciali Hacib Hacile Hadassa Hadassah Hadda Haddi Haddur Haddý Haden Hadi
Hadicha Hadija Hadithi Hadiza Hadja Hadjer Hadley Hadrey Hadriel Hadrien Hafberg Hafbjörg Hafborg Hafdís Hafey
Hafgrímur Hafi Hafid Hafiz Hafliða Hafliði Haflína Hafnar Hafni Hafný Hafrós Hafrún Hafsa Hafsat Hafshah
Hafsteina Hafsteinn Hafþór Hafþóra Hafız Hafıza Hagalín Hagbarður Hagbert Hagen Haiba Haiden Hailee Hailey
Hailie Hairyanto Hajar Hajnalka Hajo Hakan Hakeem Hakem Haki Hakikat Hakim Hakkı Hal Halbert Haldun Hale
Haleigh Halenur Haley Hali Halid Halidun Halie Halil Halim Halima Halina Halisi Halit Haliye Hall Halla
Hallbera Hallberg Hallbjörg Hallbjörn Hallborg Halldís Halldór Halldóra Halle Halley Hallfreður Hallfríður
Hallgarður Hallgeir Hallgerður Hallgils Hallgrímur Hallgunnur Hallie Hallkatla Hallkell Hallmann Hallmar
Hallmundur Hallný Hallrún Hallsteinn Hallur Hallvarður Hallveig Hallvör Hallþór Halsey Haluk Ham Hamar Hamdi
Hamdullah Hamed Hami Hamid Hamidou Hamilton Hamima Hamis Hamish Hamisi Hamit Hamiyet Hammâd Hamp Hampton
Hampus Hamsini Hamza Hamzah Hana Hanae Hanako Hanaé Hanbiken Handan Hande Handy Hanedan Hanefi Hanga Hani
Hania Hanifa Hanife Hanim Hanja Hank Hanna Hannabel Hannah Hannchen Hanne Hannele Hannelore Hannes Hanney
Hanni Hannibal Hanno Hanns Hannu Hanny Hanora Hans Hansa Hansel Hansford Hansgeorg Hansjoachim Hansjörg
Hansjürg Hansjürgen Hanson Hanspeter Hansruedi Hanss Hansueli Hansultan Hansína Hanuš Haralamb Haralambie
Harald Haraldur Harambee Harbinaz Hardana Harden Hardi Hardie Hardik Hardin Harding Hardouin Hardy Hari Harijs
Harimurti Harinakshi Harinarayan Harini Haris Harish Harit Harita Hariz Harja Harjasa Harjaya Harjo Harl
Harlan Harland Harlen Harlene Harley Harlie Harlon Harlow Harm Harman Harmon Harmony Harnail Harol Harold
Haroldo Haron Haroun Harouna Haroune Harpa Harper Harrell Harri Harrie Harriet Harriett Harriette Harris
Harrison Harro Harrold Harry Harrý Harsana Harsanto Harsaya Harsh Harshil Hart Hartaka Hartana Hartley
Hartmann Hartmut Hartmuth Harto Hartvig Hartwell Hartwig Haruka Haruko Harun Haruna Harve Harvey Harvie Harvy
Hasan Hasano Hasbek Haseki Hasel Hasgül Hashiki Hasibi Hasim Hasin Haskell Hasna Hasret Hassan Hassane Hassie
Hasso Hasta Hatem Hatice Hatima Hatin Hatip Hatouma Hattie Hattâb Hauke Hauksteinn Haukur Haukvaldur Hauwa
Hauður Hava Havali Havel Haven Havla Havse Hawa Hawar Hawehindi Haya Hayal Hayali Hayat Hayati Haydar Hayden
Haydée Hayel Hayes Haylee Hayleigh Hayley Haylie Hayret Hayrünnisa Hays Hayward Haywood Hazan Hazar Hazeem
Hazel Hazelle Hazen Hazine Hazle Hazrat Hazım Haïm Haşim Haşmet Haštal Heath Heather Heaven Heba Heber Hebert
Hector Heda Hedda Hedi Hedvig Hedviga Hedvigo Hedvika Hedwig Hedy Hedí Heema Hege Heide Heidelinde Heidelore
Heidemarie Heiderose Heidi Heidrun Heidy Heike Heikir Heikki Heiko Heilmóður Heimir Heimo Hein Heiner
Heinfried Heini Heino Heinrekur Heinrich Heinz Heisi Heitor Heiða Heiðar Heiðarr Heiðberg Heiðbert Heiðbjörg
Heiðbjörk Heiðbjört Heiðbrá Heiðdís Heiðlaug Heiðlindur Heiðlóa Heiðmann Heiðmar Heiðmundur Heiðný Heiðrekur
Heiðrós Heiðrún Heiður Heiðveig Heja Hekima Hekime Hekla Hekmet Hektor Hektoro Helaine Helan Heleen Helen
Helena Helene Heleno Helfried Helga Helge Helgi Heli Helie Helin Helinä Heliodoro Helios Hella Helle Hellen
Hellena Hellevi Hellmut Hellmuth Helma Helmar Helmer Helmi Helmtrud Helmut Helmuth Helmút Heloisa Heloise
Heloísa Heloïse Helvi Helyn Helèna Helène Helén Heléne Helēna Hema Hemal Hemang Hemangini Hemani Hemi Hemmert
Hence Henderson Hendra Hendri Hendrik Hendrika Hendrikka Henery Henife Henk Henna Henner Hennes Henni Hennie
Henning Henny Henný Henretta Henri Henric Henrich Henrick Henricus Henrie Henrieta Henrieto Henrietta
Henriette Henrik Henrika Henrike Henrikki Henriks Henrique Henry Henryk Henryka Henríetta Henrý Hera Heracleea
Heraclio Heraldo Herb Herbert Herberta Herberto Herbjörg Herbjörn Herbjört Herborg Herdis Herdís Herfinnur
Herfríður Hergeir Hergerður Hergill Hergils Heribert Heriberto Herjólfur Herlaug Herlaugur Herleifur Herlinda
Herlinde Herluf Herluin Herma Herman Hermanis Hermann Hermanni Hermelinda Hermenegildo Hermes Hermina Herminda
Hermine Herminia Herminio Hermiono Hermon Hermundur Hermína Hermóður Hermīne Hernan Hernando Herney Hernán
Herrmann Herschel Hershel Hershell Hersilía Hersir Hersteinn Hersveinn Herta Hertha Heru Hervar Hervarður
Hervey Hervin Hervé Hervör Herwig Heryanto Herþrúður Hesbon Hessie Hester Hesti Hettie Hetty Heva Heval
Heyvetullah Heyward Hezekiah Hezniye Hezron Hezzie Heřman Hiba Hicabi Hicham Hicran Hidaya Hidde Hideki Hideo
Hidir Hieronim Hikmat Hikmet Hilah Hilaire Hilal Hilar Hilario Hilarion Hilarius Hilary Hilaríus Hilayda
Hilbert Hilda Hildah Hildar Hildburg Hilde Hildebert Hildegard Hildegarde Hildegart Hildegund Hildegunde
Hildibergur Hildibjörg Hildibrandur Hildigeir Hildigerður Hildiglúmur Hildigunnur Hildimar Hildimundur Hilding
Hildingur Hildir Hildiríður Hildisif Hildiþór Hildred Hildur Hilkka Hill Hillard Hillary Hillel Hillery
Hillevi Hilliard Hilma Hilmar Hilmer Hilmi Hilmir Hilola Hilton Hiltraud Hiltrud Himadri Himani Himawan
Himinbjörg Himmet Himri Hincmar Hind Hindal Hinet Hinewai Hinrich Hinrik Hinrika Hinrikka Hipolit Hipolito
Hippolyte Hipólito Hira Hiral Hiram Hiranmay Hiranmaya Hiranya Hiroshi Hitesh Hiçsönmez Hiên Hişam Hiếu Hiền
Hiển Hiểu Hiệp Hjallkár Hjalmar Hjalmer Hjalta Hjalte Hjaltey Hjalti Hjarnar Hjálmar Hjálmdís Hjálmey
Hjálmfríður Hjálmgeir Hjálmgerður Hjálmrós Hjálmrún Hjálmtýr Hjálmur Hjálmveig Hjálmþór Hjördis Hjördís
Hjörfríður Hjörleif Hjörleifur Hjörný Hjörtfríður Hjörtur Hjörtþór Hjörvar Hlaðgerður Hleiðar Hlengiwe Hlini
Hljómur Hlynur Hlédís Hlégestur Hlér Hlíf Hlífar Hlín Hlíðar Hlíðberg Hlökk Hlöðmundur Hlöður Hlöðvarður
Hlöðver Hnefill Hnikar Hnikarr Hoa Hoan Hoani Hobart Hobert Hobson Hocine Hodari Hojimurod Hoke Holden Holgeir
Holger Holland Holli Hollie Hollis Holly Holm Holmes Holti Homer Homero Homér Honor Honora Honore Honorine
Honorius Honoré Hoover Hope Horace Horacio Horacy Horatio Horațiu Horea Horia Horst Hortencia Hortense
Hortensia Hortensie Hortenzia Hortenzie Horton Horymír Horymíra Horác Hosea Hosie Hosiyat Hosteen Hostimil
Hostimila Hostimír Hostimíra Hostislav Hostislava Hostivít Houcine Houda Houston Hovard Howard Howell Hoy Hoyt
Hozan Hoài Hoàn Hoàng Hoán Hoşkadem Hoạ Hoạt Hrafn Hrafna Hrafnar Hrafnbergur Hrafnborg Hrafndís Hrafney
Hrafngerður Hrafnheiður Hrafnhildur Hrafnkatla Hrafnkell Hrafnlaug Hrafntinna Hrafntýr Hrannar Hrappur Hraunar
Hraundís Hredhaan Hrefna Hreggviður Hreimur Hreindís Hreinn Hreiðar Hreiðmar Hringur Hritik Hrollaugur
Hrolleifur Hrund Hrvoj Hrvoje Hrvojka Hrærekur Hrímnir Hróaldur Hróar Hróbjartur Hrói Hrólfdís Hrólfur
Hrómundur Hróðgeir Hróðmar Hróðný Hróðvar Hróðólfur Hrönn Hrútur Huban Hubbard Hubert Hubertine Huberto
Hubertus Hud Hudavent Hudson Huey Hugberg Hugbjörg Hugbjört Hugborg Hugdís Hugh Hughes Hughey Hughie Hugi
Huginn Hugleikur Hugljúf Hugo Hugrún Hugues Huguette Hugó Huia Huld Hulda Huldah Huldar Huldrún Huldís Hulki
Hulusi Humaira Humaiya Humay Humayra Humberto Humoyun Humphrey Hunalp Hung Hunor Hunt Hunter Hurbert Hurican
Hurley Hurram Hurshida Hurşide Hurşit Husein Husida Husnida Husniya Husnora Hussein Huston Huub Huxley Huy
Huynh Huyền Huzaifa Huzeyfe Huzuri Huân Huấn Huệ Huỳnh Hvalimir Hvannar Hvönn Hvězdoslav Hvězdoslava Hyacint
Hyacinta Hyltir Hylur Hyman Hymen Hynek Hypolit Hyrum Hà Hàm Hành Hào Hákon Hákonía Háleygur Hálfdan Hálfdán
Hámundur Hán Hárekur Hárlaugur Hásteinn Háta Hávar Hávarr Hávarður Hâdi Hâlis Hân Hâtem Hãn Håkan Håkon Håvard
Hængur Hænir Héctor Hédelin Hédi Hélie Hélier Hélio Héloïse Hélène Héðinn Hêvî Híram Hòa Hólm Hólmar Hólmbert
Hólmbjörg Hólmdís Hólmfastur Hólmfríður Hólmgeir Hólmgrímur Hólmkell Hólmsteinn Hólmþór Hóseas Hödd Högna
Högni Hörn Hörður Höskuldur Höður Hùng Húbert Húgó Húmi Húnbjörg Húnbogi Húndís Húngerður Húni Húnn Húnröður
Hüccet Hüda Hüdayi Hüdâvendigâr Hükümdar Hülya Hüma Hümayun Hümeyra Hüner Hürdoğan Hüriyə Hürkan Hürmet
Hüryaşar Hürüyet Hüsameddin Hüsamettin Hüseyin Hüseyn Hüseynqulu Hüsmen Hüsnü Hüsnühâl Hüsrev Hıfzullah Hıfzı
Hızır Hưng Hương Hướng Hường Hưởng Hạ Hạc Hạnh Hạo Hải Hảo Hậu Hằng Họa Học Hồ Hồng Hội Hợp Hữu Hỷ Iacob
Iacopo Iacopone Iacov Iago Iain Ian Iana Iancu Ianina Ianira Ianis Ianna Ianos Iara Iaroslav Iaroslava Iasmina
Ib Ibaad Iban Iben Ibeth Ibidapo Ibironke Ibn Ibodulloh Iboja Ibolya Ibou Ibra Ibraaheem Ibraheem Ibrahim
Ibrahima Ibrani Ibrohim Ibukunoluwa Ibun Ibán Ica Icaro Icey Icha Icie Icilio Ico Icy Ida Idabelle Idamae Idan
Idda Ide Idea Idell Idella Idika Idir Ido Idowu Idrees Idris Idriss Idrissa Idriz Idun Idy Idık Ieremia Iesa
Iesha Ieshia Ieva Ifa Ifeanyi Ifeanyichukwu Ifechukwu Ifeoluwa Ifeoma Iffar Ifora Iftikhaar Iftikhar Ifunanya
Ige Iginia Iginio Igino Ignace Ignacia Ignacio Ignacy Ignas Ignat Ignatius Ignatiy Ignatz Ignaz Ignazio Ignjat
Ignác Ignácie Ignát Ignáta Ignė Igor Igori Igors Ihab Ihaia Ihsaan Ihsan Ihtesham Ihtiram Ihtishaam Ihtiyor
Ihtsham Iida Iiris Iisakki Ijaya Ijli Ika Ikbal Ike Ikenna Ikeoluwa Iker Ikhidie Ikhlaas Ikhsan Ikin Ikraam
Ikram Ikramah Ikrimah Ikrom Ikshita Ila Ilah Ilai Ilan Ilana Ilari Ilaria Ilarie Ilario Ilarion Ilay Ilayda
Ilaçın Ilda Ildebrando Ildefonso Ildegarda Ildegonda Ildika Ildiko Ildikó Ildız Ileana Ilene Ilenia Ilga
Ilgmārs Ilgı Ilgın Ilhan Ilia Ilian Iliana Iliane Ilias Ilie Ilies Ilija Ilinca Ilindenka Ilinka Ilir Ilja
Iljana Ilka Ilkka Ilko Illa Illidio Illugi Illuminato Illya Ilma Ilmari Ilmur Ilmārs Ilo Ilona Ilonka Ilsa
Ilse Ilva Ilya Ilyan Ilyana Ilyane Ilyas Ilyass Ilyes Ilyess Ilyos Ilyès Ilza Ilze Ilzo Ima Imad Imam Iman
Imane Imani Imanol Imants Imany Imara Imaran Imelda Imen Imene Imer Imke Immacolata Immacolato Immaculate
Immanuel Immanúel Immo Immý Imo Imogen Imogene Imoleoluwa Imona Imran Imrane Imre Imrich Imron Imène Ina Inanç
Inara Inaya Incoronata Inda Indah Indali Inder Indi India Indiana Indie Indira Indra Indrajit Indrek Indriði
Indriķis Indro Indrė Indy Indía Indíana Indíra Ine Inell Ines Inesa Inese Inessa Ineta Inez Infant Ing Inga
Ingalill Ingberg Ingbert Ingdís Inge Ingeborg Ingeborga Ingeburg Ingegerd Ingegärd Ingela Ingelise Ingelore
Ingemar Inger Ingetraud Ingetraut Ingey Ingheiður Inghildur Ingi Ingiberg Ingibergur Ingibert Ingibjartur
Ingibjörg Ingibjörn Ingibjört Ingiborg Ingifinna Ingifríður Ingigerður Ingilaug Ingileif Ingileifur Ingilín
Ingimagn Ingimar Ingimaría Ingimunda Ingimundur Ingiríður Ingirós Ingisól Ingivaldur Ingiveig Ingiþór
Ingjaldur Ingmar Ingmārs Ingo Ingolf Ingram Ingrid Ingrida Ingried Ingrún Ingrīda Inguna Ingunn Ingvaldur
Ingvar Ingveldur Ingvi Ingólfur Ingþór Ingūna Inioluwa Inja Inka Inken Inkeri Inmaculada Inna Innesa Innocent
Innocente Innocenty Innocenza Innocenzo Innokentiy Ino Inocenc Inocencio Inocențiu Insa Inta Intan Inyoni Inza
Inès Inés Inéz Inês Inës Ināra Inārs Ioan Ioana Ioanina Ioannis Iola Iolanda Iole Ion Iona Ione Ionel Ionela
Ionelia Ionică Ionne Ionuț Iorio Iosefina Iosif Ipat Ipatiy Ippazio Ippocrate Ippolit Ippolito Ira Iraida
Irakliy Irawati Ireland Irem Iremide Irena Irene Irenej Ireneo Ireneus Ireneusz Ireno Ireti Iretioluwa Irfan
Iriana Iride Iridenta Iridian Irina Irine Irinel Iris Irja Irl Irma Irmak Irmantas Irmela Irmeli Irmengard
Irmgard Irmhild Irmi Irmina Irmingard Irmtraud Irmtraut Irmtrud Irmý Irnanto Iroda Irpa Irsad Irungu Irva
Irven Irvin Irvine Irving Irwan Irwin Irya Iryna Irène Irén Iréne Irēna Irıs Isa Isaac Isaack Isaak Isabeau
Isabel Isabela Isabell Isabella Isabelle Isabelly Isac Isacco Isack Isadora Isadore Isai Isaia Isaiah Isaias
Isak Isaline Isam Isamar Isaque Isaura Isaure Isay Isaya Isaías Ischirione Ise Isee Iseoluwa Iseult Isfandiyor
Isha Ishaan Isham Ishani Ishanvi Ishaq Ishita Ishmael Ishola Ishwar Isiah Iside Isidor Isidora Isidore Isidoro
Isidro Isioma Isis Isisa Iskra Isla Islam Islom Ismael Ismaele Ismail Ismaël Ismaïl Ismaïla Ismet Ismo Ismoil
Ismérie Ismık Isobel Isolda Isolde Isolina Isom Isotta Isra Israa Israel Israël Isreal Issa Issac Issack Issam
Issi Issiaka Istvan István Isık Isığ Ita Italia Italo Itanya Itri Itunuoluwa Ituri Itzel Itziar Itır Iulia
Iulian Iuliana Iuliu Iuri Iurie Iurii Iustin Iustina Iustinian Iva Ivah Ivan Ivana Ivanka Ivanna Ivano Ivanoe
Ivančica Ivar Ivars Ive Ivek Iven Iver Iverson Iveta Ivetta Ivette Ivey Ivica Ivie Ivka Ivko Ivna Ivo Ivona
Ivone Ivonne Ivor Ivory Ivy Iván Iwan Iwo Iwona Iya Iyabode Iyad Iyadunni Iyana Iyanna Iyanuoluwa Iyed
Iyinoluwa Iymona Iyık Iyıktağ Iza Izaak Izaaz Izabela Izabella Izabelle Izabelė Izaiah Izaiáš Izajasz Izako
Izayah Ize Izetta Izia Izidor Izidora Izmael Izmail Izola Izolda Izoldo Izora Izot Iztok Izyaslav Izydor Izzy
Izák Iða Iðunn Iñaki Iľja Iŝmaelo Işin Işık Işıkay Işıl Işılay Işıman Işın Işıner Işığ Jaabir Jaafar Jaak
Jaakko Jaan Jaana Jaanus Jabal Jabari Jabbaar Jabbar Jabez Jabir Jabr Jabulani Jabulile Jacalyn Jace Jacek
Jacey Jacinta Jacintha Jacinthe Jacinto Jack Jackeline Jacki Jackie Jackline Jacklyn Jackson Jacky Jaclyn Jaco
Jacob Jacoba Jacobine Jacobo Jacobus Jacoby Jacopo Jacque Jacquelin Jacqueline Jacquelyn Jacques Jacquez
Jacquline Jacqulyn Jacynthe Jad Jada Jade Jaden Jader Jadesola Jadiel Jadon Jadran Jadrana Jadranka Jadranko
Jadro Jadwiga Jadyn Jaeda Jaeden Jael Jaelyn Jaelynn Jaeman Jafar Jafet Jaffer Jaga Jagadish Jagadisha
Jagapati Jagaraga Jagat Jagathi Jagdeep Jagdish Jagger Jagica Jagmeet Jagoda Jagrati Jagvi Jahangir Jahanzeb
Jahdami Jahdari Jaheem Jaheim Jahi Jahiem Jahir Jahiz Jahm Jahnu Jahongir Jai Jaida Jaiden Jaider Jaidyn Jail
Jailene Jailey Jailyn Jaiman Jaime Jaimee Jaimie Jaimini Jaimy Jair Jairaj Jairo Jairus Jais Jaivey Jajuan
Jaka Jakayla Jake Jakelino Jaki Jakob Jakobe Jakobino Jakobo Jakobs Jakobína Jakop Jakov Jakub Jakuba Jakubina
Jakubka Jalaal Jalal Jale Jaleel Jalees Jaleesa Jalen Jalia Jalil Jalisa Jalissa Jaliyah Jalmari Jalol Jalon
Jalou Jalsa Jalyn Jalynn Jalə Jamaal Jamal Jamalia Jamar Jamarcus Jamari Jamarion Jame Jameel Jamel James
Jameson Jamey Jami Jamie Jamil Jamila Jamin Jamir Jamiro Jamison Jamiya Jammie Jamol Jamshid Jamya Jan Jana
Janae Janaki Janani Janay Janaína Jane Janeen Janek Janel Janell Janelle Janene Janessa Janet Janeta Janeth
Janett Janetta Janette Janey Janez Jangwa Jani Janiah Janic Janica Janice Janick Janie Janik Janin Janina
Janine Janis Janiya Janiyah Janja Janjo Janka Jankat Janko Jann Janna Jannah Janne Jannek Jannes Janneth
Jannette Janni Jannie Jannik Jannika Jannis Jano Janos Janosch January Januja Janus Janusz Jany Janya Janyce
Janīna Japhet Japheth Jaquan Jaquelin Jaqueline Jaquez Jara Jarad Jared Jaren Jaret Jarett Jari Jarkko Jarl
Jarlath Jarleth Jarmil Jarmila Jarmo Jarne Jarno Jaro Jarod Jarolím Jarolíma Jaromil Jaromír Jaromíra Jaron
Jaroslav Jaroslava Jaroslaw Jarrad Jarred Jarrell Jarret Jarrett Jarrod Jaruthip Jaruwan Jarvis Jarwa Jarwadi
Jarwi Jarún Jarþrúður Jase Jasen Jasenko Jasiah Jasin Jasiri Jaslene Jaslyn Jasmani Jasmijn Jasmin Jasmina
Jasmine Jasminka Jasmit Jasmyn Jasmyne Jasmín Jasmína Jasmīna Jasna Jasněna Jason Jasoň Jasper Jassem Jassim
Jasur Jaswadi Jati Jatin Jatmiko Jaunita Jautrīte Javan Javas Javen Javi Javier Javiera Javion Javlon Javohir
Javon Javonte Javorka Jawad Jawed Jax Jaxen Jaxon Jaxson Jaxton Jaxx Jay Jaya Jayadi Jayce Jaycee Jaycie
Jaycob Jayda Jaydan Jayde Jayden Jaydin Jaydon Jaye Jayeng Jayla Jaylah Jaylan Jaylano Jaylee Jayleen Jaylen
Jaylene Jaylin Jaylinn Jaylon Jaylyn Jaylynn Jayme Jaymes Jayne Jayson Jayvano Jayvion Jayvon Jazlene Jazlyn
Jazlynn Jazmin Jazmine Jazmyn Jazmyne Jazmín Jazz Jazzlyn Jazzlynn Jaël Jean Jeana Jeane Jeanetta Jeanette
Jeanie Jeanine Jeanmarie Jeanna Jeanne Jeannel Jeannette Jeannie Jeannine Jeannot Jeanny Jeb Jebet Jecinta Jed
Jedediah Jedidah Jedidiah Jeet Jeevika Jef Jeferson Jeff Jefferey Jefferson Jeffery Jeffie Jeffrey Jeffry
Jefri Jefta Jehanne Jeison Jeisson Jekaterina Jela Jelagat Jelani Jele Jelena Jelica Jelisaveta Jelita Jelka
Jella Jelle Jelmer Jelte Jemal Jemima Jemimah Jemma Jemutai Jena Jenaro Jenel Jenelle Jenetta Jenifer Jeniffer
Jenilee Jenipher Jenna Jennah Jennette Jenni Jennie Jennifer Jenniffer Jennings Jenny Jennyfer Jenný Jenovéfa
Jens Jensen Jensína Jente Jenő Jep Jepchirchir Jepchumba Jepkemoi Jepkoech Jepkorir Jepkosgei Jeppe Jeptha
Jeptoo Jerad Jerald Jeraldine Jeramiah Jeramie Jeramy Jere Jered Jerel Jereme Jeremey Jeremi Jeremiah Jeremias
Jeremiasz Jeremie Jeremiáš Jeremy Jeremías Jerguš Jeri Jerica Jerilyn Jerilynn Jerimiah Jerimy Jerker Jermain
Jermaine Jerman Jermey Jermiah Jernej Jerneja Jerod Jeroen Jerold Jerome Jeromy Jeronimo Jerono Jeroným Jerop
Jerotich Jerrad Jerrel Jerrell Jerri Jerrica Jerrie Jerrilyn Jerrod Jerrold Jerry Jerson Jerusha Jeruto Jeryl
Jerzy Jerónimo Jerôme Jes Jesca Jesenia Jesica Jesika Jesper Jess Jesse Jessee Jessenia Jessi Jessica Jessie
Jessika Jesslyn Jesslynn Jessy Jessyca Jessye Jessý Jesus Jesusa Jesús Jet Jethro Jetmir Jeton Jett Jetta
Jette Jettie Jevgeni Jevgeņijs Jevon Jevrosima Jewel Jewell Jezdimir Jezups Ješa Jhalak Jhan Jhoan Jhoana Jhon
Jhonatan Jhonny Jhony Jibril Jidde Jie Jihane Jil Jiles Jiljí Jill Jillian Jim Jimena Jimi Jimmie Jimmy Jimram
Jina Jinane Jinawi Jindra Jindřich Jindřiška Jing Jinjuta Jinnie Jinte Jinthe Jip Jiri Jitender Jitendra Jitka
Jitrin Jiyan Jiřina Jiří Jo Joachim Joacim Joah Joakim Joakimo Joan Joana Joanie Joann Joanna Joanne Joannes
Joannie Joanny Joany Joao Joaquim Joaquin Joaquina Joaquín Joas Joash Job Jobe Jobst Jocelyn Jocelyne Jocelynn
Jochem Jochen Jochum Jodi Jodie Jody Joe Joel Joelina Joeline Joell Joella Joelle Joellen Joep Joerg Joeri
Joes Joeseph Joesph Joetta Joette Joey Joffrey Johan Johana Johanino Johann Johanna Johannah Johanne Johannes
Johano Johans Johanĉjo Johathan John Johnathan Johnathon Johney Johnie Johnna Johnnie Johnny Johnpaul Johnson
Johnstone Johny Joi Joke Joko Jokūbas Jolana Jolanda Jolanta Jolanthe Jolayemi Joleen Jolene Jolette Jolie
Jolien Jolijn Jolin Jolina Joline Jolán Jon Jona Jonah Jonas Jonatan Jonatano Jonathan Jonathon Jonche Jonell
Jones Joni Jonna Jonnie Jonny Jono Jonte Jonás Jonáš Joojo Joona Joonas Joonatan Joost Jop Joppe Joram Joran
Jordan Jordana Jordane Jordanka Jorden Jordi Jordin Jordon Jordy Jordyn Jordán Joren Joretta Jorga Jorge Jorin
Joris Jorja Jorma Jorn Jorrit Jort Jorunn Jory Jorūnė Jos Joscha Joschua Jose Josef Josefa Josefien Josefiina
Josefin Josefina Josefine Josefita Josefína Joselin Joseline Joseluis Joselyn Josep Joseph Josepha Josephat
Josephin Josephina Josephine Josephus Josette Josh Joshua Joshuah Josiah Josiane Josianne Josie Josiephine
Josif Josip Josipa Joslyn Joso Josphat Josphine Josse Josselin Jossie Jost Josua Josue Josuo Josué Josy José
Josée Joséphine Joud Jouko Jouni Jourdain Journey Jovan Jovana Jovanche Jovani Jovanka Jovanni Jovanny Jovany
Jovin Jovina Jovita Jovitsa Jovka Jovo Joy Joya Joyce Joycelyn Joye Joyline Jozef Jozefa Jozefino Jozefo
Jozefína Jozo Jozue João Joé Joël Joëlle Joĉjo Joŝiko Joško Jošt Joža Jože Jožef Jožefa Jožica Jua Juan Juana
Juanita Juanito Juda Judah Judd Jude Judge Judi Judicaël Judie Judit Judita Judith Judito Judson Judy Judyta
Judyth Judīte Juelz Juergen Jugoslav Juha Juhana Juhani Juho Jukka Jula Julan Jule Jules Juli Julia Julian
Juliana Juliane Juliann Julianna Julianne Julide Julie Julien Julienne Juliet Julieta Julieth Julieto Juliette
Juliino Julija Julijana Julika Julina Julio Julious Julisa Julissa Julita Julius Juliusz Julián Juliána
Juliëtte Juluis Juma Jumaane Jumadi Jumagul Jumari Jun Juna Junayd June Juni Junia Junie Junior Junious Junius
Juno Junon Juozas Jur Juraj Jure Jurgen Jurgita Juri Jurij Juris Jurre Jurģis Jusra Jussi Justas Juste Justen
Justeno Justice Justin Justina Justinas Justine Justiniani Justo Juston Justus Justyn Justyna Justína Justýn
Justýna Justīne Jusuf Juta Jutta Juul Juulia Juuso Juvenal Juwan Juwon Jyoti Jyotis Jyotsana Jyrki Jytte
Jáchym Ján János Járnbrá Járngerður Járngrímur Játgeir Játmundur Játvarður Jázmin Jérémie Jérémy Jérôme
Jéssica Jóa Jóakim Jóann Jóanna Jódís Jóel Jófríður Jóhann Jóhanna Jóhannes Jói Jólín Jómar Jómundur Jón Jóna
Jónanna Jónar Jónas Jónasína Jónatan Jónbjörg Jónbjörn Jónbjört Jóndís Jóndór Jóndóra Jóney Jónfríður Jóngeir
Jóngerð Jónheiður Jónhildur Jóninna Jónmundur Jónný Jónsteinn Jónída Jónína Jóný Jónþór Jóra Jórlaug Jórunn
Jóríður Jósafat Jósavin Jósebína Jósef Jósefín Jósefína Jósep Jósteinn Jósúa Jóvin Józef Józefina József Jökla
Jökull Jökulrós Jörfi Jörg Jörgen Jörgína Jörmundur Jörn Jörri Jörundur Jörvar Jörvi Jørgen Júdea Júdit Júlia
Júlio Július Júlí Júlía Júlían Júlíana Júlíanna Júlíetta Júlírós Júlíus Júní Júnía Júníana Júníus Júrek Jürg
Jürgen Jüri Jānis Jāzeps Jēkabs Jēkaubs Jędrzej Jūla Jūle Jūlija Jūlijs Jūsma Kaamil Kaan Kaaren Kaarina
Kaarlo Kaashif Kaat Kaazim Kabeer Kabil Kabir Kabiru Kacey Kachela Kaci Kacie Kacper Kacung Kacy Kada Kade
Kadeem Kadem Kaden Kadence Kader Kadiatou Kadidia Kadidiatou Kadijah Kadin Kadir Kadri Kadrican Kadriye Kady
Kadyn Kadı Kadınana Kaeden Kael Kaela Kaelyn Kaelynn Kafeel Kagiso Kahina Kahir Kahlil Kahu Kahurangi Kai Kaia
Kaiden Kaija Kaila Kailash Kailee Kailey Kailyn Kaique Kairav Kaisa Kaiser Kaitlin Kaitlyn Kaitlynn Kaiya Kaj
Kaja Kajen Kajetan Kajetán Kajji Kajsa Kajus Kakali Kaktus Kala Kalbi Kaldi Kale Kalea Kaleb Kaleem Kaleema
Kaleena Kaleigh Kalel Kalen Kalender Kalene Kalervo Kalevi Kaley Kalgay Kali Kalidou Kalie Kalim Kalina
Kalinda Kalinik Kalistrat Kaliyah Kalla Kalle Kallie Kallistrat Kalman Kalmann Kalmar Kalpana Kalpit Kaltrina
Kaluwa Kalvin Kalyani Kalyn Kama Kamal Kamala Kamalesh Kamar Kamari Kamaria Kamau Kambali Kamber Kamden Kamel
Kamelya Kameron Kami Kamidin Kamiel Kamil Kamila Kamilah Kamile Kamilla Kamille Kamilly Kamla Kamlesh Kamma
Kamol Kamola Kamolchanok Kamoliddin Kamora Kamran Kamren Kamron Kamryn Kamuran Kamya Kamí Kana Kanak Kanaka
Kanchan Kancı Kanda Kandace Kandef Kandi Kandice Kandy Kane Kanesha Kani Kania Kanini Kanisha Kanishka Kannan
Kannen Kanpulat Kanti Kanye Kançı Kaombwe Kaori Kapagan Kapgar Kapitola Kapiton Kaprasíus Kapítóla Kara
Karaamat Karabaş Karaca Karaer Karahan Karak Karakucak Karam Karama Karamba Karamoko Karan Karanbay Karanfilka
Karani Karanja Karataş Karaça Karcan Kardelen Kardi Kareem Kareen Karel Karelle Karen Kargılaç Kari Kariane
Karianne Karie Karim Karima Karimah Kariman Karimi Karin Karina Karine Karis Karissa Karitas Kariuki Karja
Karkur Karl Karla Karlee Karlene Karles Karley Karlfried Karlheinz Karli Karlie Karlijn Karlinna Karlo
Karlotta Karlukhan Karly Karlína Karlīna Karlıgaç Karma Karman Karmela Karmen Karmeno Karna Karol Karola
Karolann Karolien Karoliina Karolin Karolina Karoline Karolino Karolis Karolo Karolyn Karolína Karon Karp
Karren Karri Karrie Karsa Karsana Karson Karsten Karsyn Karta Karter Karthik Kartik Kartika Karunanidhi Karvel
Karya Karyl Karyme Karyn Karí Karín Karína Karítas Karó Karólín Karólína Karīna Kasam Kasandra Kasen Kasey
Kash Kashan Kashangaki Kashif Kashish Kashvi Kashyap Kashyapi Kasie Kasim Kasimir Kasiran Kasiyah Kasián
Kaskazi Kason Kaspar Kaspars Kasper Kassandra Kassidy Kassie Kassim Kastor Kastriot Kastíel Kasusra Kasyan
Kasım Kata Katalin Katalina Katana Katariina Katarina Katarzyna Katarína Katarínus Katarīna Katcha Kate
Katelijne Katelin Katell Katelyn Katelynn Katerina Katerine Katerino Katerína Kateřina Kathaleen Katharina
Katharine Katharyn Katherin Katherina Katherine Katherinne Kathern Katheryn Kathey Kathi Kathie Kathinka
Kathleen Kathlene Kathlyn Kathrin Kathrine Kathryn Kathryne Kathy Kathyrn Kati Katia Katica Katie Katija
Katina Katinka Katitsa Katja Katla Katleen Katlin Katlyn Katlynn Kato Katri Katrien Katriina Katrijn Katrin
Katrina Katrine Katriona Katryn Katrín Katrína Katrīna Kattie Katty Katun Katunkız Katy Kató Katý Kauko Kauri
Kauthar Kaver Kavon Kavurt Kavya Kawa Kawaca Kawaya Kawkab Kawtar Kawthar Kay Kaya Kayaalp Kayacık Kayagün
Kayaçık Kaycee Kayden Kaydence Kaye Kaygusuz Kayla Kaylah Kaylan Kaylee Kayleen Kayleigh Kaylen Kaylene Kayley
Kayli Kayliah Kaylie Kaylin Kaylyn Kaylynn Kayna Kaynak Kayode Kayra Kayrabay Kays Kaysan Kayson Kayun Kayça
Kayıt Kazanç Kazi Kazim Kazimierz Kazimir Kazimír Kazimíra Kazkatun Kazuko Kazuo Kazuya Kazım Kaïna Kaïs
Kaðlín Kağan Kaşif Kašpar Keagan Kealan Keandre Keanna Keano Keanu Keara Keaton Kecia Keegan Keelan Keeley
Keely Keena Keenan Keenen Keerti Kees Keesha Keet Keeva Kefser Kegan Kehinde Keifer Keijo Keila Keion Keira
Keisha Keith Keji Kekik Keklik Kelan Kelby Kelcie Keld Kelechi Keleş Keli Kelis Kellan Kellee Kellen Kelley
Kelli Kellie Kelly Kellý Kelsea Kelsey Kelsi Kelsie Kelton Kelvin Kelya Kelyan Kelâmi Kem Kemal Kemalettin
Kemba Kemboi Kemi Kemuma Kemunto Kemâl Ken Kenan Kenari Kendal Kendall Kende Kendell Kendra Kendrick Kenedy
Kenes Keneth Kenia Kenichi Kenisha Kenji Kenley Kenn Kenna Kennard Kennedi Kennedy Kennet Kenneth Kenney
Kennith Kennth Kenny Keno Kensi Kent Kenter Kenth Kenton Kenya Kenyangi Kenyatta Kenyon Kenza Kenzi Kenzie
Kenzo Kenzy Keon Kepez Keramet Kerami Keran Keratsa Kerem Keremşah Keren Keri Kerim Kerime Kerman Kermit Kerri
Kerrie Kerry Kerstin Kerttu Kerubo Kerwin Kesha Keshaun Keshawn Keshia Kesme Kete Ketilbjörg Ketilbjörn
Ketilfríður Ketill Ketilríður Ketsia Kevan Keven Kevin Kevon Kevser Keya Keyaan Keyan Keyken Keyla Keyon
Keyshawn Kezban Kezia Keziah Kezlik Keşşaf Kgabu Kha Khaalid Khaan Khadidiatou Khadidja Khadija Khadijah
Khadim Khady Khai Khaled Khalid Khalifa Khalil Khalilah Khamani Khamisi Khang Khanh Khanyisile Kharalampie
Khari Kharitina Khariton Kharlampiy Khem Khethiwe Khiry Khiêm Khiết Khiếu Khloe Khoa Khoan Khoriv Khoudia
Khoát Khristijan Khristina Khristo Khristofor Khristya Khulekani Khuyên Khuyến Khuê Khvalimir Khánh Khê Khôi
Khúc Khương Khả Khải Khắc Khởi Kia Kiaan Kiah Kian Kiana Kiandra Kianna Kiano Kiapo Kiara Kiaran Kiarie Kiarra
Kibafupia Kibar Kibet Kibibi Kiburi Kick Kiddý Kiefer Kiel Kiera Kieran Kiernan Kieron Kierra Kiersten Kieth
Kifaye Kijana Kijani Kika Kike Kikelomo Kiki Kiley Kilian Kilián Kiljan Killian Kilonzo Kilyan Kilían Kim
Kimani Kimanzi Kimathi Kimball Kimber Kimberely Kimberlee Kimberley Kimberli Kimberlie Kimberly Kimbilio Kimeu
Kimi Kimmo Kimo Kimora Kimutai Kimya Kin Kinaya Kincső Kindra King Kinga Kingston Kinley Kinsey Kinsley Kinte
Kinubi Kinuthia Kinyanjui Kinyua Kiné Kiojah Kioko Kip Kipchirchir Kipchumba Kipenzi Kipepeo Kipkemboi
Kipkemoi Kipkirui Kipkoech Kipkorir Kipkosgei Kipkurui Kiplagat Kiplangat Kiplimo Kipngeno Kipngetich Kipp
Kipras Kiprono Kiprop Kiprotich Kipruto Kipsang Kiptoo Kipyegon Kir Kira Kiramettin Kiran Kirana Kiraz Kirby
Kiri Kiril Kirill Kirilo Kirk Kiro Kirsi Kirsten Kirsti Kirstie Kirstin Kirstine Kirsty Kirstín Kirt Kirti
Kirui Kisha Kisima Kit Kita Kitan Kitti Kittie Kitty Kittý Kiume Kiwara Kiy Kiya Kiyan Kiyasi Kiyoko Kiyoshi
Kizzie Kizzy Kiên Kiếm Kiến Kiết Kiều Kiện Kiệt Kjalar Kjallakur Kjalvör Kjaran Kjartan Kjarval Kjeld Kjell
Kjersti Kjetil Kjárr Kjói Klaas Klanjo Klara Klarencjusz Klaro Klas Klaudia Klaudie Klaudius Klaudiusz
Klaudián Klaus Klavdija Klavdiy Klavdiya Klavs Klaŭdino Klaŭdo Klea Klemen Klemens Klement Klementina
Klementino Klementyna Klementína Klementýna Klemenz Kleopatra Kleopatro Kleópatra Kliment Klimentina
Klitemnestro Kloe Klothilde Klotildo Klotylda Kládía Klára Kläre Klængur Kléber Klāra Klāvs Knox Knud Knut
Knute Knuto Knörr Knútur Kobe Koby Kocabaş Kocho Koda Kodchaporn Kody Koech Koen Koenraad Kofi Koggi Koha Kojo
Koko Kolawole Kolbeinn Kolbjörg Kolbjörn Kolbrá Kolbrún Kolby Koldan Koldís Kole Koleta Kolfinna Kolfinnur
Kolfreyja Kolgríma Kolgrímur Kolka Kolmar Koloman Kolombín Kolombína Kolos Kolskeggur Kolten Kolton Kolumbán
Kolumbín Kolumbína Kolur Kolviður Komil Komila Komron Koncagül Kondo Kondrat Kondratiy Konguralp Konkordía
Konner Konnor Konný Konon Konrad Konradi Konradus Konrád Konráð Konrāds Konstance Konstancie Konstancja
Konstantin Konstantina Konstantinos Konstanty Konstantyn Konstantínus Konstantýn Konstantīns Konstanze
Konsuela Konzuela Konštantín Kopan Kopano Kora Koralia Koray Korbin Korbinian Kordell Kordula Korede Korey
Kori Korina Korinna Korir Korka Korkmazalp Korkut Kormlöð Kormákur Kornel Korneli Kornelia Kornelija Kornelius
Korneliusz Korneliy Kornelía Kornelíus Kornil Korniliy Kornilo Korniy Kornél Kornélia Kornélie Kort Kortney
Korugan Kory Kosara Kosgei Kosisochukwu Kosma Kosmas Kosta Kostadin Kostadinka Kostyantin Kotryna Kotse Kotuz
Kourtney Kovu Kozma Koçak Koçer Koçkan Koðrán Koşukhan Kraig Kraki Krasava Krasomil Krasomila Krasoslav
Krentta Kreszentia Kreszenz Kreuzo Krešimir Kriemhild Krijn Krimhildo Kris Krish Krisha Krishna Krishnadas
Krishnadasa Krissy Krista Kristal Kristall Kristan Kristaps Kristberg Kristbergur Kristbjörg Kristbjörn
Kristborg Kristdór Kristel Kristen Kristens Kristensa Krister Kristers Kristey Kristfinnur Kristfríður
Kristgeir Kristgerður Kristi Kristiaan Kristian Kristiane Kristie Kristien Kristiina Kristijan Kristin
Kristina Kristine Kristinn Kristino Kristián Kristiāna Kristiāns Kristjan Kristjana Kristján Kristjón
Kristjóna Kristlaug Kristlaugur Kristleifur Kristlind Kristlín Kristmann Kristmar Kristmundur Kristný Kristof
Kristofer Kristoffer Kristopher Kristrós Kristrún Krists Kristupas Kristvaldur Kristvarður Kristveig Kristvin
Kristvina Kristy Kristyn Kristíana Kristíanna Kristín Kristína Kristóf Kristófer Kristólína Kristýna Kristþór
Kristþóra Kristīne Krisztina Krisztián Krisztofer Kritika Krišjānis Krišs Krištof Krstana Krste Krsto Krume
Krummi Kruno Krunoslav Krysta Krystal Krystel Krysten Krystian Krystin Krystina Krystle Krystyna Kryšpín
Kryštof Krzysztof Kría Ksantipo Ksawera Ksawery Ksenia Ksenija Kseniya Ksenofont Ksente Kubad Kubat Kubilay
Kubra Kubura Kuchanua Kuddusi Kujoe Kujtim Kullervo Kulnun Kumar Kumari Kumiko Kumral Kumru Kumuda Kumush
Kunaporn Kuncara Kunhuta Kunibert Kunigunda Kunigunde Kuno Kunta Kunthara Kupava Kupriyan Kuria Kurnia Kurt
Kurtis Kurunzi Kushtrim Kusiima Kustaa Kusuma Kutay Kutbettin Kutgün Kutun Kuzey Kuzma Kuzman Kveldúlfur
Kvetoslav Kvetoslava Kvido Kvitka Kvitoslava Květa Květoslav Květoslava Květoň Květoš Květuše Kwabena Kwadwo
Kwaku Kwamboka Kwame Kwamena Kwasi Kweku Kweli Kwesi Kwintyn Kya Kyalo Kyan Kyano Kyara Kyla Kylah Kylan Kyle
Kylee Kyleigh Kylene Kyler Kylian Kyliann Kylie Kyllian Kyllikki Kymani Kyosuke Kyra Kyree Kyrie Kyson Kálmán
Kár Kára Kári Károly Kâmil Kâzime Kâzım Käte Käthe Käthi Kåre Kæja Kéba Kévim Kévin Kê Kính Kókó Kópur Köker
Köksal Köktaş Könül Kösemen Kübra Kübran Künkyi Kürşad Kārlis Kęstutis Kılıçbay Kımız Kımızalma Kımızalmıla
Kımızın Kınel Kırat Kırgavul Kırgız Kırlangıç Kırçiçek Kısmet Kıvanç Kıvılcım Kıymet Kızdurmuş Kızıl Kızılalma
Kızıltunç Křesomysl Křišťan Kỳ Kỷ Laal Laban Labeeb Labib Labinot Labuh Lacey Lachlan Laci Lacie Lacy Lad Lada
Ladarius Laddie Ladimir Ladina Ladislao Ladislau Ladislaus Ladislav Ladislava Ladji Ladli Lado Ladomir Ladonna
Lady Laeeq Laetitia Lafayette Lafe Lage Lahiah Lahna Lahoma Lai Laia Laika Laila Lailah Lailati Laimonis
Lainey Laini Laiq Laisha Laith Lajita Lajlaj Lajos Lakeisha Laken Lakendra Lakesha Lakeshia Lakisha Laksana
Laksh Lakshit Lakshman Lakshmi Lakshmidhar Lakshminath Laksita Lal Lala Lale Lalie Lalita Lalla Lalo Laly Lalə
Lam Lamar Lamarcus Lambert Lamberto Lameck Lamia Lamih Lamine Lamiyə Lamont Lamonte Lan Lana Lanang Lance
Lancelot Lancilotto Landan Landen Lander Landin Lando Landolfo Landon Landry Landyn Lane Lanette Laney
Lanfranco Langa Langalibalele Langat Langgeng Lani Lanie Lanita Lanjar Lannie Lanny Lantar Laoise Laora Lapo
Laqeet Laquan Laquita Lara Larae Laraine Laras Larina Larisa Larissa Lark Larkin Laron Larry Lars Larue Lary
Larysa Lascăr Lashanda Lashawn Lashonda Lashunda Lasmanto Lasmono Lasonya Lassana Lasse Lassi Lassie Laswi
Laszlo Latanya Latarsha Latasha Lateef Latesha Latif Latifa Latifah Latife Latika Latisha Latofat Latonia
Latonya Latoria Latosha Latoya Latoyia Latrell Latrice Latricia Latrina Laufar Laufey Laufheiður Laufhildur
Lauga Laugey Laugheiður Laugi Launa Laura Laurance Laurane Laure Laureano Laureen Laurel Laureline Lauren
Laurenc Laurence Laurencie Laurencja Laurencjusz Laurene Laurens Laurent Laurentia Laurentino Laurentiu
Laurenty Laurentyna Laurenz Laurenția Laurențiu Lauretta Laurette Lauri Laurian Lauriane Laurianne Lauriano
Laurie Laurin Laurina Laurine Lauris Laurita Laurits Lauritz Laury Lauryn Laurynas Laurène Laus Laust Lautaro
Lautone Lava Lavada Lavanya Lavar Lavelle Lavender Lavenia Lavera Lavern Laverna Laverne Lavina Lavinia
Lavinio Lavon Lavona Lavonda Lavonia Lavonne Lavr Lavrentiy Lavrin Lavínia Lavīze Lawanda Lawerence Lawrance
Lawrence Lawrencia Lawson Lawton Lawyer Laxman Laxmi Layana Layanah Layla Laylah Laylo Layne Layth Layton
Lazar Lazare Lazaro Laze Laziz Lazo Lazzaro Lazăr Lazım Laçın Laëtitia Laíla Laís Laŭrenco Laŭro Le Lea Leafy
Leah Leala Leamon Lean Leana Leander Leandr Leandra Leandre Leandro Leane Leaner Leann Leanna Leanne Leano
Leart Leatha Leatrice Leda Ledion Ledün Lee Leeann Leela Leelou Leen Leena Leendert Leeroy Leesa Leevi Lega
Legawa Lehna Lei Leia Leider Leidy Leif Leifur Leigh Leighton Leiknir Leikný Leila Leilani Leire Leisa Leisha
Leitha Leiðólfur Lejla Leke Lekha Lela Lelah Leland Lelar Lelia Lella Lem Leman Lembah Lemide Lemma Lemmie
Lemon Lempi Lemuel Len Lena Lenah Lenard Lenche Lene Leni Lenia Lenin Lenja Lenka Lenn Lenna Lennard Lennart
Lennarth Lenne Lennert Lenni Lennie Lennon Lennox Lenny Lenon Lenora Lenord Lenore Lenwood Leny Lenya Leo
Leocadia Leocadio Leodegar Leokadia Leokádie Leola Leoma Leon Leona Leonard Leonardo Leonce Leoncio Leone
Leonel Leonhard Leoni Leonia Leonid Leonida Leonidas Leonie Leonilda Leonio Leonis Leono Leonor Leonora
Leonore Leons Leontin Leontina Leontine Leontiy Leontýn Leontýna Leontīne Leonzio Leonóra Leonīda Leonīds
Leopardo Leopold Leopolda Leopoldina Leopoldine Leopoldino Leopoldo Leopoldýna Leora Leordean Leota Leoš Lepa
Leposava Lera Lerato Lere Leroy Lerzan Lerze Les Lesa Lesana Lesia Leslee Lesley Lesli Leslie Lesly Less
Lessie Lesta Lestari Lester Lesya Leszek Leta Letha Lethia Leticia Leticie Leticija Letitia Letizia Letiția
Letta Letterio Lettie Letty Letícia Leu Leufroy Lev Leva Levana Levar Levent Levente Levern Levi Levie Levin
Levina Levio Levis Levke Levko Levon Levoslav Levy Leví Lew Lewin Lewis Lex Lexi Lexie Lexis Lexus Leya Leyan
Leydi Leyla Leyli Leyna Leyre Lezize Leïla Leïna Leó León Leóna Leónidas Leónóra Leópold Lešek Lhanzey Li Lia
Liah Liam Lian Liana Liane Liara Lias Liban Libardo Libbie Libby Liberata Liberato Liberatore Liberio Libero
Liberto Liberty Libia Libni Libor Libora Liboria Liborio Liboslav Liboslava Libuša Libuše Libère Liběna Liceth
Licia Lică Lida Lidania Liddie Lidia Lidie Lidija Lidio Lidiya Lidmila Lidwina Lidya Lieke Lien Liene Liepa
Lies Liesa Liesbet Liesbeth Lieschen Liesel Lieselot Lieselotte Lieto Lieuwe Lieve Lieven Lieze Lige Ligia
Ligita Liisa Lika Likera Lila Lilah Lilas Lilburn Lili Lilia Lilian Liliana Liliane Lilianna Lilie Lilien
Lilija Lilijana Lilio Lilita Lilith Liliya Liliána Liliāna Lilja Liljana Liljar Liljurós Liljá Lill Lilla
Lillard Lillemor Liller Lilli Lillia Lillian Lilliana Lillianna Lillie Lillis Lilly Lillý Lilo Lilou Lilwenn
Lily Lilya Lilyan Lilyana Lilyanna Lilý Lim Liman Limar Limazah Limon Lina Linah Linas Lincoln Lind Linda
Lindah Lindar Lindberg Lindbergh Linddís Linde Lindell Linden Lindita Lindsay Lindsey Lindy Line Linet Linett
Linette Lingný Linh Link Linn Linna Linne Linnea Linnie Linnéa Lino Linoy Linoï Linsey Lintang Linton Linus
Linwood Linzy Lio Lioara Lioba Lion Lionel Lior Liora Lipika Liridon Liridona Lirim Lirjan Liron Lirone Lis
Lisa Lisandro Lisann Lisanne Lisbet Lisbeth Lise Liselott Liselotte Liseth Lisette Lish Lisha Lisle Lison
Lissa Lissette Lissi Lissie Lissy Listalín Liston Listvich Lita Lital Litha Littie Little Littleton Litzy
Liuba Liubov Liubovi Liudmila Liusea Liv Liva Livia Liviana Livie Livingstone Livino Livio Liviu Livius Liwia
Liya Liyaaqat Liyah Liyam Liyan Liyana Liyaqat Liz Liza Lizabeth Lizbeth Lize Lizete Lizeth Lizette Lizz
Lizzie Lizzy Liétald Liêm Liên Liāna Liễu Liệt Ljiljana Ljuba Ljube Ljuben Ljubica Ljubinka Ljubisa Ljubisha
Ljubitsa Ljubiša Ljubomir Ljubov Ljudevit Ljudmila Ljupcho Ljupka Ljósbjörg Ljósbrá Ljósálfur Ljótunn Ljótur
Ljúfur Llewellyn Lloyd Lo Loa Loan Loane Lobar Lockie Loda Lode Lodewijk Lodovica Lodovico Loek Loes Loet Lofn
Loftur Loftveig Logan Logey Logi Lohan Lohit Loice Loida Lois Loise Lokbrá Loke Loki Lola Lolade Lolita Lolla
Lollie Loma Lon Lona Londisizwe Londiwe London Londyn Lone Loney Long Longin Loni Lonie Lonna Lonnie Lonny
Lonzo Loot Lopa Lope Lora Loraine Loran Lorayne Lorcan Lore Lorean Loredana Loree Loreen Lorelai Lorelei
Lorella Loren Lorena Lorenc Lorene Loreno Lorenz Lorenza Lorenzo Loreta Loreto Loretta Loretto Lori Loria
Lorian Loriana Loriann Lorie Lorik Lorin Lorinda Lorine Loring Loris Lorna Lorne Lorrain Lorraine Lorrayne
Lorri Lorrie Lossie Lot Lota Lotar Lotfi Lothaire Lothar Lott Lotta Lotte Lotti Lottie Lou Loua Louan Louana
Louane Louann Louanna Louay Loubna Louca Louella Louetta Loui Louie Louis Louisa Louise Louisiana Louison
Louka Loula Louna Lounis Loup Lourdes Lourenço Lousie Louvenia Lova Love Lovell Lovett Lovey Lovie Lovina
Lovis Lovisa Lovorka Lovre Lovro Lovísa Lowe Lowell Lowie Loy Loyal Loyce Loyd Loyola Loïc Loïs Loïse
Loðmundur Lu Lua Luan Luana Luann Luanne Luara Luay Luberta Lubin Lubomír Lubomíra Lubor Luboslav Luboslava
Luboš Luc Luca Lucas Lucca Luce Lucențiu Lucero Lucetta Lucette Luchezar Luchino Lucho Lucia Lucian Luciana
Luciano Lucica Lucie Lucien Lucienne Lucija Lucijan Lucila Lucile Lucilla Lucille Lucina Lucinda Lucindy Lucio
Lucious Lucius Lucián Luciána Lucja Lucjan Lucky Lucrecia Lucretia Lucrezia Lucreția Lucrețiu Lucy Lucía Luda
Ludano Ludger Ludie Ludivine Ludivoj Ludiše Ludmila Ludmilla Ludo Ludolf Ludolphe Ludomír Ludomíra Ludoslav
Ludoslava Ludovic Ludovica Ludovico Ludovicus Ludovikino Ludoviko Ludvig Ludvik Ludvika Ludvík Ludvíka Ludwig
Ludwik Ludwika Ludwina Luděk Lue Luej Luella Luena Luetta Lugenia Luhung Lui Luigi Luigia Luigina Luis Luisa
Luisana Luise Luisina Luitgard Luiz Luiza Lujza Luk Luka Lukas Lukasz Luke Lukhona Lukita Lukiya Lukka Lukman
Luko Lukrecius Lukrécie Lukyan Lukáš Lula Lulah Lular Lulie Luljeta Lulla Lulu Luluh Lulut Lulzim Lum Luminita
Luminița Luminosa Lumír Lumíra Luna Lundi Lune Lungelo Lungile Lungu Lunna Lupe Lupita Luqmaan Luqman Lura
Lurana Lurena Lurhur Lurline Luster Lut Lute Lutf Lutfan Lutfi Lutfiya Lutfulloh Lutgarde Lutgardis Lutgart
Luther Luthfi Lutibor Lutie Lutobor Lutz Luuk Luus Luvenia Luverne Luvinia Luwar Luwes Lux Luyanda Luz Luzia
Luzie Luzius Luzmira Luân Luís Luísa Luďka Luīze Luận Luật Lwandile Lwandle Ly Lya Lyam Lyan Lyana Lyda Lydell
Lydia Lydiah Lydiane Lydianne Lydie Lydía Lyes Lykke Lyla Lylah Lyle Lylia Lylou Lyman Lyn Lyna Lynda Lyndia
Lyndon Lyndsay Lyndsey Lyne Lynette Lyngar Lyngheiður Lynley Lynn Lynne Lynnette Lynsey Lynwood Lyric Lysanne
Lysiane Lyubava Lyubim Lyubislava Lyubodar Lyubomila Lyubomir Lyubomira Lyuborada Lyuboslava Lyubosmysl Lyubov
Lyubozar Lyudmila Lyudomila Lár Lára Lárensína Lárent Lárentíus Láretta Lárey Lárus László Lázaro Lâle Lâm Lân
Læla Lærke Léa Léana Léandre Léane Léda Léna Léo Léon Léonard Léonce Léone Léonie Léonne Léontine Léopold
Léopoldine Lér Lévi Lê Lía Líba Líf Lífdís Lín Lína Línberg Línbjörg Líndís Líneik Líney Línhildur Líni Lísa
Lísabet Lísandra Lísbet Lísebet Lív Lívia Lîlan Lîrîk Lóa Lóreley Lórens Lórenz Lúcia Lúcía Lúkas Lúna Lúsinda
Lúsía Lúter Lúther Lúvísa Lúísa Lúðvíg Lúðvík Lúðvíka Lüfen Lütfi Lütfullah Lý Lýdia Lýdie Lýdía Lýtingur
Lýður Lāsma Lăcrămioara Lăng Lėja Lĩnh Lība Līga Līksma Līna Līva Līvija Līza Līze Lūcija Lưu Lương Ləman Lạc
Lập Lễ Lệ Lộ Lộc Lợi Lục Lực Maad Maahir Maaike Maajid Maalik Maan Maanas Maanav Maaria Maarit Maarten Maartje
Maas Maawiya Maaya Maayane Maaz Maazin Mabad Mabel Mabela Mabell Mabelle Mable Mabruk Mac MacKenzie Maca
Macaire Macarena Macaria Macario Macarthur Macauley Maccabeo Mace Macel Maceo Macey Macharia Machelle Maci
Macide Macie Maciej Mack Mackenzie Macs Mactar Macy Mad Madaha Madalena Madaline Madalyn Madalynn Madani
Madara Maddalena Madden Maddison Maddox Maddux Maddý Made Madeleine Madelene Madelief Madeline Madelyn
Madelynn Madge Madhav Madhavi Madhuri Madid Madie Madilyn Madilynn Madina Madini Madisen Madison Madisyn
Madita Madiyan Madlaina Madleen Madleina Madlen Madlyn Madoa Madonna Madora Mads Mady Madyan Madyson Mae
Maebell Maebelle Maegan Mael Maelle Maelys Maes Maeva Maeve Mafalda Maffeo Maftuna Magali Magalie Magaly Magan
Magarete Magda Magdalen Magdalena Magdalene Magdaleno Magdaline Magdaléna Magdolna Magen Magga Maggey Maggi
Maggie Maggiorino Maggy Maggý Magna Magndís Magne Magnea Magnes Magney Magnfríður Magngeir Magnheiður
Magnhildur Magni Magno Magnolia Magnus Magnús Magnúsína Magný Magnþór Magnþóra Magret Magrit Maguelone
Maguette Magðalena Mahad Mahala Mahali Mahalia Mahalie Mahamadou Mahan Mahault Mahaut Mahaz Mahbeer Mahboob
Mahbub Mahdee Mahdi Mahdy Mahe Maheen Mahendra Maher Mahesa Mahesh Maheswar Mahfooz Mahfud Mahfuj Mahfuz Mahi
Mahigül Mahika Mahir Mahja Mahlon Mahmood Mahmoud Mahmud Mahmut Mahnaz Mahrus Mahsun Mahter Mahulena Mahzan
Mahzun Mahé Mai Maia Maica Maicol Maida Maie Maighread Maija Maik Maike Maiken Maikol Maila Mailin Mailo
Maimuna Maimunah Maina Maingi Maiorico Maira Maire Mairead Mairin Mairtin Maisa Maisha Maisy Maite Maitê Maivi
Maiya Maj Maja Majani Majd Majda Majdi Majdy Majeed Majella Majken Major Majvor Makai Makaila Makala Makan
Makar Makara Makarena Makary Makau Makayla Makedon Makedonka Makeen Makena Makenna Makenzie Makhi Makhtar
Makini Makinwa Makokha Makori Makrina Maks Maksim Maksimiljan Maksimilyan Maksimo Makso Maksud Maksur Maksym
Maksymilian Maksüde Makunga Makuta Makuu Mal Mala Malachi Malachy Malak Malakai Malaki Malati Malaya Malco
Malcolm Malcom Male Malea Maleah Malek Malen Malena Malene Malgorzata Malia Maliah Malick Malik Malika Malin
Malina Malinda Malio Malissa Malissie Maliyah Maliza Mališa Malla Mallaury Malle Mallie Mallorie Mallory Malo
Malone Malorie Malou Maloxat Malte Malthe Malti Malu Malva Malvin Malvina Malvino Malvína Malvīne Malwina
Malía Malín Mama Mamadou Mamady Maman Mamante Mame Mamen Mamert Mamie Mammie Mamoudou Mamour Mamun Man Manaaki
Manabu Manaf Manah Manaia Manal Manan Manar Manassé Manawa Manbir Manca Mancio Manda Mandaakin Mandakini Mandi
Mandie Mandla Mandlakhe Mandy Manel Manelle Manerva Manervia Manetto Manford Manfred Manfredo Manfreð Manfréd
Mangala Mangalya Mani Manie Manik Manikya Manil Manila Manilio Manilla Manisha Manja Manjo Manjusha Manley
Manlio Manly Mannie Manning Manoah Manoj Manola Manole Manolo Manon Manona Mansfield Manson Mansour Mansueto
Mansur Mansurali Mansvet Mantas Manthan Mantė Manu Manuel Manuela Manuele Manuelita Manuella Manuelle Manus
Manuél Manya Manúel Manúela Maphikelela Maqsud Mar Mara Maraea Marah Maralyn Maram Marana Maranda Maras Marat
Marbjörn Marc Marcantonio Marceau Marcel Marcela Marceli Marcelin Marcelina Marceline Marcelino Marcell
Marcella Marcelle Marcello Marcellus Marcelo Marcelína Marchello Marcheta Marci Marcia Marcial Marciano Marcie
Marcin Marcio Marco Marcos Marcu Marcus Marcy Mardell Mardon Mardís Mare Maree Mareen Mareike Mareikura
Mareile Marek Mareks Marel Marela Mareli Marella Marely Maren Marena Marese Mareta Marey Marfa Marfríður Marga
Margana Margaret Margareta Margarete Margaretha Margarethe Margareto Margarett Margaretta Margarette Margarida
Margarita Margarite Margaritha Margarito Margaréta Margaud Margaux Marge Margeir Margene Margeret Margery
Marget Margherita Margie Margit Margita Margitta Margo Margot Margoth Margret Margreth Margrethe Margrett
Margretta Margrieta Margrit Margrith Margrjet Margrét Margrímur Marguerite Margueritte Margunnur Margurite
Margus Marguy Margy Marheiður Mari Maria Mariadi Mariah Mariam Mariama Mariame Marian Mariana Mariane
Marianela Mariangela Marianita Mariann Marianna Marianne Mariano Maribel Maribeth Marica Maricarmen Maricel
Maricela Marichka Maricica Maricruz Marie Mariechen Marieke Mariel Mariela Mariele Mariella Marielle
Marieluise Mariem Marieta Marietta Mariette Marija Marijan Marijana Marijke Marijn Marijón Marika Marikó
Marilee Marilena Marilie Marilla Marilou Marilu Mariluz Marilyn Marilyne Marilynn Marilú Marin Marina Marinda
Marine Marinela Marinella Marinetta Marinette Marini Marinjo Marinka Marinko Marino Marinus Marinó Mario
Marioara Mariola Marion Marisa Marise Marisel Marisela Marisol Marissa Maristela Marit Marita Maritta Maritza
Marius Mariusz Mariya Mariyah Marián Marième Marja Marjaana Marjan Marjana Marjanca Marjane Marjani Marjatta
Marjeta Marjo Marjolaine Marjona Marjorie Marjory Marjukka Marjut Marjón Mark Markas Markel Markell Marketta
Markika Markita Markiyan Markku Marko Markrún Markus Markéta Markó Markús Markþór Marla Marlana Marland
Marlaug Marlee Marleen Marleigh Marlen Marlena Marlene Marleny Marley Marli Marlie Marlies Marliese Marlin
Marlis Marlise Marlo Marlon Marly Marlyn Marlys Marlyse Marlène Marlén Marlín Marlís Marni Marnie Marnita
Marnix Marolo Marolyn Maron Maroof Marouane Maroš Marques Marquez Marquis Marquise Marquita Marri Marrion
Marrit Marry Mars Marsa Marsellíus Marselía Marselína Marsh Marsha Marshal Marshall Marsibil Marsilía Marsito
Marsudi Marsý Mart Marta Martaka Martana Martani Marte Marteinn Martell Marten Marteno Martez Martha Marthe
Marthen Marti Martial Martijn Martika Martim Martin Martina Martine Martino Martirio Martta Martti Marty
Martyan Martyn Martyna Martynas Martí Martín Martína Marut Maruta Maruša Marva Marvel Marvin Marwa Marwan
Marwane Marwata Marwen Marwin Mary Maryadi Maryam Maryann Maryanne Maryanto Marybelle Marybeth Maryellen
Maryjane Maryjo Marylee Marylin Maryline Marylou Marylouise Marylyn Marylène Maryna Maryse Maryvonne Marzena
Marzia Marzio Marème Marí María Maríam Marían Maríana Maríanna Marías Marín Marína Marínella Marínó Maríon
Marís Marísa Marísól Marít Maríuerla Maríus Marólína Marý Marģers Mas Masako Masao Masar Mashxura Masika
Masinde Mason Massamba Massiel Massima Massimiliano Massimo Massinissa Masume Mat Matan Matar Matas Mate Matea
Matei Matej Mateja Mateo Mateus Mateusz Matevž Math Matheo Matheus Mathew Mathews Mathias Mathieu Mathijs
Mathilda Mathilde Mathis Mathurin Mathuys Mathys Mathéo Mathías Mati Matias Matic Matie Matija Matilda Matilde
Matis Matisse Matiu Matjaž Matko Mato Matouš Matrona Matroniano Mats Matt Matta Mattea Matteo Mattes Matthea
Mattheo Matthew Matthias Matthieu Matthijs Matthilda Matthildur Matthis Matthäus Matthía Matthías Matti Mattia
Mattias Mattie Mattis Matts Mattye Mattéo Mattíana Mattías Mattína Mattý Matunda Matvey Matviy Matylda Matys
Matyáš Matz Matéo Matías Matúš Matěj Matīss Maua Maud Maude Maudie Maugis Mauno Maura Maureen Mauri Maurice
Mauricette Mauricio Maurilio Maurin Maurine Maurits Mauritz Maurizio Mauro Maurus Maury Maurycy Mavdud
Maverick Mavie Mavis Mavlon Mavluda Mavuno Mawuena Mawusi Max Maxbuba Maxellende Maxence Maxens Maxfuza Maxi
Maxie Maxim Maxima Maxime Maximiano Maximilian Maximiliano Maximilien Maximilián Maximillia Maximillian
Maximino Maximo Maximus Maxine Maxmilián Maxsuma Maxwel Maxwell Maxx May Maya Mayane Mayar Maybell Maybelle
Maye Mayerly Mayeul Maykol Mayla Mayline Maylis Mayme Maymie Maynard Maynur Mayo Mayoor Mayra Maysa Mayson
Mayssa Mayte Mayya Mazbut Mazhar Mazie Mazlum Maé Maélis Maël Maëlie Maëline Maëlis Maëlle Maëly Maëlyne
Maëlys Maëva Maía Maídís Maísól Maï Maïa Maïly Maïlys Maïmouna Maïna Maïssa Maïssane Maïté Maïwenn Małgorzata
Maşide Maša Mašinka Maža Mbalienhle Mbaye Mbithi Mboya Mbugua Mburu Mcarthur Mcebisi Mckayla Mckenna Mckenzie
Mckinley Meabh Meadow Meagan Meaghan Mearl Mechelle Mechislav Mechislava Mechthild Mechthilde Mechtild Mecide
Mecit Meda Medard Medardo Medea Media Medina Medine Medora Medoro Medya Medėja Meelis Meena Meenakshi Meera
Mees Mefarettin Mefharet Mefodiy Meg Megan Megane Meggan Meggie Megha Meghan Meghana Meghann Meghnad Meghnath
Meglena Mehdi Mehdiqulu Mehdiye Mehin Mehman Mehmed Mehmet Mehmetzahir Mehriban Mehrigül Mehrimoh Mehtap Meibh
Meik Meike Meinhard Meinolf Meinrad Meire Meja Mekhala Mekhi Mekkin Mekkinó Mekkín Mel Melaha Melani Melania
Melanie Melanija Melanine Melanio Melaniya Melany Melba Melbourne Melchiade Melchior Melchiorre Melchor Melda
Melek Meleknur Melenija Melezio Melia Melichar Melih Melihcan Melike Melikkan Melikşah Melina Melinda Meline
Melis Melisa Melissa Melissia Melita Melitina Melitta Melker Melkorka Melkíor Melkólmur Mell Melle Mellie
Mellina Mellisa Mellissa Melnic Melodee Melodi Melodie Melody Melonie Melony Melrakki Melrós Mels Meltem
Melton Melusine Melva Melvil Melville Melvin Melvina Melvine Melvyn Melwin Melyna Melyssa Melánia Melánie
Melûl Memduh Memili Memphis Mena Menachem Menahem Menaka Menardo Mence Mendel Mendy Menelao Meneo Menfeat
Mengi Mengüç Menişan Menka Menno Mennone Menodora Mensalder Mentor Meral Merba Mercede Mercedes Mercer Merche
Mercurio Mercy Mercyline Merdi Mereana Meredith Merel Meret Merete Merethe Mergim Meri Meriam Meriem Merih
Merijn Merike Merilyn Merim Merita Meriç Merja Merjem Merkúr Merl Merle Merlene Merlin Merlyn Merna Merri
Merrie Merrilee Merrill Merrily Merritt Merry Mert Mertel Mertie Merton Merva Merve Mervi Mervin Mervyn Merwan
Merwin Mery Meryam Meryem Meryeme Meryl Merzuk Meshack Messalina Messiah Messíana Mestan Mestur Mesude Mesut
Meta Mete Metehan Metello Metha Methúsalem Metin Metinkaya Metka Meto Metod Metodi Metodij Metodija Metoděj
Metrine Metro Metrofane Metta Mette Mettie Metúsalem Meveddet Mevlüdiye Mevlüt Mex Mey Meyer Meyhanim Meyra
Meyransa Meyvant Mezide Meïssa Mečislav Mečislava Meşhur Mhambi Mi Mia Miah Mica Micael Micaela Micah Micayla
Miceal Micha Michael Michaela Michaele Michail Michal Michala Michale Michalina Michaël Michał Micheal
Micheala Michel Michela Michelangelo Michele Micheletto Michelina Micheline Michell Michelle Michelotto
Michial Michiel Micho Michèle Mick Mickael Mickaël Mickey Mickie Micky Midas Mie Mieke Miel Miesha Mieszko
Migdalia Miglė Mignon Miguel Miguela Miguelangel Miha Mihael Mihaela Mihai Mihail Mihailo Mihajlo Mihels
Mihhail Mihin Mihkel Mihnea Mihrab Mihriban Mihriye Mihály Miia Miika Mija Mijat Mijo Mik Mika Mikael Mikaela
Mikaelína Mikaere Mikail Mikaila Mikako Mikal Mikala Mikalah Mikayla Mikayıl Mikaïl Mike Mikeal Mikel Mikels
Mikhail Mikhajlo Mikhaylo Mikhey Mikho Miki Mikita Mikjáll Mikkael Mikkalína Mikkel Mikki Mikko Miklós Mikola
Mikoláš Mikołaj Mikuláš Mikyas Mila Milada Miladin Milagros Milan Milana Milanka Milanko Milano Milas Milay
Milburn Milcah Milcho Milda Mildinberg Mildred Mildríður Mile Milen Milena Miles Mileta Mileva Miley Milford
Milhan Milica Milisav Milissa Militsa Milivoj Miliy Milić Miljan Miljana Miljenko Milka Milkah Milla Millaray
Millard Mille Miller Millicent Millie Mills Milly Millý Milo Milodara Milojica Milomir Milorad Milos Milosh
Miloslav Miloslava Milota Milou Milouš Milovan Milovín Miloň Miloš Milred Milton Milutin Milutín Miluše Milán
Milík Milíč Mima Mimi Mimma Mimmi Mimo Mimoza Mimy Min Mina Minakshi Mincho Minda Mindaugas Mindi Mindy Mine
Minenhle Miner Minerva Minervia Minervina Minervino Ming Minh Minibe Mink Minka Minna Minney Minnie Minný
Minodora Minor Minoru Minta Mintie Mio Mioara Miodrag Miomir Mir Mira Mirabela Mirac Miracle Miran Miranda
Miray Miraziz Miraç Mirbadin Mircea Mirche Mirco Mirdza Mireia Mireille Mirek Mirela Mirella Mireya Miriah
Miriam Miriama Miriamo Mirian Mirja Mirjam Mirjami Mirjana Mirka Mirkelam Mirko Mirkó Mirlinda Mirna Miro
Mirocleto Miromil Miromila Miron Mirona Mironshoh Miroslav Miroslava Miroslaw Miroslawa Mirra Mirre Mirriam
Mirsad Mirta Mirte Mirtha Mirthe Mirtie Mirtil Mirto Miruna Miryam Mirza Mirziyo Misael Misaele Misbah Mischa
Mishat Mislav Misra Missie Missouri Missy Mist Misti Mistie Misty Misuli Mitali Mitar Mitch Mitchel Mitchell
Mitchelle Mitesh Mithat Mitică Mitja Mitofan Mitra Mitre Mitruț Mittie Mituru Mitzi Mitzy Miya Miyesser Mizgîn
Mizhir Miên Miĉjo Miķelis Miłosz Miša Miško Mjalldís Mjallhvít Mjaðveig Mjöll Mjöllnir Mjölnir Mkarkara Mlad
Mladen Mlađana Mlungisi Mnata Mnislav Mnislava Mnqobi Moa Mobolaji Moche Moctar Modena Modest Modesta Modesto
Modibo Modou Modris Modrīte Modupe Mody Moe Moesha Mofifoluwa Mogens Mohamad Mohamadou Mohamed Mohamedi
Mohammad Mohammed Mohamud Mohan Mohana Mohand Mohinder Mohini Mohinur Mohir Mohlaroyim Moira Moises Moisey
Moisés Mojca Mojisola Mojisoluwa Mojmír Mojżesz Mojžíš Mokey Mokrina Moli Mollie Molly Momanyi Momchilo Momir
Momira Momo Momoko Mona Monaldo Monalisa Monde Monica Monicah Monika Moniko Monique Monis Monitore Monja Monna
Monnie Monroe Monserrat Monserrate Mont Montana Monte Montel Montgomery Montie Montrell Montserrat Monty
Monvīds Moody Moos Mora Moraa Moradeke Morayo Mordechai Moreen Morena Morenike Moreno Morgan Morgana Morgane
Moriah Moric Morine Moris Moritz Morne Morolake Morris Morten Mortimer Morton Mory Mose Moseo Moses Moshe Mosi
Mosinmileoluwa Mossie Mosunmola Mosè Motrya Motunrayo Mouctar Mouhamadou Mouhamed Mouhameth Mouhammadou
Mouloud Mounir Mourad Moureen Mourib Mourine Moussa Moustafa Moustapha Moxidil Moxigul Moxina Moxinur Moxira
Moya Moyosore Mozell Mozella Mozelle Mozes Moïra Moïse Moïsette Mořic Mpho Mpilo Mpumelelo Mrihani Msizi
Mstislav Mstislava Mthokozisi Mthunzi Muammer Muarra Muattar Muaviye Muaz Muazzam Mubina Mucahit Muchiri
Mudīte Muema Mueni Mufide Mufiz Mugambi Mugdha Mugendi Muggur Mugo Mugur Mugurel Muhallil Muhamado Muhamed
Muhamet Muhammad Muhammadali Muhammadamin Muhammadamir Muhammadayub Muhammadaziz Muhammadrizo Muhammadsafo
Muhammadsodiq Muhammadsolih Muhammadumar Muhammadyasin Muhammadyusuf Muhammadziyo Muhammed Muhammet Muharrem
Muhazzim Muhima Muhip Muhiye Muhsin Muhsina Muhtar Muhterem Muhteşem Muhtor Muhyettin Muhyiddin Muia Muireann
Muiruri Muizza Mujde Mujur Mukadder Mukaddes Mukbile Mukesh Mukhwana Muktedi Muktedir Muktefi Mukul Mulele
Muli Mulwa Mulya Mulyanto Mulyono Mumbi Mumo Mumpuni Mumtoz Munda Mundheiður Mundhildur Mundína Munene Mungai
Muni Munif Muninn Munisa Munyao Munyoki Murad Murat Muratcan Murdock Muriel Muriela Murielle Muriithi Murilo
Murimi Murithi Muriuki Murl Murod Murphy Murray Murry Mursalina Mursinin Mursita Murti Musa Musafet Musaffa
Musau Musawenkosi Musee Musembi Musfira Mushtariy Musila Musiy Muslih Muslim Muslima Mustafa Mustafo Mustapha
Mustika Mustofa Musulmon Musyoka Musyoki Mutahhar Mutai Mutasım Muteber Mutemed Muthama Muthengi Muthoka
Muthoni Muthui Mutia Mutie Mutinda Mutiso Mutisya Mutluhan Muttalib Mutua Mutuku Mutunga Muturi Muvaffak
Muvahhide Muxlisa Muxtar Muyassar Muyiwa Muzaffar Muzaffer Muzayyana Muzdahir Muzdalifa Muzhir Muziano Mwamini
Mwanajuma Mwanamisi Mwangangi Mwangi Mwaniki Mwanzia Mwasaa Mwaura Mwende Mwendwa Mwezi Mwikali Mwiti My Mya
Myah Mychal Myer Mykel Myla Mylan Mylee Mylene Myles Mylie Mylo Mylène Myra Myranda Myriam Myrkvi Myrl Myrle
Myrna Myron Myrra Myrta Myrtha Myrthe Myrtice Myrtie Myrtil Myrtille Myrtis Myrtle Mzamo Mábil Mája Málfríður
Málhildur Málmfríður Mánadís Máney Máni Már Mára Márcia Márcio Mária Mário Márk Márta Márton Márus Mátyás Máté
Máxima Máximo Märta Märtha Måns Mårten Médea Médoune Médéric Mégane Mélanie Mélina Méline Mélisande Mélissa
Mélissandre Mélodie Mércia Mérovée Mía Mías Mímir Mína Mínerva Mír Míra Míranda Mítra Míó Módís Móeiður Móey
Móheiður Móna Mónica Mónika Móníka Móri Móric Mórits Móses Móði Möhsim Mörk Mörður Múli Mübariz Mübetcel
Mücellib Mücevher Müesser Müferrih Müfid Müfit Müge Müjdat Müjde Müjgan Mükerrem Mükramin Mükrüme Mülayim
Mülâyim Mümtaz Mümtaze Münevver Münezzer Münif Münir Müren Müret Mürit Müsemma Müslum Müslüm Müveddet Müzdad
Müzekker Müğber Müşir Müşkünaz Müşüre Mýr Mýra Mýrkjartan Mýrún Māra Mārcis Māris Mārtiņš Mārīte Mădălin
Mădălina Mălina Mărioara Măriuca Mētra Mısra Mələk Mạnh Mẫn Mậu Mộc Mộng Mỹ Na Naadir Naail Naajy Naasih
Naasir Naathim Naazhim Nabeeh Nabeel Nabhan Nabi Nabigh Nabih Nabil Nabila Nabin Nacer Nachiket Nacho Naci
Nacio Nada Nadalina Nadeem Nadejda Nades Nadeschda Nadeshda Nadezhda Nadežda Nadhir Nadi Nadia Nadim Nadin
Nadine Nadir Nadiya Nadja Nadr Nadzieja Nadège Nadía Naděžda Nae Naeem Nael Naemi Nafasat Nafees Nafesa Nafii
Nafile Nafis Nafisa Nafiz Nafula Nagabhushanam Naglis Nahashon Nahel Nahiara Nahid Nahil Nahla Nahuel Naiara
Naib Naide Nail Naim Naima Naimh Naina Nair Naja Najair Najam Najee Najeeb Najib Najla Najmiddin Najuma Najwa
Naki Nakia Nakif Nakip Nakisha Nakita Naksh Nakul Nala Nalan Nalar Naliaka Nalini Nallely Nalân Nam Namazio
Name Namiq Namon Namık Nan Nana Nanami Nanche Nanci Nancie Nancy Nand Nanda Nandi Nandini Nando Naneta Nanette
Nanie Nanjala Nanna Nannette Nanni Nannie Nanný Nansý Naoimh Naoise Naoki Naoko Naom Naoma Naomh Naomi Naomie
Naomy Naomí Naoto Naoufal Naoufel Napoleon Napoleone Nara Naradi Narayan Narcis Narcisa Narciso Narcisse
Narcissus Nardi Narendra Narfi Nargiza Narhanim Narimane Narimon Narin Narinder Narji Narkis Narseo Narsete
Narıngül Nas Nasab Naser Nash Nashipie Nasiba Nasim Nasir Nasiru Nasra Nasriddin Nasrullah Nassim Nastja Nasuf
Nat Natacha Natale Natalee Natali Natalia Natalie Natalija Natalina Natalio Nataliya Natalja Nataly Natalya
Natalía Natan Natanael Nataniel Nataníel Natasa Natascha Natasha Natasja Natasza Nataša Natașa Nate Natella
Nath Nathalia Nathalie Nathaly Nathan Nathanael Nathanaël Nathanial Nathaniel Nathari Nathasha Nathen Natiq
Natividad Natka Natosha Nattawun Natália Natálie Natālija Naud Naudet Naum Naumka Naura Nautica Naval Naveen
Navin Nawal Nawel Nawfel Nawroz Naya Nayara Nayaret Nayareth Nayel Nayeli Nayely Nayfa Nayibe Nayil Nayla Naz
Nazan Nazar Nazaret Nazario Nazariusz Nazariy Nazary Nazende Nazi Nazif Nazim Nazimet Nazir Nazlihan Nazlim
Nazlı Nazmi Nazrulloh Nazzareno Nazzaro Nazıdil Nazım Naël Naëlle Naïa Naïl Naïla Naïm Naïma Naïs Naómí Naďa
Nađa Nağı Ndegwa Nderitu Ndirangu Ndleleni Ndondoloza Nduku Ndumiso Ndung'u Ndunge Ndungu Nduta Nea Neal
Nealie Nealy Neasa Nebih Nebiha Nebojsa Nebojsha Nebojša Necat Necati Necdat Necdet Nechifor Necib Necilal
Necla Necmettin Necva Ned Neda Nedas Nedda Nedeljko Nedelka Nedelko Nedim Nedjeljka Nedjeljko Nedjma Nedra
Needham Neel Neela Neele Neelima Neeltje Neely Neema Nefaret Nefeli Nefiye Neftalí Neha Nehemiah Nehip Nehir
Neider Neil Neill Neisti Neiva Neja Nejat Nejc Nejdet Nejla Nekesa Neklan Nel Nela Nelah Nelcy Nelda Nele
Nelea Neli Nelia Nelie Nelima Nelio Nell Nella Nelle Nellea Nelli Nellie Nello Nelly Nellý Nels Nelson Nelsy
Nelu Nelya Nemanja Nemir Nemira Nena Nenad Nene Nenna Nenni Neo Neofit Neola Neoma Neonila Neopolo Neoterio
Nepomuk Neppie Neptúnus Neptün Nera Nerea Nereida Nereo Nergis Neri Neriban Nerijus Nerim Neringa Nermin
Nermine Nery Nesa Nesfe Nesho Nesim Nesip Neslinur Neslisah Neslişah Nesrin Nesrine Nessa Nestor Nestore Neta
Nete Netra Netta Nettie Neva Nevada Nevaeh Neval Neveah Neven Nevena Nevenka Nevgin Neville Nevin Nevio Nevise
Nevra Nevsal Nevsale Nevzat Newell Newman Newroz Newt Newton Neyla Neyran Nezamysl Nezengül Nezihi Nezize
Neïla Neşet Neşrin Neža Ng'ang'a Nga Ngaire Ngamia Nganga Ngari Ngeni Nghi Nghiêm Nghiệp Nghĩa Nghị Ngigi
Ngozi Ngugi Nguyên Nguyết Nguyễn Nguyệt Ngà Ngân Ngôn Ngạn Ngọc Nhan Nhi Nhiên Nhiệm Nhlakanipho Nhlanhla Nhu
Nhung Nhuận Nhàn Nhân Nhã Nhơn Như Nhượng Nhạn Nhất Nhật Nia Nial Niall Niame Niamh Niara Nibaldo Nicanor
Nicarete Nicat Niccolò Nicea Niceforo Niceto Nicezio Nichakarn Nichelle Nichifor Nichol Nichola Nicholas
Nicholaus Nichole Nicholus Nick Nicki Nicklas Nicklaus Nickolas Nickson Nicky Nicla Niclas Nico Nicoară
Nicodemo Nicodemus Nicodim Nicol Nicola Nicolae Nicolai Nicolaie Nicolaj Nicolas Nicolasa Nicolaus Nicole
Nicoleen Nicoleta Nicoletta Nicolette Nicoline Nicolle Nicolás Nicolò Nicon Nicu Niculina Niculiță Nicușor
Nicuță Nicéphore Nida Nidhi Nidia Nidra Niek Niels Niene Nienke Nieves Nifont Nigar Nigel Nigesa Nigora Nihad
Nihai Nihal Nihan Niharika Nihat Niilo Niina Nik Nika Nikandr Nikanor Nikau Nike Nikhil Niki Nikia Nikifor
Nikita Nikki Nikkie Nikko Niklas Niklaus Niklāvs Niko Nikodem Nikodim Nikodina Nikodém Nikodéma Nikol Nikola
Nikolai Nikolaj Nikolajs Nikolao Nikolaos Nikolas Nikolasz Nikolaus Nikolay Nikole Nikoleta Nikolett Nikoletta
Nikolina Nikolĉjo Nikon Nikora Niks Nikulás Niké Nikíta Nikólína Nikša Nil Nila Nilam Nilcan Nilda Nilde Nile
Niles Nilgün Nili Nilima Nilo Nils Nilson Nilufar Nim Nimakoah Nimas Nimit Nimrat Nimród Nina Nine Ninel
Nineli Ninetta Ninfa Ninh Niniano Ninioluwa Ninja Ninna Ninnie Nino Ninon Ninoska Ninthe Nio Niouma Nira
Niracha Niraj Niranjan Nirbhay Nirgül Nirja Niro Nisa Nisan Nischal Nisha Nita Nitara Nitesh Nives Nixon
Niyaga Niyaz Niyazi Niyilolawa Nizamettin Nizar Nizom Nizomiddin Niðbjörg Niğmet Niştîman Niệm Njabulo Njagi
Njegomirka Njenga Njeri Njeru Njiru Njogu Njoki Njoroge Njozi Njue Njuguna Njála Njáll Njóla Njörður Nkanyezi
Nkazimulo Nkiruka Nkosenye Nkosingiphile Nkosinhle Nkosiyabo Nnamdi Nneka Noa Noah Noam Noami Noan Noar Noaĥo
Nobantu Nobie Noble Nobuhle Nodira Noe Noel Noeleen Noelia Noelie Noeline Noelle Noema Noemi Noemie Noemy
Noemí Nofoto Noha Noham Nohan Nohely Nohora Noila Noirin Nojus Nokulunga Nokuthula Nola Nolan Nolann Nolberto
Noleen Nolen Nolhan Nolia Nolie Nollaig Nolwazi Noma Nomagugu Nomalanga Noman Nomasonto Nomathalente
Nomathemba Nomcebo Nomi Nomthandazo Nomusa Nomvula Nona Nonhlanhla Nonie Nonjabulo Nonkululeko Nonna Nonni
Nonso Noor Noora Noortje Noppakao Nora Norah Norbert Norberta Norberto Norbey Nore Noreen Norene Noreta
Noretta Norhane Norica Norina Norine Norita Norma Norman Normand Normann Normunds Norris North Norton Norval
Norwood Norðmann Nosir Nosirjon Nostriano Notburga Nothando Noud Nouha Nour Noura Nourane Nouri Nout Nova
Novak Novan Novella Novi Noviana Novita Novruz Nowi Nox Noxolo Nozibusiso Nozima Nozipho Nozizwe Noâm Noè Noé
Noémi Noémie Noë Noël Noëlla Noëlle Noëmi Nqobile Nqobizitha Nrima Nthabiseng Ntimi Ntokozo Ntombizodwa Nuala
Nubia Nuccia Nugraha Nuhu Nula Numan Nuno Nunziata Nunzio Nur Nura Nural Nuran Nuray Nurbanu Nurbek Nurcan
Nurda Nurdeniz Nuretdin Nurettin Nurey Nurgil Nurgül Nurgün Nurhayet Nuri Nuria Nuriat Nuriddin Nuriya Nuriyet
Nurkan Nurlan Nurlana Nurmelek Nurmuhammad Nurseda Nursel Nurseli Nurser Nursim Nurtaç Nurten Nuru Nurul
Nurulla Nurullah Nurveren Nury Nurşan Nusrat Nusratulloh Nusret Nutcha Nutkrita Nutwadee Nuyan Nuša Nwabudike
Nya Nyaboke Nyaga Nyah Nyakundi Nyamai Nyambura Nyana Nyanchama Nyasi Nyasia Nyawira Nydia Nyla Nylah Nynke
Nyoka Nyoman Nyongesa Nyoni Nyota Nyree Nyuki Nzioka Nzomo Nádia Nándor Náttmörður Náttsól Náttúlfur Nátán
Néhémie Nélia Nélida Néné Néstor Níels Níls Nína Níní Nóa Nóam Nóel Nói Nóni Nóra Nóri Nótt Nóvember Nökkvi
Núbia Númi Núria Nûda Nûdem Nûredîn Nübar Nüdret Nükhet Nürice Nýbjörg Nývarð Năng Něhoslav Nương Nərgiz Nữ
Oakley Oana Oanh Oba Obaid ObaniJesu Obdulia Obe Obed Obianuju Obid Obie Obinna Obioma Obrad Obren Ocampo
Oceane Ochieng Ocie Octa Octav Octave Octavia Octavian Octaviana Octavie Octavio Octaviu Octavius Océane Oda
Odalis Odalys Odd Odda Oddbergur Oddbjörg Oddbjörn Oddfreyja Oddfreyr Oddfríður Oddgeir Oddgerður Oddhildur
Oddi Oddie Oddkell Oddlaug Oddleif Oddleifur Oddmar Oddný Oddone Oddrún Oddsteinn Oddur Oddvar Oddveig Oddvör
Oddþór Odelia Odeline Odell Oderico Odessa Odeta Odetta Odette Odhiambo Odhran Odidone Odie Odika Odil Odile
Odilia Odilon Odin Odina Odis Odkanlı Odolen Odon Odongo Odorico Odunayo Oduor Odus Oeshi Ofelia Ofeliya
Ofelya Offie Ofélia Ofélie Oganer Ogden Ogechi Oger Ognen Ognjana Ognjen Ognyana Ogooluwa Oguş Oisin Oiva Ojas
Ojasvi Ojaswini Ojārs Okan Okanay Okbay Oke Okechukwu Okello Okey Okgüçlü Okhrim Okiki Okoth Oksana Okseven
Okta Oktavie Oktavius Oktavián Oktavía Oktavíus Oktay Okto Oktyabrina Oktávie Októ Októvía Októvíus Oktüremiş
Okumu Okyalaz Okşan Ola Oladara Oladare Oladimeji Olaf Olaide Olajumoke Olakunle Olalla Olamide Olan Oland
Olanrewaju Olansile Olaoluwa Olar Olasunmbo Olatunbosun Olav Olavi Olayinka Olbram Olca Olcay Oldağ Oldrich
Oldřich Oldřiška Ole Oleg Olegario Oleksandr Oleksandra Oleksiy Olelko Olen Olena Olene Oles Olesea Olesya
Oleta Olevia Oley Olfert Olga Olgeir Olgica Olgierd Olie Oliga Olim Olimpia Olimpiada Olimpian Olimpio Olimpiu
Olimpiy Olin Olinda Olindo Oline Oliva Olive Oliver Olivera Olivert Olivia Olivie Olivier Oliviera Oliviero
Olivija Olivine Oliviu Olivér Oliwer Oliwia Oliwier Olle Olli Ollie Ollý Olof Ololade Oloo Olov Oluchi
Olufeyisayo Olufunke Olufunmi Olufunmilayo Olumide Olumorotimi Oluoch Olusola Olutomiwa Oluwafemi Oluwagbemiga
Oluwakemi Oluwamumibori Oluwamuyiwa Oluwasanmi Oluwasegun Oluwasemilore Oluwaseun Oluwaseyi Oluwatimilehin
Oluwatobiloba Oluwatofunmi Oluwatosin Oluwatoyosi Oluwatumise Oluwole Oluwunmi Oluş Olwen Olwethu Olympe
Olympia Olympie Olívia Olīvija Om Oma Omaca Omad Omair Omaira Omaja Oman Omana Omar Omari Omarion Omawunmi
Ombeline Ombline Ombretta Omeir Omelyan Omer Omero Omie Omina Omisha Omkaar Omobobola Omobolanle Omodunni
Omolabake Omolara Omolola Omondi Omosalewa Omotara Omotayo Omotola Omotolani Omotoun Omowumi Omran Omya Ona
Onat Ondieki Ondina Ondine Ondrej Ondřej Ondřejka Oneal Oneida Onesmus Onesta Onesto Oneta Oney Ongay Oni Onie
Onkar Onni Onnie Onofre Onofrio Onome Onorata Onorina Onorino Onorio Onoriode Onufriy Onufry Onuker Onur
Onurcan Onursu Onveer Onyango Onyinye Oona Oonagh Oormila Opal Opalina Opaline Opan Opemipo Opeoluwa Opeyemi
Opha Ophelia Ophelie Ophélie Opiyo Opung Opwonya Oqil Oqtay Ora Orah Oral Oralia Oran Orange Oranlı Orazio
Orchidea Orde Orduxan Orelia Orell Oren Orene Orenzio Oreofe Orest Oresta Orestas Oreste Orestes Orfelina
Orfeo Orfeus Orfhlaith Orgün Orhan Oriana Oriande Oriane Orie Orietta Orif Orilla Orin Orina Orinder Orio
Orion Oris Orislava Orisya Oriyana Orka Orkhip Orla Orlagh Orlaigh Orlaith Orland Orlando Orlane Orlena Orley
Orlin Orlo Orma Ormar Ormheiður Ormhildur Ormur Orna Ornella Oronzo Orpha Orra Orren Orri Orrie Orrin Orris
Orsino Orso Orsola Orsolina Orsolya Orson Ortak Ortansa Ortensia Ortensio Ortrud Ortrun Ortwin Oruç Orval
Orvar Orvel Orvil Orville Orvin Orvis Orvokki Orxan Orzu Orçin Osa Osama Osamu Osanna Osbaldo Osborn Osborne
Oscar Osha Osie Osip Osiyo Oskar Oskari Oskaro Oskars Oskár Osman Osmo Osmondo Osmund Osogo Ossama Ossi Ossian
Ossie Ostap Ostoja Ostromir Osunleke Osvald Osvaldo Osvalds Oswald Oswaldo Oswin Ota Otabek Otakar Otakara
Otay Otelia Otello Otfried Otha Othel Othmane Othmar Otho Otieno Otilia Otilie Otis Otkatla Otkell Otmar Oto
Otokar Otomar Otri Ott Otta Ottaviano Ottavio Ottfried Otti Ottie Ottilia Ottilie Ottis Ottmar Otto Ottokar
Ottomar Ottone Ottó Otur Otávio Otília Otýlie Otīlija Ouanes Ouida Ouma Oumar Oumayra Oumou Oury Ousmane
Oussama Outi Ova Ove Ovid Ovidio Ovidiu Ovidius Ovila Oviya Owais Owe Owen Owens Owethu Owino Owuor Oxana Oya
Oybek Oyenike Oyga Oyindamola Oyindasola Oymak Oynur Oysha Ozan Ozana Ozanne Ozansü Ozell Ozella Ozie Ozioma
Ozod Ozoda Ozodbek Ozren Ozy Ozzie Oğulbaş Oğurata Oğuz Oğuzhan Oğuzman Oļegs Oļģerts Oľga Paavo Pabla Pablo
Paca Pachongruk Paciano Pacifico Paco Pacomio Pacífica Pacôme Pada Padam Padma Padmi Padraic Padraig Padraigh
Padraigin Page Pahal Paige Paiman Pairlee Paisley Paityn Paja Pak Paker Pakhom Pakize Pakjira Paksu Palatino
Palazhka Palladia Palladio Pallavi Palle Pallie Palma Palmazio Palmer Palmira Palmiro Paloma Palémon Pam
Pamala Pambe Pamela Pamelia Pamella Pamfil Pammachio Panagachie Panait Panas Panca Pancario Panche Pancho
Pancrazio Pandora Pandu Panfil Panfilo Pangeran Pangestu Panini Panji Panka Pankracy Pankrat Pankratiy Pankrác
Panna Pannawich Pansy Pantaleo Pantaleon Pantaleone Pantelei Pantelejmon Panteleymon Panya Paola Paoletta
Paolo Paralee Param Paramartha Paramita Paramon Paraschiva Parascovia Paraskeva Pardi Pardo Parfait Parfen
Paride Parin Paris Park Parker Parla Parlee Parley Parman Parmenio Parmes Parrish Parsa Parsival Partenij
Parth Parthenia Parvati Parvez París Pascal Pascale Pascaline Paschal Pascual Pascuala Pasi Paskal Paskala
Paskalia Pasqual Pasquale Pastor Pastora Pat Patchaploy Patcharaporn Pate Paterne Paterniano Pathé Patience
Patrek Patrekur Patric Patrica Patrice Patricia Patricie Patricija Patricio Patrick Patrik Patriko Patrisía
Patrizia Patrizio Patroclo Patrycja Patrycjusz Patrycy Patryk Patrícia Patrīcija Patsy Pattamon Pattapon
Pattatomporn Patti Pattie Patty Pau Paul Paula Paule Pauletta Paulette Pauli Paulica Paulien Pauliina Paulin
Paulina Pauline Paulino Paulius Paulo Pauls Paulína Paulīna Paulīne Pauna Pauric Pauside Pava Pavani Pavao
Pave Pavel Pavica Pavla Pavle Pavlina Pavlinka Pavlo Pavlín Pavlína Pavol Paw Pawan Pawel Paweł Paxton Paye
Payidar Payten Payton Paz Paşa Paŭlino Peace Peadar Peader Pearce Pearl Pearla Pearle Pearlene Pearley Pearlie
Pearline Pearly Pearse Peder Pedro Pedró Peem Peer Peeter Peggie Peggy Pehlil Pekka Pekkan Pelageya Pelaghia
Pelagia Pelagie Pelagija Pelagiya Pelaji Pelayo Peleo Pelhřim Pelin Pelinsu Pelle Pellegrino Pelumi Pembe
Pembesin Pencho Penda Penelopa Penelope Penina Peninah Penni Pennie Penny Pentti Pepe Pepijn Pepita Pepito
Pepo Pepper Per Pera Perceval Percival Percy Peren Peri Perica Pericle Perihan Perikles Perinur Peris Perkasa
Perla Perle Perley Perlita Permelia Permun Pernell Pernilla Pernille Pero Perpetuo Perran Perri Perrine Perry
Perseo Pershing Persida Pertev Pertti Peruna Pervaiz Perver Pervin Perzida Perî Pesent Peta Petar Pete Petek
Peter Peterson Petkana Petko Petr Petra Petrana Petranka Petras Petre Petrea Petri Petrică Petrija Petrina
Petrișor Petro Petrona Petronela Petronella Petronila Petronilla Petronille Petronio Petronius Petros Petru
Petrus Petruše Petruț Petruța Petrína Petrónella Petrós Petrún Petrúnella Petse Petter Petteri Petula Peyami
Peyton Phanice Pharell Phebe Phelim Phelix Phenphitcha Pheobe Phi Phil Phila Philani Phileas Phileine Philemon
Philibert Philine Philip Philipp Philippa Philippe Philippine Philis Phillip Phillis Philo Philomena Philomene
Philomène Philothée Philou Philémon Phineas Phiwokwakhe Phoebe Phoenix Phong Phu Phubes Phylicia Phylis
Phyliss Phyllis Pháp Phát Phú Phúc Phương Phước Phượng Phục Phụng Pia Piaras Pie Piedad Pien Pier Piera
Pierangelo Pierce Pierette Piergiorgio Piergiuseppe Pierina Pierluigi Piermarco Piermaria Piero Pierpaolo
Pierre Pierrette Pierrick Piersanti Piersilvio Piet Pieter Pietra Pietro Piia Pijus Pilar Pili Pilip Pim Pimen
Pina Ping Pink Pinkey Pinkie Pinkney Pintusorn Pio Piotr Pip Piper Pippa Pippo Pirahmet Piran Piraye Piret
Pirjo Pirkko Pirmin Piroska Pisana Pit Pitipat Pius Pjetur Placida Placido Platon Platone Platón Pleas
Pleasant Ples Pleun Pleșu Plinio Pluma Plummer Plutarco Plácido Podolyan Pol Pola Polad Polidoro Polifemo
Polikarp Polina Polissena Polk Pollie Pollione Polly Pollý Polona Polonca Polyana Polykarp Polyxena Pompeo
Pompilia Pompiliu Pomponio Poncio Pontus Ponziano Ponzio Pooja Poornima Popobawa Poppy Porfirio Porfiriusz
Porfiriy Porfiry Pornchanok Porsche Porsha Porter Portia Porzia Porziano Posey Postumio Potap Potishana Poul
Povilas Powell Praba Prabawa Prabin Prabowo Prabu Prakash Prakosa Prames Pramila Pran Pranata Pranav Pranawa
Pranay Praneel Pranit Prasad Prasanna Prascovia Prasetya Prasetyo Prashant Praskovya Prassede Prathamesh
Pratiwi Pratt Pratyush Pravdan Pravdomil Pravdomila Pravomil Pravomila Pravoslav Pravoslava Prayag Prayitna
Prayoga Prayogo Preben Precious Predrag Preity Prem Prema Prentice Prentiss Presley Press Preston Priamo Price
Pricilla Priit Prima Primerose Primitiva Primitivo Primo Primož Primus Prince Princess Prisca Priscah Priscila
Priscilla Priscillah Priscille Prisco Prisha Priska Prita Privato Priya Priyala Procopio Profira Prokhor Prokl
Prokles Prokofiy Prokop Prokopa Prokopij Prokul Promise Proserpina Prosper Prospera Prospero Protasio Proteo
Prov Providenci Prudence Prudencia Prudencio Prudenzia Prudenzio Prudie Prune Prvoslav Pryor Przemysław Pría
Príor Publio Puccio Puck Puji Puk Pulchérie Pumbaa Puneet Puntira Pupolo Puput Purificación Purity Purl Purna
Purnima Purushottam Purwa Purwadi Purwanto Pushti Pusicio Puspa Puspita Puti Putri Putu Pál Pála Páldís Páley
Pálfríður Pálhanna Pálheiður Pálhildur Páll Pálmar Pálmey Pálmfríður Pálmi Pálrún Pálín Pálína Pánfilo Päivi
Päivikki Pär Pål Pécine Pélagie Pénélope Pépin Péter Pétronille Pétrína Pétrún Pétur Pía Pío Pünhan Pürçek
Pārsla Pāvils Pătru Pēteris Pınar Přemysl Přibyslav Přibyslava Pəri Qaadir Qaasim Qabeel Qabil Qadar Qadeer
Qadi Qadim Qadir Qahtan Qaim Qais Qalib Qamar Qani Qanit Qaratel Qareeb Qarin Qaseem Qasid Qasif Qasim Qasım
Qatadah Qawee Qay Qays Qiana Qiang Qiyas Qizilgul Qobil Qori Qosim Qoşqar Quadir Quang Quartilla Quarto
Quasimodo Qudamah Quddoos Qudoos Qudrat Queen Queenie Quentin Quentine Querano Quiana Quieta Quin Quincy Quinn
Quint Quinten Quinter Quintia Quintiliano Quintilio Quintin Quintino Quinton Quinty Quinziano Quinzio Quique
Quirin Quirino Quiteria Quitterie Quiéta Qulam Qulu Qumru Qurban Qusay Qushi Qutaybah Qutb Qutub Quyên Quyết
Quyền Quân Quý Quảng Quế Quốc Quỳnh Raaghib Raagini Raahil Raakin Raamis Raamiz Raashid Raatib Rabah Rabar
Rabb Rabbaanee Rabbani Rabbiye Rabea Rabecca Rabee Rabi Rabia Rabiah Rabih Rabit Racha Rachael Rachana Racheal
Rachel Rachela Rachele Rachelle Rachid Rachida Rachit Rachita Rachèle Raci Racquel Rada Radan Radana Rade
Radegast Radek Radeke Raden Radenko Radha Radhee Radhika Radhost Radi Radika Radim Radimir Radimír Radimíra
Radina Radion Radislav Radislava Radit Raditya Radivoj Radivoje Radiša Radka Radko Radmil Radmila Radmilo Rado
Radojka Radolfo Radomil Radomila Radomir Radomír Radomíra Radosav Radoslav Radoslava Radosław Radovan Radovana
Radoš Radslava Radu Radul Radvan Radvilė Radúz Rae Raed Raees Raegan Raekwon Rael Raelyn Raelynn Raewyn Raf
Rafa Rafael Rafaela Rafaella Rafaelo Rafaila Rafan Rafay Rafaél Rafaël Rafał Rafe Rafee Rafeek Rafeeq Rafet
Raff Raffael Raffaela Raffaele Raffaella Raffaellino Raffaello Rafi Rafia Rafid Rafih Rafila Rafiq Rafn Rafnar
Rafney Rafnhildur Rafnkell Rageshwari Rageswari Raghav Ragheb Raghib Ragna Ragnar Ragnbjörg Ragner Ragney
Ragnfríður Ragnheiður Ragnhild Ragnhildur Ragúel Rahab Raharja Rahat Rahayu Raheel Raheem Rahel Rahim Rahime
Rahiye Rahma Rahman Rahmat Rahmawati Rahmet Rahmi Rahn Rahsaan Rahul Rahşan Raid Raide Raiden Raif Raihan
Raija Raik Raili Raimo Raimondo Raimonds Raimund Raimundo Raina Rainald Rainaldo Rainelda Rainer Rainhard
Rainold Raisa Raissa Raivis Raivo Raj Rajab Rajan Rajana Rajata Rajendra Rajeshri Rajina Rajinder Rajiv Rajko
Rajmund Rajna Rajnold Rajsa Raju Rakeem Rakel Rakesh Rakhela Rakhilka Rakide Rakita Raksha Rakıp Raleigh Ralf
Ralph Raluca Rama Ramaa Ramadan Ramadhan Ramata Ramatoulaye Ramazan Ramesh Rameshwar Rami Ramid Ramil Raminta
Ramiro Ramiz Ramon Ramona Ramsey Ramunė Ramy Ramzi Ramziddin Ramziya Ramón Ramóna Ramūnas Rana Ranbir Rance
Rand Randal Randall Randalín Randel Randell Randi Randle Randolf Randolph Randver Randy Randíður Randý Ranek
Rangga Rani Rania Ranieri Raniero Ranim Ranjan Ranjeet Ranjit Ranka Ranko Rannva Rannveig Rannver Ranolfo
Ransom Ranveer Ranya Raoul Raphael Raphaela Raphaelle Raphaël Raphaëlle Rapulane Raquan Raquel Rareș Ras Rasa
Rashaad Rashaan Rashad Rashawn Rasheed Rasheedah Rashid Rashida Rashidi Rasifa Rasim Rasma Rasmus Rastislav
Rastislava Rasul Ratchanon Rati Ratibor Ratih Ratimir Ratmir Ratmír Ratna Rauf Raul Rauno Raven Ravi Ravshan
Ravy Rawane Rawiri Raxmatulloh Ray Rayaan Rayan Rayana Rayane Rayburn Rayen Rayfield Rayford Rayhona Rayina
Rayisa Rayla Raymon Raymond Raymonde Raymund Raymundo Rayna Raynard Rayne Rayona Rayshawn Rayxona Rayyan
Rayyona Rayén Razi Razı Raúl Raĥelo Raşit Raško Rea Reagan Reanna Reason Reatha Reba Rebeca Rebecca Rebecka
Rebeka Rebekah Rebekka Rebeko Rebihat Recai Recep Recepali Red Reda Redden Redmond Reece Reed Reese Reet Refah
Refet Refik Refugio Refur Regan Regena Regenia Reggie Reghina Regina Reginal Reginald Reginaldo Reginbaldur
Reginbjörg Regine Reginn Regis Regitse Regitze Regnārs Regolo Regula Regína Regīna Reha Rehaan Rehema Rehime
Rei Reid Reidar Reidun Reifnir Reijo Reilly Reimar Reimer Reimund Rein Reina Reinald Reinaldo Reinar Reine
Reinel Reiner Reingard Reinhard Reinhardt Reinhart Reinhild Reinhilde Reinhold Reinis Reino Reis Rejan Rejane
Reksa Relja Rella Relu Remazan Rembrandt Remedios Remi Remig Remigio Remilekun Remington Remo Remondo Remus
Remy Remzi Rena Renaat Renada Renae Renaldo Renan Renard Renat Renata Renate Renato Renaud Rendy Rene Renea
Renee Renette Rengin Rengül Reni Renita Renja Rennie Reno Rens Renske Renzo Renát Renáta René Renée Renārs
Renāte Reshoni Resi Respati Respicio Ressie Restu Resulcan Resûl Resül Reta Retha Retno Reto Retta Rettie
Reuben Reubin Reva Revi Revza Rex Rexford Rexhep Rey Reyansh Reybaud Reyes Reyhan Reymundo Reyn Reyna Reynald
Reynaldo Reynar Reyndís Reynheiður Reynhildur Reynir Reynold Reynolds Reyr Reza Rezin Rezzak Rezzan Reşat
Reşîd Rhavi Rhea Rheta Rhett Rhian Rhianna Rhianne Rhiannon Rhoda Rhona Rhonda Rhys Ria Riaan Riad Rian Riana
Rianna Rica Ricarda Ricardo Ricario Riccarda Riccardo Ricci Ricciotti Rice Rich Richard Richarda Richardt
Richelle Richelmo Richie Richmond Richárd Rick Rickard Rickey Ricki Rickie Ricky Rico Rida Ridge Ridhi Ridwan
Rieke Rifat Riff Rigard Rigmor Rigo Rigoberto Rihanna Rihards Riikka Riina Riitta Rija Rik Rika Rikard Rike
Rikharð Rikharður Rikka Rikke Rikki Riku Riley Rilla Rillie Rim Rima Rimantė Rimma Rina Rinaldo Rinda Rini
Rino Rinor Rio Ripley Risa Risalet Risasi Rishi Risper Ristana Riste Risto Rita Ritchie Ritesh Ritt Ritva Riv
River Rivka Riya Riyad Riza Riziki Rizki Rizo Rizvan Rizvon Ričardas Ričards Roan Roar Rob Robaldo Robb Robbe
Robbie Robbin Robby Robert Roberta Robertas Robertina Roberto Roberts Robi Robin Robina Robinson Robiya Robley
Robt Roby Robyn Rocco Roch Rochdi Rochelle Rochus Rocio Rock Rocky Rocío Rod Rodah Rodan Roddy Roderic
Roderich Roderick Roderik Roderyk Rodger Rodgers Rodiano Rodica Rodion Rodna Rodney Rodolfo Rodoljub Rodolphe
Rodoslav Rodrick Rodrigo Rodrigue Roe Roel Roeland Roena Rogelio Roger Rogers Rohaan Rohan Rohana Rohat Rohit
Roise Roisin Roj Rojnu Rojus Rok Rokas Rokhaya Rokia Roko Roksana Roksolan Roksolana Roland Rolanda Rolandas
Rolande Rolando Rolands Roldán Rolf Rolfo Roll Rolla Rolland Rollande Rollie Rollin Rollo Roma Romain Romaine
Roman Romana Romane Romanița Romano Rome Romee Romello Romena Romeo Romero Romeu Romie Romil Romilda Romina
Romoaldo Romola Romolo Romona Romuald Romualdas Romualdo Romul Romulus Romy Román Roméo Romāns Ron Rona Ronak
Ronal Ronald Ronaldo Ronan Ronda Rondal Roni Ronin Ronith Ronja Ronke Ronna Ronni Ronnie Ronny Rono Rony Ronya
Ronî Roope Roos Roosa Roosevelt Roque Rory Rorí Rosa Rosabelle Rosalba Rosalee Rosaleen Rosalia Rosalie
Rosalina Rosalind Rosalinda Rosalinde Rosaline Rosalva Rosalyn Rosalía Rosamel Rosamond Rosamunda Rosana
Rosann Rosanna Rosanne Rosaria Rosarie Rosario Rosaura Rosco Roscoe Rose Roseann Roseanna Roseanne Rosel
Roselin Roselinde Roseline Rosella Roselyn Roselyne Rosemarie Rosemary Rosena Rosenda Rosendo Roser Rosetta
Rosette Rosevelt Rosey Rosi Rosia Rosie Rosina Rosita Roska Rosl Roslyn Rosman Rosmarie Rosmunda Ross Rossa
Rossana Rossella Rossie Rostislav Rostislava Roswell Roswita Roswitha Rosy Rotaru Rotich Rotimi Rotraud
Rotraut Rouven Rovena Rover Rowan Rowena Rowland Roxana Roxane Roxann Roxanna Roxanne Roxelana Roxie Roxy Roy
Royal Royce Roza Rozalia Rozalija Rozalinda Rozamunda Rozana Rozanne Rozella Rozina Rozita Roziya Rozo Rozvita
Rozália Rozálie Roşan Rua Ruairi Ruari Rubani Rube Ruben Rubi Rubiano Rubie Rubiela Rubin Ruby Rubye Rubén
Rudecindo Rudi Rudolf Rudolfa Rudolfina Rudolfo Rudolfína Rudolph Rudra Rudy Rudīte Rueben Ruedi Ruel Ruffin
Ruffus Rufina Rufino Rufo Rufus Ruggero Ruggiero Rugilė Ruhide Ruhiu Ruhsar Ruhsat Ruhshona Ruhugül Rui Ruie
Rukhmani Rukia Rukmin Rumaysa Rumena Rumeysa Runa Rune Rungo Runi Runný Runólfur Rupert Ruperta Ruperto
Rupinder Ruprecht Ruqayya Ruqiya Rusalina Rusanka Rush Rushil Ruslan Ruslana Rusman Rusnė Russ Russel Russell
Rustam Rustin Rusty Rusul Rut Ruta Rute Ruth Rutha Ruthann Ruthanne Ruthe Rutherford Ruthie Ruthild Rutilo
Ruwaihim Ruxanda Ruxandra Ruy Ruzha Ruzica Ruža Ružena Ružica Ryad Ryan Ryann Ryder Ryker Rylan Ryland Rylee
Ryleigh Ryley Rylie Rym Ryma Ryne Ryohei Ryosuke Ryszard Rytis Rytė Ryurik Rza Ráchel Rán Ráðgeir Ráðhildur
Ráðvarður Réginald Régine Régis Régulo Réjean Réjeanne Réka Rémi Rémy Rênas Ríkarður Ríkey Ríkharð Ríkharður
Rín Ríta Ríó Róbert Róberta Róbjörg Rólant Róman Rómeó Rómulo Rós Rósa Rósalind Rósanna Rósant Rósar Rósberg
Rósbjörg Rósborg Róselía Rósenberg Rósey Rósfríður Róshildur Rósi Rósinberg Rósinkar Rósinkara Rósinkrans
Rósinkransa Róska Róslaug Róslind Róslinda Róslín Rósmann Rósmary Rósmarý Rósmunda Rósmundur Rósný Róza Rózsa
Róża Röfn Rögn Rögnvald Rögnvaldur Rögnvar Rökkvi Röskva Röya Röyal Röðull Rúbar Rúben Rúbý Rúdólf Rún Rúna
Rúnar Rúndís Rúnhildur Rúrik Rúrí Rút Rútur Rûken Rübeyda Rüdiger Rükneddin Rüknettin Rümeysa Rüya Rüçhan
Rüşen Rüştü Răducu Răzvan Rıdvan Rıfat Rıfkı Rıfkıye Rıza Rūdis Rūdolfs Rūsiņš Rūta Růžena Rəşad Rəşid S'fiso
Sa Saabir Saad Saadat Saadi Saadiq Saafir Saahir Saaiq Saajid Saal Saalih Saalim Saanvi Saaqib Saar Saara
Saariyah Saba Sabah Sabahat Saban Sabar Sabari Sabas Sabastian Sabatino Sabato Sabazio Sabbir Sabeeh Sabele
Sabih Sabihe Sabil Sabin Sabina Sabine Sabino Sabiq Sabir Sable Saboor Saboxat Saboxon Sabra Sabri Sabrina
Sabrine Sabryna Sabrína Sabur Saburah Sabína Sabīne Sabır Sacha Sachi Sachin Sacid Sad Sada Sadaka Sadan Sadao
Sadaqat Sadar Sadat Sadberk Saddam Sade Sadeed Sadeti Sadettin Sadi Sadia Sadie Sadik Sadiki Sadina Sadio
Sadiq Sadittin Sadiye Sadoqat Sadri Sadriddin Sadullah Sadye Sadık Sadıq Safa Safae Safari Safet Saffet
Saffiro Saffo Safia Safiatou Safina Safinaz Safir Safira Safiri Safiya Safiétou Safo Safouan Safouane Safta
Safura Safír Saga Sagar Sage Sahil Sahin Sahir Sahra Sai Said Saida Saidi Saiful Saige Saim Saint Sair Sairah
Saire Saka Sakari Sakarías Sakina Sakip Saksham Sakti Sakura Sal Saladino Salah Salami Salbjörg Saldís Saleh
Salena Salgerður Salif Salih Salim Salima Salimah Salimata Salimatou Salimet Salina Saliou Salka Salkın Sallie
Sally Salma Salman Salmann Salmar Salný Saloh Salohiddin Salome Salomea Salomena Salomey Salomon Salomone
Salomè Salomé Salomë Salomón Salsabila Salud Salurbay Salustio Salvador Salvar Salvatore Salvi Salvo Salvör
Salwa Salwator Saly Salín Salína Salóme Salómon Sam Samahat Samaksh Samama Samandar Samanta Samantha Samar
Samara Samarth Samatha Samba Samed Sameer Samesh Sami Samia Samiah Samie Samih Samim Samina Samir Samira
Samiya Samiyah Sammie Sammy Samo Samoil Samona Sampson Samson Samsul Samu Samual Samuel Samuela Samuele
Samuelo Samuil Samukelisiwe Samuli Samurtay Samuël Samwel Samweli Samy Samúel San Sana Sanaa Sanai Sanavber
Sanaya Sancak Sancho Sanda Sandalio Sande Sandeep Sandel Sander Sanders Sandi Sandie Sandile Sandis Sandor
Sandra Sandri Sandrine Sandro Sandu Sandur Sandy Sanela Sanele Sanem Sanford Sang Sani Sanije Sanita Saniya
Saniyah Sanja Sanjar Sanjay Sanjin Sanjuana Sanjuanita Sanka Sanna Sanne Sanni Sannie Sanobar Sansone Santa
Santana Sante Santeri Santiago Santina Santino Santo Santos Santosh Santía Sanur Sanya Sançar Sao Saodat
Saoirse Saood Sapa Saphira Sapiente Sara Sarabi Sarada Sarafina Sarah Sarahi Sarai Sarala Saraswati Sarbello
Sardor Sare Sargın Sari Sariah Sarina Sarisha Sarita Sarla Sarmīte Saroja Sarpkın Sarra Sarrah Sarthak Sartika
Sarunporn Sarvan Sarvar Sarvin Sarvinoz Sarya Sarína Sarıcabay Sasa Sascha Sasha Sashka Sashko Saskia Saskie
Sathvik Satine Satish Satomi Satrettin Satu Saturniano Saturnin Saturnina Saturnino Satya Satyen Satıa Saul
Saulcerīte Saulius Saumu Saumya Saundra Sauti Sauveur Sava Savak Savana Savanah Savanna Savannah Savaş Save
Saveliy Saverio Saveta Savi Savilla Savin Savina Savinien Savino Savion Savni Savo Savon Savva Savvatiy Sawyer
Saxi Saxida Saxona Sayalı Saydam Saygın Sayin Sayrak Sayuri Sayyora Sayın Saçı Saèr Saïd Saúl Sağcan Sağıt
Saša Sašo Scarlet Scarleth Scarlett Scarlette Schley Scholastika Scholastique Schuyler Scolastica Scot Scott
Scottie Scotty Seaborn Seamus Sean Seana Seanan Seaneen Seanna Seb Sebas Sebastiaan Sebastian Sebastiana
Sebastiano Sebastien Sebastijan Sebastián Sebastião Sebastjan Sebastían Sebattin Sebestian Sebigül Seblâ
Sebrina Seckou Seconda Secondiano Secondina Secondo Seda Sedat Sedef Seden Sedife Sedrick Sedrik Sef Sefanía
Sefer Seff Sefora Seghei Segilola Segismundo Segundo Seha Sehel Seher Seif Seifur Seija Seimur Sejda Sekinat
Sekou Selah Selahattin Selaheddin Selami Selatin Selcan Selcen Selda Seldon Selen Selena Selene Seler Selim
Selime Selin Selina Seline Selivan Seliverst Selja Selka Selma Selmer Selmin Selvaggia Selvi Selyan Selâtin
Selçuk Selène Sem Sema Semaj Semat Semen Semender Semenica Semibor Semih Semine Semion Semir Semiramide
Semplicio Sempronio Semra Semrin Sena Senad Senan Senay Sencar Seneca Senesio Seniha Senka Senn Senna Senne
Senofonte Senol Senora Senta Senía Seona Seosamh Sep Sephora Sepp Seppe Seppo Septi Septíma Sera Seracettin
Serafim Serafima Serafin Serafina Serafino Serafín Serafína Serah Seraina Serap Serapione Serbülent Serda
Serdar Sereina Seren Serena Serenity Serenus Serezli Serfinaz Serge Sergei Sergej Sergen Sergey Serghei Sergi
Sergio Sergiu Sergius Sergiusz Sergiy Serhad Serhat Serhatmehmet Serin Serina Serine Serkan Serma Sermet
Sernur Serol Serpil Sertap Sertaç Server Servidio Serviliano Servinaz Servác Sesar Seselía Sesil Sesilía Sessa
Sesselja Sesselía Sessilía Sesto Seth Settar Settimio Settimo Setya Sev Seval Sevara Sevastyan Sevcan Sevda
Sevdi Sevdinar Seve Sever Severa Severiano Severin Severina Severine Severino Severo Severt Severín Sevgen
Sevgi Sevginur Sevican Sevil Sevim Sevinc Sevinch Sevindik Sevinç Sevla Sevsevil Sevtap Seward Seweryn Seydo
Seydou Seye Seyfettin Seyfi Seyfulla Seyfullah Seyhan Seyithan Seymour Seymur Seynabou Seyran Seyyide Seyyit
Sezal Sezen Sezginbaş Seçgül Seçil Seçkin Seçme Sfiso Shaban Shad Shade Shadrack Shae Shafter Shahboz Shahina
Shahnoza Shahobiddin Shahriyor Shahzod Shahzoda Shaina Shaka Shakila Shakira Shakti Shakuntala Shalewa Shalon
Shalonda Shamar Shameka Shamika Shamsiddin Shamsuddeen Shan Shana Shanae Shanda Shandra Shane Shaneka Shanel
Shanell Shanelle Shanequa Shani Shania Shanice Shanie Shaniece Shanika Shaniqua Shanita Shaniya Shankar Shanna
Shannan Shannen Shannon Shanny Shanon Shanta Shantanu Shante Shantel Shantell Shanti Shany Shaquan Shaquana
Shaquille Shaquita Shara Sharda Shardae Sharday Sharde Sharee Sharen Shari Sharif Sharita Sharla Sharleen
Sharlene Sharman Sharmila Sharon Sharonda Sharron Sharyl Sharyn Shashi Shashikala Shasta Shatara Shaun Shauna
Shauneen Shaunna Shaurya Shavon Shavonne Shawana Shawanda Shawn Shawna Shawnda Shawnee Shawnna Shawnte Shay
Shayan Shayla Shaylee Shayma Shayna Shayne Shaï Shaïly Shaïma Shaïna Shchastislav Shchek Shea Sheamus Shedrick
Sheela Sheelagh Sheena Shehu Sheila Sheilah Sheilla Sheillah Shekoni Shelba Shelbi Shelbie Shelby Sheldon
Shelia Shelley Shelli Shellie Shelly Shelton Shelva Shelvia Shelvie Shem Shemar Shena Shenna Shep Shepherd
Sher Sheree Sheri Sheridan Sherie Sherilyn Sherine Sherita Sherly Sherlyn Sherman Sheron Sherree Sherri
Sherrie Sherrill Sherron Sherry Sherryl Sherwin Sherwood Sheryl Sheryll Sherzod Sheyla Shianne Shida Shiela
Shiloh Shilpa Shinead Shira Shirel Shirine Shirisha Shirl Shirlee Shirleen Shirlene Shirley Shirleyann Shirlie
Shishman Shiv Shivakari Shivani Shivansh Shobhana Shodiyor Shohei Shohjahon Shohrux Shoji Shola Shon Shona
Shonda Shonna Shota Shpresa Shqipe Shravya Shresth Shresthi Shreya Shreyashi Shridevi Shrishti Shristi Shubha
Shubhaprada Shukrona Shukrulloh Shwet Shyann Shyanne Shyheim Shyla Shyrel Sian Siana Siara Sibbie Sibel
Sibilla Sibille Sibonelo Sibongile Sibusisiwe Sibusiso Sibyl Sibyla Sibylla Sibylle Sico Sicuro Sid Sidar
Siddarth Siddharth Siddhartha Siddhi Siddhran Siddie Sidiq Sidki Sidney Sidoine Sidon Sidonia Sidonie Sidonio
Sidor Sidra Sidy Sidónia Sie Siebe Siegbert Siegfried Sieghard Sieglinde Siegmar Siegmund Siegrid Siegried
Siegrun Siegward Siem Sien Siena Sienna Siep Sierra Sif Sifa Sifiso Sifuna Sigbergur Sigbert Sigbjartur
Sigbjörn Sigdís Sigdór Sigdóra Sigebert Sigfastur Sigfinnur Sigfreður Sigfrid Sigfrido Sigfried Sigfríd
Sigfríð Sigfríður Sigfús Sigga Sigge Siggeir Siggerður Sighvatur Sigismond Sigismondo Sigismund Sigita
Sigizmund Sigjón Siglaugur Siglinde Sigmann Sigmar Sigmund Sigmunda Sigmundur Signa Signar Signe Signhildur
Signý Sigri Sigrid Sigrun Sigríkur Sigríður Sigrún Sigsteinn Sigtryggur Sigtýr Sigur Sigurbaldur Sigurberg
Sigurbergur Sigurbirna Sigurbjarni Sigurbjartur Sigurbjörg Sigurbjörn Sigurbjört Sigurborg Sigurbrandur
Sigurbára Sigurd Sigurdríf Sigurdrífa Sigurdís Sigurdór Sigurdóra Sigurey Sigurfinna Sigurfinnur Sigurfljóð
Sigurgeir Sigurgeira Sigurgestur Sigurgrímur Sigurgísli Sigurhanna Sigurhans Sigurhelga Sigurhildur
Sigurhjörtur Sigurjón Sigurjóna Sigurkarl Sigurlaug Sigurlaugur Sigurleif Sigurleifur Sigurlilja Sigurlinn
Sigurlinni Sigurliði Sigurlás Sigurlín Sigurlína Sigurmann Sigurmar Sigurmon Sigurmunda Sigurmundur Sigurnanna
Sigurnýas Sigurnýjas Siguroddur Sigurpáll Sigurrós Sigursteina Sigursteinn Sigursveinn Sigurunn Sigurvaldi
Sigurveig Sigurvin Sigurvina Sigurást Sigurásta Sigurða Sigurður Siguróli Sigurósk Sigurþór Sigurþóra Sigvaldi
Sigvard Sigvarður Sigyn Sigþrúður Sigþór Sigþóra Sihawukele Sihem Siim Siiri Sijuade Siku Sil Sila Silantiy
Silanur Silas Sile Silfa Silfrún Silfá Silja Siljan Silje Silka Silke Silla Sille Silli Siloe Silondile Silva
Silvan Silvana Silvano Silver Silverio Silvester Silvestr Silvestre Silvestro Silvia Silvian Silviana Silvie
Silvija Silvio Silviu Silvius Silvo Silván Silvána Silvère Silvía Sim Sima Simas Simber Simea Simen Simeon
Simeona Simeone Simge Simi Similoluwa Simina Simion Simisola Simiyu Simjanka Simmie Simo Simon Simona Simonas
Simone Simonetta Simonida Simonne Simono Simphiwe SimphiweyiNkosi Simpson Simten Simão Siméon Simón Sina
Sinaida Sinan Sincere Sinda Sindisiwe Sindre Sindri Sindy Sine Sinead Sinem Sinenhlanhla Sinesio Sinfronio
Sing Sinh Sini Sinică Sinikka Sinisa Siniša Sinja Sinkler Sinklitikiya Sinook Sintia Sintija Siobain Sioban
Siobhain Siobhan Siofra Sione Siper Siphephelo Siphesihle Siphiwe Sipho Sira Sirac Sirap Sireno Siri Siria
Siriano Siricio Sirine Sirineu Sirio Sirje Sirkka Siro Sirojiddin Sirpa Sirra Sirrý Siré Siska Sisko Sissel
Sister Sisto Sitara Sithembiso Siti Sitiwat Sittik Sittikorn Siv Sivert Sixt Sixte Sixten Sixtine Sixto Sixtus
Siya Siyabonga Siyanda Sizakele Sizani Siêu Siënna Sjafnar Sjoerd Sjors Sjöfn Skafti Skaidrīte Skander Skapti
Skarlet Skarleta Skarpheiður Skarphéðinn Skefill Skeggi Skender Skip Skipped Skjöldur Skolastika Skorri Skugga
Skuggi Skuld Sky Skye Skyla Skylar Skyler Skær Skæringur Skírnir Skíði Skúla Skúli Skúlína Skúta Slade
Sladjana Slamet Slava Slavcho Slave Slavek Slaven Slavenka Slaviboj Slavibor Slavica Slavisa Slavitsa
Slavjanka Slavka Slavko Slavoboj Slavoj Slavoljub Slavolyub Slavomil Slavomila Slavomir Slavomír Slavomíra
Slavuta Slavěna Slawomir Slađana Sloane Slobodan Slobodanka Sloka Sláva Slávek Slávka Smaranda Smeralda Smil
Smiljana Smilla Smiltė Smita Smith Smiyana Smiður Smriti Smyrill Smári Sname Sneha Sneider Snejana Snezana
Snezhana Snežana Snizhan Snizhana Snježana Snjáfríður Snjáka Snjófríður Snjóki Snjólaug Snjólaugur Snjólfur
Snorra Snorri Snæbjartur Snæbjörg Snæbjörn Snæbjört Snæborg Snæbrá Snædís Snæfríður Snæhólm Snælaug Snælaugur
Snær Snæringur Snærós Snærún Snævar Snævarr Snæþór Snót Soan Soave Sobit Soběslav Soběslava Soccorso Socorro
Socrate Soda Sodiq Sofe Soffanías Soffía Sofi Sofia Sofiane Sofie Sofija Sofinjo Sofio Sofiya Sofon Sofron
Sofronia Sofronie Sofronij Sofía Sohan Sohane Sohib Sokhna Sokrat Sol Solal Solange Sole Soledad Soleh Solenn
Soliha Soline Solma Solmaz Solocone Sologub Soloman Solomiya Solomon Solon Solveig Solveiga Solvej Solvita
Solène Som Soma Somadina Somer Sommer Somnath Somtochukwu Somu Son Sona Sonad Sonata Sonchitsa Sondra Sondre
Song Songurkan Songül Sonia Sonja Sonji Sonjo Sonnur Sonny Sonný Sonya Soof Sophanías Sophia Sophie Sophronia
Sophus Sophy Soraia Sorana Sorawut Soraya Sorcha Soren Sorin Sorina Sosimo Sostene Sosteneo Sostrato Sotaro
Soter Sotir Sotira Souad Soufiane Souleyman Souleymane Souma Soumaya Soumia Sowande Soydaner Soykan Soykut
Soyselçuk Soňa Spano Spartaco Spartak Spartakus Spasa Spase Spasena Spencer Spenser Speranza Speranzio
Speranța Sphiwe Spiridon Spiro Spirydion Spomenka Sporði Spring Spurgeon Spytihněv Spói Spīdola Squire Srbo
Srboljub Srebra Srebre Sredoje Srećko Srečko Srna Stacey Staci Stacia Stacie Stacy Staffan Stafford Stale
Stamena Stan Stana Stanca Stancu Stanford Stanimir Stanimír Stanislao Stanislas Stanislaus Stanislav
Stanislava Stanislaw Stanisław Stanka Stanko Stanley Stanton Stapi Star Starkaður Starla Starling Starr Starri
Stasia Stavros Staņislavs Staša Steen Steeve Stef Stefaan Stefan Stefana Stefani Stefania Stefanie Stefanija
Stefanino Stefaniy Stefanka Stefano Stefanía Steffen Steffi Stefnir Stefán Stefánný Stein Steina Steinar
Steinarr Steinberg Steinbergur Steinbjörg Steinbjörn Steinborg Steindís Steindór Steindóra Steiney Steinfinnur
Steinfríður Steingerður Steingrímur Steinhildur Steini Steinkell Steinlaug Steinmann Steinmar Steinmóður
Steinn Steinrós Steinröður Steinrún Steinunn Steinvarður Steinvör Steinólfur Steinþór Steinþóra Stela Stelian
Steliana Stella Stellah Stellan Steluta Steluța Sten Stepan Stepanida Stephaans Stephaine Stephan Stephane
Stephani Stephania Stephanie Stephany Stephen Stephene Stephenie Stephon Sterling Sterre Stetson Stevan Steve
Steven Stevie Stevo Steward Stewart Stian Stien Stig Stijn Stiliano Stilla Stina Stine Stipan Stipe Stiriaco
Stirnir Stiven Stjarna Stjepan Stoilko Stojan Stojanka Stojche Stojmen Stojmena Stojmír Stojna Stone Stonewall
Stoney Storm Stormur Stormy Stoyan Stozhar Strahinja Strakhil Strate Stribor Stuart Sture Sturla Sturlaugur
Sturri Styr Styrbjörn Styrgerður Styrkár Styrmir Styrr Stáza Stéphan Stéphane Stéphanie Stêr Stígheiður
Stígrún Stígur Stína Stórólfur Su Suat Subash Subhash Subhashini Subhasini Subhi Subodh Subomi Subutiye
Sucheta Suci Sude Sudeva Sudi Sudie Sudiksha Sue Suellen Suhani Suhrob Sujata Sukanya Sula Sulaymon Suleiman
Sulhi Sullivan Sultane Sulton Suma Suman Sumarliði Sumarlína Sumarrós Sumayya Sumayyah Sumeet Sumitra Summer
Sumner Sunay Sunday Sune Sunel Sungara Sunita Sunna Sunnefa Sunneva Sunniva Sunny Sunníva Sunshine Sunčica
Supasit Supasita Suphi Suraj Surano Suresh Sururi Surya Suryakant Suryakanta Suryakantam Susam Susan Susana
Susanita Susann Susanna Susannah Susanne Susano Suse Sushant Susheel Sushil Sushma Susi Susie Sussanne Sussie
Suus Suvakit Suvi Suwijuk Suyuna Suzan Suzana Suzann Suzanna Suzanne Suze Suzette Suzie Suzon Suzy Suélen
Suğra Svafa Svafar Svala Svali Svalrún Svan Svana Svanberg Svanbergur Svanbjörg Svanbjörn Svanbjört Svanborg
Svandís Svaney Svanfríður Svangeir Svanheiður Svanhildur Svanhvít Svanhólm Svani Svanlaug Svanlaugur
Svanmundur Svanrós Svante Svanur Svanþrúður Svanþór Svatava Svatoboj Svatobor Svatomír Svatopluk Svatoslav
Svatoslava Svava Svavar Svea Sveatoslav Svebor Svein Sveina Sveinar Sveinberg Sveinbjartur Sveinbjörg
Sveinbjörn Sveinborg Sveindís Sveiney Sveinfríður Sveingerður Sveinhildur Sveinjón Sveinlaug Sveinlaugur
Sveinmar Sveinn Sveinrós Sveinrún Sveinsína Sveinungi Sveinveig Sveinþór Sven Svend Svenja Svenning Sverre
Sverrir Svetislav Svetlana Svetolik Svetomir Svetoslav Svetozar Svetozár Sveva Svitlana Sviturno Svyatopolk
Svyatoslav Svyatoslava Sváfnir Svätopluk Svölnir Svörfuður Světla Světlana Světluše Swala Swaleh Swami Swan
Swann Swantje Swapnil Swara Swarnalata Swarup Swassane Swen Sweta Swetlana Syahrini Sybil Sybilla Sybille
Syble Sydell Sydnee Sydney Sydni Sydnie Syed Sylas Sylgja Sylivia Sylke Sylva Sylvain Sylvaine Sylvan Sylvana
Sylvania Sylvanus Sylvester Sylvestre Sylvia Sylviane Sylvianne Sylvie Sylvio Sylvère Sylvía Sylwester Sylwia
Symone Synne Synnøve Syreeta Syrine Sys Syuzana Szabolcs Szczepan Szilveszter Szilvia Szilárd Szofi Szofia
Szonja Szymon Szófia Sába Sámo Sámuel Sándor Sáng Sára Sáva Sâkıp Sâm Sânziana Sæberg Sæbergur Sæbjörg Sæbjörn
Sæbjört Sæborg Sædís Sæfinna Sæfríður Sæhildur Sæi Sælaug Sælaugur Sæmann Sæmunda Sæmundur Sæný Sær Særós
Særún Sæsól Sæunn Sævald Sævaldur Sævar Sævarr Sævin Sævör Sæþór Sébastien Ségolène Sékou Séléna Séraphin
Sérgio Sérine Séréna Séverin Séverine Sía Sílvia Símon Símonía Sírnir Sírus Sísí Síta Sívar Sîma Sîpan Sófus
Sófónías Sókrates Sól Sóla Sólberg Sólbergur Sólbjartur Sólbjörg Sólbjörn Sólbjört Sólborg Sólbrá Sólbrún
Sóldís Sóldögg Sóley Sólfríður Sólgerður Sólhildur Sólimann Sólkatla Sóllilja Sólmar Sólmundur Sólný Sólon
Sólrós Sólrún Sólveig Sólver Sólvin Sólvör Sólín Sónata Sónia Sông Sökmen Sölmundur Sölva Sölvar Sölvey Sölvi
Sölvína Sönke Sören Sörli Söyler Sözer Søren Sørine Søs Súla Súsan Súsanna Sübhan Sücaettin Süha Süheyda
Süheyl Sükrü Süleyla Süleyman Sümerya Sümeyye Süner Süsen Süvari Süzer Sýrus Sĩ Sıdkı Sıla Sırriye Sırrı
Sıylıhan Sơn Sương Səbinə Sử Sỹ Ta Taahaa Taahir Taaj Taalib Taamir Taanish Taariq Tab Taban Tabassum Tabatha
Tabea Tabetha Tabish Tabita Tabitha Tabris Taceddin Taciddin Tacjana Tad Tadas Taddeo Tade Tadeen Tadej Tadeja
Tadeo Tadeusz Tadeáš Tadhg Tadija Tafazal Taft Tagangül Tage Taha Tahaw Tahawwur Taheem Tahir Tahj Tahlia
Tahmaseb Tahmeed Tahmid Tahoor Tahseen Tahsin Tai Taial Taib Taichi Taide Taimur Taina Taine Taisia Taisir
Taisiya Taisto Taiwo Taj Taja Tajammal Tajammul Tajudinn Tajus Takatifu Takisha Takuma Tal Tala Talal Talan
Talat Talay Talayer Talea Talen Talha Talhah Tali Talia Talib Talibe Talip Talita Taliyah Tallie Talmadge
Talmage Talon Talya Talía Talıb Tama Tamala Tamam Tamanna Tamar Tamara Tamatha Tamati Tamaydın Tamaşa Tambika
Tambra Tameka Tamekia Tamela Tamer Tamera Tami Tamia Tamica Tamie Tamika Tamiko Tamilla Tamina Tamino Tamisha
Tammaro Tammi Tammie Tammo Tammy Tamra Tamu Tamya Tamás Tamāra Tan Tana Tanak Tanas Tanay Tanbay Tancredi
Tancrède Tandoğdu Tandri Tandy Tane Taneli Taner Tanesha Tangaroa Tangela Tanguy Tangül Tanhan Tania Tanika
Tanimu Tanirika Tanish Tanisha Taniya Taniyah Tanja Tanju Tankred Tanmayi Tanner Tanpınar Tanses Tansev Tansu
Tansığ Tantri Tanushree Tanushri Tanveer Tanvi Tanya Tanyeli Tanyolaç Tanyu Tanía Tanır Tao Tapan Tapani Tapio
Tara Tarah Taraji Tarak Tarancı Taras Tarcisio Tarfaan Tarfur Tari Tarik Tariq Tariyel Tarja Tarkan Tarmo Taro
Tarquinia Tarsha Tarsilla Tarso Tartış Taru Tarun Taryn Tarzícius Tarık Tasa Tasdik Tasha Tashina Tashko Tasho
Tasia Taska Tasnim Tasnime Tassilo Tasvir Taswir Tate Tatia Tatiana Tatianna Tatjana Tatsuo Tatu Tatum Tatyana
Tatyanna Taufan Taufik Tauno Taurean Taurin Taurus Tautvydas Tavares Tavaris Tavian Tavion Tavon Tawana
Tawanda Tawanna Tawkeel Tawny Tawnya Taya Tayaydın Tayfun Taygan Tayisiya Tayla Taylak Tayler Taylor Tayshaun
Tayyar Tayyibe Tayyip Taziana Taziano Tazio Taçnur Taïna Taïs Taşar Taşkan Taşkın Taťána Te Tea Teagan Teber
Tecimer Tecla Ted Teddie Teddy Tedi Teea Teela Teemu Teena Teerth Teetat Tegan Teguh Teija Teije Teitný Teitur
Tej Teja Tejas Tejs Tejumola Tekbay Tekecan Tekin Tekinalp Tekiner Tekla Teknaz Teksoy Telchide Telemaco
Telica Telim Tella Tellervo Telly Telma Telman Telmo Telse Temel Temelko Temidayo Temime Temir Temirhan
Temistocle Temitope Temizkal Temjana Tempie Temuçin Tena Tenika Tenis Tenisha Tennessee Tennie Tennille Tenvir
Tenzin Teo Teobald Teobaldo Teodata Teodolinda Teodor Teodora Teodorik Teodoro Teodors Teodosia Teodosij
Teodosija Teodosio Teodoto Teodoz Teodozie Teofan Teofil Teofila Teofilka Teogene Teohari Teoman Teona Tera
Terance Tercan Tere Terell Terenc Terence Terencius Terencjusz Terentiy Terenzio Teresa Terese Teresia
Teresiah Teresita Teressa Teresía Tereza Terezie Terezija Terezo Terhi Teri Terina Terje Terlan Tero Terra
Terrance Terrell Terrence Terri Terrie Terrill Terry Terttu Tertuliano Terzo Teréz Terézia Terēze Tesauro
Tesifonte Tesnim Tesnime Tess Tessa Tessie Tetiana Tetyana Teudosia Teun Teunis Teuta Teuvo Tevfik Tevhid
Tevin Tevs Tex Texanna Texas Texie Teybet Teymur Teymuraz Teymurçin Tezcan Tezel Tezer Tezol Teófila Teófilo
Thabani Thabisa Thabisile Thabiti Thad Thaddeus Thaddäus Thadie Thalea Thalente Thales Thalia Thamsanqa
Thanatcha Thandazile Thandeka Thandiwe Thando Thanh Thanina Thaïs Thea Theadore Theda Thedore Thekla Thelma
Themba Thembeka Thembekile Thembile Thembisile Theo Theobald Theodis Theodocia Theodoor Theodor Theodora
Theodore Theodorik Theodoro Theodoros Theodosia Theodosie Theodór Theodóra Theofan Theofil Theofila Theola
Theophane Theophil Theophile Theotime Theres Theresa Therese Theresia Therman Theron Therèse Therése Theta
Theunis Theuns Theódór Theódóra Thi Thiago Thiare Thibaud Thibault Thibaut Thibert Thibo Thierno Thierry Thies
Thije Thijmen Thijn Thijs Thilo Thinhinane Thirza Thiên Thiếu Thiều Thiện Thiệu Thoa Thobeka Thom Thomas
Thomasina Thompson Thomás Thor Thora Thoralf Thorben Thorberg Thore Thorge Thornton Thorsten Thorwald Thos
Thoại Thresa Thu Thulani Thulisile Thuo Thure Thurlow Thurman Thursa Thurston Thuthukile Thuyết Thuần Thuận
Thuật Thy Thyra Thành Thái Théa Théo Théodora Théodore Théodose Théophane Théophile Théophraste Thérèse Thêu
Thór Thông Thùy Thúc Thúy Thăng Thơ Thư Thương Thường Thượng Thạc Thạch Thảo Thất Thắm Thắng Thế Thể Thịnh Thọ
Thống Thời Thụ Thục Thụy Thủy Thực Tia Tiago Tian Tiana Tianna Tiara Tiare Tiarna Tiarnan Tiarra Tibaldo Tibbe
Tibe Tiber Tiberia Tiberio Tiberiu Tiberius Tibo Tibor Tiburcio Tiburcius Tiburzio Ticen Tichomil Tichomír
Tichon Ticone Tidiane Tiegan Tieme Tiera Tiernan Tierra Ties Tiesha Tiffani Tiffanie Tiffany Tiguida Tihomir
Tiia Tiina Tiit Tiiu Tija Tijana Tijl Tijmen Tijn Tijs Tikho Tikhomir Tikhon Til Tilda Tilde Tilden Tilen
Tilio Till Tilla Tillie Tillman Tillmann Tilly Tilman Tilmann Tilo Tim Timbul Timea Timeo Timish Timm Timmie
Timmothy Timmy Timo Timofei Timofey Timofiy Timoléon Timon Timotei Timotej Timoteo Timoteus Timothe Timothee
Timothy Timothée Timur Timurtaş Timéo Tina Tinca Tincuța Tindar Tindra Tindri Tindur Tine Tineke Tiney Tinh
Tinie Tinna Tinne Tinni Tinnie Tino Tiny Tiphaine Tira Tirdad Tiril Tirone Tirsa Tirta Tirtayasa Tirza Tisa
Tisha Tishie Tishk Tit Titas Titi Titien Titilayo Titilope Titin Tito Titouan Titus Tivadar Tizian Tiziana
Tiziano Tizio Tiên Tiğin Tiến Tiếp Tiền Tiển Tiểu Tjaldur Tjark Tjaša Tjörfi Tjörvi Tobe Tobi Tobia Tobias
Tobiasz Tobie Tobiloba Tobin Tobiáš Toby Tobías Toccara Tod Todd Todda Tode Todor Todorka Todsawun Tofiq Tohir
Toivo Toke Toker Toki Toktuğ Tokunbo Toköz Tola Tolbert Tolga Tolli Tollie Tolomeo Tolonbay Tolulope Tolunay
Toluwalope Toluwani Toluwanimi Tom Toma Tomas Tomasa Tomaso Tomasz Tomaž Tome Tomeka Tomi Tomie Tomika
Tomiloba Tomislav Tomislava Tomke Tommaso Tommi Tommie Tommy Tomo Tomori Tomoya Tomris Toms Tomurcuk Tomàs
Tomás Tomáš Tomáška Tomé Tonda Tone Toney Tonguç Toni Tonia Tonicha Tonija Tonino Tonja Tonje Tonka Tonko
Tonni Tonnin Tonny Tony Tonya Tonči Tončica Toomas Toon Tope Topias Topuz Tor Tora Toralf Torben Torbjörg
Torbjörn Torbjørn Tord Tore Torey Torfey Torfheiður Torfhildur Torfi Torgny Torhan Tori Toriano Toribio Torie
Torill Torkvát Torquato Torrance Torrence Torrey Torrie Torry Torsten Tory Tosca Toscane Tosco Tosha Toshiko
Toshio Toska Toussaint Tova Tove Tovuz Towanda Toy Toya Toyip Toàn Toño Toğan Toğrul Toại Toản Trace Tracee
Tracey Traci Tracie Tracy Trae Traian Trajan Trajanka Trajche Trajko Trang Tranh Tranquillo Trasea Traude
Traudel Traudl Traugott Trausti Traute Travis Travon Trayvon Tre Treacy Treasa Treasure Treena Tremaine
Tremayne Trena Trendafilka Trent Trenten Trenton Tresa Tressa Tressie Treva Trever Trevin Trevion Trevon
Trevor Trey Treyton Treyvon Tri Tricia Trifon Trifun Triin Trilby Trilochan Trilochana Trilok Trilokanath
Trilokesh Triloki Trina Trine Trinh Trini Trinidad Trinity Triona Tripp Tripti Trish Trisha Trisho Trista
Tristan Tristana Tristano Tristen Tristian Tristin Triston Tristán Triveni Triya Triết Triều Triển Triệu
Troels Trofim Trond Trostan Troy Trpimir Trpko Trude Trudel Trudi Trudie Trudy True Trula Trumaine Truman
Trung Trycia Tryggva Tryggvi Tryggvína Trystan Trà Trác Tráng Tránsito Trâm Trân Trình Trí Trú Trúc Trúmann
Trīne Trương Trường Trưởng Trạch Trầm Trọng Trụ Trực Tsabita Tsara Tseko Tsipora Tsubasa Tsuma Tsveta Tsvetan
Tsvetanka Tsvetko Tuan Tuana Tuba Tucker Tudor Tudora Tudorița Tudosia Tuere Tufan Tufani Tugay Tugiman Tuhfe
Tui Tuija Tukufu Tula Tule Tulia Tulio Tullia Tulliano Tullio Tulun Tumas Tumi Tunahan Tunar Tunay Tunchanok
Tunguç Tunradee Tunç Tunçboğa Tunçer Tunçkılıç Tuomas Tuomo Tur Turabi Tural Turan Turcein Ture Turgay Turgut
Turi Turibio Turid Turlough Turna Turner Turold Turvi Turxan Tushar Tussio Tutku Tutkucan Tutkun Tutu Tuukka
Tuula Tuuli Tuulia Tuulikki Tuur Tuva Tuyuğ Tuyến Tuyết Tuyền Tuyển Tuğba Tuğcan Tuğrul Tuğrulhan Tuğtaş
Tuğtekin Tuğçe Tuấn Tuệ Tverdislav Tvorimir Tvrtko Twan Twila Twyla Ty Tybalt Tycho Tye Tyesha Tygo Tyla Tyler
Tylor Tymeo Tymon Tymoteusz Tyquan Tyra Tyree Tyreek Tyreese Tyrek Tyreke Tyrel Tyrell Tyrese Tyrfingur Tyrik
Tyrin Tyriq Tyrique Tyron Tyrone Tyrus Tyshawn Tyson Tài Táňa Tâm Tân Tânia Téo Tía Tíbrá Tích Tímea Tími
Tímon Tímoteus Tímóteus Tín Tína Tính Tístran Tóbías Tóbý Tói Tóka Tóki Tómas Tór Tóta Tôn Tõnu Törel Tùng Tùy
Tú Túy Tükelalp Tülay Tülin Tümer Tümkurt Tünde Türabi Türcan Türkalp Türkan Türkay Türker Türkeş Türkmen
Türknur Tüzeer Tüzenur Týr Týra Tālis Tālivaldis Tālrīts Tīna Tınal Tınas Tường Tərlan Tạ Tấn Tất Tịnh Tố Tổ
Tụ Từ Ubaadah Ubadah Ubaid Ubaidah Ubaldo Ubavka Ubay Ubayd Ubaydullah Ubaydulloh Ubbi Uberlinda Ubertino
Uberto Ubika Ucchal Uche Uchenna Uchita Uchqun Uda Udai Udant Udarsh Udeen Udeera Udit Udo Udyati Ueli Uffe
Ufuk Ufukay Uggi Ugla Ugnė Ugo Ugolina Ugolino Uguccione Uhban Uhra Ujamaa Ujjawal Ujjwal Ujunwa Ukbe Ula
Ulakbey Ulberto Ulderico Uldis Ulduz Ulf Ulfa Ulfat Ulfo Uli Uliana Ulices Ulises Ulisse Uliva Ulla Ullrich
Ulpiano Ulrica Ulrich Ulrico Ulrik Ulrika Ulrike Ulstano Ultan Ultimo Ulu Uludağ Uluman Ulus Ulutay Uluthando
Uluğbey Ulva Ulvi Ulviye Ulwazi Ulya Ulyan Ulyana Ulysse Ulysses Uma Umaarah Umair Umande Umang Umar Umay
Umaya Umberto Umi Umid Umida Umidulloh Umile Ummahani Umman Umoja Umur Umuralp Umut Umutcan Umuşan Una Undine
Undína Undīne Unggul Uni Unique Unjani Unknown Unna Unnamed Unnar Unnati Unnbjörg Unnbjörn Unndís Unndór Unni
Unnsteinn Unnur Unnþór Uno Uolevi Upadhriti Upasna Upendra Upik Upkaar Upma Upton Uqbaloy Ura Uraltay Uranio
Urbain Urban Urbano Urdino Urfan Urfon Urhan Uriah Uriel Uriele Urijah Urishilla Urmas Urmi Urmila Uroš Urrab
Urs Ursel Ursicio Ursina Ursino Ursmaro Ursula Ursule Ursulo Urszula Urte Urvashi Urvi Urðar Urður Urša Urška
Uršula Uršuľa Us Usame Uschi Usha Ushan Ushindi Usiku Usman Usmon Ustim Ustin Ustina Usyi Uta Utama Ute
Utkarsh Utku Utkucan Uttam Utz Uve Uwe Uxi Uy Uyanser Uygu Uygun Uyên Uyển Uzayr Uzbay Uzbegim Uzima Uzodimma
Uzsoy Uçan Uçbeyi Uğan Uğur Uğurkan Uğurtan Uģis Vacibe Vada Vadim Vafir Vafo Vagn Vagna Vagnbjörg Vagnfríður
Vahar Vahdet Vahid Vahide Vahittin Vahâ Vaida Vaidas Vaidehi Vaijayanthi Vaijayanti Vaishnavi Vaishno Vaishvi
Vajèn Vaka Vakarė Vakris Vakur Val Vala Valarie Valary Valberg Valbergur Valbjörg Valbjörk Valbjörn Valbjört
Valborg Valbrandur Valburga Valda Valdemar Valdemara Valdemārs Valdheiður Valdi Valdimar Valdis Valdís Valdór
Valeh Valencia Valente Valentijn Valentim Valentin Valentina Valentine Valentino Valentín Valentína Valentínus
Valentýn Valentýna Valentīna Valentīns Valera Valeri Valeria Valeriana Valeriano Valerico Valerie Valerii
Valerij Valerija Valerio Valeriu Valeriy Valeriya Valerián Valero Valery Valeryan Valería Valeska Valey
Valfredo Valfrido Valfríður Valgarð Valgarður Valgeir Valgerða Valgerður Valhildur Vali Valid Valija Valinda
Valka Vallary Vallaður Vallie Vallý Valmar Valmundur Valný Valon Valorie Valrós Valrún Valsteinn Valtena
Valter Valtr Valtteri Valtýr Valur Valva Valves Valère Valèria Valér Valéria Valérie Valéry Valíant Valý
Valþrúður Valþór Valērija Valērijs Vamakshi Van Vance Vanche Vancho Vanda Vander Vane Vanesa Vanessa Vangel
Vania Vanja Vanna Vannie Vansha Vanya Vaqif Vara Varalakshmi Varenya Varfolomey Vargın Varlaam Varlık Varmar
Varo Varsha Varvara Vasana Vasanti Vasarė Vasatika Vasco Vashon Vashti Vasif Vasil Vasile Vasili Vasilica
Vasilică Vasilie Vasilij Vasilija Vasilina Vasilisa Vasiliy Vasilka Vasilko Vasja Vaska Vasko Vasliddin Vassie
Vassilios Vasudev Vasudeva Vasudha Vasundhara Vasyl Vatnar Vatroslav Vatslav Vaughan Vaughn Vavrinec Vavřinec
Vaysal Vazeh Veaceslav Vecdi Veceaslav Veceslav Vecide Veda Vedang Vedanga Vedanshi Vedant Vedasto Vedat
Vedhika Vedika Vedran Vedrana Veer Veera Veerle Veeti Vefa Vefia Vefik Vega Vegard Vehbi Veig Veiga Veigar
Veigur Veijo Veikko Veis Veit Vela Velana Velaphi Velda Velemir Veleslav Veleslava Veli Velia Velibor Velichko
Velika Velimir Velimira Velimír Velina Velio Velislav Velislava Velitdin Veljan Veljo Vella Vello Velma Velta
Velva Velvet Vena Venance Venancio Venanzio Vencel Venceslao Venceslas Venceslás Vendel Vendela Vendelín
Vendelína Vendula Vendulka Venedikt Venera Veneranda Venerando Venere Venerio Venessa Veniamin Venice Venie
Venita Venko Venla Vennie Ventura Venus Venusta Venustiano Venusto Venuše Veola Ver Vera Verano Verda Verde
Verdell Verdiana Verdie Vere Verecondo Verena Verenzio Vergie Vergil Vergiliu Verginia Veriana Verica
Veridiana Verim Verl Verla Verle Verlene Verlie Verlin Verlon Verlyn Vermundur Vern Verna Vernal Verne Vernell
Vernelle Verner Verneri Vernetta Vernharð Vernharður Vernia Vernice Vernie Vernita Vernon Vero Verona Veronica
Veronicah Veronika Veroniko Veronique Versa Versie Vertie Verulo Verónica Verónika Veróníka Vesa Vesela
Veselin Veselinka Vesile Vesna Vespasiano Vesper Vessie Vesta Vestar Vester Vestmar Veta Vetrarrós Veturliði
Veva Veysel Veysi Vezat Vezio Vezrife Vi Vianney Vibeka Vibeke Vic Vica Vicdan Vicenta Vicente Vicenția
Vicențiu Vicie Vick Vickey Vicki Vickie Vicky Victoire Victor Victoria Victoriano Victorien Victorin Victorine
Victorino Victory Victoría Victória Vicy Vid Vida Vidadi Vidak Vidal Vidar Vide Vidhi Vidhur Vidhya Vidiano
Vidoe Vidone Vidor Vidur Vidya Vienna Viera Vieroslava Viesturs Vieve Vigdís Vigfús Viggo Viggó Vigile
Vigilija Vignir Vigný Vigo Vigri Vigtýr Vigur Vihaan Viivi Vija Vijay Vijeko Vijolīte Vik Vikar Vikentiy
Viking Vikki Viktor Viktoria Viktorie Viktorija Viktorin Viktoriya Viktoro Viktors Viktoría Viktorín Viktória
Vilberg Vilbergur Vilbert Vilbjörn Vilbogi Vilborg Vilbrandur Vildan Vildane Vilde Vildís Vilemína Vilena
Vilenina Vilfredo Vilfríður Vilgeir Vilgerður Vilgot Vilhelm Vilhelmiina Vilhelmina Vilhelmino Vilhelmo
Vilhelmína Vilhelmīne Vilhjálmur Vilho Vili Viliam Viliana Vilibald Viliberto Vilina Vilis Vilius Viljami
Viljar Viljem Vilji Viljo Villa Villads Ville Villi Villimey Villy Vilma Vilmar Vilmer Vilmos Vilmundur
Vilmārs Vilnis Vilný Viltė Vilém Viléma Vilĉjo Vimal Vimala Viman Vin Vina Vinay Vinaya Vinbjörg Vince Vincenc
Vincencie Vincent Vincentio Vincenza Vincenzo Vincențiu Vinciane Vindonio Vinebaldo Vineta Viney Vinfrido Vinh
Vinicio Vinicius Vinie Vinjar Vinka Vinko Vinnie Vinný Vino Vinsen Vinson Vinsý Vinton Vinz Vinzenz Vinícius
Viola Violante Violet Violeta Violetta Violette Violina Viorel Viorela Viorelia Viorica Vira Viraj Virdie
Virge Virgel Virgia Virgie Virgil Virgile Virgilio Virgiliu Virgill Virgin Virginia Virginie Virginio
Virginiya Virginía Virgle Virgínie Viridiana Virman Virone Virpi Virág Visar Visarion Viscardo Vishnu
Vishwamitra Visitación Vissarion Vissia Visvaldis Vita Vital Vitale Vitali Vitalia Vitalico Vitalie Vitalii
Vitalija Vitalina Vitalis Vitaliy Vito Vitold Vitor Vittore Vittoria Vittoriano Vittorio Vitus Vitória
Vitālijs Viva Vivaan Vivaldo Vive Viveka Vivi Vivian Viviana Viviane Vivianne Viviano Vivien Vivienne
Vizbulīte Viên Viðar Viðja Viļums Višnja Viết Viễn Việt Vjekoslav Vjenceslav Vjollca Vlad Vlada Vladan Vladana
Vladek Vladilen Vladilena Vladimer Vladimir Vladimira Vladimiro Vladimír Vladimíra Vladislav Vladislava
Vladislavs Vladivoj Vladlen Vladlena Vlado Vladěna Vlaicu Vlas Vlasta Vlastimil Vlastimila Vlastimir Vlastimír
Vlastimíra Vlastislav Vlastislava Vlatka Vlatko Vlk Vlora Vlădelina Vodingo Voichița Voicu Voislav Vojdan
Vojdanka Vojen Vojin Vojislava Vojkan Vojmil Vojmír Vojmíra Vojslav Vojslava Vojtech Vojtěch Vojtěška Vok
Volche Voldemārs Volfango Volfgang Volkan Volker Volkhard Volkmar Vollie Volney Volodimir Volodislav Von Vonda
Vonetta Voney Vonnie Vopni Vordís Vorm Voršila Vosil Voskresija Vratislav Vratislava Vratko Vreneli Vreni
Vrinda Vrishti Vritti Vrund Vsemil Vseslav Vseslava Vsevlad Vsevolod Vu Vujadin Vujica Vuk Vukan Vukašin
Vukica Vukota Vulmaro Vulpiano Vuokko Vurğun Vuslat Vusumuzi Vy Vyacheslav Vyanjana Vyas Vysheslav Vytautas
Vytė Vàng Vành Václav Václava Váli Vápni Vár Vâlâ Vân Vânia Väinö Vébjörg Vébjörn Védís Végeir Végerður Vékell
Vélaug Vélaugur Vémundur Véný Véronique Vésteinn Víbekka Víctor Víf Vífill Vígdögg Víggunnur Víglundur Vígmar
Vígmundur Vígsteinn Vígþór Víkingur Vísa Vít Víta Vítor Vítoslav Vítězslav Vítězslava Víðar Víðir Víóla
Víóletta Víťazoslav Võ Vöggur Völundur Vörður Vöttur Vüqar Vüsal Văn Vēsma Vėjūnė Věduna Věnceslav Věnceslava
Věnek Věnka Věra Věroslav Věroslava Věslava Vĩ Vĩnh Všeboj Všebor Všerad Všeslav Vũ Vương Vượng Vạn Vịnh Vọng
Vỹ Waahid Waail Waajid Waceera Wachira Wacław Wade Wadee Wadi Wadood Wael Wafa Wafae Wafeeq Wafi Wafiq Wafula
Wage Wahab Wahb Wahban Waheed Wahhaab Wahhaaj Wahyu Waida Waimarie Wainaina Waino Wairimu Wakeeta Wakiman
Walburga Waldemar Waldo Waldtraut Wale Walentina Walenty Walentyn Walentyna Waleran Waleria Walerian Walery
Walfried Walgierz Walid Walker Wallace Walli Wally Walt Walter Walther Walton Waltraud Waltraut Waltrud Waluyo
Waly Wamalwa Wambua Wambugu Wambui Wamwema Wanda Wandrille Wanesa Waneta Wangari Wangila Wangui Wani Wanita
Wanja Wanjala Wanjiku Wanjiru Wanjohi Wannes Wanyama Wanyonyi Waqila Ward Warda Wardaya Wardell Wardi Warhi
Waridi Warinder Warjas Warji Warley Warner Warre Warren Warsa Warsita Warta Warwick Waseme Wash Washington
Wasin Wasis Wassaya Wassim Watika Watson Watt Wava Waverly Wawan Waweru Wawrzyniec Wayde Wayland Waylon Wayman
Waymon Wayne Wazir Waël Weaver Webb Webster Weddy Weena Wei Wekesa Welat Weldon Wellington Wells Welton
Wenceslao Wenche Wencke Wende Wendel Wendelin Wendell Wendi Wendolin Wendy Wenke Wenzel Wera Werner Weronika
Wes Wesley Wesonga Wess Wessel West Westin Westley Weston Wheeler Whit Whitley Whitney Wiara Wibke Widisha
Widya Wiebke Wieland Wiem Wies Wieslaw Wigbert Wikitoria Wiktor Wiktoria Wilber Wilbert Wilbur Wilburn Wilda
Wilder Wiley Wilford Wilfred Wilfredo Wilfrid Wilfrido Wilfried Wilfriede Wilfryd Wilhelm Wilhelmina
Wilhelmine Wilhelmus Wiliam Wilkie Will Willa Willaim Willam Willard Wille Willem Willene Willfried Willi
Willia William Williams Willian Williard Willibald Willibert Willie Williemae Willis Willodean Willow Willum
Willy Wilma Wilman Wilmar Wilmer Wilson Wilton Wiltrud Wim Wincenty Winda Windell Windy Winfield Winford
Winfred Winfried Wing Winifred Winni Winnie Winnifred Winny Winona Winston Winter Winthrop Winton Wira Wirda
Wiremu Wirginia Wirt Wishi Wisnu Wissam Wissem Witalis Witold Wladimir Wm Wojciech Woldemar Wolf Wolfgang
Wolfhard Wolfram Wong Wood Woodie Woodroe Woodrow Woodson Woody Worley Worth Wout Wouter Wriddhish Wridesh
Wright Wulan Wulandari Wulf Wuraola Wyatt Wycliff Wycliffe Wylie Wyman Wynona Wálter Władysław Włodzimierz
Xalak Xalid Xalima Xaliq Xamis Xanana Xander Xankişi Xanlar Xanım Xatûn Xaver Xaverie Xaverius Xavi Xavier
Xavière Xebat Xem Xena Xenia Xenie Xezal Xia Ximena Xiomara Xiti Xiulan Xiuying Xobeen Xochitl Xolid Xosrov
Xudaverdi Xudayar Xudu Xumar Xuyến Xuân Xzavier Xénia Xénophon Yaa Yaakov Yaaseen Yachana Yacine Yacouba Yada
Yadavi Yadid Yadiel Yadigar Yadira Yael Yafi Yafir Yaghnam Yagnesh Yago Yahaira Yahia Yahir Yahvi Yahya Yahyaa
Yahyo Yahşi Yahşikan Yair Yaiza Yajaira Yakobo Yakov Yakub Yakubu Yalazabay Yalgın Yaltırak Yalçın Yalın Yaman
Yamar Yameen Yamid Yamile Yamilet Yamileth Yamilex Yamin Yamina Yamini Yan Yana Yanara Yance Yancy Yandel
Yanet Yaneth Yang Yango Yani Yanick Yanik Yanina Yanira Yanis Yanisa Yankı Yann Yanni Yannic Yannick Yannik
Yannis Yanuariy Yaprak Yaqeen Yaqoot Yaqub Yar Yara Yarah Yareli Yarema Yaren Yaretzi Yargı Yarina Yaritza
Yaro Yaromil Yaromir Yaron Yaropolk Yaroslav Yaroslava Yarovid Yasaar Yasan Yaseen Yasemen Yasemin Yash
Yashasvi Yashawini Yashem Yashica Yashoda Yashodhara Yashvi Yasin Yasina Yasinta Yasir Yasmeen Yasmin Yasmina
Yasmine Yasmín Yasna Yasser Yassin Yassine Yassir Yasti Yasuhiro Yatan Yathrib Yatin Yauvani Yavuz Yaw Yawar
Yawer Yaya Yayak Yazan Yazeed Yazganalp Yazgül Yazid Yazmin Yazmín Yaël Yaëlle Yağmur Yağın Yağız Yağızkurt
Yaşar Yaşattin Yda Yecid Yee Yeferson Yehuda Yeimy Yeison Yejide Yekbun Yekda Yekta Yelda Yelesen Yeliz Yener
Yeneral Yeni Yenifer Yenny Yenthe Yeny Yepelek Yeraz Yeremiy Yergha Yerko Yerson Yertan Yesenia Yesica Yesid
Yesoob Yessenia Yessi Yessica Yetişal Yetkin Yetta Yetunde Yevgen Yewande Yeşil Yeşim Yfke Yibanathi Yigit
Yilmaz Yina Yineth Yinthe Yiğit Ylan Ylenia Ylfa Ylfur Ylja Ylur Ylva Ylvi Ylvie Ymir Yngvar Yngve Yngvi Ynja
Yoan Yoann Yoav Yocelyn Yochana Yoel Yoga Yogendra Yogesh Yoginder Yohan Yohana Yohane Yohann Yoichi Yoko
Yolal Yolanda Yolande Yolima Yolonda Yona Yonatan Yonathan Yonca Yong Yoni Yono Yoqub Yorbek Yordan York Yoro
Yorqin Yoruç Yosef Yoselin Yoshiko Yoshio Yoshita Yosma Yosra Yossef Yosuke Yosun Youba Youcef Youmna Youna
Younes Youness Young Younès Youp Youri Yousef Yousra Youssef Youssou Youssouf Youssouph Youssoupha Yozida
Yoznur Yoël Yrja Yrjö Yrkill Yrsa Ysaline Yse Ysee Yseult Ysé Ysée Yudy Yug Yui Yukhim Yukhima Yukhimiya Yuki
Yuli Yulia Yulian Yuliana Yulianna Yulieth Yulisa Yulissa Yuliy Yuliya Yuly Yumi Yumiko Yuna Yuni Yunis Yunita
Yunt Yunus Yurani Yurany Yurdanur Yurdaser Yureed Yurem Yuri Yuridia Yuriy Yurtgüven Yurtseven Yurttaş Yury
Yusif Yussuf Yustina Yusuf Yuta Yutika Yuvenaliy Yuvraj Yvan Yven Yves Yvette Yvon Yvonne Yésica Yéssica Yên
Yönetmen Yûsiv Yüce Yücel Yücelen Yüksel Yümni Yümun Yıldır Yıldırım Yıldız Yılma Yılmaz Yến Zaafir Zaahid
Zaahir Zaakir Zabava Zabedeo Zabina Zabir Zablon Zac Zacarías Zaccaria Zaccheo Zach Zachar Zacharia Zachariah
Zacharias Zachariasz Zacharie Zachariáš Zachary Zachery Zaché Zack Zackariya Zackary Zackery Zada Zadie Zadig
Zaeem Zaenab Zafar Zafeer Zafer Zafir Zafirka Zafrul Zagorka Zahaar Zahar Zaharia Zaheer Zahfer Zahi Zahid
Zahide Zahir Zahnya Zahra Zahri Zahro Zahrun Zahur Zaib Zaid Zaida Zaiden Zain Zainab Zainabu Zaira Zaire
Zaitra Zaituni Zak Zakaria Zakariya Zakariyo Zakary Zakarya Zakaría Zakarías Zakayo Zakhar Zakharij Zakharinka
Zakhariy Zakhele Zaki Zakir Zakiyaxon Zala Zaliha Zalindra Zalán Zama Zaman Zamfir Zamfira Zamin Zamiq Zamir
Zamira Zana Zander Zandra Zane Zanele Zanita Zaniyah Zanobi Zansi Zara Zarar Zaraza Zaria Zariah Zarije Zarina
Zarna Zashil Zauqi Zaur Zavida Zavier Zavion Zaweel Zayan Zayd Zayden Zayn Zaynab Zayne Zayneb Zayniddin
Zayyan Zayyir Zbigniew Zbislav Zborislav Zbyhněv Zbyhněva Zbyněk Zbyslav Zbyslava Zbyňka Zbyšek Zbyška Zdena
Zdenka Zdenko Zdeněk Zderad Zdeslav Zdeslava Zdeňka Zdirad Zdislav Zdislava Zdravka Zdravko Zdík Zeb Zebirce
Zebulon Zechariah Zed Zef Zeferino Zefiro Zehaan Zehnia Zehra Zehranur Zeinab Zejna Zejnep Zekai Zekayi Zeke
Zekeriyyâ Zeki Zekiye Zela Zelaya Zelda Zelha Zelia Zelie Zeliha Zelinda Zeljko Zella Zelma Zelpha Zeltīte
Zemfira Zemislav Zemzem Zena Zenaide Zenas Zende Zenebio Zenia Zennun Zeno Zenobia Zenobie Zenobio Zenon
Zenone Zenovia Zenoviy Zenta Zente Zenzele Zenzile Zephyr Zerafet Zerdad Zerdeşt Zeride Zerrin Zerya Zeta
Zetico Zetta Zettie Zev Zevlüde Zewad Zeyd Zeynab Zeynal Zeyneb Zeynel Zeynelabidin Zeynep Zeyno Zeynulla
Zhane Zhanna Zhivka Zhivko Zhozefina Ziad Ziba Zibuyile Ziedonis Ziedīte Zigfrīda Zigfrīds Ziggy Zigmund
Zigmārs Zigrīda Zihni Zihnî Zikmund Zilan Zilfa Zillah Zilmil Zilola Zilpah Zilpha Zimran Zina Zinaida Zinal
Zinayida Zineb Zinedine Zinhle Zinnura Zinnure Zinovia Zinoviy Zion Zipporah Zita Zithulele Ziva Ziver Ziya
Ziyad Ziyaettin Ziyanda Ziyo Ziyâd Zizi Zlat Zlata Zlatan Zlate Zlatica Zlatka Zlatko Zlatomir Zlatomír
Zlatomíra Zlatuše Zoa Zobuhle Zoe Zoey Zofia Zofija Zohid Zohir Zohra Zoia Zoie Zoila Zoilo Zoja Zokir Zola
Zollie Zoltan Zoltán Zona Zophanías Zophonías Zora Zoraida Zoral Zoran Zorana Zoremir Zoreslav Zoreslava
Zorica Zorina Zoritsa Zorka Zoroslav Zoroslava Zoryan Zoryana Zosim Zosima Zosimo Zoya Zoyir Zoé Zoéva Zoë
Zrinislav Zrinko Zsanett Zselyke Zsigmond Zsolt Zsombor Zsuzsanna Zsófia Zuba Zubayr Zubeyde Zuhri Zula
Zulaikha Zulema Zulfa Zulfikar Zulma Zumaridi Zunilda Zuwayhir Zuwena Zuxra Zuzana Zuzanna Zvenigor Zvenimir
Zvenislav Zvenislava Zvezdana Zvonimir Zvonimír Zvonimíra Zvonka Zvonko Zwatie Zyad Zygmunt Záboj Záviš Zâfir
Zâhit Zélie Zénó Zéphirin Zétény Zîlan Zîn Zóphanías Zóphonías Zöhrehan Zübeyde Zübeyr Züfer Zühal Züheyla
Zülal Zülbiye Züleyha Züleyxa Zülfikâr Zülfüye Zülgarni Zümre Zümrüd Zümrüt Zīle Ábel Ádám África Ágata Ágatha
Ágnes Águeda Ágúst Ágústa Ágústína Ái Áki Ákos Álex Álfar Álfdís Álfey Álfgeir Álfgerður Álfgrímur Álfheiður
Álfhildur Álfrós Álfrún Álfsól Álfur Álfþór Álvaro Ámbar Ámos Ámundi Án Ángel Ángela Ángeles Ánh Árbjartur
Árbjörg Árbjörn Árbjört Árdís Árelía Árelíus Árgeir Árgils Árlaug Ármann Ármey Ármin Árna Árndís Árney
Árnheiður Árni Árnína Árný Áron Árpád Ársæl Ársæll Ársól Árveig Árvök Árón Áróra Árún Árþóra Ás Ása Ásberg
Ásbergur Ásbjörg Ásbjörn Ásborg Ásdís Ásfríður Ásgautur Ásgeir Ásgerður Ásgils Ásgrímur Áshildur Ási Áskatla
Áskell Ásla Áslaug Áslaugur Ásleif Áslákur Ásmar Ásmundur Ásný Ásrós Ásröður Ásrún Ást Ásta Ástbjörg Ástbjörn
Ástbjört Ástdís Ástfríður Ástgeir Ástgerður Ástheiður Ásthildur Ástmar Ástmundur Ástráður Ástríkur Ástríður
Ástrós Ástrún Ástvald Ástvaldur Ástvar Ástveig Ástvin Ástþrúður Ástþór Ástþóra Ásvaldur Ásvarður Ásvör Ásólfur
Ásþór Áurea Âdem Âlemşah Âmir Ân Ângela Ângelo Änne Åbjørn Åge Åke Åsa Åse Ægileif Ægir Æsa Æsgerður Æsir Ævar
Ævarr Çaba Çabdar Çablı Çabuş Çakar Çakırca Çalapkulu Çaltı Çalım Çamok Çankız Çapkan Çavuldur Çağa Çağan
Çağatay Çağdan Çağdaş Çağla Çağlar Çağlasın Çağlayan Çağru Çağrı Çağrıbeğ Çağrıhan Çağrıtegin Çağveren Çağıl
Çelem Çelen Çelik Çelikkan Çelikyürek Çemen Çemgen Çerçi Çetin Çetinel Çetiner Çetinsu Çeviköz Çevregül Çeykün
Çeşminaz Çilay Çilenti Çiler Çilga Çimen Çimnaz Çinerk Çingiz Çise Çisem Çisil Çiçek Çiçem Çiğdem Çişem
Çobulmak Çocukbörü Çokan Çokramayul Çolman Çolpan Çopur Çoğay Çîya Çölü Çıdal Çıgıl Çıngır Çıvgın Èric Ève
Édgar Édith Édouard Éleuthère Élia Éliane Élias Élie Élisabeth Élise Élisée Élodie Éloïse Élzéar Éléna
Éléonore Émeline Émeric Émile Émilie Émérance Émérencie Énora Épiphane Éric Érica Étienne Éva Évangéline
Évariste Évelyne Évrard Ëakumbu Ían Ída Ígor Íma Ími Ína Íngrid Ír Íren Írena Íris Írunn Ísabel Ísabella
Ísadóra Ísafold Ísak Ísalind Ísar Ísarr Ísbjörg Ísbjörn Ísdís Íseldur Ísey Ísfold Ísgeir Ísgerður Íshildur
Ísidór Ísis Íslaug Ísleif Ísleifur Ísmael Ísmar Ísmey Ísold Ísrael Ísrún Íssól Ísveig Ísól Ísólfur Ítalo Íunn
Íva Ívan Ívar Íñigo Óda Ófeigur Ófelía Óla Ólafur Ólafía Ólafína Ólavía Óli Óliver Ólivía Ólína Ólíver Ólöf
Ómar Ómi Ósa Óscar Ósk Óskar Ósvald Ósvaldur Ósvífur Ótta Óttar Óttarr Óðinn Öge Ögmunda Ögmundur Ögn Ögri
Ökkaş Öktürk Ölnir Ölrún Ölveig Ölver Ölvir Ömer Ömriye Ömür Öncel Önder Öndólfur Önel Öngen Önsal Önundur
Örbrún Örfiye Örik Örjan Örk Örlaugur Örlygur Örn Örnólfur Örvar Öryürek Ösp Össur Östen Över Övün Öxar Öykü
Özakan Özalpsan Özaslan Özay Özbay Özbilek Özbilge Özcan Özdal Özden Özdeş Özdil Özdoğdu Özel Özer Özerdinç
Özertem Özge Özger Özgün Özgür Özhan Özinal Özkan Özkent Özkutlu Özlem Özlen Özlü Öznur Özokçu Özpetek Özpınar
Özsözlü Öztek Öztürk Özyurt Özçam Özüdoğru Öğet Øivind Øjvind Ørni Øvli Øystein Øyvind Úa Úddi Úlfa Úlfar
Úlfdís Úlfey Úlfgeir Úlfheiður Úlfhildur Úlfhéðinn Úlfkell Úlfljótur Úlfrún Úlftýr Úlfur Úlla Úlrik Úna Úndína
Úranus Úranía Úrsula Úrsúla Übeydullah Üge Ülfet Ülgen Ülke Ülker Ülkü Ülküdeş Ülküm Ülkər Ülle Ülvi Ülviyyə
Ümid Ümit Ümmahan Ümmet Ümmiye Ümmühan Ümran Ümray Ünal Ünek Ünlen Ünsel Ünseli Ünsever Ünübol Ürfettin Ürper
Üsame Üstün Üzer Üzeyir Üçgül Ýja Ýma Ýmir Ýr Ýrar Ýrr Þalía Þangbrandur Þeba Þengill Þeyr Þeódís Þeódóra
Þinur Þiðrandi Þiðrik Þjálfi Þjóstar Þjóstólfur Þjóðann Þjóðbjörg Þjóðbjörn Þjóðgeir Þjóðhildur Þjóðleifur
Þjóðmar Þjóðrekur Þjóðvarður Þjóðólfur Þoka Þorberg Þorbergur Þorbjörg Þorbjörn Þorbrandur Þorfinna Þorfinnur
Þorgarður Þorgautur Þorgeir Þorgerður Þorgestur Þorgils Þorgnýr Þorgríma Þorgrímur Þorgísl Þorkatla Þorkell
Þorlaug Þorlaugur Þorleif Þorleifur Þorleikur Þorlákur Þormar Þormundur Þormóður Þorri Þorsteina Þorsteinn
Þorstína Þorvaldur Þorvar Þorvarður Þrastar Þrymur Þrá Þráinn Þrándur Þróttur Þröstur Þrúða Þrúðmar Þrúður
Þula Þura Þurí Þuríður Þurý Þyri Þyrnir Þyrí Þór Þóra Þóranna Þórar Þórarinn Þórarna Þórbergur Þórbjörg
Þórbjörn Þórdís Þórelfa Þórelfur Þórey Þórfríður Þórgnýr Þórgrímur Þórgunna Þórgunnur Þórhaddur Þórhalla
Þórhalli Þórhallur Þórhanna Þórheiður Þórhildur Þórir Þórkatla Þórlaug Þórlaugur Þórleif Þórleifur Þórlindur
Þórmar Þórmundur Þórný Þórodda Þóroddur Þórormur Þórsteina Þórsteinn Þórsteinunn Þórstína Þórunn Þórveig
Þórvör Þórða Þórður Þórólfur Þórörn Þöll Þúfa Ādams Ādolfs Ārija Ārijs Āris Ąžuolas Ĉarloto Čarna Časlav
Čedomir Čeněk Čestmír Čestmíra Čeňka Čistoslav Čistoslava Đan Đina Đinh Điền Điệp Đoan Đorđe Đoàn Đura Đurađ
Đurda Đurica Đuro Đurđica Đài Đàn Đào Đình Đôn Đông Đăng Đơn Đường Đại Đạo Đạt Đắc Đệ Định Đồng Độ Đức Ērika
Ēriks Ēvalds Ğanim Ģederts Ģertrūde Ģirts Ĥimeno Īrisa İbiş İbrahim İclal İde İdil İdiris İdris İffet İhsan
İhvan İkbal İkeme İkiz İkiçitoyun İklim İkrime İlalmış İlayda İlbek İlbey İlbilge İldem İldeş İldike İlgegü
İlgi İlham İlhami İlhan İlim İlkay İlkbahar İlkben İlke İlker İlkim İlkin İlklima İlknur İlksen İlkyaz İlmafer
İlper İlqar İlsu İlteriş İlyas İmam İmge İmran İmrem İmren İmrihan İnançlı İnci İncifir İnqilab İnsaf İntihap
İntiqam İntizar İnç İpek İrem İrfan İrinç İrinçköl İrtiş İsa İsak İslam İslime İsmail İsmayıl İsmet İsra
İsrafil İtil İvecen İxtiyar İyiyürek İzel İzgü İzzet İzzettin İçimbike İşcan Ĵeromo Ľubica Ľubomír Ľubomíra
Ľubor Ľuboslav Ľuboslava Ľuboš Ľudmila Ľudomil Ľudomila Ľudovít Łazarz Łucja Łukasz Řehoř Řehořka Şaban
Şabettin Şadan Şadıman Şafii Şahap Şahat Şahdiye Şahin Şahinalp Şahinbey Şahinder Şahlar Şahmar Şahmettin
Şahnaz Şahnuray Şahsuvar Şahsüvar Şahıgül Şaiq Şakir Şali Şamiha Şamil Şamxal Şanlı Şarani Şavki Şayan Şazime
Şebnem Şecaeddin Şefi Şefik Şefiye Şehamet Şehlevent Şehrazat Şehreban Şehza Şekim Şelale Şelâle Şemsettin
Şemsi Şemsinisa Şenay Şendoğan Şener Şengül Şenkal Şennur Şenol Şerafeddin Şerafettin Şeref Şerif Şerman
Şermin Şervan Şevket Şevketfeza Şevki Şevval Şeyban Şeyda Şeyma Şide Şihab Şihabeddin Şiir Şilan Şinasi Şir
Şirin Şirivan Şirzad Şuayp Şule Şâfi Şêxmus Şîlan Şîrîn Şöhret Şükri Şükrü Şüküfe Şükür Şıxı Şəhriyar Šalamoun
Šalomoun Šarlota Šarūnas Šavel Šebastián Šime Šimon Šimona Špela Štef Štefan Štefanija Štefica Štefka Štefánia
Štěpán Štěpána Štěpánka Šárka Šťasta Żaneta Žakelina Žakelína Žan Žaneta Žanete Žanis Žanna Žarko Ždan Ždana
Želibor Želimír Želimíra Želislav Želislava Željka Željko Želmír Želmíra Žemyna Ženija Žiga Žigmund Žitomír
Žitomíra Žitoslav Žitoslava Živa Živan Živana Živilė Žofia Žofie Žubīte Žygimantas Əbdül Əflatun Əhliman Əhməd
Əli Əliş Əmin Əmir Ərtoğrul Əyyub Șerban Ștefan Ștefana Ștefania Ấu Ẩn
`;

/** Family names, space-separated. */
export const FAMILY_NAMES = `
Aaaqil Aabid Aadam Aadil Aages Aalam Aalbers Aalerud Aalto Aaltonen Aalts Aamil Aamir Aamirah Aanei Aarden
Aarif Aariz Aarts Aas Aasa Aasen Aasif Aasim Aasmäe Aatiq Aavik Aazim Aba Abaan Ababei Ababii Abacı Abad Abada
Abadan Abadziev Abadzieva Abadžija Abadžić Abalıoğlu Abarca Abascal Abatantuono Abate Abay Abazović Abba Abbad
Abbadh Abbagnale Abbas Abbaslı Abbasov Abbasova Abbassi Abbate Abbes Abbondanza Abbosov Abbosova Abbott
Abbrescia Abdalla Abdallah Abdelaziz Abdellaoui Abdelli Abdi Abdiaziz Abdifatah Abdikadir Abdille Abdinoor
Abdirahman Abdou Abdow Abduazizov Abduboriyov Abdulahadyev Abdulahadyeva Abdulazimov Abdulazimova Abdulazizov
Abdulazizova Abdulboriyev Abdulboriyeva Abdulhafizov Abdulhafizova Abdulhakimov Abdulhakimova Abdulhamidov
Abdulhayov Abdulhayova Abdulholiqov Abdulholiqova Abduljabborov Abduljabborova Abduljalilov Abduljalilova
Abdulkarimov Abdulkarimova Abdulla Abdullah Abdullahi Abdullaoğlu Abdullatifov Abdullatifova Abdullayeva
Abdullohov Abdulmalikov Abdulmalikova Abdulqahhorov Abdulqahhorova Abdulqodirov Abdulqodirova Abdulvahhobov
Abdulvahhobova Abdulvaliyev Abdulvaliyeva Abdulvohidov Abdulvohidova Abdumalikov Abdurahmonov Abe Abed
Abegglen Abel Abella Abellán Abels Aberhart Abernathy Abeyta Abicht Abid Abimanyu Abiodun Abiola Abiputra
Abičić Abodunrin Aboraa Abosede Abou Abouda Aboukir Abova Abrafi Abraham Abrahams Abrahamsen Abrahamsson
Abrahám Abrahámová Abramov Abramova Abramovic Abramović Abrassart Abrego Abreu Abril Abrorov Abshire Abt Abu
Abubakar Abubakrov Abuga Aburto Abwao Acar Accardi Accardo Accurso Acedo Acerbi Acero Aceto Acevedo Achaorainn
Achari Acharya Achberger Achbergerová Acheampong Achieng Achilles Achim Achison Achkinadze Achleitner Achola
Achour Achouri Acker Ackerl Ackerman Ackermann Aclan Acosta Acquadro Acquaviva Acquistapace Acuña Adadevoh
Adadia Adal Adam Adamcová Adamczak Adamczyk Adame Adamec Adamecová Adamek Adami Adamiak Adamiec Adamo Adamović
Adamová Adamowicz Adams Adamski Adamson Adamu Adamus Adan Adanır Adaobi Adar Adasme Adašević Adcock Adda
Addari Addis Ade Adebayo Adebisi Adegbite Adegboye Adegoke Adekunle Adel Adelaar Adelakun Adeleke Adels
Adelusi Adem Ademayowa Ademiluyi Ademola Aden Adeniyan Adeoluwa Ader Aderibigbe Aderinsola Aderogba Aderonke
Adesina Adesiyan Adetokunbo Adewale Adewunmi Adewura Adeyemi Adeyemo Adhastair Adhiambo Adhikari Adhitama
Adiga Adin Adinolfi Adisa Adkins Adler Adolfsson Adolph Adoma Adomah Adomako Adongo Adorno Adow Adragna
Adriaansen Adriaensdr Adriaense Adriaensen Adriaenssens Adriansyah Adrovic Adryaens Adríans Adríels Adu Adusei
Adutwum Adutwumwaa Adwubi Adzimitrevska Adzimitrevski Adámek Adámková Adán Adíels Adólfs Adıvar Adžijević Aebi
Aebischer Aeby Aedo Aeije Aelftrud Aerts Aertsz Afanasev Afanaseva Afanasjev Affinito Afifah Afirifa Afoakwa
Afolabi Afolayan Afonja Afrakomaa Afruzova Afunku Agafonov Agafonova Agarwal Agate Agazzi Agboola Aggarwal
Agnars Agnello Agnes Agnesi Agnew Agnis Agostinelli Agostini Agosto Agovic Agrawal Agresta Aguado Aguayo
Agudelo Agudo Aguero Aguilar Aguilera Aguiló Aguirre Agullo Aguridić Agurto Agustian Agustina Agustí Agustín
Agyapomaa Agyapong Agyare Agyei Agyeiwaa Agyemang Agüero Ahearn Ahearne Ahern Aherne Ahić Ahlberg Ahlgren
Ahlin Ahlke Ahlqvist Ahlström Ahluwalia Ahmad Ahmadi Ahmadov Ahmed Ahmetspahić Aho Ahokas Ahola Ahonen Ahortor
Ahrenberg Ahrens Ahrorov Ahrorova Ahuja Ahumada Aichholzer Aichinger Aidicín Aiello Aigare Aigars Aigbiniode
Aigner Aigroz Ailpín Ailín Aindriais Aindriú Ainmneach Ainsboro Airaksinen Airchinnigh Airlangga Airligh
Airmeas Airt Aissani Aissaoui Aitigín Aitken Ajakaiye Ajanovska Ajanovski Ajao Ajayi Ajello Ajewole Ajose
Ajvazović Akal Akalın Akan Akar Akay Akaydın Akbaba Akbarov Akbay Akbulut Akcan Akdağ Akdemir Akdeniz Akeem
Akel Akelis Akello Akerele Akgöz Akgül Akgün Akgündüz Akhtar Akifović Akinrinola Akintade Akinwale Akinyi
Akkan Akkaya Akkaş Akkor Akkoyun Akkoyunlu Akkoç Akkurt Akmalov Akmalova Akman Akmačić Akoaa Akobirov Akoth
Akoto Akowua Akpınar Akramov Akramova Aksakal Aksel Aksenov Aksenova Aksentijević Aksentić Aksin Aksić Aksović
Aksoy Aksu Aksungur Aktan Aktay Aktaş Akumu Akyaa Akyeamfuɔ Akyeampomaa Akyeampong Akyel Akyena Akyürek Akyüz
Akyıldız Akça Akçal Akçalı Akçay Akın Akıncı Akışık Akşit Akšam Alabi Aladić Aladžić Alaimo Alaković Alamsyah
Alan Alanen Alanis Alaniz Alanko Alanović Alaníz Alarcón Alargić Alas Alastair Alastroim Alatalo Alavanja
Alavantić Alba Albanese Albano Alber Alberdi Albero Alberola Albers Albert Alberti Albertini Alberto Alberts
Albertyn Alboni Albornoz Albrecht Albrechtová Albu Albuquerque Alcala Alcalde Alcalá Alcamo Alcaraz Alcolea
Alcántar Alcántara Alcázar Aldars Aldea Aldobrandi Aldridge Alegre Alegria Alegría Alejandro Aleksandrov
Aleksandrova Aleksandrowicz Alekseev Alekseeva Aleksiev Aleksieva Aleksić Aleksov Aleksova Aleksovska
Aleksovski Alemannië Alemany Alemdar Alemán Alenburg Alessandrini Alessi Alev Alex Alexa Alexander Alexanders
Alexandersson Alexandre Alexandrescu Alexandru Alexe Alexs Alexíus Alfano Alfaro Alfermann Alfieri Alfons
Alfonsi Alfonso Alfreds Alfredsson Alfreðs Ali Aliaga Alicea Alidi Aligbe Alighieri Alih Alija Alikavazović
Alinurov Alio Alis Alisherov Alisherova Alivernini Aliyev Aliyeva Alizadeh Aličić Aljančić Alkan Alkaya
Alkhamis Alković Alksne Alksnis Allain Allal Allali Allan Allans Allard Allas Allegretti Allemanië Allen
Allende Allendes Aller Allerby Allgeyer Allik Allis Allison Allmhúráin Alm Almagià Almagro Almansa Almanza
Almaraz Almars Almaráz Almazán Almašac Almeida Almgren Almonacid Almonte Almqvist Alnıaçık Aloba Aloi Aloisio
Alonso Alonzi Alonzo Aloo Alpaidis Alparac Alpman Alpuğan Alreks Alsina Altamirano Altan Altenwerth Altera
Altieri Altmann Altun Altuntaş Altınay Altınbaş Altınel Altınok Altıntaş Altınışık Altıok Aluga Aluoch Alva
Alvarado Alvarez Alvars Alve Alvear Alves Alvins Alyanak Alzate Alzinova Alıcı Amabile Amado Amador Amadori
Amaechi Amahle Amaldi Amalrada Aman Amann Amanović Amanta Amar Amara Amaral Amari Amat Amato Amaya Ambani
Amberg Amble Ambrasas Ambrosini Ambrosino Ambrosio Ambrož Ambrožič Ambrožová Amendola Amerio Ameur Amhalghaidh
Amhlaigh Amhlaoigh Amhlaoimh Amici Amico Amidžić Amigó Amina Aminat Aminova Amirayeva Amirov Amla Ammaniti
Ammann Ammari Ammoscato Amo Amoa Amoako Amoakowaa Amoanimaa Amoasi Amoit Amon Amondi Amor Amores Amorim
Amoroso Amoruso Amorós Amos Ampadu Ampofo Ampofowaa Ampoma Amponsa Amponsah Ampuero Amrane Amrani Amrein Amri
Amrouche Amstel Amundsen Amírs Anabadha Anand Ananda Anandya Anarqızı Anasov Anasova Anastasi Anaya Anchevska
Anchevski Anciaux Ancona Anda Anderberg Anderl Anders Andersen Anderson Andersone Andersons Andersson
Andesilić Andile Anding Andini Andić Andonov Andonova Andonović Andonovska Andonovski Andorful Andov Andova
Andra Andrade Andrašek Andrašík Andrašíková Andre Andreas Andreasen Andreassen Andreasson Andreev Andreeva
Andreevska Andreevski Andrei Andrejević Andrejin Andrejić Andreković Andreoli Andreotti Andreozzi Andres
Andresen Andreu Andrew Andrews Andriani Andries Andrijašević Andrijević Andris Andrisani Andriška Andrle
Andrlová Andronic Andrukhovich Andrzejczak Andrzejewski Andráš Andrášik Andrášiková Andrášová André Andrén
Andrés Anděl Andělová Anekvorakul Anele Anelli Anes Anfinns Angantýrs Angarita Angeletti Angeli Angelini
Angelis Angeloni Angelovska Angelovski Angelucci Angerer Anggraini Anggreny Anggriawan Anghel Angiolello Angis
Anglada Angster Anguiano Anguillara Anguissola Anguita Angulo Angus Angwenyi Anichini Anima Anisayeva Anisimov
Anisimova Anissimov Aničić Anjani Anjos Ankra Ankunding Anna Annarrs Annars Annas Anne Annels Annes Annraoi
Annsboro Annunziata Annus Anokye Anraoi Ansa Ansboro Anselmi Anselmo Ansems Ansomaa Ansomah Ansorova Antal
Antalová Antczak Antelami Antenucci Antezza Anthony Anthonys Antikainen Antić Antoci Antoine Antolković Anton
Antonacci Antonelli Antonello Antonetti Antoni Antonini Antonioni Antonić Antonov Antonova Antonović Antons
Antonsen Antonsson Antonucci Antony Antoníus Antović Antoš Antošová Anttila Anttonen Antunes Antunović
Antušević Antwi Antwiwaa Antón Antúnez Anučin Anušić Anvarov Anvaryev Anvaryeva Anyango Anyanwu Anyona
Anzalone Anđelić Anđelković Aodha Aodhchain Aodhchaoin Aodhgáin Aodháin Aogáin Aoidh Aoki Aoko Aonghais
Aonghuis Aonghusa Apablaza Aparecida Aparicio Apicella Apine Apinis Apitz Apiyo Apodaca Apondi Aponte Aporti
Apostol Apostolov Apostolova Apostolska Apostolski Appelman Appia Appiah Aprile Apsīte Apsītis Apte Aqila
Aquino Arab Aracena Aragonés Aragão Aragón Aramburu Aramini Arana Arancibia Aranda Araneda Arango Arans Arap
Aras Araujo Aravena Araya Arazlı Araña Araújo Arboleda Arcangeli Arce Archambault Archer Archuleta Arco Arcos
Arda Ardana Ardelean Ardeleanu Ardianto Ardila Ardiyanti Aregger Arellano Aremu Arena Arenas Arend Arendt
Arens Arent Arents Ares Arevalo Argan Argenio Argentero Argenti Argento Argiolas Arguello Argurio Argüello
Arhanić Arias Ariasso Aribi Ariens Arifcanov Arifin Arilíus Arinbjörns Ariosto Aris Ariza Ariño Arjona Arkel
Arkhipov Arkhipova Arlović Arman Armani Armas Armellini Armendáriz Armengol Armenta Armijo Armstrong Arnaiz
Arnal Arnalds Arnars Arnau Arnaud Arnaut Arnbergs Arnbjörns Arndt Arndórs Arnes Arnesen Arnfinns Arnfreyrs
Arngeirs Arngils Arngríms Arnkells Arnlaugs Arnleifs Arnljóts Arnmunds Arnmóðs Arnodds Arnold Arnolds Arnott
Arnould Arnsberg Arnsteinns Arnviðs Arnórs Arnúlfs Arnþórs Aro Aroca Arons Aronsson Arora Aros Arpaši Arranz
Arredondo Arregui Arreola Arriaga Arriagada Arribas Arrieta Arro Arroyo Arsenault Arsenić Arsić Arslan
Arslanoğlu Arslonov Arslonova Arsov Arsova Arsovska Arsovski Arsoy Arta Arteaga Artemev Artemeva Arths Arthurs
Arthúrs Artigas Artioli Artner Arts Artáin Artúir Artúrs Aru Arula Arvidsson Arya Aryal Aryan Aryani Aryanti
Aryee Arzulu Aránguiz Arévalo Aríels Aríus Arāja Arājs Arıcan Arık Arıkan Arığ Asadov Asadova Asadullohyev
Asadullohyeva Asaels Asamoa Asamoah Asan Asante Asantewaa Asare Asaro Aschauer Aschenbroich Aschman Ascione
Asenjo Asensio Asenso Ashe Ashley Ashman Ashton Asiama Asiedu Asieduwaa Asikainen Asil Asilayeva Asilbekov
Asilbekova Asks Aslan Aslanova Aslanoğlu Asmanova Asmiraeva Asmundo Asp Aspars Aspere Aspers Asplund Asprucci
Assche Asselin Assem Assmus Assunção Astafei Asten Astete Astolfi Astorga Astudillo Astuti Aswandi Ata Ataa
Atakan Atakişioğlu Atakol Atalık Atan Atanasov Atanasova Atanasovska Atanasovski Atanda Atasever Atay Atchison
Atencio Ateş Athman Atieno Atienza Atik Atkins Atkinson Atkov Atkova Atlas Atlis Atlı Atsev Atseva Atsevska
Atsevski Attia Atwal Atzeni Atzler Atzori Atıcı Atılgan Au Aubert Aubry Aucamp Audet Auer Aufderhar Auger
Augustin Augustsson Augustyn Augustyniak Auinger Auld Aulenti Auma Aumann Aun Aune Auniņa Auniņš Auraq Aurelia
Aurora Aus Austars Austermühle Austin Austmanns Austmars Austris Autio Auvinen Auwera Auziņa Auziņš Auðbergs
Auðberts Auðbjörns Auðgeirs Auðkells Auðmunds Auðunns Auðuns Auðólfs Avallone Avan Avazyev Avazyeva Avcı
Avcıoğlu Avdeev Avdeeva Avendaño Avery Avila Avilés Avogadro Avoirt Avola Avotiņa Avotiņš Avram Avramchev
Avramcheva Avramov Avramova Avramovska Avramovski Avsec Aw Awadh Awadil Awamil Awani Awinja Awino Awj Awmar
Awodiran Awolowo Awuah Awuor Axels Axelsson Axmann Axundlu Axundov Axundova Ayaan Ayad Ayadi Ayala Ayamin
Ayanda Ayandokun Ayaydın Ayaz Aybar Aycan Aydan Aydemir Aydoğdu Aydın Ayers Aygün Ayhan Ayieko Ayisat Ayize
Aykan Aykaç Aykurt Aylinova Ayllón Aylward Aymonier Ayobami Ayomide Ayoola Aytaç Aytek Aytekin Ayubov Ayuma
Ayuso Ayverdi Ayyubi Azad Azamatov Azamatova Azara Azban Azcona Azevedo Azinić Azizah Azizi Azizov Azizova
Aznar Azorin Azzahra Azzouz Azócar Açar Açıkalın Açıkgöz Aïdara Aðalbergs Aðalberts Aðalbjörns Aðalborgars
Aðalgeirs Aðalmunds Aðalráðs Aðalsteinns Aðólfs Aćimović Aćin Aćić Ačanski Ačić Ađanski Ađić Ağa Ağaoğlu
Ağayeva Ağca Ağırbaş Aşkın Aşçı Aşık Aşıkoğlu Ašanin Ašađanin Ašimi Aškraba Aškrabić Ašonja Ašćerić Aždajić
Ažić Ba Baa Baafi Baah Baalen Baaqir Baarck Baaree Baashir Baasim Baasit Baawia Babac Babacan Babalj Babalola
Babalı Babamovska Babamovski Babanlı Babaoğlu Babar Babarogić Babati Babato Babatunde Babatz Babayeva Babbo
Babel Babey Babin Babini Babić Babič Babjak Babjaková Babka Babková Babou Babović Babtunde Babu Babukh
Babunska Babunski Baburić Baca Bacalo Bacci Bach Bacha Bacher Bachey Bachinger Bachler Bachmann Bachovska
Bachovski Baciu Back Backer Backes Backlund Backman Bacosi Badal Badami Badan Badane Badea Badel Bademci
Badenhorst Bader Badiane Badilla Badillo Badji Badjuk Badoer Badoglio Badr Badu Badía Baele Baelen Baena Baere
Baert Baeten Baetens Baets Baeyens Baez Baeza Baganz Bagaskara Baggio Baghdadi Baghy Bagiński Baglioni Bagnoud
Bah Bahadır Bahamonde Bahamondes Baharia Baharlı Bahati Bahena Bahl Bahloul Bahna Bahno Bahnová Bahodirov
Bahodirova Bahon Bahri Bahriddinov Bahriddinova Bahringer Bahromov Bahromova Bahun Bai Baier Bail Bailey
Bailly Bailís Bains Baiocco Baird Bairéad Baisceir Bajaj Bajalska Bajalski Bajamonti Bajan Bajardi Bajc Bajer
Bajerová Bajwa Bajāre Bajārs Bajčetić Bajčić Bajšanski Bak Bakal Bakan Bakaran Bakare Bakarec Bakari Baker
Bakevska Bakevski Bakhouche Bakhoum Bakhti Bakhtiyorov Bakhtiyorova Baki Bakke Bakken Bakker Bakos Baksa
Bakshi Bakırcı Bakırcıoğlu Bakıxanov Bal Bala Balaban Balabanov Balabanova Balabanović Balabukh Balabukha
Balaguer Balajić Balakrishnan Balakun Balan Balasubramanian Balat Balatinac Balay Balašević Balašković Balaž
Balažević Balbi Balbo Balboni Balcar Balcarová Balcer Balcerzak Balck Balcı Baldacci Baldassarre Baldauf
Balderas Baldi Baldick Baldini Baldo Balds Balducci Baldvins Baldwin Baldwins Baldé Bale Baleegh Balestra
Baleta Baletić Balević Balešević Bali Balint Balinčić Balistreri Balitska Balitskiy Balić Baljak Balkow Ball
Balla Ballard Ballarin Ballester Ballesteros Ballouhey Ballı Balmat Balmer Balnuweit Balode Balodis Balog
Balogh Balogová Balogun Balotelli Baloun Balounová Baloyi Balsamo Baltacı Baltag Baltasars Baltin Baltiņš
Balzano Balzer Balázs Baláž Balážová Bambad Bambis Bambula Bamidele Bamiloye Bamisebi Ban Banach Banasiak
Banasik Banaś Banda Bandello Bandera Bandeville Bandi Bandini Bandić Bandl Bandopadhyay Banerjee Bang Bani
Banica Banik Banić Banićević Baničević Banja Banjac Banjak Banjalić Banjari Banko Banks Bann Bannon Bannáin
Banov Banovac Bansal Banse Bantwini Banu Banville Banzer Banáin Baoighealláin Baoighill Baoill Bappa Baptista
Baquero Barac Baracca Barad Barahona Barajas Baraka Baral Baraldi Baran Baranjec Baranka Baranková Baranov
Baranova Baranovska Baranovskiy Baranová Baranowski Barasa Baraza Barać Barański Barba Barbagallo Barbarigo
Barbarosoğlu Barbarossa Barbarulo Barbato Barbe Barber Barbera Barberi Barberini Barberis Barbero Barberá
Barbey Barbier Barbieri Barbiero Barbieux Barbir Barbić Barbora Barbosa Barbu Barbulescu Barcaccia Barcella
Barceló Barco Bardek Bare Barela Barents Barese Baresi Baretta Bareš Barešić Barešová Bargan Bargetze Bari
Baria Barile Barillaro Barillon Barillà Barinić Barisić Barić Baričević Barišić Barker Barkholz Barković
Barlas Barletta Barlow Barman Barna Barnaba Barnard Barnes Barnett Barneville Baroffio Barok Baroková Baron
Barone Barongo Baroni Barons Barozzi Barošević Baroševčić Barr Barra Barracco Barragán Barral Barranco Barraq
Barras Barraza Barre Barreca Barreda Barrena Barrera Barresi Barreto Barrett Barretta Barrientos Barriga
Barrio Barrios Barris Barrnette Barron Barros Barroso Barrows Barry Barría Barsanti Barsotti Barta Bartczak
Bartell Bartels Barth Barthel Barthelemy Bartkowiak Bartl Bartlett Bartley Bartnik Bartoletti Bartoli
Bartolini Bartolomei Bartolomé Bartolucci Barton Bartosik Bartovič Bartovičová Bartoň Bartoňová Bartoš
Bartošek Bartošková Bartošová Bartošík Bartošíková Bartulin Barták Bartáková Bartůněk Bartůňková Barušić Bary
Barylla Barzani Barzini Barák Baráková Barðis Baró Baróid Barón Barún Bas Basaam Basadonna Basak Basar Basara
Basarić Basarovska Basarovski Bascuñán Baseda Baseer Bashaar Bashaarat Basheerah Bashir Bashirian Bashuk
Basile Basmacı Basnet Bass Bassani Bassett Bassi Bassis Basso Basson Bastajić Bastać Bastiaanse Bastiaense
Bastida Bastidas Bastien Bastin Bastola Bastíans Bastías Basu Basynat Bataglia Batal Batalla Batchelar Bates
Bath Batista Batliner Batlle Batnožić Bato Batool Batra Batrac Batrnek Batta Battaglia Battelli Battista
Battisti Battistini Battke Baturalp Batz Bauch Baudoux Baudry Bauduin Bauer Bauermeister Bauerová Baugs Baum
Baumann Baumbach Baumeister Baumgartner Baur Bausch Bauschinger Bauschke Baustert Bautista Bauwens Bauzà Bava
Bavaud Bave Bavtirovska Bavtirovski Bawa Bawer Baxter Baya Bayazıt Baydar Bayeni Bayer Bayerová Baykam Bayo
Bayona Bayraktar Bayraktutan Bayramov Baysoy Bayón Bazin Bazjak Bazzi Baños Bañuelos Bača Bačak Bačić Bačová
Bağırov Bağırova Bağış Baňa Baňas Baňasová Baňo Başaran Başer Başoğlu Baša Bašić Baška Baško Bašková Bašnec
Bašo Bašová Bašta Baštová Bažant Bažantová Beacháin Beaglaoich Beagáin Beahan Beakey Beal Beale Bean
Beannuille Beard Bearnáin Beartlaigh Bearáin Beasley Beasty Beattie Beatty Beauchamp Beauchemin Beaudoin
Beaudry Beaujean Beaulieu Beaumont Beauregard Beavogui Bebić Beccaria Beccheria Becerra Bech Becht Bechtelar
Beck Beckel Becker Beckers Beckius Beckmann Bedewitz Bedi Bedini Bednar Bednarczyk Bednarek Bednarski Bednarz
Bednařík Bednaříková Bednár Bednárik Bednáriková Bednárová Bednář Bednářová Bedoya Beeck Beeckman Beeckmans
Beek Beekman Beele Beer Beerli Beernaert Beernink Beffa Beffort Beggan Beggerow Beggs Begley Begonja Beguin
Begum Beh Behan Behl Behr Behrenbruch Behruzov Behruzova Beier Beieren Beigg Beijring Bein Beinirs Beinteinns
Beirgin Beirn Beirne Beissel Beissmann Beitirs Bejan Bejarano Bejenari Bejenaru Beka Bekaert Bekans Bekavac
Bekbergen Bekdik Bekjarev Bekker Bekmurodyev Bekmurodyeva Beko Bekonja Bekovac Bektaş Bektaşoğlu Bekvalac
Bekčić Belaid Belaidi Belarbi Belbachir Belcar Belchev Belcheva Belda Bele Belec Belenzada Beletić Belhadj
Belichanets Belivuk Belić Beljajev Belkacem Belkacemi Belkadi Belkheir Belkhiri Belkovska Belkovski Bell Bella
Belle Bellemans Belletini Belli Bellido Bellini Bello Bellocchio Bellomo Bellotti Bellucci Bellò Belmans
Belmar Belmonte Belogaska Belogaski Belojević Belopoljac Belotti Belousov Belousova Belov Belova Belović
Belovljev Belovska Belovski Belovuković Belozerov Belozerova Beloševac Belošević Belpere Belton Beltrame
Beltrami Beltran Beltrán Belvisi Belyaev Belyaeva Belyakov Belyakova Belz Belčević Bembo Ben Benabdellah
Benahmed Benaicha Benaissa Benaković Benali Benamar Benamara Benameur Benaouda Benard Benatti Benavent
Benavente Benavides Benavídez Benchapatranon Bencheikh Benda Bender Bendevska Bendevski Bendová Benecke
Benedetti Benedetto Benedikts Benet Benetti Beneš Benešová Bengtsson Bengu Benidikts Benigni Benini Benitez
Benito Benić Benjamin Benjamíns Benmoussa Bennardo Bennemann Benner Bennet Bennett Benninger Benoit Benonýs
Benoît Bensaid Bensalah Bensalem Benslimane Benson Bentheim Benthin Bentivoglio Bentley Benton Bents Benussi
Benvenuti Benvenuto Benyahia Benyamina Benyoucef Benz Benziane Benzing Benítez Benónís Benónýs Benčić Beoláin
Beourgeois Bera Berak Beraković Beran Beranová Berardi Berberat Berberoğlu Berchem Berchtold Berdnik Berends
Berendse Berengario Berenguer Berents Beresford Beretta Berg Bergamasco Bergamini Bergant Bergdahl Berge
Bergen Berger Bergeron Bergfinns Berggren Bergh Berghe Berghmans Berghreinns Bergin Bergjóns Bergkvist
Berglund Bergman Bergmane Bergmanis Bergmann Bergmanns Bergmars Bergmunds Bergnaum Bergoglio Bergqvist
Bergrová Bergs Bergsteinns Bergsten Bergstrand Bergstrom Bergström Bergsveinns Bergvall Bergvins Bergþórs
Beribak Berk Berka Berkahn Berkane Berkani Berkel Berková Berkum Berky Berkyová Berlusconi Bermejo Bermingham
Berminghim Bermudez Bermúdez Bernaards Bernabei Bernad Bernal Bernard Bernardi Bernardini Bernardić Bernardová
Bernasconi Bernat Bernatović Berner Bernetti Berney Bernhard Bernhards Bernharðs Bernicia Bernie Bernier
Berning Bernini Bernis Bernolák Bernoláková Berntsen Berntsson Bernódus Berrocal Berry Berrè Berríos Bersani
Berscheid Berset Bersis Bertaccini Bertani Bertelli Bertels Bertelsen Bertemes Bertenbreiter Berthelot Bertho
Berthold Berthoud Berti Bertilsson Bertin Bertini Berto Bertoli Bertolini Bertolucci Bertolussi Bertoni
Bertoša Bertrams Bertrand Bertrán Bervoets Berxwedan Beránek Beránková Besançon Besençon Besnard Beso Bespalov
Bespalova Besse Bessis Besson Best Bester Betancourt Betancur Bethke Betschart Bett Bettahar Bettendorff Betti
Bettin Bettoni Betz Betúels Beuchat Beuret Beurret Beushausen Beutelspacher Bevan Bevc Bevilacqua Bevk Bey
Beye Beyeler Beyens Beyer Bezděk Bezděková Bezemer Bezić Bezjak Bezuidenhout Bezák Bezáková Bečka Bečková
Bečvář Bečvářová Beđan Beļavske Beļavskis Beňa Beňo Beňová Beňuš Beňuška Beňušková Beňušová Beşerler Beşikçi
Beşok Bhadresha Bhagat Bhailis Bhailís Bhaird Bhaitéir Bhakta Bhaldraithe Bhalla Bhana Bhandari Bharadwaj
Bhardwaj Bhargava Bhasin Bhat Bhatia Bhatnagar Bhatt Bhattacharya Bhattacharyya Bhattarai Bhattathiri Bhatti
Bhavsar Bheacháin Bheannuille Bheatha Bhebhe Bhedleni Bheithigh Bhejelibomvu Bhembe Bhengani Bhengu Bhensela
Bhiadhtaigh Bhial Bhiocáire Bhloscaigh Bhosc Bhovungana Bhreitheamhain Bhreithimh Bhriain Bhríde Bhua Bhulbh
Bhulf Bhungane Bhuyeni Bhuí Bháin Bhál Bia Biacháin Biagetti Biagi Biagini Biagiotti Biaidh Bianc Biancheri
Bianchetti Bianchi Bianchini Bianco Biasci Biase Biasta Biataigh Białas Białek Białkowski Biba Bibi
Bibisorayeva Biccari Bicek Biceková Bichler Bickel Bicknell Bidaud Bideau Bie Biedermann Biedrzyński Bielak
Bielawski Bielecki Bieler Bielert Bielik Bieliková Bielski Bien Bienasch Bienias Bieniek Bieri Biernacki
Biernat Bierstraten Biesenbach Biesenbos Biesty Biezenbos Bieńkowski Bigdeli Biggen Biggi Biglebauer Bignami
Bignardi Bigot Bii Bijelić Bijl Bijlsma Bikelwayo Bikwayo Bilaal Bilbao Bilbilovska Bilbilovski Bildik Bilek
Bileková Bilen Bilge Bilgen Bilgin Bilgiç Bilich Bilir Biljan Biljanovska Biljanovski Bilka Bilko Bilková
Bills Billung Bilodeau Bilogravić Bilolov Bilolyev Bilolyeva Bilopavlović Bilski Binaghi Binda Binder Bindi
Bingula Bini Binner Bins Bintner Bintz Bionaz Biondi Bionáin Biorainn Bioráin Bir Birca Birch Bird Birgen
Birgirs Birinci Birkeland Birkemeyer Birkirs Birkić Birlik Birmingham Birn Birnbaum Birnirs Biro Birtašević
Birtings Birtirs Birtić Biryukov Biryukova Birziņa Birziņš Birzniece Birznieks Biró Birčaković Birčanin
Bischof Bisconti Biseniece Bisenieks Bisgaard Bishell Bishop Bisio Bislimovska Bislimovski Bisset Bisson
Biswas Bitca Bite Biteye Bitovska Bitovski Bitschnau Bittner Bittnerová Biver Bivol Bivolarević Biwer Biwott
Bixio Biyase Biyela Bizetić Bizhan Bizjak Bizumić Bizzarri Biçer Bićanin Bićanić Bičak Bičanić Bjargars
Bjargmunds Bjargþórs Bjarkans Bjarkars Bjarkis Bjarmars Bjarmis Bjarnars Bjarnfinns Bjarnfreðs Bjarnharðs
Bjarnhéðinns Bjarnis Bjarnlaugs Bjarnleifs Bjarnsteinns Bjarnólfs Bjarnþórs Bjartmanns Bjartmars Bjarts
Bjartþórs Bjelanović Bjeletić Bjelica Bjelinić Bjelivuk Bjelić Bjeličić Bjeliš Bjelja Bjeljac Bjelkić
Bjelobaba Bjelobrk Bjeloglav Bjelogrlić Bjelojević Bjerke Bjerregaard Bjólans Bjólfs Björgmunds Björgvins
Björgólfs Björgúlfs Björk Björklund Björkman Björns Björnólfs Bjørnstad Blaak Black Blackburn Blackwell Blaga
Blagaić Blaha Blaho Blahová Blair Blais Blaise Blake Blanc Blanca Blanch Blanchard Blanche Blanchet Blanchette
Blanckenberg Blanco Blanda Blanes Blank Blankenship Blaschek Blasco Blaser Blasi Blassneck Blatančić Blatnik
Blatter Blaua Blauensteiner Blaus Blazer Blazević Blazhevska Blazhevski Blazquez Blaćanin Blaško Blašković
Blažanović Blažej Blažejová Blažek Blažević Blažič Blažičko Blažková Blecha Blechová Blees Bleijenberg Blekte
Blevins Blewanus Blick Blin Blinov Blinova Blioscáin Blixt Bliznakov Bliznakova Bloch Blochwitz Block
Blockhaus Bloemendaal Blokhin Blokhina Blokland Blom Blomberg Blomgren Blomkvist Blommaert Blomme Blomqvist
Blondeel Blondel Blondiau Blonk Blose Blot Blouin Blowick Blum Blume Bláca Bláha Bláhová Bláthmhaic Blázquez
Blængs Blærs Blævars Blümel Boada Boadi Boadu Boaga Boahen Boakye Boakyewaa Boase Boatemaa Boatemaah Boaten
Boateng Bobadilla Bobal Boban Bobanović Bobek Bober Bobeta Bobinac Bobková Boboc Bobrov Bobrova Bobula
Bobulová Boburov Boburova Bobuľa Bobuľová Bobylev Bobyleva Bocca Boccaccio Boccherini Bocchi Boccia Boccioni
Bocelli Bochenek Bochud Bocić Bock Bockovac Bocokić Boda Bodaicín Bodart Boddaugh Bode Bodea Bodhlaeir
Bodhlaer Bodian Bodin Bodini Bodiroga Bodkin Bodner Bodnár Bodoni Bodrug Bodson Boduroğlu Boechat Boeck Boeckx
Boehm Boer Boers Boeser Boetet Boezio Boffa Bogadi Bogaert Bogaerts Bogan Bogdan Bogdanov Bogdanova
Bogdanovska Bogdanovski Bogdanska Bogdanski Bogdashin Bogdán Bogenrieder Bogis Bogisavljević Bogisich Bogner
Bognár Bogoeska Bogoeski Bogoev Bogoeva Bogoljubović Bogosavac Bogović Bogucki Bogusz Bogáin Bohan Bohge
Bohlander Bohlin Bohman Bohnbach Boháč Boháček Boháčková Boháčová Bohórquez Boi Boiardo Boichat Boico Boillat
Boily Boirac Boisvert Boitani Boito Boivin Boix Bojadzi Bojadziev Bojadzieva Bojanić Bojanovska Bojanovski
Boje Bokanović Boke Boland Bolander Bolat Bolatlı Bolaños Bolduc Boldù Boles Bolf Bolger Bolghuidhir
Bolguidhir Bolin Boljkovac Bolkesteijn Bolkovac Bolle Bollen Bolliger Bollis Bolm Bolnbach Bologna Bolot
Bolshakov Bolshakova Bolta Boltić Bolton Bolunović Bolzmann Bolívar Bolčević Boman Bombieri Bomeštar Bompiani
Bona Bonanni Bonanno Bonar Bonato Bonatti Bonaventura Bonaya Bonazzi Bonbach Bond Bondare Bondarenco
Bondarenko Bondars Bonde Bonderović Bondra Bondrová Bondt Bondumier Bondžić Bonelli Boner Bones Bonet Bonetti
Bongiorno Bongiovanni Bongo Boni Boniface Bonifazi Bonilla Bonini Bonino Bonis Bonneau Bonner Bonnet Bonnin
Bono Bonolis Bonomi Bonomo Bonsra Bonsu Bont Bonte Bonueva Bonvin Bonvini Booden Boogaerts Booker Boon Boone
Boonen Boonpungbaramee Booth Bophela Bor Bora Borah Borak Boratav Borbély Borde Bordian Bordoni Bore Borek
Boreková Boreland Borelli Borer Boretska Boretskiy Borg Borgars Borge Borgeaud Borges Borghese Borghi Borgia
Borgschulze Borgström Borgúlfs Borgþórs Borik Boriková Borilović Borinčević Boris Borisavljević Borisov
Borisova Borisová Borissov Boriš Borišová Borja Bork Borka Borko Borkovački Borković Borková Borkowski Borland
Borman Bormann Bornscheuer Borochko Borojević Boros Borovac Borovička Borovičková Borovska Borovskiy Borovský
Borový Borowiec Borowski Borošak Borra Borrani Borrego Borrell Borrelli Borremans Borrmann Borromeo Borromini
Borroni Borrás Bors Borsch Borsellino Borsiere Borta Bortacháin Bortolin Bortoluzzi Bortot Boru Boruschewski
Borzomì Borík Boríková Borčanin Bos Bosanac Bosančić Boscaino Bosch Boschetti Boschi Bosco Boscolo Bose
Boshevska Boshevski Boshkov Boshkova Boshkovska Boshkovski Boshoff Bosi Bosibori Bosilj Bosiljkić Bosiljković
Bosiljčić Bosio Bosire Bosler Bosman Bosmans Bossard Bossche Bosshard Bossi Bosson Bossuyt Bossy Bostan
Boström Bosurgi Bosák Bosáková Bota Botan Botella Botello Botezatu Botha Botham Botica Botiryev Botiryeva
Botić Botnari Botnaru Botsevska Botsevski Botsford Botta Bottaro Botteron Botticelli Bottigliero Bou
Bouabdellah Bouafia Boualem Bouali Bouaziz Boubekeur Boucetta Bouchama Bouchard Bouchareb Bouchat Boucher
Bouchet Bouchez Bouckaert Boucsein Bouda Boudart Boudewijns Boudiaf Boudjemaa Boudová Boudraa Boudreau
Bouguerra Bouhuizen Bouillon Boukhalfa Boukhari Boukhatem Boulanger Boulay Boulogne Boulton Boumaza Boumediene
Bounab Bourcard Bourdon Bourgeois Bourgondië Bourguignon Bourke Bourlet Bourquard Bourquin Bourrouag Bouschen
Bousquet Boussaid Boutaleb Bouthoorn Boutin Bouvet Bouvier Bouwes Bouwhuisen Bouziane Bouzid Bouzidi Bouček
Boučková Bouška Boušková Bova Bove Boven Bovene Bovenen Bovet Bovolenta Bovy Bowater Bowden Bowe Bowen Bowers
Bowler Bowles Bowman Boxhammer Boyabenyathi Boyacı Boyarchuk Boyce Boyd Boyde Boye Boyer Boyes Boylan Boyle
Boyse Boz Bozalo Bozdok Bozdokov Bozdoğan Bozhikov Bozhikova Bozhinov Bozhinova Bozhinovska Bozhinovski
Bozkurt Bozkır Bozoğlu Bozsik Bozzi Bozzo Boðis Boček Bočkai Bočková Boška Bošková Bošnjak Bošnjaković Bošňák
Bošňáková Bożek Božanić Božanović Božiković Božić Božićković Božič Božičanin Božičević Božičić Božičković
Brabcová Brabec Brabencová Brabenec Bracke Brada Bradden Bradford Bradić Bradley Bradová Bradshaw Bradtke
Bradvić Brady Bradáin Bradáč Bradáčová Brae Braem Braga Bragadin Bragaglia Bragin Bragina Bragis Bragt Brahaj
Brahier Brahimi Brahmbhatt Brahmi Braia Brajković Brakus Bralić Bramante Brambilla Branaola Branca Brancaccio
Branch Branciforte Branco Brand Brande Brandenburg Brandenburger Brandi Brandis Brandić Brandl Brandner
Brandon Brands Brandstetter Brandstätter Brandt Brandtner Branković Brannelly Braoin Braonáin Brar Brassard
Brasseur Brassil Bratina Bratojević Bratonožić Bratović Bratu Brauer Braun Braunová Bravo Bray Bračun Brcko
Breanndáin Breasail Breasláin Breathnach Bredenkamp Bree Breen Bregar Breheny Brehmer Breisleáin Breit
Breitenberg Breitenstein Brejcha Brejchová Brekis Brekke Bremer Bremser Brenen Brenna Brennan Brenner
Bresciani Bresis Breslin Bresnehan Bressan Bresse Brestirs Bresé Breton Brett Brettschneider Breu Breuer
Breugel Breugelensis Breugelmans Breukeleveen Breukelveen Brewer Brezina Brezinová Brezjan Breznik Brezo
Brezoska Brezoski Brezovac Brezovnjački Brečko Breņķe Breņķis Brešković Brežančić Briain Brian Briand Briano
Brianáin Briartaigh Bric Briccialdi Briceño Brichard Brichese Brick Bridge Bridges Bridson Briede Briedis
Briel Briemer Brien Briere Briesenick Brievingh Brigandì Briggs Bright Brignone Brimars Brimirs Brimis
Bringmann Brinjak Brink Brinkmann Brinza Briody Briones Brisee Briseño Brislane Brisleáin Brisson Brisuda
Brito Brits Britska Britskiy Britvec Brix Brizee Brizzi Briútean Brjánns Brkanović Brkić Brlas Brlek Brletić
Broberg Brock Broda Broddis Broderick Brodin Brody Broeck Broeckx Broeders Broek Broekhoven Broening Broeshart
Brogan Broggini Brogi Brogli Broic Broin Brolcháin Brolin Broman Bromfield Bronder Brookes Brooks Brophy
Broquet Brosch Broschi Brosius Brosnacháin Brosnan Broughan Brouwer Brouwers Brown Browne Browning Broy Brož
Brožek Brožková Brožová Bru Bruacháin Bruadair Bruadar Bruce Bruchem Bruck Bruckmann Bruckner Bruder Bruen
Bruggeman Brugger Brugman Brugnaro Bruhns Bruic Bruijn Bruijne Bruin Bruiséal Brumat Brumleve Brun Bruna
Bruneau Bruneel Brunel Brunelleschi Brunelli Brunello Brunet Brunetti Bruni Brunkeviča Brunkevičs Brunner
Bruno Brunos Brunovská Brunovský Bruns Brunswijk Bruscantini Bruschi Bruton Bruun Bruycker Bruyn Bruyne
Bruyninckx Bruynzeels Bruyère Bruzzone Bruška Bruško Brušková Bryan Bryant Brychta Brychtová Bryngeirs
Brynjars Brynjólfs Brynjúlfs Brynleifs Brynsteinns Bryntýrs Brynþórs Bryson Brzeziński Brzozowski Brádaigh
Bráonáin Brázda Brázdil Brázdilová Brázdová Brändli Brännström Bräuer Bräutigam Bréanáin Brímis Bríonáin
Brógáin Bróithe Brömme Brún Brügger Brüggmann Brđanin Brđović Buachalla Buadha Buadhacháin Buadhaigh Buaile
Buač Buača Bubalo Bubeník Bubeníková Bubulovska Bubulovski Bucaklı Bucalo Bucalović Buccheri Bucci Buch
Buchanan Buchberger Buchegger Bucher Buchholz Buchinger Buchler Buchner Buchrucker Buchta Buchtová Buck
Buckley Buckridge Bucur Buczek Buczkowski Buczyński Bud Buda Budai Budak Budaqlı Buder Budhlaeir Budig Budiman
Budimčić Budiyanto Budreiko Budziński Budzyński Buelens Buendía Bueno Buga Bugnon Bugueño Buhari Buhl Buick
Buijs Buile Builis Builtéir Buisson Buitléir Buitrago Bujak Bujard Bujor Bujukliev Bujuklieva Bukhosini
Bukovec Bukovská Bukovský Bukowski Bukvić Bulaja Bulak Bulat Bulatović Bulgarelli Buljan Buljat Buljin
Buljubašić Buljugić Bull Bulle Bullock Bulovan Bulthuis Bultmann Bultot Bulut Bulzoni Bumb Bundgaard Bundi
Bunea Bunescu Bunev Buneva Bungić Bunić Bunjes Bunlerngsri Bunlupong Bunoza Bunschoten Bunuševac Bunčić
Buonauro Buongiorno Buonomo Buraid Burani Burazer Burazor Burbano Burcardo Burch Burchill Burckhardt Burda
Burdová Burduja Burević Bureš Burešová Burger Burgess Burghagen Burgio Burgić Burgos Burgstaller Burhonov
Burhonova Burian Burianová Buriánek Buriánková Burić Burke Burkhard Burkhardt Burknis Burlacu Burman
Burmeister Burmilo Burnach Burnett Burns Burov Burova Burr Burrell Burri Burrows Burt Burton Burtscher
Buruiana Buruk Bury Burzyński Burčul Burđak Buršić Busak Busari Buscetta Busch Buschbaum Busemann Bush
Busienei Buslaver Busoni Busquets Buss Busse Bussmann Bustamante Bustos Busuioc Butala Butarević Butcher
Butera Buthelezi Butko Butković Butkus Butler Butnaru Butselaar Butt Butte Buttimer Buttimore Buuren Buyse
Buysse Buytelaar Buzev Buzeva Buzharovska Buzharovski Buzov Buzzi Bučanac Bučanin Bučar Buček Bučkalović
Bučková Buša Bušetinčan Bušljeta Bušs Bwire Bykov Bykova Bylund Byrd Byrne Byrnes Byrtus Byrtusová Byström
Bácaeir Bácaer Báez Báidh Báin Bálint Bán Bánová Bárcena Bárta Bártová Bárðs Báth Bäck Bäcker Bäckman
Bäckström Bähr Bär Bärer Bättig Bærings Bærons Bègue Béagáin Béalatún Béarra Béataigh Bédard Bégin Béguelin
Béice Béireach Béland Bélanger Bélisle Bérubé Bétancourt Bílek Bílková Bílá Bílý Bína Bínová Bóas Bóis Bórik
Bóriková Bórquez Bótólfs Bôrik Bôriková Bõstrov Böck Böhler Böhm Böhmová Bökenkamp Bölükbaş Bölükbaşı Bönisch
Börgeling Börjesson Börks Börner Bösch Böttner Böðvars Bøe Bùi Búis Búrc Búrca Búris Büchel Büchele Bühler
Bühlmann Büker Büngener Bürger Bürklein Büscher Büttner Bąk Bąkowski Bērziņa Bērziņš Bērzīte Bērzīts
Bělohlávek Bělohlávková Bīriņa Bīriņš Bıçakçı Błaszczak Błaszczyk Březina Březinová Bříza Břízová Caballero
Cabanillas Cabañas Cabbarlı Cabello Cabeza Cabezas Cabhail Cabibbo Cabo Caboto Cabraigh Cabras Cabrera Cabrero
Cabrini Cabán Caccamo Caccavo Cacciamani Caccianemico Cacciapuoti Cacciatore Caccioppoli Caceres Cadden Caddow
Cadefau Cadena Cadenas Cadhain Cadhla Cadhlaigh Cadogan Cadoni Cadorna Caetani Cafarchia Caffarelli Cafferkey
Cafferky Cafferty Caffrey Caforio Cafraigh Cafua Cafuk Caggiano Cagney Cagnin Cagnotto Caha Cahalane Cahill
Cahillane Cahir Cahová Cai Caiazza Caiazzo Caibe Caicedo Caidín Caillat Cailler Cailpín Cailín Caimbeul
Caimbéal Cain Caine Cainero Caingne Cainnigh Cairbre Cairealláin Cairn Cairns Caironi Caiside Caisleáin
Caislin Caisín Caithir Caithlín Caitigín Cajner Cajzler Cal Calabrese Calabria Calabrò Calafiore Calaigh
Calame Calandro Calarco Calatayud Calbhaigh Calbo Caldeira Caldera Calderon Calderón Caldwell Calgari Calhoun
Cali Califano Calin Callaghan Callahan Callan Callanan Callanáin Callebaut Callegari Callegaro Calleja Callens
Callewaert Calligan Calligaris Callinan Cally Calláin Calnáin Caluza Calvet Calvey Calvillo Calvo Calzada Calì
Calò Camacho Camalov Camanni Camara Camargo Camarillo Cambier Cameron Camicione Camilleri Camilli Camino
Camiscione Cammarata Cammel Cammisa Camp Campagna Campana Campanella Campanile Campanini Campano Campbell
Campenhout Campillo Campise Campisi Campo Campoli Campos Campoy Camps Campus Camuccini Camus Can Canainn
Canale Canales Canali Canals Canavan Cancelliere Cancellieri Cancino Candan Candaux Candela Candelaria Candia
Candido Canepa Canet Canetta Canevascini Cangiano Canil Canino Canjko Cankar Canna Cannan Cannas Cannata
Cannella Canniffe Canning Cannizzaro Cannon Cannone Canny Cano Canova Cant Cantagallo Cantero Cantillo
Cantimori Cantoni Cantrell Cantu Cantwell Cantón Cantú Canu Cao Caobhacáin Caobháin Caochlaigh Caochlaí
Caocháin Caodhla Caodháin Caoidheáin Caoile Caoileáin Caoillidhe Caoilte Caoimh Caoin Caoindealbháin Caoinigh
Caoinleáin Caola Caollaidhe Caollaí Caoláin Caomháin Caomhánach Caomhánaigh Caona Caonaigh Caotháin Caoáin
Capannolo Caparrós Capasso Capatina Capdevila Capecchi Capek Capeková Capelle Capelli Capitani Capizzi Capka
Capko Capková Caplis Capoccia Capocotta Capogna Capone Caporaso Cappai Cappelletti Cappelli Cappello Cappiello
Capples Capponi Capraro Capriotti Capua Capuaigh Capuana Capuano Caputo Car Cara Caraballo Caracciolo
Caradonna Caraman Caraus Carbaire Carbajal Carbajo Carballo Carbery Carbon Carbone Carbonell Carboni Carbó
Cardano Cardella Cardenas Cardia Cardinale Cardinali Cardini Cardon Cardona Cardone Cardoso Cardozo Carducci
Careddu Carella Cares Caretti Carey Carfagna Caricari Carini Carić Carlberg Carleton Carletti Carley Carli
Carlier Carlin Carlini Carlino Carlo Carloni Carlos Carlotti Carlowitz Carls Carlsen Carlsohn Carlson Carlsson
Carlucci Carluis Carmaig Carminati Carmody Carmona Carneiro Carnera Carnero Carnevale Carney Carnotte
Carnovale Caro Carocci Carolan Carolis Carollo Caron Carosi Carosone Carp Carpaccio Carpenter Carpentier
Carpio Carr Carra Carragher Carragáin Carraidhin Carranza Carrara Carraro Carrasco Carrasquillo Carraud
Carraux Carre Carrera Carreras Carrero Carretero Carreño Carreón Carrghamhna Carrghamhne Carrier Carriera
Carrieri Carriero Carrig Carrigan Carrigy Carrillo Carrion Carrizo Carrión Carro Carroll Carron Carrozza
Carrozzo Carrus Carry Carráin Carson Carsten Carstens Cart Carta Carter Cartes Carthy Cartl Carton Cartwright
Carty Cartáin Cartúr Carullo Caruso Carvajal Carvalho Carvelli Carville Carè Carúin Carún Casa Casadei Casadio
Casado Casagrande Casaide Casal Casale Casaleggio Casali Casalodi Casals Casano Casanova Casanovas Casares
Casarez Casarin Casarlaigh Casas Casavecchia Cascio Cascone Case Casella Casellati Caselli Caserta Cases Casey
Cashen Cashman Casian Casier Casillas Casini Casolaro Caspar Caspari Casper Caspers Cassano Cassart Cassarà
Cassen Casserley Casserly Cassiano Cassidy Cassim Cassin Castagna Castaldi Castaldo Castaneda Castañeda
Castaño Castejón Casteleyn Castell Castellana Castellani Castellano Castellanos Castelli Castellitto Castells
Castelló Castelyn Castens Castiello Castiglione Castiglioni Castilla Castillo Castioni Castrillo Castrillón
Castro Casu Casula Casárez Catailín Catalano Cataldi Cataldo Catalá Catalán Catana Catania Catanzaro Catarsi
Catellani Catenazzi Caterino Cathail Cathala Cathaláin Cathaoir Cathasaigh Cathbhaid Cathbhuadha
Cathbhuadhaigh Cathbhuaidh Cathláin Cathmhaoil Catháin Cattaneo Cattani Cattigan Cattin Caudron Cauley
Caulfield Cauna Caune Cavalcante Cavalcanti Cavaliere Cavalieri Cavallari Cavallaro Cavalli Cavallini Cavallo
Cavanagh Cavanna Cavazos Cavieres Cavriani Cawley Cazac Cazacu Cazares Cazorla Cañas Cañellas Cañete Cañizares
Cea Ceafarcaigh Ceallabhuí Ceallacháin Ceallaigh Ceallbhuí Ceamharcaigh Ceanainn Ceannabháin Ceannaigh
Ceanndubháin Ceannduibh Ceannfhaola Ceannfhaolaidh Ceanntabhail Ceapóg Ceara Cearbhaill Cearbhalláin
Cearbhláin Cearbháin Cearmada Cearnaigh Cearr Cearrúcáin Cearrúin Cearáin Ceatharnaigh Ceballos Ceban Cebanu
Cebekhulu Cebisa Cebotari Cebula Cecan Ceccarelli Ceccarini Cecchetti Cecchi Cecchini Cecere Ceci Cecils
Cederblad Cedillo Cehmajster Ceirisc Ceiriúcháin Ceithearnaigh Ceja Celano Celar Cele Celentano Celeste Celi
Celis Celli Cellini Celma Celmiņa Celmiņš Celms Cemal Cendron Cenge Cenni Centek Centeková Centeno Centofanti
Ceocháin Ceoinín Ceorais Ceothach Ceothánach Ceothánaigh Cepeda Cerar Ceravolo Cerda Cerdá Cerdán Cerezo Ceri
Cerise Cernei Cerquiglini Cerrani Cerrato Cerri Cerro Cerullo Cerutti Cervantes Cervera Cervántez Cerón Cesare
Cesaretti Cesaroni Cesarotti Ceschi Cesnak Cesnaková Cestarić Ceulemans Ceuppens Ceárna Chabane Chabot Chacha
Chacko Chacón Chad Chada Chadha Chadwick Chagwe Chahal Chai Chaib Chaihirankarn Chaisatit Chakar Chakmakov
Chakmakova Chakrabarti Chakraborty Chaloupka Chaloupková Chalovska Chalovski Chalupa Chalupka Chalupková
Chalupová Chamane Chamberlain Chambers Chamorro Champagne Champlin Chan Chana Chand Chanda Chander Chandler
Chandra Chandran Chandía Chaney Chang Changawa Chaoin Chaoui Chapa Chaparovska Chaparovski Chaparro Chapelle
Chapman Chappuis Chapron Chapuis Chapuisat Char Charbonneau Charef Charest Charette Charles Charlier Charlton
Charo Charoensuksopol Charon Charosova Charpentier Charpié Charrier Charron Chartier Chartrand Charvát
Charvátová Chase Chashule Chassot Chatriand Chatriant Chatterjee Chattopadhyay Chaturvedi Chatáin Chaudet
Chaudhari Chaudhary Chaudhry Chaudhuri Chaudry Chauhan Chaushev Chausheva Chauveau Chauvet Chauvin Chavarría
Chaves Chavez Chawla Cheara Chebet Chebii Cheboi Chebon Checa Chechi Cheda Cheema Chege Cheikh Chejkovska
Chejkovski Chelagat Chelangat Chelimo Chellaoua Chemerska Chemerski Chemkov Chemkova Chemtai Chemutai Chen
Chenangat Chenaux Cheng Chengo Chepchirchir Chepchumba Chepkemboi Chepkemoi Chepkirui Chepkoech Chepkorir
Chepkosgei Chepkurui Chepkwemoi Chepkwony Chepngeno Chepngetich Cheptoo Cherchi Chergui Cherian Cheriet Cherif
Cherifi Chernov Chernova Cherono Cherop Cherotich Cherry Cherubini Cheruiyot Cherutich Cheruto Chervoniy
Chesang Chesire Chessa Chessari Chettri Chetty Cheuk Cheung Chevalier Chevalley Chevallier Chevresson
Chevrevska Chevrevski Chevrolet Cheyech Chhabra Chiacchio Chianese Chiappetta Chiara Chiaramonte Chiaravalle
Chiavacci Chibani Chibi Chibike Chibini Chibuike Chico Chicu Chidinma Chidozie Chiesa Chigi Chihai Chikh
Chiliza Chilà Chimenti Chindamo Ching Chinnici Chiodi Chipan Chirchir Chiriac Chirico Chirila Chirilov Chirita
Chis Chittolini Chiu Chivu Chloig Chlup Chlupová Chládek Chládková Chmelař Chmelařová Chmelík Chmelíková
Chmiel Chmielewski Chmura Cho Choda Choeychuen Choi Choille Choinnigh Chojnacki Chojnowski Chokrevska
Chokrevski Chokshi Cholewa Chollet Chomba Chomhghaill Chomsri Chonco Chong Chopard Chopra Choquart Choque
Chotzen Choudhary Choudhry Choudhury Chouinard Chovan Chovancová Chovanec Chovanecová Chovanová Chow Chowdhury
Chowitunkit Choy Chrappa Chrappová Christ Christaller Christen Christensen Christiaens Christian Christians
Christiansen Christie Christoffersen Christoph Christopher Christophers Chrodtrud Chromá Chromý Chrosáin
Chrzanowski Chrétien Chu Chuchkov Chuchkova Chudoba Chudobová Chudzik Chudík Chudíková Chui Chuit Chukwu
Chumba Chumo Chundev Chundeva Chung Chupona Church Chushkarov Chushkarova Chvojka Chvojková Chvátal Chvátalová
Chytil Chytilová Chávez Ciabháin Ciaccio Ciacio Ciampa Ciampi Cianaigh Cianci Cianciolo Ciani Cianáin
Ciaragáin Ciaraigh Ciarba Ciardha Ciardhubháin Ciarmhacáin Ciarmhaic Ciaráin Ciarúcáin Ciavarella Cibane
Cibhil Cibin Cibotari Cibula Cibulka Cibulková Cibulová Cibuľa Cibuľka Cibuľková Cicala Cicatiello Ciccarelli
Cicchetti Cicco Ciccone Cichocki Cichorius Cichoń Cichy Cicilia Cid Cierpinski Ciesielski Cieśla Cieślak
Cieślik Cifarelli Cifuentes Ciganović Cignaroli Cigoj Cigán Cigánik Cigániková Cigánová Cigáň Cigáňová Cihlář
Cihlářová Cik Cikota Cikotic Cilea Cilibrasi Cilikan Cill Cillartráin Cilli Cilliers Cilltráin Cillín Cimarosa
Cimbaljević Cimerman Cimeša Cimini Cimmino Cindrić Cinelli Cingolani Cini Cinnseala Cinnseamáin Cinnéide
Cinnéir Cintrón Cioban Ciobanu Ciocan Ciocco Cioffi Ciollabháin Cioltráin Cioni Cionnaigh Cionnaith
Cionnfhaola Ciorba Ciornii Cioráin Ciosáin Ciosóg Ciothaigh Ciothóg Ciotola Ciotti Cipolla Cipollaro
Cipolletta Cipriani Cipriano Cirelli Cirillo Cirino Cisneros Ciss Cisse Cissokho Cisterna Cisternas Ciszewski
Citro Cittadino Ciubotaru Ciuffetelli Ciuffreda Ciulla Ciumac Civaschi Ciwan Ciúinín Ciúrtáin Claasen Claassen
Claes Claesdr Claesen Claesner Claessens Claesson Claeys Clafferty Claffey Claimhín Clair Clancy Claochlaoigh
Claochlaí Claonáin Clare Claridge Clarius Clark Clarke Classon Claude Claus Clausen Clavero Clavin Clay
Clayton Clear Cleary Cleem Clees Clemens Clement Clemente Clements Clenaghan Clerc Clerck Clercq Clerkin Clery
Cleve Clifford Cline Clinten Clinton Clocharta Clochartaigh Clochasaigh Cloete Clogherty Cloherty Clohessey
Clohessy Cloney Cloonan Cloone Clooney Cloos Clootwijck Close Closset Clottu Cloutier Cluanaigh Cluanáin Clune
Clunies Clárach Cléir Cléirchín Cléireacháin Cléirigh Clément Clúin Clúmháin Clúnáin Cnuacháin Cnáimhsighe
Cnáimhsí Cnáimhín Co Coady Coakley Coardi Coates Cobb Cobhthaigh Cobo Cobos Coca Cocci Coccia Cocco Cochláin
Cochran Cociarelli Cock Codina Codreanu Cody Coelho Coello Coen Coene Coenen Coffey Cofré Cogan Cogley Cohalan
Cohen Coholan Coighin Coigil Coigligh Coigny Coile Coileáin Coiligeáin Coiligh Coillte Coillín Coiléir Coilín
Coimín Coincheanainn Coinchon Coineoil Coineáin Coineóil Coingheallaigh Coingheallá Coinghialla Coinghiallaigh
Coinghíola Coinne Coinneacháin Coinneirtinne Coinneáin Coinnich Coinnigh Coinnleáin Coinnéir Coinnér Coinnín
Coinín Coirbín Coirnín Coisdeala Coisdealbha Coisteala Coistealbhaigh Coitir Coitirigh Cojocari Cojocaru
Cojuhari Cokan Col Cola Colangelo Colantuono Colarič Colas Colbach Cole Colella Coleman Coles Colesnic Coletta
Coley Colfer Colgan Colhoun Colin Colinet Colić Coll Colla Collado Collaigh Collao Collard Collart Collaráin
Collata Collazo Collen Colleneler Colleran Collet Collette Colletti Colley Collier Colligan Collignon Collin
Collina Collinder Colling Collins Collis Collodi Colly Colláin Colman Colmáin Colom Coloma Colombo Colomer
Colon Colonna Colot Colpaert Colreavy Colson Colucci Coluim Colum Columbo Colunga Coly Colón Comair Coman
Comar Comartún Comas Comber Combi Comboni Combre Combs Comencini Comer Comerford Comeriato Comhdhain
Comhghaill Comhghain Comhraí Comisky Comisso Comito Comman Comment Commins Comní Como Comolli Company Compton
Compère Comte Comyn Comáin Con Conacha Conagail Conaill Conaire Conallta Conalláin Conaola Conaonaigh Conaráin
Conaty Conbhae Conbhaigh Conbhaí Conbhuaidh Conbhuidhe Conbhuí Conbhá Conboy Conbá Concannon Concas Conceicao
Conceição Concepción Concha Concharraige Conchobhair Conchoille Conchradha Conchubhair Conchúir Conde Condoleo
Condon Condrea Condren Condron Conduibh Condún Conefrey Conesa Confhaola Conforti Confraoich Congail Conghaile
Conghamhna Congiu Coniglio Coninck Conlan Conley Conleágha Conlon Conluain Conláin Conmara Conmee Conmhacháin
Conmhaoil Conmhaí Conmhaídhe Conmhuí Conmy Conmí Conn Connachtaigh Connachton Connachtáin Connacháin Connaghy
Connaigh Connallta Connaughton Connbhuí Connchamháin Conneeley Conneely Connell Connellan Connelly Conner
Connery Connghamhna Connmhacháin Connmhaigh Connmhaí Connole Connollaigh Connolly Connor Connors Connáin
Connóil Connól Connúcháin Conole Conra Conrach Conrad Conradi Conraoi Conree Conroy Conry Consaidín Considine
Consiglio Constant Constantin Constantinescu Constantinov Cont Contarini Conte Conter Conthra Conti Contini
Contra Contractor Contrafatto Contreras Contu Convey Conway Conwell Conáin Conámha Conóil Conúcháin Coogan
Cook Cooke Cooksley Coolahan Coolen Cooley Cools Coonan Cooney Cooper Copeland Coppens Coppola Corazza
Corbacho Corbat Corbett Corbo Corboz Corbáin Corcora Corcoran Corcoráin Corcos Cordero Cordes Cordier Cordioli
Cordoba Cordova Corduff Coredo Coret Coreth Coretti Corish Corkery Corlaigh Corless Corlett Corley Cormack
Cormacáin Cormaic Corman Cormican Cormick Cormier Cormy Cornea Cornejo Cornelis Cornelisse Cornelissen
Cornelisz Cornelsen Cornet Cornez Cornil Cornut Cornuz Corominas Corona Coronado Coronel Corpataux Corput Corr
Corra Corracháin Corradi Corradini Corrado Corradáin Corragáin Corraidh Corraidhin Corraigh Corral Corrales
Corrao Corrdhuibh Correa Correale Corredor Correia Correr Corret Corrghamhna Corridan Corridori Corrigan Corry
Corráin Cors Corsi Corsini Corso Corsten Corstiaens Corte Cortes Cortese Cortesi Cortez Corti Cortina
Cortinovis Cortés Cortéz Corvalán Corwin Cosandey Coscair Cosendey Cosentino Cosgair Cosgrave Cosgrove
Coslovich Cosma Cosman Cossiga Cossu Cossy Costa Costache Costagáin Costalonga Costantin Costantini Costantino
Costanza Costanzi Costanzo Coste Costea Costela Costello Costelloe Coster Costigan Costin Cosáin Coterlet
Cotorobai Cotruta Cotter Cotthardt Cottier Cotto Cottone Coufal Coufalová Coughlan Coulibaly Coulombe Coulon
Counihan Courcey Cournane Courten Courtenay Courtier Courtney Courtois Courvoisier Cousin Cousins Coutts
Couture Couturier Couvreur Covaci Covalciuc Covalenco Covali Covarrubias Coviello Cowan Cowely Cowen Cowley
Cox Coyle Coyne Cozma Cozzani Cozzi Cozzolino Craciun Cragg Crahan Crahay Craidheáin Craig Craine Craith
Crampsey Crampsie Crane Crangle Cranley Cranly Craobháin Craven Craw Crawford Crawley Crea Creag Creagáin
Crean Creciun Creed Creedon Cregan Crehan Creimín Cremer Cremin Cremona Cremonesi Crepaldi Crescenzi Crespi
Crespo Cresswell Cretton Cretu Crevar Crevatin Crevoisier Crews Criado Criagáin Cribbons Crilly Crimi Crimmins
Crimín Crinion Criomhthain Criostóir Criostúir Crippa Crisafulli Crisan Criscenti Crisci Criscione Crispi
Crispino Crist Cristea Cristescu Cristiano Cristofaro Cristoforetti Critelli Crivelli Crneković Crnković
Crnogaj Croad Croal Croce Crohan Croidheáin Croithín Croitor Croitoru Crolly Crona Cronelly Cronin Cronjäger
Cronly Cronnje Crooks Crosbie Crosby Cross Crossan Crosskofp Crosáin Crota Crotaigh Croteau Crotty Crowe
Crowley Cruacháin Cruadhlaoich Cruces Crucháin Cruciani Cruciata Crudden Crudu Cruickshank Cruise Cruitín Cruz
Cryan Crábháin Cráibhín Créadaigh Créagáin Críodáin Críogáin Críonáin Cródhal Cróil Cróinín Crónallaigh
Crónghaile Crúis Crúz Csapo Cseh Csonka Csordas Cuacach Cuadrado Cuag Cuagáin Cuaig Cualáin Cuana Cuanacháin
Cuanaigh Cuanna Cuannaigh Cuanáin Cuarnáin Cuarta Cubillos Cucchiara Cucciniello Cuche Cucos Cucu Cuda Cuddihy
Cuellar Cuenca Cuervo Cuesta Cueto Cuevas Cuffe Cugia Cui Cuideagáin Cuideagánaigh Cuidithe Cuigeannaigh
Cuijck Cuileamhain Cuileannáin Cuileanáin Cuilinn Cuill Cuilleáin Cuilliudha Cuilliú Cuillín Cuilín Cuimilín
Cuimín Cuineáin Cuinn Cuinneacháin Cuinneagáin Cuinneáin Cuinnleáin Cuinnéir Cuirc Cuireáin Cuirleáin
Cuirreáin Cuirrín Cuirtéir Cuirtéis Cujba Cukon Culhane Culi Cullaigh Cullen Culligan Cullinan Cullinane
Culloty Cully Culot Cumascaigh Cumhail Cumhaill Cumiskey Cumisky Cummerata Cumming Cummings Cummins Cummiskey
Cummisky Cundari Cunha Cunnaidh Cunnane Cunneen Cunningham Cunny Cuomo Curatoli Curci Curcio Curdaigh Curdy
Curiel Curley Curnane Curneen Curnyn Curraidh Curraidhin Curran Curraoin Curreli Currie Curry Curráin Curtin
Curtis Curtáin Cusack Cusano Cusimano Cusnir Cusumano Cutrufo Cutuli Cuvarlı Cuvelier Cuyper Cuypers Cuyvers
Cuzzocrea Cuéllar Cvenić Cvetko Cvetković Cvetljanin Cvetnić Cvetojević Cvetuljski Cvijan Cvijanović
Cvijančević Cvijetin Cvijetinović Cvijetić Cvijić Cvitan Cvjetičanin Cvrtila Cwalile Cybulski Cygan Cyprich
Cyprichová Cyr Czaja Czajka Czajkowski Czapla Czarnecki Czech Czechowski Czekaj Czerniak Czersky Czerwiński
Czyż Czyżewski Cába Cáceres Cádáin Cámara Cánovas Cápa Cárcamo Cárdenas Cárthaigh Câmara Céadagáin Céadaigh
Céide Céidigh Céileachair Céilleachair Céirín Céitig Céitinn Céitín Cérúcáin Céspedes Cíger Cígerová Cíobháin
Cíobhánaigh Cíoráin Cíosóg Cíosóig Círríc Císař Císařová Cógáin Cómair Córdoba Córdova Córrain Cózar Côté
Cúilriabhaigh Cúirnín Cúise Cúlacháin Cúláin Cúndúin Cúndún Cúnúin Cúnún Cúrnáin Cúrsa Cýrus Cālīte Cālītis
Cīrule Cīrulis D'Amore D'Arcy D'Hondt D'hondt Da Daako Daakoaa Daal Daamin Dabhoireann Dabhráin Dabháin Dabija
Dabir Dabić Dabižljević Dabnjak Dabo Dabović Dabukke Dabčević Dach Dachgelder Dachgeldt Dachgelt Dada Dadić
Daeid Daele Daems Dafunić Dagane Dagbjarts Dagfaris Dagfinns Daggeirs Daghnáin Dagmanns Dagnýrs Dagović Dags
Dagsburg Dagþórs Dahir Dahl Dahlberg Dahlgren Dahlin Dahlqvist Dahlström Dahlén Dahm Dahmane Dahmani Dahmen
Dai Daibheid Daibhidh Daibhíd Daibhín Daidone Daigle Daiken Daimer Daimhín Daišević Dajić Dajlić Dakhil Dal
Dalal Dalberts Dale Daleiden Dalem Dalerov Dalgaard Dalkıran Dalla Dallaire Dallapé Dallara Dalleaste
Dallenbach Dallinger Dallis Dalmanns Dalmars Dalmasso Dalmau Dalton Daltún Dalvins Daly Dalziel Dam Damanik
Damaske Damayanti Dameska Dameski Damian Damiani Damiano Damico Damijanić Damirov Damjanović Damjans
Damljanović Damm Damme Damovska Damovski Damurah Dan Danachair Danaher Danciu Dancák Dancáková Dandolo Dane
Danek Daneková Danelíus Danenhauer Dangl Dani Daniel Daniele Daniels Danielsen Danielsone Danielsons
Danielsson Danila Danilishin Danilishina Danilko Danilov Danilova Danilová Danivals Daniš Danišová Danjuma
Danko Danková Danneberg Danner Danninger Dano Danová Dans Danso Dante Dantes Daníels Danívals Dančiak
Dančiaková Dančák Dančáková Daněk Daochain Daoda Daola Daoud Daoudi Dar Dara Darain Daražac Darcy Dardel
Dardenne Dare Dargan Dargáin Darii Darko Darmawan Darmody Darnau Darojat Darojković Darris Darteh Dartey
Daríus Das Dascalu Dasey Dasgupta Dash Dass Date Datković Datta Dattilo Daub Daubner Daud Daudrich Dauer
Daugherty Daum Dautanec Dauth Dautović Dautzenberg Davchev Davcheva Davchevska Davchevski Dave Davenport
Davern Davey David Davidović Davidovska Davidovski Davidová Davids Davidsen Davidson Davidsson Davies Davila
Davin Davis Davison Davitt Davkov Davkova Davoli Davoren Davronov Davronova Davy Davydov Davydova Davíðs
Davõdov Daw Dawick Dawson Dawud Day Dayal Daza Daðis Dačković Dačović Dağdaş Dağlaroğlu Dağlı Daňa Daňko
Daňková Daňo Daňová Dašić De Deacair Deacon Deacy Deady Deagánaigh Dean Deane Deargáin Dearmada Dearáin Dease
Deasmhumhna Deasy Deaueroux Debelić Debeljak Debenjak Debnár Debnárová Debroux Debruyne Dec Decamps Deceuninck
Dechamps Decker Deckers Deckert Deckow Declerck Declercq Decock Deconinck Decoster Dedejić Dedijer Dee
Deegadan Deegan Deehan Deeley Deely Deeney Deeny Deep Deerberg Deere Deery Degano Degrassi Degroote Degryse
Degueldre Dehmel Dehon Deiana Deigan Deignan Deirg Dej Deja Dejanov Dejanova Dejanović Dejardin Dejonghe
Dejová Dekany Dekeyser Dekker Dekýš Dekýšová Del Delacruz Delacrúz Deladoëy Delaere Delafuente Delagarza
Delahaye Delahunty Delalić Delaney Delannoy Delao Delap Delapaz Delargy Delarosa Delatorre Delattre Delaunay
Delazy Delcourt Delcroix Deledda Deleon Deleu Deleón Delfino Delforge Delfosse Delgadillo Delgado Delhaye
Delhez Delisle Delle Dellucci Delmas Delmotte Delogu Delonge Delorme Deloughrey Deloughry Delporte Delrío
Deltour Delvalle Delvaux Delvigne Delwayo Delèze Deman Demanet Demaret Dembelé Demchishin Demchishina Dementev
Dementeva Demers Demeter Demetrová Demeulenaere Demeyer Demeyere Demir Demirbaş Demirel Demkiv Demmendaal
Demniev Demnieva Demontis Demoulin Dempsey Demurtas Demus Demut Demuth Demuynck Demšar Denaro Denesik Deng
Dengg Dengler Denihan Denis Denison Denisov Denisova Denissov Denk Denkel Dennehy Dennenberg Denner Denning
Dennis Denny Denti Denys Denzinger Denzler Deníels Deo Deol Deoraidhin Deoráin Depero Depoorter Deprez Depuydt
Dera Derbal Derežić Deriu Derkaoui Dermody Dermott Derouiche Derr Derradji Derrig Dersim Dertmann Derycke
Desai Desbiens Descamps Deschamps Deschênes Descombes Deshmukh Deshpande Deshusses Desiderio Desio Desjardins
Desmedt Desmet Desmond Desogus Despotovska Despotovski Desrochers Desrosiers Dessart Dessel Dessy Destro
Detaille Dethier Dethloff Detournay Detry Detti Deuschle Deutschmann Devald Devally Devan Devane Devaney
Devanney Devar Devaux Devedžić Devenney Deventer Dever Devereaux Devereux Devery Devetak Devečka Devečková
Devi Deville Devillers Devilly Devin Devine Devitt Devkota Devlin Devolder Devos Devoy Devriendt Devrnja
Dewaele Dewan Dewez Dewilde Dewitte Dewulf Dey Deágha Deághdha Deák Deáková Deđanski Deģe Deģis Deže Dhadho
Dhakal Dhaliwal Dhar Dhawan Dhiarmada Dhillon Dhingra Dhlamini Dhlomo Dhondt Dhonncha Dhonnchadha Dhonnchaidh
Dhorchaidh Dhuarcáin Dhubhghail Dhubhghaill Dhuibh Dhuibhir Dhuinn Dhuinneabháin Dhuinnshlé Dhuinnshléibhe
Dháibhidh Dháibhis Dhé Dhúirnín Di Dia Diaby Diack Diaconescu Diaconu Diaf Diagne Diakhaté Diallo Diamanka
Diamanti Diana Diao Diarmada Diarra Dias Diatta Diattara Diaw Diawara Diaz Dib Dibbert Dibiasi Dick Dickens
Dickerson Dickey Dicki Dickie Dickinson Dickson Dida Didier Didović Didukh Die Dieckmann Diederich Diedrich
Diego Diekmann Dienel Dieng Dierckx Dierick Dierickx Dies Diesbach Diesbergen Dietl Dietrich Dietsche Dietz
Dietzsch Dieu Dieudonné Dieye Diez Diezel Dif Diffin Diffley Diggin Diggins Dighe Dignan Dijck Dijk Dijkman
Dijkstra Dijoux Dikane Dildar Dildorova Dilev Dileva Dilla Dillane Dillen Dillon Dilmurodyev Dilmurodyeva
Dilnozova Dilnurova Dima Dimba Dimbane Dimbani Dimitriev Dimitrieva Dimitrijević Dimitrić Dimitrov Dimitrova
Dimitrovski Dimić Dimkić Dimković Dimkovska Dimkovski Dimnjašević Dimov Dimova Dimović Dimovska Dimovski
Dimčević Dimčić Dimšić Din Dinabantu Dinamarca Dinan Dinangwe Dinca Dindela Dindi Dineen Dinev Dineva Dinevska
Dinevski Ding Dingarac Dingelstedt Dingila Dingiswayo Dini Dinneen Dinu Dinwa Dio Diolain Dioláin Diolúin
Diolún Diome Dion Dione Diongue Dionisi Dionne Dionún Diop Dioráin Diothchain Diothcháin Diouf Dioum Dippel
Dippenaar Dippl Dircken Direáin Dirgantara Dirjan Dirksen Dirnberger Dirrane Dirven Disdero Diskin Distefano
Ditschlerin Dittmann Dittmar Dittmer Dittrich Dittrichová Divald Divan Divenney Diver Divine Diviney Diviš
Divišová Dix Dixit Dixon Diyorayeva Diyorov Diyorova Dizanov Dizdar Diène Diédhiou Diéguez Diémé Diðriks Djak
Djebbar Djellal Djellouli Djetka Djitté Djokoto Djoudi Djurasek Dlaba Dlabane Dlabazane Dladla Dlakadla
Dlakela Dlamane Dlambula Dlamdaka Dlamini Dlamlenze Dlangamandla Dlawuza Dlebenkomo Dlodlo Dlomo Dlouhá Dlouhý
Dludla Dludlu Dlungwana Dmitriev Dmitrieva Dmitrishin Dmitrishina Dmitruk Dobaj Dobbelaere Dobbin Dobbins
Dobbrunz Dobes Dobeš Dobešová Dobiáš Dobiášová Dobler Dobosz Dobre Dobrescu Dobrevska Dobrevski Dobrilović
Dobrinković Dobrić Dobrokhotov Dobrosavljević Dobrovolná Dobrovolný Dobrowolski Dobrzyński Dobson Dobšinská
Dobšinský Dochartaigh Dochioiu Dockx Docquier Doctor Dodaro Dodd Dodevska Dodevski Dodon Dodson Doe Doesburg
Dofris Dogaru Doghair Dogherty Doglioni Doherty Dohnal Dohnalová Dohring Doibhilin Doighre Doingeard Doirnín
Dojchinov Dojchinova Dokkum Dokonal Dokoupil Dokoupilová Dokoza Dolainn Dolan Dolaček Dolce Dolch Dolci Dold
Dolejš Dolejšová Dolejší Dolenc Doleček Dolečková Doležal Doležalová Doležel Doleželová Dolinar Dolinšek Dolić
Dollis Dolničar Dolović Domagała Domanović Domazet Domański Dombrovska Dombrovskis Dombrowski Domenico
Domhnaigh Domhnaill Domhnalláin Domingo Domingues Dominguez Dominiak Dominici Dominiković Dominiks Dominković
Domiševac Domjan Domljan Dommelen Doménech Domínguez Domínquez Donagher Donaire Donald Donaldson Donaoile
Donarelli Donati Donato Donatoni Doncabe Donchadha Donchú Donda Dondur Donegan Donević Donevska Donevski Dong
Dongen Donghaile Dongol Dongoran Donica Donie Donini Doniyorov Donkor Donlon Donnabháin Donnacha Donnagáin
Donnan Donnay Donncha Donnchadha Donnchaidh Donnchú Donndhubhartaigh Donndubhartaigh Donnell Donnellan
Donnelly Donnghaile Donnghusa Donnáin Donoghue Donohoe Donohue Donoso Donovan Dony Donà Dončević Dončić Doody
Dooey Doogan Doohan Doolan Dooley Dooly Dooren Doorhof Doorn Doornhem Doorty Doppler Dopuđa Dopša Dor Dora
Doran Doraí Dorcha Dorchaidh Dorchaidhe Dorchaigh Dorcháin Dordan Dordáin Dore Dorfer Dorgan Doria Dorić Dorka
Dorko Dorková Dorn Dornan Dorner Dornik Doro Dorofeev Dorofeeva Doronin Doronina Doronjski Dorontić Doronzo
Dorot Dorota Dorotová Dorová Dorrian Dorsey Dorsman Dos Doshi Doskoczynski Doskočil Doskočilová Dossetti Dossi
Dostert Dostál Dostálová Doubek Doubková Doubrava Doubravová Doucet Doudigan Dougherty Douglas Doumont Douša
Doušová Dovara Dovgalevska Dovgalevskiy Dovudov Dovudova Dowd Dower Dowerg Dowey Dowley Dowling Downes Downey
Downing Downs Doyen Doyle Dočekal Dočekalová Dočkal Dočkalová Dočolomanská Dočolomanský Doğan Doža Draaisma
Drabik Dragan Draganović Draghi Draghici Dragin Dragić Dragičević Drago Dragobratović Dragoi Dragojević
Dragojlov Dragomir Dragone Dragoni Dragu Drajna Drajnová Drake Drakul Drakulić Drakčić Dramlić Dramé Drandić
Draupnirs Draxler Drač Dračić Drašković Dražić Drechsler Drees Dreher Dreier Dreimane Dreimanis Dreissigacker
Drekis Drengs Drenjačević Drenkov Drenkova Drennan Drenthe Dressler Dretvić Drew Drewes Drews Drešević Drian
Dries Driesen Driessche Driessen Drinić Drinjak Drisceoil Driscoll Drljan Drljača Drmanac Drmanović Drmončić
Drnkov Drnkova Drobná Drobný Droguett Drohan Droighneáin Drolet Droma Droney Droogendijk Droppa Droppová
Drotár Drotárová Drouin Droz Drozd Drozdov Drozdova Drozdová Drozdowski Druacháin Druart Drub Drubin Drum
Drumm Drummond Drummy Druso Drvarević Drvenica Drysdale Drzewiecki Drábek Drábková Dríscín Drócháin Dróna
Drónaidhe Dróżdż Drča Drčelić Du DuBuque Dua Duah Duan Duane Duarcáin Duarte Duba Dubandlela Dubashi Dubazane
Dube Dubey Dubha Dubhabhoireann Dubhagáin Dubhaigh Dubhartaigh Dubhchain Dubhda Dubhdháin Dubhdábhoireann
Dubhghaill Dubhgáin Dubhlaigh Dubhlainn Dubhlaoich Dubhluachra Dubhláin Dubhradáin Dubhshláine Dubhthaigh
Dubhuidhe Dubháin Dubiel Dubnička Dubochet Dubois Dubovečak Dubovská Dubovský Dubravec Dubská Dubský Dubuis
Dubuisson Dubé Duca Ducci Duchesne Duchoň Duchoňová Duchêne Ducommun Ducret Duda Dudek Dudeková Dudik Dudka
Dudko Dudková Dudley Dudo Dudok Dudoková Dudová Dudziak Dudzik Dudziński Dudás Dudík Dudíková Duez Dueñas
Dufek Duff Duffin Duffy Dufgus Dufie Dufková Dufour Dufrane Dufrasne Dufresne Dufþaks Dugac Dugaja Dugal
Duganov Duganova Dugar Dugfús Duggan Duguay Duhamel Duhig Duhy Duibhealla Duibheannaigh Duibhfhinn
Duibhgeadáin Duibhgeannaigh Duibhgeannáin Duibhghealla Duibhghiolla Duibhginn Duibhir Duibhleanna Duibhlearga
Duibhne Duibhthe Duibhín Duibhínn Duigeannaigh Duignan Duigneáin Duilearga Duilleáin Duineacha Duinn
Duinneacha Duinneacháin Duinnléi Duinnshlé Duinnshléibhe Duinnín Duirnín Duithche Duivenvoorde Duivenvoorden
Dujardin Dujmović Dukada Duke Dukić Dukovac Dukovska Dukovski Dula Dulbecco Dulchaointigh Dulla Dullová
Dulohery Dulová Duma Dumakude Dumanjić Dumanlı Dumas Duminy Dumisa Dumitrache Dumitrascu Dumitrescu Dumitriu
Dumitru Dumnić Dumont Dumortier Dumoulin Duncan Duncáin Dunford Dungan Dunge Dunka Dunková Dunlap Dunleavey
Dunleavy Dunn Dunne Dunning Dunny Dunphy Dunshléibhe Dunworth Dunyoeva Duodo Dupan Dupont Dupré Dupuis Dupuy
Duque Duquesne Durak Duran Durand Durant Durante Durdinets Durdonova Durdu Durdík Durdíková Durgan Durham
Durieux Durkan Durkin Durmaz Durmuş Durnan Durnin Durning Duroux Durrihy Dury Durán Duse Duska Dusko Dusková
Dussart Dussen Duszyński Dusík Dusíková Duta Dutka Dutkiewicz Dutko Dutková Dutoit Dutrieux Dutt Dutta Dutto
Duval Duvanel Duvančić Duvenvoirde Duvivier Duyaza Duygulu Duyvenvoorde Duze Duša Dušek Dušeková Dušička
Dušičková Duška Duško Dušková Dušová Dvalinns Dvizac Dvojak Dvokić Dvonč Dvončová Dvoranac Dvorchanets Dvorská
Dvorský Dvořák Dvořáková Dvořáček Dvořáčková Dwala Dwamena Dwane Dwivedi Dwyer Dyachkov Dyachkova Dyal Dyck
Dyer Dyett Dylus Dzadzev Dzadzeva Dzambaz Dzambazov Dzambazova Dzekov Dzekova Dzene Dzenis Dziedzic Dzinleska
Dzinleski Dzirkale Dzirkalis Dziuba Dzokoto Dzorlev Dzorleva Dzunov Dzunova Dzurjanin Dzurjaninová
Dzuvalekovska Dzuvalekovski Dzyuba Dáibhid Dáibhidh Dáibhis Dáibhís Dáid Dála Dálaigh Dán Dánová Dávid
Dávidová Dávila Dächert Dème Déadaigh Déid Déide Déise Déiseach Déisigh Délèze Díaz Díez Díghe Díochon
Díocháin Díomasaigh Díscín Díómedes Dóláin Dómaldis Dómalds Dónalds Dóris Dórs Dósóþeus Döbel Döhn Döring
Dörner Dörr Dörre Dörschner Dúda Dúgáin Dúinsméarach Dúis Dúlaigh Dúnadhaighe Dúnaighe Dúnaí Dúnlaing Dúnláing
Dúnns Dúnáin Dúnúrta Dúraí Dúrcháin Dúrcáin Dúška Dück Dünser Düşenkalkar Dýris Dýrmunds Dąbek Dąbkowski
Dąbrowski Dębowski Dębski Dědek Dědková Dīriķe Dīriķis Długosz Dūmiņa Dūmiņš Džakmić Džakula Džal Džanija
Džapo Dženopoljac Džepina Džigumović Džigurski Džikić Džinić Džodanović Dương Each Eachaidh Eachain
Eachmharcaigh Eacháin Ealanaidh Earl Earle Early Easboig Eaton Ebbis Ebenesers Ebenezers Ebergs Eberhard
Eberhardt Eberharter Eberl Eberle Ebert Eberth Ebner Ebubechukwu Echevarría Echeverría Eck Eckbauer Ecker
Eckhardt Eco Edberg Eden Eder Edgars Edilons Edin Edipovska Edipovski Edlinger Edlund Edman Edmonds Edorh
Edström Edun Edvards Edvardsen Edvardsson Edvins Edwards Edwin Edílons Eeckhout Eelman Eerden Eerenbeemt
Effertz Effler Efimov Efimova Efraíms Efremov Efremova Eftimie Eftimov Eftimova Egan Egbochukwu Egea Egeli
Egelja Egeljić Egerić Eggenmueller Egger Eggerts Eggþórs Egills Egisheim Egić Egli Eglinton Eglīte Eglītis
Egorov Egorova Ehigiator Ehlert Ehm Ehmann Ehrig Ehsaas Eibhir Eibl Eich Eichberger Eichenberger Eichhorn
Eichinger Eichmann Eide Eifert Eigenwillig Eijkelboom Eijndhoven Eijssel Eikars Eilfirt Eilífs Eimer Einars
Einarsson Einaudi Einert Einirs Einvarðs Einþórs Eiríks Eischen Eisenlauer Eisl Eisner Eiteagáin Eitheagáin
Eivers Eivins Eiðars Eiðs Ejlaal Ek Ekai Ekal Ekberg Ekdahl Ekelund Ekeno Ekholm Ekici Ekidor Ekiru Ekitela
Eklund Eklöf Ekman Ekpo Eksteen Ekstrand Ekström Ekwueme Ekşioğlu Elatlı Elb Elbe Elbekov Elbekova Elbergs
Elberts Elbertse Eldars Elder Eldgríms Eldjárns Eldmars Eldons Eldorov Eldorova Elds Eldórs Elebiyo Elentínus
Eleyth Elfars Elfráðs Elgueta Elia Eliassen Eliasson Eliaš Elifova Eligibile Elijah Elimars Elinórs Elis
Eliseev Eliseeva Elizabeth Elizondo Eliáš Eliášová Eliçin Eller Ellerts Ellery Ellingsen Elliot Elliott Ellis
Ellison Elliðis Ellís Elmars Elmastaşoğlu Elmurodyev Elmurodyeva Elnurov Elnurova Elo Elofsson Eloranta Elorza
Eloy Els Elsemulder Elsen Elsenaar Elss Elvars Elvina Elvins Elvis Elwood Elworthy Elyorov Elyorova Elzas
Elçiboğa Elías Elíesers Elímars Elínbergs Elínmunds Elínórs Elís Emanuelli Emanuelsson Emanúels Emard Embden
Embranthiri Embreks Emelyanov Emelyanova Emeralds Emert Emery Emig Emils Emilsson Eminov Emmanuel Emmanúels
Emmelen Emmelmann Emmen Emmerich Emo Emuria Enache Enachi Encina Ender Enderby Endo Endrizzi Endziņa Endziņš
Ene Engberg Engdahl Engel Engeland Engelen Engelmann Engels Engen Engholm Engilberts Engilbjarts Engiljóns
Engills Engl Englebert English Englund Engman Engström Engvall Eni Ennis Enoks Enright Enríquez Enschot
Entringer Enzinger Eochadha Eochagáin Eochaidh Eocháin Eoghain Eoin Eoinín Epifani Eplinius Eraslan Erasmus
Erazo Erbay Erben Erbenová Erber Erberk Erbulak Erceg Ercegović Ercoli Erdman Erdmann Erdoğan Eregae Erez
Erginsoy Ergotić Ergül Erhan Erhardt Erhart Erhout Erices Erickson Erics Ericson Ericsson Erik Eriks Eriksen
Eriksson Erjavec Erkekli Erkkilä Erlacher Erlandsson Erlars Erlei Erlends Erler Erlings Erm Ermakov Ermakova
Ermini Ernestós Erni Ernirs Ernits Ernser Ernst Ernsts Eronat Eronen Erons Erpelding Erps Errani Errante
Errera Errichiello Errico Errigo Ershov Ershova Ertaş Ertepınar Ertl Ertürk Erupe Erve Ervin Ervine Erwes
Erçetin Eršek Eržen Es Esanu Esbensen Escalante Escalona Escamilla Escobar Escobedo Escolano Escribano Escrivá
Escudero Esekon Esekíels Esenwein Esfandyar Eshan Esinyen Esjars Eskelinen Eskola Espada Esparza España
Español Espejo Espinal Espino Espinosa Espinoza Espitia Esposito Esquibel Esquivel Esras Esser Esson Estay
Este Esteban Estefans Estes Esteve Esteves Estevez Estey Esther Estrada Estévez Eterović Etienne Etyang
Etzebeth Etzler Etzold Eugster Eustace Evalds Evangelista Evangelisti Evans Evdokimov Evdokimova Evelingen
Evensen Everaert Everde Everett Evers Everts Evliyaoğlu Evola Evoy Evrard Evremov Evremova Evseev Evseeva
Evstifejev Evéquoz Ewald Ewart Ewen Ewing Ewoi Exposito Expósito Eyanae Eybergs Eyjólfs Eylaugs Eyleifs Eymars
Eymunds Eynde Eyríks Eysteinns Eyvars Eyvazalı Eyvazlı Eyvinds Eyþórs Eze Ezeugo Ezhov Ezhova Eáin Eðvalds
Eðvars Eðvarðs Eóinín Eóthach Fabbri Fabbricatore Fabbro Faber Fabian Fabiani Fabiano Fabianová Fabijan
Fabijanić Fabijanović Fabián Fabiánová Fabjan Fabra Fabre Fabregat Fabris Fabrisíus Fabrizi Fabrizio Fabry
Fabuš Fabušová Fachtna Faculjak Fadda Fadden Fadeev Fadeeva Fadel Fadian Fadipe Faes Fagan Fagerström Faggiani
Fagiani Fagotto Fagunwa Faherty Fahey Fahham Fahner Fahriddinov Fahriddinova Fahy Fair Faircheallaigh Fairhall
Faisz Faith Faivre Faizan Fajardo Fajdetić Fajdiga Fajimi Fajnor Fajnorová Fakazi Faktor Fakude Falabi Falbo
Falchi Falcioni Falco Falcone Falcão Falcó Falcón Faleti Falgeirs Falier Falk Falkner Falkowski Fall Fallaci
Fallamháin Faller Fallon Falloppio Faloye Fals Falter Falvey Falzone Fan Fanara Fancello Fanelli Fang Fanisa
Fankhauser Fannars Fannbergs Fanngeirs Fannin Fanning Fannon Fanta Fantini Fantoni Fantová Fantozzi Fanucci
Faodhagáin Faoite Faoláin Faraci Faragó Farah Faranda Farangizova Faranáin Faraone Farber Farcas Farell
Farella Fares Faresta Farhodov Faria Farias Farida Farin Farina Farinelli Farizayeva Farizov Farkas Farkaš
Farkašovská Farkašovský Farkašová Farland Farley Farmer Farnan Farnese Farnon Farra Farragher Farrell Farrelly
Farren Farris Farrissey Farrissy Farruhov Farruhova Farry Farré Farzonova Farías Farčić Fasano Fasasi Fasching
Fasoli Fassbender Fatha Fathaigh Fatharta Fathartaigh Fathina Fattori Faty Fauche Fauconnier Faugno Faulhaber
Faulkner Faull Faure Faust Fava Favara Favaro Favata Favero Favre Fay Faye Fayzbekov Fayzbekova Fazekas Fazio
Fazli Fazliddinyev Fazliddinyeva Faúndez Fašiang Fašiangová Fealy Fearachair Fearacháin Fearadhaigh Fearchair
Feardhaigh Fearghail Fearghaile Fearghaíosa Fearghusa Fearon Fearraidhe Fearraigh Fearraí Fearáin Febian
Febrianti Fechant Fechner Fedele Federici Federico Fedor Fedorishin Fedorishina Fedorov Fedorova Fedorová
Fedoseev Fedoseeva Fedotov Fedotova Fee Feehan Feeley Feely Feeney Feenstra Feeny Feest Fegan Fehan Fehilly
Fehr Fehrig Fehringer Fehér Feichtenschlager Feichter Feichtinger Feichtner Feiereisen Feighery Feigl Feijoo
Feil Feinen Feirtéar Feithín Fejfar Fejfarová Fekete Fekonja Felban Felber Feld Feldek Feldeková Felder
Feleppa Felice Felici Feliciano Feliu Felixs Feliziani Felke Fellah Feller Fellinger Fellner Felten Feltgen
Feltz Feltzer Femina Fencl Fenclová Fenelon Feng Fengs Fenighty Fenlon Fennell Fennelly Fenner Fennessey
Fenning Fenrirs Fenske Fenton Fenya Feo Ferat Fercher Ferdinands Ferdínands Ferenac Ferenc Ferencová Fergus
Ferguson Ferhat Ferilli Ferjan Ferko Ferková Ferland Ferluga Ferm Fermi Fernanda Fernandes Fernandez Fernández
Feron Ferrabosco Ferracuti Ferrada Ferragamo Ferragni Ferraiuolo Ferran Ferrand Ferrando Ferrante Ferranti
Ferrara Ferrari Ferrarini Ferrario Ferraris Ferraro Ferrarotti Ferrata Ferrazzi Ferreira Ferrell Ferrer
Ferrera Ferreras Ferreri Ferrero Ferretti Ferreyra Ferri Ferrigno Ferrini Ferris Ferriter Ferro Ferroni
Ferrucci Ferry Ferrán Ferrández Ferrándiz Ferstl Fertrams Feruzova Festa Festuccia Feuerbach Feyder Feykirs
Feys Fhailghigh Fhaoláin Fhearadhaigh Fhearchair Fheargail Fhearghail Fhearghaile Fhearghusa Fhearraigh
Fheorais Fhiachra Fhinn Fhinneachtaigh Fhinnéin Fhionghuin Fhionnachta Fhionnachtaigh Fhionnghaile Fhionnlaich
Fhionnlaoich Fhionntaigh Fhionáin Fhir Fhlaithbheartaigh Fhlaithimh Fhlannagáin Fhlannchadha Fhlannáin Fhloinn
Fhuallaigh Fhualáin Fhíontaigh Fhógartaigh Fiacha Fiachna Fiachra Fiacháin Fiaich Fiala Fialová Fiannachta
Fiannachtaigh Fiannaidh Fiannaidhe Fiannaigh Fibonacci Fica Fichardt Fichera Fichtinger Ficino Fico Ficová
Fidvi Fidélis Fiebig Fiedler Fiedlerová Field Fielding Fields Fieramosca Fiere Fierens Fierro Fietz Figheadóra
Figl Figueiredo Figueras Figueroa Figuerola Figura Fihlela Fijałkowski Filali Filangieri Filar Filatov
Filatova Filban Filbin Filbín Filc Filcová Filice Filimon Filip Filipan Filipek Filipeková Filipiak Filipič
Filipko Filipková Filipović Filipovska Filipovski Filipová Filipowicz Filipowski Filippelli Filippi Filippini
Filippis Filippo Filipponi Filippov Filippova Filippus Filips Filipčić Fillion Filogamo Filsinger Filzi
Filípek Filípeková Finan Finch Fincke Findlay Finegan Finetti Fini Fink Finka Finke Finková Finlay Finley Finn
Finnbjörns Finnbogis Finneachta Finneadha Finnegan Finneran Finnerty Finngeirs Finnjóns Finnlaugs Finns
Finnthighearn Finnucane Finnvarðs Finocchiaro Finotti Finotto Finstad Finucane Finzi Fiodhabhra Fiol
Fionnachta Fionnachtaigh Fionnagáin Fionnalláin Fionndhubhcáin Fionnghaile Fionnghalaigh Fionnghusa
Fionnlaoich Fionnmhacáin Fionntáin Fionnáin Fior Fioravanti Fiore Fiorelli Fiorentini Fiorentino Fiorenza
Fioretti Fiori Fiorillo Fiorini Fiorucci Firbhisigh Firdavsev Firdavsyev Firdavsyeva Firfov Firfova Firgantoro
Firmansyah Firtéar Fisch Fischbach Fischer Fischerová Fischetti Fish Fisher Fister Fithchealla Fithcheallaigh
Fitratov Fitratova Fitschen Fittipaldi Fitz Fitzgerald Fitzgibbon Fitzgibbons Fitzmartin Fitzmaurice
Fitzpatrick Fitzsimmons Fitzsimons Fišbah Fišer Fišerová Fjalars Fjarkis Fjeld Fjodorov Fjólars Fjólmunds
Fjölnirs Fjölvars Fjörnirs Flaas Flabháin Flacco Flaherty Flahive Flaiano Flaithbhearta Flaithbheartaigh
Flaitheamháin Flaithearta Flaithimh Flaithimhín Flaitile Flak Flaman Flament Flammang Flanagan Flanagáin
Flanjak Flannabhra Flannagan Flannagáin Flannchadha Flannelly Flannery Flannghaile Flantz Flathamháin
Flatharta Flathartaigh Flatley Flavin Flačer Fleche Fleck Flego Fleischer Fleischhacker Fleischmann Fleming
Flemmings Fletcher Fleury Fliegner Flink Flinn Flis Floch Floder Floinn Flood Flor Florczak Flore Florea
Florek Flores Florescu Floridia Florio Floris Florián Floriánová Floričelović Flosis Flottmann Flowers Floyd
Flynn Flárta Flókis Flórents Flórez Flóvents Flückiger Fo Foa Foconi Focsa Fodhladha Fodor Fodulović Fofana
Fofie Fogarty Fogazzaro Fogaça Fogaš Fogašová Foged Fogele Fogelis Foghludha Foghlú Foghlúdha Foglia Foidl
Fois Fojtík Fojtíková Fok Fokin Fokina Folan Folch Foletti Foley Folivarski Folkesson Folliero Foltýn
Foltýnová Fomichev Fomicheva Fomin Fomina Fonck Fonda Fondo Fonjallaz Fonseca Font Fontaine Fontana Fonti
Foody Foot Foote Foran Forbes Forconi Ford Forde Forero Foretay Forget Forgione Forgáč Forgáčová Foriwaa
Forjan Forkel Forkin Forlani Forman Formanová Formbach Formica Formánek Formánková Fornaciari Fornara Fornis
Forrest Fors Forsberg Forsell Forsgren Forslund Forsman Forst Forster Forstner Forsyth Forte Fortier Fortin
Fortugno Fortunato Fortuny Fortuyn Forza Foscari Foschi Foser Fossmars Fossum Foster Fosu Fosua Fotev Foteva
Foti Fotihov Fotihova Fotimayeva Foucart Foucher Fouquet Fourie Fournier Fousek Fousková Fowler Fox Foy Foyle
Foà Fořt Fořtová Fracci Fraga Fraher Frahmeke Frainclín Frami Franc Frances Francesca Franceschi Franceschini
Francesco Francesconi Francese Francezi Franch Franchi Franchini Francillon Francis Francisco Francišković
Franck Franco Francois Francová Frandsen Franecki Franek Franeková Franey Franić Franičević Franjić Frank
Franka Franke Frankhuizen Franklin Franklíns Franko Franková Frankowski Franks Frano Franová Frans Franscini
Fransen Franssen Fransson Franta Frantz Franušić Franz Franzen Franzese Franzis Franzmann Franzoni Franzs
Franzè Franzén François Françoise Franěk Fras Frasca Fraser Fratello Fratila Fratti Frau Frauen Frauendorf
Frawley Frazi Frazier Fraňa Fraňo Fraňová Fraňvá Freaney Frederick Frederiksen Fredes Fredriks Fredriksen
Fredriksson Freeley Freely Freeman Freeney Freeth Frei Freigang Freil Freimane Freimanis Freimann Freimuth
Freis Freisen Freitag Freitas Frema Fremie French Frenkel Frenzel Frerichs Freriks Frescobaldi Fresh Freshour
Freudenberger Freudenthaler Frey Freybjörns Freygarðs Freymars Freymond Freymunds Freymóðs Freyrs Freysteinns
Freyviðs Freyþórs Frezza Friberg Frick Fricke Frid Fridrich Fridrichová Fried Friedek Friedenberg Friederich
Friedl Friedli Friedman Friedmann Friedrich Friedrichs Friehus Friel Friesen Friess Frigan Frigerio Frighil
Frigo Friis Frimer Frimerová Frimpomaa Frisch Frisk Frithile Fritsch Fritz Fritzs Friðbergs Friðberts
Friðbjörns Friðfinns Friðgeirs Friðjóns Friðlaugs Friðleifs Friðmanns Friðmars Friðmunds Friðriks Friðs
Friðsteinns Friðvins Friðþjófs Friðþórs Friščić Frketić Frohn Frolov Frolova Frommelt Frosch Froschauer Frost
Frostis Frunza Frunze Frutos Fry Frydrych Frydrychová Frye Fránns Frárs Frère Fréchette Fréin Frías Frímanns
Fróðis Fróðmars Fröhlich Fröschl Frühwirth Frąckowiak Frączek Frątczak Ftorek Ftoreková Ftáčnik Ftáčniková Fu
Fuada Fuadacháin Fuallaigh Fualáin Fuartháin Fuaruisce Fuaráin Fucci Fuchs Fuchsová Fuente Fuentealba Fuentes
Fuenzalida Fuertes Fuga Fuhlbrügge Fuhrmann Fujiati Fujii Fujita Fujiwara Fuksa Fuksová Fukuda Fuli Fuller
Fulton Fumagalli Fumarola Fundak Fundi Fung Funis Funk Funmilayo Funnell Fuoco Furda Furdi Furey Furgala
Furlan Furman Furness Furno Furrer Furtado Furtuna Fusani Fusaro Fusco Fuseli Fusenig Fust Fuster Fuzaylov
Fuze Fuček Fučík Fučíková Fyfe Fylkirs Fábián Fábregas Fáfnirs Fágáin Fáilbhe Fálkis Fárta Fátharta Féichín
Féinneadha Féith Fífills Fíona Fíonartaigh Fógarta Fógartaigh Fóghladha Fólkis Fóráin Förster Fúraigh Fúsis
Fülöp Füreder Fürst Fırat G'afforov G'afforova G'afurov G'afurova G'iyosov G'ulomov Gaasch Gaba Gabadela
Gabaldón Gabba Gabbana Gabela Gabhacháin Gabhann Gabhezi Gabhisa Gabhláin Gabháin Gabius Gabler Gabor Gabriel
Gabriele Gabrieli Gabrielli Gabrielová Gabriels Gabrielsson Gabriyelov Gabrovšek Gabríels Gabud Gacem Gachanja
Gacheri Gacheru Gachoki Gacháin Gadda Gaddini Gade Gadhra Gadiaga Gadlela Gadomski Gadschiew Gadžić Gaels
Gaetano Gaete Gaffney Gafraigh Gagashe Gages Gaggini Gagić Gagliano Gagliardi Gagnon Gagné Gagović Gagričić
Gagro Gagys Gahan Gahleitner Gaiatto Gaibhre Gaibhtheacháin Gaile Gailis Gailius Gaillard Gailliúin Gaillín
Gailys Gailīte Gailītis Gaina Gaine Gaines Gainey Gairbhe Gairbhia Gairbhighe Gairbhín Gaito Gaitán Gaičiūnas
Gaižauskas Gajardo Gajda Gajdov Gajdova Gajdoš Gajdošová Gajec Gajewski Gajski Gakii Gakstädter Gal Gala Galan
Galander Galante Galarza Galasso Galatey Galati Galatsion Galayenko Galaz Galdames Galdikas Galds Galeano
Galeati Galeazzi Galenzone Galevska Galevski Galešić Galgallo Galgalo Galiano Galiazzo Galijn Galik Galiková
Galilei Galinac Galindo Galić Galjak Galjen Galjer Galkin Galkina Gall Gallagher Gallaher Galland Gallardo
Gallart Gallchobhair Gallchóir Galle Gallego Gallegos Galleguillos Gallen Galler Gallet Gallez Galli Galligan
Gallivan Gallo Gallogly Galloway Galluzzo Galláin Galović Galošević Galtarossa Galu Galuppi Galvan Galvani
Galvez Galvin Galvis Galván Galáin Galán Galík Galíková Gama Gamalíels Gaman Gamba Gamberini Gambino Gamble
Gamboa Gambu Gambuse Gamede Gamez Gamhna Gamhnáin Gamlin Gamper Gamsjäger Gamula Ganaka Gandhi Gandolfo Ganea
Ganesan Ganesh Gangan Gangemi Gangl Gangnus Ganguly Ganich Ganley Ganly Gannon Gantar Ganzmann Gao Gaoith
Gaoithín Gaona Gaora Gapo Gara Garaidh Garatva Garau Garavaglia Garavan Garay Garba Garbháin Garcia Garcés
García Garde Garden Gardiner Gardner Garety Garevska Garevski Garg Gargallo Gargan Gargiulo Garibaldi
Garibaldis Garibay Garica Garifo Garland Garmendia Garner Garnier Garobbio Garofalo Garonja Garozzo Garps
Garraghy Garrahy Garret Garrett Garrido Garriga Garrihy Garris Garrison Garrone Garry Gartlan Gartland Gartner
Garun Garvey Garvin Garza Garzoni Garzón Garðars Gasa Gascón Gasela Gashi Gasjūne Gasjūns Gaskin Gasmi Gaspar
Gaspard Gaspari Gasparini Gasperi Gassama Gasse Gasser Gassner Gast Gastel Gastélum Gately Gates Gathogo
Gathoni Gatháin Gati Gatica Gatimu Gatsheni Gatta Gatti Gatto Gattringer Gatwiri Gatzka Gauder Gaudiano Gaudin
Gaudio Gaudreault Gaughan Gauis Gauks Gauthier Gautier Gautis Gautreks Gauts Gautviðs Gavaghan Gavalier
Gavalierová Gavenda Gavendová Gavican Gavigan Gavin Gaviria Gavorník Gavorníková Gavrila Gavrilita Gavriliuc
Gavrilov Gavrilova Gavrilović Gavrilska Gavrilski Gavrić Gavrović Gaweł Gawlik Gawron Gawroński Gay Gaya
Gaychuk Gayduk Gaye Gaylord Gaynard Gaynor Gayova Gayoviy Gaytán Gazdić Gazibara Gazivoda Gazu Gazzola Gaćina
Gaćinović Gačanović Gačević Gačić Gađanski Gałka Gałązka Gašpar Gašparovič Gašparovičová Gašparová Gašpić Gaži
Gažiová Gažo Gažová Gbadamosi Gbogboade Gcaba Gcaleka Gcugcwa Gcumisa Gcwabe Gcwensa Gealabháin Gealagáin
Gealbháin Geannáin Geany Geanáin Gearabháin Gearachaigh Gearailt Gearchaigh Geard Geargáin Gearty Geary
Gebashe Gebhardt Gebhezi Gechevska Gechevski Gedeza Gedi Gee Geenen Geens Geeraerts Geerling Geerts Geertsen
Geese Geest Geffen Gegić Geherty Gehre Gehrig Gehring Gehringer Gehrke Geier Geiger Geimhridh Geirarðs
Geirfinns Geirharðs Geirhjörts Geirhvats Geiris Geirlaugs Geirleifs Geirmunds Geirröðs Geirs Geirtryggs
Geirvalds Geirólfs Geirþjófs Geisel Geisendorf Geisler Geislis Geissler Geißler Gelabert Geldens Gelder
Gelemanović Gellemeyer Gelli Gelling Gellirs Gemen Gemert Gemito Gemma Gence Genchi Gendron Geneart Genechten
Genefaas Gengeshe Gengler Genjega Genna Gennaro Genot Genoud Genov Genova Genovese Gens Gent Gentile
Gentileschi Gentili Gentilini Gentry Geoghegan George Georges Georgescu Georgiev Georgieva Georgievska
Georgievski Georgs Gepa Gera Gerace Geraci Geraghty Geralds Gerard Gerarghty Gerasimov Gerasimova Gerasimovska
Gerasimovski Gerassimov Gerbennow Gerber Gerdel Gerhardt Gerhold Geris Gerlach Germain Germani Germano Germov
Germova Gerov Gerova Gerrits Gerritse Gerritsen Gerschler Gerson Gertz Gervais Gervasi Gerwig Gerðars Gesell
Geshoska Geshoski Gestel Gests Geudens Geuens Geurts Gevaert Geyer Geárd Gfeller Ghabhann Ghafoor Ghailing
Ghale Ghallóglaigh Ghanee Ghannam Gharbi Ghasaan Ghauth Ghayoor Ghazi Ghazzal Gheimhridh Gheorghe Gheorghita
Gheorghiu Gherbi Gherman Ghilardi Ghille Ghilleathain Ghirmai Ghirr Ghislain Ghita Ghoerle Ghoill Ghose Ghosh
Ghuala Ghunayn Ghunna Ghutayf Giacalone Giaccio Giacconi Giachi Giacomelli Giacometti Giacomo Giammusso
Giampaoli Giampaolo Gianetti Gianinazzi Giannelli Giannetti Gianni Giannini Giannone Giannotti Giannuzzi
Gianotti Giansante Gianvecchio Giardina Giardini Gibala Gibb Gibbon Gibbons Gibbs Gibert Gibilisco Giblin
Gibne Gibney Gibson Gichana Gicheru Gichohi Gichuhi Gichuki Gichuru Giehl Gielen Gierisch Gierschner Giesa
Giesche Gievska Gievski Gieß Gifford Gigaba Giger Gigli Giglio Gigliotti Gigov Gigova Giguère Gikonyo Gil
Gilabert Gilardoni Gilbane Gilbert Gilberts Gilbride Gilca Gilchrist Gilde Gildea Gilduff Giles Gilgunn
Gilhooly Gill Gillain Gillan Gillard Gilleathain Gillen Gilles Gillespie Gillet Gillic Gillick Gillies
Gilligan Gilliland Gillis Gillièron Gilliéron Gilliúin Gillooly Gillín Gilmars Gilmartin Gilmore Gilroy Gils
Gilsenan Gilson Gimenez Gimeno Giménez Gina Gindl Giner Ginese Ginesio Ginevan Gineá Ging Gingras Gininda
Ginkel Ginneadha Ginneke Ginneken Ginneá Ginneádha Ginnitty Ginnity Gintalas Ginty Ginzburgas Gioacchini
Gioballáin Giobaláin Gioberti Giobláin Giobúin Giobún Gioia Giolitti Giolla Giollagáin Giollarnáth Giollarua
Giollaruaidhe Giolláin Gionnachtaigh Gionnáin Gionáin Giordani Giordano Giorgetti Giorgi Giorgio Giovannelli
Giovannetti Giovanni Giovannini Giovinazzo Giovine Giradello Giraldo Giralt Girard Girardet Girardi Giraud
Giraudo Girbu Girolamo Girona Girone Giroux Girschner Girvan Girón Gisbert Gisca Giselmeyer Gislason Giss
Gitahi Gitari Gitau Githaiga Githinji Gitonga Giudice Giuffrida Giugliano Giuliani Giuliano Giulietti Giunta
Giunti Giurgiu Giuseppe Giusti Giustra Givern Gizs Gjakonovska Gjakonovski Gjelev Gjeleva Gjorchev Gjorcheva
Gjorgjevska Gjorgjevski Gjurchinov Gjurchinova Gjurlukov Gjurlukova Gjuzelev Gjuzeleva Gjúkis Gladkivska
Gladkivskiy Gladukh Glaisne Glaser Glasnović Glass Glasses Glasson Glasáin Glatting Glatz Glavak Glavan
Glavash Glavati Glavač Glavin Glavor Glazier Gleannáin Gleason Gleasure Gledhill Gledić Gleeson Gleichner
Glenn Glennon Gleđa Gliasáin Gligora Gligorov Gligorova Gligorovska Gligorovski Glineur Glinska Glinskiy
Glintić Glionnáin Glionáin Glod Gloden Glodt Gloin Gloinn Gloinne Gloor Glosli Gloster Glostéir Glover
Glođović Gložanski Gluhović Glukčević Glumac Glumpak Glynn Gláibhín Gláimhín Glóis Glúms Glück Gmeiner
Gnatishin Gnatishina Gnatz Gneistis Gning Gningue Gnodde Gnímh Gnúps Gnýrs Goba Gobbi Gobert Gobhann Gobhozi
Goblet Gobáin Gocník Gocníková Goda Godana Godanj Godard Godart Goddard Godec Godefroid Goderts Godet Godfrey
Godfroid Godide Godin Godinić Godlewski Godoy Godínez Goebel Goedert Goedhart Goedicke Goel Goerens Goergen
Goerle Goethals Goethem Goetzinger Goff Goffaux Goffin Goffinet Gogan Gogarty Goggin Gogáin Gohar Goibín
Goicoechea Goill Goillidhe Goilín Goireachtaigh Goje Gokhale Gola Golabovska Golabovski Golban Goldbeck Golden
Goldfuss Golding Goldkamp Goldkühle Goldner Goldoni Goldrick Goldstein Gole Golec Golgi Golinelli Golino Golla
Gollan Goller Golling Gollner Gollnow Gollum Golláin Golob Golomski Golovets Golubev Golubeva Golubić Gombai
Gombay Gombert Gomboc Gomes Gomez Gomila Gomis Gona Goncalves Goncear Gong Gonta Gontšarov Gonzaga Gonzales
Gonzalez Gonzalo Gonzáles González Gonçalves Good Goodman Goodwin Goonam Goosen Goossens Goovaerts Gopal Goran
Gorbach Gorbachev Gorbacheva Gorbunov Gorbunova Gorczany Gordeev Gordeeva Gordhan Gordillo Gordiychuk Gordon
Gore Gorea Gorenc Gorevan Gorey Gorham Gori Goris Goričanec Gorišek Gorjanski Gorjup Gorlitz Gorman Gormáin
Gorodotska Gorodotskiy Gorova Goroviy Gorp Gorshkov Gorshkova Gosch Gosselin Gosset Gossiaux Goswami Gothraidh
Gotić Goto Gotsholo Gottardi Gotthard Gotthardt Gotti Gottlieb Gottschalk Gottskálks Gottsveinns Gottwald
Gottwaldová Gotz Goudiaby Goudriaan Gough Gould Goulden Goulding Goulet Gour Govaerts Govarts Govender Govoni
Govorčinović Gowda Goy Goyaerts Goyal Goyette Goyko Goyvaerts Gozzano Gozzi Goðis Goðmunds Goñi Gołąb
Gołębiewski Gołębiowski Graaf Graber Grabež Grabher Grabić Grablović Grabner Grabovac Grabowski Grabul
Grabuloska Grabuloski Grace Gracia Gracin Graczyk Gradenigo Gradišar Gradištanac Gradojević Grady Gradzki Grae
Graeve Graf Graham Grahams Grahn Graindorge Graith Grallaigh Gramhna Grams Gramsci Gran Granado Granados
Granat Granata Granatelli Granath Granato Granberg Grand Grande Grandi Grandjean Grange Granis Grankells
Granlund Granström Grant Granà Gras Grasse Grasser Grassi Grassl Grasso Gratie Grattan Gratz Gratzer Gratzky
Gratzl Grau Graudiņa Graudiņš Graur Gravel Gravensande Graves Gravina Gray Graziani Graziano Grba Grbac Grbeša
Greadaigh Grealaigh Grealish Greally Greanacháin Greaney Greb Grechko Greco Grecu Gredičak Greef Greehy
Greelish Greely Green Greene Greenfelder Greenholt Greenwood Greer Greger Gregersen Greggio Gregoire Gregor
Gregorc Gregori Gregorio Gregorič Gregorová Gregors Gregory Gregov Greguš Gregušová Greig Greij Grein Greiner
Greips Greisch Greithanner Gremese Gren Grenier Grennan Greppi Grepps Greschner Gretars Grethen Grettirs
Grewal Grey Grezia Grgić Grgič Grgurević Grgurić Grgurovac Grialais Griallais Grianna Grianra Grianáin
Gribuste Gribusts Grieco Griego Griem Griesbacher Griese Griesser Grifeo Griffen Griffin Griffith Griffiths
Grifín Grigoras Grigore Grigorescu Grigorev Grigoreva Grigoriev Grigorishin Grigorishina Grijalva Gril Grill
Grilli Grillo Grimaldi Grimani Grimes Grimm Grinevetska Grinevetskiy Grinevska Grinevskiy Grinius Grinsven
Grishin Grishina Grishko Grisoni Gritsch Gritti Grkavac Grkinić Grladinović Grm Groarke Grob Grobelaar
Grochowski Groduma Grodums Groebli Groen Groenendaal Groenestein Grogan Grojean Gromiko Gromisch Gromov
Gromova Grondel Grondelle Grondin Gronskis Groof Groogan Groot Groote Groothuizen Gros Groshev Grosheva
Grosjean Gross Grosser Grossheim Grossi Grosskopf Grosso Grosu Grote Groth Grothaus Grothkopp Grotke Grover
Growney Groza Grozdanov Grozdanova Grozdanović Groß Gruagáin Grube Gruber Grubišić Grubnić Grubrová Grudzień
Gruijl Gruijter Gruil Grujovska Grujovski Grundmann Grundner Grundza Grundzová Gruning Grunt Grupche Gruppuso
Gruson Gruszczyński Gruszecki Gruszka Grygar Grygarová Grzegorczyk Grzelak Grzesiak Grzesik Grześkowiak Grznár
Grznárová Grzyb Grzybowski Grzywacz Gráda Grádaigh Grádha Gráinne Grálaigh Grállaigh Grás Gréacháin Grégoire
Gréil Gréill Gréine Grétars Gríbhthín Grífín Grímars Grímkells Grímlaugs Grímnirs Gríms Grímólfs Grímúlfs
Gríobhtha Gríobhtháin Gríofa Gríofha Grönlund Grönroos Gröss Gröttner Grötzinger Grün Grünberger Grüner
Grünwald Grīnberga Grīnbergs Grňa Grňová Grūba Grūbe Gržetić Gržinčić Gschaider Gschwandtner Gstrein Gstöhl Gu
Guaire Guairim Guajardo Gual Gualandi Gualtieri Guarana Guarato Guard Guardado Guardia Guardiola Guariento
Guarino Guarneri Guarnieri Guastella Guastone Guay Gubain Gubben Guberović Gubeshe Gubhela Gubhuza Gubulundu
Gubéran Gucci Guchev Gucheva Gude Gudelj Guellec Guendouz Guerfi Guerin Guerra Guerreiro Guerrero Guerrieri
Guerriero Guerrini Guessoum Guevara Gueye Guggenberger Guglielmi Gugushe Guguvchevska Guguvchevski Gugán Guha
Guibert Guibhir Guicciardini Guichard Guida Guidetti Guidhir Guidi Guido Guidone Guidotti Guihan Guijarro
Guilbert Guilfoyle Guillarmod Guillaume Guillemette Guillen Guillet Guillon Guillot Guillou Guillén Guillí
Guinan Guinand Guinane Guinevan Guiney Guinizzelli Guinnane Guinness Guiot Guiry Guissé Guit Guitart Guithín
Gulam Gulan Gulati Gulbrandsen Gulcher Gule Gulfam Gulgowski Gulino Guliwe Gullberg Gullery Gullotta Gullì
Gulotta Gulshan Gulyaev Gulyaeva Gulyás Guma Gumbi Gumede Gumis Gummelt Gumprich Gunarto Gunawan Gundersen
Guneta Gunjača Gunkel Gunn Gunnars Gunnarsson Gunnbergs Gunnbjörns Gunndórs Gunngeirs Gunnhalls Gunning
Gunnlaugs Gunnleifs Gunnröðs Gunnsteinns Gunnvalds Gunnólfs Gunnólis Gunnþórs Gunpf Gunther Guo Gupta Gure
Gurev Gureva Gurrieri Gurule Gurung Gusan Gusev Guseva Gushchin Gushchina Gusikowski Gusmeroli Gussoni
Gustafsson Gustavs Gustavsson Gustin Gut Gutal Gute Guthrie Gutierrez Gutiérrez Gutjahr Gutknecht Gutkowski
Gutmann Gutowicz Gutowski Gutrovac Gutschank Guttis Guttorms Gutu Guy Guyo Guyon Guyot Guzik Guzina Guzman
Guzmán Guzun Guérin Guðbergs Guðbjarnis Guðbjarts Guðbjörns Guðbrands Guðfinns Guðfreðs Guðgeirs Guðjóns
Guðlaugs Guðleifs Guðleiks Guðmanns Guðmars Guðmons Guðmunds Guðnis Guðráðs Guðröðs Guðsteinns Guðvarðs
Guðveigs Guðvins Guðþórs Gučanin Gušanović Gušatović Gušavac Guševac Gušić Gušović Guštin Gwacela Gwagwa Gwala
Gwamanda Gwanyana Gwija Gwoździk Gwynn Gwóźdź Gxabhashe Gyamfi Gyamfiaa Gyasi Gyasiwaa Gyawali Gylfis Gyrðirs
Gábháin Gábor Gáborová Gáibhtheacháin Gáibhín Gáineard Gál Gálik Gáliková Gálová Gálvez Gámez Gánaird Gárate
Gáspár Gähwiler Gärtner Géaran Géaráin Géibheannaigh Géibhinn Géidigh Gélinas Gérard Gídeons Gígjars Gíontaigh
Gíslis Góis Gómez Góra Góral Górecki Górka Górniak Górny Górski Göbel Göckeritz Göhler Gönültaş Göransson
Görlich Görmer Göschl Götz Götzelmann Gúnáin Gústafs Gústavs Gül Güldemeister Gülen Güler Gümüşpala Günday
Güneş Günther Günz Gürbig Gürmen Güçlü Gýgjars Gýmirs Gąsior Gąsiorowski Głogowski Głowacki Głąb Haack Haaf
Haag Haan Haapala Haapanen Haapaniemi Haarlem Haas Haase Haataja Haavisto Habeeb Habel Haberl Habha Habibi
Habibov Habibova Hablák Habláková Habpanom Habšuda Habšudová Hache Hachemi Hack Hackbusch Hackelbusch Hacker
Hackett Hackl Haddad Haddis Haddouche Hadds Hadebe Haderer Hadfield Hadhlairt Hadhra Hadichayeva Hadijayeva
Hadjadj Hadji Hadrović Hadwich Hadžibeganović Hadžić Hae Haeften Haengreve Haering Hafbergs Haferkamp Hafgríms
Hafliðis Hafnars Hafner Hafnis Hafsteinns Hafþórs Hagalíns Hagan Hagara Hagarová Hagbarðs Hagberg Hagberts
Hagen Hagendoorn Hagenes Hager Haggerty Haglund Hagman Hagström Hahessy Hahn Haibheartaigh Haichir Haicéad
Haid Haiden Haider Haidhleart Haidinger Haikal Hailgheanáin Hailgheasa Hailpín Hailín Haimhirgín Hainaut
Hainchín Haindl Haines Hainifín Hainion Hainligh Hainmhireach Hainmneach Hainthín Hainzl Hainín Hairbheasaigh
Haire Hairmeasaigh Hairmheasaigh Hairt Hairtnéada Haiseadha Haithbheartaigh Haithchir Haitheasa Hajdinjak
Hajdu Hajduk Hajek Haji Hajnc Hajná Hajný Hak Hakala Hakan Hakim Hakis Hakkarainen Hakker Hakyemez Halake
Halambek Halapir Halas Hald Halda Halder Haldová Hale Haley Halidov Halilyev Halilyeva Halim Halimah Hall
Hallacháin Hallahan Hallanan Hallberg Hallbergs Hallbjörns Halldórs Haller Halleux Halley Hallfreðs Hallgarðs
Hallgeirs Hallgils Hallgren Hallgríms Hallik Hallin Hallinan Hallissey Hallkells Hallmann Hallmanns Hallmars
Hallmhúráin Hallmunds Halloran Halls Hallsteinns Hallvarðs Hallþórs Halme Halmhain Halonen Halpen Halpin
Halsdorf Haluška Halušková Halvarsson Halvorsen Halvorson Halák Haláková Halász Ham Hamadi Hamadouche Hamal
Hamaland Hamann Hamars Hamdani Hamdi Hamel Hames Hamidi Hamidov Hamidova Hamill Hamilton Hamisi Hamlaoui
Hammadi Hammar Hammarström Hammer Hammerer Hammerl Hammes Hammond Hamon Hamoudi Hampl Hamplová Hampton Hamza
Hamzaoui Hamzaoğlu Hamzayev Hamzayeva Han Hanafin Hanak Hanaková Hanbury Hancock Hand Handa Handayani Hande
Handl Handler Handoko Handžić Hane Haneberg Hanegraaff Hanek Hanekom Haneková Hanenberger Haney Hangala Hango
Hanifat Hanižar Hanka Hankard Hanko Hanková Hanley Hanlon Hanluain Hanly Hanna Hannagáin Hannah Hannaidh
Hanncard Hannecart Hannecker Hannes Hannibals Hannich Hannigan Hanniske Hannlaoigh Hannon Hannracháin Hannraoi
Hannula Hanousek Hanousková Hanrachtaigh Hanrahan Hanraoi Hanratty Hans Hansen Hanson Hanssen Hanssens Hansson
Hanus Hanusek Hanuseková Hanuska Hanusková Hanusová Hanuš Hanuška Hanušková Hanušová Hanzal Hanzalová Hanzel
Hanzelová Hanzl Hanzlová Hanzlík Hanzlíková Hanák Hanáková Hanáček Hanáčková Hançer Hanúsek Hanúseková Hanúska
Hanúsková Hanžek Hao Haodha Haodhgáin Haogáin Haoidhne Haoilbheard Haoileáin Haolláin Haoláin Haonghuis
Haonghusa Hara Harahoe Haralds Haraldsson Haramija Haran Harapin Harač Harber Harcáin Hardi Hardiansyah Hardie
Hardiman Hardin Harding Hardy Hare Haren Hargadon Hargadáin Hargan Hargasser Hargreaves Hargáin Hari Haring
Harini Hariyah Harju Harkin Harkins Harley Harloff Harmon Harms Harnapp Harnett Haro Harper Harrachtáin
Harragáin Harrell Harrer Harrihy Harrington Harris Harrison Harry Harrys Harrýs Hart Harta Hartagáin Hartati
Harte Harter Hartigan Hartikainen Harting Hartl Hartley Hartlieb Hartman Hartmann Hartmanns Hartmanová
Hartnett Hartung Hartvigs Hartwig Harty Hartz Harvan Harvanová Harvey Harvánek Harváneková Haryanti Haryanto
Has Hasan Hasanah Hasanica Hasanov Haschke Hasegawa Haselaar Hashimoto Haslauer Hasler Haslinger Haspengouw
Hassan Hassanah Hassani Hasse Hassett Hassfeld Hastey Hastie Hastings Hastuti Hasty Hatfield Hathorn Hattinger
Hattingh Hatton Hauck Hauer Hauffer Haug Haugaard Hauge Haugen Haugh Haughey Haugland Hauke Haukelidsæter
Hauks Hauksteinns Haukvalds Haumer Haupert Haupt Hausberger Hauser Hautala Hautamäki Havel Havelka Havelková
Haverinen Haverney Haverty Havlová Havlík Havlíková Havlíček Havlíčková Havojić Havran Havranka Havranko
Havranková Havranová Havránek Havránková Hawe Hawkins Hawthorn Hay Hayashi Hayden Hayer Hayes Haynes Hayre
Hayrioğlu Hays Hayward Hayworth Hazenveld Hazes Hađa Haňak Haňaková Haňák Haňáková Hašek Hašková Haščák
Haščáková He Heachadha Heachthigheirn Headhra Heaffy Heaghra Heaghráin Healey Heallaigh Healy Heaney Heaphy
Hearbhaird Hearbhard Hearcáin Hearghail Hearghaile Hearn Hearne Hearnáin Hearráin Hearty Hearáin Heath
Heathcote Heavey Hebenstreit Heberstreit Hebert Hechenberger Hechler Hecht Heck Hecke Hecker Heckett Heczko
Heczková Hedberg Hedderman Hedegaard Hedermann Hedigan Hediger Hedin Hedlund Hedman Hedström Heeb Heefer
Heelan Heenan Heeney Heer Heerden Heere Heerenveen Heerkens Heerschop Heffernan Hefferon Heffron Hegarty Hegde
Hegedüs Hegedűs Heger Hegerová Heggarty Hegmann Hehir Hehl Heibhrín Heichthigheirn Heideagáin Heidelmann
Heiden Heidenreich Heiderscheid Heidhin Heidler Heidrich Heifearnáin Heifrín Heigheartaigh Heigl Heijden
Heijman Heijmans Heijmen Heikirs Heikkilä Heikkinen Heilmóðs Heilíre Heim Heimhrín Heimirs Hein Heindl
Heinemann Heinen Heinig Heinke Heino Heinonen Heinreks Heinrich Heinrichs Heinsalu Heinsoo Heintz Heintze
Heinz Heinze Heinzl Heireamhóin Heirens Heiser Heisis Heiskanen Heislin Heiss Heissenberger Heist Heiteagáin
Heithchir Heithir Heiðarrs Heiðars Heiðbergs Heiðberts Heiðlinds Heiðmanns Heiðmars Heiðmunds Heiðreks Hejda
Hejdová Hejduk Hejduková Hejl Hejlová Hejna Hejnová Hekker Hektors Helaoire Held Helen Helenius Helery Heleta
Helgesson Helgis Helin Hell Helland Hellberg Hellemans Heller Hellevoort Hellgren Hellman Hellmann Hellström
Hellwig Helm Helmerhorst Helminen Helmke Helmúts Helpling Helsen Hely Hemert Hemetsberger Hemma Hemmen Hemmer
Hemmerts Hempenstall Henao Henck Henderson Hendrick Hendricks Hendrickx Hendriks Hendrikse Hendrix Hendry
Hendrych Hendrychová Henebry Heneghan Henegouwen Henery Heney Hengen Hengmith Henin Henk Henkel Hennebry
Hennelley Hennelly Hennes Hennessey Hennessy Hennezel Henni Hennigan Hennings Henningsson Henrard Henri Henric
Henriks Henriksen Henriksson Henrion Henriques Henrotte Henry Henrys Henríquez Henrýs Hens Henschel Hense
Hensel Hensley Henson Henst Hentel Hentschel Hentschke Heochach Heochadha Heochaidh Heodhasa Heodhusa Heoghain
Heoghanáin Hepburn Hepenstall Hepperle Heraghty Heras Heraty Herberger Herbert Herberts Herbjörns Herbrand
Herbst Herceg Herck Herd Heredia Heremans Heretik Heretiková Hereward Herfinns Hergeirs Hergills Hergils
Heribert Hering Heripon Herity Herjavec Herjólfs Herlambang Herlaugs Herleifs Herlihy Herlufs Herman Hermann
Hermanns Hermanová Hermans Hermansen Hermansson Hermawan Hermecke Hermelin Hermes Hermighausen Hermiston
Hermosilla Herms Hermunds Hermóðs Hernandes Hernandez Hernando Hernon Hernádez Hernández Herold Heron Herout
Herranz Herrera Herrero Herring Herrmann Herschmann Hersirs Herstal Hersteinns Hersveinns Hertel Hertrampf
Hertzog Hervars Hervarðs Hervia Hervins Hervás Hervé Herweg Herwig Herzenberg Herzog Hesbaye Heser Heskin
Heslin Hess Hesse Hessek Hessel Hession Hessler Hester Hethur Hettinger Hettner Hetzler Heuck Heuertz Heunis
Heusden Heuser Heuvel Heval Hever Hewitt Hewson Hexspoor Heydemüller Heyden Heydrich Heylen Heymans Heyne
Heyvaert Heß Hećimović Hečko Hečková Heřman Heřmanová Heřmánek Heřmánková Hhoyiyane Hiarfhlaithe Hiarfhlatha
Hiarnáin Hiceadha Hicidhe Hickey Hickle Hickman Hicks Hicí Hicín Hicóg Hidalgo Hidayanto Hidayat Hideo
Hidošanin Hiebl Hierro Hietala Hietanen Hifearnáin Higgins Highne Higueras Hikmatov Hikmatova Hilary Hilaríus
Hilbert Hilberts Hildars Hildebrand Hildenbrand Hildibergs Hildibrands Hildigeirs Hildiglúms Hildimars
Hildimunds Hildings Hildirs Hildiþórs Hilgendorf Hilger Hill Hillard Hillen Hiller Hillery Hilliard Hilll
Hillow Hills Hilmars Hilmer Hilmerová Hilmirs Hilpert Hilti Hilton Hiltunen Himawan Himmelbauer Himris Hincu
Hindeberg Hinek Hines Hingsen Hingst Hinić Hinneirghe Hinney Hinnéirghe Hinojosa Hinrichs Hinriks Hinterberger
Hinteregger Hinterleitner Hinton Hintz Hinéirigh Hinéirí Hiocóg Hiolláin Hioláin Hionnghaile Hiorbhaird
Hiorbhard Hirnštajn Hirsch Hirschberg Hirschmann Hirt Hirthe Hirvonen Hishon Histon Hitchinson Hjallkárs
Hjalmarsson Hjaltis Hjarnars Hjelm Hjort Hjorth Hjálmars Hjálmgeirs Hjálms Hjálmtýrs Hjálmþórs Hjörleifs
Hjörts Hjörtþórs Hjörvars Hlabangane Hlabisa Hladká Hladký Hladík Hladíková Hlapec Hlasni Hlatshwayo Hlavati
Hlavatá Hlavatý Hlaváč Hlaváček Hlaváčeková Hlaváčik Hlaváčiková Hlaváčková Hlaváčová Hleiðars Hlela Hlengwa
Hlinis Hlinka Hlinková Hliník Hliníková Hljóms Hlomuka Hlongwa Hlongwane Hlophe Hloušek Hloušková Hlubi
Hlumakazi Hlyns Hlávka Hlávková Hlégests Hlérs Hlífars Hlíðars Hlíðbergs Hlöðmunds Hlöðs Hlöðvarðs Hlöðvers
Hnefills Hnikarrs Hnikars Ho Hoarau Hoare Hoareau Hoban Hobbs Hochleitner Hochreiter Hochstrasser Hocine Hodak
Hodanovac Hodea Hodel Hodge Hodges Hodgson Hodhráin Hodkiewicz Hodler Hodnett Hodovanj Hodson Hodža Hodžić
Hodžová Hoecke Hoedemakers Hoeger Hoek Hoeks Hoekstra Hoelen Hoes Hoevel Hoeven Hoey Hofbauer Hofer Hoff
Hoffman Hoffmann Hoffmannová Hofinger Hofman Hofmann Hofmanová Hofmeister Hofstetter Hofstätter Hogan Hogg
Hohenberger Hohl Hohn Hohnheiser Hoibicín Hoirbheaird Hoirbheard Hoirchinnigh Hoireabaird Hoireabhaird
Hoireabhard Hoireachtaigh Hoiscín Hoistín Hoisín Hojimurodyev Hojimurodyeva Hokkanen Holan Holanová Holappa
Holas Holasová Holcová Hold Holdaway Holden Holder Holdt Holec Holeček Holečková Holgeirs Holgers Holgersson
Holguín Holinski Holič Holiček Holičeková Holička Holičková Holičová Holl Holland Hollander Hollard Hollaráin
Hollaus Holler Hollins Holloway Hollywood Holláin Hollúin Holm Holmberg Holmes Holmgren Holmqvist Holmström
Holohan Holopainen Holoubek Holoubková Holst Holsten Holt Holtfreter Holthuis Holtis Holub Holubec Holubecová
Holubek Holubeková Holubka Holubko Holubková Holubová Holuby Holubyová Holvoet Holz Holzapfel Holzdeppe Holzer
Holzinger Holzknecht Holzmann Holzner Holá Holík Holíková Holíček Holíčeková Holúbek Holúbeková Holúbok Holý
Holčík Holčíková Homa Homenick Hommel Homola Homolka Homolková Homolová Honan Hondeveld Honegger Hong Honing
Honkanen Honoré Honz Hood Hoof Hoog Hoogers Hoogh Hook Hoop Hooper Hooss Hoover Hope Hopkins Hopland Hoppe
Hoppenbrouwer Hora Horak Horan Horaček Horcáin Hore Horemans Horgan Horgáin Horký Hormazábal Horn Horna Horne
Hornich Hornig Hornung Horník Horníková Horníček Horníčková Horová Horrocks Horská Horský Horst Hort Horton
Horvat Horvatek Horvath Horvatinec Horvatić Horvát Horváth Horváthová Horvátová Horák Horáková Horáček
Horáčková Horňák Horňáková Hosae Hosey Hoskins Hosp Hoss Hossa Hosseini Hossová Hostaden Hoste Hottinguer Hotz
Hou Houari Houben Houde Houdek Houdijk Houdková Hougaard Hougardy Hough Houghton Houle Houlihan Houracháin
Hourican Hourigan Hourihane House Houston Houteveen Houška Houšková Hovanjek Hove Hovorka Hovorková Howard
Howarth Howe Howell Howells Howley Hoyos Hoz Hoza Hozjan Hozová Hoàng Hočevar Hořejší Hošek Hošková Hošták
Hoštáková Hošťák Hošťáková Hrabal Hrabalová Hrabar Hrabovská Hrabovský Hradecká Hradecký Hradil Hradilová
Hrafnars Hrafnbergs Hrafnkells Hrafns Hrafntýrs Hranić Hranj Hrannars Hrapps Hrastinski Hraunars Hraško
Hrašková Hrbek Hrbková Hrbáček Hrbáčková Hrdina Hrdinová Hrdlička Hrdličková Hrdá Hrdý Hreggviðs Hreims
Hreinns Hreiðars Hreiðmars Hren Hrianka Hrianková Hribar Hribernik Hric Hricová Hrings Hrkalović Hrmo Hrmová
Hrnjak Hrnčíř Hrnčířová Hroboň Hroboňová Hroch Hrochová Hrollaugs Hrolleifs Hromádka Hromádková Hron Hronová
Hrovat Hrubeš Hrubešová Hrubá Hrubý Hruška Hrušková Hrušovská Hrušovský Hrvatin Hrvojić Hræreks Hrímnirs
Hróalds Hróars Hróbjarts Hróis Hrólfs Hrómunds Hróðgeirs Hróðmars Hróðvars Hróðólfs Hrúts Hršak Hrůza Hrůzová
Hrženjak Hu Huaillearan Huaithne Huaithnín Hualla Huallacháin Huallaigh Huang Huart Huba Hubbard Huber Hubert
Huberts Huberty Hubin Hubmann Hubová Hubáček Hubáčková Huckestein Hudak Hudcová Huddleston Hudec Hudecová
Hudeček Hudečková Hudson Hudáček Hudáčeková Huebel Huel Huels Huemer Huerta Huertas Huet Huff Huffman Hufnagl
Hug Hugbergs Hughes Huginns Hugis Hugleiks Hugo Hugos Huguenin Huguet Hugós Huhn Huhtala Hui Huidhir Huiginn
Huigín Huijben Huijbrechts Huijs Huijzing Huirthille Huiscín Huisman Huitseacháin Huixtlacatl Hujo Huka Huke
Huldars Huljev Hull Hulle Hulláin Huls Hulshouts Hulskes Hulst Hult Hulten Hultgren Hultman Human Humayrova
Humbert Humblet Hume Humer Huml Humlová Hummel Hummer Humoyunov Humphrey Humphreys Humphries Huneke Hunerik
Hunt Hunter Hunziker Huotari Huovinen Hupka Hupková Hurd Hurdail Hurley Hurmholtaigh Hurramov Hurramova Hurst
Hurt Hurtado Hurthuile Hus Huseby Huska Husnjak Husová Huss Hussain Hussein Hussey Husák Husáková Husár
Husárová Husťák Husťáková Hutagalung Hutapea Hutasoit Hutchinson Hutchison Huter Huth Hutta Hutter Hutterer
Hutton Huttová Huttunen Huurdeman Huuskonen Huwiler Huxleys Huybrechts Huyghe Huynh Huys Huysmans Huzaifa
Huzanić Hučko Hučková Hušek Hušeková Huška Hušková Hušo Hušová Hušták Huštáková Hušťák Hušťáková Hvannars
Hyatt Hyde Hyland Hyls Hyltirs Hyman Hynek Hynes Hynková Hynman Hyttinen Hytönen Hyvärinen Hyvönen Hà Hágáin
Hágúrtaigh Háilíosa Háinle Háinlí Hájek Hájková Hákons Hála Háleygs Hálfdans Hálfdáns Hálová Hámunds Hána
Hánová Hánusaigh Háreks Hárlaigh Hárlaugs Hásteinns Hávarrs Hávars Hávarðs Häber Häfliger Häfner Hägg Hägglund
Häggström Häkkinen Hämmerle Hämäläinen Hänel Hänni Hänninen Häring Härkönen Härm Häusler Håkansson Hængs
Hænirs Héadtromáin Héaghráin Héalaigh Héalaithe Héamhthaigh Héanacháin Héanagáin Héanaigh Hébert Héideáin
Héigcheartaigh Héigearta Héigeartaigh Héigheartaigh Héighne Héighnigh Héighniú Héil Héilidhe Héiligh Héilí
Héimhthigh Héimhín Héineacháin Héinrí Héiní Hénrí Héðinns Hícín Híde Híghne Híomhair Hírams Hóbáin Hódhra
Hódhráin Hóghartaigh Hógáin Hóir Hólmars Hólmberts Hólmfasts Hólmgeirs Hólmgríms Hólmkells Hólms Hólmsteinns
Hólmþórs Hór Hóra Hórdha Hóráin Hóseas Höcke Hödl Höfer Höfig Höfler Höft Högberg Höglinger Höglund Högnis
Höhne Höller Hölzenbecher Hölzl Hönig Höning Hördt Hörl Hörle Hörmann Hörðs Höskulds Hövel Höðs Húberts Húbáin
Húgós Húmis Húnbogis Húnis Húnns Húnröðs Húrdail Hús Húska Húsková Húsová Húšek Húšeková Húška Hübel
Hübenbecker Hübl Hübner Hügel Hürlimann Hüseynli Hüseynov Hüseynova Hüseynoğlu Hüttcher Hütter Hýbl Hýblová
Hůlka Hůlková Hồ Iacob Iacobucci Iacolare Iacono Iacovelli Iacovino Iacovone Iadanza Iago Iancu Iandolo
Iannaccone Iannelli Iannello Ianni Iannone Iannotti Iannucci Iannuzzi Iaria Iarla Iasachta Iascaire Iatco
Iazzetta Ibacache Ibarra Ibañez Ibe Ibikunle Ibodullohyev Ibodullohyeva Iborra Ibraaheem Ibrahim Ibranović
Ibrić Ibrohimov Ibrohimova Ibáñez Ichim Idris Ierardi Iersel Iezzi Iforayeva Iftikhaar Iglesia Iglesias
Igličar Ignac Ignat Ignatev Ignateva Ignatjev Ignatov Ignatova Ignjatovska Ignjatovski Ignovska Ignovski Igo
Igoe Igov Igrić Ihab Ihalainen Ihasz Ihejirika Ihly Ihnačák Ihnačáková Ihsaan Ihtiram Ihtiyorov Ihtiyorova
Ijli Ikeda Ikhlef Ikonen Ikonomov Ikonomova Ikromov Ikromova Ilan Ilančić Ilc Ilie Iliescu Iliev Ilieva
Ilievska Ilievski Ilijić Ilin Ilina Ilinović Ilinčić Ilisić Ilić Iličin Iljin Iljoska Iljoski Illing Illugis
Illés Ilori Ilupeju Ilves Ilyosov Ilyosova Ilıcalı Imali Imbert Imhof Iminza Immanúels Immelman Immonen
Imonova Impastato Impe Impellizzeri Improta Imrich Imrichová Imronov Imronova Indelicato Indriðis Infante
Infantino Ingbergs Ingibergs Ingiberts Ingibjarts Ingibjörns Ingileifs Ingimagns Ingimars Ingimunds Ingis
Ingivalds Ingiþórs Ingjalds Inglis Ingmars Ingoldsby Ingram Ingrassia Ingrosso Ingvalds Ingvars Ingvarsson
Ingvis Ingólfs Ingþórs Iniesta Inneirghe Innocenti Innseadún Inostroza Inoue Intaum Interiano Interminei
Interminelli Inzaghi Inzerillo Inzunza Iodice Iomaire Ion Ionescu Ionita Ioniță Ionrachtaigh Ioppi Iordache
Iorga Iorio Iosif Iotti Iovino Iovu Ip Ippoliti Ippolito Iqbal Irawan Ireland Ireri Irfandi Iriarte Irimia
Irizarry Iroha Irungu Irvine Irving Irwin Isaac Isac Isaev Isaeva Isah Isak Isakov Isakova Isakovska Isakovski
Isaksen Isaksson Isbrücker Isekenmeier Isella Isern Isfandiyorov Ishii Ishikawa Isler Islomov Islomova Ismaels
Ismail Ismoilov Ismoilova Isokun Ispas Israel Israelsson Issa Issac Issack Issak Issis Istrate Istrati
Iswahyudi Iten Ito Itsev Itseva Itt Iturra Iuliano Ivan Ivandić Ivanishin Ivanishina Ivaniv Ivanišić Ivanoska
Ivanoski Ivanov Ivanova Ivanović Ivanovs Ivanovska Ivanovski Ivantsiv Ivančan Ivančič Ivarsson Ivas Ivascu
Ivask Ivaška Ivašková Ivers Iversen Ivić Ivkovac Ivory Ivšić Iwanowski Iwański Iwu Iyalla Iyanda Iyengar Iyer
Iymonova Izaguirre Izdebski Izquierdo Izzi Izzo Iñiguez Iústás Ičelić Işık Išpiranović Ištoković Išvan Jaabir
Jaakkola Jaakson Jaanson Jaanus Jaarsveld Jaatinen Jabir Jablanov Jabr Jabłoński Jaceps Jachev Jacheva Jackman
Jackowski Jacks Jackson Jacob Jacobi Jacobs Jacobsen Jacobson Jacobsson Jacoby Jacot Jacquemart Jacquemin
Jacques Jacquet Jacquot Jacuzzi Jad Jadot Jadoul Jadro Jafari Jafets Jagarinec Jager Jagečić Jaggi Jagica
Jagielski Jagiełło Jagodić Jagodziński Jagusch Jagušić Jahdami Jahdari Jahn Jahnke Jahoda Jahodová Jahongirov
Jailani Jaime Jaimes Jain Jaiyeola Jakab Jakeš Jakešová Jakimovska Jakimovski Jakis Jakl Jaklová Jakobek
Jakobs Jakobsen Jakobson Jakobsson Jakobčin Jakolić Jakonov Jakonova Jakopec Jakopič Jakopović Jakops Jakoubek
Jakoubková Jakovac Jaković Jakovlev Jakovljević Jakub Jakuba Jakubcová Jakubczyk Jakubec Jakubecová Jakubek
Jakubeková Jakubiak Jakubka Jakubko Jakubková Jakubová Jakubowski Jakubík Jakubíková Jakubček Jakubčeková
Jakubčo Jakubčová Jakubčík Jakubčíková Jakupić Jakuš Jakúbek Jakúbeková Jalaal Jalakas Jali Jalil Jalolov
Jalolova Jalonen Jalovec Jalovecová Jama Jamaal Jaman Jamar Jamasijadu Jambor Jameel James Jameson Jamieson
Jamile Jamils Jamiu Jamnik Jamolov Jamolova Jamrozy Jamshidov Jamshidova Jan Janas Janata Janatová Janchevska
Janchevski Janda Jander Jandl Jandová Janek Janeković Janeková Janevska Janevski Janeček Janečeková Janečić
Janečka Janečko Janečková Janežič Jangid Jani Janiak Janich Janicki Janik Janisch Janiszewski Jank Janka
Jankauskas Janke Janko Jankovitch Jankovska Jankovskis Janková Jankowiak Jankowski Janků Jano Janota Janotová
Janoušek Janoušková Janovská Janovský Janová Janowski Janočko Janočková Janoš Janošek Janošeková Janoška
Janoško Janošková Janošo Janošová Jans Jansa Jansdr Janse Jansen Jansone Jansons Jansová Jansse Janssen
Janssens Jansson Jantjies Jantošovič Jantošovičová Januar Janus Janusz Januszewski Januško Janák Janáková
Janáček Janáčková Janík Janíková Janíček Janíčková Janča Janček Jančeková Jančo Jančová Jančík Jančíková Janša
Janů Jaque Jara Jaramillo Jarc Jardan Jarets Jareš Jarešová Jarl Jarls Jarnec Jaros Jarosz Jaroš Jarošová
Jarso Jarvis Jarząbek Jasinski Jasiński Jaskolski Jasminova Jasons Jasper Jasprica Jasso Jast Jastrzębski
Jasuryev Jasuryeva Jauhiainen Jauk Jaume Jaunzema Jaunzems Javlonov Javlonova Javohirov Javohirova Javornik
Javůrek Javůrková Jaworski Jayaraman Jazbinšek Jazvinšak Jaén Jaćimović Jaćović Jaśkiewicz Jašarević Jašek
Jašková Jdotte Jean Jeanneret Jebet Jech Jechová Jedlička Jedličková Jedľovská Jedľovský Jefferies Jefferson
Jeffries Jefimov Jeftić Jeftović Jefwa Jeggij Jegorov Jehle Jeitz Jekel Jelagat Jelavić Jelačić Jelašić Jele
Jelen Jelenová Jelica Jelimo Jelisavac Jelita Jelić Jelle Jellinghaus Jellyman Jelínek Jelínková Jemeli Jemrić
Jemutai Jendek Jendeková Jenewein Jenkač Jenkins Jenko Jenni Jennings Jennis Jens Jensen Jenssen Jeníček
Jeníčková Jeorga Jepchirchir Jepchumba Jepkemboi Jepkemei Jepkirui Jepkoech Jepkogei Jepkorir Jepkosgei
Jepleting Jepngetich Jeppesen Jeppsson Jepsen Jeptoo Jerab Jeram Jerde Jereb Jereminov Jeremić Jeremías Jerez
Jergić Jerinić Jerinkić Jerič Jerkov Jerković Jermakov Jerman Jerono Jerop Jerotich Jerschabek Jerusalem
Jeruto Jeršov Jes Jeseničnik Jespers Jespersen Jess Jessel Jessen Jesus Jesús Jeuša Jevremov Jevremović
Jevremčević Jevrić Jevrosimov Jevrosimović Jevtanović Jevtić Jevtović Jevđenić Jevđenović Jevđević
Jezdimirović Jezdić Jezierski Jeřábek Jeřábková Jež Ježek Ježková Ježová Jha Jhaveri Jia Jiang Jibela Jibril
Jilani Jiles Jili Jillo Jimale Jimenez Jimoh Jiménez Jimínez Jin Jindra Jindrová Jirka Jirková Jirků Jiroušek
Jiroušková Jirsa Jirsová Jirák Jiráková Jiránek Jiránková Jirásek Jirásková Jiyan Jiyane Jiřík Jiříková Jobe
Jochems Jochums Jockel Jocković Jode Joe Joel Jofré Johal Johann Johannessen Johannesson Johannsen Johans
Johansen Johanson Johansson Johar John Johnová Johns Johnsen Johnson Johnsson Johnston Johnstone Jokanović
Jokela Jokin Jokinen Jokiwe Jokić Jokičić Joković Joksimović Joly Jomini Jomo Jonas Jonasson Jonata Jonatová
Jonckheere Jones Jong Jonge Jonghe Jonjić Jonker Jonkman Jonsson Jonáš Jonášová Joos Joosten Jopich Jordaan
Jordan Jordanov Jordanova Jordanović Jordanovska Jordanovski Jordá Jordán Joris Jorlink Jorquera Jorrisen
Josan Josefsson Joseph Joshi Joshua Joshuas Josifoska Josifoski Josifovska Josifovski Josipović Josić Jossa
Jost Jostiak Joubert Jourdan Jovanov Jovanova Jovanovac Jovanovic Jovanović Jovanovska Jovanovski Jovančević
Jovchevska Jovchevski Jove Jover Jovinelli Jović Jovičić Joyce Joye Jozić Juan Juarez Jucken Judd Judge Juen
Jug Jugovac Juhanson Juhart Juhkam Juhl Juhlin Juhász Jukić Jukuma Jukums Julians Julien Julius Juliá Julián
Julliard Juma Jumba Jumiège Jumiķe Jumiķis Junas Junasová Junck Juncken Juncker Junek Jung Jungbluth Jungfer
Jungton Jungwirth Junior Junitz Junk Junken Junková Juntunen Junás Junásová Junáš Junášová Juqula Jurado
Jurašić Jurašković Jurek Jureková Juretić Jurečka Jurečková Jureško Jurina Jurinová Jurić Jurišević Jurišin
Jurišić Jurjević Jurka Jurkiewicz Jurko Jurković Jurkovič Jurkovičová Jurková Jurkowski Jurlina Jurrijens
Jurukoska Jurukoski Jurukov Jurukova Juráš Jurášová Jurík Juríková Jurča Jurčina Jurčinová Jurčić Jurčo
Jurčová Jurčík Jurčíková Jussila Just Justesen Justina Juszczak Juvara Juvonen Juwita Juárez Juřica Juřicová
Juřík Juříková Ján Jáno Jánová Jánoš Jánoška Jánoško Jánošková Jánošová Jánošík Jánošíková Jánská Jánský
Jáquez Járngríms Játgeirs Játmunds Játvarðs Jáuregui Jäckel Jäger Jäggi Jähn Jäkel Jänes Jäntsch Jäntti Järv
Järve Järvelä Järvenpää Järvi Järvinen Jääskeläinen Jílek Jílková Jíra Jírová Jóakims Jóanns Jódar Jóels
Jóhannes Jóhanns Jóis Jómars Jómunds Jónars Jónas Jónatans Jónbjörns Jóndórs Jóngeirs Jónmunds Jóns Jónsteinns
Jónás Jónþórs Jósafats Jósavins Jósefs Jóseps Jósteinns Jósúas Jóvins Jóźwiak Jóźwik Jõe Jõesaar Jõgi Jöbstl
Jökulls Jönsson Jörfis Jörgens Jörgensen Jörmunds Jörris Jörunds Jörvars Jörvis Jørgensen Júlíans Júlís Júlíus
Júnís Júníus Júreks Jürgens Jürgenson Jürisson Jüttner Jēkabsone Jēkabsons Jędrzejczak Jędrzejczyk
Jędrzejewski Ka Kaamil Kaari Kaasik Kaay Kabanov Kabanova Kabeer Kaberia Kabir Kabiru Kabić Kablinović Kabui
Kaburu Kabus Kabát Kabátová Kachela Kaci Kacprzak Kaczmarczyk Kaczmarek Kaczmarski Kaczor Kaczorowski
Kaczyński Kadak Kadakia Kadar Kaddour Kaddouri Kade Kadenge Kadeřábek Kadeřábková Kadi Kadija Kadijević Kadlec
Kadlecová Kadnar Kadri Kadzo Kaesmacher Kafenda Kafendová Kafka Kafková Kafle Kageha Kagendo Kager Kagwiria
Kahindi Kahinu Kahl Kahlert Kahles Kahlina Kahlmeyer Kahr Kahveci Kahyang Kaikkonen Kaimenyi Kain Kaindl
Kaingu Kainović Kainulainen Kainz Kairu Kairys Kaiser Kaisrová Kaitović Kajganić Kajs Kajuju Kakai Kakalis
Kakar Kakkar Kaktus Kala Kalaba Kalabić Kalach Kalajanović Kalajdziska Kalajdziski Kalajdžić Kalajitović
Kalajić Kalama Kalamees Kalamiza Kalan Kalanjoš Kalashnikov Kalashnikova Kalazić Kalaš Kalašová Kalcher
Kalchevska Kalchevski Kalda Kaldis Kale Kalebs Kaleem Kaleema Kalekye Kalendić Kaleta Kalina Kalinin Kalinina
Kalinová Kalinowski Kalinski Kalis Kaliská Kaliský Kalisz Kalita Kalivoda Kalivodová Kalić Kaliňák Kaliňáková
Kaljula Kaljurand Kaljuste Kaljuvee Kalla Kallabis Kallas Kallaste Kallen Kallensee Kallert Kallio Kallis Kalm
Kalman Kalmanns Kalmans Kalmars Kalmus Kalna Kalniņa Kalniņš Kalns Kalnāja Kalnājs Kalocsay Kaloki Kalous
Kalousek Kalousková Kalousová Kalová Kaltenbrunner Kaltenböck Kaltenegger Kalume Kaluđerski Kalvaitis Kalvelis
Kalvėnas Kalyan Kaláb Kalábová Kalēja Kalējs Kamal Kamalanon Kamande Kamara Kamat Kamathi Kamau Kamber
Kamberska Kamberski Kambič Kambs Kamdar Kamel Kamene Kamenički Kamenov Kameník Kameníková Kaminski Kamiński
Kammerer Kamoliddinyev Kamoliddinyeva Kamolov Kamolova Kamp Kamper Kampf Kampschulte Kamran Kamronov Kan
Kanana Kananu Kanaria Kanda Kandecki Kandiba Kandie Kandji Kandé Kane Kanea Kanerva Kang Kang'ethe Kangas
Kangethe Kangley Kangogo Kangro Kangur Kania Kaniak Kaniaková Kaniewski Kanimal Kanini Kaniyar Kanić Kaniški
Kanižaj Kanja Kankaanpää Kannan Kano Kant Kantardziev Kantardzieva Kantola Kantor Kantorová Kanté Kanyi
Kanzaki Kapadia Kapeller Kaplan Kaplangı Kaplanová Kapoor Kapp Kappe Kappel Kappler Kaprasíus Kaproncai
Kapulica Kapur Kapusta Kapustin Kapustina Kapša Kar Kara Karaamat Karabulut Karaböcek Karadak Karadamis
Karadaş Karadeniz Karaduman Karadza Karaer Karagić Karagjozov Karagjozova Karajčić Karakašević Karam Karaman
Karamarko Karamarković Karamata Karambu Karan Karanfilovska Karanfilovski Karani Karanja Karapetrić Karas
Karasová Karatošić Karaulac Karaulić Karavidić Karać Karačić Karađorđević Karaś Karašićević Karban Karbanová
Karczewski Kardache Kardinal Kardoš Karel Karels Karem Karen Karev Kareva Karge Kargl Karhoff Karhu Karhunen
Kari Karier Karika Karikari Karimi Karims Karisa Kariuki Karjalainen Karki Karks Karl Karlak Karlberg Karles
Karlinski Karlis Karlić Karlović Karlová Karls Karlsen Karlsone Karlsons Karlsson Karlström Karlík Karlíková
Karmelić Karner Karnik Karov Karova Karovska Karovski Karpe Karpiński Karpov Karpova Karppinen Karpukh Karrass
Karrer Karro Karst Karsten Kartal Kartov Kartova Karttunen Karu Karuga Karul Karulová Karuri Karus Karuza
Karvels Karvinen Karvonen Karwitha Karwowski Karz Karásek Karásková Kas Kasak Kasal Kasalová Kasam Kasapoğlu
Kasavica Kase Kasel Kaselj Kasemaa Kasemets Kashif Kashyap Kasim Kask Kaskiv Kaspar Kaspars Kasper Kasperek
Kaspers Kasprzak Kasprzyk Kass Kassim Kassulke Kassé Kasteelen Kastelic Kasten Kastner Kastíels Kasyoka
Kaszuba Kata Katana Katardziev Katardzieva Katarinček Katarínus Kathagen Kathambi Katherine Kathrada Kathure
Katić Kato Katoi Katona Katruša Kattai Katulić Katzinski Katós Kauffmann Kaufman Kaufmann Kaul Kauliņa Kauliņš
Kaupas Kauppila Kauppinen Kaur Kausemann Kautzer Kauzlarić Kaučič Kavaklıoğlu Kavaliauskas Kavanagh Kavasch
Kavaschová Kavka Kavková Kavčič Kawa Kawecki Kawira Kawohl Kay Kaya Kayode Kaysan Kayser Kazakov Kazakova
Kazda Kazdová Kazenski Kazik Kaziková Kazlauskas Kazmarek Kazungu Kazík Kazíková Kačaniklić Kačar Kačarević
Kačavenda Kačírek Kačírková Kałuża Kaņepa Kaņeps Kaňa Kaňka Kaňková Kaňová Kašanin Kašiković Kašpar Kašparová
Kašpárek Kašpárková Kašterović Kašík Kašíková Kaźmierczak Keady Kealey Keally Kealty Kealy Keane Keaney Keany
Keapock Kearney Kearns Keary Keating Keaveney Keaveny Kebaili Kebir Kedzierski Keebler Keeffe Keegan Keehan
Keelan Keeley Keeling Keely Keenaghan Keenahan Keenan Keeney Keer Keery Keevers Kehoe Keightley Keijser
Keijzer Keil Keiner Keinänen Keitany Keith Kekić Kelder Keleka Keleković Keleman Kelemen Kelečić Kelić
Kelleher Keller Kelley Kellner Kello Kellová Kelly Kelm Kelo Kelová Keltenie Kelvey Kelvin Kemal Kemboi Kemei
Kemfelja Kemmer Kemp Kempe Kempen Kemper Kempis Kemppainen Kempter Kendall Kendi Kendra Kendrová Kenga Kenis
Kenlan Kenlon Kenna Kenneally Kennedy Kennellan Kennelly Kenny Kensy Kent Keníž Kenížová Keogan Keogh Keoghan
Keoghane Keohan Keohane Keown Kepeska Kepeski Keplinger Ker Keramichiev Keramichieva Keramitchiev
Keramitchieva Kerans Kerekes Kereković Kerger Kerin Kerins Kerkhof Kerkhofs Kerl Kerley Kerlin Kerluke Kermody
Kern Kernan Kerney Kerová Kerr Kerrigan Kerrisk Kerschbaum Kerschbaumer Kerschen Kertzmann Kerubo Kerville
Kerwick Keränen Keseroğlu Keskin Keskinen Keskitalo Kesküla Kesselring Kesselschläger Kessler Ketel Keter
Ketilbjörns Ketills Ketola Kette Kettenis Ketting Kettunen Keudel Keung Keutel Kevane Keville Kevin Kevo Key
Keya Keyes Keyser Keçeci Keïta Kešina Khaba Khabalidaka Khadka Khadzimanov Khadzimanova Khadzinikolov
Khadzinikolova Khaemba Khaldi Khaled Khalid Khalif Khalil Khalsa Khambule Khamis Khamisi Khan Khanna Khanyeza
Khanyile Khaphela Khare Kharitonov Kharitonova Khathi Khathide Khathini Khatri Khawula Khelif Khelifa Khelifi
Khelil Kheswa Khezokhulu Khisa Khitrovo Khokhlov Khokhlova Kholose Khomo Khonjwayo Khosini Khosla Khouma Khoza
Khristov Khristova Khristovska Khristovski Khuba Khubisa Khuboni Khukhuza Khulu Khuluse Khumalo Khumalu
Khumbuza Khurana Khuyameni Khuzwayo Khwane Khwela Kiama Kiarie Kibe Kibet Kibiwot Kibiwott Kiboi Kibor
Kichevska Kichevski Kick Kidd Kidney Kieber Kieffer Kiehn Kiely Kiema Kieran Kierane Kierans Kiernan Kiessling
Kiełbasa Kigen Kihara Kihas Kihn Kiik Kiil Kiilu Kiio Kiiru Kiis Kiisk Kijnder Kikas Kikkas Kilawee Kilback
Kilbane Kilbride Kilcoyne Kilday Kildea Kilduff Kilfoyle Kilgallen Kilgallon Kilhooly Kiljans Kilk Kilkenny
Killeen Killer Killilea Killooly Killoran Killoughry Kilmartin Kilmore Kilonzi Kilonzo Kilpeläinen Kilroe
Kilroy Kilíans Kim Kimachu Kimaiyo Kimani Kimanthi Kimanzi Kimaru Kimathi Kimberly Kimeli Kimemia Kimeu
Kimosop Kimotho Kimtai Kimura Kimutai Kinadeter Kinaghan Kinahan Kind Kindelan Kindl Kindle Kindlová Kinet
King King'ori Kingori Kingston Kiniry Kink Kinkela Kinlan Kinlen Kinnane Kinnear Kinnegan Kinner Kinnerk
Kinney Kinnon Kinnunen Kinny Kinoti Kinsch Kinsella Kint Kintziger Kinuthia Kinya Kinyanjui Kinyua Kinzel
Kinzy Kiogora Kioko Kipchirchir Kipchumba Kipkemboi Kipkemei Kipkemoi Kipkirui Kipkoech Kipkogei Kipkorir
Kipkosgei Kipkurui Kiplagat Kiplangat Kipleting Kiplimo Kipngeno Kipngetich Kiprono Kiprop Kiprotich Kipruto
Kipsang Kiptanui Kiptoo Kiptui Kiptum Kipyego Kipyegon Kiragu Kirby Kirch Kirchmair Kirchner Kirillov
Kirillova Kirimi Kirinčić Kirjazovska Kirjazovski Kirk Kirke Kirlin Kirpenstein Kirs Kirsch Kirschner Kirsipuu
Kirss Kirst Kirsten Kirui Kirwa Kirwan Király Kis Kisabaka Kisel Kisela Kiselev Kiseleva Kiselinov Kiselinova
Kiselová Kiseľ Kiseľa Kiseľová Kisiel Kisilu Kisman Kiss Kissane Kisseljov Kita Kitanoska Kitanoski Kitheka
Kithinji Kithome Kiti Kitić Kitonga Kitonjić Kitprapa Kitsao Kitson Kittakun Kituku Kitumaini Kitur Kitzler
Kitzmann Kiuru Kivach Kivelä Kivi Kivilo Kivimäe Kivimäki Kivinen Kiviniemi Kivistik Kivistö Kivuva Kizivat
Kićanović Kićeskulov Kićevac Kičema Kičić Kišfalubac Kiška Kjalars Kjallaks Kjamilov Kjamilova Kjarans
Kjartans Kjarvals Kjeldsen Kjellberg Kjornakov Kjornakova Kjortoshev Kjortosheva Kjurchiev Kjurchieva Kjárrs
Kjær Kjóis Klaarwater Klaas Klabuhn Kladar Kladarin Klammer Klanac Klander Klapač Klapačová Klapec Klapka
Klapko Klapková Klapp Klapper Klapáč Klapáčová Klarin Klarić Klasanović Klashorst Klasić Klasson Klauder Klaus
Klausen Klausner Klačar Klašnja Kleeberg Kleiber Kleibrink Kleijse Klein Kleinert Kleininger Kleinmann
Kleinová Kleinsteuber Kleiss Klemens Klement Klementová Klemenzs Klemenčič Klemm Klemme Klemt Klepáč Klepáčová
Klerk Klerks Kleven Kleybrink Klečina Klečka Klečková Kligl Klijn Klikovac Klima Klimczak Klimek Klimeková
Kliment Klimentová Klimeš Klimešová Klimko Klimkovič Klimkovičová Klimková Klimo Klimov Klimović Klimová
Klimáček Klimáčeková Klinac Klincov Kline Kling Klingelhöfer Klinger Klingler Klinić Klink Klišanin Kližan
Kližanová Klječanin Kljusev Kljuseva Klocker Klocko Kloiber Klokoč Klokočová Klomp Klopačka Klopačková
Kloppert Klopsch Klose Kloss Klotz Klouda Kloudová Klouček Kloučková Klug Kluge Klusener Kluwe Klængs Klíma
Klímová Kmet Kmeť Kmeťová Kmiecik Kmieć Knabe Knap Knapik Knapová Knapp Knappe Knaus Kneafsey Knecht Kneifel
Kneip Knetsch Knez Knezović Knežević Knies Knight Kniha Knihová Knippel Knobel Knoblich Knockaert Knoers
Knoetze Knoll Knorr Knorscheidt Knotek Knotková Knowles Knox Knudsen Knuf Knut Knutsen Knutsson Knyazev
Knyazeva Knörrs Knúts Ko Kobal Kobayashi Kobela Kobelt Kober Kobia Kobielsky Kobielská Kobielský Kobs Kobus
Koc Kocabıyık Kocan Kocchar Koch Kochan Kocher Kochovska Kochovski Kochová Kocian Kocianová Kocijančić Kocián
Kociánová Kocjan Kocjančič Kock Kocka Kocková Kocman Kocmanová Kocourek Kocourková Kocová Kocsis Kocur
Koczulla Kocák Kocáková Kocúr Kocúrik Kocúriková Kocúrová Koderisch Kodra Kodrič Kodzoman Koech Koehl Koehler
Koelpin Koeman Koen Koenig Koepp Koester Kof Kofferschlager Kofler Kofranek Kogan Koger Koggis Kogler Kogo
Kogut Koha Kohl Kohle Kohler Kohli Kohlmann Kohn Kohnen Kohnle Kohout Kohoutek Kohoutková Kohoutová Kohrt Kohs
Kohv Koirala Koistinen Koit Koitla Koivisto Koivula Koivunen Koj Kojčinović Kojčić Kok Koka Kokalj Kokanov
Kokanović Kokar Kokk Kokko Kokkonen Kokol Kokorić Koković Kokoškov Koks Kola Kolade Kolak Kolaković Kolar
Kolarac Kolarec Kolarević Kolarić Kolarič Kolarov Kolasa Kolařík Kolaříková Kolb Kolbeinns Kolbjörns Kolega
Kolehmainen Koleiski Kolek Kolembus Kolen Kolenc Kolesarić Kolesnik Kolesnikov Kolesnikova Kolesár Kolesárová
Kolfinns Kolgjeraj Kolgríms Kolishevska Kolishevski Kolić Kolk Kolková Koller Kollmann Kolly Kollár Kollárová
Kolm Kolman Kolmanová Kolmars Kolnik Kolniková Kolník Kolníková Kolobov Kolobova Kolokas Kolomiyets Kolompar
Kolonja Kolović Kolozov Kolozova Kols Kolskeggs Kolster Kolundžija Kolundžić Kolviðs Kolár Kolárová Koláček
Koláčková Kolář Kolářová Komad Komadinić Komadinović Komak Koman Komanov Komanović Komar Komarica Komarnički
Komaromy Komarov Komarova Komarčević Komarčić Komatina Komatinović Komatović Komazec Kombe Kombo Komen Komilov
Komilova Komissarov Komissarova Komljen Komljenović Komluški Komnenić Komnenov Komnenović Komoll Komora
Komorowski Kompaniyets Komronov Komronova Komulainen Komárek Komárková Komínek Komínková Konaté Konda Kondo
Kondov Kondova Kondovska Kondovski Kondratev Kondrateva Kondratjev Kondža Koneska Koneski Konečná Konečný Kong
Kongchayasukawut Kongsri Konieczna Konieczny Konig Koning Konings Kononets Kononov Kononova Konopelski Konopka
Konopková Konovalov Konovalova Konow Konrad Konrád Konrádová Konráðs Konsbruck Konstantinov Konstantinova
Konstantinovska Konstantinovski Konstantínus Kont Konta Konttinen Konté Konya Koníček Koníčková Konôpka
Konôpková Končar Koob Kooij Kool Koome Koomson Koort Kopa Kopal Kopalová Kopanec Kopas Kopczyński Kopecká
Kopecký Koper Kopeć Kopeček Kopečková Kopečná Kopečný Kopf Kopjar Koponen Kopová Kopp Koppa Koppel
Koppensteiner Koppová Koprivec Kopylov Kopylova Kopřiva Kopřivová Korbel Korbelová Korda Kordalov Kordalova
Kordin Kordić Kordulup Kordun Korec Korecová Koren Koret Koretska Koretskiy Korhonen Korica Korichi Korir
Korkmaz Korkutović Kormáks Kornelíus Kornilov Kornilova Kornyiychuk Korobar Korol Korolev Koroleva Koros
Korotaj Korošec Korpal Korpaš Korpela Korpi Korsman Korstman Kort Korta Kortajarena Korte Kortelainen Kortman
Korts Korubin Korutürk Korušac Korzeniowski Korčák Korčáková Korša Kos Kosalec Kosanović Kosenkow Kosgei
Koshelev Kosheleva Koshy Kosi Kosina Kosinová Kosić Kosiński Koskei Koskela Koski Koskinen Kosoko Kosonen
Kosová Kosowski Koss Kostadinov Kostadinova Kostadinović Kostanić Kostecki Kostelac Kosten Koster Kostin
Kostina Kostić Kostka Kostkaová Kostková Kostolzin Kostovska Kostovski Kostrec Kostrecová Kostrzewa Koszewski
Kosík Kosíková Kot Kota Kotaranin Kotaraš Kotarlić Kotarčević Kotas Kotasová Kotek Koteska Koteski Kotević
Kotevska Kotevski Kothari Kotian Kotianová Kotkas Kotková Kotlár Kotlárová Kotnik Kotov Kotova Kotowski Kotrba
Kotrbová Kotrljanović Kotsare Kotso Kotsyubinska Kotsyubinskiy Kotulič Kotuličová Kotzin Kouba Koubaa Koubek
Koubková Koubová Koudela Koudelka Koudelková Koudelová Kouidri Koukal Koukalová Koutná Koutný Kouřil Kouřilová
Kovacek Kovacs Koval Kovalenko Kovalev Kovaleva Kovalska Kovalski Kovalskiy Kovalčík Kovalčíková Kovanen Kovač
Kovaček Kovačević Kovačić Kovačič Kovaľ Kovaľová Kovařík Kovaříková Kovinjalo Kovinčić Kovjanić Kovljenić
Kovrlija Kovács Kováč Kováčik Kováčiková Kováčová Kovář Kovářová Kovářík Kováříková Kovčin Kowal Kowalczuk
Kowalczyk Kowalewski Kowalick Kowalik Kowalinski Kowalski Koya Koyuncu Koza Kozak Kozakiewicz Kozarac Kozarev
Kozarević Kozarski Kozel Kozey Kozieł Kozioł Kozić Kozlica Kozlina Kozlov Kozlova Kozlovački Kozlová Kozma
Kozmon Kozmonová Kozová Kozák Kozáková Kozáček Kozáčeková Kozáčik Kozáčiková Kozłowski Koç Koçoğlu Koçyiğit
Koðráns Koč Kočevar Kočiš Kočišová Kočka Kočko Kočková Kočová Kočí Kołakowski Kołodziej Kołodziejczyk
Kołodziejski Kořínek Kořínková Košanin Košarac Košević Košir Koški Košničar Košničarević Košpić Koštunica
Košutarac Košutić Košćalek Koščević Košťál Košťálová Koželj Krabbe Krack Kraft Kragl Kragulj Kraguljac
Krahovski Krainer Krainz Krainčanić Krajcar Krajcik Krajewski Krajina Krajinović Krajišnik Krajnc Krajnović
Krajíček Krajíčeková Krajíčková Krajči Krajčiová Krajčo Krajčovič Krajčovičová Krajčová Krajčí Krajčíová
Krajčír Krajčírová Krakis Krakowiak Kral Kralj Kralja Kraljević Kraljinović Kraljić Krall Kramar Kramarić
Kramberger Kramer Krammer Kramár Kramárová Krance Krancis Kranjc Kranjski Krantz Kranz Krasilnikov
Krasilnikova Krasić Krasnohorská Krasnohorský Krasnova Krastiņa Krastiņš Kratochvíl Kratochvílová Kratofil
Kratzer Krauel Kraule Kraulis Kraus Krause Kraushaar Krausová Krauspe Krauze Krawczyk Krawiec Kraxner Kreb
Krebs Krecke Kregar Kreidl Kreiger Krein Kreiner Kreissig Krejčová Krejčí Krejčík Krejčíková Krejčíř
Krejčířová Kremanac Kremenović Kremer Kremser Krenn Kresoja Kresojević Kresonja Kresse Kreusel Kreutz Kreuzer
Kreštalica Krga Krieger Kriegl Kriel Kriens Krier Krieva Krieviņa Krieviņš Krievs Krige Kriisa Krijt Krilović
Krinulović Krippner Kris Krish Krishna Krishnamurthy Krishnan Kriss Kristalls Kristbergs Kristbjörns Kristdórs
Kristens Kristensen Kristensson Kristers Kristfinns Kristgeirs Kristians Kristiansen Kristiansson Kristinns
Kristić Kristjáns Kristjóns Kristlaugs Kristleifs Kristmanns Kristmars Kristmunds Kristofers Kristoffersen
Kristoffersson Kristvalds Kristvarðs Kristvins Kristófers Kristþórs Krittayanukoon Krivaja Krivaćević Krivda
Krivec Krivokuća Krivošija Krivošić Krivčević Kričak Krička Kričković Krišan Krišanov Krišanović Krištof
Krištofová Križaj Križan Križanová Križić Krkalo Krkeljić Krkić Krkljuš Krkobabić Krle Krmelj Krnjajić
Krodinger Krogh Krohn Kroker Krol Kron Kronberga Kronberger Kronbergs Kronenberg Kronsteiner Kroon Krop
Kropilák Kropiláková Kropáček Kropáčková Kroták Krotáková Kroupa Kroupová Krpan Krpović Krsmanić Krsmanović
Krsmić Krspogačin Krstajić Krstanović Krstekanić Krsteska Krsteski Krstev Krsteva Krstevska Krstevski Krstin
Krstinić Krstivojević Krstić Krstičić Krstonić Krtskovska Krtskovski Krueger Krug Kruger Kruglov Kruk
Krukowski Krull Krummis Kruns Krupa Krupička Krupičková Krupiński Krupka Krupková Krupová Kruschinski
Kruschwitz Kruszewski Krušarovski Krušković Kružević Krvavac Krylov Krylova Krysiak Kryukov Kryukova
Krzemiński Krznarić Krzyżanowski Král Králik Králiková Králová Králík Králíková Králíček Králíčková
Krásnohorská Krásnohorský Krátká Krátký Kráľ Kráľovič Kráľovičová Kráľová Krämer Kríž Krížik Krížiková Krížová
Król Królikowski Krõlov Kröckert Kröger Kröll Krúpa Krúpová Krügel Krüger Krčelić Krčevinac Krčmar Krčmarević
Krčmář Krčmářová Krēsliņa Krēsliņš Kršanac Krūmiņa Krūmiņš Krūze Krželj Kshlerin Książek Kub Kuba Kubacki
Kubadov Kubadova Kubcová Kubec Kubecová Kubek Kubeková Kubelka Kubelková Kubena Kubera Kubeš Kubešová Kubheka
Kubiak Kubica Kubicki Kubicová Kubik Kubiček Kubičeková Kubička Kubičko Kubičková Kubiš Kubišová Kubko Kubková
Kubli Kubo Kubová Kubánek Kubánková Kubát Kubátová Kubík Kubíková Kubín Kubínová Kubíček Kubíčeková Kubíčková
Kuc Kucera Kucharczyk Kucharski Kuchař Kuchařová Kuchta Kuchtová Kuciński Kuczyński Kuday Kudeljaš Kudláček
Kudláčková Kudrjavtsev Kudrna Kudrnová Kudryashov Kudryashova Kudryavtsev Kudryavtseva Kufahl Kuffa Kuffová
Kugler Kuhar Kuhic Kuhl Kuhlee Kuhlman Kuhn Kuhnen Kuijc Kuijpers Kuilenburg Kuiper Kuipers Kuisma Kuit Kujala
Kujavec Kujawa Kujawski Kujundžić Kukkonen Kukla Kuklová Kukuljica Kukuružnjak Kukučka Kula Kulagin Kulagina
Kulakov Kulakova Kulaksızoğlu Kulas Kulchitska Kulchitskiy Kulesza Kulhavá Kulhavý Kulhánek Kulhánková Kulig
Kulik Kulikov Kulikova Kulimann Kulinich Kulishev Kulisheva Kuliński Kulkarni Kulma Kulmala Kulmane Kulmanis
Kumar Kumbernuss Kumcuoğlu Kumer Kumi Kummer Kummle Kumpulainen Kumsoontorn Kumushova Kuna Kunac Kunc Kuncová
Kunda Kunde Kundová Kundu Kundziņa Kundziņš Kunen Kunene Kuneš Kunešová Kung'u Kungu Kuningas Kunka Kunková
Kunoska Kunoski Kunovska Kunovski Kunová Kunt Kunter Kunz Kunze Kunštek Kuosmanen Kupa Kupcová Kupec Kupfer
Kuphal Kupka Kupko Kupková Kupová Kupprion Kuprion Kupsjak Kupusinac Kuraica Kurek Kurevija Kurg Kurgat Kuria
Kurian Kuridža Kurija Kurilić Kurjačić Kurjački Kurka Kurki Kurková Kurm Kurmazović Kurniawan Kurnicki Kurnoga
Kurobasa Kuronen Kurowski Kurrat Kurschilgen Kurt Kurtak Kurtanjek Kurtoić Kurtović Kurtuma Kuruc Kurucić
Kurucová Kurui Kurutluoğlu Kuruvilla Kuručev Kurvits Kurz Kurzemniece Kurzemnieks Kurzmann Kurćubić Kurčubić
Kus Kusanović Kusch Kuschewitz Kuschmann Kusen Kushevska Kushevski Kusi Kusiwaa Kuska Kuske Kusková Kusmawati
Kusová Kustermann Kusuma Kusumo Kuswandari Kuswoyo Kutch Kutlay Kutlija Kutsar Kutscherauer Kuturets Kutzner
Kuus Kuuse Kuusela Kuusik Kuusisto Kuusk Kuvalis Kuveždić Kuypers Kuzmanić Kuzmanovska Kuzmanovski Kuzmin
Kuzmina Kuzmić Kuznetsov Kuznetsova Kuzucu Kućinac Kuča Kučara Kučera Kučerová Kučić Kučová Kuś Kuša Kušan
Kušić Kuška Kušková Kušljević Kušljić Kušnír Kušnírová Kušo Kušová Kuščević Kužel Kuželj Kuželová Kužet Kvapil
Kvapilová Kvarme Kvasina Kvasnička Kvasničková Kvačanović Kvekić Kveldúlfs Kvist Kvrgić Kwaadland Kwaakye
Kwaakyewaa Kwadwo Kwamboka Kwan Kwartemaa Kwarteng Kwaśniewski Kwemoi Kweyama Kwiatkowski Kwiecień Kwieciński
Kwok Kwong Kyalo Kyei Kyeiwaa Kyerewaa Kyllönen Kyncl Kynclová Kyne Kyra Kysel Kysela Kyselová Kyseľ Kyseľa
Kyseľová Kállay Kállayová Kára Káris Kárová Kárs Kázik Káziková Káňa Káňová Käfer Kägi Kähkönen Kähler Kälin
Källström Kämäräinen Kärki Kärkkäinen Kärner Käser Käsper Käster Käther Käär Käärik Kébé Kóps Kôstka Kôstková
Kõiv Köberl Köck Köhler Köhrbrück Köhre Kölbl Köll Kölotzei König Köpernick Körmükçü Köse Köseoglu Kössler
Köster Köybaşı Köylüoğlu Kúbek Kúbeková Kúhn Kúhnert Kús Kúska Kúsková Kúsová Kúš Kúšová Kühn Kühnel Kühnemund
Kühnert Kühnke Kühnl Küng Kürsteiner Küsters Küter Kütt Küçükler Kārkliņa Kārkliņš Kędzierski Kędziora Kępa
Kılıç Kılıççı Kıraç Kısakürek Kļaviņa Kļaviņš Kłos Kłosowski Křenek Křenková Křeček Křečková Křivánek
Křivánková Kříž Křížek Křížková Křížová La Laack Laakkonen Laakso Laaksonen Laan Laane Laanemets Laar
Laarhoven Laarse Laas Labadie Labado Labalo Laban Labanac Labate Labaš Labbé Labeeb Labelle Labhra Labhradha
Labhrú Labinjan Labonté Labotić Laboy Labra Labrecque Labuda Labudová Labus Laca Lacasse Lacerda Lacey Lach
Lachance Lachapelle Lachmann Lachnáin Lachtnáin Lacina Lacinová Lack Lacka Lackner Lacko Lacková Laco Lacombe
Lacová Lacroix Lacy Lad Ladavac Ladeck Ladega Ladewig Ladhradha Ladinska Ladinski Ladner Laenen Laer Laere
Laet Laezza Lafferty Laffey Laffray Laflamme Lafleur Lafontaine Laforza Laganà Lagarde Lagat Lage Lagerweij
Laghmainn Lagler Lago Lagos Lagoyda Lagrange Laguna Lagzdiņa Lagzdiņš Lah Lahaye Lahey Lahiah Lahiffe Lahmar
Laht Lahti Lahtinen Lahy Lai Laib Laideáin Laidhe Laidhigh Laidhin Laidhléis Laighin Laighnigh Laiho Lailasari
Lailligh Lailliú Laimer Laimhbheartaigh Laine Laing Lainn Laithbheartaigh Laithimh Laithmhe Laitinen Laitkam
Laiviņa Laiviņš Lajlaj Lajčiak Lajčiaková Lajčák Lajčáková Lakatos Lakatoš Lakatošová Lakaza Lakehal Laketa
Laketić Lakhal Lakhdari Lakhman Lakhtov Lakhtova Lakin Lakinska Lakinski Lakić Lakomy Lakošeljac Laks Laksita
Laksmiwati Laktinska Laktinski Lal Lala Laletin Laliberté Lalić Lall Lalla Lallaidh Lallaigh Lallemand Lally
Lalonde Lalor Laloux Lam Lama Lamacchia Lamas Lamač Lamačová Lamb Lambe Lambelet Lambers Lambert Lamberti
Lamberts Lambić Lamborghini Lambot Lambotte Lambrecht Lambrechts Lambregt Lamesch Lamhna Lammas Lammens Lammer
Lammert Lammi Lamont Lamontagne Lamore Lamos Lamotte Lamoureux Lampert Lampinen Lampl Lamprecht Lamri Lamula
Lamy Lana Lanagáin Lancaster Lancisi Landa Lande Landeghem Landen Landers Landi Landin Landl Landmane
Landmanis Landmann Landon Landová Landry Landström Landy Lane Lanfranchi Lang Langa Langan Langat Lange
Langeni Langer Langern Langeveldt Langevoort Langfeld Langhirt Langlois Langosh Langová Langr Langrová
Langworth Lanig Lanigan Lanka Lankinen Lankle Lanners Lanova Lanoviy Lansink Lanteri Lantz Lanz Lanza Laochdha
Laodhóg Laoghaire Laoghóg Laoi Laoidh Laoidhe Laoidhigh Laoingsigh Laoithe Laon Laouar Lape Lapenna Lapierre
Lapin Lapina Lapiņa Lapiņš Laplante Lapointe Laporte Lappalainen Lappin Lapsa Lapsiņa Lapsiņš Lapáin Lapčević
Lara Larbi Larcher Larcáin Lardinois Lardner Largan Largey Lari Laribi Larionov Larionova Larivière Larkin
Laroche Larocque Larose Larouche Larrañaga Larrea Lars Larsen Larson Larsson Lasa Lascio Lasić Laskowski
Lasmane Lasmanis Lasota Lass Lassen Lassila Lassnig Lastra Lata Latan Lataniy Latanska Latanskiy Lathaigh
Lathrope Latier Latif Latifat Latini Latkovska Latkovskis Latorre Latour Latreche Lattanzi Lattuada Latupono
Latvala Lau Lauberga Laubergs Laubscher Lauckner Laufars Laugis Lauinger Laukkanen Launay Laur Laureano
Laurenson Laurent Laureys Lauri Lauridsen Laurila Lauritsen Lauritzs Laursen Laurén Lausecker Lauwers Laux
Lauzon Lavallée Lavan Lavecchia Lavell Lavelle Laverty Lavery Lavigne Lavin Lavička Lavičková Lavoie Lavrentev
Lavrenteva Lavrič Law Lawal Lawless Lawlor Lawrence Laws Lawson Lax Laylova Layth Lazanski Lazar Lazarac
Lazarev Lazareva Lazarević Lazarevska Lazarevski Lazari Lazarov Lazarova Lazcano Lazendić Lazeska Lazeski
Lazetić Lazin Lazinica Lazirko Lazizov Lazizova Lazić Lazo Lazovska Lazovski Lazuardi Lazzari Lazzarini
Lazzaro Laćman Lačanin Lačnjevac Lađevac Lađević Lađinović Lažetić Le Leach Leacy Leagha Leahu Leahy Leal
Leale Leallaigh Leamhna Leannon Leannáin Learmonth Leary Leathaigh Leathlobhair Leavey Leban Lebar Lebeau
Lebeda Lebedev Lebedeva Lebedová Lebel Leber Leberer Leblanc Lebon Lebreton Lebrun Lebrón Lebsack Lecca Lecce
Lech Lechevska Lechevski Lechner Leclerc Leclercq Lecocq Lecomte Leconte Lecoq Ledda Leddin Leddon Leddy Lede
Ledent Lederer Ledesma Ledner Ledoux Leduc Ledwich Ledwith Lee Leeb Leech Leek Leemans Leemput Leen Leene
Leeney Lees Leeuw Leeuwen Lefebvre Lefevre Leffler Lefort Lefèbvre Lefèvre Legault Legendre Leggio Legnante
Legović Legrain Legrand Legros Leguit Legzdiņa Legzdiņš Lehane Lehikoinen Lehiste Lehmann Lehner Leht
Lehtimäki Lehtinen Lehtla Lehtmets Lehto Lehtola Lehtonen Lei Leibetseder Leibold Leide Leidhin Leidhinn Leifs
Leighin Leighinn Leiknirs Leilani Leimbach Leino Leinonen Leipold Leis Leist Leite Leiter Leiteritz Leitgeb
Leitheim Leithner Leitner Leiva Leiwesmeier Leiðólfs Lejeune Lejiņa Lejiņš Lejniece Lejnieks Lekovska Lekovski
Leland Lelas Lelei Leleu Leleux Lelijveld Lelièvre Lelli Leloup Lelović Lemaire Lemaić Lemajić Lemay Lemayian
Lemaître Lembede Lember Lemieux Lemire Lemić Lemke Lemmens Lemmer Lemoine Lemonnier Lempereur Lemus Lenaerts
Lenaghan Lenart Leneghan Lenehan Lenfers Lengauer Lengyel Lenhard Lenihan Lenić Lenk Lennane Lennartsson
Lennon Lenoir Lensen Lentini Lentz Lenz Lenzen Lenzi Leo Leon Leonard Leonardi Leonards Leoncavallo Leoncini
Leone Leonetti Leonhards Leonhartsberger Leoni Leons Leontijević Leopardi Leopold Leos Leov Leova Lepage Lepik
Lepistö Lepore Leposavić Lepović Lepp Leppik Leppänen Lepthin Lepšanović Lepšík Lepšíková Lercari Lerch
Lercher Lerma Lerner Lero Leroux Leroy Lertsattayanusak Leruth Lesage Lesch Leschnik Lesendrić Lesiak Lesjak
Leskinen Leskovar Leslie Lesmana Lesná Lesný Lessard Lestari Lester Leszczyński Letelier Letellier Lether Leto
Letová Letsoalo Letta Lettiere Lettner Letzelter Leu Leuba Leuenberger Leunberger Leung Leuschke Leutarević
Leutenegger Leutgeb Leuven Levadovska Levadovskiy Levajac Levan Levanić Levenska Levenski Levesque Levin
Levine Levy Levá Levís Levý Lewa Lewandowski Lewicki Lewin Lewis Lewke Ley Leyckes Leyden Leydon Leye Leys
Leysen Leyton Leyva Lezzi Leágha Leão Leóid León Leópolds Leós Lečić Leśniak Leśniewski Lešević Lešina Lešić
Lešković Lešnik Leščić Lg Lheureux Lhoir Li Liadhain Liagha Liaghain Liain Liam Liang Liao Liathaigh Liatháin
Liber Liberati Libert Liberto Liblik Librizzi Licata Liccardo Licciardello Lichenoska Lichenoski Lichtenegger
Lichtenfeld Lichtenhagen Lichtl Licitra Licul Liddane Liddy Lideadha Lidström Lidén Lie Liebach Liebe Liebelt
Liebich Liebold Lieder Liekens Lielmane Lielmanis Lien Liendert Lienshöft Liepa Liepiņa Liepiņš Lier Lierde
Lieshout Lievens Lighe Ligorio Ligtvoet Liguori Liimatainen Liiv Liiva Liivak Liivamägi Lijn Likar Likhachev
Likhacheva Likhno Likovich Lilić Lilja Liljars Liljegren Lill Lillemets Lillis Lillo Lima Limazah Limbourg
Limbu Limburg Limo Limoncuoğlu Limón Lin Linares Lincoln Lind Lindahl Lindars Lindau Lindberg Lindbergs
Lindblad Lindblom Linde Lindell Linden Lindenberg Lindenmayer Linder Lindfors Lindgren Lindh Lindholm Lindik
Lindinger Lindkvist Lindmark Lindner Lindorfer Lindquist Lindqvist Lindroos Lindsay Lindsey Lindskog Lindström
Lindvall Lindén Linehan Ling Linhart Linhartová Liniger Link Linke Linna Linnane Linnenbaum Linny Linschoten
Linsey Linskey Linster Lintner Linton Liodáin Lionacháin Lionnáin Liostún Liotta Liović Lipa Lipan Lipar
Lipari Lipiński Lipka Lipko Lipková Lipov Lipova Lipová Lipp Lippe Lippens Lippi Lippmann Lippolis Lippomano
Lipponen Lips Lipske Lipski Lipták Liptáková Lipus Lira Lis Lischka Lisi Lisica Lisická Lisický Lisiecki
Lisnic Lisowski List Liston Littel Litterio Littizzetto Little Litva Litvová Liu Liukkonen Liuzzi Livaja
Livazović Liverani Liverotti Livingston Liyaaqat Liyaqat Lizama Lizana Liégeois Liénard Liška Lišková Ljevnaić
Ljiljan Ljubetić Ljubić Ljubičić Ljubojević Ljubomirović Ljubotina Ljubović Ljung Ljungberg Ljunggren
Ljungqvist Ljutkov Ljutkova Ljósálfs Ljóts Ljúfs Llabrés Lladó Llamas Llano Llanos Lledó Llobet Llopis Llorens
Llorente Lloret Lloyd Lluch Lo Loaiza Lobachevska Lobachevskiy Lobanov Lobanova Lobato Lobinger Lobo Loboda
Lobos Locatelli Locci Lochlainn Lochlann Lochner Lochnáin Lochráin Lochtnáin Lockman Loddo Lodi Lodiņa Lodiņš
Loep Loera Loffredo Lofts Loftus Logan Logar Loghan Logina Loginov Loginova Logins Logis Logožar Logsch Logue
Lohmann Lohre Lohse Loi Loiacono Loibhéad Loibl Loideáin Loididh Loidl Loineacháin Loingscigh Loingse
Loingseacháin Loingsigh Loinn Loinne Loinnigh Loinnsge Loinnsgigh Loirgneáin Loiseau Loj Loja Lojek Lojeková
Lojen Lojka Lojko Lojková Lojová Lokar Loke Lokis Lokk Lolli Lollobrigida Lombard Lombardi Lombardini Lombardo
Lombroso Lomeli Lomgaigh Lomić Lommert Lomova Lomoviy Lomović Lomp Lonagáin Lonardi Lonargáin London Londoño
Londra Londáin Lonen Lonergan Long Longaigh Longan Longhena Longhi Longo Longobardi Longode Longoria Longáin
Lonndra Lonndraigh Lonndún Lonnradh Lonnáin Lonáin Lončar Loo Loock Loogen Loon Looney Loorits Loos Looveren
Looy Lopes Lopez Lopresti Lorang Lorca Lorch Lorcáin Lord Lordan Loreal Loredan Lorenc Lorencin Lorencová
Lorent Lorentzen Lorenz Lorenzini Lorenzo Loreti Loreto Lori Lorreijn Lorusso Losa Losada Losatapornpipit
Losch Losekann Loska Lotharingen Lotito Lott Lotter Lotti Loubser Loucif Louda Loudová Loughlin Loughnane
Loughran Loughrey Loughry Louis Loum Lounis Loup Loureiro Lourenço Lourinho Louw Louws Lovato Love Lovett
Lovrić Low Lowe Lowery Lowney Lowry Loy Loya Loyal Loyola Lozada Lozano Lozanovska Lozanovski Loðmunds Loča
Ločs Lu Luachra Luag Luain Luaire Luaithrinn Luanaigh Luasa Luasaigh Luay Lubbers Lubelo Lubhaing Lubina
Lubinová Luboch Lubowitz Luc Luca Lucarelli Lucarini Lucas Lucchese Lucchesi Lucciano Lucel Lucena Lucero
Lucey Luchenko Luchetti Luchian Luchini Luchko Lucia Luciani Luciano Lucid Lucidi Lucio Lucitt Lucić Luconi
Ludban Luddy Ludhóg Ludolf Ludonga Ludovisi Ludvigs Ludvík Ludvíková Ludwig Lueilwitz Luengo Luettgen Luevano
Lufft Luger Lughadha Lughbhadha Lugli Lugo Lugova Lugoviy Luht Lui Luibhéad Luik Luin Luineacháin Luinenburg
Luinigh Luise Luitgardis Luján Luk Lukač Lukačević Lukačin Lukenda Lukendić Lukeš Lukešová Lukhele Lukin
Lukina Lukinić Lukić Lukk Lukoschek Lukstiņa Lukstiņš Lukács Lukáč Lukáčová Lukáš Lukášek Lukášková Lukášová
Lukša Lukšić Lukšová Lulovska Lulovski Lumbasi Lumbreras Lumi Lumiste Lumumba Luna Lunaigh Lund Lundberg
Lundblad Lunde Lundell Lundgren Lundh Lundholm Lundin Lundis Lundkvist Lundmark Lundon Lundquist Lundqvist
Lundström Lung Lungu Lunham Lunney Lunny Luo Luoma Luongo Lupasco Lupascu Lupi Lupica Lupo Luppi Luppino
Lupták Luptáková Lupu Lupáin Luqe Luqmaan Luqman Luque Lurgáin Luria Lussier Lussu Lustenberger Luster Lut
Lutf Lutfiyev Lutfiyeva Lutfullohov Lutfullohova Lutgen Lutholoni Luthra Luthuli Lutje Luts Lutska Lutskiv
Lutskiy Luttenberger Lutterveld Lutz Luukkonen Luvuno Lux Luxardo Luxemburg Luyckx Luyken Luyssel Luyt Luyten
Luz Luzi Luzzi Luís Lučanović Lučar Lučić Lužaić Lužar Lwandle Ly Lyashchuk Lyden Lydon Lynch Lynchechaun
Lynchehaun Lyne Lyng Lyngars Lynn Lynskey Lyon Lyons Lysaght Lytkin Lytkina Lyuta Lyutiy Láimhín Lámháin
Lárents Lárentíus Lárs Lárus Lás Lása Lásaidhe László Látal Látalová Lâm Lähteenmäki Lätt Lääne Lääts Léadús
Léanacháin Léger Léineacháin Léis Léith Léonard Lérs Létourneau Lévesque Lévy Lévêque Lê Líbal Líbalová
Línbergs Línis Líonacháin Líthe Líška Líšková Lócháin Lógáin Lóndra Lónáin López Lórdáin Lórens Lórenzs Lõhmus
Löchel Löf Löffler Löfgren Lönn Löser Lövgren Löwa Löwer Løken Lúbhaing Lúbhóg Lúing Lúiséad Lúkas Lúnam
Lúndra Lúters Lúthers Lúðvígs Lúðvíks Lúóg Lübke Lübs Lüscher Lüthi Lý Lýtings Lýðs Lāce Lācis Līce Līcis
Līdaka Līdaks Lūse Lūsis Ma Maak Maalik Maalim Maaren Maas Maasgouw Maasik Maaswinkel Maath Maawiya Mabanga
Mabaso Mabhena Mabhida Mabhodla Mabhoko Mabika Mabizela Mabrukov Mabrukova Mabunda Mabuya Mabuyakhulu Mabuza
Mac MacAdoo MacAleavy MacAllen MacAloon MacAnally MacArt MacArthur MacBreen MacBride MacCaffrey MacCann
MacCartan MacCarthy MacCarville MacClenaghan MacCole MacComisky MacConachy MacConnaghy MacCool MacCormack
MacCrohan MacCurtin MacDermott MacDevitt MacDonagh MacDonald MacDonnell MacDougall MacDowell MacDwyer MacDyer
MacEgan MacElgunn MacEver MacEvoy MacFadden MacFall MacFaull MacGee MacGeehan MacGill MacGilligan MacGing
MacGinley MacGinnitty MacGinnity MacGinty MacGloin MacGlynn MacGovern MacGreal MacGroarty MacGuinness MacGurk
MacHale MacHenry MacHugh MacInerney MacInnes MacKay MacKenna MacKenzie MacKeown MacKevitt MacLysaght MacMahon
MacMonagle MacMorrow MacMullan MacMullen MacNabb MacNaboe MacNaboola MacNally MacNamara MacNamee MacNeela
MacNeill MacNelis MacNulty MacPherson MacPhilbin MacShea MacSweeney MacTiernan MacVeagh MacVeigh MacWilliams
Maca Macaluso Macan Macanić Macari Macasa Macauley Maccanelli Macchi Macchia Macdonald Mace Macedo Macejkovic
Macek Maceková Macele Mach Machado Machala Machalová Macharia Machata Machatová Machač Machačová Macher
Machnáč Machnáčová Macho Machová Machuca Macháin Machálek Machálková Macháč Macháček Macháčeková Macháčková
Macháčová Macias Maciejewski Macingwane Maciąg Mack Macka Macken Mackesey Mackey Mackiewicz Mackle Macko
Mackovič Mackovičová Macková Maclean Macmillan Macnamee Maco Macovei Macová Macrea Macrì Macura Macurová
Maczey Macák Macáková Macías Mad Madadháin Madagáin Madaidh Madaidhe Madaidhin Madan Madani Madaoin Madar
Madara Madariaga Madarová Madden Maddock Maddox Maddy Made Madej Madejová Madela Mader Madera Maderna Maderno
Madetzky Madhubuti Madi Madiba Madide Madidov Madidova Madigan Madinaeva Madinane Madisson Madiyan Madić
Madlala Madlanduna Madlula Madondo Madonna Madonsela Madrid Madrigal Madsen Madu Madubuko Maduma Maduna
Madunić Madziba Madzirov Madzirova Madáin Madžić Maeda Maertens Maes Maestas Maestre Maeyer Maffei Mafobo
Maftei Maftunova Mafuleka Mafulela Magagula Magalhães Magan Magann Magar Magauran Magaña Magdalenić Magdić
Mageba Magee Mageean Magennis Magennity Magera Mageto Maggi Maggiani Maggio Maggioli Maggiore Maggis Maghanga
Magi Magill Maginn Magić Maglajić Maglio Magliocco Magnani Magngeirs Magnis Magno Magnussen Magnusson Magnús
Magnþórs Magolwana Magombo Magononde Magoza Magrassi Magrath Magubane Maguidhir Maguire Magujwa Magutshwa
Magwaza Magyar Magáin Magál Magálová Mahabeer Mahajan Mahal Mahamba Mahamed Mahamud Mahanov Mahanova Maharaj
Maharani Mahardika Maharjan Mahat Mahaye Mahbeer Mahbub Mahdiev Mahe Mahedy Maheen Mahendra Maher Mahestri
Maheswara Maheswari Mahfuj Mahfuz Mahi Mahieu Mahlaba Mahlalela Mahlangu Mahlase Mahlinza Mahlobo Mahmood
Mahmoud Mahmoudi Mahmudi Mahmudov Mahmudova Mahnet Mahon Mahoney Mahony Mahrusov Mahrusova Mahulube Mahy Mai
Maia Maicín Maidana Maidla Maidín Maiello Maier Maierhofer Maillard Maille Maillet Maillot Maina Mainardi
Mainchín Maine Maingi Maingín Mainichín Mainnín Mainín Maio Maione Mair Maire Mairhofer Maisch Maitha Maithnín
Maithya Maitiú Maiyo Maj Majača Majcan Majcen Majcher Majchrzak Majd Majdan Majdanová Majdenić Majdán
Majdánová Majeed Majer Majerová Majerus Majeská Majeský Majewski Majka Majkić Majnik Majoka Majola Major
Majorana Majović Majozi Majstorov Majstorova Majstorović Majstrenko Majumdar Mak Makans Makarov Makarova Makau
Makedonska Makedonski Makena Makhanya Makhathini Makhaye Makhaza Makhedama Makhlouf Makhloufi Makhno Makhoba
Makhubo Makhulukhulu Makhunga Makinde Makinwa Makkink Makkonen Mako Makokha Makori Makovac Makovec Makovecová
Makovetska Makovetskiy Makovica Makovická Makovický Maková Makový Makowski Maksimov Maksimova Maksimović
Makuachukwu Makulu Makungu Malacarne Malachovská Malachovský Malagoli Malai Malakova Malambule Malan Malaparte
Malaspina Malatesta Malavasi Malave Malbašik Maldonado Malec Malek Malembe Malenchini Malenica Malerba Maleska
Maleski Maletić Malevska Malevski Malevu Maleček Malečić Malečková Malešević Malfa Malfait Malherbe Malhotra
Malicki Malik Malikova Malina Malinen Malinga Malinić Malinová Malinowski Malipiero Maliszewski Malivuk
Malizia Malićanin Malki Malkovich Malkus Mall Mallet Malley Mallick Mallien Mallmann Mallon Malm Malmberg
Malmgren Malmqvist Malmström Malnar Malo Maloba Malobabić Malojčić Malone Maloney Malovska Malovski Malowney
Maloča Malpighi Malsen Maltais Maltašić Maltese Malucha Maluki Maluleka Maluleke Malvić Malá Malík Malíková
Malíšek Malíšeková Malóid Malõšev Malý Mamaliga Mamani Mamba Mambo Mamiy Mamić Mammen Mamo Mamojka Mamojková
Mamontov Mamontova Mamula Man Manacháin Manacorda Manahan Manakovska Manakovski Manana Manastirlić Manca
Mancebo Manchev Mancheva Manchevska Manchevski Mancilla Mancinelli Mancini Mancino Mancuso Mand Manda Mandal
Mandala Mandarić Mandasari Mandel Mander Manderscheid Mandić Mandl Mandoković Mandrapa Mane Manea Manetti
Manev Maneva Manevska Manevski Manfred Manfredi Manfreds Manfreðs Manga Mangal Mangale Mangan Mangane Mangano
Mangat Mangcamane Mangede Mangel Mangen Mangena Mangethe Mangione Mangold Mangov Mangova Mangovska Mangovski
Mangunsong Mani Manica Manicone Maniscalco Manivilov Manivilova Manjak Manjenčić Manjón Manley Mann Manna
Mannan Manne Manninen Manning Mannino Mannion Mannix Manno Mannoia Manns Manntáin Manolache Manole Manolesso
Manqele Manrique Manríquez Mans Mansa Mansell Mansfield Mansilla Manso Manson Mansour Mansouri Mansur Mansurov
Mansurova Mansveld Mansvelt Mansız Mante Mantegazza Mantegna Manti Mantilla Mantovani Mantshinga Mantáin
Manuel Manullang Manunta Manyoni Manz Manzanares Manzano Manzella Manzezulu Manzi Manzini Manzo Manzoni Manço
Mané Manúels Mao Maoil Maoilchiaráin Maoilchéir Maoilchéire Maoilcéir Maoildhia Maoileacháin Maoileagáin
Maoileala Maoileanaigh Maoilearca Maoileoghain Maoileoin Maoileáin Maoilfheabhail Maoilia Maoiliadh
Maoiligeáin Maoilmhiadhaigh Maoilmhichíl Maoilmhín Maoilriain Maoilshearcaigh Maoiléadaigh Maoiléide Maoilín
Maoineacháin Maoinigh Maoir Maol Maolagáin Maolalaidh Maolalaigh Maolalla Maolallaidh Maolallaigh Maolchaoine
Maolchatha Maolchathaigh Maolchraoibhe Maoldhomhnaigh Maoldomhnaigh Maoldúin Maolfhabhail Maolfhachtna
Maolfhábhail Maolfhábhaill Maolghuala Maolmhochóirghe Maolmhuaidh Maolmhudhóg Maolmhuire Maolmuaidh
Maolriagháin Maolriain Maolruaidh Maolruaidhe Maolruana Maolruanaigh Maolruanaí Maoltuile Maoláin Maonagail
Maonaigh Maongail Maonghaile Maothagáin Maouche Maphalala Maphanga Maphindela Maphisa Mapholoba Maphumulo
Maqsudov Maqsudova Maquet Mar Mara Maragno Marahrens Marais Marak Maraković Marambio Maran Maranga Marangi
Marangon Marangoni Marani Marano Maranáin Marar Maras Marasović Marazzi Maračić Maraš Marbjörns Marbun
Marcacci Marcacháin Marcaigh Marcelli Marcello Marceron Marcet Marchal Marchand Marchant Marchesan Marchese
Marchesi Marchesini Marchetti Marchetto Marchewka Marchewski Marchi Marchini Marciano Marcianò Marcin Marcinek
Marcineková Marciniak Marcinko Marcinková Marcinkowski Marcinová Marco Marcon Marconi Marcos Marcotte Marcoux
Marcovecchio Marcu Marcucci Marcussen Marczak Mardari Mardešić Mardhiyah Mardones Mardonov Mardonova Marduras
Mare Marec Marechal Marega Marek Mareková Marelli Marels Marenzio Mares Maresca Maretić Mareček Marečeková
Marečková Mareš Marešová Marfell Margeirs Marginean Margiotta Margis Margita Margitová Margić Margraf
Margreiter Margríms Mari Maria Marian Mariani Mariano Marie Marien Marijanović Marijóns Marin Marinelli
Marinescu Marinetti Maringer Marini Marinich Marinković Marino Marinov Marinova Marinović Marinucci Marinós
Marinčić Marion Mariotti Maripuu Maris Marisavljević Mariscal Maritim Mariucci Mariyevska Mariyevskiy Mariz
Marián Mariánová Mariën Mariño Marić Maričević Marjanov Marjanović Marjonova Marjóns Mark Markanjević Markelj
Markey Markham Markiewicz Markiv Markkanen Markl Marklund Marko Markotić Markov Markova Markovac Marković
Markovič Markovičová Markovska Markovski Marková Markowski Markoš Markošová Marks Markus Markuš Markušová
Markós Markús Markþórs Marl Marley Marlier Marmeggi Marnach Marnan Marner Marnáin Maro Maroa Maroević Marolt
Marone Marongiu Marons Maroof Marotta Marović Maroš Marošićević Marošová Marpaung Marquardt Marquart Marques
Marquet Marquez Marqués Marra Marras Marrazzo Marren Marrero Marrinan Marris Marron Marrone Marroquín Marry
Mars Marschek Marsden Marsella Marsellíus Marsenić Marsh Marshall Marsili Marszałek Mart Marta Martain Martać
Marte Marteinns Martel Martelli Martellucci Marten Martens Marthens Marti Martikainen Martin Martina Martinac
Martincová Martineau Martinec Martinecová Martinek Martineková Martinelli Martines Martinez Martini Martinić
Martinka Martinko Martinkovič Martinkovičová Martinková Martino Martinoska Martinoski Martinov Martinović
Martinovič Martinovičová Martinovska Martinovski Martinová Martins Martinsen Martinson Martinsson Martinák
Martináková Martinček Martinčeková Martinčević Martić Martorana Martorell Martová Marttila Marttinen Martucci
Marty Martyn Martynov Martynova Martáň Martáňová Martí Martín Martínek Martínez Martínková Marunica Marušić
Marvin Marvins Marwa Marx Marxen Marxer Mary Maryadi Maryam Maryamova Maryati Maryjane Marzano Marzec Marzi
Marziali Marzio Marzocchi Marzorati Maréchal Marí Marías Marín Marínós Marís Maríus Marčec Marčik Marčinković
Maršić Maršálek Maršálková Maršík Maršíková Marťan Marťanová Maržić Mas Masai Masala Masango Masarik
Masariková Masaryk Masaryková Masarík Masaríková Mascagni Mascareñas Mascaró Mascheroni Mascia Masciandaro
Mascolo Maseko Masese Masha Mashaba Mashasha Mashimane Mashinini Mashiya Masi Masia Masibekela Masiero Masika
Masikane Masila Masilela Masin Masina Masinde Masinga Maslać Maslo Maslov Maslova Maslová Masná Masný Mason
Masondo Masopust Masopustová Maspero Massa Massari Massaro Massart Masse Masseron Masset Massey Massimi Massin
Masson Massé Mast Mastandrea Master Masterson Mastrogiacomo Mastroianni Mastronardi Mastropietro Masucci
Masuku Masár Masárik Masáriková Masárová Masłowski Mata Matagne Matahlija Matamala Matana Matanić Matano
Matara Matarazzo Matas Mataz Mate Mateescu Matei Matelot Mateo Mateos Mater Matera Materne Mateu Matevska
Matevski Mateša Mathaba Mathebela Mathebula Matheka Mathenge Mathenjwa Mathes Matheson Mathetha Mathews
Mathghamhna Mathias Mathiasen Mathibela Mathies Mathiesen Mathieu Mathis Mathisen Mathiszik Mathol Mathonsi
Mathot Mathula Mathunjwa Mathurin Mathwasa Mathy Mathías Mathúna Mati Matias Matiaško Matiašková Matijanić
Matijaš Matijašević Matijević Matikainen Matilainen Matile Matinawin Matisone Matisons Matić Matko Matković
Matkovska Matkovski Matokanović Maton Matorić Matos Matouš Matoušek Matoušková Matoušová Matovina Matovska
Matovski Matoš Matošević Matranga Matschke Matsuda Matsumoto Matt Matta Mattarella Mattei Matteo Matteotti
Mattern Matteucci Matthes Matthews Matthey Matthijs Matthys Matthäi Matthías Mattia Mattila Mattioli Mattis
Matton Mattsson Mattías Matula Matulin Matulić Matulová Maturana Matus Matusiak Matusina Matuszak Matuszewski
Matuška Matušková Matveev Matveeva Matvejev Matys Matysiak Matysová Matyáš Matyášová Matías Matějka Matějková
Matějíček Matějíčková Mau Maugeri Maughan Maulana Maundu Maureira Maurer Mauri Maurice Maurizi Mauro Mauroff
Maury Mauréry Mauréryová Mauti Mautner Mautone Mauzer Mavdudyev Mavdudyeva Mavela Mavlonov Mavlonova Mavra
Mavrič Mavundla Mavuso Mawanda Maweu Mawewe Mawia Mawira Maxa Maxim Maximus Maxová Maxs Maxwell May Maya
Mayaka Mayasari Maybach Mayboroda Maye Mayer Mayerhofer Mayerová Mayert Mayeza Mayhoş Mayise Mayisela Maynard
Mayo Mayol Mayor Mayoral Mayorga Mayowa Mayr Mayrhofer Mays Maystrenko Maza Mazalankosi Mazaylo Mazev Mazeva
Mazibuko Mazilescu Mazilo Mazilu Maziya Mazjāne Mazjānis Mazouz Mazouzi Mazun Mazur Mazurek Mazurkiewicz Mazwi
Mazza Mazzacurati Mazzanti Mazzarella Mazzaro Mazzei Mazzeo Mazzi Mazzini Mazzocchi Mazzola Mazzoleno Mazzone
Mazzoni Mazzotta Mazzotti Mazánek Mazánková Maćešić Maćkowiak Maček Mačeková Mačko Mačkovič Mačkovičová
Mačková Mačo Maďar Maďara Maďarič Maďaričová Maďarová Maďár Maďárová Małecki Małek Maňák Maňáková Mařík
Maříková Maślanka Mašala Mašek Mašková Mašojević Mbaabu Mbacké Mbae Mbaka Mballo Mbamali Mbanjwa Mbatha
Mbatshazwa Mbaye Mbeje Mbekwa Mbembe Mbende Mbhele Mbhense Mbhobho Mbhodwe Mbhulangwe Mbili Mbithe Mbithi
Mbiti Mbodj Mbogo Mbokazi Mboko Mbonambi Mbonane Mbongwa Mbongwe Mbotho Mboup Mbow Mboya Mboyisa Mbugua Mbui
Mbula Mbulaze Mbulazi Mbuli Mbungela Mbunjwa Mburu Mbuso Mbuthia Mbutho Mbuvi Mbuyazi Mbuyisa Mbuyise Mbèngue
McAdams McAleavy McAleenan McAleer McAlinney McAlister McAloon McAlunny McAnally McAndrew McAnulty McArdle
McAreavey McAtee McAteer McAuley McAuliffe McAveigh McBreen McBride McBrien McCabe McCadam McCadden McCafferky
McCafferty McCaffrey McCaffry McCahill McCall McCallion McCallum McCann McCardle McCarney McCarra McCarron
McCartan McCarte McCarthy McCarville McCaughan McCaughey McCaul McCauley McCausland McCay McClean McClelland
McCloskey McClure McCluskey McColgan McColl McCollam McComiskey McConaghey McConaghy McConnell McConnon
McCooey McCool McCorkill McCorley McCormick McCorry McCourt McCoy McCracken McCrann McCrea McCready McCreanor
McCrory McCrossan McCrudden McCullagh McCullough McCumiskey McCumisky McCurdy McCurley McCurtin McCusker
McDade McDaeid McDaid McDermod McDermott McDevitt McDonagh McDonald McDougald McDowall McDowell McDunphy
McDwyer McDyer McElduff McElgunn McElhattin McEllistrim McElnay McElnea McElroe McElroy McElwaine McElwee
McEnaney McEneaney McEnry McEntaggart McEntee McEvaddy McEvilly McEvoy McEwen McFadden McFall McFarland
McFarlane McFaull McGahey McGalligly McGann McGarraghy McGarrigle McGarry McGarvey McGauran McGaw McGeady
McGee McGeehan McGeoghegan McGeown McGerr McGettigan McGettrick McGill McGillicuddy McGilligan McGilly
McGilroy McGinley McGinnitty McGinty McGirl McGirr McGivern McGlinchey McGlinchy McGloin McGlynn McGoff
McGoldrick McGonagle McGough McGourty McGovern McGowan McGowern McGrane McGrath McGreal McGregor McGrenehan
McGroarty McGrory McGruddie McGruddy McGuigan McGuill McGuinn McGuinness McGuire McGuirk McGuirl McGurk McHale
McHarry McHenry McHugh McIldownie McIlroe McIlroy McIlwee McIneely McInerney McInnes McIntosh McIntyre McIsaac
McIvor McKaigue McKay McKee McKeegan McKeever McKelvey McKendry McKeniry McKenna McKenny McKenzie McKeogh
McKeon McKeown McKernon McKevitt McKie McKiernan McKillop McKing McKinley McKinney McKinnon McKnight McLachlan
McLaughlin McLaverty McLean McLeer McLeese McLeigh McLeod McLoon McLoone McLoughlin McMacken McMahon McManaway
McManus McMaster McMenamin McMillan McMonagle McMorrow McMullen McMurray McMurrough McNabb McNaboe McNally
McNamara McNamee McNaughton McNea McNealy McNee McNeely McNeill McNelis McNevin McNicholas McNicholl McNill
McNulty McPartland McPartlin McPartlon McPherson McPhilbin McPhillips McPolin McQuade McQuaid McQueen
McQuilkan McQuillan McQuillen McQuin McQuinn McRann McReady McRoarty McRory McShane McSharry McSheehy McTeague
McTernan McTiernan McTigue McVeagh McVeigh McVicker McVitty McWalter Mcambe Mcambi Mcanco Mcanyana Mcbride
Mccall Mccann Mccarthy Mccarty Mcclain Mcclure Mcconnell Mccormick Mccoy Mccullough Mcdaniel Mcdermott
Mcdonald Mcdowell Mcfarland Mcgee Mcgrath Mcguire Mchunu Mcintosh Mcintyre Mckay Mckee Mckenzie Mckinney
Mcknight Mclaughlin Mclean Mcmahon Mcmillan Mcneil Mcoyi Mcpherson Mcusi Mcwaye Mdaka Mdakane Mdladla Mdlalose
Mdlanyoka Mdlenevu Mdletshe Mdluli Mdlumbi Mdonswa Mdotshana Mdunge Meachair Meadhra Meadhraí Meadows Meads
Meadóg Meaghan Meagher Mealláin Meaney Meanman Meany Meara Meardha Mearlaigh Mears Mearáin Mebarki Mebold
Mecca Mecheri Medač Meddah Medeiros Medek Medel Medeot Medhurst Medici Medina Medić Medjahed Medková Medne
Mednis Medrano Medugno Medvecká Medvecký Medved Medvedev Medvedeva Medveď Medveďová Mee Meehan Meenaghan
Meenan Meer Meeres Meersman Meert Mees Meester Meeus Meeusen Meeuwis Meftah Megantara Megaw Megdanac Megna
Mehigan Mehl Mehlhorn Mehloluhlaza Mehlorn Mehmet Mehra Mehrimohova Mehrojov Mehrotra Meichtry Meidhir
Meidhreach Meier Meiere Meiers Meijer Meili Meindl Meintjies Meireles Meirligh Meirnigh Meis Meisch Meiscill
Meissner Meister Meitheagáin Meixner Meić Mejia Mejía Mejías Mekkinós Mekša Mekšs Melady Melander Melandri
Melani Melcer Melcerová Melchior Meldere Melderis Meldon Mele Melendez Melero Melet Melgar Meli Melia Melican
Melichar Melicharová Melicher Melicherová Melicherík Melicheríková Melicherčík Melicherčíková Melichár
Melichárek Melicháreková Melichárová Melillo Melin Melinda Melis Melker Melkíors Melkólms Mella Mellado Mellet
Mellett Mellon Mellor Melngaile Melngailis Melnic Melnik Melnikov Melnikova Melo Melody Meloni Melrakkis
Melton Melville Melvin Melzer Meléndez Memela Memoli Memon Mena Menard Mencarelli Menchaca Mencl Menclová
Menconi Mende Mendes Mendez Mendizábal Mendonça Mendoza Mendy Mendès Menegatti Menemencioğlu Menendez Meneses
Meng Menga Mengolo Mengoni Menna Menne Mennea Menon Menozzi Menrat Mens Mensa Mensah Mensalders Mensing
Menthonnex Menton Mentzel Menu Menza Menziwa Menéndez Menšík Menšíková Meo Merabet Merah Meraz Mercadante
Mercader Mercado Mercalli Mercantini Mercati Mercer Merchant Mercier Mercks Merckx Mercuri Mercurio Meredith
Mereu Mereuta Mergen Merian Merila Meriläinen Merino Merisi Merkaš Merkel Merkushev Merkusheva Merkx Merkúrs
Merlak Merle Merli Merlo Mermoud Mernagh Merola Merrigan Merritt Merry Mersch Merseburg Merta Mertens Mertová
Mertoğlu Mertz Merwe Merz Merzoug Merzougui Mesa Mesarić Mesbah Mescall Mesić Meskill Mesloh Mesquita Messana
Messaoudi Messina Messner Mestdagh Meszaroš Metcalfe Metella Methavorakul Methúsalems Mets Mettler Metz
Metzger Metzler Metzner Metúsalems Meucci Meulen Meunier Meurant Meurisse Meusburger Mewes Mey Meyer Meyers
Meyiwa Meylan Meyvants Meza Mezei Meziane Meziani Mezzetta Meádhra Meádhraí Meára Meáraidh Meáraí Mečiar
Mečiarová Meškūna Meškūne Meškūns Mfeka Mfumu Mfusi Mgabadeli Mgabhi Mgasela Mgazi Mgcaleka Mgenge Mgilija
Mgobhozi Mgwaba Mhadaidh Mhaoil Mhaoir Mhayise Mheana Mhilidh Mhlabandlovu Mhlambo Mhlanga Mhlangu Mhlanya
Mhlongo Mhlongwane Mhlophe Mhlungu Mhuircheartaigh Mhuire Mhuiris Mháirtín Mháistir Mhártain Mhíleadha Mhílidh
Mhóir Miadha Miadhacháin Miadhaigh Miah Mianaigh Mianáin Micca Micco Miccoli Miceli Michael Michaels Michal
Michalak Michalcová Michalczyk Michalec Michalech Michalechová Michalek Michaleková Michalica Michalicová
Michalik Michalka Michalko Michalková Michallek Michalová Michalski Michalík Michalíková Michaud Michaux
Michałek Michałowski Michel Michelangeli Michele Micheletti Michels Michelson Michelucci Micheni Michiels
Michielsen Michna Michnová Michálech Michálechová Michálek Micháleková Michálik Micháliková Michálková Micillo
Micu Middelkoop Middlemiss Middleton Midhe Mielcarek Mielczarek Mielke Mierzejewski Mies Miettinen Migliaccio
Miglio Migliore Migliorini Mignogna Mignon Miguel Migwi Mihai Mihaila Mihailescu Mihailov Mihailova Mihailovs
Mihalache Mihalachi Mihalcea Mihalik Mihaliková Mihalić Mihaljec Mihaljević Mihalík Mihalíková Mihelič
Mihelčić Mihhailov Mihić Mihoubi Mihál Mihálik Miháliková Mihálová Mijaković Mijatović Mijić Mijota Mijsberg
Mika Mikac Mikaels Mikeš Mikešová Mikhajlov Mikhajlova Mikhajlovska Mikhajlovski Mikhaylov Mikhaylova
Mikhaylyuk Mikheev Mikheeva Mikitenko Mikić Mikjálls Mikk Mikkaels Mikkels Mikkelsen Mikkola Mikkonen
Miklashevska Miklashevskiy Miklavčič Miklaś Miklečić Mikloš Mikloško Miklošková Miklošová Miklukho Miklík
Miklíková Miko Mikodanić Miková Mikołajczak Mikołajczyk Mikula Mikulandra Mikulec Mikulová Mikulski Mikulák
Mikuláková Mikulášek Mikulášková Mikulík Mikulíková Mikulčić Mikuta Mikuš Mikušová Mikúš Mikúšová Mil
Miladinov Miladinova Milak Milaković Milan Milanesi Milani Milanković Milano Milanova Milas Milatić Milazzo
Milchin Milczarek Milde Mildinbergs Milea Milella Miler Miles Miletić Milevoj Milewski Miley Milina Militaru
Militello Miličić Miljanović Miljovska Miljovski Milla Millar Millard Millea Miller Millet Millican Millidge
Milligan Mills Millán Milléadha Milmo Milne Milosavlev Milosavleva Miloshevska Miloshevski Miloslavić
Miloslavska Miloslavskiy Milota Milotić Milotová Miloudi Milovac Milroy Milsom Miltenburg Milton Miléadha
Mimica Mimouni Mimun Minah Minayo Minařík Minaříková Minchev Mincheva Mindru Minelli Miner Minet Mingarelli
Minhas Miniati Minihan Minihane Minne Minniti Minogue Mintzlaff Minyaylo Mináč Mináčová Minář Minářová Miodrag
Mionacháin Miotto Miovska Miovski Miočić Mir Mirabella Miracle Miralles Miramontes Miranda Miranov Miranova
Mirazizov Mirazizova Mircea Mirea Mireles Mirga Mirgová Miriti Miron Mironov Mironova Mironshohov Mironska
Mironski Mirosavljević Mirski Mirt Mirza Mirziyoyev Mirziyoyeva Miró Miscell Mishin Mishina Mishkovska
Mishkovski Mishra Misiak Misicher Misiko Misirkov Misirkova Miskell Mispelen Misra Missoni Mistretta Mistry
Mistrík Mistríková Mistéal Misztal Mital Mitanović Mitchell Mitei Mitevska Mitevski Mitoš Mitra Mitrevska
Mitrevski Mitrikjeska Mitrikjeski Mitschke Mitsev Mitseva Mitsevska Mitsevski Mitskovska Mitskovski Mitsov
Mitsova Mitt Mittal Mitter Mitteregger Mitterer Mitterlehner Mittermayr Mitu Miu Miura Miya Mičan Mičetić
Mička Mičková Miķelsone Miķelsons Miśkiewicz Mišak Miše Mišković Mišík Mišíková Miščančuk Mjadu Mjoli Mjwara
Mjöllnirs Mjölnirs Mkhabela Mkhandlela Mkhathini Mkhatshwa Mkhithi Mkhize Mkhokeleleki Mkholo Mkhonza
Mkhumbuzi Mkhungo Mkhwananzi Mlaba Mladenov Mladenova Mladenovska Mladenovski Mlakar Mlalane Mlalazi Mlambo
Mlangatshe Mlangeni Mlawula Mlađenović Mlejnek Mlejnková Mlikota Mlinar Mlinarič Mlondo Mlotshwa Mlungisi
Mlungwana Mlynár Mlynárik Mlynáriková Mlynárová Mládek Mládková Mlčoch Mlčochová Mmboga Mmbone Mnangat Mnangwe
Mncube Mncwabe Mncwanga Mngadi Mngoma Mngomezulu Mnguni Mngwemkhulu Mngwengwe Mnikathi Mnisi Mnomiya Mnqamu
Mnqayi Mnquhe Mntambo Mntimande Mntungwa Mnyamande Mnyandu Mnyoni Mo Moan Moberg Mobolaji Mocan Mocanu Moccia
Mocenigo Mocháin Mochóirghe Mochóraigh Mockenhaupt Modhráin Modi Modiano Modica Modig Modigliani Modise Modrić
Modugno Mody Modzelewski Moe Moede Moedl Moeller Moen Moenen Moens Moensendijk Moerman Moes Moet Mofardin
Moffa Moffatt Moffit Mofokeng Moga Mogaka Mogbadunade Mogeni Mogensen Mogere Mogherini Moghráin Mogilevska
Mogilevskiy Mogire Moguenara Mogáin Mohamed Mohammad Mohammadi Mohammed Mohammedi Mohamud Mohan Mohanty
Mohaupt Moher Mohinurova Mohirov Mohirova Mohlaroyimova Mohnacki Mohr Mohrhard Moidhe Moilanen Moinéal Moise
Moiseev Moiseeva Moisei Moisio Moithide Mojica Mojsovska Mojsovski Mojžiš Mojžišová Mojžíš Mojžíšová Mok
Mokadem Mokaya Mokhtari Mokrane Mokrani Mokrov Mokrova Mokroš Mokrošová Mokrá Mokrý Mokua Mokwena Mol Molano
Molchanov Molchanova Moldovan Moldovanu Moldoveanu Molefe Molegraaf Molen Molenaar Molenda Moles Molesini
Molin Molina Molinari Molinaro Moliner Molins Molis Molitor Moll Moller Mollica Molloy Molnar Molnár Molnárová
Moloi Moloney Molraoghain Molteni Molyneux Molzan Momanyi Momberg Momirovska Momirovski Momčilović Monaca
Monache Monacháin Monaci Monaco Monaghan Monagle Monahan Moncada Mondaca Mondadori Mondaini Mondise Mondragón
Monduzzi Moneta Monfort Mong'are Mongan Mongare Monghaile Mongáin Monica Monicelli Monk Monks Monnard Monnet
Monney Monni Monnier Monod Mononen Monreal Monroe Monroy Monsalve Montag Montagna Montagner Montague
Montalbano Montalbán Montalcini Montalti Montalto Montalvo Montanari Montanariello Montanaro Montandon
Montanelli Montaña Montañez Montaño Monte Montecchi Montecino Montecinos Montefusco Monteiro Monteleone
Montemayor Montemurro Montenegro Montero Monteros Monterosso Montes Montesano Montesinos Montessori Monteverdi
Montez Montgomery Monti Monticelli Montoya Montserrat Montéz Moody Mook Moon Moone Moonen Mooney Moons
Moonsamy Moor Moore Moormann Moors Moosa Moosbrugger Mora Moraa Morabito Moraes Moraga Morahan Morais Moraleda
Morales Moran Morand Morandi Morandini Morante Morar Morara Morard Morari Moraru Moras Morata Moravcová
Moravec Moravecová Moravčík Moravčíková Morawo Morawski Morax Moraz Morcillo Mordenti Mordhorst More Moreau
Moreels Moreira Morel Morell Morellato Morelli Morello Moreno Morera Mores Moresi Moretti Moretto Morgagni
Morgan Morgans Morgante Morgenstern Morhelfer Mori Moriarty Moric Moriconi Moricová Morillo Morin Morini
Morissette Moritz Moritzs Morić Morkel Morlacchi Morley Mornane Moro Moroney Moroni Morosini Morová Moroz
Morozov Morozova Morozovs Morpurgo Morra Morreale Morri Morricone Morrin Morris Morrison Morrissey Morrocco
Morrone Morrow Morse Morsli Mortati Mortensen Mortier Mortimer Morton Morucci Morvan Moráin Morán Morávek
Morávková Mosca Moscarda Moscato Moscheles Moschino Mosciski Mose Moseley Mosemann Moser Moses Moseti Moshin
Mosis Moskal Moskalyuk Moslavac Mosley Mosquera Moss Mostefaoui Mostert Mosti Mota Motalo Motaung Motchebon
Motha Mothair Motháin Motisi Motl Motloung Motlová Motriyenko Motta Motte Motteau Mottet Mottiez Mottola
Moturi Motyka Motyková Motyčka Motyčková Motzenbbäcker Moudrá Moudrý Moulay Moulin Mountain Moura Moureau
Mourib Mousel Moussa Moussaoui Mouton Moučka Moučková Moy Moya Moyano Moyer Moylan Moynihan Mozart Močibob
Močnik Mpangazitha Mpanza Mphahlele Mphahlwa Mphankomo Mphazima Mphemba Mphephethwa Mpikela Mpila Mpofana
Mpumuza Mpungose Mpunzana Mqadi Mqungebe Mqwebu Mrak Mraoiligh Mraović Mraz Mrazek Mrazeková Mrazko Mrazková
Mrazová Mrkvička Mrkvičková Mroczek Mroczkowski Mrozek Mrugalla Mráz Mrázek Mrázik Mráziková Mrázka Mrázko
Mrázková Mrázová Mráček Mráčková Mríosáin Mróz Msamkhulu Msane Msani Mseleku Mshazi Mshengu Mshibe Mshikela
Mshikila Mshiyane Msibi Msimang Msindazwe Msokazi Msomi Msuthu Msuya Msweli Mthabela Mthalane Mthanti Mthembu
Mthethwa Mthimkhulu Mthinti Mthiya Mthiyane Mthombeni Mthonti Mtimande Mtolo Mtshali Mtumaseli Mtuswa Muadaigh
Muange Muaráin Muasya Mubinova Mucalj Mucavac Muceniece Mucenieks Mucha Muchai Muchangi Muchemi Mucheru
Muchira Muchiri Muchoki Muchová Muchui Muckenthaler Mudau Mudden Mude Mudgway Mudie Mudri Mudronja Mueller
Muema Muendo Mueni Mues Mufizov Mufizova Muga Mugabháin Mugambi Mugendi Muggs Mugo Mugure Mugáin
Muhammadaliyev Muhammadaminov Muhammadamirov Muhammadayubov Muhammadazizov Muhammadov Muhammadova
Muhammadrizoyev Muhammadsafoev Muhammadsodiqov Muhammadsolihov Muhammadumarov Muhammadyasinov Muhammadyusupov
Muhammadziyoev Muhar Muhia Muhonen Muhonja Muhoro Muhovic Muhr Muhsinov Muhsinova Muhtorov Muhtorova Muhumed
Muia Muichille Muigai Muighe Muijs Muilcín Muilleagáin Muilleoir Muilligh Muimhneacháin Muimhnigh Muimi Muinat
Muinde Muindi Muineacháin Muineóg Muinghíle Muinilligh Muinneacháin Muinníle Muir Muircheartaigh Muireadhaigh
Muireagáin Muireann Muireáin Muireán Muirgeáin Muirgheasa Muirgheasáin Muirighthe Muiris Muirithe Muirneacháin
Muirthile Muirthín Muiruri Muizzova Muižniece Muižnieks Muk Mukaetov Mukaetova Mukami Mukaram Mukherjee Mukhin
Mukhina Mukhopadhyay Mukhwana Mukiri Mukoya Muktar Mukundi Mulas Mulcahy Mulcair Mulder Mulders Muldoon
Muldowney Mule Mulei Mulet Mulgrave Mulgrew Mulhare Mulhern Muli Mulinge Mulkerrin Mullaghan Mullala Mullaly
Mullan Mullane Mullaney Mullany Mullarkey Mullen Muller Mullery Mulligan Mullin Mullins Mullooly Mullooney
Mulloughney Mulloy Mulláin Mulongo Mulqueen Mulqueeny Mulrain Mulrooney Mulroy Mulry Mulryan Mulvany Mulvenna
Mulvey Mulvihill Mulvin Mulvy Mulwa Mulyani Muláin Mulè Mumba Mumbe Mumbi Mumbua Mumo Mumtozova Munari Munaro
Munch Munda Mundia Munene Munga Mungai Munguti Munguía Muni Munifyev Munifyeva Muninns Munis Munisayeva Munk
Munkaš Munnelly Munoz Munro Munroe Munsamy Munshi Munster Muntean Munteanu Munyao Munyi Munyiva Munyoki Munyua
Munywoki Muoki Mur Mura Muracháin Murachú Muradbašić Murae Murage Muraguri Murakami Murangiri Muraoile Murati
Muratore Muratori Muratovic Muratovska Muratovski Muravev Muraveva Murawski Muraya Murazik Murchadha
Murchaidhe Murcháin Murchú Murcia Murdoch Mureithi Muresan Murgaš Murgašová Murghaile Murgia Murialdo Murigi
Muriithi Murillo Murimi Murin Murinová Muriset Murithi Muriuki Muriungi Murnane Murnin Murnáin Muro Murodov
Murodova Murolo Murphy Murraigh Murray Murri Murrihy Murru Mursalinaeva Murtagh Murtas Murthuile Murthy Murty
Muru Murugi Murunga Murungi Murín Murínová Musa Musalevska Musalevski Musat Musatti Musau Musaxanlı Muschg
Musee Musella Musembi Musfirayeva Mushtariyeva Musi Musiał Musil Musila Musili Musilová Musimbi Muslimaeva
Muslimov Musso Must Mustachki Mustafa Mustafayev Mustafoyev Mustafoyeva Mustapha Mustapić Mustač Musteata
Mustika Mustofa Mustonen Musulmonov Musulmonova Musumba Musumeci Musungu Musy Musya Musyimi Musyoka Musyoki
Muszyński Mutahi Mutai Mutanu Mutegi Mutembei Mutemi Mutethia Muteti Muthama Muthami Muthee Muthengi Mutheu
Muthiani Muthike Muthini Muthoka Muthomi Muthoni Muthui Muthuri Muti Mutia Mutiat Mutie Mutinda Mutindi Mutio
Mutiso Mutisya Mutti Mutua Mutugi Mutuku Mutuma Mutune Mutunga Mutungi Muturi Mutwiri Muuo Muxlisayeva
Muxtaroğlu Muya Muynck Muzaffarov Muzaffarova Muzayyanova Muzdalifayeva Muñiz Muñoz Muğanlı Mušćet Muženjak
Mužina Mužić Mužík Mužíková Mvelase Mveni Mvubu Mvuyana Mwadime Mwai Mwaka Mwakio Mwalimu Mwamburi Mwandla
Mwangangi Mwangi Mwania Mwaniki Mwanza Mwanzia Mwathi Mwaura Mwelase Mwema Mwenda Mwende Mwendia Mwendwa Mwero
Mwihaki Mwikali Mwinyi Mwinzi Mwirigi Mwita Mwiti Mwololo Mwongela Mwongeli Myasnikov Myasnikova Mybs Myburg
Myburgh Mydlo Mydlová Myeni Myers Myeza Myhre Myhrer Myklebust Myles Myllymäki Myrkvis Myška Myšková Mzila
Mzilankatha Mzileni Mzimela Mzizi Mzobe Mzolo Mzomba Mzoneli Mzukase Mzulwini Mzungu Mác Mácha Máchová Mácka
Mácková Mácová Mághnuis Máille Máirtín Málek Málková Málóid Mánis Mármol Márquez Márs Mártan Márton Márus
Máthúna Máté Máček Máčeková Máčik Máčiková Mächtig Mäder Mäe Mäenpää Mäeots Mäesalu Mägi Mäkelä Mäki Mäkinen
Mälzer Mänd Mändla Männik Männiste Männistö Mäntylä Määttä Månsson Mårtensson Méaláid Méalóid Méalóide Ménard
Méndez Mészáros Mías Mídhia Míka Míková Míléada Mímirs Mínguez Míocháin Míodhacháin Míodhcháin Míonáin Mírs
Míós Móiníol Móirín Móracháin Mórdha Móric Móricová Móris Mórits Móráin Móses Móðis Mõttus Möchlichen Möcks
Mögenburg Möhsner Mölder Möldner Möllenbeck Möller Möllinger Mörsch Mörth Mörðs Møller Múgica Múlis Múrnáin
Múñiz Mühlbacher Mühlberger Mühlböck Mühle Mühleis Mülichen Müller Müllerová Müllner Münch Mürk Müür Müürsepp
Mýrkjartans Młynarczyk Műller Műllerová Məmmədov Naail Nababan Nabeel Nabein Nabih Nabow Nabwire Naccari Nacer
Nachev Nacheva Nadal Nadeau Nadeem Nader Nadi Nadig Nadkarni Naeem Naessens Nafula Nafuna Nagar Nagarajan
Nagel Nagele Nagi Nagl Naglav Nagle Nagode Nagy Nagyová Nagypalfi Nagys Naibei Naidu Naik Nail Naili Nailín
Nainggolan Nair Nais Najam Najcheska Najcheski Najdenov Najdenova Najdovska Najdovski Najduk Najeeb Najman
Najmanová Najmiddinov Najmiddinova Najmudin Nakagawa Nakajima Nakamura Nakhumicha Nakić Nakov Nakova Nala
Nalbantoğlu Naliaka Nallon Nally Nalty Namaga Nambeesan Namboothiri Namiķe Namiķis Nanaić Nanda Nandisa Nandwa
Nanevska Nanevski Nangle Nanjala Nannen Nanni Naoidheanáin Naomh Naomi Napierała Napitupulu Napoletano Napoli
Napolitano Nappi Narain Narang Naranjo Narasimhan Narayan Narayanan Narcisi Narciso Nardi Nardo Narfis
Narimonov Narimonova Narpati Narula Narušis Narváez Nary Nasambu Nascimento Naser Naserian Nash Nashiruddin
Nasimiyu Nasri Nasriddinov Nasriddinova Nastas Nastase Nastev Nasteva Nastvogel Nasyiah Nasyidah Natale Natali
Natanaels Natans Nataníels Natarajan Nath Nathania Natsir Natt Natta Nau Naubert Naude Nauer Naughton Naujokas
Naumann Naumcheska Naumcheski Naumov Naumova Naumovska Naumovski Nausėda Nava Navara Navarová Navarra
Navarrete Navarria Navarro Navas Navez Navone Navrátil Navrátilová Nawrocki Nawrot Nayak Nayar Naylor Nazareth
Nazari Nazario Nazarov Nazarova Nazifov Nazifova Nazrullohyev Nazrullohyeva Nazzaro Nača Načinović Nağıoğlu
Ncala Ncama Ncanana Ncongwane Ncube Ncusi Ncwaba Ncwane Ndaba Ndabandaba Ndabansele Ndabase Ndabezitha
Ndambuki Ndandali Ndanu Ndao Ndaw Ndawo Ndawonde Ndebele Ndege Ndegwa Nderitu Ndiaye Ndichu Ndiema Ndima
Ndimande Ndinda Ndinisa Ndione Ndir Ndirangu Ndiritu Ndiwa Ndiyema Ndlala Ndlandla Ndlangamandla Ndlanya
Ndlanzi Ndlela Ndlondlo Ndlovu Ndolo Ndondakusuka Ndong Ndonga Ndoro Ndosi Ndour Ndoye Nduati Nduku Ndukwu
Nduli Ndunda Ndung'u Ndunge Ndungu Nduta Ndwandwe Ndwiga Ne Nea Neabhail Neacail Neachtain Neacsu Neagoe Neagu
Neal Nealon Neamtu Neancól Nearaigh Neary Nebioğlu Nebot Necci Nechita Necula Nedbal Nedbalová Nedelcu
Nedelkovska Nedelkovski Nederlotharingen Nedermeijer Nedić Nedjar Nedoma Nedomová Nedvěd Nedvědová Nee Needham
Neehan Neelan Neelin Neenan Neerachapong Negara Negele Negoda Negoita Negrea Negrete Negri Negru Negruta
Negrón Nehru Neilan Neilian Neill Neilson Neimke Neira Neirynck Neistis Nejedlá Nejedlý Nek Nekesa Nekrasov
Nekrasova Nel Neligan Nelima Nelis Nelissen Nelson Nemcová Nemec Nemes Nemet Nemeth Nemeș Nenadov Nenadović
Nene Nennis Nenzi Neptúnus Nerger Neri Nerius Nes Neshkovska Neshkovski Nesladek Nesterov Nesterova Nesti
Nestor Nestorovska Nestorovski Nesvadba Nesvadbová Netkov Netkova Neto Nette Neu Neubacher Neubauer
Neubauerová Neubert Neuendorf Neugebauer Neuhauser Neuhold Neulinger Neumair Neuman Neumann Neumannová
Neumanová Neumayer Neumayr Neumeister Neumüller Neuner Neupert Neureiter Neureuther Neurohr Neuschwander
Neuschäfer Neustrië Neuteboom Neuville Neuwirth Neuzerling Nevado Nevala Nevalainen Neve Neven Neves Neveu
Neville Nevin Nevárez Newman Newton Ney Neyens Neylon Nezaj Nečas Nečasová Nešpor Nešporová Ng Ng'ang'a Ngai
Ngala Nganga Ngao Ngari Ngaruiya Ngatia Ngazitha Ngcamane Ngcamu Ngcemu Ngcobo Ngcolosi Ngei Ngema Ngeno
Ngetich Ngiba Ngidi Ngige Ngigi Ngina Ngobese Ngobisi Ngom Ngomane Ngome Ngonini Ngotho Ngotsha Ngozi Ngubane
Ngubeni Ngugi Ngui Ngumbao Ngungunyana Ngunjiri Ngure Nguyen Nguyenová Nguyễn Nguèr Ngwane Ngwazi Ngwekazi
Ngwenya Ngô Nhlabathi Nhlane Nhlanhla Nhlanhlampofu Nhlapho Nhlapo Nhleko Nhlengethwa Nia Niadh Niaidh
Niallagáin Niallghais Niallghuis Nialláin Niane Niang Nianáin Niass Niasse Niatháin Nibali Nica Nicaise
Nicastro Niccolai Nicholas Nicholls Nichols Nicholson Nickels Nicoara Nicol Nicolae Nicolaev Nicolas Nicolau
Nicolay Nicolescu Nicoletti Nicolini Nicolosi Nicolucci Nicolás Nicolò Nicosia Nicotra Niculae Niculescu
Nieddu Niederl Niedermeier Niedra Niedziela Niedzielski Niedźwiecki Niekerk Nieklauson Nielsen Niemczyk
Niemeier Niemelä Niemi Niemiec Nieminen Nienow Niermann Nieto Nieuwenhuijsen Nieuwstraten Nieves Nievo
Niewiadomski Nigam Nigg Niggeler Niggli Nigro Nihoe Niiranen Niit Nijland Nijman Nijs Nikanors Nikiforov
Nikiforova Nikitin Nikitina Niklasson Niklaus Nikolaev Nikolaeva Nikolais Nikolas Nikolaus Nikoleska Nikoleski
Nikolić Nikolov Nikolova Nikolovska Nikolovski Nikonov Nikonova Nikula Nikulás Nikushev Nikusheva Niland
Nilles Nils Nilsen Nilsson Nilufarova Nimac Nimwegen Ninalowo Ningrum Ninov Ninova Niocail Niocláis Nipp
Niquille Niroula Niscoromni Nishimura Niskanen Nissen Nissinen Nistor Nita Nitra Nitrová Nitti Nitto Nitu
Nitzsche Nixon Nizet Nizomiddinov Nizomiddinova Nizomov Nizomova Niño Nišević Nižetić Nižnanská Nižnanský
Nižnánsky Nižnánská Nižňanská Nižňanský Niță Njagi Njambi Njapha Njau Njenga Njeri Njeru Njihia Njiki Njinji
Njiru Njogu Njoka Njoki Njoku Njomane Njoroge Njue Njuguna Njuki Njálls Njörðs Nkabinde Nkala Nkamzwayo Nkansa
Nkansah Nkatha Nkirote Nkomo Nkomose Nkomoye Nkonyeni Nkosi Nkrumah Nkumane Nkundlande Nkwakha Nkwali
Nkwaliyenkosi Nkwanyana Nnamani Noack Nobile Nobili Noble Nobre Nocentini Nocera Nocerino Nodanga Nodler
Nodlomo Noel Noga Nogachevska Nogachevskiy Nogantshi Nogueira Noguera Nogués Nohlmans Nojeem Nolan Nolcini
Nollee Nolte Nolty Nombela Nombhoco Nomndayi Nomvethe Nomvuma Nondaba Nondlela Nonduma Nongalaza Nongalo Nonis
Nonkosi Nonkululeko Nonnis Nontanda Nontuli Nonyana Noonan Noone Noor Noordeloos Noordijk Noordmark Noort Noot
Norac Noraidh Norambuena Norberg Norberts Norbiato Nord Nordberg Nordby Nordgren Nordin Nordio Nordlander
Nordlund Nordqvist Nordskaug Nordström Norgren Nori Noriega Norlin Norling Norman Normand Normann Normanns
Norramon Norris Norrman Norry North Northeim Northoff Norton Norén Norðmanns Nosbusch Nosek Nosiglia
Nosirjonov Nosirjonova Nosirov Nosirova Noskov Noskova Nosková Nosov Nosova Nota Notarbartolo Notaro Noto
Notová Nouar Noui Nouri Nourmont Nousiainen Novac Novaes Novais Novak Novaro Novelli Novello Novikov Novikova
Novitasari Novoa Novosad Novosadová Novosel Novota Novotná Novotný Nová Novák Nováková Nováček Nováčková Nový
Nowacki Nowaczyk Nowak Nowakowski Nowanqa Nowicki Nowiński Nowosadek Nozimova Nozulu Noël Nqumela Nsele Nsia
Nsibande Nsibanyoni Nsindane Nsukuza Ntaka Ntamonde Ntanzi Ntenga Nthenya Nthiga Nti Ntiamoa Ntim Ntinyari
Ntombela Ntsele Ntshalintshali Ntshangase Ntshingila Ntshiza Ntuli Nuadhain Nuadhan Nualláin Nuanáin Nucci
Nucera Nuffel Nugent Nugnes Nugraha Nugroho Nulty Numanoğlu Nunes Nunez Nunne Nur Nuraini Nurbekov Nurbekova
Nurdiyanti Nuriddinov Nuriddinova Nuriyeva Nurk Nurlaela Nurlanov Nurlanova Nurm Nurmi Nurminen Nurmuhammadov
Nus Nusratov Nusratova Nusratullohyev Nusratullohyeva Nussbaumer Nussbeck Nusslé Nuut Nuutinen Nuwenhijsen
Nuwenhuijzen Nuwenhuse Nuwenhuysen Nuyts Nuzzo Nußbaumer Nuñez Nwachukwu Nwogu Nwosu Nwuzor Nxamalala Nxasana
Nxele Nxumalo Nyaako Nyaakoaa Nyaboke Nyabuti Nyabuto Nyaga Nyagaka Nyaguthii Nyakio Nyakundi Nyale Nyamai
Nyamawi Nyambane Nyambose Nyambu Nyambura Nyame Nyamu Nyamweya Nyanchama Nyanda Nyandeni Nyang'au Nyangaresi
Nyangau Nyangweso Nyantakyi Nyathi Nyawa Nyawira Nyawo Nyawokhulu Nyawose Nyazitla Nyberg Nyembe Nyembezi
Nyeuwenhuysen Nygaard Nygren Nygård Nyhan Nyide Nykänen Nylander Nylund Nylén Nyman Nyoike Nyokabi
Nyokayebululu Nyongesa Nyongwana Nys Nyssen Nyström Nytra Nzai Nzama Nzamela Nzau Nzilani Nzima Nzimande
Nzimase Nzioka Nzioki Nzisa Nzomo Nzuki Nzuza Nádhraigh Nájera Nálepka Nálepková Náradhaigh Náraigh Náttmörðs
Náttúlfs Näf Nägele Näscher Näslund Næss Néill Németh Níels Níls Nóams Nóels Nógla Nóis Nónis Nóris Nóvembers
Nôta Nôtová Nõmm Nõmme Nõmmik Nöbauer Nöh Nökkvis Nørgaard Núin Númis Núnáin Núñez Nüsslin Nývarðs Němcová
Němec Němeček Němečková Nəzərov O'Beirn O'Beirne O'Boyle O'Brassil O'Brazil O'Brennan O'Brien O'Brown O'Bryan
O'Bryen O'Byrne O'Cadden O'Cafferky O'Callaghan O'Carolan O'Carroll O'Casey O'Cassidy O'Cleary O'Clery
O'Connell O'Conner O'Connor O'Crohan O'Crowley O'Curry O'Daly O'Dea O'Devanney O'Devenny O'Doherty O'Donnell
O'Donoghue O'Donohoe O'Donovan O'Dowd O'Driscoll O'Duffy O'Dwyer O'Farrell O'Farrelly O'Flaherty O'Flynn
O'Freil O'Friel O'Gallagher O'Gara O'Goldrick O'Gorman O'Gowan O'Grady O'Growney O'Hagan O'Haire O'Halloran
O'Hanlon O'Hanrahan O'Hara O'Hare O'Haughey O'Hea O'Hegarty O'Hehir O'Herlihy O'Hickey O'Higgins O'Hora
O'Houlihan O'Hurley O'Hussey O'Kane O'Kearney O'Keefe O'Keeffe O'Kelly O'Kennedy O'Kieve O'Kon O'Leary O'Loan
O'Looney O'Loughlin O'Loughlinn O'Mahoney O'Mahony O'Malley O'Mara O'Meara O'Mooney O'Moore O'Mullan
O'Murnaghan O'Neill O'Nolan O'Rafferty O'Rahilly O'Reardon O'Regan O'Reilly O'Riordan O'Rooney O'Rourke
O'Ruane O'Ryan O'Scannell O'Shannon O'Sharkey O'Shaughnessy O'Shea O'Sheehan O'Sheil O'Shiel O'Sullivan
O'Sweeney O'Tierney O'Togher O'Toole Oak Oancea Obama Obando Obara Obare Obasanjo Obeng Oberbrunner Oberem
Obergföll Oberhauser Oberhofer Oberleitner Oberlin Obermaier Oberman Obermayr Obermüller Oberndorfer Oberweis
Obi Obiageli Obianuju Obidov Obidova Obiero Oblak Obonyo Obradović Obratov Obrežanac Obrien Obuya Obšut
Obšutová Ocampo Ocasio Ocaña Occhipinti Ochieng Ochoa Ochola Ochs Ochse Ochten Oconnell Oconnor Oda Oddbergs
Oddbjörns Oddfreyrs Oddgeirs Oddis Oddkells Oddleifs Oddmars Odds Oddsteinns Oddvars Oddþórs Odehnal
Odehnalová Odera Odero Oderwald Odescalchi Odetola Odhiambo Odilyev Odilyeva Odinaeva Odinga Odintsov
Odintsova Odira Odiwuor Odobašić Odom Odongo Odonnell Odoyo Odunayo Odunsi Oduor Oduori Oehri Oemencs Oennen
Oeser Oestrovsky Oever Offredi Ofner Ofori Ofosu Ogada Ogawa Ogbuehi Ogega Oger Ogeto Oggiano Ogindan Oginga
Oginni Ogola Ogolla Ogulana Ogunbamigbe Ogunbanwo Ogunbiyi Ogunbo Ogunde Ogunleye Ogunwande Ogunwobi Ogunyeye
Ogutu Ogweno Ohlsson Oibicín Oikarinen Oilifir Oinonen Oirchinnigh Oireachtaigh Oirschot Oistigín Oisín Oitir
Oja Ojala Ojanen Ojaste Ojeda Ojiambo Ojo Ojua Ojukwu Ojwang Okada Okafor Okamoto Okech Okeke Okello Okelo
Okemwa Oketch Okeyo Okinyi Oklobdžija Okongo Okonkwo Okoro Okoth Okpattah Oks Oksanen Oktavian Oktaviani
Oktavíus Oktovian Októs Októvíus Okuku Okumu Okumuş Okuneva Okunola Okur Okyere Olabode Oladeji Oladimeji
Oladipupo Olafs Olah Olaiya Olander Olaoluwa Olari Olariu Olaru Olasunkanmi Olasupo Olate Olausson Olave Olavs
Olawale Olaya Olbina Olbrich Olczak Olea Oleinic Olejniczak Olejnik Olesen Olesk Olgeirs Olguín Oliboni Olimov
Olimova Olinger Oliphant Oliva Olivares Olivas Oliveira Oliver Olivera Oliveras Oliveri Olivers Oliverts
Olivetti Olivi Olivier Olivieri Oliviero Olivo Olivová Olivárez Olivé Olla Oller Ollikainen Ollila Ollivier
Olmedo Olmo Olmos Olofsson Oloo Olowokeere Oloyede Olsen Olson Olsson Olst Olstad Olszewski Oltean Olteanu
Olthof Olubode Olubukola Olubunmi Olufeyikemi Olugbayila Olujimi Olukotun Olukunga Olumide Oluoch Olusanya
Olutola Oluwagbemi Oluwakemi Oluwanisola Oluwaseun Oluwaseyi Oluwashina Oluwatosin Olvera Olykan Oláh Oláhová
Om Omadov Omadova Omair Omani Omar Omari Ombasa Ombati Ombui Omeir Omidina Ominova Omma Ommeren Omobolaji
Omobolanle Omojola Omolara Omollo Omolo Omondi Omotoso Omowale Omran Omwenga Omweri Omwoyo Ondari Ondiek
Ondieki Onditi Ondra Ondrašek Ondrašík Ondrašíková Ondrejka Ondrejko Ondrejkovič Ondrejkovičová Ondrejková
Ondricka Ondrová Ondrus Ondrusek Ondruseková Ondruš Ondrušek Ondrušeková Ondruška Ondruško Ondrušková
Ondrušová Ondráček Ondráčková Ondráš Ondrášek Ondrášeková Ondrášik Ondrášiková Ondrášová Ondrúšek Ondrúšeková
Oneal Oneill Onge Ongeri Onio Onisto Onič Onjengenyamazane Onnen Onoh Onohinosen Onose Onsongo Ontiveros
Onwuka Onyancha Onyango Onyiego Onyinyechukwu Ooko Oommen Ooms Ooste Oosten Oostendorp Oosterhek Oosterhout
Oosterhuis Oosthuizen Oostveen Ooyen Op Oparinde Opazo Opačić Openko Opeyemi Ophey Opiyo Opizzi Opluštil
Opluštilová Opmans Opoku Opondo Oppenheimer Opper Oppliger Oppong Oprea Opricović Opris Oprić Opsenica Opuić
Opuku Opuvačić Oqilyev Oqilyeva Oquendo Orak Oralaigh Oraloğlu Oraovčić Oras Orav Oravec Orašanin Orban
Orbanić Orbay Orbán Orchard Ordóñez Orefice Orekhov Orekhova Orellana Orengo Orešković Orfeus Org Orgulan
Orifov Orifova Orina Orjuela Orlandi Orlando Orleans Orlić Orlov Orlova Orlović Orlík Orlíková Ormars Ormeño
Orms Ormsby Orn Ornelas Oro Orosco Orosz Orovchanets Orozco Orr Orrego Orris Orrù Orsini Orság Orságová Orsós
Orta Ortakov Ortakova Ortega Ortenzi Ortese Orth Orthmann Ortiz Ortmann Ortner Ortolani Ortuño Orucov Orvars
Orwa Orzechowski Orłowski Oršanić Oršolić Oršoš Oršulić Osadko Osborn Osborne Oscair Oschkenat Oscuro Ose Osei
Osenberg Osgair Oshin Oshodi Osiemo Osinski Osipov Osipova Osis Osiyeva Osiński Oskarsson Osmak Osman Osmanli
Osmanlić Osorio Osoro Ospelt Ospina Ospino Ossama Ossandón Ossani Osses Ossipov Ossola Ossowski Ostendarp
Osterhoudt Ostermann Ostervald Ostinelli Ostrovska Ostrovskis Ostrowski Ostuni Ostwald Osuagwu Osuna Osuntokun
Oswald Ota Otabekov Otabekova Otartić Otero Oti Otiende Otieno Otiwa Otkells Otmani Otris Ots Ott Ottaviani
Ottaviano Otte Ottino Ottis Otto Ottonello Ottosson Ottós Otuo Otáhal Otáhalová Otčenáš Otčenášová Ouali
Ouchene Oude Oudewater Ouellet Ouko Ouma Ouwel Ouwerkerk Ovadia Ovalle Ovchinnikov Ovchinnikova Overdijk
Overeem Overgaard Oversteeg Oviedo Ovčina Owais Owczarek Owen Owens Owino Owiti Owokoniran Owolabi Owoyemi
Owuor Owusu Owusuwaa Oyadiran Oyaifo Oyarce Oyaro Oyarzo Oyarzún Oybekov Oybekova Oyebola Oyekan Oyelude
Oyeniyi Oyetoro Oyeyemi Oyinkansola Oyinlola Oyoo Oyshayeva Oyugi Oza Ozansoy Ozere Ozers Ozimec Ozodbekov
Ozodbekova Ozodov Ozodova Ozola Ozoliņa Ozoliņš Ozols Ozuna Oñate Očenáš Očenášová Ožanić Paal Paananen Paap
Paas Paavilainen Paavola Pablo Pabón Paccot Pace Pacelli Pacetti Pacheco Pacher Pachler Pachoud Paci Pacifici
Pacifico Pacillo Pacini Pacocha Pacomio Paczkowski Padberg Padden Padilla Padmanabhan Padmasari Padovan
Padovano Padrón Padula Paduraru Paegle Paepe Paesler Paez Paffrath Pagac Pagan Paganelli Pagani Paganini
Pagano Page Pages Pagliai Pagliaro Pagliuca Pagnotto Pagutyak Pagès Pahanić Pahert Pai Paier Paillet Paimo
Paiva Pajer Pajerová Pajeska Pajkurić Pajonk Pajtl Pajtondziev Pajtondzieva Paju Pajula Pajunen Pajur Pająk
Pajčić Pakalniete Pakalnietis Pakarinen Pakhomov Pakhomova Pakovska Pakovski Paksüt Pakuła Pal Pala Palacio
Palacios Palacz Paladi Paladini Palamarchuk Palan Palano Palastri Palau Palavestra Palazzi Palazzo Palazzolo
Palačković Palašti Palermo Paleček Palečková Paligorić Palii Palija Palikrushev Palikrusheva Palikuća Paliy
Palić Pališaški Paljević Palka Palko Palkovič Palkovičová Palková Pall Palla Palladino Palladio Pallarès
Pallentin Pallesen Pallo Pallotta Pallová Palm Palma Palman Palmer Palmeri Palmgren Palmieri Palmisani
Palmisano Palmqvist Palo Palomar Palomares Palombi Palombo Palomino Palomo Palomäki Palov Palovič Palovičová
Palovová Palová Palovčík Palovčíková Paltere Palters Paltrinieri Palu Paluch Paluchová Palumbo Palúch
Palúchová Pamić Pammer Pamper Pan Pana Panait Panaro Panatta Panchal Panchevska Panchevski Pandeska Pandeski
Pandey Pandilov Pandilova Pandit Pandolfi Pandovska Pandovski Pandurić Pandya Panek Panetta Panežić Panfilov
Panfilova Pang Pangestu Pangovska Pangovski Pani Paniagua Panicker Panico Panicucci Panišić Panjak Panjević
Pankov Pankova Panov Panova Panovska Panovski Pant Pantano Pantoja Panza Panzera Panzeri Panzig Paola Paolella
Paoletti Paoli Paolicelli Paolillo Paolini Paolino Paolo Paolucci Paone Paonessa Paor Pap Papa Papafava Papak
Papaleo Papapietro Paparić Papetti Papež Papežová Papini Papp Pappalardo Papradishki Paquay Paquet Paquette
Paquin Paquot Parada Paradi Paradis Paradiso Paraschiv Parashchuk Paravinja Pardini Pardo Paredes Pareja
Parejo Parekh Parent Parente Pareto Pariggiano Parijs Parikh Parini Paris Parise Parisi Parisian Park Parker
Parkes Parkin Parkinson Parkkinen Parks Parlier Parmaković Parmar Parmentier Parmer Parmes Parmitano Parnell
Parodi Parojčić Parović Parpinel Parra Parraguez Parri Parrinello Parrino Parrish Parry Parsa Parsons Partanen
Partida Partlainn Parts Partyka Parun Paruta Parviainen Parvu Parys Parzer Paré Pasanen Pasat Pasca Pascal
Pascale Pascali Pascarella Pascari Pascaru Paschke Paschoud Pascu Pascual Pascucci Pasichnik Pasini Pasman
Pasolini Pasqua Pasquale Pasquali Pasquier Pasquini Passalacqua Passarelli Passchiers Passeri Passero
Passuello Pastar Pasternak Pastine Pastoors Pastor Pastore Pastorelli Pastorino Pastén Pasuk Paszkowski
Patafta Pataki Patanè Patarac Patača Patačić Patberg Patchett Patel Paten Paterson Pathak Patil Patila Patiño
Patko Patković Patla Paton Patočka Patočková Patrascu Patreks Patriarca Patrick Patricks Patriks Patrnogić
Patrone Patrun Patruno Patterson Patti Patton Pattyn Patzwahl Pau Paucek Pauer Paukner Pauko Pauković Pauková
Paul Paulauskas Paulik Pauliková Paulitsch Pauliček Pauličeková Paulovič Paulovičová Paulová Paulse Paulsen
Paulsson Paulus Pauly Paulík Paulíková Paulíček Paulíčeková Paun Paunković Pausini Pauw Pauwels Pauļuka
Pauļuks Pavan Pavanello Pavani Pavarotti Pavel Pavelek Paveleková Pavelić Pavelka Pavelko Pavelková Pavelová
Paver Pavert Pavez Pavešić Pavin Pavić Pavičić Pavka Pavko Pavković Pavková Pavlas Pavlasová Pavlačić Pavlenko
Pavlica Pavlicová Pavlik Pavlikovská Pavlikovský Pavliková Pavlin Pavlishin Pavlishina Pavliv Pavlič Pavliček
Pavličeková Pavličić Pavličko Pavlo Pavloska Pavloski Pavlov Pavlova Pavlović Pavlovič Pavlovičová Pavlovová
Pavlovska Pavlovski Pavlovskis Pavlová Pavlík Pavlíková Pavlíček Pavlíčeková Pavlíčková Pavlů Pavol Pavolová
Pavone Pavrlišak Pavuk Pavón Pavúk Pavúková Pavčić Pawelec Pawlak Pawlicki Pawlik Pawlikowski Pawłowski Payer
Payet Payne Paz Pazdera Pazderová Pazmanj Pazos Paúk Paúková Pačanin Pačariz Pađen Paľa Paľka Paľko Paľková
Paľo Paľov Paľovová Paľová Paľovčík Paľovčíková Paľuch Paľuchová Paľúch Paľúchová Pałka Pařízek Pařízková
Pašagić Pašalić Pašek Pašeková Pašić Paška Paško Pašková Peacock Peano Peaquin Pearce Pearson Peatáin Pece
Pech Pecha Pechel Pechová Pecháček Pecháčková Peck Pecka Pecková Pecora Pecoraro Pecorella Pecotić Pede
Pederiva Pedersen Pedersoli Pedišić Pedone Pedraza Pedrazzini Pedrero Pedro Pedroni Pedrosa Pedrotti Pedroza
Pedrós Peer Peeters Peham Peharda Pehkonen Peiffer Peinado Peircín Peiró Peitrequin Peixoto Pejov Pejova Pekař
Pekařová Pekkala Pekkan Pekkarinen Pektemek Pekárek Pekárková Pelayo Pelc Pelcová Pelikán Pelikánová Pelkonen
Pellecchia Pellegrini Pellegrino Pellet Pelletier Pelli Pellicano Pellicanò Pellicer Pellico Pellitteri Pelser
Peltier Peltola Peltonen Peltoniemi Peluso Peláez Pena Pence Pencis Pender Pendik Pendl Pendovska Pendovski
Penezić Peng Penić Penjišević Penna Pennanen Pennestrì Pennetta Pennington Penović Pent Penttilä Penttinen
Penushliska Penushliski Penz Penzo Penčić Peović Pepe Pepeljugovska Pepeljugovski Pepelčević Pera Perak Peral
Perales Peralta Peran Peranda Perano Perchinkovska Perchinkovski Perck Perdana Perdomo Perea Perego Pereira
Perelló Perera Peres Pereyra Perez Pergande Pergolesi Peri Perilli Perin Perini Perinska Perinski Perić
Perišić Perkins Perko Perkov Perković Perl Perlaš Permadi Permata Permchart Perna Perner Pernica Pernicová
Peron Peroni Peronne Perotti Peroutka Peroutková Perozzo Peroš Perra Perreault Perret Perri Perrier Perrin
Perrini Perron Perrone Perrono Perrot Perrotta Perroy Perry Pers Persico Persijn Persson Pertile Pertini
Pertiwi Pertl Perugini Peruzzi Peruško Perälä Perčić Perša Pesaresi Pesce Peselman Pesendorfer Pesonen Pession
Pestov Pestova Petcu Petek Peter Peterka Peterková Peterlik Peters Peterse Petersen Peterson Petersson Petik
Petit Petitjean Petito Petkovska Petkovski Petlyura Petr Petralia Petralli Petrarca Petrassi Petrauskas Petre
Petrea Petrella Petrelli Petrenko Petrescu Petrijevčanin Petrin Petrina Petrini Petrinšak Petrishin Petrishina
Petriv Petrić Petričević Petriševac Petrocelli Petrone Petronio Petrov Petrova Petrovac Petrovická Petrovický
Petrović Petrovič Petrovska Petrovski Petrovskis Petrová Petrucci Petrucelli Petrushev Petrusheva Petrushevska
Petrushevski Petruzzi Petruška Petrušková Petrák Petráková Petráš Petrášová Petrů Pettai Pettersen Pettersson
Petty Petukhov Petukhova Petz Petzold Petřík Petříková Petříček Petříčková Peukert Peyton Pezzali Pezzella
Pezzi Peña Peñaloza Peñalver Peñas Pećar Pećina Peček Pečnik Pečur Peřina Peřinová Peša Pešek Pešić Peška
Peško Pešková Pešorda Pešta Peštová Pfannerstill Pfeffer Pfeifer Pfeiffer Pfennig Pfersich Pfingsten Pfister
Pfleger Pflieger Pflügner Phakathi Phakathwayo Pham Phan Phartholáin Phathwayo Phayre Phearsain Phelan Phelps
Phetha Phethela Phewa Phikela Philander Philban Philbin Philbín Philib Philip Philipp Philippart Philippe
Philips Phillips Phillipsen Phingoshe Phoseka Phoswa Phungula Phusilarungrueng Phuthini Phádraig Pháidín
Phártholáin Phártoláin Phóil Phùng Phạm Pi Piacentini Piaget Piana Pianduangsri Piane Pianese Pianigiani
Piasecki Piazza Piazzi Piazzolla Pibiri Pica Picard Picariello Piccand Picchi Piccinini Piccinni Piccio
Piccione Picco Piccoli Piccolo Pichardo Pichler Pichlmaier Pichon Pichpandecha Piché Pickering Pictet Pieber
Piechota Pieczek Piekarski Pienaar Pieper Pierard Pierce Pieri Pierini Pierrard Pierre Pierret Pierro Pierson
Piesker Pieters Pieterse Pietilä Pietrangeli Pietras Pietro Pietruszka Pietrzak Pietrzyk Pietsch Piette Piga
Pigafetta Piggott Pignatelli Pignatti Pigott Piguet Piha Pihelgas Pihl Pihlak Piho Piir Piirainen Piirsalu
Pika Pikatsingkorn Pike Pikec Pikk Pikover Piková Pilarski Pilato Pilař Pilařová Pilbín Pilch Pili Piljek
Pilla Pillai Pillay Pillitteri Pilon Pilz Pilát Pilátová Pimenta Pimentel Pina Pinamonte Pinardi Pincheira
Pincherle Pinder Pineau Pineda Pinedo Pingle Pingpank Pinheiro Pinho Pini Pinilla Pininfarina Pinna Pinnock
Pino Pinon Pintar Pintarić Pintarič Pintea Pinter Pintilie Pinto Pintor Pintus Pintér Pinzari Pinzaru Pinzón
Piogóid Piotrowicz Piotrowski Piotáin Piovani Piperkovska Piperkovski Pipitone Pippig Piquer Pirandello Pirard
Piras Pirc Pircher Pire Piredda Pirelli Pires Piret Pirinen Pirker Pirlot Pirnat Piron Pirone Pirotte Pirrello
Pirrone Pirson Pirvu Pisacane Pisani Pisano Pisarević Pisaroni Pischedda Pisciotta Piscitelli Piscopo Pison
Pistoletto Pisu Pitanuwat Pithey Pitinac Pitkänen Pitschugin Pittalis Pittard Pittman Pitts Pitzalis Piva
Pivar Pivetta Pivoňka Pivoňková Piwowarczyk Pizarro Pizzamano Pizzetti Pizzi Pizzimenti Pizziol Pizzitola
Pizzo Pizzuti Piérard Piña Piñeiro Piñol Piórkowski Piątek Piątkowski Piłat Piškorjanac Pišút Pišútová Pjets
Pješivac Pješčić Pkemoi Pla Placento Plachá Plachý Placinta Plahinek Plakalović Plaksiy Plamadeala Plamenac
Plana Planas Planinska Planinski Plank Plantak Plantard Plante Plantek Plas Plaskur Plass Platania Plath
Platini Platon Plattner Platzer Plaucha Plauchová Plauk Plautz Plavec Plavecová Plavucha Plavuchová Plaza
Plazonja Plazonjić Plaček Plačić Plačko Plačková Plaščar Plažanin Plch Plchová Plejo Plekancová Plekanec
Plekanecová Plemić Plesca Pleskonjić Plessis Pletsch Pletschette Pleša Pleše Plešivcová Plešivec Pleška Ploeg
Plomb Ploom Plotzitzka Plourde Plover Pluhař Pluhařová Pluijm Pluta Pléimeann Pléimionn Plšek Plšková Poblete
Pochet Pocius Pock Pocrnja Podbarac Podgorets Podgórski Podhradská Podhradský Podkonická Podkonický Podnar
Podniece Podnieks Podpadac Podzimek Podzimková Podziņa Podziņš Poehn Poelmans Poels Poerio Poeschl Pogačić
Pogačnik Poggi Poggio Pogiba Pogorzelski Pohjola Pohl Pohland Pohle Pohlová Pointner Poirier Pokas Pokorny
Pokorná Pokorný Pokos Pokuaa Pol Polak Polanco Poland Polani Polanská Polanský Polančec Polat Polauaypon Pole
Polese Polesel Polet Poletti Polezhinoska Polezhinoski Polfliet Poli Poliak Poliaková Polidori Polifka
Polimeno Polis Polishchuk Politi Polito Polizzi Polić Poljak Poljakov Poljanska Poljanski Polla Pollak Pollard
Pollen Pollet Pollich Pollina Pollmächer Pollock Pollák Polláková Polo Polonijo Polović Polpo Polverino
Polyakov Polyakova Polzer Polách Poláchová Polák Poláková Poláček Poláčková Polášek Polášková Polívka
Polívková Polšak Pomaa Pomares Pombo Pometta Pomp Pompei Pompili Pompilio Ponce Poncelet Ponci Poncin
Pongpanitch Pongrac Ponitzsch Ponjavić Ponomarev Ponomareva Ponomariv Pons Pont Pontecorvo Ponti Poole Poom
Poon Poore Poos Pop Popa Pope Popelka Popelková Popescu Poposka Poposki Popov Popova Popovici Popović Popovska
Popovski Poppe Poppel Popržan Popusoi Popčić Popławski Porcari Porcel Porcellato Porcu Porgante Porgants
Porivay Porivaylo Poropat Porras Porsche Porta Porter Portero Porth Portilla Portillo Portmann Porto Porubjak
Porubjaková Porzio Porębski Posada Posalee Posch Poschmann Poser Poslon Pospíchal Pospíchalová Pospíšil
Pospíšilová Post Postica Postiglione Postl Postma Postolachi Potapov Potapova Potebenko Potenza Potgieter
Pothanun Pothuvaal Potier Potkonjak Potnar Pototska Pototskiy Potočar Potočnik Pottel Potter Potters Pottier
Potts Potvin Potůček Potůčková Pou Poucke Poulain Poulin Pouliot Poulsen Pour Pouros Pourová Pouw Pouye
Povilonis Powell Power Powers Powlowski Poyrazoğlu Poza Pozder Pozo Pozuelo Pozzecco Pozzi Pozzo Poçan Poška
Poštić Požarac Požega Praagh Prabhakar Prabhu Prabowo Prachayaroch Prachař Prachařová Prada Pradana Pradhan
Pradipta Prado Praet Praga Prager Prah Prajapat Prakalpawong Prakasa Prakash Prakatur Prangart Prange Pranowo
Prantl Praoidheáil Prasad Prasasta Prasetya Prasetyo Prashad Prastuti Prat Pratama Pratesi Prati Praticò
Pratiwi Prato Prats Pratt Praxmarer Prayoga Prayoonhong Pražák Pražáková Prchal Prchalová Prebil Prebiračević
Preciado Preda Prediger Predin Predić Predojev Predojević Predovan Predovic Predović Predragović Preez Preiß
Prelec Preloščan Prem Prempeh Prencipe Prendergast Prenner Prentice Preočanin Prepelita Prerad Preradović
Prespanska Prespanski Pressler Presti Preston Prete Pretkalniņa Pretkalniņš Pretorius Preuk Preuss Prevost
Prey Preziosi Prešeren Prial Pribanić Price Pridāne Pridāns Priede Priedīte Priedītis Priego Priemer Priest
Prieto Prigoda Prilepchanska Prilepchanski Primožič Prince Principato Pringle Prins Prinsen Prinsloo Prinz
Priondargás Priondragáis Priongalóid Prisacari Prisacaru Prisco Priselac Pritchard Pritula Priuli Privat
Privet Privitera Priymak Prkosovački Prlichko Probst Procacci Procházka Procházková Procopio Procter Proctor
Prodan Prodi Prohaska Proietti Proinnsias Prokeš Prokešová Prokhorov Prokhorova Prokop Prokopová Proost
Prosacco Proske Protić Proulx Prouse Provazník Provazníková Provencher Provenzano Provost Prošek Prošić
Prošková Prpić Prskalo Prtenjača Pruitt Prus Pruschke Pruteanu Pruul Pruvost Pryadun Pryal Przybylski Przybysz
Przybył Przybyła Prášek Prášková Prévost Príors Pröll Průcha Průchová Průša Průšová Psaltirov Psaltirova Ptak
Ptičar Ptáček Ptáčková Puca Pucci Puccini Puccio Puchalski Pucher Puchner Puddu Pudjiastuti Puente Puentes
Puerta Puga Puggioni Pugh Pugliese Pugliesi Puglisi Puhakka Puharić Puig Puirséal Puiu Pujadas Pujol Pukk
Pukluš Puklušová Pulci Puleo Pulgar Pulido Puljiz Pulk Pulkkinen Pun Pundel Puntigam Punz Pupák Pupáková
Puranen Purcell Purdy Puri Puriņa Puriņš Purmale Purmals Purnama Purnawarman Purnawati Purohit Purwadi
Purwanti Pury Puscas Pusch Puspasari Puspita Put Putinja Putinčanin Putnik Putniņa Putniņš Putra Putri Putskov
Putskova Putz Putzolu Puusepp Puustinen Puzavac Puzigaća Puķīte Puķītis Puška Puškarić Puškarčuk Pušková
Puškár Puškárová Pușcașu Pytel Python Páez Páidín Páirceir Pál Pálka Pálls Pálmars Pálmis Pánek Pánková
Pásztor Pátek Pátková Pärn Pärna Pärnpuu Pärtel Pärtzelt Pääkkönen Pålsson Pépin Pérez Péter Péts Pícha
Píchová Píša Píšová Póil Põder Põdra Põld Põldma Põldmaa Põllu Pöche Pöge Pölitz Pöll Pöllänen Pölzl Pöschl
Pühringer Püvi Pērkona Pērkons Pētersone Pētersons Płonka Přibyl Přibylová Přikryl Přikrylová Příhoda
Příhodová Pšenička Pšeničková Qaasim Qabeel Qabiloğlu Qadar Qadeer Qafarov Qahtan Qaim Qais Qarabağlı Qaseem
Qasif Qasımov Qasımova Qian Qiao Qin Qiu Qomazitha Qoçulu Qoşalı Quadir Quaglia Quaide Qualter Quaranta Quarta
Quartenoud Quartey Quartier Quasimodo Queally Queenane Queiroz Querini Quero Querol Quesada Quevedo Quezada
Quigley Quigney Quijada Quill Quillinan Quilty Quin Quinlan Quinlivan Quinn Quinney Quinny Quinodoz Quinta
Quintairos Quintana Quintanilla Quintero Quinteros Quinto Quintus Quirke Quiroga Quiros Quiroz Quirós Quiróz
Quispe Quitzon Quiñones Quiñónez Quliyev Qurbanlı Qurbanov Qusay Qutaybah Qutqaşınlı Qwabe Raab Raabe Raadik
Raag Raaghib Raakin Raamat Raashid Raatib Raatikainen Rabah Rabar Rabb Rabbani Rabbitte Rabee Rabenstein
Rabhartaigh Rabhi Rabhlaigh Rabia Rabiah Rabitsch Rabić Rabl Rabljenović Raca Rach Rachedi Rachmawati
Rachtagáin Racine Rackham Racordon Racu Raczyński Rada Radebe Radecki Radelić Rademaker Radhakrishnan Radi
Radicheska Radicheski Radigović Radijevac Radin Radinović Radisavić Radisavljević Radisavčević Radisch
Radivojac Radivojša Radić Radišević Radl Radlović Radman Radmanović Radoi Radojković Radolović Radomirović
Radomski Radonja Radonjanin Radonjić Radotić Radovac Radovanac Radovanković Radovanlija Radovanov Radović
Radová Radočaj Radošević Radtke Radu Radulaški Radulescu Radulić Radulj Raduljesković Raduljević Radulović
Radusilović Radusinović Radušić Raduški Radvanji Raed Rael Raemdonck Raes Raeymaekers Rafaels Rafailović Rafay
Rafeek Raffa Rafferty Rafi Rafidyev Rafidyeva Rafnars Rafnkells Rafns Rafter Raftery Raftis Raghaill Raghaille
Raghallaigh Raghavan Raghna Raghnaill Ragnars Rago Ragone Ragusa Raguž Ragúels Rahal Rahardian Rahayu Raheel
Rahija Rahilly Rahimah Rahimov Rahimova Rahman Rahmani Rahmawati Rahmoune Rahmouni Rahn Rai Raich Raid Raidma
Raifearta Raifteirí Raifyev Raifyeva Raighill Raighilligh Raighle Raighne Raight Raigne Railean Raileanu Rails
Raimondi Raimondo Rainer Rais Raith Raithbheartaigh Raithile Raj Raja Rajabov Rajabova Rajagopal Rajagopalan
Rajala Rajan Rajasa Rajata Rajh Rajn Rajs Rajtek Raju Rajčević Rajčić Rajš Rajšić Rak Rakanović Rakarić Rakas
Rakela Rakinić Rakovan Rakovanová Raković Rakovska Rakovski Raková Rakowski Rakuljić Rakušić Ralbovski Raleigh
Raljević Rallaigh Rallo Ram Rama Ramachandran Ramadan Ramadhan Ramadhani Ramaekers Ramaker Ramakrishnan Raman
Ramanathan Ramaswamy Ramazzotti Ramač Rambaldi Rambousek Rambousková Ramdani Ramdedovic Ramella Ramesh Ramirez
Ramis Ramos Rampazzo Ramsauer Ramsay Ramsey Ramziddinov Ramziddinova Ramírez Ramón Ramšak Rana Rand Randall
Randazzo Randhawa Randles Randmaa Randoja Randolph Randunković Randvers Raneri Raney Ranftl Ranganathan Rangel
Rangelov Rangen Ranieri Raniolo Rannvers Ranta Rantala Rantanen Ranucci Ranz Rao Raol Rapin Rapisarda
Rapisardi Raposo Rapovac Rapp Rappaz Rapraz Rapuano Rascón Rashid Rashidov Rashidova Rasinac Rasić Rask Raskin
Rasmus Rasmussen Raspopović Raspor Raspudić Rastelli Rastija Rastoder Rastogi Rata Rataj Ratajczak Ratajová
Ratemo Rath Rathaile Rathallaigh Ratke Ratkovčić Ratniece Ratnieks Ratsin Ratta Rattan Ratti Rattigan Rau
Raubuch Rauch Raucher Raud Raudsepp Raufyev Raufyeva Rauhala Raukuc Raurica Rausch Rauscher Rauso Raut
Rautenkranz Rauter Rautiainen Rautio Ravaglioli Ravaioli Raval Ravanovska Ravanovski Ravel Ravet Ravi Ravn
Ravshanov Ravshanova Rawley Raxmatullohyev Raxmatullohyeva Ray Raya Rayel Rayhan Rayhonova Raymond Raynaud
Rayner Raynor Rayyonova Razić Razo Rađenović Rašeta Rašetarević Rašetić Rašević Rašić Raška Rašková Rašović
Raščanin Ražov Re Rea Reachtabhair Reachtabhra Reachtagáin Reachtain Reachtair Reachtaire Reachtar Reachtúire
Read Reade Reader Real Reale Reanacháin Reannacháin Reardon Reavy Rebane Rebić Rebolledo Rebollo Recchia Recer
Recers Rechberger Recio Reckinger Redaelli Reddin Reddy Redi Redican Reding Redl Redmond Redondo Redzepova
Reed Reede Reen Rees Reese Reeves Refs Regalado Regan Rege Regge Reginbalds Reginns Regnier Reguera Rehak Rehn
Rehorst Rehwagen Reiber Reich Reichardt Reichel Reicher Reichert Reichl Reichling Reichmann Reid Reidars Reidy
Reif Reifenrath Reifnirs Reig Reijers Reilly Reimann Reimars Reimes Reina Reinars Reinbacher Reinberg Reindl
Reinelt Reiner Reinert Reinger Reinhardt Reinharts Reinholds Reinikainen Reinisch Reinke Reinprecht Reinsalu
Reinthaler Reis Reischl Reiser Reising Reisinger Reisner Reitbauer Reiter Reiterer Reithil Reithofer Reitinger
Reitze Rek Remacle Remeta Remeš Remešová Remmel Remmers Rempel Remy Ren Renard Renaud Renault Renda Renders
Rendra Rendulić Rendón Renehan Renen Rengifo Renier Renk Renna Renner Rennich Renovica Renovčević Rens
Rensburg Rensi Renson Rentería Rentz Renz Renzi Renčar Repac Repetto Repija Repiská Repiský Repo Reppin
Requena Resanović Resch Resele Resković Resnik Respighi Restivo Restle Restorff Restrepo Reséndez Retamal
Retamales Rettenbacher Retzke Reuber Reumann Reus Reuss Reusse Reuter Revenco Revilla Rey Reyes Reymond Reyna
Reynaert Reynalds Reynars Reynaud Reynders Reynell Reynirs Reynold Reynolds Reynoldson Reynoso Reyrs Rezek
Rezende Rezig Rezková Rečević Reşo Rhatigan Rhattigan Rheder Rheineck Rhoden Rhodes Riabhaigh Riada Riagáin
Riain Riallaigh Riardáin Riascos Riba Ribar Ribarić Ribas Ribaupierre Ribeiro Ribera Ribes Ribić Ribičić Rica
Ricart Riccardi Riccati Ricci Ricciardi Riccio Riccobono Rice Rich Richard Richardová Richards Richardson
Richer Richey Richie Richmond Richter Richtr Richtrová Richtár Richtárová Rickard Rico Ricolfi Ridder Riddle
Ridge Ridire Ridolfi Riedel Rieder Riediger Riedl Riedler Riedmann Rieger Riegler Riehl Riekmann Riekstiņa
Riekstiņš Riem Riener Rienzo Riepl Riera Riermeier Ries Rieser Riester Riet Riethmüller Rietman Rietmüller
Rietscher Rietveld Riffo Rigaux Riggi Riggio Riggs Righetti Righi Rigney Rigoni Riha Rihová Riihimäki Riikonen
Riisberg Rijcken Rijetković Rijks Rijn Rijnsbergen Rijntjes Rijthoven Rikharðs Rikke Riley Rimai Rinaldi
Rincón Riner Riney Ring Ringel Ringer Ringhofer Rink Rinn Rinne Rinner Rintala Rioba Riocaird Riojas Riolláin
Riolo Riordan Rios Riou Rioux Riparbelli Ripken Ripoll Rippey Rippin Riquelme Risch Risek Risma Rismondo
Rissanen Risteard Ristić Ristoska Ristoski Ristov Ristova Ristovska Ristovski Ritacca Ritchie Ritosek Ritoša
Ritschel Ritsma Rittenberg Ritter Rittgasser Rittweg Ritz Rius Riva Rivard Rivas Rivera Rivero Riveros Rivers
Riviere Rivière Riyanti Rizov Rizova Rizvonyev Rizvonyeva Rizza Rizzi Rizzo Rizzoli Ričko Riša Riška Riško
Rišková Rišo Rišová Roa Roach Roache Roarke Roarty Roba Robadey Robak Robb Robbins Robbrechts Robel Roberge
Roberson Robert Roberti Roberts Robertson Robertsson Robeson Robhacháin Robhartaigh Robi Robin Robinson
Robitaille Robiyayeva Robledo Robles Robson Robu Roca Rocamora Rocca Roccabonella Rocchi Rocco Roce Rocha
Rochaix Rochat Roche Rocher Rock Rockmeier Roda Rodacháin Rodaigh Rodarte Rodaí Rodden Roddy Rodehau Roden
Rodgers Rodigari Rodionov Rodionova Rodowski Rodrigo Rodrigue Rodrigues Rodriguez Rodrígez Rodríguez Rodríquez
Rodáin Roe Roeck Roecker Roelandt Roels Roero Roessink Rogahn Rogala Rogalski Roger Rogers Rogerson Roggatz
Rogge Rogiers Rogner Rogolino Rogov Rogova Rogowski Rogoz Rogošić Rogulja Rohaan Rohan Rohleder Rohländer
Rohrer Rohrmoser Roht Rohtla Roháč Roháček Roháčeková Roháčik Roháčiková Roháčová Roibín Roig Roijen
Roithleáin Rojas Rojek Rojeková Rojka Rojko Rojková Rojnić Rojo Rokossa Roland Rold Roldan Roldán Roleder
Rolfs Rolfson Rolland Rollinger Rollins Rollo Roloff Rolón Roma Romagnoli Romaguera Romain Roman Romanciuc
Romanelli Romanens Romani Romaniello Romanini Romanishin Romanishina Romaniv Romano Romanov Romanova
Romanovska Romanovskis Romanowski Romančík Romančíková Rombaut Rombouts Romenets Romeo Romero Romeu Romey
Romijn Romiti Romo Romochko Rompaey Romy Román Romčević Ronalds Ronan Ronayne Roncalli Rondinone Rondoni
Rondović Ronkainen Rono Ronoh Roo Roob Roodesteijn Rooij Room Rooney Roos Roose Roosen Roosenboom Roosileht
Roots Roover Rooyen Rop Ropero Roque Ros Rosa Rosado Rosales Rosandić Rosario Rosas Rosati Rosbach Rosca
Roschinsky Rose Rosell Roselló Rosemann Rosenauer Rosenbauer Rosenbaum Rosenberg Rosenberger Rosengren Rosenow
Rosenqvist Rosenthal Rosero Rosi Rosiak Rosiello Rosin Rosina Rosinová Rosiński Roskoth Rosksch Rosmini Rosner
Roso Rosová Ross Rossberg Rosseel Rosselat Rosselet Rossellat Rosselli Rossellini Rosselló Rosset Rossetti
Rossi Rossini Rossiter Rossler Rossmann Rosso Rossouw Rossum Rosu Rosén Rota Rotari Rotaru Roth Rothallaigh
Rothenbacher Rother Rothlainn Rotich Rotolo Rotondo Rottensteiner Rotter Rotteveel Rottiers Rotundo Roubal
Roubalová Rougemont Roukes Roulin Roura Rourke Rous Rousová Rousseau Rousseaux Roussel Rousselet Rousset Rout
Rouwenhorst Rouwhorst Roux Rovira Rovčanin Rowan Rowe Rowland Rowlands Rowley Roy Roybal Royer Royo Rozas Roze
Rozenbaha Rozenbahs Rozgić Rozhkov Rozhkova Roziyayeva Rozman Rozputniy Rozputnya Rozsypal Rozsypalová Rozīte
Rozītis Ročkomanović Rošević Roškić Rožac Rožič Rožkalne Rožkalns Rožman Rua Ruacháin Ruadhainn Ruadhcháin
Ruadháin Ruaidhe Ruaidhinn Ruaidhrí Ruaidhín Ruairc Ruanadha Ruanaidhe Ruanaí Ruane Ruano Ruanáin Rubben
Rubbia Rubene Rubenis Ruberto Rubeša Rubilar Rubinić Rubino Rubio Rubík Rubíková Rucco Ruch Ruciński
Ruckdeschel Rudaigh Rudan Rudden Ruddy Rudinski Rudkins Rudnicki Rudolf Rudolfová Rudolfs Rudolph Rudziński
Rudzki Rudzīte Rudzītis Ruecker Rueda Ruelas Ruelle Ruffini Ruggeri Ruggieri Ruggiero Rugut Ruhshonova Ruijs
Ruiséal Ruiter Ruiz Rukavina Rumaysayeva Rumenić Rumenov Rumenova Rumjantsev Rumora Rumpf Runce Runcis Runis
Runolfsdottir Runolfsson Runte Runólfs Ruotolo Ruotsalainen Rupnik Rupp Ruppersberger Ruppert Rupprecht
Ruqiyayeva Rus Rusakov Rusakova Rusciano Rush Rusin Rusjakov Rusjakova Rusko Rusková Rusnac Rusnak Rusnák
Rusnáková Rusomanov Rusomanova Rusová Russel Russell Russo Russu Rust Rustamov Rustamova Rusticucci Rusu
Rusňak Rusňák Rusňáková Rutar Ruth Rutherford Rutkowski Ruto Rutten Rutto Ruud Ruus Ruuskanen Ruwa Ruz Ruíz
Rušanoski Ružička Ružičková Ryabov Ryabova Ryan Ryba Rybak Rybakov Rybakova Rybarczyk Rybicki Rybníček
Rybníčeková Rybová Rybár Rybárik Rybáriková Rybárová Rybář Rybářová Ryck Rycke Rydberg Ryder Rydén Ryjikh Ryle
Rynn Rynne Rys Rysová Rytkönen Ryynänen Ryzih Ryš Ryša Ryšavá Ryšavý Ryška Ryško Ryšková Ryšová Rzepka Rác
Rácová Rácz Rághaill Ráighle Ráighne Ráinne Ránaigh Ráðgeirs Ráðvarðs Rädel Rädler Räisänen Räntsch Räsänen
Rätsep Räty Réagáin Réamoinn Réamonn Réill Rémy Rí Ríkarðs Ríkharðs Ríle Río Ríogh Ríoghbhardáin Ríogáin
Ríordáin Ríos Rís Ríós Róberts Rócháin Ródenas Róisde Róiste Rólants Róláin Róm Rómans Rómeós Rómová Rónáin
Rós Rósants Rósars Rósbergs Rósenbergs Rósinbergs Rósinkars Rósinkrans Rósis Rósmanns Rósmunds Różański
Różycki Röck Rödiger Rögnvalds Rögnvars Röhrdanz Röhricht Rökkvis Römer Rönkkö Rörricht Röse Rössler
Röthlisberger Röttger Röðulls Røed Rønning Rúbars Rúbens Rúdólfs Rúfus Rúfusová Rúnaidhe Rúnars Rúnú Rúriks
Rúts Rúáin Rücker Rüdiger Rüegg Rüter Rüttimann Rüütel Rýdl Rýdlová Rýs Rýsová Růžek Růžička Růžičková Růžková
Rəhimov Rəşidova Saabir Saad Saadi Saadiyev Saadiyeva Saafir Saahir Saajid Saal Saalim Saaqib Saar Saare
Saarela Saari Saarinen Saariyah Saastamoinen Saavedra Saba Sabadell Sabah Sabaly Sabater Sabatini Sabatino
Sabato Sabau Sabbatini Sabbe Sabdat Sabeeh Sabela Sabelo Sabharwal Sabia Sabian Sabil Sabino Sabinova Sabiq
Sabir Sabljak Sabol Sabolski Sabolčec Saboor Sabotic Sabri Sabrinova Sabur Saburah Sacchet Sacchetti Sacchi
Sacco Saccone Sachar Sachdev Sachdeva Sachse Saci Sack Sacristán Sacré Sadan Sadaqat Saddamov Sadeed Sadiki
Sadio Sadiqov Sadiyeva Sadović Sadowski Sadriddinov Sadriddinova Sadílek Sadílková Sadıklar Sadıxov Sadıxova
Sadžak Saefullah Saelens Saez Safari Saffi Safinayeva Safiryev Safiryeva Safitri Safiyeva Saflanis Safo Safoaa
Safonov Safonova Safoyev Safoyeva Safronov Safírs Sagadi Sagafe Sagar Sager Sagese Sagmeister Sagna Sagnelli
Sagonas Sagredo Saha Saheed Sahli Sahlin Sahner Sahni Sahota Sahraoui Sai Saia Said Saidani Saidi Saidov
Saidova Saile Sailer Saina Saini Sainio Sainz Sair Saito Saitoti Saiz Sakalauskas Sakamoto Sakarya Sakarías
Sakač Sakho Sakinayeva Saks Saksen Sakwa Sala Saladino Salah Salahudin Salaj Salajka Salajková Salajová Salako
Salamanca Salami Salamone Salamoğlu Salandra Salas Salat Salata Salatiello Salazar Salcedo Salcher Salcido
Saldaña Saldivar Saldivia Saldziev Saldzieva Saldías Saleh Salem Salemi Salemme Salerno Sales Salet Salgado
Salgari Salhi Salieri Salierno Salim Salinas Salis Sall Sallinen Salm Salma Salmanns Salmars Salmela Salmen
Salmerón Salmi Salminen Salmiņa Salmiņš Salmon Salo Salohiddinov Salohov Salohova Salom Salomaa Salomone
Salomonsson Salonen Salopek Salow Salsabilla Salu Salumets Salumäe Salvador Salvadori Salvars Salvati
Salvatore Salvatori Salvemini Salvi Salvini Salvo Salvucci Salvà Salz Salzano Salzer Salzmann Salómons Sam
Sama Samac Samancı Samandarov Samandarova Samaniego Samardžija Samb Samba Sambe Sambou Samek Samel Samele
Samelová Sameya Sameľ Sameľová Sami Saminova Samirov Samirova Samiryev Samiryeva Samiyeva Samková Sammartano
Sammartino Sammer Sammert Sammon Sammy Samoei Samohod Samohodaj Samolov Samolovac Samosir Samoylov Samoylova
Sampaio Sampath Samper Sampson Samra Samson Samsonov Samsonova Samsonová Samsons Samuel Samuelová Samuelsson
Samwel Samyn Samúels San Sanabria Sanadrović Sanches Sanchez Sancho Sanctis Sandal Sandalcı Sandalj Sandanezwe
Sandberg Sande Sandell Sandels Sander Sanders Sanderson Sandgren Sandhu Sandi Sandin Sandić Sando Sandor
Sandoval Sandoz Sandris Sands Sandström Sandu Sandvik Sane Sanev Saneva Sanfilippo Sanford Sang Sangha Sanghvi
Sanguineti Sangwani Sangweni Sanhueza Sani Sanitra Sanitrová Sanjarov Sanjuan Sankar Sankaran Sanmartín
Sanmiguel Sanna Sannino Sans Sansone Sansoni Sansonnens Sant Santacruz Santamaria Santamaría Santana Santander
Santangelo Santarelli Santarossa Santarsia Santarsiero Santen Santi Santiago Santibáñez Santilli Santillán
Santinelli Santini Santis Santner Santo Santoni Santori Santorio Santoro Santos Santoso Santucci Sanudo Sanusi
Sanz Sané Saoraidhe Saors Saoudi Sapienza Saponaro Saporito Saptono Saputra Saputri Sarabia Saraceno Saracino
Saraf Saragat Saragih Sarah Saraiva Saran Sarap Sarapuu Saraswati Sarbu Sardelić Sardella Sardina Sardorov
Sardorova Sarievska Sarievski Sarin Sarkar Sarma Sarmiento Sarna Sarnataro Sarneel Sarno Sarpong Sarr Sarraf
Sarsfield Sarti Sartor Sartori Saruni Sarv Sarvari Sarvarov Sarvarova Sarvinozova Sarı Sarıoğlu Sas Sasaki
Sassano Sassi Sasso Sastre Sastry Sathe Satherley Satner Sato Satria Satriani Satta Sattelmaier Satterfield
Sattler Sauber Sauceda Saucedo Saudan Sauer Sauerland Saul Sauli Sauliete Saulietis Saulīte Saulītis Saumweber
Saunders Saura Sauro Saussure Sauvage Sava Savage Savant Savard Savary Savciuc Savelev Saveleva Saveljev
Savevski Savin Savina Savini Savitska Savitskiy Savoca Savoia Savoie Savolainen Savorgnan Savova Savu Sawayn
Sawe Sawhney Sawicki Sawyer Saxena Saxis Saxo Sayah Sayenko Sayers Saygıner Sayyid Sazonov Sazonova Sbarbaro
Sbrana Scaduto Scaglione Scala Scalaidhe Scalaighe Scalera Scalfaro Scalia Scalise Scallaigh Scallan Scallon
Scally Scalzo Scamarcio Scanaill Scandone Scanlan Scanlon Scanláin Scannail Scannaill Scannell Scannláin Scano
Scanu Scaramucci Scarano Scardino Scarfoglio Scarlatti Scarpa Scarpellini Scarpetta Scarponi Scc Scealláin
Schaack Schaaf Schachinger Schachner Schacht Schaden Schaefer Schaeffer Schafer Schaffarzik Schaffer Schagen
Schahbasian Schakelaar Schalk Schaller Schamberger Schandl Schank Schantl Scharf Scharinger Scharroo Schartner
Schartz Schatteleijn Schatz Schatzl Schaub Schauer Schaus Schedler Scheel Scheer Scheffers Scheibe Scheiber
Scheidegger Scheidl Schejbal Schejbalová Schelk Schellekens Schellenbeck Schelvis Schembera Schenk Schenkel
Schepens Schepers Schepper Scherbarth Scherer Scherini Schermann Scherms Scherr Scherrer Schersing Scherz
Scherzer Schettino Scheucher Scheuermann Scheurer Scheuring Schevinghuizen Scheytt Schiaparelli Schiavi
Schiavo Schiavon Schiavone Schicchi Schiefer Schielke Schieskow Schiestl Schifano Schiffer Schilcher
Schildhauer Schillaci Schiller Schilling Schilt Schiltz Schima Schimmel Schimmer Schimpl Schinagl Schindler
Schindzielorz Schinke Schinner Schinnerl Schintgen Schiopu Schipper Schirmer Schirrmeister Schirru Schlachter
Schlager Schlangen Schlatter Schlauchin Schlawitz Schlechtweg Schleich Schlesser Schley Schleyer Schlicht
Schlitzer Schlosser Schlögl Schmalzle Schmeler Schmid Schmidinger Schmidl Schmidt Schmidtchen Schmidtke
Schmidtová Schmied Schmiedecke Schmiedt Schmit Schmitt Schmitz Schmuck Schmuhl Schmölzer Schnabl Schneeberger
Schneider Schneidrová Schnelting Schnider Schnieder Schniedermeier Schnyder Schnürer Schober Schoberg Schoch
Schoeman Schoen Schofield Schokman Scholl Scholten Scholtes Scholtz Scholz Schomber Schon Schonberg
Schondelmaier Schoofs Schoonbroodt Schorderet Schorr Schott Schotte Schottin Schottmann Schou Schouren
Schouten Schowalter Schrader Schramm Schrammel Schrant Schranz Schreck Schreiber Schreiner Schreiter Schrempf
Schrenk Schrepfer Schrijver Schrik Schrittwieser Schroder Schroeder Schroeff Schryver Schröder Schrøder
Schubert Schuchhardt Schuermann Schuff Schuh Schuhaj Schuijt Schuldt Schuler Schulist Schuller Schult Schulte
Schulten Schultz Schultze Schulz Schulze Schumacher Schumann Schumm Schummer Schupp Schuppe Schuri Schuster
Schutter Schutzbach Schuurmans Schuylenborch Schwab Schwaiger Schwaighofer Schwalm Schwanbeck Schwandke
Schwanitz Schwarthoff Schwartsbach Schwartz Schwarz Schwarzer Schwarzinger Schwarzkopf Schwarzl Schwarzmeier
Schwarzová Schwass Schwatlo Schweiger Schweighofer Schweinfurt Schweisfurth Schweitz Schweitzer Schweizer
Schwendinger Schwennen Schwerdtner Schwidde Schwirkschlies Schwital Schwizgebel Schwuchow Schyns Schädler
Schäfer Schäffel Schäffer Schäning Schär Schärer Schöberl Schöckel Schöffmann Schöller Schön Schönauer
Schönball Schönbeck Schönberg Schönberger Schönebeck Schönenberger Schönfeld Schönherr Schönland Schönlebe
Schöpf Schötz Schüler Schüller Schüppel Schürch Schütz Schütze Sciacca Scialpi Scocco Scognamiglio Scolaidhe
Scolaighe Scolaí Scollaigh Scollan Scolláin Scopece Scorza Scott Scotti Scotto Scribhín Scripnic Scriven
Scrofani Scuderi Scullion Scully Scurtu Scutaru Scuylenborchs Scéacháin Seachnasaigh Seafraidh Seafraigh
Seally Sealy Seanacháin Seanaigh Seanainn Seanlaoich Seanáin Searcaigh Searle Searlóg Searraigh Sears Seasnáin
Sebastiani Sebastians Sebastián Sebastíans Sebenji Secchi Secci Sechi Seck Seco Secrieru Sedano Sedarević
Seddiki Seddio Sedillo Sedlar Sedliak Sedliaková Sedlák Sedláková Sedláček Sedláčková Sedlář Sedlářová
Seebacher Seeger Seelig Seery Segarra Segebahn Segers Segerson Segersun Segerszoen Seghers Segni Segovia Segrè
Seguel Seguin Segunmaru Segura Seguí Sehgal Sehls Sehnal Sehnalová Seibhleáin Seibhlin Seibhlín Seibold Seidel
Seiders Seidl Seidlová Seifert Seifertová Seifs Seigel Seighin Seil Seiler Seims Seinín Seip Seireadáin Seiser
Seitheacháin Seithneacháin Seitric Seitz Seiwald Sekanina Sekaninová Sekera Sekerová Sekhon Sekinat Selami
Sele Selecká Selecký Seleznev Selezneva Selin Seliverstov Seliverstova Sellers Sels Sem Sembathwa Seme
Semenochko Semenov Semenova Semeraro Semerád Semerádová Semeshchuk Semialjac Semisch Semitecolo Semprini Sen
Senatore Senger Senghor Sengupta Sengwayo Seničić Senkel Senko Senková Senn Senouci Senzangakhona Seochfhradha
Seochrú Seoighe Seoin Sepe Sepetçi Sepp Seppä Seppälä Seppänen Sepúlveda Serafimov Serafimova Serafimovska
Serafimovski Serafin Serafini Serafino Serao Serban Serdyuk Serem Seremet Serena Serfontein Sergeev Sergeeva
Sergejev Serghei Sergi Serhat Serlupi Sermonti Serna Serpa Serr Serra Serraglio Serrano Serrato Servais Serwaa
Seršić Seržante Seržants Sesars Seshadri Sesils Sessa Sestig Sestito Seth Sethi Setiawan Setrick Setty Setälä
Sevarova Sevcenco Seven Sever Severa Severi Severino Severová Sevi Sevilla Sevillano Sevinchova Sevrin Sewald
Sexton Seydi Seye Seyidova Seymour Sezek Sezer Sezgin Seághain Seáin Seč Sečová Sforza Sgalambro Sgarbi Sgulla
Sha Shabalala Shabane Shabangu Shaffer Shaffrey Shah Shahbozov Shahbozova Shahinova Shahnozova Shahobiddinov
Shahobiddinova Shahriyorov Shahriyorova Shahzodov Shahzodova Shai Shailer Shakya Shamase Shamhráin Shamrilo
Shamsiddinov Shamsiddinova Shan Shanahan Shand Shandu Shangase Shange Shankar Shanker Shanley Shannon Shanny
Shao Sharaf Sharapov Sharapova Sharevska Sharevski Shariff Sharkey Sharma Sharov Sharova Sharp Sharpe Sharry
Shashkov Shashkova Shaughnessy Shaw Shazi Shcherbak Shcherbakov Shcherbakova Shchukin Shchukina Shea Sheahan
Sheane Sheedy Sheehan Sheehy Sheeran Sheerin Shehu Sheikh Sheil Sheilds Sheitric Shekoni Shelembe Shelton Shen
Shengele Shenoy Sheoinín Shepard Shepherd Sheppard Shere Sheridan Sherlock Sherman Sherpa Sherry Sherzodov
Sherzodova Shestak Shestakov Shestakova Sheth Shetty Shevchenko Shevlin Shezi Shi Shibase Shiel Shields Shiels
Shijak Shijakov Shijakova Shijakovska Shijakovski Shikuku Shilov Shilova Shimizu Shindarey Shine Shinga
Shirilov Shirilova Shiryaev Shiryaeva Shishkov Shishkova Shitric Shiu Shiyan Shiúrdáin Shiúrtáin Shkaraba
Shoba Shodiyorov Shodiyorova Shohibov Shohibova Shohjahonov Shohruxov Shombela Shongwe Shopov Shopova
Shoptrajanov Shoptrajanova Short Shortt Shoyisa Shozi Shrestha Shroff Shterjoska Shterjoski Shubin Shubina
Shudrik Shukhevich Shukla Shukronova Shukrulloh Shukrulloha Shulinchevska Shulinchevski Shum Shumilo Shupe
Shupik Shómais Siacais Siadhacháin Siadhail Siaghail Siardáin Sibal Sibalukhulu Sibanda Sibaya Sibeko Sibhene
Sibhleáin Sibilia Sibindi Sibisi Sibiya Sibul Siciliano Sidheáil Sidhu Sidi Sidibé Sidler Sidletska Sidletskiy
Sidlyak Sidor Sidorov Sidorova Sidorová Sidovska Sidovski Siebel Siebenaler Sieber Sieberer Siebert Siedlecki
Siegl Siegling Siegrist Siele Sielemann Siemon Siener Sienkiewicz Sieradzki Siering Sierra Sietniece Sietnieks
Sievers Siewert Siffredi Sifuna Sigagu Sigbergs Sigberts Sigbjarts Sigbjörns Sigdórs Sigegede Sigei Sigerson
Sigfasts Sigfinns Sigfreðs Sigfús Siggeirs Sighvats Sigjóns Sigl Siglaugs Sigmanns Sigmars Sigmunds Signars
Signorelli Signorile Signorini Sigris Sigrist Sigríks Sigs Sigsteinns Sigtryggs Sigtýrs Sigurbalds Sigurbergs
Sigurbjarnis Sigurbjarts Sigurbjörns Sigurbrands Sigurdórs Sigurfinns Sigurgeirs Sigurgests Sigurgríms
Sigurgíslis Sigurhans Sigurhjörts Sigurjóns Sigurkarls Sigurlaugs Sigurleifs Sigurlinnis Sigurliðis Sigurlás
Sigurmanns Sigurmars Sigurmons Sigurmunds Sigurnýas Sigurnýjas Sigurodds Sigurpálls Sigursteinns Sigursveinns
Sigurvaldis Sigurvins Sigurðs Sigurólis Sigurþórs Sigvaldis Sigvarðs Sigþórs Sihler Sihombing Sihotang
Sihvonen Siim Siino Sijadu Sikhakhane Sikhosana Sikhunyana Sikirić Sikk Sikobi Sikora Sikorová Sikorski Sikuku
Sikwayo Sila Silangwe Sild Silenzi Siletska Siletskiy Silin Silina Siliņa Siliņš Siljanovska Siljanovski Silk
Silke Sillah Sillanpää Sillaots Sillaste Siller Sillis Silm Silva Silveira Silvennoinen Silvestri Silvestrini
Silvestro Sima Simanjuntak Simard Simba Simbolon Simelane Simeoin Simeoli Simeone Simeoni Simeti Simic
Simijonović Simin Simion Simionescu Simiyu Simić Simićević Simjanović Simmen Simmon Simmonds Simmons Simoens
Simojlović Simola Simon Simoncelli Simone Simonen Simonet Simonetti Simoni Simonini Simonis Simonič Simonov
Simonova Simonović Simonovska Simonovski Simonová Simons Simonsen Simonsson Simov Simova Simovska Simovski
Simpson Sims Simson Simula Simulov Simunović Simurdić Simó Simões Simčič Sin Sinaga Sinan Sinanoğlu Sinclair
Sindris Sinema Singer Singh Singhal Singleton Sinha Sini Sinisi Sinner Sinnhuber Sinnott Sinopoli Sinožić
Siochfhradha Siochrú Sionacháin Sionainn Sionnaigh Sionáin Sioradáin Sipes Sipilä Sipos Siqueira Siracusa
Siragusa Sirait Sirbu Sire Sireelert Siregar Sirel Sirghi Siri Siripaiboo Sirko Sirois Sirojiddinov
Sirojiddinova Sirotić Sirviö Sirén Sisask Sischka Sishangwe Sishi Sishiya Sismondi Sisneros Sitar Sitarić
Sitati Sitek Sith Sithenjwa Sithole Sithombo Sithuli Sitienei Sitnikov Sitnikova Sitolotolo Sitompul Sitorus
Sitters Sittisaowapak Situma Situmorang Siu Sivertsen Sivák Siváková Siwek Siwele Sixtus Siyaya Siyeshe Siún
Siúrdáin Sjafnars Sjöberg Sjöblom Sjödin Sjögren Sjöholm Sjölander Sjölin Sjölund Sjöstedt Sjöstrand Sjöström
Skaftis Skala Skalická Skalický Skally Skalovska Skalovski Skalová Skalski Skandović Skaptis Skarphéðinns
Skeahan Skeffington Skefills Skeggis Skehan Skeledžija Skelly Skenderija Skenderovic Skiba Skibicki Skibiński
Skiles Skinner Skivington Skjölds Sklenica Sklenicová Sklenička Skleničková Sklenka Sklenková Sklenár
Sklenárik Sklenáriková Sklenárová Sklenář Sklenářová Sklár Sklárová Skoczylas Skog Skoglund Skok Skokan
Skokanová Skoog Skopal Skopalová Skoropadska Skoropadskiy Skorris Skorupan Skov Skowron Skowronek Skowroński
Skořepa Skořepová Skračić Skrijelj Skroban Skrzypczak Skrzypek Skudra Skuggis Skuja Skujiņa Skujiņš Skupnjak
Skutecká Skutecký Skuterud Skácel Skácelová Skála Skálová Skærings Skærs Skírnirs Skíðis Skóra Sköld Skúlis
Skútas Skřivánek Skřivánková Slabá Slabý Sladaković Sladek Sladić Sladká Sladký Sladoje Sladojević Sladonja
Sladović Slaetsdochter Slagmolen Slam Slamarski Slamek Slamon Slanev Slaneva Slanina Slaninová Slankamenac
Slatara Slater Slatinac Slattery Slavenska Slavenski Slaveska Slaveski Slavica Slavković Slavík Slavíková
Slavíček Slavíčková Slašťan Slašťanová Slegers Slevin Slezák Slezáková Slijepac Slijepčević Slimani
Slingerland Slivka Slivko Slivková Sloan Sloane Sloboda Slobodanović Slobodjanac Slobodník Slobodníková
Slobodová Slobodyan Slobođanac Slonja Sloot Slota Slotová Slotta Slovinec Slovinecová Slovák Slováková
Slováček Slováčková Slowey Sluaghdháin Sluka Sluková Slyne Sládek Sládková Sláma Slámová Slámáin Sléibhín
Smail Smailbegović Smaić Smajlović Smakjoska Smakjoski Small Smart Smealáin Smedsrud Smedt Smeede Smeets
Smejkal Smejkalová Smet Smetana Smetanová Smets Smieja Smilevska Smilevski Smiljan Smiljanec Smirnoff Smirnov
Smirnova Smit Smith Smitham Smits Smiðs Smogeli Smoković Smokvarska Smokvarski Smola Smolders Smolić Smoliński
Smoljanec Smoljanić Smolka Smolková Smolová Smoláin Smolík Smolíková Smrek Smreková Smrčka Smrčková Smrž
Smržová Smullen Smutná Smutný Smuģe Smuģis Smyrills Smyth Smythe Smál Smáris Smékal Smékalová Snauwaert
Snedden Snell Snjókis Snjólaugs Snjólfs Snooke Snorris Snow Snyder Snyman Snæbjarts Snæbjörns Snæhólms
Snælaugs Snærings Snærs Snævarrs Snævars Snæþórs So Soare Soares Sobarzo Sobczak Sobczyk Sobek Sobieraj
Sobitov Sobitova Sobková Sobolev Soboleva Sobolewski Soboll Sobota Sobotka Sobotková Sobowale Sobrero Sobrino
Soccorsi Socha Sochacki Sochirca Sochor Sochorová Socolov Sodano Sodar Soderini Sodhi Sodiqov Sodiqova Soduba
Soest Sofer Soffanías Soffici Sofronievska Sofronievski Soi Soini Soininen Soita Sojka Sojková Sokač Sokhela
Sokhulu Sokhwebula Sokić Sokk Sokol Sokolov Sokolova Sokolová Sokolowski Sokołowski Sokół Sola Solak Solana
Solanki Solano Solar Solari Solberg Soldati Soldo Solej Solejová Soler Solera Solev Soleva Solga Solheim
Solihayeva Solimena Solinas Solis Soliz Soller Solli Sollima Sollner Solmaz Solomon Solomun Solorio Solorzano
Solovev Soloveva Solovjov Solsona Soltan Soltani Soltanov Soltanova Solunska Solunski Solé Solís Som Somacháin
Soman Somayaji Somboni Somers Somfula Somma Sommaruga Sommer Sommrová Somogyi Somoza Sompisi Somrak Somssich
Sondini Sondisa Sondore Sondors Song Songiya Soni Sonko Sonn Sonnabend Sonnenfeld Sonnino Sonnleitner
Sonqandile Sontag Sontuli Soo Sood Sooksawang Soolachán Soolaghan Soon Soos Soosaar Soosalu Soots Soper
Sophanías Sophus Soprano Soranzo Sorattanachai Sorbello Sorce Sordi Sorgatz Sorger Soria Soriano Sorić Soro
Sorokin Sorokina Sorrentino Sosa Sosnowski Sosnáin Sosyura Sosāre Sosārs Sotelo Sothole Soto Sotobe Sottile
Souare Soucy Soudani Soukup Soukupová Souma Soumaré Sousa Southee Soutter Souza Souček Součková Sova Sovová
Sow Sowa Sowiński Sowman Soyinka Soylu Soós Sołtys Sołtysiak Sošić Spaan Spada Spadafora Spadaro Spadoni
Spaendonc Spaendonck Spagnolo Spagnuolo Spahn Spain Spallanzani Spanevello Spanhaak Spank Spano Spanu Spanò
Sparacino Sparić Sparks Spartakus Spasenić Spasenović Spasenovska Spasenovski Spasić Spasković Spasojev
Spasojević Spasov Spasova Spasovska Spasovski Spataro Spataru Spealáin Spears Speer Speijer Spelman Spelmeyer
Spence Spencer Spenser Speranza Speri Sperl Spiegelburg Spiegl Spielvogel Spier Spies Spieß Spiga Spiker
Spillane Spina Spindler Spinelli Spinka Spinner Spinola Spinu Spiolláin Spioláin Spirov Spirova Spirovska
Spirovski Spitzer Spitzmüller Spizzirri Splinter Splyukh Splyukha Spoerri Spoláin Sporer Sporrer Sporðis
Spotikach Spreeuw Spreeuwel Spreitzer Sprenger Spreuwel Springer Sprong Sproģe Sproģis Spruit Sprunger Spruyt
Sprūde Spurná Spurný Spáin Spáčil Spáčilová Spóis Spörri Spöttel Squarcione Sraffa Srakić Srb Srbová Sridhar
Srinivas Srinivasan Srisoontorn Srivastava Sroka Sršen St Stabile Stac Stace Stachowiak Stachowicz Stachura
Stachurski Stack Stadelmann Staden Stadlbauer Stadler Stael Staelens Staffieri Stafford Staglieno Stahl Stahr
Staicu Stakhiv Stalder Stamatiadis Stamatoska Stamatoski Stamm Stamrood Stan Stanciu Stancu Standaert Standún
Stanek Stanescu Stang Stange Stanger Stangl Stanijanović Stanijević Stanikić Staniszewski Stanisławski
Stanivuković Stanić Staničić Staniša Stankevičius Stankiewicz Stankov Stankova Stankovska Stankovski Stanley
Stanleys Stanton Stanzione Stančin Staněk Stapis Stapić Stapleton Staquet Stardelov Stardelova Stark Starkaðs
Starkenberg Starosta Starostová Starovlah Starris Stará Starý Starčević Stas Stasiak Stassin Staszewski Staub
Staudacher Staude Staudinger Staudt Stauffer Staunton Stauss Stavila Stavreska Stavreski Stavrev Stavreva
Stawicki Staňková Stašćik Stec Stecher Steckel Steding Steed Steele Steen Steenbakkers Steenbeek Steenkamp
Steer Stefan Stefanelli Stefanescu Stefani Stefaniak Stefano Stefanov Stefanova Stefanovska Stefanovski
Stefans Stefański Steffen Steffensen Steffny Stefnirs Stefáns Steger Stegmann Stehlík Stehlíková Stehr
Steichen Steidl Steigauf Steiger Stein Steinacher Steinarrs Steinars Steinbacher Steinbauer Steinberg
Steinberger Steinbergs Steinbjörns Steinböck Steindl Steindórs Steinecke Steiner Steinerová Steinert
Steinfinns Steingríms Steininger Steinis Steinkamp Steinkellner Steinkells Steinlechner Steinmann Steinmanns
Steinmars Steinmeiern Steinmetz Steinmóðs Steinns Steinröðs Steinvarðs Steinwender Steinólfs Steinþórs
Stejskal Stejskalová Stelkens Stella Stelmach Stelzer Stelzl Stenberg Stengel Stengl Stenlund Stenson Stensrud
Stenström Stenzel Stepanets Stepanić Stepanov Stepanova Stepanović Stephan Stephen Stephens Stephenson Sterckx
Sterkman Stern Stetskiv Stettler Stettyn Steuber Steuer Steuk Steurer Stevanov Stevanova Stevelić Stevens
Stevenson Stevilović Stevkovska Stevkovski Steward Stewart Stey Steyaert Steyn Stibhin Stibor Stiborová
Stichter Stiebitz Stiedemann Stief Stiegler Stifel Stiffel Stifter Stigaylo Stigliano Stinis Stiofáin
Stipanović Stiperski Stirbu Stirnirs Stock Stocker Stockhammer Stockinger Stodola Stodolová Stoffel Stoffelsz
Stoian Stoiber Stoica Stoices Stojanoska Stojanoski Stojanov Stojanova Stojanovska Stojanovski Stojchev
Stojcheva Stojkov Stojkova Stojkovska Stojkovski Stojmenska Stojmenski Stojnić Stojčević Stokanović Stokes
Stoklasa Stoklasová Stolarczyk Stolarski Stoll Stolla Stolle Stolnik Stoltenberg Stoltz Stolz Stolze Stondún
Stone Stook Stopar Stoppani Storchak Storey Storl Storladi Storm Storms Storozhuk Storp Storti Story Stout
Stoutjesdijk Stoyan Stošić Straaten Stracke Stradivari Straka Straková Stralen Strand Strandberg Strangio
Strano Stranski Strasser Stratan Stratford Stratmann Stratton Stratulat Straub Strausa Strauss Strautiņa
Strautiņš Strautmane Strautmanis Strauß Strawbridge Strazdiņa Strazdiņš Stražičić Streck Streese Street Strege
Streich Streicher Streit Strejček Strejčková Strelkov Strelkova Streller Strepački Strickland Strid Striebitz
Strieder Striezel Strigt Strigter Strijker Strik Strikinac Strinavić Strmota Strnad Strnadová Strnisko
Strnisková Strobl Stroe Strogies Stroh Strohmaier Strohmayer Strohmeier Strohschank Stroman Strong Stroobants
Strosin Strouhal Strouhalová Strunz Strutz Strydon Strzelczyk Strzelecki Stránská Stránský Ström Strömberg
Strøm Strýček Strýčeková Stuart Stubbs Stube Stubičan Stucchi Stuchlík Stuchlíková Stucki Studená Studený
Studer Studnička Studničková Stuivenberg Stummer Stumpf Stundún Stupalo Stuparić Stupka Stupková Sturlas
Sturlaugs Sturm Sturmer Sturris Stutz Styger Styrbjörns Styrkárs Styrmirs Styrrs Styrs Stárek Stárková Ståhl
Stígs Stín Stóc Stórólfs Stöckert Stöckl Stöckli Stöger Stöppler Stöwer Stückler Stürmer Stütz Stănescu
Stępień Stępniak Su Suarez Suartini Suazo Subbotin Subbotina Subedi Subramaniam Subramanian Sucameli Sucera
Suchak Suchomel Suchomelová Suchá Suchánek Suchánková Suchý Suciu Sudiati Sudrajat Suen Suffa Sugrue Suhonen
Suhrobov Suhrobova Suibhne Suijker Suinvorde Suipéal Suits Sujew Sujjaboriboon Suk Sukhanov Sukhanova Sukhenai
Suková Sukute Sukuts Sulaimon Sulaymonov Sulaymonova Sule Suleiman Sulg Sullivan Sultanlı Sultanov Sultonov
Sultonova Sulzer Sumarliðis Sumayyeva Summers Summerville Sun Sunarić Sundaram Sundberg Sundell Sunder Sundin
Sundqvist Sundström Suomalainen Suominen Superina Suppan Supple Supriyanto Sur Sura Surace Suraprachit
Suraprasert Surać Sureda Suresh Suri Surian Suriano Surma Suryatmi Suryono Susa Susanti Sushko Susi Suski
Sussmann Suter Sutermeister Suthar Suthe Sutinen Sutschet Sutt Sutter Sutton Sutz Suur Suvajac Suvajdžić
Suvajčević Suvala Suvačarov Suvi Suvorov Suvorova Suwarno Suzović Suzuki Suárez Sučević Suđić Suša Sušac
Sušnik Svafars Svahn Svalis Svanberg Svanbergs Svanbjörns Svangeirs Svanhólms Svanis Svanlaugs Svanmunds Svans
Svantesson Svanþórs Svatoň Svatoňová Svatoš Svatošová Svavars Svačina Svačinová Svedberg Sveinars Sveinbergs
Sveinbjarts Sveinbjörns Sveinjóns Sveinlaugs Sveinmars Sveinns Sveinungis Sveinþórs Svends Svendsen Svensson
Sverres Sverrirs Svet Svetiev Svetieva Svetličić Svidrigaylo Svirčev Sviták Svitáková Svoboda Svobodová
Svorcan Svozil Svozilová Svrakačić Svrbík Svrbíková Svrtan Sváfnirs Svärd Svölnirs Svörfuðs Světlík Světlíková
Swaleh Swaminathan Swamy Swaniawski Swanson Swart Swazi Sweeney Sweeny Swennen Swift Swillims Swinnen Swords
Sy Syahreza Sykes Sylla Sylvester Symcox Symons Synek Synková Synnott Syombua Syrjälä Syrová Syrový Sysoev
Sysoeva Szabo Szabó Szafrański Szalai Szasz Szatkowski Szczepaniak Szczepanik Szczepański Szczerba Szcześniak
Szczygieł Szczęsna Szczęsny Sze Szekely Szekeres Szeląg Szendrei Szeto Szewczyk Szikra Szilágyi Szostak Szulc
Szwarc Szwed Szydłowski Szymański Szymczak Szymczyk Szymkowiak Szyszka Székely Szücs Szőke Szűcs Sá Sáenz Sáez
Sáirséal Sámel Sámelová Sámeľ Sámeľová Sánchez Sándor Sárközi Säde Säuberlich Sæbergs Sæbjörns Sæis Sælaugs
Sæmanns Sæmunds Særs Sæther Sævalds Sævarrs Sævars Sævins Sæþórs Sène Sé Séagha Séamuis Séartha Ségnane Séguin
Símons Síocháin Síoda Síomóin Síoráin Síothcháin Sírnirs Sírus Sírín Síthigh Síththe Sívars Sófus Sófónías
Sókrates Sólbergs Sólbjarts Sólbjörns Sólimanns Sólmars Sólmunds Sólons Sólvers Sólvins Söderberg Södergren
Söderholm Söderlund Söderman Söderqvist Söderström Söding Sölmunds Sölvars Sölvis Sölzer Sören Sörens Sörensen
Sörlis Sözeri Sööt Søndergaard Sørensen Sørlie Súilleabháin Súilliobháin Süleymanlı Süleymanov Süleymanoğlu
Sürth Süßebier Sýkora Sýkorová Sýrus Sējēja Sējējs Sīle Sīlis Sławiński Słowik Słowiński Taaj Taal Taanish
Tabacu Tabassum Tabaček Tabet Taboada Tabrisov Tabrisova Tacchini Taccola Tacconi Tack Taddei Tadeen Tafazal
Tafelmeier Taferner Tafoya Tafuri Taggart Tagliabue Tagliaferri Tagliafierro Tagore Tahaw Tahawwur Taheem
Tahincioğlu Tahir Tahirova Tahirović Tahmaseb Tahraoui Tahri Tai Taibi Taichligh Taidhg Tailor Taimur Taipale
Tait Taiwo Taj Tajammul Tak Takahashi Takala Takalić Takev Takeva Takkelenburg Takovska Takovski Takyi Takács
Talabani Talal Talapka Talarico Talat Talavanić Talavera Talbi Talbot Taleb Taleska Taleski Talevska Talevski
Talha Talhah Tali Taliani Talib Taliercio Tall Tallarico Tallone Talpa Talpaš Talpašová Talts Talwar Talıblı
Talıbov Tam Tamang Tamanna Tamarit Tamas Tamayo Tamba Tamberg Tamborini Tamburello Tamburi Tamburini Tamez
Tamhais Tamindžić Tamm Tammaro Tamme Tammerijn Tammik Tamminen Tampolja Tampubolon Tamsma Tamunoemi Tamás Tan
Tanacković Tanaka Tanase Tanasijević Tancoš Tancošová Tandon Tandris Taneja Tang Tangen Tanghe Tangney Tanguay
Tanguy Tanjga Tank Tankosić Tanner Tanrıkulu Tansey Tanskanen Tanui Tanurdžić Tanzer Tanzi Tanzini Tao
Taormina Tapavica Tapavički Tapdıqlı Tapdıqoğlu Tapia Tapp Tar Tara Taran Tarantini Tarantino Tarasov Tarasova
Tarassov Tarasyuk Tarchetti Tardif Tarfs Tarhan Tarihoran Tarlaigh Tarnowski Tarpaigh Tarpey Tarquini
Tartaglia Tartamella Tartini Tarus Tarvainen Tasca Tasche Taskinen Taslak Tassi Tassinari Tasso Tassone
Tassoni Tata Tatar Tataranni Tatarka Tatarková Tatarová Tataru Tate Tatiana Tatomirov Tatár Tatárka Tatárkaová
Tatárová Tauber Taucher Taufratshofer Tavani Tavares Tavčar Tawia Tawkeel Taylor Tazegül Taş Taşlı Taşçı
Tcacenco Tcaci Teahan Teangana Teangnaí Tebaldi Techer Tedde Teder Tedeschi Tedesco Teearu Teesalu Tegethof
Tehan Teichmann Teicāne Teicāns Teimhneáin Teits Teixeira Tejada Tejeda Tejedor Tejera Tejero Tekand
Tekelioğlu Tekin Telak Telebar Telenta Telesca Telesio Tella Tello Temelkoska Temelkoski Temirov Temitope
Temmerman Tena Tencalla Tenorio Teodorescu Teodosievska Teodosievski Teofilović Teokarević Teovanović Tepavac
Tepavčević Tepeš Tepić Teplá Teplý Tepper Tepša Tepšić Teras Terentev Terenteva Terenzi Terer Teresi Terheiden
Terlecki Terlević Terlizzi Terlouw Termine Ternan Terragni Terrazas Terrell Terry Terrón Teruel Tervo Terzi
Terziev Terzieva Terzija Terzin Terzić Terzo Terán Tesař Tesařová Tesi Tesla Tessier Testa Teterin Teterina
Teufel Teufl Teuling Teunissen Tevdenić Tevetoğlu Texier Textor Tešanović Tešija Thabekhulu Thabethe Thabizolo
Thaidhg Thaker Thakkar Thakur Thaler Thalhammer Thaller Thaman Thamrin Thanel Thango Thantananont Thapa
Thatcher The Theele Thein Theis Theisen Thela Thembekwayo Thembela Thenjwayo Theodórs Theron Therrien Theunis
Theunissen Theuri Theys Theódórs Thiam Thiao Thiarnáin Thiaw Thibault Thibaut Thibodeau Thieke Thiel Thielen
Thierry Thies Thighearnaigh Thighearnáin Thijs Thill Thilmany Thimm Thinnes Thiomas Thiong'o Thiongane Thioub
Thioune Thirion Thiry Thisell Thobeni Thoirbhealaigh Thoirdhealbhaigh Thole Thom Thoma Thomas Thomassen Thomka
Thomková Thommen Thompson Thomsen Thomson Thomáis Thonon Thor Thorbergs Thorcail Thorens Thoresen Thornton
Thorpe Thors Thorsen Thorén Thout Thoya Thoyana Thriene Thränhardt Thréinfhear Thréinfhir Thuathail
Thuathaláin Thuku Thulin Thuliswayo Thumbela Thumbeza Thuo Thuranira Thurner Thusi Thusini Thust Thwala
Thygesen Thys Thyssen Thámhais Théraulaz Thériault Thómais Thórs Thöne Thöny Tiainen Tian Tiano Tianvarich
Tiarnaigh Tiarnáin Tiba Tiberti Tica Tichá Tichý Tidow Tiedtke Tiefenbacher Tielemans Tiepolo Tiernan Tierney
Tietze Tighe Tighearna Tighearnaigh Tighearnáin Tihhomirov Tihomirović Tiihonen Tiik Tiits Tijanić Tijerina
Tikas Tikhonov Tikhonova Tikka Tikkanen Tilgner Tilk Tillack Tillman Tillmanno Tilotta Tiltiņa Tiltiņš Timarić
Timek Timeková Timka Timko Timková Timlin Timmerman Timmermann Timmermans Timofeev Timofeeva Timofejev Timonen
Timoney Timony Timotić Tindarey Tindars Tindris Tinds Tine Tinguely Tinney Tinnis Tins Tintor Tintzmann
Tiobraide Tiomanaidh Tiomanaigh Tiománaidhe Tiománaí Tiozzo Tirabassi Tirado Tirelli Tirie Tirkkonen Tirop
Tirpák Tirpáková Tirri Tisaj Tischler Tischmann Tissot Titipatrayunyong Titov Titova Tittman Titus Tivontschik
Tiwaa Tiwari Tjalds Tjörfis Tjörvis Tkachenko Tkaczyk Tlustek Toader Toal Tobar Tobin Tobler Tobías Tochko
Todaro Todd Todorov Todorova Todorovska Todorovski Todsapornpitakul Tofan Tofani Tofoska Tofoski Toft Togher
Togliatti Tognazzi Tohall Tohirov Tohirova Toirbhealaigh Toivanen Toivonen Toić Tojić Tokarski Tokatlıoğlu
Tokgöz Tolain Tolan Toldo Toledo Tolentino Tolevska Tolevski Tolin Tolj Tollis Tolomeo Tolonen Tolosa Toloza
Tolu Tolulope Tolvanen Toma Tomala Toman Tomana Tomanek Tomanović Tomanová Tomaník Tomaníková Tomas Tomaselli
Tomasello Tomasetti Tomasi Tomasini Tomasović Tomassoni Tomaszewski Tomazović Tomaň Tomaňová Tomaš Tomašek
Tomašeková Tomaška Tomaško Tomašková Tomažič Tomczak Tomczyk Tomei Tomek Tomeková Tomescu Tomeček Tomečeková
Tomečka Tomečko Tomečková Tomeš Tomešová Tomhnair Tomingas Tomić Tomičić Tomka Tomko Tomková Tomlinson
Tomljanović Tommaseo Tommasi Tommaso Tomović Tomovska Tomovski Toms Tomson Tomušilović Tomys Tomáis Tománek
Tománeková Tománková Tomás Tomáš Tomášek Tomášeková Tomášik Tomášiková Tomáška Tomáško Tomášková Tomášová Tomé
Tomčić Tomšič Tonat Tonc Tonelli Toner Tong Toninelli Tonini Tonisto Tonkovac Tonn Tonnis Tonra Tonui Tončić
Too Toolan Toole Toolin Toolis Toom Tooman Toome Toomey Tooming Toomsalu Toor Toots Top Topal Topalov
Topalović Topaloğlu Topalski Topisirović Topić Toplak Topolovac Topolović Topoľská Topoľský Topçuoğlu Toraman
Torchia Torchio Torfis Torfs Torgersen Torlonia Tormaigh Tormay Tormaš Tormey Tormo Tornatore Toro Toroitich
Torp Torpey Torphy Torralba Torre Torrecilla Torrence Torrens Torrent Torrents Torres Torresi Torri Torriani
Torricelli Torrijos Torrisi Torstensson Tortora Tortorici Toscani Toscanini Toscano Toselli Toshev Tosheva
Toshevska Toshevski Tosi Toso Tosto Totaro Toth Toti Totino Totić Totman Toto Totwiller Touati Toubeau Touil
Toumi Tournay Tours Touré Toussaint Tovar Towett Towne Townsend Toy Toyipov Toyipova Tozija Tozzi Tozzo Tracey
Tracy Tracz Traetta Traini Trainor Trajkovska Trajkovski Tralli Trampeli Tramposch Tran Trandafir Tranová
Trantow Traoin Traore Traoré Trapanese Trapani Trapp Trask Tratnik Trattner Trauner Trausch Traustis Trauth
Trautmann Travaglia Travaglini Travaglio Travan Travers Traversa Traverso Travia Travica Travis Traxler
Traynor Trbović Treabhair Treacy Treanor Treasa Treasaigh Treasaí Trebbi Treboux Treccani Treff Trei Treial
Treier Trejo Tremblay Tremmel Tremonti Trenchevska Trenchevski Treneska Treneski Trenor Trentin Trentini
Treoigh Treskavica Tresoldi Tress Tretinjak Tretola Tretyak Tretyakov Tretyakova Treutel Treves Trevino
Trevisan Trevisani Treviño Trezzini Treó Treóigh Trgovčić Triall Triana Triboi Tribuljak Trierweiler Trif
Trifan Trifunovska Trifunovski Trikasemmart Trikić Trikošanin Trillini Trillo Trimmel Trincavelli Trinkl
Triolo Tripathi Triplat Tripodi Tristans Trivedi Trivkanović Trlík Trlíková Trnka Trnková Trnski Trobbiani
Troch Trofimov Trofimova Troisi Trojachanets Trojan Trojanová Trojanowski Trombetta Trommler Tromp Tron
Troncoso Tropea Trostans Trotta Trottier Trovato Troy Troyan Trpenovska Trpenovski Trtica Trub Truben
Trubenová Trubin Trublayevska Trublayevskiy Trudel Truhlář Truhlářová Trujillo Trummer Trupiano Trupp
Trussardi Trutanić Truter Truu Tryasilo Tryasun Tryggvis Trzciński Trzeciak Trávníček Trávníčková Tréinfhear
Trépanier Tröst Trúmanns Trüb Trček Trčka Trčková Trương Trần Trịnh Tsabalala Tsamonikian Tsanev Tsaneva Tsang
Tschentscher Tschiers Tschirch Tschudi Tse Tsekov Tsekova Tsekovska Tsekovski Tsenev Tseneva Tshabalala
Tsimbalistiy Tsoi Tsotetsi Tsrvenkovska Tsrvenkovski Tsrvenov Tsrvenova Tsui Tsuma Tsushko Tsvetanovska
Tsvetanovski Tsvetkov Tsvetkova Tuachair Tuairisc Tuairisg Tuama Tuamáin Tuaraisce Tuaruisce Tuataigh
Tuathaigh Tuathail Tuathaill Tuathaláin Tuathalín Tuathlainn Tubanski Tubridy Tucci Tuccillo Tuch Tucholke
Tucker Tuckett Tudela Tudić Tudor Tudorache Tudose Tudow Tufano Tufo Tuijl Tuile Tuimlin Tuisk Tuithof Tukane
Tuksar Tukur Tulla Tullio Tully Tumas Tumbarello Tumino Tumis Tunaboylu Tungkasethakul Tunkova Tunç Tunçeri
Tuohey Tuohy Tuomi Tuominen Tuovinen Tupá Tupý Tur Turajlić Turallı Turan Turati Turcan Turcanu Turchetta
Turchi Turci Turco Turcotte Turcu Turek Turesson Tureček Turečková Turgeon Turina Turinski Turiņa Turiņš Turk
Turková Turley Turmes Turnadžić Turnbull Turner Turongkinanon Turov Turova Turpeinen Turpin Turraoin Turrini
Turudić Turunen Turza Turčinov Turčok Turčoková Tuschmo Tushevska Tushevski Tustonja Tutino Tutty Tutu Tuul
Tuulik Tuwei Tuzzolino Tuča Tuček Tučková Tučs Tuđa Tuğlu Tuğluk Tušek Tuškan Tveit Tvrdá Tvrdík Tvrdíková
Tvrdý Twardowski Tweneboa Twidle Twohey Twohig Twomey Twumasi Tyler Tynan Tyrfings Tyrrell Táborská Táborský
Táilliúir Támhais Tächl Täht Tähtinen Täsche Téacháin Téidheacháin Téllez Tímis Tímons Tímoteus Tímóteus
Tístrans Tóbías Tóibín Tóis Tókis Tóláin Tómas Tórpaigh Tórrez Tórs Tóth Tóthová Tô Tõnisson Többen Töpfer
Törnqvist Török Türk Türkdoğan Türkyılmaz Tütüncü Tüzün Týrs Tālberga Tālbergs Tăng Tīrele Tīrelis Tříska
Třísková Tůma Tůmová Uaid Uaithne Uaitéir Ualghairg Uallacháin Ualtair Ubaadah Ubadah Ubaid Ubaidah Ubaldi
Ubavin Ubavić Ubavkić Ubay Ubayd Ubaydullah Ubaydullohyev Ubaydullohyeva Ubbis Ubiparip Ubiparipović Ubner
Ubović Uca Uche Uchechi Uchqunov Uchqunova Udeen Udeh Udicki Udilović Udinese Udinesi Udovičić Udovički
Udovčić Udvardi Ugarak Ugarte Uggis Ughi Uglješić Ugo Ugolini Ugrinić Ugrinovska Ugrinovski Ugričić Ugrčić
Uhban Uher Uhl Uhlemann Uhlig Uhlíř Uhlířová Uhrig Uhrová Uibel Uibhrín Uibo Uidhir Uidhlinn Uiginn Uilcín Uit
Uittenbosch Uitterdijk Ukić Ukraden Uldry Ulemek Ulibarri Uliczka Ullmann Ulloa Ullrich Ulrich Ulrichová
Ulrichs Ultaigh Uluhan Umaarah Umair Umanets Umar Umarov Umarova Umbach Umidullohyev Umidullohyeva Umidyev
Umidyeva Umlauft Umminger Umolac Underwood Ungaretti Unger Ungureanu Uniacke Uniaque Unich Unis Unnars
Unnbjörns Unndórs Unnsteinns Unnþórs Unruoch Unt Unterberger Unterpaintner Unterweger Untila Uotila Upadhyay
Uphaus Uphuis Uphus Uppal Upton Ural Uram Uramová Urb Urbain Urban Urbancová Urbanec Urbanek Urbaniak Urbano
Urbanová Urbanowicz Urbansky Urbany Urbańczyk Urbański Urbina Urblík Urblíková Urbonas Urbánek Urbánková Urdin
Ureña Urfonov Urfonova Urhig Uriarte Uribe Urlić Urra Urrab Urrutia Ursachi Urso Ursu Urzúa Uría Urías Urðars
Usada Usai Usamah Usich Usmonov Usmonova Ustinov Ustinova Utama Utami Utješanović Uus Uusitalo Uustalu Uvarov
Uvarova Uwais Uxis Uyainah Uys Uzayrov Uzayrova Uzelac Uzun Uzunov Uzunova Uzunovska Uzunovski Uí Uğurlu Ušić
Vaati Vabaza Vaca Vacarciuc Vacca Vaccari Vaccaro Vacek Vachon Vaci Vacková Vaculík Vaculíková Vadlja Vaduva
Vaes Vaessen Vafoyev Vafoyeva Vagns Vahala Vahar Vaher Vahlensieck Vaht Vahter Vahtra Vaidya Vailati
Vaillancourt Vaillant Vain Vainio Vaino Vaip Vaivade Vaivads Vajcik Vajciková Vajcík Vajcíková Vajda Vajdička
Vajdová Vajzenbach Vakareskov Vaks Val Vala Valach Valachovič Valachovičová Valachová Valadez Valbergs
Valbjörns Valbrands Valbuena Valcárcel Valdebenito Valdemars Valderrama Valdez Valdimars Valdis Valdivia
Valdés Valdórs Valencia Valenciano Valent Valenta Valente Valenti Valentin Valentine Valentini Valentino
Valentić Valentová Valentín Valentínová Valentíns Valentínus Valenza Valenzuela Valera Valeri Valero Valette
Valeš Valešová Valgarðs Valge Valgeirs Valguarnera Valier Valić Valjetić Valk Valkai Valkama Valkonen Vall
Valladares Vallaðs Valle Vallejo Vallejos Vallenduuk Valles Vallet Valletta Valli Vallienne Vallin Vallone
Valls Vallée Vallélian Vallés Valmarana Valmars Valmunds Valová Vals Valsecchi Valsteinns Valtere Valters
Valtonen Valtýrs Valušek Valušeková Valuška Valušková Valverde Valves Valášek Valášková Valíants Valíček
Valíčeková Valþórs Van Vanaga Vanags Vanbrabant Vance Vandaele Vandamme Vandecasteele Vandekerckhove
Vandenbergh Vandenberghe Vandenbroeck Vandenbroucke Vandenbussche Vandendriessche Vandeputte Vanderheyden
Vanderlinden Vanderstraeten Vandervort Vandevelde Vandewalle Vanegas Vanek Vaneková Vang Vangermain Vangisa
Vanhee Vanhoutte Vanhove Vanneste Vanni Vannini Vansteenkiste Vanvitelli Vaníček Vaníčková Vančura Vančurová
Vaněk Vaněček Vaněčková Vaquero Vara Varano Varas Varela Varenina Vares Varga Vargas Varghese Vargová Varik
Varinac Varis Varićak Varkey Varma Varman Varmars Varmuža Varnica Varriale Varrier Varsakovska Varsakovski
Vartiainen Vartic Varty Varughese Varzić Varšava Vasa Vasari Vasconcelos Vascotto Vasile Vasilescu Vasileska
Vasileski Vasilev Vasileva Vasilevska Vasilevski Vasiliev Vasilin Vasilishin Vasilishina Vasiliu Vasilj
Vasilkivska Vasilkivskiy Vasils Vaska Vasko Vaskov Vaskova Vasková Vasquez Vass Vassallo Vasseur Vastenhouw
Vastraedsd Vater Vatnars Vattimo Vaughan Vaughn Vavrikov Vavrinec Vavrinecová Vavřík Vavříková Vaz Vazquez
Vaňková Vašadi Vašek Vašeková Vaška Vaško Vašková Vašák Vašáková Vašíček Vašíčková Veale Veas Vecchi Vecchio
Vecellio Vecoli Vecumniece Vecumnieks Vedvik Veen Veenendaal Veenstra Vega Vegar Vegge Vegt Veiga Veigars
Veigs Veilleux Veinberga Veinbergs Veisa Veiss Veit Veiver Veić Vejar Vejnović Vejvoda Vejvodová Vekecki Vekić
Vela Velaja Velanac Velandia Velasco Velasquez Velazquez Velde Velden Velderman Veldsman Velez Velichkovska
Velichkovski Velioğlu Veljanov Veljanova Velkov Velkova Vella Veloso Velthoven Veltman Veltroni Velzen
Velásquez Velázquez Velďák Velďáková Ven Vendetti Venditti Vendrell Venegas Venezia Veneziano Venghaus Venier
Venkataraman Venkatesh Venrooy Venter Ventimiglia Vento Ventura Venturelli Venturi Venturini Venäläinen Vera
Verax Verbeeck Verbeek Verbeke Verbiest Verbist Verboom Verboven Verbruggen Verbrugghe Vercammen Vercauteren
Vercelloni Vercesi Vercoe Vercruysse Verda Verde Verdejo Verdes Verdi Verdier Verdonck Verdone Verdugo Verdun
Verduzco Verdú Veredun Vereecke Vereecken Verelst Veres Vereshchuk Verfaillie Verga Vergara Vergassola
Vergauwen Vergeer Vergerio Vergun Verhaar Verhaegen Verhaeghe Verhagen Verharen Verheij Verhelst Verheuvel
Verheyden Verheyen Verhoeven Verhulst Verkade Verlinden Verma Vermandois Verme Vermeersch Vermeil Vermeir
Vermeire Vermeiren Vermeulen Vermeylen Vermunds Verner Vernerová Vernharðs Verniest Veronese Verri Vers
Versace Verschuere Verschueren Verschut Versfeld Versluijs Verstappen Verstraete Verstraeten Vertoor Vertooren
Vervaeke Vervaet Vervoort Verwimp Verwoert Verzi Vesel Veseličić Veselov Veselova Veselová Veselá Veselý Vesin
Vesić Veski Vesković Vespa Vespucci Vestars Vestergaard Vesterinen Vesterlund Vestin Vestmars Veterník
Veterníková Vethayasas Veturliðis Veum Veverka Veverková Vey Vezi Vezmar Vezzali Vezzoli Večeřa Večeřová
Viaene Vial Viale Viana Vianello Viberg Vicari Vicen Vicena Vicencio Vicenová Vicens Vicente Vichi Vicinanza
Vicini Vicol Victor Victors Victory Vida Vidaković Vidal Vidas Vidaček Videla Viderščak Vidic Vidmar Vidoni
Vidosavljević Vidov Vidović Vidovič Vidranjski Vieira Viellehner Vienne Viera Vierdag Vierin Vieru Vieweg Vig
Vigfús Viggós Vigil Vigliotti Vigneron Vignirs Vignon Vigorelli Vigris Vigs Vigtýrs Viik Viira Viitala
Viitanen Vik Vikars Viklund Viks Vikström Viktors Vila Vilain Vilakazi Vilalta Vilanova Vilaplana Vilar
Vilbergs Vilberts Vilbjörns Vilbogis Vilbrands Vilches Vilciņa Vilciņš Vilgeirs Vilhelms Vilhelmsson Vilhjálms
Vilis Viljanen Viljars Viljevac Viljis Viljoen Vilka Vilks Vill Villa Villablanca Villadicani Villadsen
Villagra Villagrán Villagómez Villalba Villalobos Villalonga Villalpando Villamil Villamizar Villani
Villanueva Villar Villareal Villari Villarosa Villarreal Villarroel Villaseñor Villaverde Villegas Villemson
Villena Villeneuve Villiers Villis Vilmars Vilmunds Vilsone Vilsons Vilímek Vilímková Vincenc Vincent Vincents
Vincenzi Vincetić Vinci Vinck Vincze Vinjars Vink Vinketa Vinogradov Vinogradova Vintere Vinters Vinther
Vintila Vinyuvanichkul Vinš Vinšová Viola Violante Violi Virgilio Virgills Virk Virlan Virta Virtanen Virág
Visagie Visan Visani Visconti Viscò Visentin Vishnyakov Vishnyakova Visintin Visintini Vismara Visnapuu Visser
Vissers Visulchev Visulcheva Viswanathan Vita Vitale Vitali Vitasović Viti Vitiello Vitman Vito Vitrebenko
Vitryak Vittadello Vittori Vitturi Vitásek Vitásková Vivaldi Vivanco Viveros Vives Viviani Viviers Vizcaíno
Vizitiu Vizziello Viðars Viña Viñas Viļuma Viļums Višekruna Višňovská Višňovský Vižintin Vlaanderen Vlach
Vlachovič Vlachovičová Vlachová Vlad Vladimirov Vladimirova Vladimirska Vladimirski Vladislavić Vladov Vladova
Vlaeminck Vlah Vlakhchev Vlakhcheva Vlakhov Vlakhova Vlas Vlasov Vlasova Vlassov Vlasák Vlasáková Vlašić
Vleugels Vliet Vlk Vlková Vlna Vlnka Vlnková Vlnová Vlček Vlčková Vobořil Vobořilová Vodička Vodičková
Vodopivec Vodrážka Vodrážková Vodák Vodáková Voelkel Voet Vogel Vogelgsang Vogl Vogler Vogt Vohra Voicu Voigt
Voinea Voisin Vojković Vojta Vojtek Vojteková Vojtka Vojtko Vojtková Vojtová Vojtíšek Vojtíšková Vojtěch
Vojtěchová Vojáček Vojáčková Vokoun Vokounová Vokuhl Volarević Volarić Volcke Volek Volf Volfová Volk Volker
Volkman Volkmann Volkov Volkova Volková Vollbrecht Volle Vollis Volná Volný Voloshchuk Volpe Volpi Volta
Volterra Von VonRueden Vona Vondra Vondrová Vondrák Vondráková Vondráček Vondráčková Vonlanthen Vontein Voorde
Voorhout Voorst Voortman Vopnis Vora Vorel Vorkapić Vorlová Vorlíček Vorlíčková Vorms Vorobev Vorobeva
Vorobjov Voronin Voronov Voronova Vorontsov Vorontsova Voráček Voráčková Vos Vosilyev Vosilyeva Vosloo Votava
Votavová Votruba Votrubová Voutilainen Vozar Vozila Vozár Vozárová Voříšek Voříšková Vrabcová Vrabec Vrabelj
Vrabie Vrablec Vrablecová Vrancken Vranckx Vranić Vranjić Vranken Vrazhalska Vrazhalski Vračar Vračarević Vrba
Vrban Vrbanac Vrbas Vrbaslija Vrbová Vrekalović Vretenar Vrhovec Vries Vroege Vrome Vrugić Vrzal Vrzalová
Vrána Vránová Vsiliauskas Vugdelija Vugec Vuille Vuillermoz Vujaković Vujeva Vuk Vukadin Vukaljević Vukalović
Vukanović Vukasović Vukašinac Vukelić Vukelja Vukeljić Vukman Vukobradović Vukobrat Vukobratović Vuković
Vuksanović Vukušić Vukčević Vukša Vukšić Vuleta Vuletaš Vuletin Vulić Vulićević Vulišić Vuljak Vulović
Vulčević Vumisa Vunak Vundla Vunisa Vunjak Vunturišević Vuorela Vuori Vuorinen Vuyst Vučeta Vučetić Vučevac
Vučin Vučkovac Vučković Vučo Vučurević Vyas Vybíral Vybíralová Vydarená Vydarený Vydra Vydrová Vymazal
Vymazalová Vyskočil Vyskočilová Vysloužil Vysloužilová Vácha Váchová Václavek Václavková Václavík Václavíková
Vágner Vágnerová Válek Vális Válková Vápnis Váradi Váska Vásková Vásquez Vávra Vávrová Vázquez Váňa Váňová
Vähi Väisänen Väli Välimäki Väyrynen Väänänen Vébjörns Végeirs Vékells Vélaugs Vélez Véliz Vémunds Vésteinns
Vézina Vícha Víchová Vífills Víglunds Vígmars Vígmunds Vígsteinns Vígþórs Víkings Vít Vítek Vítková Vítová
Víðars Víðirs Víšek Víšková Võsu Vöggs Völunds Vörðs Vörös Vötts Vāciete Vācietis Vīksna Vītiņa Vītiņš Vītola
Vītoliņa Vītoliņš Vītols Vītuma Vītums Vũ Vương Vəliyev Vəsiyeva Waahid Waajid Waal Waarbeek Waardeloo Waas
Wable Wabomba Wabwile Wabwire Wacana Wachenbrunner Wachira Wachtel Wachter Wackrill Wade Waderle Wadhwa Wadi
Wadood Waelchi Waele Wafa Wafeeq Wafula Wagenaar Wagener Wagenknecht Wagenvoort Waghorn Wagle Wagner Wagnerová
Wahhaaj Wahlberg Wahlgren Wahlström Wahome Wahyudin Wahyuni Waibel Wainaina Wairimu Waithaka Waithera Waithira
Wakan Wakhungu Wakio Wako Wal Walch Walcher Walczak Walder Walderade Waldmann Waldner Waldron Wali Walia
Walker Walkowiak Wall Walla Wallace Wallaert Walle Waller Wallgren Wallin Wallis Wallner Walls Wallstab Wallén
Walser Walsh Walshe Walsteijn Walter Walters Walther Waltl Walton Waltrade Waltrová Waluyo Walz Wamaitha
Wamalwa Wamboi Wambua Wambugu Wambui Wambura Wampach Wamuyu Wan Wanda Wandera Wandl Wane Wang Wanga Wangai
Wangare Wangari Wangechi Wangeci Wanger Wangila Wangui Wanijiku Wanja Wanjala Wanjau Wanje Wanjiku Wanjira
Wanjiru Wanjohi Wanjugu Wannapaitoonsri Wanner Wantz Wanyama Wanyoike Wanyonyi Wanza Wanzala Warchoł Ward
Wardana Ware Wario Warmer Warner Warnier Warren Warrior Wartenberg Waruguru Warui Waschbüsch Wasendlunkulu
Washington Wasiak Wasike Wasilewski Wasita Wasiu Waskita Wason Wasonga Wassenaar Wasser Wassilew Wassiluk
Wastuti Wasunun Waswa Watanabe Water Waters Wathelet Watkins Watsica Watson Watt Watters Wattiez Watts Waugh
Wauters Wauthier Wavinya Waweru Wawira Wawire Wawrzyniak Way Wayua Wdowiak Weaver Webb Webby Weber Webrová
Webster Wechselberger Wechuli Weeks Weeldenburg Weerdenburg Weerdt Weever Wegmann Wegscheider Wehner Wehrle
Wehrli Wehrsen Wei Weibel Weidinger Weidlich Weidner Weigel Weight Weigl Weihmann Weijland Weijters Weiler
Weimann Weimer Weinand Weinberger Weinhage Weinhold Weir Weis Weiser Weisgerber Weiss Weissenböck Weissnat
Weissová Weitzel Weiß Wekesa Wel Wela Welch Weldon Welf Wellens Weller Wells Welsch Welter Welti Welz Welzel
Wen Wende Wendt Wenger Weniger Weninger Wenk Wennberg Wensen Wentzel Wenzl Werd Werdes Were Werl Werle
Wernecke Werner Werners Werrmann Wershansky Wertag Weru Wesack Wesley Wesonga Wesołowski Wessel Wessels Wessex
Wessinghage West Westberg Wester Westerbeek Westerberg Westerburg Westerlund Westermann Westfalen Westhuyzen
Westin Westlund Westman Weston Wet Weterink Wettstein Wever Weydert Weyel Weyland Weylant Weyrich Weza Wezel
Whalen Wheeler Whelan Whelehan Whitaker White Whitehead Whitehouse Whitney Whittaker Whitty Whyte Wiafe Wiberg
Wibisono Wibowo Wicaksono Wichmann Wicht Wickerode Wickert Widhalm Widiastuti Widmann Widmer Widodo Widén
Wiebe Wiechmann Wieczorek Wiedner Wiegand Wiegelmann Wiek Wiel Wieland Wieloch Wiener Wierig Wierzbicki Wies
Wiesbauer Wiese Wieser Wiesinger Wiesner Wiggins Wigman Wijaya Wijayanti Wijk Wijland Wiklund Wikström Wilcken
Wilcox Wilczek Wilczyński Wild Wilde Wilderman Wildschut Wiley Wilfinger Wilhelm Wilhelms Wilhelmsson Wilk
Wilkerson Wilkin Wilkins Wilkinson Wilky Will Willaert Willame Willane Willards Wille Willekens Willem Willems
Willemsen William Williams Williamson Willigen Willis Willms Willoughby Wills Willums Willwacher Wilmart
Wilmes Wilmet Wilmont Wilmotte Wilms Wilmsen Wilson Wilton Wilts Wiltzius Wimmer Wimolnot Winandy Winarno
Winarsih Winberg Windhager Windisch Windler Winiarski Winkelmann Winkler Winklerová Winnrich Winter Winters
Wintheiser Winther Wipstrik Wirth Wirtz Wirz Wischek Wischer Wise Wisoky Wisozk Wissing Wit Witczak Witek
Witkowski Witte Wittenboer Wittich Witting Wittl Wittmann Wiza Wiącek Więcek Więckowski Wiśniewski Wnuk
Wohlgemut Wohlmuth Wohlwend Wojciechowski Wojtas Wojtasik Wojtczak Wojtkowiak Wolak Wold Wolf Wolfarth Wolfe
Wolff Wolffel Wolfinger Wolfová Wolfsdr Wolfswinkel Woliński Wollenberg Wollmann Wolmerans Wolny Wolski Wolter
Wolters Wolzak Wong Wood Woodard Woods Woodward Woolley Wooning Wosiyane Woudenberg Woulfe Wouters Woutersz
Woytkowska Woś Woźniak Wratt Wren Wrenn Wright Wrona Wroński Wrynn Wróbel Wróblewski Wu Wuckert Wujak
Wulandari Wulf Wulff Wunderink Wunsch Wuraola Wurm Wurzer Wurzinger Wutke Wuyts Wyatt Wyludda Wyman Wynants
Wynne Wypych Wysocki Wyss Wyszyński Wähner Wéry Wójcicki Wójcik Wójtowicz Wögerbauer Wöhrer Wölpert Wöschler
Wühn Wünsche Wüthrich Wąsik Wąsowski Węgrzyn Włodarczyk Włodarski Xaba Xacon Xairo Xakimov Xala Xana Xavier
Xelîl Xenia Xhakaza Xia Xiana Xiang Xiao Xicoy Xie Ximba Xiong Xolidov Xolo Xu Xue Xulu Xəlilov Yaa Yaamoa
Yadav Yade Yadid Yafir Yaghnam Yago Yahaya Yahi Yahia Yahiaoui Yahyaa Yahyoev Yahyoyev Yahyoyeva Yakovlev
Yakovleva Yakub Yakushev Yakusheva Yalova Yaloviy Yalyuk Yalçın Yamada Yamaguchi Yamamoto Yaman Yamashita
Yamazaki Yami Yan Yanes Yang Yanuar Yanyuk Yao Yaqub Yaqubov Yar Yarmak Yashchuk Yasinaeva Yasinov Yasir
Yasminova Yates Yatich Yator Yatsishin Yatsishina Yatskiv Yavorivska Yavorivskiy Yavuz Yawer Yawson Yazıcı
Ybarra Ye Yeboa Yeboah Yebra Yego Yegon Yei Yemets Yengwa Yengwayo Yepes Yermak Yetkiner Yeung Yevenko Yevpak
Yeyeye Yeşilkaya Yi Yildirim Yilmaz Yim Yin Yip Yirenkyi Yiu Ylinen Ylitalo Yls Ylönen Ymirs Yngvars Yngvis
Yoder Yogi Yohannan Yolanda Yong Yoqubov Yoqubova Yorbekov Yorbekova York Yorulmaz Yoshida Yost Young
Youprasert Yousfi Yoznurov Yoznurova Yrkills Yu Yuan Yudas Yudhistira Yudin Yudina Yue Yuen Yukhno Yulianti
Yulianto Yuliarti Yundt Yung Yuniar Yunta Yunusov Yunusova Yurchishin Yurchishina Yushchik Yushchuk Yusifoğlu
Yusifqızı Yussuf Yuste Yusuf Yusufyev Yusufyeva Yusupov Yáñez Yüksel Yıldırım Yıldız Yıldızoğlu Yılmaz
Yılmazer Zaafir Zaahid Zaahir Zaakir Zaal Zabala Zabaleta Zabarella Zabaznoska Zabaznoski Zabila Zabirov
Zabirova Zaborowski Zabrdac Zabłocki Zaccagnini Zaccardo Zaccaria Zaccaro Zacchia Zacco Zach Zachar Zachara
Zacharia Zachariah Zachariaš Zachariašová Zachariáš Zachariášová Zacharová Zachová Zackariya Zaczkiewicz
Zadnik Zadravec Zadrić Zafar Zafarov Zafarova Zafir Zafirovska Zafirovski Zafrul Zagaria Zago Zagoršek
Zagorščak Zaguri Zagórski Zahaar Zaharia Zaheer Zahharov Zahn Zahradník Zahradníková Zahrah Zahri Zahroyeva
Zahrun Zahrádka Zahrádková Zahur Zaidi Zaitsev Zaituc Zajac Zajacová Zajc Zajíc Zajícová Zajíček Zajíčková
Zając Zajączkowski Zakariyoev Zakarías Zakharov Zakharova Zakinja Zakiyaxonova Zakrajšek Zakrzewski Zalar
Zaleski Zalewski Zalokar Zamarreno Zamarripa Zambon Zamboni Zambrana Zambrano Zambuto Zamengo Zamenhof Zamfir
Zamora Zamorani Zamorano Zampa Zampieri Zamudio Zana Zanatta Zanazzo Zandt Zanella Zanelli Zanetta Zanetti
Zangerl Zani Zanichelli Zanner Zanon Zanotti Zanoški Zanzi Zaoui Zapalac Zapata Zapletal Zapletalová Zaporojan
Zappacosta Zappalà Zappia Zaragoza Zarar Zarate Zaremba Zarinova Zariņa Zariņš Zarlino Zarzycki Zaręba
Zatloukal Zatloukalová Zauber Zauner Zavadil Zavadilová Zavala Zavřel Zavřelová Zawada Zawadi Zawadzki Zayas
Zaydov Zaydova Zayidov Zaynabova Zayniddinov Zayniddinova Zaytsev Zaytseva Zayyir Zaķe Zaķis Zbinden Zbodulja
Zboncak Zbořil Zbořilová Zdelar Zdenčan Zdravev Zdraveva Zdravkovska Zdravkovski Zdravčević Zdražil Zdražilová
Zdunek Zeba Zebec Zebić Zec Zecchini Zechmeister Zechner Zedda Zedillo Zedník Zedníková Zeemans Zeffirelli
Zehetner Zehnder Zeidler Zeidmane Zeidmanis Zeiler Zeilinger Zeimes Zeimet Zeiner Zejak Zekan Zekl Zelaya
Zeldenrust Zelenka Zelenková Zelená Zelený Zelinka Zelinková Zelić Zeller Zeltiņa Zeltiņš Zeman Zemanová
Zemlak Zemljič Zemánek Zemánková Zender Zeng Zengin Zeni Zennaro Zenner Zenteno Zenz Zepeda Zeroual Zerrouki
Zetterberg Zetticci Zettl Zeuch Zevenboom Zeyen Zeyhle Zezula Zezulová Zgorelec Zhang Zhao Zhdanov Zhdanova
Zhekov Zhekova Zhelezarov Zhelezarova Zheng Zhernovska Zhernovski Zhong Zhou Zhu Zhukov Zhukova Zhuravlev
Zhuravleva Ziane Ziani Zichichi Zidane Ziegert Ziegler Zieliński Zielonka Ziemann Zieme Ziemele Ziemelis Zigo
Zigová Zijan Zijl Zijlemans Zijlmans Zijlstra Zikhungwini Zikmund Zikmundová Zilan Zima Zimanyi Zimin Zimina
Zimka Zimková Zimmer Zimmerman Zimmermann Zimonja Zimonjić Zimová Zinaić Zinajić Zindović Zingaretti Zingg
Zinkevich Zinnurova Zinovev Zinoveva Zinser Zintl Zipalović Zipančić Zipp Zipse Ziramov Zirme Zirne Zirnis
Ziro Zirojević Zito Zitouni Ziyoyev Ziyoyeva Ziółkowski Zięba Ziętek Zlatanović Zlenko Zlámal Zlámalová Zmaić
Zobel Zografska Zografski Zohidov Zohidova Zohirov Zohirova Zola Zollinger Zollo Zondi Zondo Zophanías
Zophonías Zoppetti Zoppetto Zorbach Zordan Zorica Zorko Zorlu Zorman Zorrilla Zotter Zotti Zou Zouaoui Zoubek
Zoubková Zouhar Zouharová Zrilić Zrinski Zrna Zrno Zschunke Zubairu Zubak Zubane Zubayrov Zubayrova Zubek
Zubeková Zuber Zubka Zubko Zubková Zubrík Zubríková Zubčić Zucca Zuev Zueva Zuiderveld Zuidweg Zuijdveld Zujev
Zulaika Zulauf Zuliani Zulkarnain Zullo Zulu Zuluaga Zuma Zumbo Zunda Zungu Zuniga Zunino Zupan Zupanc
Zupančič Zurita Zuwayhir Zvaigzne Zvanić Zvarich Zvejniece Zvejnieks Zver Zviedre Zviedrs Zvinele Zvinelis
Zvirbule Zvirbulis Zvonar Zvěřina Zvěřinová Zwaben Zwane Zwart Zwiener Zwijsen Zwindrecht Zwoliński Zych
Zygmunt Zykov Zykova Zyl Záborská Záborský Zábranská Zábranský Zálešák Zálešáková Zámečník Zámečníková Zárate
Záruba Zárubová Zänker Zíka Zíková Zóphanías Zóphonías Zöchling Zöhrer Zúbek Zúbeková Zúbrik Zúbriková Zúñiga
Zümsande Zürcher Zālīte Zālītis Zībere Zībers Ádhaimh Ághas Águila Águilar Ágústs Ákis Álamo Álfars Álfgeirs
Álfgríms Álfs Álfþórs Álvarez Álvaro Ámundis Ángel Ánusaigh Árbjarts Árbjörns Árelíus Árgeirs Árgils Ármanns
Árnis Ársælls Ás Ásbergs Ásbjörns Ásgauts Ásgeirs Ásgils Ásgríms Ásis Áskells Áslaugs Ásláks Ásmars Ásmunds
Ásröðs Ástbjörns Ástgeirs Ástmars Ástmunds Ástráðs Ástríks Ástvalds Ástvars Ástvins Ástþórs Ásvalds Ásvarðs
Ásólfs Ásþórs Átha Ávalos Ávila Åberg Ågren Åkerlund Åkerman Åkesson Åsberg Åslund Åström Ægirs Æsirs Ævarrs
Ævars Çakır Çamdalı Çamurcuoğlu Çapanoğlu Çatalbaş Çağıran Çelik Çetin Çetiner Çevik Çingizoğlu Çorlu Çörekçi
Éanaigh Écoffey Éil Émond Énrí Étienne Íans Ígors Ímis Íomhair Íosa Íosóg Ísaks Ísarrs Ísars Ísbjörns Íselds
Ísgeirs Ísidórs Ísleifs Ísmaels Ísmars Ísraels Ísólfs Ívans Ívars Ñañez ÓBroinín Óda Ófeigs Ógáin Ólafs Ólis
Ólivers Ólívers Ómars Ómis Órdenes Óskars Ósvalds Ósvífs Óttarrs Óttars Óðinns Õispuu Õun Õunapuu Öberg Öcalan
Ögmunds Ögris Öhman Öhri Ölnirs Ölvers Ölvirs Öndólfs Önunds Önür Örge Örlaugs Örlygs Örns Örnólfs Örvars Öss
Östberg Österberg Östling Östlund Östman Östringer Öxars Öymen Özberk Özbey Özbir Özcan Özdemir Özdenak
Özdoğan Özer Özgörkey Özkan Özkara Özkök Öztonga Öztuna Öztürk Ødegård Østby Østergaard Østli Úddis Úgó Úlfars
Úlfgeirs Úlfhéðinns Úlfkells Úlfljóts Úlfs Úlftýrs Úlriks Úranus Überacker Ülker Ünal Ýmirs Ýrars Þangbrands
Þengills Þeyrs Þins Þiðrandis Þiðriks Þjálfis Þjóstars Þjóstólfs Þjóðanns Þjóðbjörns Þjóðgeirs Þjóðleifs
Þjóðmars Þjóðreks Þjóðvarðs Þjóðólfs Þorbergs Þorbjörns Þorbrands Þorfinns Þorgarðs Þorgauts Þorgeirs Þorgests
Þorgils Þorgnýrs Þorgríms Þorgísls Þorkells Þorlaugs Þorleifs Þorleiks Þorláks Þormars Þormunds Þormóðs Þorris
Þorsteinns Þorvalds Þorvars Þorvarðs Þrastars Þryms Þráinns Þránds Þrótts Þrösts Þrúðmars Þyrnirs Þórarinns
Þórars Þórbergs Þórbjörns Þórgnýrs Þórgríms Þórhadds Þórhallis Þórhalls Þórirs Þórlaugs Þórleifs Þórlinds
Þórmars Þórmunds Þórodds Þórorms Þórs Þórsteinns Þórðs Þórólfs Þórörns Ābele Ābola Āboliņa Āboliņš Ābols
Āboltiņa Āboltiņš Ćenan Ćora Ćorak Ćorić Ćosić Ćukalac Ćukalović Ćukić Ćuković Ćukteraš Ćulibrk Ćurić Ćuslović
Čabaj Čabro Čada Čadová Čagalj Čajka Čajko Čaleta Čamagić Čamdžić Čanaki Čandrlić Čančar Čapek Čapka Čapko
Čapkovič Čapkovičová Čapková Čapkunović Čapla Čaplovič Čaplovičová Čaprnjić Čapľa Čarapina Čarapić Čaraveša
Čargonja Čarnić Čarnogurská Čarnogurský Čarović Čatalinac Čatić Čavalić Čavaljuga Čavdarević Čavić Čavlina
Čaće Čech Čechová Čeh Čejka Čejková Čekovská Čekovský Čelar Čelebija Čengija Čerkašin Čermák Čermáková Černe
Černoch Černochová Černohorská Černohorský Černá Černík Černíková Černý Červenka Červenková Červená Červený
Červeň Červeňová Červeňák Červeňáková Červinka Červinková Česnek Česneková Čiernaová Čiernik Čierniková Čierny
Čierná Čihák Čiháková Činčurak Čipanj Čisar Čizmar Čizmić Čičmak Čiš Čižmešija Čobanović Čobrda Čobrdová Čokov
Čolak Čolaković Čolanić Čolina Čonka Čonková Čop Čotić Čović Črešnik Čubrić Čudara Čudars Čudina Čudić Čuk
Čukman Čulina Čuljak Čupić Čurda Čurdová Čuček Čvagić Čáp Čápová Čížek Čížková Ďaďo Ďaďová Ďorko Ďorková Ďurek
Ďureková Ďurica Ďuricová Ďuriš Ďurišová Ďurka Ďurko Ďurkovič Ďurkovičová Ďurkovská Ďurkovský Ďuro Ďurovič
Ďurovičová Ďurovský Ďurovskýová Ďurová Ďurča Ďurčo Ďurčová Ďutka Ďutková Ďuško Đedović Đekanović Đekić Đeković
Đelić Đelkapić Đelmaš Đelošević Đenić Đenović Đerasimović Đerašević Đergović Đerisilo Đerić Đinh Đoković
Đolović Đoàn Đukelić Đumija Đunda Đurašević Đurinić Đào Đặng Đỗ İbrahimli İbrahimov İbrahimova İbrahimoğlu
İdrisli İdrisoğlu İhsanoğlu İldırımoğlu İnönü İsaxanlı İsmayılqızı Ķeizare Ķeizars Ķēniņa Ķēniņš Ľupták
Ľuptáková Łapiński Łuczak Łukasiewicz Łukasik Łukaszewski Řehoř Řehořová Řehák Řeháková Řeháček Řeháčková
Řezníček Řezníčková Řezáč Řezáčová Říha Říhová Śliwa Śliwiński Ślusarczyk Świderski Świerczyński Świątek Şafak
Şahbuzlu Şahin Şahsuvarlı Şama Şamilov Şamiloğlu Şen Şener Şensoy Şervan Şimşek Şükürlü Şükürov Şıxlı Šadl
Šafarić Šafařík Šafaříková Šafránek Šafránková Šafář Šafářová Šagodić Šajinović Šajtoš Šakanović Šalajka
Šalajková Šalić Šamšalović Šanda Šandová Šantić Šantor Šargač Šarić Šarkan Šarkanová Šarlija Šaruga Šašek
Šašková Šebek Šebela Šebelová Šebesta Šebestová Šebková Šebo Šebová Šeda Šedivá Šedivý Šedová Šegavčić Šegota
Šegović Šekularac Šelendić Šenica Šenk Šenková Šeparović Šesta Šestak Šestan Šesták Šestáková Šetula Ševtšenko
Ševčík Ševčíková Šibalić Šidlo Šidlová Šiketanc Šileiko Šilhavá Šilhavý Šima Šimak Šimara Šimatić Šimek
Šimeková Šimeček Šimečková Šimić Šimičić Šimka Šimko Šimková Šimlješa Šimo Šimon Šimonovič Šimonovičová
Šimonová Šimončič Šimončičová Šimová Šimunić Šimunović Šimák Šimáková Šimánek Šimánková Šimáček Šimáčková
Šimík Šimíková Šimčík Šimčíková Šimůnek Šimůnková Šindelář Šindelářová Šindler Šindlerová Šinkovec Šinković
Šipek Šipić Šiptar Široká Široký Širova Širovs Šitum Šiška Šišková Škantár Škantárová Škara Škoda Škodová
Škoviera Škovierová Škrabal Škrabalová Škriniar Škriniarová Škrlin Škrnički Škrtić Škugor Škultéty Škultétyová
Škunca Šlahor Šlahorová Šlechta Šlechtová Šlivka Šlivková Šmajda Šmajdová Šmejkal Šmejkalová Šmerda Šmerdová
Šmid Šmite Šmitran Šmits Šmrčak Šmíd Šmídová Šnajdr Šnajdrová Šobar Šobota Šokčević Šolar Šolc Šolcová Šoljić
Šolta Šoltés Šoltésová Šoltýs Šoltýsová Šomođvarac Šorgić Šormaz Šorša Šostarec Šostarko Šotić Šotra Šovagović
Šošić Šoštarić Španiel Španović Špaček Špačková Špernjak Špika Špilár Špilárová Špiranec Špička Špičková
Špišić Šplíchal Šplíchalová Špoljarić Špralja Šrámek Šrámková Štajhofer Štampf Štangl Štasni Štefan Štefanec
Štefanka Štefanko Štefanková Štefanovič Štefanovičová Štefanová Štefančić Štefek Štefková Štefl Šteflová
Štefović Štefunko Štefunková Štefánek Štefáneková Štefánik Štefániková Šteina Šteins Štifanić Štimac Štrba
Štrbac Štrbová Štriga Štrljić Štrukelj Šturlan Štěpán Štěpánek Štěpánková Štěpánová Štěrba Štěrbová Štšerbakov
Šubrt Šubrtová Šujdović Šukalo Šukalović Šukara Šulc Šulcová Šulhof Šulovnjak Šuman Šundalić Šunjić Šupraha
Šuran Šurbek Šurina Šurka Šurková Šustr Šustrová Šutaković Šutanovac Šuňavcová Šuňavec Šušak Šuštar Švab
Švanda Švandová Švarc Švarcová Švec Švecová Švehla Švehlová Švejda Švejdová Šverko Švestka Švestková Šváb
Švábová Šváby Šálek Šálková Šíma Šímová Šíp Šípek Šípková Šípová Šír Šírová Šīrante Šīrants Šťastná Šťastný
Ťapák Ťapáková Ťažká Ťažký Ūdre Ūdris Żak Żebrowski Żmuda Żuk Żukowski Żurawski Żurek Żyła Žabjačan Žagar
Žagarac Žalako Žarković Železnik Železník Železníková Žemlička Žemličková Žerajić Žeravica Žerjav Žeželić
Žgela Žgrabljić Žibert Žic Žiga Žigmund Žigmundová Žigo Žigová Žiković Žipac Žirović Živadinović Živak
Živaljević Živanac Živanović Živić Živković Žižanović Žižek Žižka Žižková Žmegač Žnidaršič Žufika Žugec
Žukauskas Žukov Žunec Županić Žuravljov Žuvela Žužić Žák Žáková Žáček Žáčková Žídek Žídková Žďárská Žďárský
Žůrek Žůrková Ədiloğlu Əfəndiyeva Əhmədov Əlioğlu Əlixanlı Əliyev Əliyeva Ələkbərov Ələkbərova Əmirli Əmirov
Əmirova Əylisli
`;
