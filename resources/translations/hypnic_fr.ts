<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>AddEventPanel</name>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Add a missed event</source>
            <translation>Ajouter un événement oublié</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Time of the missed event</source>
            <translation>Heure de l’événement oublié</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Kind of the missed event</source>
            <translation>Type de l’événement oublié</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Who noticed the missed event</source>
            <translation>Qui a remarqué l’événement oublié</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Self</source>
            <translation>Moi</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Note for the missed event</source>
            <translation>Note sur l’événement oublié</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Note (optional)</source>
            <translation>Note (facultative)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Add the missed event</source>
            <translation>Ajouter l’événement oublié</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Close the add form</source>
            <translation>Fermer le formulaire d’ajout</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>&amp;Time</source>
            <translation>&amp;Heure</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>&amp;By</source>
            <translation>&amp;Par</translation>
        </message>
    </context>
    <context>
        <name>BackupsWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Hypnic — backups</source>
            <translation>Hypnic — sauvegardes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Hypnic copies your store here when it changed, before every update of its format and before every import. Restoring a backup keeps your current store aside; nothing is deleted.</source>
            <translation>Hypnic copie ici vos données quand elles ont changé, avant chaque mise à jour de leur format et avant chaque importation. Restaurer une sauvegarde met vos données actuelles de côté ; rien n’est supprimé.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Backups, newest first</source>
            <translation>Sauvegardes, les plus récentes d’abord</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Restore status</source>
            <translation>État de la restauration</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Check all</source>
            <translation>Tout vérifier</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Restore at next start</source>
            <translation>Restaurer au prochain démarrage</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Cancel restore</source>
            <translation>Annuler la restauration</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>ok</source>
            <translation>intacte</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Every backup passed its check.</source>
            <translation>Toutes les sauvegardes ont passé la vérification.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>%n backup(s) failed the check; do not restore those.</source>
            <translation>
                <numerusform>%n sauvegarde n’a pas passé la vérification ; ne la restaurez pas.</numerusform>
                <numerusform>%n sauvegardes n’ont pas passé la vérification ; ne les restaurez pas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>This backup is damaged and cannot be restored: %s</source>
            <translation>Cette sauvegarde est endommagée et ne peut pas être restaurée : %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>The restore could not be planned: %s</source>
            <translation>La restauration n’a pas pu être programmée : %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>%s will be restored the next time Hypnic starts; your current store will be kept aside. Quit Hypnic and start it again to restore it now.</source>
            <translation>%s sera restaurée au prochain démarrage de Hypnic ; vos données actuelles seront mises de côté. Quittez Hypnic et relancez-le pour la restaurer tout de suite.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>automatic</source>
            <translation>automatique</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>before an import</source>
            <translation>avant une importation</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>before a format update</source>
            <translation>avant une mise à jour du format</translation>
        </message>
    </context>
    <context>
        <name>BedsidePanel</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Night</source>
            <translation>Nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>PARTNER LOGGING: taps are recorded as the partner's</source>
            <translation>SAISIE PAR LE PARTENAIRE : les saisies sont attribuées au partenaire</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Partner logging is on</source>
            <translation>La saisie par le partenaire est activée</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Not saved warning</source>
            <translation>Alerte : non enregistré</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Last tap</source>
            <translation>Dernière saisie</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Tonight's taps</source>
            <translation>Saisies de cette nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Each kind's key logs it; Tab reaches the buttons; Backspace undoes.</source>
            <translation>La touche de chaque type la saisit ; Tab mène aux boutons ; Retour arrière annule.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Night of %s</source>
            <translation>Nuit du %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source> · partner</source>
            <translation> · partenaire</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>%1 saved at %2.</source>
            <translation>%1 enregistré à %2.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>%1 saved at %2, as the partner's.</source>
            <translation>%1 enregistré à %2, comme saisie du partenaire.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>NOT SAVED YET: %n tap(s) are held and retried every few seconds. </source>
            <translation>
                <numerusform>PAS ENCORE ENREGISTRÉ : %n saisie est conservée et réessayée toutes les quelques secondes. </numerusform>
                <numerusform>PAS ENCORE ENREGISTRÉ : %n saisies sont conservées et réessayées toutes les quelques secondes. </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>All held taps are saved now.</source>
            <translation>Toutes les saisies en attente sont maintenant enregistrées.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Saving… %n tap(s) waiting to be written.</source>
            <translation>
                <numerusform>Enregistrement… %n saisie attend d’être écrite.</numerusform>
                <numerusform>Enregistrement… %n saisies attendent d’être écrites.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClockAxis</name>
        <message>
            <location filename="../../src/hypnic/ui/charts/clock_axis.py" />
            <source>%s min</source>
            <translation>%s min</translation>
        </message>
    </context>
    <context>
        <name>ClockTimeField</name>
        <message>
            <location filename="../../src/hypnic/ui/common/clock_time_field.py" />
            <source>not set</source>
            <translation>non défini</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/clock_time_field.py" />
            <source>hh:mm:ss</source>
            <translation>hh:mm:ss</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/clock_time_field.py" />
            <source>hh:mm</source>
            <translation>hh:mm</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/clock_time_field.py" />
            <source>%1: type a time of day, like %2</source>
            <translation>%1 : saisissez une heure, par exemple %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/clock_time_field.py" />
            <source>%1: “%2” is not a time of day; type it like %3</source>
            <translation>%1 : « %2 » n’est pas une heure ; saisissez-la par exemple ainsi : %3</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/clock_time_field.py" />
            <source>%1, %2 or %3</source>
            <translation>%1, %2 ou %3</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/clock_time_field.py" />
            <source>%1 or %2</source>
            <translation>%1 ou %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/clock_time_field.py" />
            <source>Type a time like %1</source>
            <translation>Saisissez une heure, par exemple %1</translation>
        </message>
    </context>
    <context>
        <name>Colours</name>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Vermillion</source>
            <translation>Vermillon</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Blue</source>
            <translation>Bleu</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Reddish purple</source>
            <translation>Pourpre rougeâtre</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Orange</source>
            <translation>Orange</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Sky blue</source>
            <translation>Bleu ciel</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Bluish green</source>
            <translation>Vert bleuté</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Yellow</source>
            <translation>Jaune</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Grey</source>
            <translation>Gris</translation>
        </message>
    </context>
    <context>
        <name>ComparisonView</name>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>Medication: median events per night, with a dose · without</source>
            <translation>Médicament : médiane des événements par nuit, avec une prise · sans</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>Medication comparison</source>
            <translation>Comparaison par médicament</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>About the comparison</source>
            <translation>À propos de la comparaison</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>Medication</source>
            <translation>Médicament</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>Nights with · without</source>
            <translation>Nuits avec · sans</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>not enough nights to compare (need %n on each side)</source>
            <translation>
                <numerusform>pas assez de nuits pour comparer (il en faut %n de chaque côté)</numerusform>
                <numerusform>pas assez de nuits pour comparer (il en faut %n de chaque côté)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>No doses logged in this period.</source>
            <translation>Aucune prise enregistrée sur cette période.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>Nights with any record in the period; patient-reported taps, not a trial: other things change between nights too.</source>
            <translation>Nuits avec au moins un enregistrement sur la période ; saisies du patient, pas un essai : d’autres choses changent aussi d’une nuit à l’autre.</translation>
        </message>
    </context>
    <context>
        <name>CrashMessage</name>
        <message>
            <location filename="../../src/hypnic/ui/common/crash.py" />
            <source>(the details could not be written)</source>
            <translation>(les détails n’ont pas pu être écrits)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/crash.py" />
            <source>Something went wrong inside Hypnic. Your saved taps are safe and you can keep logging. The details were written to %s</source>
            <translation>Une erreur s’est produite dans Hypnic. Vos saisies enregistrées sont en sécurité et vous pouvez continuer. Les détails ont été écrits dans %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/crash.py" />
            <source>Hypnic: something went wrong</source>
            <translation>Hypnic : une erreur s’est produite</translation>
        </message>
    </context>
    <context>
        <name>DiaryForm</name>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Time in bed %1 · total sleep %2 · sleep efficiency %3</source>
            <translation>Temps au lit %1 · sommeil total %2 · efficacité du sommeil %3</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Sleep diary — Hypnic</source>
            <translation>Agenda du sommeil — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Sleep diary</source>
            <translation>Agenda du sommeil</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Night of the diary</source>
            <translation>Nuit de l’agenda</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Into bed</source>
            <translation>Au lit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Tried to sleep</source>
            <translation>Essai de s’endormir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Final awakening</source>
            <translation>Réveil final</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Out of bed</source>
            <translation>Lever</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>What time did you get into &amp;bed?</source>
            <translation>À quelle heure vous êtes-vous mis(e) au &amp;lit ?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>What time did you &amp;try to go to sleep?</source>
            <translation>À quelle heure avez-vous &amp;essayé de vous endormir ?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>How &amp;long did it take you to fall asleep? (minutes)</source>
            <translation>Combien de &amp;temps avez-vous mis à vous endormir ? (minutes)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>How many times did you &amp;wake up, not counting the final one?</source>
            <translation>Combien de &amp;fois vous êtes-vous réveillé(e), sans compter le réveil final ?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>In total, how long did these &amp;awakenings last?</source>
            <translation>Au total, combien de temps ces réveils ont-ils &amp;duré ?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>What time was your &amp;final awakening?</source>
            <translation>À quelle heure a eu lieu votre réveil fi&amp;nal ?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>What time did you get &amp;out of bed for the day?</source>
            <translation>À quelle heure vous êtes-vous le&amp;vé(e) pour la journée ?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Sleep quality %1: %2</source>
            <translation>Qualité du sommeil %1 : %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>How would you rate the quality of your sleep?</source>
            <translation>Comment évalueriez-vous la qualité de votre sommeil ?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>&amp;Comments</source>
            <translation>&amp;Commentaires</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Derived figures</source>
            <translation>Valeurs calculées</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>&amp;Save answers</source>
            <translation>Enregistrer les &amp;réponses</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Save the diary answers</source>
            <translation>Enregistrer les réponses de l’agenda</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Close the diary, keeping the answers</source>
            <translation>Fermer l’agenda en gardant les réponses</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>How did you sleep? Night of %s</source>
            <translation>Comment avez-vous dormi ? Nuit du %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Not saved yet: %s.</source>
            <translation>Pas encore enregistré : %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>into bed</source>
            <translation>mise au lit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>tried to sleep</source>
            <translation>essai de s’endormir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>minutes to fall asleep</source>
            <translation>minutes pour s’endormir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>times woken</source>
            <translation>nombre de réveils</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>minutes awake</source>
            <translation>minutes d’éveil</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>final awakening</source>
            <translation>réveil final</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>out of bed</source>
            <translation>lever</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>sleep quality</source>
            <translation>qualité du sommeil</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>comments</source>
            <translation>commentaires</translation>
        </message>
    </context>
    <context>
        <name>DiaryPrompt</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/diary_prompt.py" />
            <source>How did you sleep last night?</source>
            <translation>Comment avez-vous dormi cette nuit ?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/diary_prompt.py" />
            <source>Answer (2 min)</source>
            <translation>Répondre (2 min)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/diary_prompt.py" />
            <source>Answer the sleep diary for last night</source>
            <translation>Remplir l’agenda du sommeil de la nuit dernière</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/diary_prompt.py" />
            <source>Skip</source>
            <translation>Passer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/diary_prompt.py" />
            <source>Skip the sleep diary for last night</source>
            <translation>Passer l’agenda du sommeil de la nuit dernière</translation>
        </message>
    </context>
    <context>
        <name>EveningStrip</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Bedtime dose (D)</source>
            <translation>Dose du coucher (D)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Log the usual bedtime doses now</source>
            <translation>Enregistrer maintenant les doses habituelles du coucher</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Tonight… (T)</source>
            <translation>Ce soir… (T)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Tags and note for tonight</source>
            <translation>Étiquettes et note de ce soir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Tonight's tags</source>
            <translation>Étiquettes de ce soir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Note for tonight</source>
            <translation>Note de ce soir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Note for tonight (Enter saves)</source>
            <translation>Note de ce soir (Entrée pour enregistrer)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Bedtime dose</source>
            <translation>Dose du coucher</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Bedtime dose NOT saved (%s): press D again.</source>
            <translation>Dose du coucher NON enregistrée (%s) : appuyez de nouveau sur D.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>No usual bedtime dose is set yet: Menu → Kinds and settings → Medications, tick “Usual bedtime dose”.</source>
            <translation>Aucune dose habituelle du coucher n’est encore définie : Menu → Types et réglages → Médicaments, cochez « Dose habituelle du coucher ».</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>EventTableModel</name>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>Self</source>
            <translation>Moi</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%n nights</source>
            <translation>
                <numerusform>%n nuit</numerusform>
                <numerusform>%n nuits</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>All</source>
            <translation>Tout</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Show the last %n nights</source>
            <translation>
                <numerusform>Afficher la dernière nuit</numerusform>
                <numerusform>Afficher les %n dernières nuits</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Show all</source>
            <translation>Tout afficher</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>No nights logged yet. Taps you log at bedtime show here.</source>
            <translation>Aucune nuit enregistrée pour l’instant. Vos saisies du coucher apparaîtront ici.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Nights, newest on top</source>
            <translation>Nuits, la plus récente en haut</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Events per night — line: 7-night median</source>
            <translation>Événements par nuit — ligne : médiane sur 7 nuits</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Time between leg taps</source>
            <translation>Intervalle entre les saisies des jambes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Counts and intervals</source>
            <translation>Nombres et intervalles</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Charts of the nights</source>
            <translation>Graphiques des nuits</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%1 – %2: %3 of %4 nights logged (patient-reported taps)</source>
            <translation>%1 – %2 : %3 nuits enregistrées sur %4 (saisies du patient)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%1 – %2: %3 of %4 nights logged, %n event(s) in all. Each row is a night, newest on top; each mark is a tap at its time of night.</source>
            <translation>
                <numerusform>%1 – %2 : %3 nuits enregistrées sur %4, %n événement en tout. Chaque ligne est une nuit, la plus récente en haut ; chaque marque est une saisie à son heure de la nuit.</numerusform>
                <numerusform>%1 – %2 : %3 nuits enregistrées sur %4, %n événements en tout. Chaque ligne est une nuit, la plus récente en haut ; chaque marque est une saisie à son heure de la nuit.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>No nights logged yet.</source>
            <translation>Aucune nuit enregistrée pour l’instant.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%1: %n event(s) in these nights, a median of %2 per logged night, at most %3 (night of %4).</source>
            <translation>
                <numerusform>%1 : %n événement sur ces nuits, une médiane de %2 par nuit enregistrée, au plus %3 (nuit du %4).</numerusform>
                <numerusform>%1 : %n événements sur ces nuits, une médiane de %2 par nuit enregistrée, au plus %3 (nuit du %4).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>No events in these nights.</source>
            <translation>Aucun événement sur ces nuits.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%n interval(s) between leg taps in these nights; %1 of them 5–90 s apart, where periodic runs fall.</source>
            <translation>
                <numerusform>%n intervalle entre les saisies des jambes sur ces nuits ; %1 d’entre eux de 5 à 90 s, la plage des séries périodiques.</numerusform>
                <numerusform>%n intervalles entre les saisies des jambes sur ces nuits ; %1 d’entre eux de 5 à 90 s, la plage des séries périodiques.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>History — Hypnic</source>
            <translation>Historique — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>History of nights</source>
            <translation>Historique des nuits</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>IntervalHistogram</name>
        <message>
            <location filename="../../src/hypnic/ui/charts/interval_histogram.py" />
            <source>5–90 s</source>
            <translation>5–90 s</translation>
        </message>
    </context>
    <context>
        <name>KindButton</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>Log %s</source>
            <translation>Saisir : %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>%1 tonight. Key %2.</source>
            <translation>%1 cette nuit. Touche %2.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>Log %s (key %s)</source>
            <translation>Saisir : %s (touche %s)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>key %s · %s</source>
            <translation>touche %s · %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>key %s</source>
            <translation>touche %s</translation>
        </message>
    </context>
    <context>
        <name>KindDetails</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Selected kind</source>
            <translation>Type sélectionné</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Name of the selected kind</source>
            <translation>Nom du type sélectionné</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>&amp;Colour</source>
            <translation>&amp;Couleur</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Marker shape</source>
            <translation>Forme du repère</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>&amp;Shape</source>
            <translation>&amp;Forme</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Key that logs this kind</source>
            <translation>Touche qui saisit ce type</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Clear key</source>
            <translation>Effacer la touche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>K&amp;ey</source>
            <translation>T&amp;ouche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Keys that log this kind now</source>
            <translation>Touches qui saisissent ce type maintenant</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Move &amp;up</source>
            <translation>Monter (&amp;haut)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Move do&amp;wn</source>
            <translation>Descendre (&amp;bas)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>&amp;Archive</source>
            <translation>&amp;Archiver</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Logged with: %s</source>
            <translation>Saisi avec : %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>No key logs this kind now (it is off, archived or past key 9).</source>
            <translation>Aucune touche ne saisit ce type pour l’instant (il est désactivé, archivé ou au-delà de la touche 9).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Un&amp;archive</source>
            <translation>&amp;Désarchiver</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Own colour %s</source>
            <translation>Couleur personnelle %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Other…</source>
            <translation>Autre…</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Jerk</source>
            <translation>Secousse</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Kick</source>
            <translation>Coup de pied</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Deep itch</source>
            <translation>Démangeaison profonde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Eyelid twitch</source>
            <translation>Paupière qui tressaute</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Hiccup</source>
            <translation>Hoquet</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Burning</source>
            <translation>Brûlure</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Creeping</source>
            <translation>Reptation</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Tugging</source>
            <translation>Tiraillement</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Crawling</source>
            <translation>Fourmillements</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Arm jerk</source>
            <translation>Secousse du bras</translation>
        </message>
    </context>
    <context>
        <name>KindsEditor</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>On · kind</source>
            <translation>Actif · type</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Kinds</source>
            <translation>Types</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Name of a new kind, e.g. Toe curl</source>
            <translation>Nom d’un nouveau type, par ex. Crampe des orteils</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Name of the new kind</source>
            <translation>Nom du nouveau type</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Add kind</source>
            <translation>Ajouter le type</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>archived</source>
            <translation>archivé</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>on</source>
            <translation>actif</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>off</source>
            <translation>inactif</translation>
        </message>
    </context>
    <context>
        <name>LanguageAndDisplay</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Language and display</source>
            <translation>Langue et affichage</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>The desktop's language (%1)</source>
            <translation>Langue du système (%1)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Language of Hypnic</source>
            <translation>Langue de Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>The same as Hypnic's</source>
            <translation>Comme Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Language of the doctor's summary</source>
            <translation>Langue du résumé pour le médecin</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Su&amp;mmary language</source>
            <translation>Langue du &amp;résumé</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Text size, percent of the desktop's</source>
            <translation>Taille du texte, en pourcentage de celle du système</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Te&amp;xt size</source>
            <translation>Taille du te&amp;xte</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>&amp;High contrast (night and day themes)</source>
            <translation>&amp;Contraste élevé (thèmes de nuit et de jour)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Hypnic will speak %1 from its next start.</source>
            <translation>Hypnic parlera %1 à partir du prochain démarrage.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/hypnic/app.py" />
            <source> — DEMO (nothing here is real)</source>
            <translation> — DÉMO (rien ici n’est réel)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/app.py" />
            <source>Backups…</source>
            <translation>Sauvegardes…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/app.py" />
            <source>Taps not saved when Hypnic was last closed are kept in %s. Add them to the store with: hypnic%s import FILE</source>
            <translation>Les saisies non enregistrées à la dernière fermeture de Hypnic sont conservées dans %s. Ajoutez-les avec : hypnic%s import FICHIER</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Hypnic bedside logger</source>
            <translation>Hypnic — saisie au chevet</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Undo last tap</source>
            <translation>Annuler la dernière saisie</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Lights out</source>
            <translation>Extinction des lumières</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Partner logging</source>
            <translation>Saisie par le partenaire</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Review a night…</source>
            <translation>Revoir une nuit…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>History of nights…</source>
            <translation>Historique des nuits…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Summary for the doctor…</source>
            <translation>Résumé pour le médecin…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Kinds and settings…</source>
            <translation>Types et réglages…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Full screen</source>
            <translation>Plein écran</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Log %s</source>
            <translation>Saisir : %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Undo not done, nothing was changed: %s.</source>
            <translation>Annulation impossible, rien n’a été modifié : %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Nothing to undo tonight.</source>
            <translation>Rien à annuler cette nuit.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Removed: %s (it had not been saved yet)</source>
            <translation>Retiré : %s (pas encore enregistré)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Undone: %s · moved to the trash · &lt;a href='redo'&gt;Redo&lt;/a&gt;</source>
            <translation>Annulé : %s · mis à la corbeille · &lt;a href='redo'&gt;Rétablir&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Redo not done, nothing was changed: %s.</source>
            <translation>Rétablissement impossible, rien n’a été modifié : %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Restored: %s</source>
            <translation>Rétabli : %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>lights-out %s</source>
            <translation>extinction des lumières %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Lights-out not saved: %s.</source>
            <translation>Extinction des lumières non enregistrée : %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Lights out · %s</source>
            <translation>Extinction des lumières · %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Partner: ON (P)</source>
            <translation>Partenaire : ACTIF (P)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Partner (P)</source>
            <translation>Partenaire (P)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Day theme</source>
            <translation>Thème de jour</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Night theme</source>
            <translation>Thème de nuit</translation>
        </message>
    </context>
    <context>
        <name>MedicationsEditor</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Medications</source>
            <translation>Médicaments</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Medication name</source>
            <translation>Nom du médicament</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>e.g. clonazepam</source>
            <translation>p. ex. clonazépam</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Usual amount</source>
            <translation>Quantité habituelle</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Usual &amp;bedtime dose (the bedside D key logs it)</source>
            <translation>&amp;Dose habituelle du coucher (la touche D au chevet la saisit)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Usual bedtime dose</source>
            <translation>Dose habituelle du coucher</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>&amp;Archived (no longer taken; its doses stay)</source>
            <translation>&amp;Archivé (plus pris ; ses prises restent)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Archived</source>
            <translation>Archivé</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Add as new</source>
            <translation>Ajouter comme nouveau</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Add a new medication</source>
            <translation>Ajouter un nouveau médicament</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Save changes</source>
            <translation>Enregistrer les modifications</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Save the selected medication</source>
            <translation>Enregistrer le médicament sélectionné</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Delete the selected medication</source>
            <translation>Supprimer le médicament sélectionné</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Usual a&amp;mount</source>
            <translation>&amp;Quantité habituelle</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>No medications yet. Type a name (suggestions appear), then Add as new.</source>
            <translation>Aucun médicament pour l’instant. Saisissez un nom (des suggestions apparaissent), puis « Ajouter comme nouveau ».</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Added.</source>
            <translation>Ajouté.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Deleted %s.</source>
            <translation>%s supprimé.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>%s has doses, so it is kept: tick Archived instead.</source>
            <translation>%s a des prises, il est donc conservé : cochez plutôt « Archivé ».</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>The medication you typed is not added yet.</source>
            <translation>Le médicament saisi n’est pas encore ajouté.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Add it</source>
            <translation>L’ajouter</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Your changes to %1 are not saved yet.</source>
            <translation>Vos modifications de %1 ne sont pas encore enregistrées.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Save them</source>
            <translation>Les enregistrer</translation>
        </message>
    </context>
    <context>
        <name>NightCharts</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_charts.py" />
            <source>Figures of the night</source>
            <translation>Valeurs de la nuit</translation>
        </message>
    </context>
    <context>
        <name>NightEditor</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Review a night — Hypnic</source>
            <translation>Revoir une nuit — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Review a night</source>
            <translation>Revoir une nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>◀ Previous</source>
            <translation>◀ Précédente</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Previous night</source>
            <translation>Nuit précédente</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Night date</source>
            <translation>Date de la nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Next ▶</source>
            <translation>Suivante ▶</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Next night</source>
            <translation>Nuit suivante</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Tonight</source>
            <translation>Cette nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Go to tonight</source>
            <translation>Aller à cette nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Night shown</source>
            <translation>Nuit affichée</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Events of the night</source>
            <translation>Événements de la nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Event kind</source>
            <translation>Type d’événement</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Who noticed it</source>
            <translation>Qui l’a remarqué</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Add missed event…</source>
            <translation>Ajouter un événement oublié…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Add a missed event</source>
            <translation>Ajouter un événement oublié</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Move the selected events to the trash</source>
            <translation>Mettre les événements sélectionnés à la corbeille</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Show or hide the trash</source>
            <translation>Afficher ou masquer la corbeille</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Events, doses and diary of the night</source>
            <translation>Événements, prises et agenda de la nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>&amp;Events</source>
            <translation>É&amp;vénements</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Move to trash</source>
            <translation>Mettre à la corbeille</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Doses, tags and diary</source>
            <translation>Prises, étiquettes et agenda</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>&amp;Doses, tags and diary</source>
            <translation>&amp;Prises, étiquettes et agenda</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Night of %1 — %n event(s)</source>
            <translation>
                <numerusform>Nuit du %1 — %n événement</numerusform>
                <numerusform>Nuit du %1 — %n événements</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Trash (%1)</source>
            <translation>Corbeille (%1)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Self</source>
            <translation>Moi</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Added at %1.</source>
            <translation>Ajouté à %1.</translation>
        </message>
    </context>
    <context>
        <name>NightFiguresView</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Events per hour of wind-down</source>
            <translation>Événements par heure d’endormissement</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Minutes from lights-out to first event</source>
            <translation>Minutes entre l’extinction des lumières et le premier événement</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Periodic leg runs, 5–90 s</source>
            <translation>Séries périodiques de mouvements des jambes, 5–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest leg run (movements), 5–90 s</source>
            <translation>Plus longue série des jambes (mouvements), 5–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg taps in runs, 5–90 s</source>
            <translation>Saisies des jambes en série, 5–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Periodic leg runs, 10–90 s</source>
            <translation>Séries périodiques de mouvements des jambes, 10–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest leg run (movements), 10–90 s</source>
            <translation>Plus longue série des jambes (mouvements), 10–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg taps in runs, 10–90 s</source>
            <translation>Saisies des jambes en série, 10–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Partner-logged leg runs, 5–90 s</source>
            <translation>Séries des jambes saisies par le partenaire, 5–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Jerk series</source>
            <translation>Séries de secousses</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest jerk series (movements)</source>
            <translation>Plus longue série de secousses (mouvements)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Patient-reported taps, not a PLM index, not a diagnosis.</source>
            <translation>Saisies du patient : ni un indice de mouvements périodiques des jambes (PLM), ni un diagnostic.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>You</source>
            <translation>Vous</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>you</source>
            <translation>vous</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>partner</source>
            <translation>partenaire</translation>
        </message>
    </context>
    <context>
        <name>NightRecordRow</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Wind-down start</source>
            <translation>Début de l’endormissement</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Lights-out</source>
            <translation>Extinction des lumières</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Note for the night</source>
            <translation>Note sur la nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Note for the night (caffeine, a late meal…)</source>
            <translation>Note sur la nuit (caféine, repas tardif…)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>&amp;Wind-down started</source>
            <translation>&amp;Début de l’endormissement</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>&amp;Lights out</source>
            <translation>&amp;Extinction des lumières</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>N&amp;ote</source>
            <translation>N&amp;ote</translation>
        </message>
    </context>
    <context>
        <name>NightSidePanel</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose</source>
            <translation>Dose</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Doses of the night</source>
            <translation>Prises de la nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose time</source>
            <translation>Heure de la prise</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Medication</source>
            <translation>Médicament</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Amount</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose note</source>
            <translation>Note sur la prise</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Add dose</source>
            <translation>Ajouter la prise</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Add a dose</source>
            <translation>Ajouter une prise</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Save changes</source>
            <translation>Enregistrer les modifications</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Save the selected dose</source>
            <translation>Enregistrer la prise sélectionnée</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Move the selected doses to the trash</source>
            <translation>Mettre les prises sélectionnées à la corbeille</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Show or hide the doses' trash</source>
            <translation>Afficher ou masquer la corbeille des prises</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Doses in the trash</source>
            <translation>Prises dans la corbeille</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Restore the selected doses</source>
            <translation>Restaurer les prises sélectionnées</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Diary answers</source>
            <translation>Réponses de l’agenda</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>D&amp;iary…</source>
            <translation>A&amp;genda…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Answer or change the sleep diary for this night</source>
            <translation>Remplir ou modifier l’agenda du sommeil de cette nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Doses</source>
            <translation>Prises</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Evening tags</source>
            <translation>Étiquettes de la soirée</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Sleep diary</source>
            <translation>Agenda du sommeil</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose trash (%1)</source>
            <translation>Corbeille des prises (%1)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Not answered.</source>
            <translation>Sans réponse.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>quality —</source>
            <translation>qualité —</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>quality %1 (%2)</source>
            <translation>qualité %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose added.</source>
            <translation>Prise ajoutée.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose changed.</source>
            <translation>Prise modifiée.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>The dose you typed is not added yet.</source>
            <translation>La prise saisie n’est pas encore ajoutée.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Add it</source>
            <translation>L’ajouter</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Your changes to the dose at %1 are not saved yet.</source>
            <translation>Vos modifications de la prise de %1 ne sont pas encore enregistrées.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Save them</source>
            <translation>Les enregistrer</translation>
        </message>
    </context>
    <context>
        <name>NightTimeline</name>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Align at lights-out</source>
            <translation>Aligner sur l’extinction des lumières</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Show minutes since lights-out instead of clock time</source>
            <translation>Afficher les minutes depuis l’extinction des lumières au lieu de l’heure</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Filled: you · hollow: partner · shaded: periodic runs (5–90 s)</source>
            <translation>Plein : vous · creux : partenaire · ombré : séries périodiques (5–90 s)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Event under the pointer</source>
            <translation>Événement sous le pointeur</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Timeline of the night</source>
            <translation>Chronologie de la nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>wind-down</source>
            <translation>endormissement</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>lights out</source>
            <translation>extinction des lumières</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>No events this night.</source>
            <translation>Aucun événement cette nuit.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>%n event(s) from %1 to %2 (%3).</source>
            <translation>
                <numerusform>%n événement de %1 à %2 (%3).</numerusform>
                <numerusform>%n événements de %1 à %2 (%3).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Shaded: %n periodic leg run(s), 5–90 s.</source>
            <translation>
                <numerusform>Ombré : %n série périodique des jambes, 5–90 s.</numerusform>
                <numerusform>Ombré : %n séries périodiques des jambes, 5–90 s.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>The table of events lists each one.</source>
            <translation>Le tableau des événements les liste un par un.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>by partner</source>
            <translation>par le partenaire</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>by you</source>
            <translation>par vous</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>%s min after lights-out</source>
            <translation>%s min après l’extinction des lumières</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Point at a mark to see its exact time; drag or scroll to pan and zoom.</source>
            <translation>Pointez un repère pour voir son heure exacte ; faites glisser ou défiler pour déplacer et zoomer.</translation>
        </message>
    </context>
    <context>
        <name>NoteDelegate</name>
        <message>
            <location filename="../../src/hypnic/ui/review/event_delegates.py" />
            <source>Event note</source>
            <translation>Note sur l’événement</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <location filename="../../src/hypnic/ui/common/locale_text.py" />
            <source>%1%</source>
            <extracomment>The percent sign as the language writes it after a number (French and German add a narrow no-break space: "%1 %").</extracomment>
            <translation>%1 %</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/locale_text.py" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/locale_text.py" />
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
    </context>
    <context>
        <name>PatientForm</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Patient name</source>
            <translation>Nom du patient</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>YYYY-MM-DD, optional</source>
            <translation>AAAA-MM-JJ, facultatif</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Save the patient's details</source>
            <translation>Enregistrer les données du patient</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Printed in the header of the summary for the doctor.</source>
            <translation>Imprimé dans l’en-tête du résumé pour le médecin.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Date of &amp;birth</source>
            <translation>Date de &amp;naissance</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesPage</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Day boundary</source>
            <translation>Limite du jour</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>&amp;Day boundary</source>
            <translation>&amp;Limite du jour</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Events before this time belong to the previous night.</source>
            <translation>Les événements avant cette heure appartiennent à la nuit précédente.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Automatic (night theme in the hours below)</source>
            <translation>Automatique (thème de nuit aux heures ci-dessous)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Always night</source>
            <translation>Toujours nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Always day</source>
            <translation>Toujours jour</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>&amp;Theme</source>
            <translation>T&amp;hème</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Night theme from</source>
            <translation>Thème de nuit à partir de</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Night theme &amp;from</source>
            <translation>Thème de nuit à &amp;partir de</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Night theme until</source>
            <translation>Thème de nuit jusqu’à</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Night theme &amp;until</source>
            <translation>Thème de nuit &amp;jusqu’à</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Dimmer, percent darker</source>
            <translation>Assombrissement, en pourcentage</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Di&amp;mmer</source>
            <translation>A&amp;ssombrir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>Rescue</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>Taps not saved</source>
            <translation>Saisies non enregistrées</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>%n tap(s) could not be saved to the store. Write them to a file first?</source>
            <translation>
                <numerusform>%n saisie n’a pas pu être enregistrée. L’écrire d’abord dans un fichier ?</numerusform>
                <numerusform>%n saisies n’ont pas pu être enregistrées. Les écrire d’abord dans un fichier ?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>You can import that file later with 'hypnic import'.</source>
            <translation>Vous pourrez importer ce fichier plus tard avec « hypnic import ».</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>Save to file…</source>
            <translation>Enregistrer dans un fichier…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>Quit without saving</source>
            <translation>Quitter sans enregistrer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>Save unsaved taps</source>
            <translation>Enregistrer les saisies non enregistrées</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>Not written</source>
            <translation>Non écrit</translation>
        </message>
    </context>
    <context>
        <name>SettingsWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Kinds and settings — Hypnic</source>
            <translation>Types et réglages — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Kinds and settings</source>
            <translation>Types et réglages</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Settings pages</source>
            <translation>Pages des réglages</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>&amp;Kinds</source>
            <translation>&amp;Types</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>&amp;Preferences</source>
            <translation>&amp;Préférences</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>&amp;Medications</source>
            <translation>&amp;Médicaments</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>T&amp;ags</source>
            <translation>Éti&amp;quettes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Pa&amp;tient</source>
            <translation>Pa&amp;tient</translation>
        </message>
    </context>
    <context>
        <name>Shapes</name>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>triangle</source>
            <translation>triangle</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>square</source>
            <translation>carré</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>diamond</source>
            <translation>losange</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>circle</source>
            <translation>cercle</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>star</source>
            <translation>étoile</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>pentagon</source>
            <translation>pentagone</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>hexagon</source>
            <translation>hexagone</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>triangle down</source>
            <translation>triangle pointe en bas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>plus</source>
            <translation>plus</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>cross</source>
            <translation>croix</translation>
        </message>
    </context>
    <context>
        <name>SleepQuality</name>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>very poor</source>
            <translation>très mauvaise</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>poor</source>
            <translation>mauvaise</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>fair</source>
            <translation>passable</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>good</source>
            <translation>bonne</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>very good</source>
            <translation>très bonne</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>The backup was not restored: %s</source>
            <translation>La sauvegarde n’a pas été restaurée : %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Restored %s. The previous store is kept as %s.</source>
            <translation>%s restaurée. Les données précédentes sont conservées sous %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Hypnic's store is damaged, and there is no good backup to restore.</source>
            <translation>Les données de Hypnic sont endommagées et aucune sauvegarde intacte ne peut être restaurée.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Hypnic's store is damaged.</source>
            <translation>Les données de Hypnic sont endommagées.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Restore the newest good backup (%s)? The damaged file is kept aside, not deleted.</source>
            <translation>Restaurer la sauvegarde intacte la plus récente (%s) ? Le fichier endommagé est mis de côté, pas supprimé.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Store: %s
What is wrong: %s
Backup to restore: %s</source>
            <translation>Données : %s
Problème : %s
Sauvegarde à restaurer : %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Restore the backup</source>
            <translation>Restaurer la sauvegarde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>SummaryWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Summary for the doctor</source>
            <translation>Résumé pour le médecin</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>As the locale suggests</source>
            <translation>Selon l’usage du pays</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>One to two pages for your neurologist, readable in black and white: how often, when in the night, in what pattern, and whether a medication changed it.</source>
            <translation>Une à deux pages pour votre neurologue, lisibles en noir et blanc : à quelle fréquence, à quel moment de la nuit, selon quel schéma, et si un médicament y a changé quelque chose.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>&amp;First night</source>
            <translation>&amp;Première nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>&amp;Last night</source>
            <translation>&amp;Dernière nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Patient &amp;name</source>
            <translation>&amp;Nom du patient</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Pa&amp;per</source>
            <translation>Pa&amp;pier</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>First night</source>
            <translation>Première nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Last night</source>
            <translation>Dernière nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Patient name</source>
            <translation>Nom du patient</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Paper size</source>
            <translation>Format du papier</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Print pre&amp;view…</source>
            <translation>&amp;Aperçu avant impression…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>P&amp;rint…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>&amp;Save as PDF…</source>
            <translation>Enregistrer en P&amp;DF…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Summary preview</source>
            <translation>Aperçu du résumé</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Sent to the printer.</source>
            <translation>Envoyé à l’imprimante.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Save the summary as PDF</source>
            <translation>Enregistrer le résumé en PDF</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Saved %n page(s) to %1.</source>
            <translation>
                <numerusform>%n page enregistrée dans %1.</numerusform>
                <numerusform>%n pages enregistrées dans %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>The first night is after the last night.</source>
            <translation>La première nuit est après la dernière.</translation>
        </message>
    </context>
    <context>
        <name>Tags</name>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Caffeine after 16:00</source>
            <translation>Caféine après 16 h</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Alcohol</source>
            <translation>Alcool</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Exercise</source>
            <translation>Sport</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Stress</source>
            <translation>Stress</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Heat</source>
            <translation>Chaleur</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Late meal</source>
            <translation>Repas tardif</translation>
        </message>
    </context>
    <context>
        <name>TagsEditor</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Evening tags</source>
            <translation>Étiquettes de la soirée</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Tag name</source>
            <translation>Nom de l’étiquette</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Name of the tag</source>
            <translation>Nom de l’étiquette</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Add a tag</source>
            <translation>Ajouter une étiquette</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>&amp;Rename</source>
            <translation>&amp;Renommer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Rename the tag</source>
            <translation>Renommer l’étiquette</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Arc&amp;hive</source>
            <translation>Arc&amp;hiver</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Archive the tag</source>
            <translation>Archiver l’étiquette</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Delete the tag</source>
            <translation>Supprimer l’étiquette</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Tags mark what else happened in an evening; T at the bedside sets them.</source>
            <translation>Les étiquettes notent ce qui s’est passé d’autre dans la soirée ; la touche T au chevet les pose.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>  (archived)</source>
            <translation>  (archivée)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Unarc&amp;hive</source>
            <translation>Désarc&amp;hiver</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Added.</source>
            <translation>Ajoutée.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Renamed.</source>
            <translation>Renommée.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Done.</source>
            <translation>C’est fait.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Deleted.</source>
            <translation>Supprimée.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Some nights have this tag: archive it instead.</source>
            <translation>Certaines nuits portent cette étiquette : archivez-la plutôt.</translation>
        </message>
    </context>
    <context>
        <name>TagToggles</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>+ your own tag</source>
            <translation>+ votre étiquette</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Add a tag of your own</source>
            <translation>Ajouter votre propre étiquette</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Tag: %s</source>
            <translation>Étiquette : %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Tag not added: %s.</source>
            <translation>Étiquette non ajoutée : %s.</translation>
        </message>
    </context>
    <context>
        <name>TimeDelegate</name>
        <message>
            <location filename="../../src/hypnic/ui/review/event_delegates.py" />
            <source>Event time</source>
            <translation>Heure de l’événement</translation>
        </message>
    </context>
    <context>
        <name>TimeEntry</name>
        <message>
            <location filename="../../src/hypnic/ui/common/time_entry.py" />
            <source>first</source>
            <translation>premier</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/time_entry.py" />
            <source>second</source>
            <translation>second</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/time_entry.py" />
            <source>Which one?</source>
            <translation>Lequel ?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/time_entry.py" />
            <source>Nothing was changed.</source>
            <translation>Rien n’a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Lights out (L)</source>
            <translation>Lumières éteintes (L)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Record lights-out now</source>
            <translation>Noter l’extinction des lumières maintenant</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Partner (P)</source>
            <translation>Partenaire (P)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Partner logging</source>
            <translation>Saisie par le partenaire</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Day theme</source>
            <translation>Thème de jour</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Switch theme</source>
            <translation>Changer de thème</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Dim</source>
            <translation>Assombrir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Brightness dimmer</source>
            <translation>Atténuation de la luminosité</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Menu ▾</source>
            <translation>Menu ▾</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Review, history, summary, settings</source>
            <translation>Revoir, historique, résumé, réglages</translation>
        </message>
    </context>
    <context>
        <name>TrashPanel</name>
        <message>
            <location filename="../../src/hypnic/ui/review/trash_panel.py" />
            <source>Trash of the night</source>
            <translation>Corbeille de la nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/trash_panel.py" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/trash_panel.py" />
            <source>Restore the selected events from the trash</source>
            <translation>Restaurer depuis la corbeille les événements sélectionnés</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/trash_panel.py" />
            <source>Trash (deleted events of this night)</source>
            <translation>Corbeille (événements supprimés de cette nuit)</translation>
        </message>
    </context>
    <context>
        <name>UnsavedTyping</name>
        <message>
            <location filename="../../src/hypnic/ui/common/unsaved_typing.py" />
            <source>Not saved yet</source>
            <translation>Pas encore enregistré</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/unsaved_typing.py" />
            <source>Discard it</source>
            <translation>L’abandonner</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/unsaved_typing.py" />
            <source>Keep editing</source>
            <translation>Continuer la saisie</translation>
        </message>
    </context>
</TS>
