"""The catalogue of messages the domain gives the user (errors and problems), in every language of the program.

Errors carry a code and parameters (merchant_assistant.errors); the interface, the command line and the PDF turn
them into a sentence here, in the user's language. English is the command line's default.
"""

from __future__ import annotations

from typing import Any

LANGUAGES = ("fr", "ar", "en")
FSI, PDI = "\u2068", "\u2069"  # isolate a path or a name inside Arabic text, so it keeps its own direction

# code -> {language: template}; {name} placeholders are filled from the error's parameters.
MESSAGES: dict[str, dict[str, str]] = {
    # -- the database ---------------------------------------------------------------------------------------
    "db_read_only": {
        "fr": "Impossible d'enregistrer dans {path} : le fichier ou son dossier est en lecture seule.",
        "ar": "تعذّر الحفظ في {path}: الملف أو مجلده للقراءة فقط.",
        "en": "cannot save to {path}: the file or its folder is read-only",
    },
    "disk_full": {
        "fr": "Impossible d'enregistrer dans {path} : le disque est plein.",
        "ar": "تعذّر الحفظ في {path}: القرص ممتلئ.",
        "en": "cannot save to {path}: the disk is full",
    },
    "db_damaged": {
        "fr": "{path} est endommagé ou n'est pas une base de ce programme.",
        "ar": "{path} تالف أو ليس قاعدة بيانات لهذا البرنامج.",
        "en": "{path} is damaged or is not a database of this program",
    },
    "db_damaged_restore": {
        "fr": "{path} est endommagé ({detail}) : restaurez une copie de sauvegarde.",
        "ar": "{path} تالف ({detail}): استرجع نسخة احتياطية.",
        "en": "{path} is damaged ({detail}); restore a backup copy",
    },
    "db_locked": {
        "fr": "{path} est utilisé par un autre programme : fermez-le et réessayez.",
        "ar": "{path} مستعمل من طرف برنامج آخر: أغلقه وأعد المحاولة.",
        "en": "{path} is in use by another program; close it and try again",
    },
    "db_already_open": {
        "fr": "{path} est déjà ouvert dans une autre fenêtre de l'assistant : elle a été mise au premier plan.",
        "ar": "{path} مفتوح في نافذة أخرى من المساعد: تم إظهارها في المقدمة.",
        "en": "{path} is already open in another window of the assistant; that window was brought to the front",
    },
    "screenshot_failed": {
        "fr": "Impossible d'enregistrer la capture d'écran dans {path}.",
        "ar": "تعذّر حفظ لقطة الشاشة في {path}.",
        "en": "cannot save the screenshot to {path}",
    },
    "db_cannot_open": {
        "fr": "Impossible d'ouvrir {path} : {reason}.",
        "ar": "تعذّر فتح {path}: {reason}.",
        "en": "cannot open {path}: {reason}",
    },
    "db_cannot_open_folder": {
        "fr": "Impossible d'ouvrir {path} : vérifiez que le dossier existe et que vous pouvez y écrire.",
        "ar": "تعذّر فتح {path}: تأكد من وجود المجلد ومن أنك تستطيع الكتابة فيه.",
        "en": "cannot open {path}: check that the folder exists and that you may write to it",
    },
    "db_folder_create": {
        "fr": "Impossible de créer le dossier {folder} : {reason}.",
        "ar": "تعذّر إنشاء المجلد {folder}: {reason}.",
        "en": "cannot create the folder {folder}: {reason}",
    },
    "db_is_folder": {
        "fr": "{path} est un dossier, pas un fichier de base de données.",
        "ar": "{path} مجلد وليس ملف قاعدة بيانات.",
        "en": "{path} is a folder, not a database file",
    },
    "db_too_new": {
        "fr": "{path} a été écrit par une version plus récente de ce programme (schéma {version}, celle-ci connaît "
        "le {known}) : mettez le programme à jour. Le fichier n'a pas été modifié.",
        "ar": "كُتب {path} بنسخة أحدث من هذا البرنامج (المخطط {version}، وهذه النسخة تعرف {known}): حدّث البرنامج. "
        "لم يُغيَّر الملف.",
        "en": "{path} was written by a newer version of this program (schema {version}, this one knows {known}); "
        "please update the program. The file was not changed.",
    },
    "db_foreign": {
        "fr": "{path} est une base de données d'un autre programme, pas de cet assistant : elle n'a pas été "
        "modifiée. Choisissez un autre fichier.",
        "ar": "{path} قاعدة بيانات لبرنامج آخر وليست لهذا المساعد: لم تُغيَّر. اختر ملفًا آخر.",
        "en": "{path} is another program's database, not this assistant's; it was not changed. Choose another file.",
    },
    "db_folder_missing": {
        "fr": "Impossible d'ouvrir {path} : le dossier {folder} n'existe pas (rien n'a été créé).",
        "ar": "تعذّر فتح {path}: المجلد {folder} غير موجود (لم يُنشأ أي شيء).",
        "en": "cannot open {path}: the folder {folder} does not exist (nothing was created)",
    },
    "db_folder_read_only": {
        "fr": "Impossible d'ouvrir {path} : le dossier {folder} est en lecture seule.",
        "ar": "تعذّر فتح {path}: المجلد {folder} للقراءة فقط.",
        "en": "cannot open {path}: the folder {folder} is read-only",
    },
    "db_name_too_long": {
        "fr": "Impossible d'ouvrir {path} : le nom du fichier ou du chemin est trop long pour le système.",
        "ar": "تعذّر فتح {path}: اسم الملف أو المسار طويل جدًا بالنسبة للنظام.",
        "en": "cannot open {path}: the file name or path is too long for the system",
    },
    "backup_unusable": {
        "fr": "La copie de sauvegarde {path} est endommagée ou illisible ; choisissez-en une autre.",
        "ar": "النسخة الاحتياطية {path} تالفة أو غير مقروءة؛ اختر نسخة أخرى.",
        "en": "the backup copy {path} is damaged or unreadable; choose another one",
    },
    "db_set_aside_failed": {
        "fr": "Impossible de mettre de côté {path} : {reason}. Rien n'a été modifié.",
        "ar": "تعذّر وضع {path} جانبًا: {reason}. لم يُغيَّر أي شيء.",
        "en": "cannot set {path} aside: {reason}. Nothing was changed.",
    },
    "path_too_long": {
        "fr": "Nom trop long pour le système : {path}",
        "ar": "الاسم طويل جدًا بالنسبة للنظام: {path}",
        "en": "name too long for the system: {path}",
    },
    "output_read_only": {
        "fr": "{path} existe et est en lecture seule : il n'a pas été remplacé. Choisissez un autre nom.",
        "ar": "{path} موجود وللقراءة فقط: لم يُستبدل. اختر اسمًا آخر.",
        "en": "{path} exists and is read-only; it was not replaced. Choose another name.",
    },
    "business_not_found_id": {
        "fr": "Aucune entreprise avec le numéro {id}.",
        "ar": "لا توجد مقاولة بالرقم {id}.",
        "en": "no business with id {id}",
    },
    "business_not_found": {
        "fr": "Aucune entreprise ne s'appelle ou n'a le numéro {text} (voir la commande « list »).",
        "ar": "لا توجد مقاولة بالاسم أو الرقم {text} (انظر الأمر «list»).",
        "en": "no business named or numbered {text} (see the 'list' command)",
    },
    "workshop_not_found_id": {
        "fr": "Aucun atelier avec le numéro {id} (voir « workshop list »).",
        "ar": "لا توجد ورشة بالرقم {id} (انظر «workshop list»).",
        "en": "no workshop with id {id} (see 'workshop list')",
    },
    "workshop_not_found": {
        "fr": "Aucun atelier ne s'appelle ou n'a le numéro {text} (voir « workshop list »).",
        "ar": "لا توجد ورشة بالاسم أو الرقم {text} (انظر «workshop list»).",
        "en": "no workshop named or numbered {text} (see 'workshop list')",
    },
    "workshop_ambiguous": {
        "fr": "Plusieurs ateliers s'appellent {text} (numéros {ids}) : donnez le numéro.",
        "ar": "توجد عدة ورشات باسم {text} (الأرقام {ids}): أعط الرقم.",
        "en": "several workshops are named {text} (ids {ids}); give the id instead",
    },
    # -- workshop commands, batch plans and progress since the last snapshot (issue 13) -------------------------
    "workshop_out_not_folder": {
        "fr": "{path} est un fichier, pas un dossier : les plans ne peuvent pas y être écrits.",
        "ar": "{path} ملف وليس مجلدًا: لا يمكن كتابة الخطط فيه.",
        "en": "{path} is a file, not a folder: the plans cannot be written there",
    },
    "workshop_out_cannot_create": {
        "fr": "Impossible de créer le dossier {path} : {reason}",
        "ar": "تعذّر إنشاء المجلد {path}: {reason}",
        "en": "cannot create the folder {path}: {reason}",
    },
    "workshop_empty": {
        "fr": "L'atelier {id} n'a encore aucun participant (ajoutez-en avec « workshop add »).",
        "ar": "لا يضم الورشة {id} أي مشارك بعد (أضف المشاركين بالأمر «workshop add»).",
        "en": "workshop {id} has no participants yet (add them with 'workshop add')",
    },
    "workshop_not_participant": {
        "fr": "L'entreprise {text} ne participe pas à l'atelier {id}.",
        "ar": "المقاولة {text} ليست مشاركة في الورشة {id}.",
        "en": "the business {text} is not a participant of workshop {id}",
    },
    "workshop_plans_failed": {
        "fr": "{failed} plan(s) sur {total} n'ont pas pu être écrits (voir les lignes ci-dessus) ; les autres l'ont été.",
        "ar": "تعذّرت كتابة {failed} من أصل {total} خطة (انظر الأسطر أعلاه)؛ كُتبت الخطط الأخرى.",
        "en": "{failed} of {total} plans could not be written (see the lines above); the others were",
    },
    "workshop_plan_failed": {
        "fr": "Plan de {text} non écrit : {reason}",
        "ar": "لم تُكتب خطة {text}: {reason}",
        "en": "plan of {text} not written: {reason}",
    },
    # The actions done since, by the form the count takes (i18n.count_form): Arabic agrees number and noun.
    "progress_actions_one": {
        "fr": "+1 action faite depuis le {date}",
        "ar": "إجراء واحد جديد منجز منذ {date}",
        "en": "+1 action done since {date}",
    },
    "progress_actions_two": {
        "fr": "+2 actions faites depuis le {date}",
        "ar": "إجراءان جديدان منجزان منذ {date}",
        "en": "+2 actions done since {date}",
    },
    "progress_actions_few": {
        "fr": "+{n} actions faites depuis le {date}",
        "ar": "{n} إجراءات جديدة منجزة منذ {date}",
        "en": "+{n} actions done since {date}",
    },
    "progress_actions_many": {
        "fr": "+{n} actions faites depuis le {date}",
        "ar": "{n} إجراءً جديدًا منجزًا منذ {date}",
        "en": "+{n} actions done since {date}",
    },
    "progress_actions": {
        "fr": "+{n} actions faites depuis le {date}",
        "ar": "{n} إجراء جديد منجز منذ {date}",
        "en": "+{n} actions done since {date}",
    },
    # Readiness then and now, in words ("from ... to ..."): the PDF's fonts have no arrow (U+2192), and in Arabic an
    # arrow would point against the reading.
    "progress_readiness": {
        "fr": " · préparation de {before} à {after}",
        "ar": "، والجاهزية من {before} إلى {after}",
        "en": " · readiness from {before} to {after}",
    },
    "progress_answers": {
        "fr": "Depuis le {date} : réponses mises à jour, préparation de {before} à {after}",
        "ar": "منذ {date}: تم تحيين الأجوبة، والجاهزية من {before} إلى {after}",
        "en": "Since {date}: answers updated, readiness from {before} to {after}",
    },
    "progress_none": {
        "fr": "Pas de changement depuis le {date}",
        "ar": "لا تغيير منذ {date}",
        "en": "No change since {date}",
    },
    "business_ambiguous": {
        "fr": "Plusieurs entreprises s'appellent {text} (numéros {ids}) : donnez le numéro.",
        "ar": "توجد عدة مقاولات باسم {text} (الأرقام {ids}): أعط الرقم.",
        "en": "several businesses are named {text} (ids {ids}); give the id instead",
    },
    # -- files written ----------------------------------------------------------------------------------------
    "output_folder_missing": {
        "fr": "Impossible d'écrire {path} : le dossier {folder} n'existe pas.",
        "ar": "تعذّرت كتابة {path}: المجلد {folder} غير موجود.",
        "en": "cannot write {path}: the folder {folder} does not exist",
    },
    "output_is_folder": {
        "fr": "Impossible d'écrire {path} : c'est un dossier.",
        "ar": "تعذّرت كتابة {path}: إنه مجلد.",
        "en": "cannot write {path}: it is a folder",
    },
    "output_folder_unwritable": {
        "fr": "Impossible d'écrire dans le dossier {folder} : {reason}.",
        "ar": "تعذّرت الكتابة في المجلد {folder}: {reason}.",
        "en": "cannot write in the folder {folder}: {reason}",
    },
    "output_locked": {
        "fr": "Impossible de remplacer {path} : le fichier est ouvert dans un autre programme ou en lecture seule ; "
        "fermez-le ou choisissez un autre nom.",
        "ar": "تعذّر استبدال {path}: الملف مفتوح في برنامج آخر أو للقراءة فقط؛ أغلقه أو اختر اسمًا آخر.",
        "en": "cannot replace {path}: the file is open in another program or read-only; close it or choose another "
        "name",
    },
    "output_write_failed": {
        "fr": "Impossible d'écrire {path} : {reason}.",
        "ar": "تعذّرت كتابة {path}: {reason}.",
        "en": "cannot write {path}: {reason}",
    },
    "output_not_pdf": {
        "fr": "Le fichier de sortie doit se terminer par .pdf : {path}",
        "ar": "يجب أن ينتهي ملف الإخراج بـ ‎.pdf‎: {path}",
        "en": "the output file must end in .pdf: {path}",
    },
    "output_not_csv": {
        "fr": "Le fichier des actions doit se terminer par .csv : {path}",
        "ar": "يجب أن ينتهي ملف الإجراءات بـ ‎.csv‎: {path}",
        "en": "the actions file must end in .csv: {path}",
    },
    "output_not_yaml": {
        "fr": "Le modèle est un fichier YAML : donnez un nom qui se termine par .yaml ({path}).",
        "ar": "النموذج ملف YAML: أعط اسمًا ينتهي بـ ‎.yaml‎ ({path}).",
        "en": "the template is YAML: give a file name ending in .yaml ({path})",
    },
    "plan_needs_output": {
        "fr": "Indiquez où écrire le PDF avec --out FICHIER.pdf (ou les actions avec --csv FICHIER.csv), ou "
        "affichez le plan avec --json.",
        "ar": "حدّد مكان كتابة ملف PDF بـ ‎--out FICHIER.pdf‎ (أو الإجراءات بـ ‎--csv FICHIER.csv‎)، أو اعرض الخطة "
        "بـ ‎--json‎.",
        "en": "say where to write the PDF with --out FILE.pdf (or the actions with --csv FILE.csv), or print the plan "
        "with --json",
    },
    # -- the content pack -------------------------------------------------------------------------------------
    "content_invalid": {
        "fr": "Pack de contenu non valable : {first}{more}",
        "ar": "حزمة المحتوى غير صالحة: {first}{more}",
        "en": "invalid content pack: {first}{more}",
    },
    "content_more": {
        "fr": " (et {n} autres)",
        "ar": " (و{n} مشاكل أخرى)",
        "en": " (and {n} more)",
    },
    "content_problems": {
        "fr": "{count} problème(s) dans les fichiers du contenu. La liste, en anglais pour la personne qui modifie le "
        "contenu, est dans les détails.",
        "ar": "{count} من المشاكل في ملفات المحتوى. اللائحة، بالإنجليزية لمن يعدّل المحتوى، في التفاصيل.",
        "en": "{count} problem(s) in the content files; the list, for whoever edits the content, is in the details.",
    },
    "content_check_failed": {
        "fr": "Le pack de contenu a {count} erreur(s) ; la première : {first}",
        "ar": "في حزمة المحتوى {count} من الأخطاء؛ أولها: {first}",
        "en": "the content pack has {count} error(s); the first: {first}",
    },
    # -- business files ---------------------------------------------------------------------------------------
    "file_not_found": {
        "fr": "Fichier introuvable : {path}",
        "ar": "الملف غير موجود: {path}",
        "en": "no such file: {path}",
    },
    "file_unreadable": {
        "fr": "Impossible de lire {path} : {reason}.",
        "ar": "تعذّرت قراءة {path}: {reason}.",
        "en": "cannot read {path}: {reason}",
    },
    "file_is_folder": {
        "fr": "{path} est un dossier, pas un fichier d'entreprise.",
        "ar": "{path} مجلد وليس ملف مقاولة.",
        "en": "{path} is a folder, not a business file",
    },
    "bf_too_large": {
        "fr": "{file} : trop gros pour un fichier d'entreprise ({size} octets, {limit} au plus).",
        "ar": "{file}: كبير جدًا بالنسبة لملف مقاولة ({size} بايت، والحد {limit}).",
        "en": "{file}: too large for a business file ({size} bytes, at most {limit})",
    },
    "bf_not_utf8": {
        "fr": "{file} : ce n'est pas du texte UTF-8.",
        "ar": "{file}: ليس نصًا بترميز UTF-8.",
        "en": "{file}: not UTF-8 text",
    },
    "bf_bad_json": {
        "fr": "{file} : JSON non valable (ligne {line}, colonne {column}).",
        "ar": "{file}: صيغة JSON غير صالحة (السطر {line}، العمود {column}).",
        "en": "{file}: not valid JSON (line {line}, column {column})",
    },
    "bf_bad_yaml": {
        "fr": "{file} : YAML non valable{at} : {reason}.",
        "ar": "{file}: صيغة YAML غير صالحة{at}: {reason}.",
        "en": "{file}: not valid YAML{at}: {reason}",
    },
    "bf_nested": {
        "fr": "{file} : imbrication trop profonde.",
        "ar": "{file}: تداخل عميق جدًا.",
        "en": "{file}: nested too deeply",
    },
    "bf_not_business_file": {
        "fr": "{file} : ce n'est pas un fichier d'entreprise (il faut « profile » et « answers »).",
        "ar": "{file}: ليس ملف مقاولة (يلزم «profile» و«answers»).",
        "en": "{file}: not a business file (expected a mapping with 'profile' and 'answers')",
    },
    "bf_unknown_key": {
        "fr": "{file} : clé inconnue {key} (connues : {known}).",
        "ar": "{file}: مفتاح غير معروف {key} (المعروفة: {known}).",
        "en": "{file}: unknown key {key} (known: {known})",
    },
    "bf_bad_version": {
        "fr": "{file} : « version » doit être un nombre entier.",
        "ar": "{file}: يجب أن تكون «version» عددًا صحيحًا.",
        "en": "{file}: 'version' must be a whole number",
    },
    "bf_too_new": {
        "fr": "{file} : écrit par une version plus récente du programme (version {version} du fichier, celle-ci lit "
        "la {known}).",
        "ar": "{file}: كُتب بنسخة أحدث من البرنامج (نسخة الملف {version}، وهذه تقرأ {known}).",
        "en": "{file}: written by a newer version of the program (file version {version}, this one reads {known})",
    },
    "bf_not_mapping": {
        "fr": "{file} : « {key} » doit être une liste de clés et de valeurs.",
        "ar": "{file}: يجب أن يكون «{key}» لائحة مفاتيح وقيم.",
        "en": "{file}: '{key}' must be a mapping",
    },
    "bf_profile": {
        "fr": "{file} : profil, {field} : {problem}{more}",
        "ar": "{file}: الملف التعريفي، {field}: {problem}{more}",
        "en": "{file}: profile: {field}: {problem}{more}",
    },
    "bf_unknown_question": {
        "fr": "{file} : réponses : aucune question {id} dans le contenu {version}.",
        "ar": "{file}: الأجوبة: لا يوجد سؤال {id} في المحتوى {version}.",
        "en": "{file}: answers: no question {id} in content {version}",
    },
    "bf_answer": {
        "fr": "{file} : réponses : {id} : {problem}",
        "ar": "{file}: الأجوبة: {id}: {problem}",
        "en": "{file}: answers: {id}: {problem}",
    },
    "bf_note": {
        "fr": "{file} : notes : {id} : une note est un texte de 2 000 caractères au plus, pour une question connue.",
        "ar": "{file}: الملاحظات: {id}: الملاحظة نص من 2000 حرف على الأكثر، لسؤال معروف.",
        "en": "{file}: notes: {id}: a note is text of at most 2000 characters, for a known question",
    },
    "bf_unknown_action": {
        "fr": "{file} : actions : aucune action {id}.",
        "ar": "{file}: الإجراءات: لا يوجد إجراء {id}.",
        "en": "{file}: actions: no action {id}",
    },
    "bf_action": {
        "fr": "{file} : actions : {id} : attendu status (todo, in_progress, done), owner (texte de 200 caractères au "
        "plus) et due (date AAAA-MM-JJ).",
        "ar": "{file}: الإجراءات: {id}: المنتظر status ‏(todo، in_progress، done) وowner (نص من 200 حرف على الأكثر) "
        "وdue (تاريخ بصيغة YYYY-MM-DD).",
        "en": "{file}: actions: {id}: expected status (todo, in_progress, done), owner (text of at most 200 "
        "characters) and due (a date written YYYY-MM-DD)",
    },
    # -- exchange files: export and import (merchant_assistant.exchange, sealed, docs/file-format.md) -----------
    "exchange_empty": {
        "fr": "{file} : le fichier est vide.",
        "ar": "{file}: الملف فارغ.",
        "en": "{file}: the file is empty",
    },
    "exchange_bad_field": {
        "fr": "{file} : « {key} » n'a pas une valeur permise (voir docs/file-format.md).",
        "ar": "{file}: قيمة «{key}» غير مسموح بها (انظر docs/file-format.md).",
        "en": "{file}: '{key}' does not hold an allowed value (see docs/file-format.md)",
    },
    "exchange_control_character": {
        "fr": "{file} : « {key} » contient un caractère de contrôle ou d'inversion du sens d'écriture, refusé.",
        "ar": "{file}: يحتوي «{key}» على حرف تحكم أو حرف يعكس اتجاه الكتابة، وهذا مرفوض.",
        "en": "{file}: '{key}' holds a control or direction-override character, which is refused",
    },
    "exchange_bad_time": {
        "fr": "{file} : « {key} » doit être une date et une heure avec leur fuseau (2026-11-27T10:00:00+00:00), "
        "pour une réponse ou une action présente dans le fichier.",
        "ar": "{file}: يجب أن يكون «{key}» تاريخًا ووقتًا مع منطقتهما الزمنية (2026-11-27T10:00:00+00:00)، "
        "لجواب أو إجراء موجود في الملف.",
        "en": "{file}: '{key}' must be a date and time with its time zone (2026-11-27T10:00:00+00:00), for an "
        "answer or action the file holds",
    },
    "exchange_protected": {
        "fr": "{file} est protégé par une phrase secrète : donnez-la (en ligne de commande : --passphrase-file "
        "FICHIER, un fichier qui la contient).",
        "ar": "{file} محمي بعبارة سرية: أدخلها (في سطر الأوامر: ‎--passphrase-file‏ ملف يحتويها).",
        "en": "{file} is protected by a passphrase: give it (on the command line: --passphrase-file FILE, a file "
        "holding it)",
    },
    "exchange_wrong_passphrase": {
        "fr": "{file} : phrase secrète erronée, ou le fichier a été modifié.",
        "ar": "{file}: العبارة السرية خاطئة، أو أن الملف قد تغيّر.",
        "en": "{file}: wrong passphrase, or the file was changed",
    },
    "exchange_sealed_damaged": {
        "fr": "{file} : fichier protégé endommagé (son en-tête est illisible).",
        "ar": "{file}: ملف محمي تالف (رأسه غير مقروء).",
        "en": "{file}: a protected file that is damaged (its header cannot be read)",
    },
    "exchange_sealed_too_new": {
        "fr": "{file} : protégé par une version plus récente du programme (protection {version}, celle-ci lit la "
        "{known}).",
        "ar": "{file}: محمي بنسخة أحدث من البرنامج (الحماية {version}، وهذه تقرأ {known}).",
        "en": "{file}: protected by a newer version of the program (protection {version}, this one reads {known})",
    },
    "exchange_passphrase_empty": {
        "fr": "La phrase secrète est vide.",
        "ar": "العبارة السرية فارغة.",
        "en": "the passphrase is empty",
    },
    "exchange_passphrase_too_long": {
        "fr": "La phrase secrète est trop longue ({limit} caractères au plus).",
        "ar": "العبارة السرية طويلة جدًا ({limit} حرف على الأكثر).",
        "en": "the passphrase is too long (at most {limit} characters)",
    },
    "exchange_bad_choice": {
        "fr": "Choix inconnu {value} pour une entreprise déjà présente (possibles : {allowed}).",
        "ar": "اختيار غير معروف {value} لمقاولة موجودة من قبل (الممكن: {allowed}).",
        "en": "unknown choice {value} for a business already present (possible: {allowed})",
    },
    "exchange_conflict": {
        "fr": "{file} : l'entreprise {text} (n° {id}) est déjà ici. Choisissez : --on-conflict keep-both (garder "
        "les deux), replace (remplacer), merge (fusionner) ou skip (ignorer). Rien n'a été enregistré.",
        "ar": "{file}: المقاولة {text} (رقم {id}) موجودة هنا من قبل. اختر: ‎--on-conflict‏ keep-both (الاحتفاظ "
        "بالاثنين) أو replace (الاستبدال) أو merge (الدمج) أو skip (التجاوز). لم يُحفظ شيء.",
        "en": "{file}: the business {text} (id {id}) is already here. Choose: --on-conflict keep-both, replace, "
        "merge or skip. Nothing was saved.",
    },
    "exchange_conflict_kept_here": {
        "fr": "{file} : {text} : {kind} {id} : ici {here}, dans le fichier {imported} : gardé celui d'ici (plus "
        "récent).",
        "ar": "{file}: {text}: {kind} {id}: هنا {here}، وفي الملف {imported}: أُبقي ما هنا (الأحدث).",
        "en": "{file}: {text}: {kind} {id}: here {here}, in the file {imported}: kept the one here (more recent)",
    },
    "exchange_conflict_kept_imported": {
        "fr": "{file} : {text} : {kind} {id} : ici {here}, dans le fichier {imported} : pris celui du fichier (plus "
        "récent).",
        "ar": "{file}: {text}: {kind} {id}: هنا {here}، وفي الملف {imported}: أُخذ ما في الملف (الأحدث).",
        "en": "{file}: {text}: {kind} {id}: here {here}, in the file {imported}: took the file's (more recent)",
    },
    # -- problems with one field or answer (shown beside it) ----------------------------------------------------
    "field_required": {"fr": "Ce champ est obligatoire.", "ar": "هذا الحقل إلزامي.", "en": "this field is required"},
    "field_bad_date": {
        "fr": "Date non valable : écrivez-la AAAA-MM-JJ (2026-11-27).",
        "ar": "تاريخ غير صالح: اكتبه بصيغة YYYY-MM-DD (2026-11-27).",
        "en": "not a valid date: write it YYYY-MM-DD (2026-11-27)",
    },
    "name_taken": {
        "fr": "Une autre entreprise s'appelle déjà « {name} » : choisissez un nom qui les distingue.",
        "ar": "توجد مقاولة أخرى باسم «{name}»: اختر اسمًا يميّز بينهما.",
        "en": "another business is already called '{name}': choose a name that tells them apart",
    },
    "field_not_text": {"fr": "Il faut du texte.", "ar": "يجب إدخال نص.", "en": "must be text"},
    "field_too_long": {
        "fr": "Texte trop long : {limit} caractères au plus.",
        "ar": "النص طويل جدًا: {limit} حرفًا على الأكثر.",
        "en": "too long (at most {limit} characters)",
    },
    "ice_invalid": {
        "fr": "ICE non valable : il a 15 chiffres, dont les deux derniers sont une clé de contrôle (voir votre "
        "attestation ICE).",
        "ar": "المعرّف الموحد للمقاولة غير صالح: يتكون من 15 رقمًا، الرقمان الأخيران منها رقما مراقبة (انظر شهادة "
        "المعرّف الموحد للمقاولة).",
        "en": "not a valid ICE: 15 digits, the last two a check number (see your ICE certificate)",
    },
    "rc_invalid": {
        "fr": "Numéro RC non valable : le numéro, en chiffres, et la ville du tribunal, par exemple « RC Casablanca "
        "412233 ».",
        "ar": "رقم السجل التجاري غير صالح: الرقم بالأرقام ومدينة المحكمة، مثلًا «RC الدار البيضاء 412233».",
        "en": "not a valid RC number: the number, in digits, and the court's city, e.g. 'RC Casablanca 412233'",
    },
    "tax_id_invalid": {
        "fr": "Identifiant fiscal non valable : des chiffres seulement ({limit} au plus), comme sur votre attestation "
        "d'identifiant fiscal.",
        "ar": "التعريف الضريبي غير صالح: أرقام فقط ({limit} على الأكثر)، كما في شهادة التعريف الضريبي.",
        "en": "not a valid tax ID (IF): digits only (at most {limit}), as on your tax ID certificate",
    },
    "rib_not_digits": {
        "fr": "Un RIB ne contient que des chiffres : 24 (banque 3, ville 3, compte 16, clé 2).",
        "ar": "لا يتضمن RIB إلا أرقامًا: 24 رقمًا (البنك 3، المدينة 3، الحساب 16، المفتاح 2).",
        "en": "a RIB has only digits: 24 of them (bank 3, city 3, account 16, key 2)",
    },
    "rib_length": {
        "fr": "Un RIB a 24 chiffres (banque 3, ville 3, compte 16, clé 2) ; vous en avez tapé {count}.",
        "ar": "يتكون RIB من 24 رقمًا (البنك 3، المدينة 3، الحساب 16، المفتاح 2)؛ كتبت {count}.",
        "en": "a RIB has 24 digits (bank 3, city 3, account 16, key 2); you typed {count}",
    },
    "rib_is_iban": {
        "fr": "C'est un IBAN (MA et 26 chiffres) : tapez le RIB, ses 24 derniers chiffres.",
        "ar": "هذا IBAN (MA و26 رقمًا): اكتب RIB، أي أرقامه الأربعة والعشرين الأخيرة.",
        "en": "this is an IBAN (MA and 26 digits): type the RIB, its last 24 digits",
    },
    "rib_key_mismatch": {
        "fr": "la clé (les 2 derniers chiffres) ne correspond pas au reste du RIB. Vérifiez-le sur votre attestation "
        "de RIB ; il est enregistré tel quel.",
        "ar": "المفتاح (الرقمان الأخيران) لا يطابق باقي RIB. تحقّق منه في شهادة RIB؛ لقد حُفظ كما هو.",
        "en": "the key (the last 2 digits) does not match the rest of the RIB. Check it on your RIB certificate; it "
        "is saved as typed.",
    },
    "phone_invalid": {
        "fr": "Numéro de téléphone non valable : par exemple 06 12 34 56 78, 05 22 12 34 56 ou +212 6 12 34 56 78.",
        "ar": "رقم الهاتف غير صالح: مثلًا 06 12 34 56 78 أو 05 22 12 34 56 أو +212 6 12 34 56 78.",
        "en": "not a valid phone number: e.g. 06 12 34 56 78, 05 22 12 34 56 or +212 6 12 34 56 78",
    },
    "email_invalid": {
        "fr": "Adresse e-mail non valable : par exemple contact@exemple.ma, sans espace.",
        "ar": "عنوان البريد الإلكتروني غير صالح: مثلًا contact@exemple.ma، دون فراغات.",
        "en": "not a valid e-mail address: e.g. contact@example.ma, without spaces",
    },
    "choice_unknown": {
        "fr": "Choix inconnu : {value}",
        "ar": "اختيار غير معروف: {value}",
        "en": "unknown choice {value}",
    },
    "choice_list_unknown": {
        "fr": "Un choix de la liste est inconnu.",
        "ar": "أحد اختيارات اللائحة غير معروف.",
        "en": "unknown choice in the list",
    },
    "field_not_bool": {"fr": "Répondez par oui ou non.", "ar": "أجب بنعم أو لا.", "en": "must be yes or no"},
    "field_unknown": {
        "fr": "Ce n'est pas un champ du profil.",
        "ar": "ليس حقلًا من الملف التعريفي.",
        "en": "not a profile field",
    },
    "answer_not_allowed": {
        "fr": "La réponse doit être l'une de : {allowed}",
        "ar": "يجب أن يكون الجواب واحدًا من: {allowed}",
        "en": "answer must be one of {allowed}",
    },
    "answer_not_list": {
        "fr": "La réponse doit être une liste d'options.",
        "ar": "يجب أن يكون الجواب لائحة اختيارات.",
        "en": "answer must be a list of options",
    },
    "option_unknown": {
        "fr": "Option inconnue : {options}",
        "ar": "اختيار غير معروف: {options}",
        "en": "unknown option {options}",
    },
    "answer_not_text": {
        "fr": "La réponse doit être un texte.",
        "ar": "يجب أن يكون الجواب نصًا.",
        "en": "answer must be text",
    },
    "answer_too_long": {
        "fr": "Réponse trop longue ({length} caractères, {limit} au plus).",
        "ar": "الجواب طويل جدًا ({length} حرفًا، والحد {limit}).",
        "en": "answer is too long ({length} characters, at most {limit})",
    },
    "unknown_question": {
        "fr": "Aucune question {id} dans ce contenu.",
        "ar": "لا يوجد سؤال {id} في هذا المحتوى.",
        "en": "no question {id} in this content",
    },
    "unknown_action": {
        "fr": "Aucune action {id} dans ce contenu.",
        "ar": "لا يوجد إجراء {id} في هذا المحتوى.",
        "en": "no action {id} in this content",
    },
    "status_unknown": {
        "fr": "Statut inconnu : {value}",
        "ar": "حالة غير معروفة: {value}",
        "en": "unknown status {value}",
    },
    "owner_too_long": {
        "fr": "Responsable trop long : {limit} caractères au plus.",
        "ar": "اسم المسؤول طويل جدًا: {limit} حرفًا على الأكثر.",
        "en": "owner too long (at most {limit} characters)",
    },
    # -- why the system refused (errors.os_reason) -----------------------------------------------------------
    "reason_permission": {"fr": "permission refusée", "ar": "الإذن مرفوض", "en": "permission denied"},
    "reason_read_only": {"fr": "lecture seule", "ar": "للقراءة فقط", "en": "read-only"},
    "reason_not_found": {"fr": "introuvable", "ar": "غير موجود", "en": "not found"},
    "reason_name_too_long": {"fr": "nom trop long", "ar": "الاسم طويل جدًا", "en": "name too long"},
    "reason_disk_full": {"fr": "disque plein", "ar": "القرص ممتلئ", "en": "disk full"},
    "reason_is_folder": {"fr": "c'est un dossier", "ar": "إنه مجلد", "en": "it is a folder"},
    # -- anything else ----------------------------------------------------------------------------------------
    "system_reason": {"fr": "{reason}", "ar": "{reason}", "en": "{reason}"},
}

# Parameters that name a file, a folder or something the user typed: isolated in Arabic text.
ISOLATED = {"path", "folder", "file", "text", "key", "id", "value", "options", "allowed", "known"}


def message(code: str, lang: str = "en", **params: Any) -> str:
    """The sentence for ``code`` in ``lang`` (English when the language is unknown)."""
    templates = MESSAGES.get(code)
    if templates is None:  # never fail while reporting a failure; tests/test_errors.py keeps every code listed
        return code
    template = templates.get(lang) or templates["en"]
    values = {}
    for name, value in params.items():
        if hasattr(value, "message"):  # a nested problem, in the same language
            value = value.message(lang)
        value = str(value)
        if lang == "ar" and name in ISOLATED and value:
            value = f"{FSI}{value}{PDI}"
        values[name] = value
    return template.format(**values)
