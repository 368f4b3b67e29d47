"""The fixed wording of the printed plan (titles, column headers) in each language.

Content (questions, actions, glossary, disclaimer) comes from the pack; only the document's own frame is here.
"""

from __future__ import annotations

from ..i18n import count_form

LABELS: dict[str, dict[str, str]] = {
    "product": {
        "fr": "Assistant de préparation commerçant",
        "en": "Merchant Readiness Assistant",
        "ar": "مساعد جاهزية التاجر",
    },
    "plan_title": {
        "fr": "Plan de préparation",
        "en": "Readiness plan",
        "ar": "خطة الجاهزية",
    },
    "subtitle": {
        "fr": "Paiements, sécurité et obligations légales",
        "en": "Payments, security and legal obligations",
        "ar": "الأداء والأمان والالتزامات القانونية",
    },
    "business": {"fr": "Entreprise", "en": "Business", "ar": "المقاولة"},
    "date": {"fr": "Date du plan", "en": "Plan date", "ar": "تاريخ الخطة"},
    "content_version": {"fr": "Version du contenu", "en": "Content version", "ar": "نسخة المحتوى"},
    "reviewed": {"fr": "contenu mis à jour le", "en": "content updated on", "ar": "تم تحديث المحتوى في"},
    "overall": {"fr": "Préparation globale", "en": "Overall readiness", "ar": "الجاهزية العامة"},
    "level": {"fr": "Niveau", "en": "Level", "ar": "المستوى"},
    "next_steps": {"fr": "Vos prochaines étapes", "en": "Your next steps", "ar": "خطواتك القادمة"},
    "no_next_steps": {
        "fr": "Aucune action en attente : bravo.",
        "en": "No action waiting: well done.",
        "ar": "لا يوجد أي إجراء في الانتظار: أحسنت.",
    },
    "blockers_count": {
        "fr": "Points qui bloquent votre objectif : {n}",
        "en": "Steps blocking your goal: {n}",
        "ar": "نقاط تعيق هدفك: {n}",
    },
    "blockers_unanswered": {
        "fr": "Questions sans réponse qui peuvent bloquer votre objectif : {n}",
        "en": "Unanswered questions that can block your goal: {n}",
        "ar": "أسئلة بدون جواب قد تعيق هدفك: {n}",
    },
    "goal": {"fr": "Votre objectif", "en": "Your goal", "ar": "هدفك"},
    "still_missing": {"fr": "Il manque : {items}", "en": "Still missing: {items}", "ar": "ما زال ينقص: {items}"},
    "goal_none": {
        "fr": "Aucun nouveau moyen de paiement : le plan ne compte aucun point bloquant.",
        "en": "No new payment method: the plan counts no blocker.",
        "ar": "لا وسيلة أداء جديدة: لا تتضمن الخطة أي نقطة معيقة.",
    },
    "unanswered_could_change": {
        "fr": "{n} questions restent sans réponse : elles peuvent encore ajouter jusqu'à {k} actions.",
        "en": "{n} questions are still unanswered: they could still add up to {k} actions.",
        "ar": "ما زال {n} من الأسئلة بدون جواب: قد تضيف حتى {k} من الإجراءات.",
    },
    "no_next_steps_unanswered": {
        "fr": "Pas encore d'action : {n} questions restent sans réponse. Répondez-y pour compléter votre plan.",
        "en": "No action yet: {n} questions are still unanswered. Answer them to complete your plan.",
        "ar": "لا يوجد إجراء بعد: ما زال {n} من الأسئلة بدون جواب. أجب عنها لتكتمل خطتك.",
    },
    "blocker": {"fr": "Bloquant", "en": "Blocker", "ar": "عائق"},
    "blocker_note": {
        "fr": "Bloquant : nécessaire pour l'objectif que vous avez choisi ; la liste exacte est à confirmer avec votre banque.",
        "en": "Blocker: needed for the goal you chose; the exact list is to confirm with your bank.",
        "ar": "عائق: ضروري للهدف الذي اخترته؛ يجب التأكد من اللائحة الدقيقة لدى البنك الذي تتعامل معه.",
    },
    "answered": {
        "fr": "Questions répondues : {a} sur {n}",
        "en": "Questions answered: {a} of {n}",
        "ar": "الأسئلة المجاب عنها: {a} من {n}",
    },
    "scores_title": {"fr": "Scores par module", "en": "Scores by module", "ar": "النتائج حسب الوحدة"},
    "modules_title": {"fr": "Le point par module", "en": "Module by module", "ar": "الحصيلة حسب الوحدة"},
    "module_score": {"fr": "Score du module", "en": "Module score", "ar": "نتيجة الوحدة"},
    "not_applicable": {
        "fr": "Non applicable à votre entreprise",
        "en": "Not applicable to your business",
        "ar": "لا ينطبق على مقاولتك",
    },
    "done": {"fr": "Ce qui est fait", "en": "What is done", "ar": "ما تم إنجازه"},
    "missing": {"fr": "Ce qui manque", "en": "What is missing", "ar": "ما ينقص"},
    "unanswered": {"fr": "Pas encore répondu", "en": "Not answered yet", "ar": "لم تتم الإجابة بعد"},
    "legend_done": {"fr": "Fait", "en": "Done", "ar": "منجز"},
    "legend_missing": {"fr": "À faire", "en": "To do", "ar": "للإنجاز"},
    "legend_unanswered": {"fr": "Sans réponse", "en": "Unanswered", "ar": "بدون جواب"},
    "questions_chart": {"fr": "Questions", "en": "Questions", "ar": "الأسئلة"},
    "action_plan": {"fr": "Plan d'action", "en": "Action plan", "ar": "خطة العمل"},
    "action_plan_intro": {
        "fr": "Cochez la case « Fait » à la main quand une action est terminée.",
        "en": "Tick the “Done” box by hand when an action is finished.",
        "ar": "ضع علامة في خانة «تم» بيدك عندما تنتهي من إجراء.",
    },
    "col_action": {"fr": "Action", "en": "Action", "ar": "الإجراء"},
    "col_why": {"fr": "Pourquoi", "en": "Why", "ar": "لماذا"},
    "col_how": {"fr": "Comment", "en": "How", "ar": "كيف"},
    "col_owner": {"fr": "Qui", "en": "Who", "ar": "من"},
    "col_due": {"fr": "Échéance", "en": "Due", "ar": "الأجل"},
    "col_status": {"fr": "Fait", "en": "Done", "ar": "تم"},
    "priority_high": {"fr": "Priorité haute", "en": "High priority", "ar": "أولوية عالية"},
    "priority_medium": {"fr": "Priorité moyenne", "en": "Medium priority", "ar": "أولوية متوسطة"},
    "priority_low": {"fr": "Priorité basse", "en": "Low priority", "ar": "أولوية منخفضة"},
    "band_blockers": {
        "fr": "D'abord : ce qui bloque votre objectif",
        "en": "First: what blocks your goal",
        "ar": "أولًا: ما يعيق هدفك",
    },
    "band_done": {"fr": "Déjà fait", "en": "Already done", "ar": "منجز سابقًا"},
    "band_week_1": {
        "fr": "Cette semaine, jusqu'au {end}",
        "en": "This week, by {end}",
        "ar": "هذا الأسبوع، إلى غاية {end}",
    },
    "band_week": {
        "fr": "Semaine {n}, du {start} au {end}",
        "en": "Week {n}, {start} to {end}",
        "ar": "الأسبوع {n}، من {start} إلى {end}",
    },
    "band_later": {"fr": "Plus tard, après le {date}", "en": "Later, after {date}", "ar": "لاحقًا، بعد {date}"},
    "to_confirm_tag": {
        "fr": "À confirmer : voir l'encadré en fin de tableau",
        "en": "To confirm: see the box after the table",
        "ar": "يجب التأكد: انظر الإطار بعد الجدول",
    },
    "your_notes": {"fr": "Vos notes", "en": "Your notes", "ar": "ملاحظاتك"},
    "your_notes_intro": {
        "fr": "Ce que vous avez noté en répondant aux questions.",
        "en": "What you noted while answering the questions.",
        "ar": "ما دوّنته أثناء الإجابة عن الأسئلة.",
    },
    "to_confirm_intro": {
        "fr": "Ces points dépendent de votre banque, ou d'une règle que nous n'avons pas pu vérifier dans un texte "
        "officiel. Demandez confirmation avant d'agir.",
        "en": "These points depend on your bank, or on a rule we could not check in an official text. Ask for "
        "confirmation before you act.",
        "ar": "تتوقف هذه النقاط على بنكك، أو على قاعدة لم نتمكن من التحقق منها في نص رسمي. اطلب التأكيد قبل أن تتصرف.",
    },
    "in_place": {"fr": "Déjà en place", "en": "Already in place", "ar": "ما هو قائم"},
    "in_place_of": {
        "fr": "en place : {x} sur {n}",
        "en": "in place: {x} of {n}",
        "ar": "القائمة: {x} من {n}",
    },
    "see_actions": {
        "fr": "n° {numbers} du plan d'action",
        "en": "no. {numbers} of the action plan",
        "ar": "رقم {numbers} في خطة العمل",
    },
    "question_mark": {"fr": "?", "en": "?", "ar": "؟"},
    "more_unanswered": {
        "fr": "Autres questions sans réponse : {n}. Répondez-y dans l'assistant.",
        "en": "Other unanswered questions: {n}. Answer them in the assistant.",
        "ar": "أسئلة أخرى بدون جواب: {n}. أجب عنها في المساعد.",
    },
    "band_count": {"fr": "({n})", "en": "({n})", "ar": "(عددها {n})"},
    "list_and": {"fr": " et ", "en": " and ", "ar": " و"},
    "before_the_bank": {
        "fr": "Avant le rendez-vous, terminez ce qui bloque votre objectif : n° {numbers}.",
        "en": "Before the appointment, finish what blocks your goal: no. {numbers}.",
        "ar": "قبل الموعد، أنهِ ما يعيق هدفك: رقم {numbers}.",
    },
    "no_actions": {
        "fr": "Aucune action : vos réponses ne demandent rien de plus.",
        "en": "No action: your answers call for nothing more.",
        "ar": "لا توجد إجراءات: أجوبتك لا تتطلب أي شيء إضافي.",
    },
    "checklists": {
        "fr": "Listes à emporter à la banque",
        "en": "Checklists to take to the bank",
        "ar": "لوائح تأخذها معك إلى البنك",
    },
    "checklist_documents": {"fr": "Documents à apporter", "en": "Documents to bring", "ar": "الوثائق الواجب إحضارها"},
    "checklist_website": {
        "fr": "Ce que votre site doit montrer",
        "en": "What your website must show",
        "ar": "ما يجب أن يعرضه موقعك",
    },
    # The brief: two pages in front of the plan (to pin up; to take to the bank or to the accountant).
    "brief_title": {"fr": "Votre plan en bref", "en": "Your plan in brief", "ar": "خطتك باختصار"},
    "brief_intro": {
        "fr": "À afficher au mur : d'abord ce qui bloque votre objectif, puis semaine par semaine. Cochez chaque action quand elle est faite.",
        "en": "To pin on the wall: first what blocks your goal, then week by week. Tick each action when it is done.",
        "ar": "للتعليق على الحائط: أولًا ما يعيق هدفك، ثم أسبوعًا بأسبوع. ضع علامة على كل إجراء عند إنجازه.",
    },
    "annex": {"fr": "Plan détaillé", "en": "Detailed plan", "ar": "الخطة المفصلة"},
    "where_you_stand": {"fr": "Où vous en êtes", "en": "Where you stand", "ar": "أين وصلت"},
    "col_module": {"fr": "Module", "en": "Module", "ar": "الوحدة"},
    "col_questions_done": {"fr": "Points en place", "en": "Points in place", "ar": "النقاط القائمة"},
    "col_unanswered": {"fr": "Sans réponse", "en": "Unanswered", "ar": "بدون جواب"},
    "col_score": {"fr": "Score", "en": "Score", "ar": "النتيجة"},
    "x_of_n": {"fr": "{x} sur {n}", "en": "{x} of {n}", "ar": "{x} من {n}"},
    "not_concerned": {"fr": "Non concerné", "en": "Not concerned", "ar": "غير معني"},
    "score_explained": {
        "fr": "Le score pèse chaque question selon son importance : il ne suit donc pas exactement le nombre de questions faites.",
        "en": "The score weighs each question by its importance, so it does not exactly follow the number of questions done.",
        "ar": "تزن النتيجة كل سؤال حسب أهميته، لذلك لا تطابق تمامًا عدد الأسئلة المنجزة.",
    },
    "col_number": {"fr": "N°", "en": "No.", "ar": "رقم"},
    "col_page": {"fr": "Page", "en": "Page", "ar": "الصفحة"},
    "page_ref": {"fr": "p. {n}", "en": "p. {n}", "ar": "ص {n}"},
    "range": {"fr": "{a} à {b}", "en": "{a} to {b}", "ar": "من {a} إلى {b}"},
    # The rest of the plan after the brief's actions: one action (more_action...) or several.
    "more_action": {
        "fr": "Ensuite, l'action n° {range} : dans le plan d'action.",
        "en": "Then action no. {range}: in the action plan.",
        "ar": "بعد ذلك، الإجراء رقم {range}: في خطة العمل.",
    },
    "more_actions": {
        "fr": "Ensuite, les actions n° {range} : dans le plan d'action, dans cet ordre.",
        "en": "Then actions no. {range}: in the action plan, in this order.",
        "ar": "بعد ذلك، الإجراءات ذات الأرقام {range}: في خطة العمل، بهذا الترتيب.",
    },
    "more_action_full": {
        "fr": "Ensuite, l'action n° {range} : dans le plan complet.",
        "en": "Then action no. {range}: in the full plan.",
        "ar": "بعد ذلك، الإجراء رقم {range}: في الخطة الكاملة.",
    },
    "more_actions_full": {
        "fr": "Ensuite, les actions n° {range} : dans le plan complet, dans cet ordre.",
        "en": "Then actions no. {range}: in the full plan, in this order.",
        "ar": "بعد ذلك، الإجراءات ذات الأرقام {range}: في الخطة الكاملة، بهذا الترتيب.",
    },
    "contacts_title": {
        "fr": "Contacts utiles (à remplir)",
        "en": "Useful contacts (fill in)",
        "ar": "أرقام مفيدة (للملء)",
    },
    "contact_bank": {"fr": "Conseiller à la banque", "en": "Bank adviser", "ar": "المستشار في البنك"},
    "contact_bank_short": {"fr": "Conseiller", "en": "Adviser", "ar": "المستشار"},
    "contact_accountant": {"fr": "Comptable", "en": "Accountant", "ar": "المحاسب"},
    "contact_card_block": {
        "fr": "Opposition carte : numéro de la banque",
        "en": "Card blocking: the bank's number",
        "ar": "التعرض على البطاقة: رقم البنك",
    },
    "contact_macert": {
        "fr": "maCERT (incident informatique)",
        "en": "maCERT (computer incident)",
        "ar": "maCERT (حادث معلوماتي)",
    },
    "phone": {"fr": "Tél.", "en": "Phone", "ar": "الهاتف"},
    "next_review": {
        "fr": "Prochain point sur ce plan",
        "en": "Next review of this plan",
        "ar": "المراجعة القادمة للخطة",
    },
    "next_review_when": {
        "fr": "{date} (dans {weeks} semaines)",
        "en": "{date} (in {weeks} weeks)",
        "ar": "{date} (بعد {weeks} أسابيع)",
    },
    # The words the content uses for the accountant as owner of an action (searched for in the owner's text).
    "owner_accountant": {"fr": "comptable", "en": "accountant", "ar": "المحاسب"},
    # Arabic: what to take is this page (الصفحة, feminine, as in bank_intro).
    "bank_title": {"fr": "À emporter à la banque", "en": "To take to the bank", "ar": "لتأخذها معك إلى البنك"},
    "bank_intro": {
        "fr": "Case cochée : déjà prêt d'après vos réponses. Montrez cette page à votre conseiller.",
        "en": "Ticked box: already in place according to your answers. Show this page to your adviser.",
        "ar": "الخانة المعلَّمة: جاهز حسب أجوبتك. اعرض هذه الصفحة على مستشارك في البنك.",
    },
    "usual_list": {
        "fr": "Liste habituelle, à confirmer avec votre banque.",
        "en": "Usual list, confirm with your bank.",
        "ar": "لائحة معتادة، تأكد منها لدى البنك الذي تتعامل معه.",
    },
    "ready_count": {"fr": "prêts : {a} sur {n}", "en": "ready: {a} of {n}", "ar": "الجاهزة: {a} من {n}"},
    "status_ready": {"fr": "Prêt", "en": "Ready", "ar": "جاهز"},
    "status_to_get": {"fr": "À obtenir", "en": "To get", "ar": "للحصول عليه"},
    "status_to_get_after": {
        "fr": "{status} (après n°\u00a0{numbers})",
        "en": "{status} (after no. {numbers})",
        "ar": "{status} (بعد رقم {numbers})",
    },
    "status_to_check": {"fr": "À vérifier", "en": "To check", "ar": "للتحقق"},
    "to_check_lower": {"fr": "à vérifier", "en": "to check", "ar": "للتحقق"},
    "status_in_place": {"fr": "En place", "en": "In place", "ar": "متوفر"},
    "no_documents_list": {
        "fr": "Demandez à votre banque sa liste de documents.",
        "en": "Ask your bank for its list of documents.",
        "ar": "اطلب من البنك لائحة الوثائق التي يطلبها.",
    },
    "appointment": {"fr": "Rendez-vous", "en": "Appointment", "ar": "الموعد"},
    "appointment_date": {"fr": "Date et heure", "en": "Date and time", "ar": "التاريخ والساعة"},
    "notes": {"fr": "Notes", "en": "Notes", "ar": "ملاحظات"},
    "accountant_title": {
        "fr": "À voir avec un comptable",
        "en": "To go through with an accountant",
        "ar": "للمراجعة مع محاسب",
    },
    "accountant_intro": {
        "fr": "Vous n'avez pas de dossier à préparer pour la banque. Voici ce qu'un comptable, le vôtre ou celui que "
        "vous consulterez, peut faire avec vous.",
        "en": "You have no file to prepare for the bank. Here is what an accountant, yours or one you consult, can do "
        "with you.",
        "ar": "ليس لديك ملف تعدّه للبنك. هذا ما يمكن أن ينجزه معك محاسب، محاسبك أو محاسب تستشيره.",
    },
    "your_business": {"fr": "Votre entreprise", "en": "Your business", "ar": "مقاولتك"},
    "accountant_actions": {
        "fr": "Actions à faire avec un comptable",
        "en": "Actions to do with an accountant",
        "ar": "إجراءات تُنجز مع محاسب",
    },
    "glossary": {"fr": "Glossaire", "en": "Glossary", "ar": "مسرد المصطلحات"},
    "glossary_intro": {
        "fr": "Les termes utilisés dans ce plan, avec leur source.",
        "en": "The terms used in this plan, with their source.",
        "ar": "المصطلحات المستعملة في هذه الخطة مع مصدرها.",
    },
    "source": {"fr": "Source", "en": "Source", "ar": "المصدر"},
    "page": {"fr": "Page {x} / {y}", "en": "Page {x} / {y}", "ar": "صفحة {x} من {y}"},
    "legal_form": {"fr": "Forme juridique", "en": "Legal form", "ar": "الشكل القانوني"},
    "city": {"fr": "Ville", "en": "City", "ar": "المدينة"},
    # -- the workshop's summary (report.summary) -------------------------------------------------------------------
    "summary_title": {"fr": "Synthèse de l'atelier", "en": "Workshop summary", "ar": "ملخص الورشة"},
    "summary_intro": {
        "fr": "La salle dans son ensemble, sans nom d'entreprise sauf choix du formateur.",
        "en": "The room as a whole, without business names unless the trainer chooses to show them.",
        "ar": "الحاضرون ككل، دون أسماء المقاولات إلا إذا اختار المكوّن إظهارها.",
    },
    "workshop": {"fr": "Atelier", "en": "Workshop", "ar": "الورشة"},
    "workshop_date": {"fr": "Date", "en": "Date", "ar": "التاريخ"},
    "place": {"fr": "Lieu", "en": "Place", "ar": "المكان"},
    "trainer": {"fr": "Formateur", "en": "Trainer", "ar": "المكوّن"},
    "participants": {"fr": "Participants", "en": "Participants", "ar": "المشاركون"},
    "ready_per_module": {
        "fr": "Niveaux de préparation, module par module",
        "en": "Readiness levels, module by module",
        "ar": "مستويات الجاهزية حسب المحور",
    },
    "levels_defined": {
        "fr": "Nombre d'entreprises à chaque niveau de préparation du module ({levels}). Un module qui ne s'applique "
        "pas à une entreprise ne la compte pas.",
        "en": "Number of businesses at each readiness level of the module ({levels}). A module that does not apply "
        "to a business does not count it.",
        "ar": "عدد المقاولات في كل مستوى من مستويات جاهزية المحور ({levels}). لا يُحتسب المحور لمقاولة لا ينطبق عليها.",
    },
    "level_from": {
        "fr": "« {level} » dès {score}",
        "en": "“{level}” from {score}",
        "ar": "«{level}» ابتداءً من {score}",
    },
    "col_concerned": {"fr": "Concernées", "en": "Concerned", "ar": "المعنية"},
    "col_average": {"fr": "Score moyen", "en": "Mean score", "ar": "متوسط النتيجة"},
    "common_blockers": {
        "fr": "Les blocages les plus fréquents",
        "en": "The most common blockers",
        "ar": "العوائق الأكثر تكرارًا",
    },
    "common_gaps": {
        "fr": "Les manques les plus fréquents",
        "en": "The most common gaps",
        "ar": "النواقص الأكثر تكرارًا",
    },
    "gaps_defined": {
        "fr": "Manque : l'entreprise a répondu « non », « en partie » ou « je ne sais pas » (« en partie » compte, car "
        "une action reste à faire). Pas encore posé : la question la concerne mais n'a pas encore de réponse ; ce "
        "n'est pas compté comme un manque.",
        "en": "Gap: the business answered “no”, “partly” or “I don't know” (“partly” counts, since an action is left "
        "to do). Not asked yet: the question concerns it but has no answer yet; this is not counted as a gap.",
        "ar": "نقص: أجابت المقاولة بـ«لا» أو «جزئيًا» أو «لا أعرف» (تُحتسب «جزئيًا» لأن إجراءً ما زال ينتظر الإنجاز). "
        "لم يُطرح بعد: السؤال يعنيها لكنه لم يتلقَّ جوابًا بعد، ولا يُحتسب نقصًا.",
    },
    "col_gap": {"fr": "Manque", "en": "Gap", "ar": "نقص"},
    "col_not_asked": {"fr": "Pas encore posé", "en": "Not asked yet", "ar": "لم يُطرح بعد"},
    "col_question": {"fr": "Question", "en": "Question", "ar": "السؤال"},
    "col_businesses": {"fr": "Entreprises", "en": "Businesses", "ar": "المقاولات"},
    "none_in_room": {"fr": "Aucun dans la salle.", "en": "None in the room.", "ar": "لا شيء لدى الحاضرين."},
    "teach_next": {"fr": "À enseigner ensuite", "en": "What to teach next", "ar": "ما يُدرَّس بعد ذلك"},
    "teach_reason": {
        "fr": "{n} entreprises sur {concerned} concernées ont un manque ici",
        "en": "{n} of the {concerned} businesses concerned have a gap here",
        "ar": "المقاولات المعنية: {concerned}، لدى {n} منها نقص هنا",
    },
    "teach_reason_one": {
        "fr": "{n} entreprise sur {concerned} concernées a un manque ici",
        "en": "{n} of the {concerned} businesses concerned has a gap here",
    },
    "teach_blocked": {
        "fr": " ; pour {n} d'entre elles, cela bloque leur objectif.",
        "en": "; for {n} of them it blocks their goal.",
        "ar": "، ويعيق ذلك هدف {n} منها.",
    },
    "teach_blocked_one": {
        "fr": " ; pour 1 d'entre elles, cela bloque son objectif.",
        "en": "; for 1 of them it blocks its goal.",
        "ar": "، ويعيق ذلك هدف واحدة منها.",
    },
    "teach_blocked_two": {"ar": "، ويعيق ذلك هدف اثنتين منها."},
    "teach_blocked_none": {
        "fr": ", sans que cela bloque l'objectif d'aucune.",
        "en": ", none of them one that blocks their goal.",
        "ar": "، دون أن يعيق ذلك هدف أيّ منها.",
    },
    "teach_blocked_it": {
        "fr": " ; cela bloque son objectif.",
        "en": "; it blocks its goal.",
        "ar": "، ويعيق ذلك هدفها.",
    },
    "teach_blocked_not_it": {
        "fr": ", sans bloquer son objectif.",
        "en": ", one that does not block its goal.",
        "ar": "، دون أن يعيق ذلك هدفها.",
    },
    "teach_defined": {
        "fr": "Parmi les entreprises à qui les questions du thème s'appliquent et comptent pour leurs objectifs (une "
        "entreprise qui ne veut rien de nouveau n'est pas comptée pour choisir un moyen de paiement) ; seules les "
        "réponses données comptent, et un manque qui bloque l'objectif de l'entreprise pèse double.",
        "en": "Among the businesses to which the topic's questions apply and matter for their goals (a business that "
        "wants nothing new is not counted for choosing a payment method); only answers given count, and a gap that "
        "blocks the business's goal weighs double.",
        "ar": "من بين المقاولات التي تنطبق عليها أسئلة الموضوع وتهمّ أهدافها (لا تُحتسب مقاولة لا تريد شيئًا جديدًا في "
        "اختيار وسيلة أداء)؛ لا تُحتسب إلا الأجوبة المقدَّمة، والنقص الذي يعيق هدف المقاولة يُحتسب مرتين.",
    },
    "room_progress": {
        "fr": "Progrès depuis l'atelier précédent",
        "en": "Progress since the previous workshop",
        "ar": "التقدّم منذ الورشة السابقة",
    },
    "room_returning": {
        "fr": "{returning} des {total} entreprises étaient à un atelier précédent ; les autres viennent pour la première "
        "fois. ",
        "en": "{returning} of the {total} businesses came to an earlier workshop; the others come for the first time. ",
        "ar": "شاركت في ورشة سابقة {returning} من المقاولات الحاضرة ({total})، والباقي يحضر لأول مرة. ",
    },
    "room_advanced": {
        "fr": "{n} entreprises sur {returning} ont avancé depuis, {unchanged} sans changement",
        "en": "{n} of {returning} businesses moved forward since, {unchanged} unchanged",
        "ar": "من بين المقاولات التي شاركت في ورشة سابقة ({returning})، تقدّمت {n} منذئذ وبقيت {unchanged} دون تغيير",
    },
    "room_advanced_one": {
        "fr": "{n} entreprise sur {returning} a avancé depuis, {unchanged} sans changement",
        "en": "{n} of {returning} businesses moved forward since, {unchanged} unchanged",
    },
    "room_went_back": {"fr": ", {n} ont reculé", "en": ", {n} went back", "ar": "، وتراجعت {n}"},
    "room_went_back_one": {"fr": ", {n} a reculé", "en": ", {n} went back"},
    "room_done": {
        "fr": ". {n} actions faites depuis en tout. ",
        "en": ". {n} actions done since in all. ",
        "ar": ". الإجراءات المنجزة منذئذ: {n} إجمالًا. ",
    },
    "room_done_one": {"fr": ". {n} action faite depuis en tout. ", "en": ". {n} action done since in all. "},
    "room_readiness": {
        "fr": "Préparation moyenne de ces entreprises : {before} à l'atelier précédent, {after} aujourd'hui ({change}).",
        "en": "Their mean readiness: {before} at the previous workshop, {after} today ({change}).",
        "ar": "متوسط جاهزيتها: {before} في الورشة السابقة و{after} اليوم ({change}).",
    },
    "points_up": {"fr": "+{n} points", "en": "+{n} points", "ar": "بزيادة {n} نقطة"},
    "points_up_one": {"fr": "+{n} point", "en": "+{n} point", "ar": "بزيادة نقطة واحدة"},
    "points_up_two": {"ar": "بزيادة نقطتين"},
    "points_up_few": {"ar": "بزيادة {n} نقاط"},
    "points_down": {"fr": "−{n} points", "en": "−{n} points", "ar": "بنقصان {n} نقطة"},
    "points_down_one": {"fr": "−{n} point", "en": "−{n} point", "ar": "بنقصان نقطة واحدة"},
    "points_down_two": {"ar": "بنقصان نقطتين"},
    "points_down_few": {"ar": "بنقصان {n} نقاط"},
    "points_same": {"fr": "sans changement", "en": "unchanged", "ar": "دون تغيير"},
    "room_first": {
        "fr": "Aucune entreprise n'était à un atelier précédent : ce sera la référence de la prochaine fois.",
        "en": "No business came to an earlier workshop: this one is the reference for next time.",
        "ar": "لم تشارك أي مقاولة في ورشة سابقة: ستكون هذه الورشة مرجع المرة القادمة.",
    },
    "participant_list": {"fr": "Les participants", "en": "The participants", "ar": "المشاركون"},
    "anonymous_note": {
        "fr": "Données personnelles (loi 09-08) : cette synthèse ne donne que des totaux, aucune ligne par participant. "
        "La liste nominative s'obtient en choisissant d'afficher les noms des entreprises.",
        "en": "Personal data (law 09-08): this summary gives totals only, no row per participant. The list with names "
        "is printed when the trainer chooses to show the businesses' names.",
        "ar": "المعطيات الشخصية (القانون 09.08): لا يقدّم هذا الملخص سوى المجاميع، دون سطر لكل مشارك. تُطبع القائمة "
        "بالأسماء عندما يختار المكوّن إظهار أسماء المقاولات.",
    },
    "overall_levels": {
        "fr": "Préparation globale, entreprises par niveau : {levels}.",
        "en": "Overall readiness, businesses per level: {levels}.",
        "ar": "الجاهزية الإجمالية، عدد المقاولات حسب المستوى: {levels}.",
    },
    "level_count": {"fr": "{level} : {n}", "en": "{level}: {n}", "ar": "{level}: {n}"},
    "named_note": {
        "fr": "{n} participants, dans l'ordre d'inscription, nommés à la demande du formateur : à ne pas diffuser.",
        "en": "{n} participants, in the order they joined, named at the trainer's request: not for circulation.",
        "ar": "{n} مشاركًا حسب ترتيب التسجيل، بأسمائهم بطلب من المكوّن: لا يُوزَّع.",
    },
    "summary_disclaimer": {
        "fr": "Cette synthèse est une aide pratique, pas un avis juridique.",
        "en": "This summary is practical guidance, not legal advice.",
        "ar": "هذا الملخص مساعدة عملية وليس استشارة قانونية.",
    },
    "col_participant": {"fr": "Participant", "en": "Participant", "ar": "المشارك"},
    "col_readiness": {"fr": "Préparation", "en": "Readiness", "ar": "الجاهزية"},
    "col_blockers": {"fr": "Blocages", "en": "Blockers", "ar": "العوائق"},
}


def label(key: str, lang: str, **values: object) -> str:
    text = LABELS[key].get(lang) or LABELS[key]["fr"]
    return text.format(**values) if values else text


def plural_category(n: int, lang: str) -> str:
    """Which form of a counted phrase ``n`` takes: "one" (French: 0 and 1; English: 1; Arabic: 1), Arabic's
    "two" (the dual) and "few" (3 to 10, plural noun; from 11 the noun is singular again), else "other"."""
    if lang == "ar":  # Arabic's forms (i18n.count_form); the labels have one text for "many" and "other"
        form = count_form(n)
        return "other" if form == "many" else form
    return "one" if n == 1 or (lang == "fr" and n == 0) else "other"


def counted_label(key: str, n: int, lang: str, **values: object) -> str:
    """``label(key)`` in the form that agrees with ``n`` ("1 point", "2 points", "نقطتان"): the key suffixed with
    its plural category when LABELS has it in that language, else the key itself."""
    variant = f"{key}_{plural_category(n, lang)}"
    if lang in LABELS.get(variant, {}):
        key = variant
    return label(key, lang, n=n, **values)
