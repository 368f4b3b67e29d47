"""The fixed wording of the printed plan (titles, column headers) in each language.

Content (questions, actions, glossary, disclaimer) comes from the pack; only the document's own frame is here.
"""

from __future__ import annotations

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
    "reviewed": {"fr": "contenu vérifié le", "en": "content reviewed on", "ar": "تمت مراجعة المحتوى في"},
    "overall": {"fr": "Préparation globale", "en": "Overall readiness", "ar": "الجاهزية العامة"},
    "level": {"fr": "Niveau", "en": "Level", "ar": "المستوى"},
    "next_steps": {"fr": "Vos cinq prochaines étapes", "en": "Your next five steps", "ar": "خطواتك الخمس القادمة"},
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
    "blocker": {"fr": "Bloquant", "en": "Blocker", "ar": "مانع"},
    "blocker_note": {
        "fr": "Bloquant : nécessaire pour l'objectif que vous avez choisi ; la liste exacte est à confirmer avec votre banque.",
        "en": "Blocker: needed for the goal you chose; the exact list is to confirm with your bank.",
        "ar": "مانع: ضروري للهدف الذي اخترته؛ يجب التأكد من اللائحة الدقيقة لدى البنك الذي تتعامل معه.",
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
    "nothing_done": {"fr": "Rien pour l'instant.", "en": "Nothing yet.", "ar": "لا شيء حتى الآن."},
    "nothing_missing": {"fr": "Rien ne manque.", "en": "Nothing is missing.", "ar": "لا ينقص شيء."},
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
    "col_priority": {"fr": "Priorité", "en": "Priority", "ar": "الأولوية"},
    "col_action": {"fr": "Action", "en": "Action", "ar": "الإجراء"},
    "col_why": {"fr": "Pourquoi", "en": "Why", "ar": "لماذا"},
    "col_how": {"fr": "Comment", "en": "How", "ar": "كيف"},
    "col_owner": {"fr": "Qui", "en": "Who", "ar": "من"},
    "col_due": {"fr": "Échéance", "en": "Due", "ar": "الأجل"},
    "col_status": {"fr": "Fait", "en": "Done", "ar": "تم"},
    "priority_high": {"fr": "Haute", "en": "High", "ar": "عالية"},
    "priority_medium": {"fr": "Moyenne", "en": "Medium", "ar": "متوسطة"},
    "priority_low": {"fr": "Basse", "en": "Low", "ar": "منخفضة"},
    "band_blockers": {
        "fr": "D'abord : ce qui bloque votre objectif",
        "en": "First: what blocks your goal",
        "ar": "أولًا: ما يعيق هدفك",
    },
    "band_next": {"fr": "Ensuite, dans cet ordre", "en": "Then, in this order", "ar": "بعد ذلك، بهذا الترتيب"},
    "band_done": {"fr": "Déjà fait", "en": "Already done", "ar": "منجز سابقًا"},
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
    "checklist_hint": {
        "fr": "Case cochée : c'est déjà prêt d'après vos réponses.",
        "en": "Ticked box: already in place according to your answers.",
        "ar": "الخانة المعلَّمة: جاهز حسب أجوبتك.",
    },
    "no_checklists": {
        "fr": "Aucune liste ne s'applique à votre entreprise.",
        "en": "No checklist applies to your business.",
        "ar": "لا تنطبق أي لائحة على مقاولتك.",
    },
    "glossary": {"fr": "Glossaire", "en": "Glossary", "ar": "مسرد المصطلحات"},
    "glossary_intro": {
        "fr": "Les termes utilisés dans ce plan, avec leur source.",
        "en": "The terms used in this plan, with their source.",
        "ar": "المصطلحات المستعملة في هذه الخطة مع مصدرها.",
    },
    "source": {"fr": "Source", "en": "Source", "ar": "المصدر"},
    "no_glossary": {"fr": "Aucun terme.", "en": "No term.", "ar": "لا توجد مصطلحات."},
    "page": {"fr": "Page {x} / {y}", "en": "Page {x} / {y}", "ar": "صفحة {x} من {y}"},
    "legal_form": {"fr": "Forme juridique", "en": "Legal form", "ar": "الشكل القانوني"},
    "city": {"fr": "Ville", "en": "City", "ar": "المدينة"},
}


def label(key: str, lang: str, **values: object) -> str:
    text = LABELS[key].get(lang) or LABELS[key]["fr"]
    return text.format(**values) if values else text
