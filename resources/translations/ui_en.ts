<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="76"/>
        <source>Les détails ont été enregistrés dans : %1</source>
        <translation>The details were saved in: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="84"/>
        <source>(le journal n&apos;a pas pu être écrit)</source>
        <translation>(the log could not be written)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="94"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="95"/>
        <source>Une erreur inattendue s&apos;est produite. Vos réponses déjà enregistrées ne sont pas perdues.</source>
        <translation>An unexpected error occurred. The answers you already saved are not lost.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="172"/>
        <source>Arrêt inattendu</source>
        <translation>Unexpected stop</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="173"/>
        <source>Le programme s&apos;est arrêté brutalement la dernière fois. Vos réponses déjà enregistrées ne sont pas perdues. Le rapport technique est conservé ici : %1</source>
        <translation>The program stopped abruptly last time. The answers you had already saved are not lost. The technical report is kept here: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="275"/>
        <source>Contenu invalide</source>
        <translation>Invalid content</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="276"/>
        <source>Le contenu de l&apos;assistant (questions et actions) est invalide ; le programme ne peut pas démarrer.</source>
        <translation>The assistant&apos;s content (questions and actions) is invalid; the program cannot start.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="288"/>
        <source>Base de données inutilisable</source>
        <translation>Database unusable</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="289"/>
        <source>Vos données n&apos;ont pas pu être ouvertes. Rien n&apos;a été modifié.</source>
        <translation>Your data could not be opened. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/profile_page.py" line="161"/>
        <source>À vérifier : %1</source>
        <translation>To check: %1</translation>
    </message>
</context>
<context>
    <name>HelpBox</name>
    <message>
        <location filename="../../ui/question_widgets.py" line="94"/>
        <source>Pourquoi c&apos;est important</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="94"/>
        <source>Comment faire</source>
        <translation>How to do it</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="106"/>
        <source>Pourquoi c&apos;est important · Comment faire</source>
        <translation>Why it matters · How to do it</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>En partie</source>
        <translation>Partly</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Je ne sais pas</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Non applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Haute</source>
        <comment>priority of an action</comment>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Moyenne</source>
        <comment>priority of an action</comment>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Basse</source>
        <comment>priority of an action</comment>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Rapide</source>
        <comment>effort of an action</comment>
        <translation>Quick</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Moyen</source>
        <comment>effort of an action</comment>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Important</source>
        <comment>effort of an action: much work</comment>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>À faire</source>
        <comment>status of an action</comment>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>En cours</source>
        <comment>status of an action</comment>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Fait</source>
        <comment>status of an action</comment>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>fr</source>
        <comment>code of the interface language: write fr, ar or en</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <source>Assistant de préparation du commerçant</source>
        <translation>Merchant Readiness Assistant</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Contenu %1, revu le %2</source>
        <translation>Content %1, reviewed on %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>&amp;Nouvelle entreprise</source>
        <translation>&amp;New business</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>&amp;Entreprises</source>
        <translation>&amp;Businesses</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>À &amp;propos</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Lecture impossible</source>
        <translation>Cannot read</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>La liste des entreprises n&apos;a pas pu être lue.</source>
        <translation>The list of businesses could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Cette entreprise n&apos;a pas pu être ouverte.</source>
        <translation>This business could not be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>À propos</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Contenu %1, revu le %2.
Base de données : %3

Ce plan est une aide pratique, pas un avis juridique.</source>
        <translation>Content %1, reviewed on %2.
Database: %3

This plan is practical guidance, not legal advice.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Profil non enregistré</source>
        <translation>Profile not saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Le profil contient une erreur et n&apos;a pas été enregistré. Quitter quand même ?</source>
        <translation>The profile has an error and was not saved. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Abandonner la nouvelle entreprise ?</source>
        <translation>Give up the new business?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>Elle n&apos;a pas encore été créée : ce que vous avez saisi sera perdu.</source>
        <translation>It has not been created yet: what you typed will be lost.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Abandonner</source>
        <translation>Give up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Agrandir le texte</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Réduire le texte</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Taille normale du texte</source>
        <translation>Normal text size</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MultiQuestion</name>
    <message>
        <location filename="../../ui/question_widgets.py" line="282"/>
        <source>Déjà indiqué dans une autre réponse</source>
        <translation>Already given in another answer</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <location filename="../../ui/pdf_export.py" line="28"/>
        <source>entreprise</source>
        <comment>file name of a business without a name</comment>
        <translation>business</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="30"/>
        <source>Plan - %1.pdf</source>
        <comment>suggested file name; %1: the business</comment>
        <translation>Plan - %1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="76"/>
        <source>Enregistrer le plan en PDF</source>
        <translation>Save the plan as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="76"/>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="102"/>
        <source>PDF enregistré</source>
        <translation>PDF saved</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="103"/>
        <source>Votre plan de préparation est enregistré ici :</source>
        <translation>Your readiness plan is saved here:</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="106"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="107"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="120"/>
        <source>PDF non enregistré</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="122"/>
        <source>Le PDF n&apos;a pas pu être enregistré. Si le fichier est ouvert dans un autre programme, fermez-le ou choisissez un autre nom.</source>
        <translation>The PDF could not be saved. If the file is open in another program, close it or choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="128"/>
        <source>Choisir un autre nom…</source>
        <translation>Choose another name…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="132"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/plan_page.py" line="55"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="56"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="57"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="58"/>
        <source>Échéance</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="59"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="60"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="84"/>
        <source>Création du PDF…</source>
        <translation>Creating the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="87"/>
        <source>Enregistrer le PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="97"/>
        <source>Préparation globale</source>
        <translation>Overall readiness</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="127"/>
        <source>Vos actions</source>
        <translation>Your actions</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="154"/>
        <source>Aucune action pour l&apos;instant : répondez aux questions pour obtenir votre plan.</source>
        <translation>No actions yet: answer the questions to get your plan.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="174"/>
        <source>Plan de préparation — %1</source>
        <translation>Readiness plan — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_page.py" line="179"/>
        <source>%n question(s) sans réponse — &lt;a href=&quot;#&quot;&gt;y répondre&lt;/a&gt;</source>
        <translation>
            <numerusform>%n unanswered question — &lt;a href=&quot;#&quot;&gt;answer it&lt;/a&gt;</numerusform>
            <numerusform>%n unanswered questions — &lt;a href=&quot;#&quot;&gt;answer them&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="197"/>
        <source>Non évalué</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="204"/>
        <source>À régler avant de demander l&apos;affiliation au paiement</source>
        <translation>To fix before you apply for card payments</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_page.py" line="213"/>
        <source>… et %n autre(s), marquée(s) ⚠ dans la liste ci-dessous</source>
        <translation>
            <numerusform>… and %n more, marked ⚠ in the list below</numerusform>
            <numerusform>… and %n more, marked ⚠ in the list below</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="218"/>
        <source>Aucun point bloquant pour l&apos;affiliation parmi vos réponses.</source>
        <translation>Nothing in your answers blocks card payment acceptance.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="235"/>
        <source>%1 (en retard)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="246"/>
        <source>Bloque l&apos;affiliation au paiement</source>
        <translation>Blocks card payment acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="281"/>
        <source>Comment : %1</source>
        <translation>How: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="290"/>
        <source>Pourquoi : %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="333"/>
        <source>Statut non enregistré</source>
        <translation>Status not saved</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="333"/>
        <source>Le statut n&apos;a pas pu être enregistré.</source>
        <translation>The status could not be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="278"/>
        <source>Il manque : %1</source>
        <translation>Still missing: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="131"/>
        <source>Actions du plan</source>
        <translation>Actions of the plan</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/profile_page.py" line="194"/>
        <source>Ces informations décident des questions qui vous concernent. Seul le nom est obligatoire ; vous pourrez tout modifier plus tard.</source>
        <translation>This information decides which questions concern you. Only the name is required; you can change everything later.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="247"/>
        <location filename="../../ui/profile_page.py" line="309"/>
        <source>Profil de l&apos;entreprise</source>
        <translation>Business profile</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="247"/>
        <source>Nouvelle entreprise</source>
        <translation>New business</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="299"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="299"/>
        <source>Le profil n&apos;a pas été enregistré.</source>
        <translation>The profile was not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="224"/>
        <source>Annuler la création</source>
        <translation>Cancel this new business</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../ui/question_widgets.py" line="156"/>
        <source>Nécessaire pour l&apos;affiliation au paiement</source>
        <translation>Needed for card payment acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="150"/>
        <location filename="../../ui/question_widgets.py" line="201"/>
        <source>Enregistré ✓</source>
        <translation>Saved ✓</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="150"/>
        <location filename="../../ui/question_widgets.py" line="205"/>
        <source>Non enregistré</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../ui/section_page.py" line="82"/>
        <source>Réponse non enregistrée</source>
        <translation>Answer not saved</translation>
    </message>
    <message>
        <location filename="../../ui/section_page.py" line="83"/>
        <source>Votre réponse n&apos;a pas pu être enregistrée.</source>
        <translation>Your answer could not be saved.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.py" line="41"/>
        <source>Vos entreprises</source>
        <translation>Your businesses</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="47"/>
        <source>Cet assistant vous aide à préparer votre entreprise au paiement par carte ou en ligne, à la sécurité et à vos obligations légales. Vos réponses sont enregistrées sur cet ordinateur au fur et à mesure.</source>
        <translation>This assistant helps you prepare your business for card and online payments, for security and for your legal obligations. Your answers are saved on this computer as you go.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="57"/>
        <source>Aucune entreprise enregistrée pour l&apos;instant. Cliquez sur « Nouvelle entreprise » pour commencer, ou sur « Essayer l&apos;exemple » pour découvrir l&apos;assistant avec une entreprise fictive.</source>
        <translation>No business saved yet. Click “New business” to start, or “Try the example” to discover the assistant with a made-up business.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="71"/>
        <source>Entreprise</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="71"/>
        <source>Préparation</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="71"/>
        <source>Dernière modification</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="85"/>
        <source>Nouvelle entreprise</source>
        <translation>New business</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="89"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="92"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="96"/>
        <source>Essayer l&apos;exemple</source>
        <translation>Try the example</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="97"/>
        <source>Ajoute une entreprise fictive déjà remplie, pour découvrir l&apos;assistant</source>
        <translation>Adds a made-up business, already filled in, to discover the assistant</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="109"/>
        <source>Lecture impossible</source>
        <translation>Cannot read</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="109"/>
        <source>La liste des entreprises n&apos;a pas pu être lue.</source>
        <translation>The list of businesses could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="115"/>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="153"/>
        <source>Supprimer l&apos;entreprise</source>
        <translation>Delete the business</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="154"/>
        <source>Supprimer « %1 » et toutes ses réponses ? Cette action est définitive.</source>
        <translation>Delete “%1” and all its answers? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="157"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="166"/>
        <source>Suppression impossible</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="166"/>
        <source>L&apos;entreprise n&apos;a pas été supprimée.</source>
        <translation>The business was not deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="192"/>
        <source>Exemple non ajouté</source>
        <translation>Example not added</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="192"/>
        <source>L&apos;entreprise d&apos;exemple n&apos;a pas été ajoutée.</source>
        <translation>The example business was not added.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="66"/>
        <source>Entreprises enregistrées</source>
        <translation>Saved businesses</translation>
    </message>
</context>
<context>
    <name>TextQuestion</name>
    <message>
        <location filename="../../ui/question_widgets.py" line="300"/>
        <source>Votre réponse (enregistrée quand vous quittez le champ)</source>
        <translation>Your answer (saved when you leave the field)</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="79"/>
        <source>Entreprises</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="81"/>
        <source>Revenir à la liste des entreprises</source>
        <translation>Back to the list of businesses</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="139"/>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="142"/>
        <location filename="../../ui/wizard.py" line="376"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="204"/>
        <source>Nouvelle entreprise</source>
        <translation>New business</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="212"/>
        <source>Profil de l&apos;entreprise</source>
        <translation>Business profile</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="227"/>
        <source>Plan de préparation</source>
        <translation>Readiness plan</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="230"/>
        <source>Enregistrez d&apos;abord le profil</source>
        <translation>Save the profile first</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="259"/>
        <source>Lecture impossible</source>
        <translation>Cannot read</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="259"/>
        <source>Les réponses n&apos;ont pas pu être lues.</source>
        <translation>The answers could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="269"/>
        <source>Préparation : %1 — %2</source>
        <translation>Readiness: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="372"/>
        <source>Enregistrer et continuer</source>
        <translation>Save and continue</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="374"/>
        <source>Voir le plan</source>
        <translation>See the plan</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="384"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="385"/>
        <source>L&apos;étape en cours n&apos;a pas pu être enregistrée.</source>
        <translation>The current step could not be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="215"/>
        <source>L&apos;essentiel (parcours express)</source>
        <translation>Essentials (express path)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="392"/>
        <source>Parcours express</source>
        <translation>Express path</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="393"/>
        <source>L&apos;essentiel : les questions qui décident de vos premières étapes</source>
        <translation>Essentials: the questions that decide your first steps</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="395"/>
        <source>Répondez à ces quelques questions pour obtenir un premier plan en quelques minutes. Les autres questions peuvent attendre : le plan dit ce qui reste sans réponse.</source>
        <translation>Answer these few questions to get a first plan in a few minutes. The other questions can wait: the plan shows what is still unanswered.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="85"/>
        <location filename="../../ui/wizard.py" line="111"/>
        <source>Étapes</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="88"/>
        <source>Afficher ou masquer la liste des étapes</source>
        <translation>Show or hide the list of steps</translation>
    </message>
</context>
<context>
    <name>_ChoiceQuestion</name>
    <message>
        <location filename="../../ui/question_widgets.py" line="228"/>
        <source>Touche %1</source>
        <translation>Key %1</translation>
    </message>
</context>
</TS>
