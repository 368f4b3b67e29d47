<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA" sourcelanguage="fr">
<context>
    <name>App</name>
    <message>
        <source>Démarrage impossible</source>
        <translation>تعذّر التشغيل</translation>
    </message>
    <message>
        <source>Le programme n'a pas pu démarrer. Vos réponses déjà enregistrées ne sont pas perdues.</source>
        <translation>تعذّر تشغيل البرنامج. أجوبتك المحفوظة من قبل لم تضِع.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="72"/>
        <source>Les détails ont été enregistrés dans : %1</source>
        <translation>تم حفظ التفاصيل في: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="78"/>
        <source>(le journal n&apos;a pas pu être écrit)</source>
        <translation>(تعذّر كتابة السجل)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="88"/>
        <source>Erreur inattendue</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="89"/>
        <source>Une erreur inattendue s&apos;est produite. Vos réponses déjà enregistrées ne sont pas perdues.</source>
        <translation>حدث خطأ غير متوقع. أجوبتك المحفوظة من قبل لم تضِع.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="165"/>
        <source>Arrêt inattendu</source>
        <translation>توقف غير متوقع</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="166"/>
        <source>Le programme s&apos;est arrêté brutalement la dernière fois. Vos réponses déjà enregistrées ne sont pas perdues. Le rapport technique est conservé ici : %1</source>
        <translation>توقف البرنامج فجأة في المرة السابقة. أجوبتك المحفوظة من قبل لم تضِع. التقرير التقني محفوظ هنا: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="208"/>
        <source>Contenu invalide</source>
        <translation>محتوى غير صالح</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="209"/>
        <source>Le contenu de l&apos;assistant (questions et actions) est invalide ; le programme ne peut pas démarrer.</source>
        <translation>محتوى المساعد (الأسئلة والإجراءات) غير صالح، ولا يمكن تشغيل البرنامج.</translation>
    </message>
</context>
<context>
    <name>HelpBox</name>
    <message>
        <location filename="../../ui/question_widgets.py" line="77"/>
        <source>Pourquoi c&apos;est important</source>
        <translation>لماذا هذا مهم</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="77"/>
        <source>Comment faire</source>
        <translation>كيف تقوم بذلك</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="89"/>
        <source>Pourquoi c&apos;est important · Comment faire</source>
        <translation>لماذا هذا مهم · كيف تقوم بذلك</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>En partie</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Non</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Je ne sais pas</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Non applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Haute</source>
        <comment>priority of an action</comment>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Moyenne</source>
        <comment>priority of an action</comment>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Basse</source>
        <comment>priority of an action</comment>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Rapide</source>
        <comment>effort of an action</comment>
        <translation>سريع</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Moyen</source>
        <comment>effort of an action</comment>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Important</source>
        <comment>effort of an action: much work</comment>
        <translation>كبير</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>À faire</source>
        <comment>status of an action</comment>
        <translation>للإنجاز</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>En cours</source>
        <comment>status of an action</comment>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Fait</source>
        <comment>status of an action</comment>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>fr</source>
        <comment>code of the interface language: write fr, ar or en</comment>
        <translation>ar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>1 à 9 : choisir une réponse à la question où vous êtes, dans l&apos;ordre des réponses</source>
        <translation>من 1 إلى 9: اختيار جواب للسؤال الذي أنت فيه، حسب ترتيب الأجوبة</translation>
    </message>
    <message>
        <source>%1 : cocher ou décocher la réponse où vous êtes</source>
        <translation>%1: تحديد الجواب الذي أنت فيه أو إلغاء تحديده</translation>
    </message>
    <message>
        <source>%1 : aller à la question ou au bouton suivant, ou précédent</source>
        <translation>%1: الانتقال إلى السؤال أو الزر التالي، أو السابق</translation>
    </message>
    <message>
        <source>%1 : étape suivante</source>
        <translation>%1: الخطوة التالية</translation>
    </message>
    <message>
        <source>%1 : étape précédente</source>
        <translation>%1: الخطوة السابقة</translation>
    </message>
    <message>
        <source>%1 : profil de l&apos;entreprise, plan de préparation</source>
        <translation>%1: الملف التعريفي للمقاولة، خطة الجاهزية</translation>
    </message>
    <message>
        <source>%1 : nouvelle entreprise</source>
        <translation>%1: مقاولة جديدة</translation>
    </message>
    <message>
        <source>%1 : aller à une entreprise</source>
        <translation>%1: الانتقال إلى مقاولة</translation>
    </message>
    <message>
        <source>%1 : glossaire</source>
        <translation>%1: مسرد المصطلحات</translation>
    </message>
    <message>
        <source>%1 : ateliers, revenir à l&apos;atelier</source>
        <translation>%1: الورشات، الرجوع إلى الورشة</translation>
    </message>
    <message>
        <source>%1 : texte plus grand, plus petit, normal</source>
        <translation>%1: تكبير النص، تصغيره، حجمه العادي</translation>
    </message>
    <message>
        <source>%1 : mode présentation (grand texte, contraste élevé)</source>
        <translation>%1: وضع العرض (نص كبير، تباين قوي)</translation>
    </message>
    <message>
        <source>%1 avec la lettre soulignée d&apos;un menu : ouvrir ce menu</source>
        <translation>%1 مع الحرف المسطَّر في اسم قائمة: فتح هذه القائمة</translation>
    </message>
    <message>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Raccourcis clavier</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Tout le parcours se fait aussi au clavier :</source>
        <translation>يمكن إنجاز المسار كله بلوحة المفاتيح أيضًا:</translation>
    </message>
    <message>
        <source>Ouverture…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>&amp;Tous les ateliers</source>
        <translation>&amp;كل الورشات</translation>
    </message>
    <message>
        <source>&amp;Importer des fiches…</source>
        <translation>&amp;استيراد ملفات…</translation>
    </message>
    <message>
        <source>E&amp;xporter la fiche de l&apos;entreprise…</source>
        <translation>&amp;تصدير ملف المقاولة…</translation>
    </message>
    <message>
        <source>&amp;Plans de tous les participants…</source>
        <translation>&amp;خطط جميع المشاركين…</translation>
    </message>
    <message>
        <source>&amp;Synthèse de l&apos;atelier…</source>
        <translation>&amp;ملخص الورشة…</translation>
    </message>
    <message>
        <source>Aucune entreprise choisie</source>
        <translation>لم تُختر أي مقاولة</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une entreprise dans la liste, ou ouvrez-la.</source>
        <translation>اختر أولًا مقاولة من القائمة، أو افتحها.</translation>
    </message>
    <message>
        <source>Un champ du profil contient une erreur, signalée en rouge sous le champ. Corrigez-le ou videz-le : le profil sera alors enregistré et vous pourrez continuer.</source>
        <translation>يحتوي أحد حقول الملف التعريفي على خطأ، مبيَّن بالأحمر تحت الحقل. صحّحه أو أفرغه: سيُحفظ الملف التعريفي حينها ويمكنك المتابعة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;Glossaire</source>
        <translation>&amp;مسرد المصطلحات</translation>
    </message>
    <message>
        <source>&amp;Aller à une entreprise…</source>
        <translation>الانتقال إلى &amp;مقاولة…</translation>
    </message>
    <message>
        <source>Mode &amp;présentation (grand texte, contraste élevé)</source>
        <translation>وضع ال&amp;عرض (نص كبير، تباين قوي)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="30"/>
        <source>Assistant de préparation du commerçant</source>
        <translation>مساعد جاهزية التاجر</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Contenu %1, mis à jour le %2</source>
        <translation>المحتوى %1، تم تحديثه في %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>&amp;Fichier</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>&amp;Nouvelle entreprise</source>
        <translation>مقاولة &amp;جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>&amp;Entreprises</source>
        <translation>&amp;المقاولات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>&amp;Quitter</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Ai&amp;de</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>À &amp;propos</source>
        <translation>&amp;حول البرنامج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Lecture impossible</source>
        <translation>تعذّرت القراءة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>La liste des entreprises n&apos;a pas pu être lue.</source>
        <translation>تعذّرت قراءة لائحة المقاولات.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Ouverture impossible</source>
        <translation>تعذّر الفتح</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Cette entreprise n&apos;a pas pu être ouverte.</source>
        <translation>تعذّر فتح هذه المقاولة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>À propos</source>
        <translation>حول البرنامج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Contenu %1, mis à jour le %2.
Base de données : %3

Ce plan est une aide pratique, pas un avis juridique.</source>
        <translation>المحتوى %1، تم تحديثه في %2.
قاعدة البيانات: %3

هذه الخطة مساعدة عملية وليست استشارة قانونية.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Profil non enregistré</source>
        <translation>الملف التعريفي غير محفوظ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Le profil contient une erreur et n&apos;a pas été enregistré. Quitter quand même ?</source>
        <translation>في الملف التعريفي خطأ، ولم يتم حفظه. هل تريد الخروج رغم ذلك؟</translation>
    </message>
    <message>
        <source>Abandonner la nouvelle entreprise ?</source>
        <translation>التخلي عن المقاولة الجديدة؟</translation>
    </message>
    <message>
        <source>Elle n'a pas encore été créée : ce que vous avez saisi sera perdu.</source>
        <translation>لم يتم إنشاؤها بعد: ما أدخلته سيضيع.</translation>
    </message>
    <message>
        <source>Abandonner</source>
        <translation>تخلَّ عنها</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Langue</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Agrandir le texte</source>
        <translation>تكبير النص</translation>
    </message>
    <message>
        <source>Réduire le texte</source>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <source>Taille normale du texte</source>
        <translation>الحجم العادي للنص</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>A&amp;teliers</source>
        <translation>&amp;الورشات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Nou&amp;vel atelier…</source>
        <translation>ورشة &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;Revenir à l&apos;atelier</source>
        <translation>&amp;رجوع إلى الورشة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>Ajout impossible</source>
        <translation>تعذّرت الإضافة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>L&apos;entreprise n&apos;a pas été ajoutée à l&apos;atelier.</source>
        <translation>لم تتم إضافة المقاولة إلى الورشة.</translation>
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
        <location filename="../../ui/messages.py" line="57"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>MultiQuestion</name>
    <message>
        <location filename="../../ui/question_widgets.py" line="241"/>
        <source>Déjà acquis : indiqué dans le profil ou dans une autre réponse, ou par une action faite</source>
        <translation>مُكتسَب مسبقًا: مذكور في الملف التعريفي أو في جواب آخر، أو بإجراء تم إنجازه</translation>
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
        <location filename="../../ui/pdf_export.py" line="120"/>
        <source>PDF non enregistré</source>
        <translation>لم يتم حفظ ملف PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="121"/>
        <source>Le PDF n&apos;a pas pu être enregistré. Si le fichier est ouvert dans un autre programme, fermez-le ou choisissez un autre nom.</source>
        <translation>تعذّر حفظ ملف PDF. إذا كان الملف مفتوحًا في برنامج آخر، فأغلقه أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="125"/>
        <source>Choisir un autre nom…</source>
        <translation>اختيار اسم آخر…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="127"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <source>%n autre(s) échéance(s) recalculée(s) : une action vient une semaine après celle qu&apos;elle attend.</source>
        <translation>
            <numerusform>أُعيد حساب %n أجل آخر: يأتي الإجراء بعد أسبوع من الإجراء الذي ينتظره.</numerusform>
            <numerusform>أُعيد حساب أجل آخر واحد: يأتي الإجراء بعد أسبوع من الإجراء الذي ينتظره.</numerusform>
            <numerusform>أُعيد حساب أجلين آخرين: يأتي الإجراء بعد أسبوع من الإجراء الذي ينتظره.</numerusform>
            <numerusform>أُعيد حساب %n آجال أخرى: يأتي الإجراء بعد أسبوع من الإجراء الذي ينتظره.</numerusform>
            <numerusform>أُعيد حساب %n أجلًا آخر: يأتي الإجراء بعد أسبوع من الإجراء الذي ينتظره.</numerusform>
            <numerusform>أُعيد حساب %n أجل آخر: يأتي الإجراء بعد أسبوع من الإجراء الذي ينتظره.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le PDF est enregistré, mais le point de progrès de ce jour n'a pas pu l'être.</source>
        <translation>تم حفظ ملف PDF، لكن تعذّر تسجيل نقطة التقدّم لهذا اليوم.</translation>
    </message>
    <message>
        <source>Progrès non enregistré</source>
        <translation>لم يُسجَّل التقدّم</translation>
    </message>
    <message numerus="yes">
        <source>Rien ne bloque parmi vos réponses, mais %n question(s) qui peuvent bloquer l&apos;affiliation sont sans réponse — &lt;a href=&quot;#&quot;&gt;y répondre&lt;/a&gt;</source>
        <translation>
            <numerusform>لا شيء يعيق في أجوبتك، لكن %n سؤالًا قد يعيق الانخراط بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنها&lt;/a&gt;</numerusform>
            <numerusform>لا شيء يعيق في أجوبتك، لكن سؤالًا واحدًا قد يعيق الانخراط بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنه&lt;/a&gt;</numerusform>
            <numerusform>لا شيء يعيق في أجوبتك، لكن سؤالين قد يعيقان الانخراط بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنهما&lt;/a&gt;</numerusform>
            <numerusform>لا شيء يعيق في أجوبتك، لكن %n أسئلة قد تعيق الانخراط بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنها&lt;/a&gt;</numerusform>
            <numerusform>لا شيء يعيق في أجوبتك، لكن %n سؤالًا قد يعيق الانخراط بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنها&lt;/a&gt;</numerusform>
            <numerusform>لا شيء يعيق في أجوبتك، لكن %n سؤال قد يعيق الانخراط بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنها&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Votre note</source>
        <translation>ملاحظتك</translation>
    </message>
    <message>
        <source>&amp;Afficher :</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>Actions non exportées</source>
        <translation>لم يتم تصدير الإجراءات</translation>
    </message>
    <message>
        <source>Aucun service d&apos;impression n&apos;a répondu. Ouvrez le PDF et imprimez-le depuis votre lecteur de PDF.</source>
        <translation>لم تستجب أي خدمة طباعة. افتح ملف PDF واطبعه من قارئ PDF.</translation>
    </message>
    <message>
        <source>Aucune action dans ce choix.</source>
        <translation>لا يوجد أي إجراء في هذا الاختيار.</translation>
    </message>
    <message>
        <source>Bloquantes</source>
        <translation>المعيقة</translation>
    </message>
    <message>
        <source>Comment faire</source>
        <translation>كيف تفعل ذلك</translation>
    </message>
    <message>
        <source>Détail de l&apos;action choisie</source>
        <translation>تفاصيل الإجراء المختار</translation>
    </message>
    <message>
        <source>En retard</source>
        <translation>المتأخرة</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>Exporter les actions</source>
        <translation>تصدير الإجراءات</translation>
    </message>
    <message>
        <source>Exporter les actions (CSV)…</source>
        <translation>تصدير الإجراءات (CSV)…</translation>
    </message>
    <message>
        <source>Faites</source>
        <translation>المنجزة</translation>
    </message>
    <message>
        <source>Filtrer les actions</source>
        <translation>تصفية الإجراءات</translation>
    </message>
    <message>
        <source>Impression impossible</source>
        <translation>تعذّرت الطباعة</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>La modification n&apos;a pas pu être enregistrée.</source>
        <translation>تعذّر حفظ التعديل.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être écrit.</source>
        <translation>تعذّرت كتابة الملف.</translation>
    </message>
    <message>
        <source>Modification non enregistrée</source>
        <translation>لم يُحفظ التعديل</translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Plus tard</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <source>Tableur CSV (*.csv)</source>
        <translation>جدول بيانات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Toutes les actions</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <source>Un fichier pour un tableur (Excel, LibreOffice) : une ligne par action</source>
        <translation>ملف لبرنامج جداول البيانات (Excel، LibreOffice): سطر لكل إجراء</translation>
    </message>
    <message>
        <source>Vos notes</source>
        <translation>ملاحظاتك</translation>
    </message>
    <message>
        <source>À faire maintenant</source>
        <translation>للإنجاز الآن</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="86"/>
        <source>Création du PDF…</source>
        <translation>جارٍ إنشاء ملف PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="89"/>
        <source>Enregistrer le PDF…</source>
        <translation>حفظ ملف PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="99"/>
        <source>Préparation globale</source>
        <translation>الجاهزية العامة</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="129"/>
        <source>Vos actions</source>
        <translation>إجراءاتك</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="155"/>
        <source>Aucune action pour l&apos;instant : répondez aux questions pour obtenir votre plan.</source>
        <translation>لا توجد إجراءات حاليًا: أجب عن الأسئلة للحصول على خطتك.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="175"/>
        <source>Plan de préparation — %1</source>
        <translation>خطة الجاهزية — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_page.py" line="180"/>
        <source>%n question(s) sans réponse — &lt;a href=&quot;#&quot;&gt;y répondre&lt;/a&gt;</source>
        <translation>
            <numerusform>%n سؤال بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنها&lt;/a&gt;</numerusform>
            <numerusform>سؤال واحد بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنه&lt;/a&gt;</numerusform>
            <numerusform>سؤالان بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنهما&lt;/a&gt;</numerusform>
            <numerusform>%n أسئلة بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنها&lt;/a&gt;</numerusform>
            <numerusform>%n سؤالًا بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنها&lt;/a&gt;</numerusform>
            <numerusform>%n سؤال بدون جواب — &lt;a href=&quot;#&quot;&gt;أجب عنها&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="198"/>
        <source>Non évalué</source>
        <translation>غير مُقيَّم</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="205"/>
        <source>À régler avant de demander l&apos;affiliation au paiement</source>
        <translation>يجب حلّه قبل طلب الانخراط في الأداء بالبطاقة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_page.py" line="214"/>
        <source>… et %n autre(s), marquée(s) ⚠ dans la liste ci-dessous</source>
        <translation>
            <numerusform>… و%n إجراء آخر، مُعلَّم بـ ⚠ في اللائحة أدناه</numerusform>
            <numerusform>… و%n إجراء آخر، مُعلَّم بـ ⚠ في اللائحة أدناه</numerusform>
            <numerusform>… وإجراءان آخران، مُعلَّمان بـ ⚠ في اللائحة أدناه</numerusform>
            <numerusform>… و%n إجراءات أخرى، مُعلَّمة بـ ⚠ في اللائحة أدناه</numerusform>
            <numerusform>… و%n إجراءً آخر، كلها مُعلَّمة بـ ⚠ في اللائحة أدناه</numerusform>
            <numerusform>… و%n إجراء آخر، كلها مُعلَّمة بـ ⚠ في اللائحة أدناه</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="219"/>
        <source>Aucun point bloquant pour l&apos;affiliation parmi vos réponses.</source>
        <translation>لا يوجد في أجوبتك أي مانع من الانخراط في الأداء بالبطاقة.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="278"/>
        <source>Il manque : %1</source>
        <translation>ما زال ينقص: %1</translation>
    </message>
    <message>
        <source>Actions du plan</source>
        <translation>إجراءات الخطة</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/profile_page.py" line="143"/>
        <source>Ces informations décident des questions qui vous concernent. Seul le nom est obligatoire ; vous pourrez tout modifier plus tard.</source>
        <translation>هذه المعلومات تحدد الأسئلة التي تهمّك. الاسم وحده إلزامي، ويمكنك تغيير كل شيء لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="182"/>
        <location filename="../../ui/profile_page.py" line="236"/>
        <source>Profil de l&apos;entreprise</source>
        <translation>الملف التعريفي للمقاولة</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="182"/>
        <source>Nouvelle entreprise</source>
        <translation>مقاولة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="231"/>
        <source>Enregistrement impossible</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="231"/>
        <source>Le profil n&apos;a pas été enregistré.</source>
        <translation>لم يتم حفظ الملف التعريفي.</translation>
    </message>
    <message>
        <source>Annuler la création</source>
        <translation>إلغاء الإنشاء</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Déjà indiqué dans votre profil : %1. Répondez seulement si c'est à corriger.</source>
        <translation>سبق ذكره في ملفك: %1. أجب فقط إذا كان يحتاج إلى تصحيح.</translation>
    </message>
    <message>
        <source>✎ Votre note</source>
        <translation>✎ ملاحظتك</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="228"/>
        <source>Les mots soulignés ouvrent leur définition (Tab pour y aller, puis Entrée).</source>
        <translation>الكلمات المسطَّر تحتها تفتح تعريفها (Tab للوصول إليها، ثم Enter).</translation>
    </message>
    <message>
        <source>Note sur cette réponse</source>
        <translation>ملاحظة على هذا الجواب</translation>
    </message>
    <message>
        <source>Répondez d&apos;abord à la question pour ajouter une note</source>
        <translation>أجب عن السؤال أولًا لإضافة ملاحظة</translation>
    </message>
    <message>
        <source>Votre note (facultative) : à qui demander, ce qu&apos;il reste à vérifier… Elle figure dans le plan.</source>
        <translation>ملاحظتك (اختيارية): من تسأل، وما الذي يبقى للتحقق منه… تظهر في الخطة.</translation>
    </message>
    <message>
        <source>✎ Ajouter une note</source>
        <translation>✎ إضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="130"/>
        <source>Nécessaire pour l&apos;affiliation au paiement</source>
        <translation>ضروري للانخراط في الأداء بالبطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="175"/>
        <source>Enregistré ✓</source>
        <translation>تم الحفظ ✓</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="179"/>
        <source>Non enregistré</source>
        <translation>غير محفوظ</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../ui/section_page.py" line="81"/>
        <source>Réponse non enregistrée</source>
        <translation>الجواب غير محفوظ</translation>
    </message>
    <message>
        <location filename="../../ui/section_page.py" line="82"/>
        <source>Votre réponse n&apos;a pas pu être enregistrée.</source>
        <translation>تعذّر حفظ جوابك.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Importer / exporter</source>
        <translation>استيراد / تصدير</translation>
    </message>
    <message>
        <source>Importer des fiches exportées sur un autre ordinateur, ou exporter l&apos;entreprise choisie</source>
        <translation>استيراد ملفات صُدّرت على حاسوب آخر، أو تصدير المقاولة المختارة</translation>
    </message>
    <message>
        <source>Importer des fiches…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <source>Exporter l&apos;entreprise choisie…</source>
        <translation>تصدير المقاولة المختارة…</translation>
    </message>
    <message>
        <source>L&apos;entreprise « %1 » a été supprimée.</source>
        <translation>تم حذف المقاولة «%1».</translation>
    </message>
    <message>
        <source>copie</source>
        <comment>added to a copied name</comment>
        <translation>نسخة</translation>
    </message>
    <message>
        <source>Ville — statut juridique</source>
        <translation>المدينة — الوضع القانوني</translation>
    </message>
    <message>
        <source>Trier par :</source>
        <translation>الترتيب حسب:</translation>
    </message>
    <message>
        <source>Trier les entreprises par</source>
        <translation>ترتيب المقاولات حسب</translation>
    </message>
    <message>
        <source>Supprimer « %1 » et toutes ses réponses ? Vous pourrez l&apos;annuler juste après (Ctrl+Z).</source>
        <translation>هل تريد حذف «%1» وجميع أجوبتها؟ يمكنك التراجع عن الحذف مباشرة بعده (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Restauration impossible</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
    <message>
        <source>Renommer…</source>
        <translation>إعادة التسمية…</translation>
    </message>
    <message>
        <source>Rechercher une entreprise par nom ou par ville</source>
        <translation>البحث عن مقاولة بالاسم أو بالمدينة</translation>
    </message>
    <message>
        <source>Rechercher par nom ou par ville…</source>
        <translation>البحث بالاسم أو بالمدينة…</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Crée une entreprise avec le même profil, les mêmes réponses et les mêmes notes ; toutes ses actions repartent « à faire »</source>
        <translation>ينشئ مقاولة بنفس الملف التعريفي ونفس الأجوبة والملاحظات؛ وتعود كل إجراءاتها إلى «للإنجاز»</translation>
    </message>
    <message>
        <source>Copie impossible</source>
        <translation>تعذّر النسخ</translation>
    </message>
    <message>
        <source>Aucune entreprise ne correspond à « %1 ».</source>
        <translation>لا توجد مقاولة تطابق «%1».</translation>
    </message>
    <message>
        <source>Annuler la suppression</source>
        <translation>التراجع عن الحذف</translation>
    </message>
    <message>
        <source>Annuler la suppression de « %1 »</source>
        <translation>التراجع عن حذف «%1»</translation>
    </message>
    <message>
        <source>Remet l&apos;entreprise telle qu&apos;elle était (Ctrl+Z)</source>
        <translation>يعيد المقاولة كما كانت (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Préparation (la plus faible d&apos;abord)</source>
        <translation>الجاهزية (الأضعف أولًا)</translation>
    </message>
    <message>
        <source>L&apos;entreprise n&apos;a pas été dupliquée.</source>
        <translation>لم يتم نسخ المقاولة.</translation>
    </message>
    <message>
        <source>L&apos;entreprise n&apos;a pas pu être restaurée.</source>
        <translation>تعذّرت استعادة المقاولة.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="40"/>
        <source>Vos entreprises</source>
        <translation>مقاولاتك</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="46"/>
        <source>Cet assistant vous aide à préparer votre entreprise au paiement par carte ou en ligne, à la sécurité et à vos obligations légales. Vos réponses sont enregistrées sur cet ordinateur au fur et à mesure.</source>
        <translation>يساعدك هذا المساعد على تهيئة مقاولتك لقبول الأداء بالبطاقة أو عبر الإنترنت، وعلى الأمان وعلى التزاماتك القانونية. تُحفظ أجوبتك على هذا الحاسوب أولًا بأول.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="56"/>
        <source>Aucune entreprise enregistrée pour l&apos;instant. Cliquez sur « Nouvelle entreprise » pour commencer, ou sur « Essayer l&apos;exemple » pour découvrir l&apos;assistant avec une entreprise fictive.</source>
        <translation>لا توجد أي مقاولة محفوظة حاليًا. انقر على «مقاولة جديدة» للبدء، أو على «تجربة المثال» لاكتشاف المساعد بمقاولة وهمية.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="69"/>
        <source>Entreprise</source>
        <translation>المقاولة</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="69"/>
        <source>Préparation</source>
        <translation>الجاهزية</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="69"/>
        <source>Dernière modification</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="81"/>
        <source>Nouvelle entreprise</source>
        <translation>مقاولة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="85"/>
        <source>Ouvrir</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="88"/>
        <source>Supprimer…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="92"/>
        <source>Essayer l&apos;exemple</source>
        <translation>تجربة المثال</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="93"/>
        <source>Ajoute une entreprise fictive déjà remplie, pour découvrir l&apos;assistant</source>
        <translation>يضيف مقاولة وهمية مُعبَّأة مسبقًا لاكتشاف المساعد</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="104"/>
        <source>Lecture impossible</source>
        <translation>تعذّرت القراءة</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="104"/>
        <source>La liste des entreprises n&apos;a pas pu être lue.</source>
        <translation>تعذّرت قراءة لائحة المقاولات.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="109"/>
        <source>(sans nom)</source>
        <translation>(بدون اسم)</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="146"/>
        <source>Supprimer l&apos;entreprise</source>
        <translation>حذف المقاولة</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="148"/>
        <source>Supprimer</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="156"/>
        <source>Suppression impossible</source>
        <translation>تعذّر الحذف</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="156"/>
        <source>L&apos;entreprise n&apos;a pas été supprimée.</source>
        <translation>لم يتم حذف المقاولة.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="179"/>
        <source>Exemple non ajouté</source>
        <translation>لم تتم إضافة المثال</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="179"/>
        <source>L&apos;entreprise d&apos;exemple n&apos;a pas été ajoutée.</source>
        <translation>لم تتم إضافة مقاولة المثال.</translation>
    </message>
    <message>
        <source>Entreprises enregistrées</source>
        <translation>المقاولات المحفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="209"/>
        <source>Ateliers</source>
        <translation>الورشات</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="211"/>
        <source>Les ateliers de formation et leurs participants (Ctrl+Maj+T)</source>
        <translation>ورشات التكوين والمشاركون فيها (Ctrl+Shift+T)</translation>
    </message>
</context>
<context>
    <name>TextQuestion</name>
    <message>
        <location filename="../../ui/question_widgets.py" line="259"/>
        <source>Votre réponse (enregistrée quand vous quittez le champ)</source>
        <translation>جوابك (يُحفظ عند مغادرة الخانة)</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="353"/>
        <source>Questions répondues : %1 sur %2</source>
        <translation>الأسئلة المُجاب عنها: %1 من أصل %2</translation>
    </message>
    <message>
        <source>Entrée ou Ctrl+PgDown</source>
        <translation>Enter أو Ctrl+PgDown</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="70"/>
        <source>Entreprises</source>
        <translation>المقاولات</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="72"/>
        <source>Revenir à la liste des entreprises</source>
        <translation>الرجوع إلى لائحة المقاولات</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="121"/>
        <source>Précédent</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="124"/>
        <location filename="../../ui/wizard.py" line="313"/>
        <source>Suivant</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="168"/>
        <source>Nouvelle entreprise</source>
        <translation>مقاولة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="176"/>
        <source>Profil de l&apos;entreprise</source>
        <translation>الملف التعريفي للمقاولة</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="191"/>
        <source>Plan de préparation</source>
        <translation>خطة الجاهزية</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="194"/>
        <source>Enregistrez d&apos;abord le profil</source>
        <translation>احفظ الملف التعريفي أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="221"/>
        <source>Lecture impossible</source>
        <translation>تعذّرت القراءة</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="221"/>
        <source>Les réponses n&apos;ont pas pu être lues.</source>
        <translation>تعذّرت قراءة الأجوبة.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="231"/>
        <source>Préparation : %1 — %2</source>
        <translation>الجاهزية: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="311"/>
        <source>Enregistrer et continuer</source>
        <translation>حفظ ومتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="312"/>
        <source>Voir le plan</source>
        <translation>عرض الخطة</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="319"/>
        <source>Enregistrement impossible</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="319"/>
        <source>L&apos;étape en cours n&apos;a pas pu être enregistrée.</source>
        <translation>تعذّر حفظ المرحلة الحالية.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="179"/>
        <source>L&apos;essentiel (parcours express)</source>
        <translation>الأساسي (المسار السريع)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="325"/>
        <source>Parcours express</source>
        <translation>المسار السريع</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="326"/>
        <source>L&apos;essentiel : les questions qui décident de vos premières étapes</source>
        <translation>الأساسي: الأسئلة التي تحدد خطواتك الأولى</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="328"/>
        <source>Répondez à ces quelques questions pour obtenir un premier plan en quelques minutes. Les autres questions peuvent attendre : le plan dit ce qui reste sans réponse.</source>
        <translation>أجب عن هذه الأسئلة القليلة لتحصل على خطة أولى في بضع دقائق. يمكن أن تنتظر الأسئلة الأخرى: تبيّن الخطة ما بقي بدون جواب.</translation>
    </message>
    <message>
        <source>Étapes</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <source>Afficher ou masquer la liste des étapes</source>
        <translation>إظهار لائحة المراحل أو إخفاؤها</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="218"/>
        <source>Atelier</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="219"/>
        <source>Revenir à l&apos;atelier « %1 »</source>
        <translation>الرجوع إلى الورشة « %1 »</translation>
    </message>
</context>
<context>
    <name>_ChoiceQuestion</name>
    <message>
        <source>Touche %1</source>
        <translation>المفتاح %1</translation>
    </message>
</context>
<context>
    <name>ActionDelegate</name>
    <message>
        <source>Responsable</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>الأجل</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>%1 (en retard)</source>
        <translation>%1 (متأخر)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Bloquant</source>
        <translation>عائق</translation>
    </message>
    <message>
        <source>Bloque l&apos;affiliation au paiement</source>
        <translation>يعيق الانخراط في خدمة الأداء</translation>
    </message>
    <message>
        <source>Date choisie par vous (Suppr : revenir à la date proposée)</source>
        <translation>تاريخ اخترته بنفسك (مفتاح الحذف: الرجوع إلى التاريخ المقترح)</translation>
    </message>
    <message>
        <source>Date proposée par le plan (double-clic ou F2 pour la changer)</source>
        <translation>تاريخ تقترحه الخطة (نقرتان أو F2 لتغييره)</translation>
    </message>
    <message>
        <source>Non bloquant</source>
        <translation>غير معيق</translation>
    </message>
    <message>
        <source>Pourquoi : %1</source>
        <translation>لماذا: %1</translation>
    </message>
    <message>
        <source>Priorité</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Responsable proposé (double-clic ou F2 pour le changer)</source>
        <translation>مسؤول مقترح (نقرتان أو F2 لتغييره)</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>الأجل</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Rechercher une entreprise à ouvrir</source>
        <translation>البحث عن مقاولة لفتحها</translation>
    </message>
    <message>
        <source>Nom ou ville…</source>
        <translation>الاسم أو المدينة…</translation>
    </message>
    <message>
        <source>Lecture impossible</source>
        <translation>تعذّرت القراءة</translation>
    </message>
    <message>
        <source>Entreprises</source>
        <translation>المقاولات</translation>
    </message>
    <message>
        <source>Effacer la recherche</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Aucune entreprise ne correspond.</source>
        <translation>لا توجد مقاولة مطابقة.</translation>
    </message>
    <message>
        <source>Aller à une entreprise</source>
        <translation>الانتقال إلى مقاولة</translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation>(بدون اسم)</translation>
    </message>
    <message>
        <source>La liste des entreprises n&apos;a pas pu être lue.</source>
        <translation>تعذّرت قراءة لائحة المقاولات.</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Renommer</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Nouveau nom :</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Renommer l&apos;entreprise</source>
        <translation>إعادة تسمية المقاولة</translation>
    </message>
    <message>
        <source>Nouveau nom de l&apos;entreprise</source>
        <translation>الاسم الجديد للمقاولة</translation>
    </message>
    <message>
        <source>Le nom n&apos;a pas été changé.</source>
        <translation>لم يتم تغيير الاسم.</translation>
    </message>
</context>
<context>
    <name>GlossaryWindow</name>
    <message>
        <location filename="../../ui/glossary_window.py" line="404"/>
        <source>Cette question n&apos;est pas posée ici : ouvrez une entreprise à qui elle s&apos;applique (son profil décide des questions posées).</source>
        <translation>هذا السؤال غير مطروح هنا: افتح مقاولة ينطبق عليها (ملفها التعريفي يحدد الأسئلة المطروحة).</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="394"/>
        <source>Étape : %1</source>
        <translation>المرحلة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="341"/>
        <source>Aucun terme ne correspond à votre recherche.</source>
        <translation>لا يوجد مصطلح يطابق بحثك.</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="328"/>
        <source>Trouvé dans la définition</source>
        <translation>وُجد في التعريف</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="326"/>
        <source>Trouvé dans une autre langue : %1</source>
        <translation>وُجد بلغة أخرى: %1</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="295"/>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="281"/>
        <source>Aucune question n&apos;utilise ce terme.</source>
        <translation>لا يستعمل أي سؤال هذا المصطلح.</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="277"/>
        <source>Ouvrir l&apos;étape de cette question dans l&apos;entreprise en cours (Entrée)</source>
        <translation>فتح مرحلة هذا السؤال في المقاولة الحالية (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="275"/>
        <source>Aller à la question</source>
        <translation>الانتقال إلى السؤال</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="258"/>
        <location filename="../../ui/glossary_window.py" line="263"/>
        <source>Questions qui utilisent ce terme</source>
        <translation>الأسئلة التي تستعمل هذا المصطلح</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="243"/>
        <source>Termes du glossaire</source>
        <translation>مصطلحات المسرد</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="229"/>
        <source>Accents et voyelles ne comptent pas. Flèches : choisir un terme. Échap : effacer, puis fermer.</source>
        <translation>لا تُحتسب الحركات ولا أشكال الهمزة. الأسهم: اختيار مصطلح. Esc: مسح البحث، ثم الإغلاق.</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="227"/>
        <source>Rechercher dans le glossaire</source>
        <translation>البحث في مسرد المصطلحات</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="226"/>
        <source>Rechercher un terme (nom ou définition)</source>
        <translation>ابحث عن مصطلح (بالاسم أو في التعريف)</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="216"/>
        <source>Glossaire</source>
        <translation>مسرد المصطلحات</translation>
    </message>
</context>
<context>
    <name>TermPopup</name>
    <message>
        <location filename="../../ui/glossary_window.py" line="147"/>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="144"/>
        <source>Ouvrir le glossaire à ce terme (Ctrl+G : le glossaire)</source>
        <translation>فتح مسرد المصطلحات على هذا المصطلح (Ctrl+G: المسرد)</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="143"/>
        <source>Voir dans le glossaire</source>
        <translation>عرض في مسرد المصطلحات</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="135"/>
        <source>Définition : %1</source>
        <translation>التعريف: %1</translation>
    </message>
</context>
<context>
    <name>TermView</name>
    <message>
        <location filename="../../ui/glossary_window.py" line="118"/>
        <source>À confirmer auprès de votre banque ou d&apos;un juriste</source>
        <translation>يجب التأكد من ذلك لدى البنك أو لدى مختص في القانون</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="109"/>
        <source>Aucun terme choisi.</source>
        <translation>لم يتم اختيار أي مصطلح.</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="93"/>
        <source>Référence</source>
        <translation>المرجع</translation>
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
    <name>DatabaseProblem</name>
    <message>
        <source>entreprises : %1</source>
        <translation>المقاولات: %1</translation>
    </message>
    <message>
        <source>avant mise à jour</source>
        <translation>قبل التحديث</translation>
    </message>
    <message>
        <source>copie du jour</source>
        <translation>نسخة اليوم</translation>
    </message>
    <message>
        <source>Vos données n'ont pas pu être ouvertes. Rien n'a été modifié.</source>
        <translation>تعذّر فتح بياناتك. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>Le fichier est endommagé. Vous pouvez reprendre une copie de sauvegarde automatique ou commencer un nouveau fichier : le fichier endommagé est gardé à part, sous un autre nom.</source>
        <translation>الملف تالف. يمكنك استرجاع نسخة احتياطية تلقائية أو بدء ملف جديد: يُحتفظ بالملف التالف جانبًا باسم آخر.</translation>
    </message>
    <message>
        <source>Aucune copie de sauvegarde n'a été trouvée.</source>
        <translation>لم يُعثر على أي نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Base de données inutilisable</source>
        <translation>قاعدة بيانات غير صالحة للاستعمال</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde…</source>
        <translation>استرجاع نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Commencer un nouveau fichier</source>
        <translation>بدء ملف جديد</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <source>Copie à reprendre (la plus récente en premier) :</source>
        <translation>النسخة المراد استرجاعها (الأحدث أولًا):</translation>
    </message>
    <message>
        <source>La copie de sauvegarde a été restaurée.</source>
        <translation>تم استرجاع النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Un nouveau fichier vide va être commencé.</source>
        <translation>سيُبدأ ملف جديد فارغ.</translation>
    </message>
    <message>
        <source>Le fichier endommagé est conservé ici : %1</source>
        <translation>الملف التالف محفوظ هنا: %1</translation>
    </message>
    <message>
        <source>Base de données</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Cela n'a pas pu être fait.</source>
        <translation>تعذّر القيام بذلك.</translation>
    </message>
</context>
<context>
    <name>AddParticipantsDialog</name>
    <message>
        <location filename="../../ui/workshop_page.py" line="603"/>
        <source>Ajouter des entreprises à l&apos;atelier</source>
        <translation>إضافة مقاولات إلى الورشة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="609"/>
        <source>Rechercher par nom ou par ville…</source>
        <translation>البحث بالاسم أو بالمدينة…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="609"/>
        <source>Rechercher une entreprise par nom ou par ville</source>
        <translation>البحث عن مقاولة بالاسم أو بالمدينة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="614"/>
        <source>Entreprises à ajouter</source>
        <translation>المقاولات المراد إضافتها</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="617"/>
        <source>(sans nom)</source>
        <translation>(بدون اسم)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="627"/>
        <source>Toutes les entreprises enregistrées sont déjà dans l&apos;atelier.</source>
        <translation>كل المقاولات المسجلة موجودة في الورشة.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="629"/>
        <source>Cochez les entreprises qui participent (Espace coche celle qui est choisie).</source>
        <translation>ضع علامة على المقاولات المشاركة (مفتاح المسافة يضع العلامة على المختارة).</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="633"/>
        <location filename="../../ui/workshop_page.py" line="665"/>
        <source>Ajouter</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="634"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop_page.py" line="665"/>
        <source>Ajouter (%n)</source>
        <translation>
            <numerusform>إضافة (%n)</numerusform>
            <numerusform>إضافة (%n)</numerusform>
            <numerusform>إضافة (%n)</numerusform>
            <numerusform>إضافة (%n)</numerusform>
            <numerusform>إضافة (%n)</numerusform>
            <numerusform>إضافة (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/workshop_page.py" line="121"/>
        <source>Entreprise</source>
        <translation>المقاولة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="122"/>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="123"/>
        <source>Préparation</source>
        <translation>الجاهزية</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="124"/>
        <source>Points bloquants</source>
        <translation>النقاط المعيقة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="125"/>
        <source>Actions faites</source>
        <translation>الإجراءات المنجزة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="126"/>
        <source>Depuis le dernier atelier</source>
        <translation>منذ الورشة السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="127"/>
        <source>Consentement</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="140"/>
        <source>Premier atelier</source>
        <translation>أول ورشة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="275"/>
        <source>%1 (+%2 à vérifier)</source>
        <translation>%1 (و%2 للتحقق)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="153"/>
        <source>Consentement non recueilli</source>
        <translation>لم تُسجَّل الموافقة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="153"/>
        <source>Non</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="155"/>
        <source>Consentement donné le %1</source>
        <translation>الموافقة معطاة في %1</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="172"/>
        <source>Questions répondues sur celles qui s&apos;appliquent à l&apos;entreprise</source>
        <translation>الأسئلة المُجاب عنها من بين الأسئلة التي تخص المقاولة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="173"/>
        <source>Actions qui bloquent l&apos;objectif de l&apos;entreprise et ne sont pas faites</source>
        <translation>إجراءات تعيق هدف المقاولة ولم تُنجز بعد</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="174"/>
        <source>Accord du participant pour que ses données soient gardées ici (loi 09-08)</source>
        <translation>موافقة المشارك على حفظ معطياته هنا (القانون 09.08)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop_page.py" line="200"/>
        <source>%n question(s) sans réponse peuvent encore bloquer</source>
        <translation>
            <numerusform>%n سؤال بدون جواب قد يعيق</numerusform>
            <numerusform>سؤال واحد بدون جواب قد يعيق</numerusform>
            <numerusform>سؤالان بدون جواب قد يعيقان</numerusform>
            <numerusform>%n أسئلة بدون جواب قد تعيق</numerusform>
            <numerusform>%n سؤالًا بدون جواب قد يعيق</numerusform>
            <numerusform>%n سؤال بدون جواب قد يعيق</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="204"/>
        <source>Double-clic ou Entrée : ouvrir cette entreprise</source>
        <translation>نقرة مزدوجة أو Enter: فتح هذه المقاولة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="221"/>
        <source>(sans nom)</source>
        <translation>(بدون اسم)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) répondue(s) sur %1</source>
        <translation>
            <numerusform>%n سؤال مُجاب عنه من أصل %1</numerusform>
            <numerusform>سؤال واحد مُجاب عنه من أصل %1</numerusform>
            <numerusform>سؤالان مُجاب عنهما من أصل %1</numerusform>
            <numerusform>%n أسئلة مُجاب عنها من أصل %1</numerusform>
            <numerusform>%n سؤالًا مُجابًا عنه من أصل %1</numerusform>
            <numerusform>%n سؤال مُجاب عنه من أصل %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop_page.py" line="234"/>
        <source>%n action(s) bloquante(s)</source>
        <translation>
            <numerusform>%n إجراء معيق</numerusform>
            <numerusform>إجراء معيق واحد</numerusform>
            <numerusform>إجراءان معيقان</numerusform>
            <numerusform>%n إجراءات معيقة</numerusform>
            <numerusform>%n إجراءً معيقًا</numerusform>
            <numerusform>%n إجراء معيق</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="239"/>
        <source>%1 actions faites sur %2</source>
        <translation>%1 إجراءً منجزًا من أصل %2</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../ui/workshops_page.py" line="253"/>
        <source>Nouvel atelier</source>
        <translation>ورشة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="253"/>
        <source>Modifier l&apos;atelier</source>
        <translation>تعديل الورشة</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="262"/>
        <source>Nom de l&apos;atelier (obligatoire)</source>
        <translation>اسم الورشة (إلزامي)</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="267"/>
        <source>Sans date</source>
        <translation>بدون تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="270"/>
        <source>Date de l&apos;atelier</source>
        <translation>تاريخ الورشة</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="273"/>
        <source>Lieu de l&apos;atelier</source>
        <translation>مكان الورشة</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="274"/>
        <source>Formateur ou formatrice</source>
        <translation>المكوِّن أو المكوِّنة</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="276"/>
        <source>&amp;Nom :</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="277"/>
        <source>&amp;Date :</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="278"/>
        <source>&amp;Lieu :</source>
        <translation>الم&amp;كان:</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="279"/>
        <source>&amp;Formateur :</source>
        <translation>المك&amp;وِّن:</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="296"/>
        <source>Créer l&apos;atelier</source>
        <translation>إنشاء الورشة</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="296"/>
        <source>Enregistrer</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="299"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="338"/>
        <source>Enregistrement impossible</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="338"/>
        <source>L&apos;atelier n&apos;a pas été enregistré.</source>
        <translation>لم يتم حفظ الورشة.</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Ses réponses dans un fichier, pour le participant ou un autre ordinateur</source>
        <translation>أجوبته في ملف، للمشارك أو لحاسوب آخر</translation>
    </message>
    <message>
        <source>Exporter sa fiche…</source>
        <translation>تصدير ملفه…</translation>
    </message>
    <message>
        <source>La synthèse de l'atelier pour la chambre, anonyme par défaut</source>
        <translation>ملخص الورشة للغرفة، دون أسماء افتراضيًا</translation>
    </message>
    <message>
        <source>Synthèse…</source>
        <translation>ملخص الورشة…</translation>
    </message>
    <message>
        <source>Un PDF par participant, dans un dossier, et leur progrès enregistré</source>
        <translation>ملف PDF لكل مشارك في مجلد، مع تسجيل تقدّمهم</translation>
    </message>
    <message>
        <source>Plans de tous…</source>
        <translation>خطط الجميع…</translation>
    </message>
    <message>
        <source>Les fiches apportées par les participants (clé USB) rejoignent l'atelier</source>
        <translation>الملفات التي يحملها المشاركون (مفتاح USB) تنضم إلى الورشة</translation>
    </message>
    <message>
        <source>Importer des fiches…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="299"/>
        <source>Ateliers</source>
        <translation>الورشات</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="299"/>
        <source>Revenir à la liste des ateliers</source>
        <translation>الرجوع إلى لائحة الورشات</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="313"/>
        <source>Modifier…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="314"/>
        <source>Changer le nom, la date, le lieu ou le formateur de l&apos;atelier</source>
        <translation>تغيير اسم الورشة أو تاريخها أو مكانها أو مكوِّنها</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="322"/>
        <source>Ajouter des entreprises…</source>
        <translation>إضافة مقاولات…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="324"/>
        <source>Choisir parmi les entreprises déjà enregistrées</source>
        <translation>الاختيار من بين المقاولات المسجلة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="327"/>
        <source>Nouvelle entreprise…</source>
        <translation>مقاولة جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="328"/>
        <source>Créer une entreprise qui rejoint cet atelier</source>
        <translation>إنشاء مقاولة تنضم إلى هذه الورشة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="336"/>
        <source>Consentement (loi 09-08) : cochez-le quand le participant accepte que les données de son entreprise soient gardées sur cet ordinateur pour l&apos;accompagner. Il peut le retirer, et demander que tout soit supprimé.</source>
        <translation>الموافقة (القانون 09.08): ضع العلامة عندما يقبل المشارك حفظ معطيات مقاولته على هذا الحاسوب لمواكبته. يمكنه سحبها، وطلب حذف كل شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="347"/>
        <source>Personne dans cet atelier pour l&apos;instant : ajoutez des entreprises déjà enregistrées, ou créez-en une.</source>
        <translation>لا أحد في هذه الورشة حاليًا: أضف مقاولات مسجلة، أو أنشئ واحدة.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="357"/>
        <source>Participants de l&apos;atelier</source>
        <translation>المشاركون في الورشة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="379"/>
        <source>Ouvrir</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="380"/>
        <source>Ouvrir cette entreprise (double-clic ou Entrée dans le tableau)</source>
        <translation>فتح هذه المقاولة (نقرة مزدوجة أو Enter في الجدول)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="387"/>
        <source>Retirer de l&apos;atelier</source>
        <translation>سحب من الورشة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="388"/>
        <source>L&apos;entreprise reste dans la liste des entreprises, avec ses réponses</source>
        <translation>تبقى المقاولة في لائحة المقاولات، بأجوبتها</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="392"/>
        <source>Supprimer ses données…</source>
        <translation>حذف معطياتها…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="394"/>
        <source>Effacer complètement l&apos;entreprise et ses réponses, à sa demande</source>
        <translation>محو المقاولة وأجوبتها كليًا، بطلب منها</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="424"/>
        <location filename="../../ui/workshop_page.py" line="534"/>
        <source>Lecture impossible</source>
        <translation>تعذّرت القراءة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="424"/>
        <source>L&apos;atelier n&apos;a pas pu être lu.</source>
        <translation>تعذّرت قراءة الورشة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop_page.py" line="428"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n مشارك</numerusform>
            <numerusform>مشارك واحد</numerusform>
            <numerusform>مشاركان</numerusform>
            <numerusform>%n مشاركين</numerusform>
            <numerusform>%n مشاركًا</numerusform>
            <numerusform>%n مشارك</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="484"/>
        <source>Retirer le consentement</source>
        <translation>سحب الموافقة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="484"/>
        <source>Consentement donné</source>
        <translation>الموافقة معطاة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="486"/>
        <source>Le participant retire son accord</source>
        <translation>المشارك يسحب موافقته</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="486"/>
        <source>Le participant accepte, aujourd&apos;hui</source>
        <translation>المشارك يوافق، اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="514"/>
        <source>Enregistrement impossible</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="514"/>
        <source>Le consentement n&apos;a pas été noté.</source>
        <translation>لم تُسجَّل الموافقة.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="534"/>
        <source>La liste des entreprises n&apos;a pas pu être lue.</source>
        <translation>تعذّرت قراءة لائحة المقاولات.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="547"/>
        <source>Ajout impossible</source>
        <translation>تعذّرت الإضافة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="547"/>
        <source>Des entreprises n&apos;ont pas été ajoutées.</source>
        <translation>لم تتم إضافة بعض المقاولات.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="559"/>
        <source>Retrait impossible</source>
        <translation>تعذّر السحب</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="559"/>
        <source>L&apos;entreprise est restée dans l&apos;atelier.</source>
        <translation>بقيت المقاولة في الورشة.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="571"/>
        <source>Supprimer toutes les données de l&apos;entreprise</source>
        <translation>حذف كل معطيات المقاولة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="573"/>
        <source>Supprimer complètement « %1 » ? Son profil, ses réponses, ses notes, le suivi de ses actions et son consentement sont effacés de la base de données de ce programme sur cet ordinateur (effacement sécurisé : les données sont écrasées), de tous les ateliers, et des copies de sauvegarde automatiques du dossier des sauvegardes.

Cette suppression ne peut pas être annulée. Les PDF et les fichiers d&apos;échange déjà enregistrés ou remis ne sont pas concernés : ils doivent être supprimés séparément.</source>
        <translation>حذف « %1 » كليًا؟ يُمحى ملفها التعريفي وأجوبتها وملاحظاتها وتتبع إجراءاتها وموافقتها من قاعدة بيانات هذا البرنامج على هذا الحاسوب (محو آمن: يُكتب فوق المعطيات)، ومن كل الورشات، ومن النسخ الاحتياطية التلقائية في مجلد النسخ الاحتياطية.

لا يمكن التراجع عن هذا الحذف. ملفات PDF وملفات التبادل التي سبق حفظها أو تسليمها لا يشملها هذا الحذف: يجب حذفها على حدة.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="579"/>
        <source>Supprimer définitivement</source>
        <translation>حذف نهائي</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="757"/>
        <source>« %1 » : données supprimées</source>
        <translation>« %1 »: حُذفت المعطيات</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="756"/>
        <source>(sans nom)</source>
        <translation>(بدون اسم)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="588"/>
        <source>Suppression impossible</source>
        <translation>تعذّر الحذف</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="588"/>
        <source>L&apos;entreprise n&apos;a pas été supprimée.</source>
        <translation>لم يتم حذف المقاولة.</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <location filename="../../ui/workshops_page.py" line="85"/>
        <source>Entreprises</source>
        <translation>المقاولات</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="85"/>
        <source>Revenir à la liste des entreprises</source>
        <translation>الرجوع إلى لائحة المقاولات</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="90"/>
        <location filename="../../ui/workshops_page.py" line="109"/>
        <source>Ateliers</source>
        <translation>الورشات</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="96"/>
        <source>Un atelier réunit les entreprises d&apos;une séance de formation : un tableau montre la progression de chacune, et vous passez de l&apos;une à l&apos;autre en un double-clic.</source>
        <translation>تجمع الورشة مقاولات حصة تكوينية واحدة: يعرض جدول تقدم كل واحدة منها، وتنتقل من واحدة إلى أخرى بنقرة مزدوجة.</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="103"/>
        <source>Aucun atelier pour l&apos;instant. Cliquez sur « Nouvel atelier » pour en créer un.</source>
        <translation>لا توجد ورشة حاليًا. انقر على « ورشة جديدة » لإنشاء واحدة.</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="113"/>
        <source>Atelier</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="113"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="113"/>
        <source>Lieu</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="113"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="126"/>
        <source>Nouvel atelier…</source>
        <translation>ورشة جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="130"/>
        <source>Ouvrir</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="133"/>
        <source>Modifier…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="136"/>
        <source>Supprimer…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="137"/>
        <source>Supprime l&apos;atelier ; ses entreprises restent</source>
        <translation>يحذف الورشة؛ تبقى مقاولاتها</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="154"/>
        <source>Lecture impossible</source>
        <translation>تعذّرت القراءة</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="154"/>
        <source>La liste des ateliers n&apos;a pas pu être lue.</source>
        <translation>تعذّرت قراءة لائحة الورشات.</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="224"/>
        <location filename="../../ui/workshops_page.py" line="229"/>
        <source>Supprimer l&apos;atelier</source>
        <translation>حذف الورشة</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="226"/>
        <source>Supprimer l&apos;atelier « %1 » ? Ses entreprises restent dans la liste des entreprises, avec leurs réponses.</source>
        <translation>حذف الورشة « %1 »؟ تبقى مقاولاتها في لائحة المقاولات، بأجوبتها.</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="237"/>
        <source>Suppression impossible</source>
        <translation>تعذّر الحذف</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="237"/>
        <source>L&apos;atelier n&apos;a pas été supprimé.</source>
        <translation>لم يتم حذف الورشة.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>La copie rejoint aussi cet atelier : si c&apos;est la même entreprise, elle y comptera deux fois.</source>
        <translation>تنضم النسخة أيضًا إلى هذه الورشة: إن كانت المقاولة نفسها، فستُحتسب فيها مرتين.</translation>
    </message>
    <message>
        <source>Entreprise déjà présente</source>
        <translation>مقاولة موجودة من قبل</translation>
    </message>
    <message>
        <source>La fiche « %1 » est celle de « %2 », déjà présente ici. Que faire ?</source>
        <translation>الملف «%1» هو ملف «%2»، الموجودة هنا من قبل. ماذا تريد أن تفعل؟</translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation>الدمج</translation>
    </message>
    <message>
        <source>Réponse par réponse, la plus récente gagne ; les différences sont listées à la fin. Rien de ce qui n&apos;est qu&apos;ici n&apos;est perdu.</source>
        <translation>جوابًا بجواب، يُحتفظ بالأحدث؛ وتُعرض الاختلافات في النهاية. لا يضيع شيء مما هو موجود هنا فقط.</translation>
    </message>
    <message>
        <source>Garder les deux</source>
        <translation>الاحتفاظ بالاثنين</translation>
    </message>
    <message>
        <source>La fiche est ajoutée à côté, sous un autre nom ; celle d&apos;ici ne change pas.</source>
        <translation>يُضاف الملف بجانبها باسم آخر؛ ولا تتغير المقاولة الموجودة هنا.</translation>
    </message>
    <message>
        <source>Remplacer</source>
        <translation>الاستبدال</translation>
    </message>
    <message>
        <source>Celle d&apos;ici est remplacée par la fiche : ses réponses, notes et actions d&apos;ici sont perdues.</source>
        <translation>تُستبدل المقاولة الموجودة هنا بالملف: تضيع أجوبتها وملاحظاتها وإجراءاتها المسجلة هنا.</translation>
    </message>
    <message>
        <source>Ignorer</source>
        <translation>التجاوز</translation>
    </message>
    <message>
        <source>Rien n&apos;est importé de cette fiche ; celle d&apos;ici ne change pas.</source>
        <translation>لا يُستورد شيء من هذا الملف؛ ولا تتغير المقاولة الموجودة هنا.</translation>
    </message>
    <message>
        <source>Faire de même pour les autres entreprises déjà présentes</source>
        <translation>فعل الشيء نفسه مع المقاولات الأخرى الموجودة من قبل</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Arrêter l&apos;import</source>
        <translation>إيقاف الاستيراد</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exporter la fiche de l&apos;entreprise</source>
        <translation>تصدير ملف المقاولة</translation>
    </message>
    <message>
        <source>Un fichier avec tout ce qui concerne « %1 » (profil, réponses, notes, actions) : pour le reprendre sur un autre ordinateur, ou le remettre à la personne concernée.</source>
        <translation>ملف يضم كل ما يخص «%1» (الملف التعريفي، الأجوبة، الملاحظات، الإجراءات): لمتابعة العمل على حاسوب آخر، أو لتسليمه إلى الشخص المعني.</translation>
    </message>
    <message>
        <source>Il contient des données personnelles. Sur une clé USB, protégez-le par une phrase secrète : sans elle, personne ne peut le lire.</source>
        <translation>يحتوي على معطيات شخصية. على مفتاح USB، احمه بعبارة سرية: بدونها لا يستطيع أحد قراءته.</translation>
    </message>
    <message>
        <source>Protéger par une phrase secrète</source>
        <translation>الحماية بعبارة سرية</translation>
    </message>
    <message>
        <source>Phrase secrète :</source>
        <translation>العبارة السرية:</translation>
    </message>
    <message>
        <source>La même, encore :</source>
        <translation>العبارة نفسها مرة أخرى:</translation>
    </message>
    <message>
        <source>Enregistrer…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Les deux phrases secrètes ne sont pas les mêmes.</source>
        <translation>العبارتان السريتان غير متطابقتين.</translation>
    </message>
    <message>
        <source>Fiche - %1.mra</source>
        <translation>ملف - %1.mra</translation>
    </message>
    <message>
        <source>Fiche - %1.json</source>
        <translation>ملف - %1.json</translation>
    </message>
    <message>
        <source>Fiche exportée</source>
        <translation>تم تصدير الملف</translation>
    </message>
    <message>
        <source>La fiche de « %1 » est enregistrée.</source>
        <translation>تم حفظ ملف «%1».</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Fiche non exportée</source>
        <translation>لم يُصدَّر الملف</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas été écrit.</source>
        <translation>لم يُكتب الملف.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(vide)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Note : %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>Importer des fiches</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <source>Avancement de l&apos;import</source>
        <translation>تقدم الاستيراد</translation>
    </message>
    <message>
        <source>Compte rendu de l&apos;import</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Le fichier en cours finit d&apos;être importé ; les suivants ne le sont pas</source>
        <translation>يكتمل استيراد الملف الجاري؛ ولا تُستورد الملفات التالية</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Import du fichier %1 sur %2 : %3</source>
        <translation>استيراد الملف %1 من %2: %3</translation>
    </message>
    <message>
        <source>Erreur inattendue (voir le journal).</source>
        <translation>خطأ غير متوقع (انظر السجل).</translation>
    </message>
    <message>
        <source>Protégé : phrase secrète erronée, fichier ignoré.</source>
        <translation>محمي: العبارة السرية خاطئة، تم تجاوز الملف.</translation>
    </message>
    <message>
        <source>Protégé : phrase secrète non donnée.</source>
        <translation>محمي: لم تُعطَ العبارة السرية.</translation>
    </message>
    <message>
        <source>Import arrêté avant ce fichier.</source>
        <translation>توقف الاستيراد قبل هذا الملف.</translation>
    </message>
    <message>
        <source>Non importé : import arrêté.</source>
        <translation>لم يُستورد: توقف الاستيراد.</translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) ajoutée(s)</source>
        <translation>
            <numerusform>أُضيف %n ملف</numerusform>
            <numerusform>أُضيف ملف واحد</numerusform>
            <numerusform>أُضيف ملفان</numerusform>
            <numerusform>أُضيفت %n ملفات</numerusform>
            <numerusform>أُضيف %n ملفًا</numerusform>
            <numerusform>أُضيف %n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mise(s) à jour</source>
        <translation>
            <numerusform>حُدّث %n ملف</numerusform>
            <numerusform>حُدّث ملف واحد</numerusform>
            <numerusform>حُدّث ملفان</numerusform>
            <numerusform>حُدّثت %n ملفات</numerusform>
            <numerusform>حُدّث %n ملفًا</numerusform>
            <numerusform>حُدّث %n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non importée(s)</source>
        <translation>
            <numerusform>%n ملف غير مستورد</numerusform>
            <numerusform>ملف واحد غير مستورد</numerusform>
            <numerusform>ملفان غير مستوردين</numerusform>
            <numerusform>%n ملفات غير مستوردة</numerusform>
            <numerusform>%n ملفًا غير مستورد</numerusform>
            <numerusform>%n ملف غير مستورد</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (fichier « %2 »)</source>
        <translation>%1 (الملف «%2»)</translation>
    </message>
    <message>
        <source>Fichier « %1 » : %2</source>
        <translation>الملف «%1»: %2</translation>
    </message>
    <message>
        <source>Ajoutées</source>
        <translation>المضافة</translation>
    </message>
    <message>
        <source>Ajoutées à côté de celle déjà ici (les deux gardées)</source>
        <translation>المضافة بجانب الموجودة هنا (احتُفظ بالاثنين)</translation>
    </message>
    <message>
        <source>Remplacées par la fiche</source>
        <translation>المستبدلة بالملف</translation>
    </message>
    <message>
        <source>%1 : ici « %2 », dans la fiche « %3 » — gardée : la valeur d&apos;ici (plus récente)</source>
        <translation>%1: هنا «%2»، وفي الملف «%3» — أُبقيت قيمة ما هنا (الأحدث)</translation>
    </message>
    <message>
        <source>%1 : ici « %2 », dans la fiche « %3 » — gardée : la valeur de la fiche (plus récente)</source>
        <translation>%1: هنا «%2»، وفي الملف «%3» — أُخذت قيمة الملف (الأحدث)</translation>
    </message>
    <message>
        <source>Différences (la plus récente gagne) :</source>
        <translation>الاختلافات (يُحتفظ بالأحدث):</translation>
    </message>
    <message>
        <source>Fusionnées</source>
        <translation>المدموجة</translation>
    </message>
    <message>
        <source>Ignorées (déjà ici, laissées telles quelles)</source>
        <translation>المتجاوزة (موجودة هنا، تُركت كما هي)</translation>
    </message>
    <message>
        <source>Non importées</source>
        <translation>غير المستوردة</translation>
    </message>
    <message numerus="yes">
        <source>%n identique(s) : rien n&apos;a changé</source>
        <translation>
            <numerusform>%n ملف مطابق: لم يتغير شيء</numerusform>
            <numerusform>ملف واحد مطابق: لم يتغير شيء</numerusform>
            <numerusform>ملفان مطابقان: لم يتغير شيء</numerusform>
            <numerusform>%n ملفات مطابقة: لم يتغير شيء</numerusform>
            <numerusform>%n ملفًا مطابقًا: لم يتغير شيء</numerusform>
            <numerusform>%n ملف مطابق: لم يتغير شيء</numerusform>
        </translation>
    </message>
    <message>
        <source>Identiques : rien n&apos;a changé (rien de plus récent dans la fiche)</source>
        <translation>المطابقة: لم يتغير شيء (لا شيء أحدث في الملف)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Fichier protégé</source>
        <translation>ملف محمي</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est protégé par une phrase secrète. Tapez-la pour l&apos;importer :</source>
        <translation>الملف «%1» محمي بعبارة سرية. اكتبها لاستيراده:</translation>
    </message>
    <message>
        <source>Phrase secrète du fichier</source>
        <translation>العبارة السرية للملف</translation>
    </message>
    <message>
        <source>Phrase secrète erronée (ou le fichier a été modifié depuis). Réessayez, ou ignorez ce fichier.</source>
        <translation>العبارة السرية خاطئة (أو أن الملف تغيّر منذ ذلك الحين). أعد المحاولة، أو تجاوز هذا الملف.</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Ignorer ce fichier</source>
        <translation>تجاوز هذا الملف</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <source>Importer des fiches d&apos;entreprise</source>
        <translation>استيراد ملفات المقاولات</translation>
    </message>
    <message>
        <source>Tous les fichiers (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Lecture impossible</source>
        <translation>تعذّرت القراءة</translation>
    </message>
    <message>
        <source>La liste des ateliers n&apos;a pas pu être lue.</source>
        <translation>تعذّرت قراءة قائمة الورشات.</translation>
    </message>
    <message>
        <source>Aucun atelier</source>
        <translation>لا توجد ورشة</translation>
    </message>
    <message>
        <source>Aucun atelier n&apos;est enregistré pour l&apos;instant.</source>
        <translation>لا توجد أي ورشة مسجلة إلى حد الآن.</translation>
    </message>
    <message>
        <source>Créez-en un (menu Ateliers, « Nouvel atelier… »), puis ajoutez-y les participants.</source>
        <translation>أنشئ ورشة (قائمة الورشات، «ورشة جديدة…»)، ثم أضف إليها المشاركين.</translation>
    </message>
    <message>
        <source>Fiches d&apos;entreprise (*.json *.mra *.yaml *.yml)</source>
        <translation>ملفات المقاولات (*.json *.mra *.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>WorkshopChooser</name>
    <message>
        <source>Choisir un atelier</source>
        <translation>اختيار ورشة</translation>
    </message>
    <message>
        <source>&amp;Atelier :</source>
        <translation>ال&amp;ورشة:</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>WorkshopPlansDialog</name>
    <message>
        <source>Plans de tous les participants</source>
        <translation>خطط جميع المشاركين</translation>
    </message>
    <message numerus="yes">
        <source>Un PDF par participant de l&apos;atelier « %1 » (%n participant(s)).</source>
        <translation>
            <numerusform>ملف PDF لكل مشارك في الورشة «%1» (%n مشارك).</numerusform>
            <numerusform>ملف PDF لكل مشارك في الورشة «%1» (مشارك واحد).</numerusform>
            <numerusform>ملف PDF لكل مشارك في الورشة «%1» (مشاركان).</numerusform>
            <numerusform>ملف PDF لكل مشارك في الورشة «%1» (%n مشاركين).</numerusform>
            <numerusform>ملف PDF لكل مشارك في الورشة «%1» (%n مشاركًا).</numerusform>
            <numerusform>ملف PDF لكل مشارك في الورشة «%1» (%n مشارك).</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans - %1</source>
        <comment>folder of a workshop&apos;s plans; %1: the workshop</comment>
        <translation>خطط - %1</translation>
    </message>
    <message>
        <source>Dossier des plans</source>
        <translation>مجلد الخطط</translation>
    </message>
    <message>
        <source>Choisir le dossier des plans</source>
        <translation>اختيار مجلد الخطط</translation>
    </message>
    <message>
        <source>Dossier :</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>Langue des plans</source>
        <translation>لغة الخطط</translation>
    </message>
    <message>
        <source>Langue :</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Format des plans</source>
        <translation>صيغة الخطط</translation>
    </message>
    <message>
        <source>Le plan en bref (deux pages)</source>
        <translation>الخطة باختصار (صفحتان)</translation>
    </message>
    <message>
        <source>Le plan complet</source>
        <translation>الخطة الكاملة</translation>
    </message>
    <message>
        <source>Format :</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Avancement des plans</source>
        <translation>تقدم الخطط</translation>
    </message>
    <message>
        <source>Plans non écrits</source>
        <translation>الخطط غير المكتوبة</translation>
    </message>
    <message>
        <source>Créer les plans</source>
        <translation>إنشاء الخطط</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Plans non créés</source>
        <translation>لم تُنشأ الخطط</translation>
    </message>
    <message>
        <source>Aucun plan n&apos;a été écrit.</source>
        <translation>لم تُكتب أي خطة.</translation>
    </message>
    <message>
        <source>L&apos;atelier n&apos;a encore aucun participant.</source>
        <translation>لا يضم الورشة أي مشارك بعد.</translation>
    </message>
    <message>
        <source>Préparation des plans…</source>
        <translation>جارٍ تحضير الخطط…</translation>
    </message>
    <message>
        <source>Arrêt après les plans en cours…</source>
        <translation>التوقف بعد الخطط الجارية…</translation>
    </message>
    <message>
        <source>Progrès non enregistré</source>
        <translation>لم يُحفظ التقدم</translation>
    </message>
    <message>
        <source>Les plans sont écrits, mais le point de progrès de l&apos;atelier n&apos;a pas pu être enregistré.</source>
        <translation>كُتبت الخطط، لكن تعذّر حفظ نقطة تقدم الورشة.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) écrit(s)</source>
        <translation>
            <numerusform>كُتبت %n خطة</numerusform>
            <numerusform>كُتبت خطة واحدة</numerusform>
            <numerusform>كُتبت خطتان</numerusform>
            <numerusform>كُتبت %n خطط</numerusform>
            <numerusform>كُتبت %n خطة</numerusform>
            <numerusform>كُتبت %n خطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) non écrit(s)</source>
        <translation>
            <numerusform>%n خطة غير مكتوبة</numerusform>
            <numerusform>خطة واحدة غير مكتوبة</numerusform>
            <numerusform>خطتان غير مكتوبتين</numerusform>
            <numerusform>%n خطط غير مكتوبة</numerusform>
            <numerusform>%n خطة غير مكتوبة</numerusform>
            <numerusform>%n خطة غير مكتوبة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>arrêté : %n plan(s) non commencé(s)</source>
        <translation>
            <numerusform>أُوقف: %n خطة لم تبدأ</numerusform>
            <numerusform>أُوقف: خطة واحدة لم تبدأ</numerusform>
            <numerusform>أُوقف: خطتان لم تبدآ</numerusform>
            <numerusform>أُوقف: %n خطط لم تبدأ</numerusform>
            <numerusform>أُوقف: %n خطة لم تبدأ</numerusform>
            <numerusform>أُوقف: %n خطة لم تبدأ</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan de « %1 » : %2</source>
        <translation>خطة «%1»: %2</translation>
    </message>
    <message>
        <source>Les plans n&apos;ont pas été écrits.</source>
        <translation>لم تُكتب الخطط.</translation>
    </message>
    <message>
        <source>Plans déjà dans ce dossier</source>
        <translation>خطط موجودة في هذا المجلد</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) déjà dans ce dossier seront remplacés.</source>
        <translation>
            <numerusform>ستُستبدل %n خطة موجودة في هذا المجلد.</numerusform>
            <numerusform>ستُستبدل خطة واحدة موجودة في هذا المجلد.</numerusform>
            <numerusform>ستُستبدل خطتان موجودتان في هذا المجلد.</numerusform>
            <numerusform>ستُستبدل %n خطط موجودة في هذا المجلد.</numerusform>
            <numerusform>ستُستبدل %n خطة موجودة في هذا المجلد.</numerusform>
            <numerusform>ستُستبدل %n خطة موجودة في هذا المجلد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remplacer</source>
        <translation>استبدالها</translation>
    </message>
    <message>
        <source>Choisir un autre dossier…</source>
        <translation>اختيار مجلد آخر…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Recommencer…</source>
        <translation>البدء من جديد…</translation>
    </message>
</context>
<context>
    <name>WorkshopSummaryDialog</name>
    <message>
        <source>Synthèse de l&apos;atelier</source>
        <translation>ملخص الورشة</translation>
    </message>
    <message>
        <source>Pour l&apos;atelier « %1 » : combien d&apos;entreprises sont prêtes par module, les blocages et les manques les plus fréquents, quoi enseigner ensuite.</source>
        <translation>للورشة «%1»: عدد المقاولات الجاهزة في كل وحدة، والعوائق والنواقص الأكثر تكرارًا، وما يجب تدريسه بعد ذلك.</translation>
    </message>
    <message>
        <source>Langue de la synthèse</source>
        <translation>لغة الملخص</translation>
    </message>
    <message>
        <source>Langue :</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Montrer le nom des entreprises</source>
        <translation>إظهار أسماء المقاولات</translation>
    </message>
    <message>
        <source>Sans les noms, la synthèse peut être remise à la chambre ou affichée sans révéler qui en est où : les noms sont des données personnelles (loi 09-08).</source>
        <translation>بدون الأسماء، يمكن تسليم الملخص إلى الغرفة أو عرضه دون كشف وضع كل مشارك: الأسماء معطيات شخصية (القانون 09.08).</translation>
    </message>
    <message>
        <source>Aussi un tableur CSV pour les statistiques de la chambre</source>
        <translation>وأيضًا جدول CSV لإحصاءات الغرفة</translation>
    </message>
    <message>
        <source>Enregistrer…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Synthèse - %1.pdf</source>
        <translation>ملخص - %1.pdf</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>وثيقة PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Synthèse non enregistrée</source>
        <translation>لم يُحفظ الملخص</translation>
    </message>
    <message>
        <source>Rien n&apos;a été écrit.</source>
        <translation>لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Création de la synthèse…</source>
        <translation>جارٍ إنشاء الملخص…</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être écrit.</source>
        <translation>تعذّرت كتابة الملف.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <extracomment>The interface reads right to left: Qt lays the first window out from this, before the program sets it (ui.app).</extracomment>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
</TS>
