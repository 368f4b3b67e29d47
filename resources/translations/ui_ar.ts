<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA" sourcelanguage="fr">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="76"/>
        <source>Les détails ont été enregistrés dans : %1</source>
        <translation>تم حفظ التفاصيل في: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="84"/>
        <source>(le journal n&apos;a pas pu être écrit)</source>
        <translation>(تعذّر كتابة السجل)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="94"/>
        <source>Erreur inattendue</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="95"/>
        <source>Une erreur inattendue s&apos;est produite. Vos réponses déjà enregistrées ne sont pas perdues.</source>
        <translation>حدث خطأ غير متوقع. أجوبتك المحفوظة من قبل لم تضِع.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="172"/>
        <source>Arrêt inattendu</source>
        <translation>توقف غير متوقع</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="173"/>
        <source>Le programme s&apos;est arrêté brutalement la dernière fois. Vos réponses déjà enregistrées ne sont pas perdues. Le rapport technique est conservé ici : %1</source>
        <translation>توقف البرنامج فجأة في المرة السابقة. أجوبتك المحفوظة من قبل لم تضِع. التقرير التقني محفوظ هنا: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="275"/>
        <source>Contenu invalide</source>
        <translation>محتوى غير صالح</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="276"/>
        <source>Le contenu de l&apos;assistant (questions et actions) est invalide ; le programme ne peut pas démarrer.</source>
        <translation>محتوى المساعد (الأسئلة والإجراءات) غير صالح، ولا يمكن تشغيل البرنامج.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="288"/>
        <source>Base de données inutilisable</source>
        <translation>قاعدة البيانات غير صالحة للاستعمال</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="289"/>
        <source>Vos données n&apos;ont pas pu être ouvertes. Rien n&apos;a été modifié.</source>
        <translation>تعذّر فتح بياناتك. لم يتم تغيير أي شيء.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/profile_page.py" line="161"/>
        <source>À vérifier : %1</source>
        <translation>للتحقق: %1</translation>
    </message>
</context>
<context>
    <name>HelpBox</name>
    <message>
        <location filename="../../ui/question_widgets.py" line="94"/>
        <source>Pourquoi c&apos;est important</source>
        <translation>لماذا هذا مهم</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="94"/>
        <source>Comment faire</source>
        <translation>كيف تقوم بذلك</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="106"/>
        <source>Pourquoi c&apos;est important · Comment faire</source>
        <translation>لماذا هذا مهم · كيف تقوم بذلك</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>En partie</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Non</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Je ne sais pas</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Non applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Haute</source>
        <comment>priority of an action</comment>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Moyenne</source>
        <comment>priority of an action</comment>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Basse</source>
        <comment>priority of an action</comment>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Rapide</source>
        <comment>effort of an action</comment>
        <translation>سريع</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Moyen</source>
        <comment>effort of an action</comment>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Important</source>
        <comment>effort of an action: much work</comment>
        <translation>كبير</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>À faire</source>
        <comment>status of an action</comment>
        <translation>للإنجاز</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>En cours</source>
        <comment>status of an action</comment>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Fait</source>
        <comment>status of an action</comment>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>fr</source>
        <comment>code of the interface language: write fr, ar or en</comment>
        <translation>ar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <source>Assistant de préparation du commerçant</source>
        <translation>مساعد جاهزية التاجر</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Contenu %1, revu le %2</source>
        <translation>المحتوى %1، تمت مراجعته في %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>&amp;Fichier</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>&amp;Nouvelle entreprise</source>
        <translation>مقاولة &amp;جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>&amp;Entreprises</source>
        <translation>&amp;المقاولات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>&amp;Quitter</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>&amp;Aide</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>À &amp;propos</source>
        <translation>&amp;حول البرنامج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Lecture impossible</source>
        <translation>تعذّرت القراءة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>La liste des entreprises n&apos;a pas pu être lue.</source>
        <translation>تعذّرت قراءة لائحة المقاولات.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Ouverture impossible</source>
        <translation>تعذّر الفتح</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Cette entreprise n&apos;a pas pu être ouverte.</source>
        <translation>تعذّر فتح هذه المقاولة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>À propos</source>
        <translation>حول البرنامج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Contenu %1, revu le %2.
Base de données : %3

Ce plan est une aide pratique, pas un avis juridique.</source>
        <translation>المحتوى %1، تمت مراجعته في %2.
قاعدة البيانات: %3

هذه الخطة مساعدة عملية وليست استشارة قانونية.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Profil non enregistré</source>
        <translation>الملف التعريفي غير محفوظ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Le profil contient une erreur et n&apos;a pas été enregistré. Quitter quand même ?</source>
        <translation>في الملف التعريفي خطأ، ولم يتم حفظه. هل تريد الخروج رغم ذلك؟</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Abandonner la nouvelle entreprise ?</source>
        <translation>التخلي عن المقاولة الجديدة؟</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>Elle n&apos;a pas encore été créée : ce que vous avez saisi sera perdu.</source>
        <translation>لم يتم إنشاؤها بعد: ما أدخلته سيضيع.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Abandonner</source>
        <translation>تخلَّ عنها</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Quitter</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>&amp;Langue</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>&amp;Affichage</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Agrandir le texte</source>
        <translation>تكبير النص</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Réduire le texte</source>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Taille normale du texte</source>
        <translation>الحجم العادي للنص</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>MultiQuestion</name>
    <message>
        <location filename="../../ui/question_widgets.py" line="282"/>
        <source>Déjà indiqué dans une autre réponse</source>
        <translation>سبقت الإشارة إليه في جواب آخر</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <location filename="../../ui/pdf_export.py" line="28"/>
        <source>entreprise</source>
        <comment>file name of a business without a name</comment>
        <translation>مقاولة</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="30"/>
        <source>Plan - %1.pdf</source>
        <comment>suggested file name; %1: the business</comment>
        <translation>خطة - %1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="76"/>
        <source>Enregistrer le plan en PDF</source>
        <translation>حفظ الخطة بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="76"/>
        <source>Document PDF (*.pdf)</source>
        <translation>وثيقة PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="102"/>
        <source>PDF enregistré</source>
        <translation>تم حفظ ملف PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="103"/>
        <source>Votre plan de préparation est enregistré ici :</source>
        <translation>تم حفظ خطة الجاهزية هنا:</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="106"/>
        <source>Ouvrir</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="107"/>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="120"/>
        <source>PDF non enregistré</source>
        <translation>لم يتم حفظ ملف PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="122"/>
        <source>Le PDF n&apos;a pas pu être enregistré. Si le fichier est ouvert dans un autre programme, fermez-le ou choisissez un autre nom.</source>
        <translation>تعذّر حفظ ملف PDF. إذا كان الملف مفتوحًا في برنامج آخر، فأغلقه أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="128"/>
        <source>Choisir un autre nom…</source>
        <translation>اختيار اسم آخر…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="132"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/plan_page.py" line="55"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="56"/>
        <source>Priorité</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="57"/>
        <source>Effort</source>
        <translation>الجهد</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="58"/>
        <source>Échéance</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="59"/>
        <source>Responsable</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="60"/>
        <source>Statut</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="84"/>
        <source>Création du PDF…</source>
        <translation>جارٍ إنشاء ملف PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="87"/>
        <source>Enregistrer le PDF…</source>
        <translation>حفظ ملف PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="97"/>
        <source>Préparation globale</source>
        <translation>الجاهزية العامة</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="127"/>
        <source>Vos actions</source>
        <translation>إجراءاتك</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="154"/>
        <source>Aucune action pour l&apos;instant : répondez aux questions pour obtenir votre plan.</source>
        <translation>لا توجد إجراءات حاليًا: أجب عن الأسئلة للحصول على خطتك.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="174"/>
        <source>Plan de préparation — %1</source>
        <translation>خطة الجاهزية — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_page.py" line="179"/>
        <source>%n question(s) sans réponse — &lt;a href=&quot;#&quot;&gt;y répondre&lt;/a&gt;</source>
        <translation>
            <numerusform>%n سؤال بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنها&lt;/a&gt;</numerusform>
            <numerusform>%n سؤال بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنه&lt;/a&gt;</numerusform>
            <numerusform>%n سؤالان بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنهما&lt;/a&gt;</numerusform>
            <numerusform>%n أسئلة بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنها&lt;/a&gt;</numerusform>
            <numerusform>%n سؤالًا بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنها&lt;/a&gt;</numerusform>
            <numerusform>%n سؤال بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنها&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="197"/>
        <source>Non évalué</source>
        <translation>غير مُقيَّم</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="204"/>
        <source>À régler avant de demander l&apos;affiliation au paiement</source>
        <translation>يجب حلّه قبل طلب الانخراط في الأداء بالبطاقة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_page.py" line="213"/>
        <source>… et %n autre(s), marquée(s) ⚠ dans la liste ci-dessous</source>
        <translation>
            <numerusform>… و%n إجراء آخر، مُعلَّم بـ ⚠ في اللائحة أدناه</numerusform>
            <numerusform>… و%n إجراء آخر، مُعلَّم بـ ⚠ في اللائحة أدناه</numerusform>
            <numerusform>… و%n إجراءان آخران، مُعلَّمان بـ ⚠ في اللائحة أدناه</numerusform>
            <numerusform>… و%n إجراءات أخرى، مُعلَّمة بـ ⚠ في اللائحة أدناه</numerusform>
            <numerusform>… و%n إجراءً آخر، كلها مُعلَّمة بـ ⚠ في اللائحة أدناه</numerusform>
            <numerusform>… و%n إجراء آخر، كلها مُعلَّمة بـ ⚠ في اللائحة أدناه</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="218"/>
        <source>Aucun point bloquant pour l&apos;affiliation parmi vos réponses.</source>
        <translation>لا يوجد في أجوبتك أي مانع من الانخراط في الأداء بالبطاقة.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="235"/>
        <source>%1 (en retard)</source>
        <translation>%1 (متأخر)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="246"/>
        <source>Bloque l&apos;affiliation au paiement</source>
        <translation>يمنع الانخراط في الأداء بالبطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="281"/>
        <source>Comment : %1</source>
        <translation>كيف: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="290"/>
        <source>Pourquoi : %1</source>
        <translation>لماذا: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="333"/>
        <source>Statut non enregistré</source>
        <translation>الحالة غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="333"/>
        <source>Le statut n&apos;a pas pu être enregistré.</source>
        <translation>تعذّر حفظ الحالة.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="278"/>
        <source>Il manque : %1</source>
        <translation>ما زال ينقص: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="131"/>
        <source>Actions du plan</source>
        <translation>إجراءات الخطة</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/profile_page.py" line="194"/>
        <source>Ces informations décident des questions qui vous concernent. Seul le nom est obligatoire ; vous pourrez tout modifier plus tard.</source>
        <translation>هذه المعلومات تحدد الأسئلة التي تهمّك. الاسم وحده إلزامي، ويمكنك تغيير كل شيء لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="247"/>
        <location filename="../../ui/profile_page.py" line="309"/>
        <source>Profil de l&apos;entreprise</source>
        <translation>الملف التعريفي للمقاولة</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="247"/>
        <source>Nouvelle entreprise</source>
        <translation>مقاولة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="299"/>
        <source>Enregistrement impossible</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="299"/>
        <source>Le profil n&apos;a pas été enregistré.</source>
        <translation>لم يتم حفظ الملف التعريفي.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="224"/>
        <source>Annuler la création</source>
        <translation>إلغاء الإنشاء</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../ui/question_widgets.py" line="156"/>
        <source>Nécessaire pour l&apos;affiliation au paiement</source>
        <translation>ضروري للانخراط في الأداء بالبطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="150"/>
        <location filename="../../ui/question_widgets.py" line="201"/>
        <source>Enregistré ✓</source>
        <translation>تم الحفظ ✓</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="150"/>
        <location filename="../../ui/question_widgets.py" line="205"/>
        <source>Non enregistré</source>
        <translation>غير محفوظ</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../ui/section_page.py" line="82"/>
        <source>Réponse non enregistrée</source>
        <translation>الجواب غير محفوظ</translation>
    </message>
    <message>
        <location filename="../../ui/section_page.py" line="83"/>
        <source>Votre réponse n&apos;a pas pu être enregistrée.</source>
        <translation>تعذّر حفظ جوابك.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.py" line="41"/>
        <source>Vos entreprises</source>
        <translation>مقاولاتك</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="47"/>
        <source>Cet assistant vous aide à préparer votre entreprise au paiement par carte ou en ligne, à la sécurité et à vos obligations légales. Vos réponses sont enregistrées sur cet ordinateur au fur et à mesure.</source>
        <translation>يساعدك هذا المساعد على تهيئة مقاولتك لقبول الأداء بالبطاقة أو عبر الإنترنت، وعلى الأمان وعلى التزاماتك القانونية. تُحفظ أجوبتك على هذا الحاسوب أولًا بأول.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="57"/>
        <source>Aucune entreprise enregistrée pour l&apos;instant. Cliquez sur « Nouvelle entreprise » pour commencer, ou sur « Essayer l&apos;exemple » pour découvrir l&apos;assistant avec une entreprise fictive.</source>
        <translation>لا توجد أي مقاولة محفوظة حاليًا. انقر على «مقاولة جديدة» للبدء، أو على «تجربة المثال» لاكتشاف المساعد بمقاولة وهمية.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="71"/>
        <source>Entreprise</source>
        <translation>المقاولة</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="71"/>
        <source>Préparation</source>
        <translation>الجاهزية</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="71"/>
        <source>Dernière modification</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="85"/>
        <source>Nouvelle entreprise</source>
        <translation>مقاولة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="89"/>
        <source>Ouvrir</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="92"/>
        <source>Supprimer…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="96"/>
        <source>Essayer l&apos;exemple</source>
        <translation>تجربة المثال</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="97"/>
        <source>Ajoute une entreprise fictive déjà remplie, pour découvrir l&apos;assistant</source>
        <translation>يضيف مقاولة وهمية مُعبَّأة مسبقًا لاكتشاف المساعد</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="109"/>
        <source>Lecture impossible</source>
        <translation>تعذّرت القراءة</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="109"/>
        <source>La liste des entreprises n&apos;a pas pu être lue.</source>
        <translation>تعذّرت قراءة لائحة المقاولات.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="115"/>
        <source>(sans nom)</source>
        <translation>(بدون اسم)</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="153"/>
        <source>Supprimer l&apos;entreprise</source>
        <translation>حذف المقاولة</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="154"/>
        <source>Supprimer « %1 » et toutes ses réponses ? Cette action est définitive.</source>
        <translation>هل تريد حذف «%1» وجميع أجوبتها؟ لا يمكن التراجع عن هذا الحذف.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="157"/>
        <source>Supprimer</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="166"/>
        <source>Suppression impossible</source>
        <translation>تعذّر الحذف</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="166"/>
        <source>L&apos;entreprise n&apos;a pas été supprimée.</source>
        <translation>لم يتم حذف المقاولة.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="192"/>
        <source>Exemple non ajouté</source>
        <translation>لم تتم إضافة المثال</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="192"/>
        <source>L&apos;entreprise d&apos;exemple n&apos;a pas été ajoutée.</source>
        <translation>لم تتم إضافة مقاولة المثال.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="66"/>
        <source>Entreprises enregistrées</source>
        <translation>المقاولات المحفوظة</translation>
    </message>
</context>
<context>
    <name>TextQuestion</name>
    <message>
        <location filename="../../ui/question_widgets.py" line="300"/>
        <source>Votre réponse (enregistrée quand vous quittez le champ)</source>
        <translation>جوابك (يُحفظ عند مغادرة الخانة)</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="79"/>
        <source>Entreprises</source>
        <translation>المقاولات</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="81"/>
        <source>Revenir à la liste des entreprises</source>
        <translation>الرجوع إلى لائحة المقاولات</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="139"/>
        <source>Précédent</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="142"/>
        <location filename="../../ui/wizard.py" line="376"/>
        <source>Suivant</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="204"/>
        <source>Nouvelle entreprise</source>
        <translation>مقاولة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="212"/>
        <source>Profil de l&apos;entreprise</source>
        <translation>الملف التعريفي للمقاولة</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="227"/>
        <source>Plan de préparation</source>
        <translation>خطة الجاهزية</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="230"/>
        <source>Enregistrez d&apos;abord le profil</source>
        <translation>احفظ الملف التعريفي أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="259"/>
        <source>Lecture impossible</source>
        <translation>تعذّرت القراءة</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="259"/>
        <source>Les réponses n&apos;ont pas pu être lues.</source>
        <translation>تعذّرت قراءة الأجوبة.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="269"/>
        <source>Préparation : %1 — %2</source>
        <translation>الجاهزية: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="372"/>
        <source>Enregistrer et continuer</source>
        <translation>حفظ ومتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="374"/>
        <source>Voir le plan</source>
        <translation>عرض الخطة</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="384"/>
        <source>Enregistrement impossible</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="385"/>
        <source>L&apos;étape en cours n&apos;a pas pu être enregistrée.</source>
        <translation>تعذّر حفظ المرحلة الحالية.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="215"/>
        <source>L&apos;essentiel (parcours express)</source>
        <translation>الأساسي (المسار السريع)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="392"/>
        <source>Parcours express</source>
        <translation>المسار السريع</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="393"/>
        <source>L&apos;essentiel : les questions qui décident de vos premières étapes</source>
        <translation>الأساسي: الأسئلة التي تحدد خطواتك الأولى</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="395"/>
        <source>Répondez à ces quelques questions pour obtenir un premier plan en quelques minutes. Les autres questions peuvent attendre : le plan dit ce qui reste sans réponse.</source>
        <translation>أجب عن هذه الأسئلة القليلة لتحصل على خطة أولى في بضع دقائق. يمكن أن تنتظر الأسئلة الأخرى: تبيّن الخطة ما بقي بدون جواب.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="85"/>
        <location filename="../../ui/wizard.py" line="111"/>
        <source>Étapes</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="88"/>
        <source>Afficher ou masquer la liste des étapes</source>
        <translation>إظهار لائحة المراحل أو إخفاؤها</translation>
    </message>
</context>
<context>
    <name>_ChoiceQuestion</name>
    <message>
        <location filename="../../ui/question_widgets.py" line="228"/>
        <source>Touche %1</source>
        <translation>المفتاح %1</translation>
    </message>
</context>
</TS>
