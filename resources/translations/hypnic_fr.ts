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
        <name>app</name>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Cannot start — Hypnic</source>
            <translation>Démarrage impossible — Hypnic</translation>
        </message>
    </context>
    <context>
        <name>BackupsWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Backups — Hypnic</source>
            <translation>Sauvegardes — Hypnic</translation>
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
            <source>No backups yet: the first is made when Hypnic closes after the store has changed, or before an import.</source>
            <translation>Aucune sauvegarde pour l’instant : la première est faite quand Hypnic se ferme après une modification des données, ou avant une importation.</translation>
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
            <source>%1, %2</source>
            <translation>%1, %2</translation>
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
        <name>BedsideKeys</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>%1 or %2</source>
            <translation>%1 ou %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Hypnic logs the jerks, kicks and odd sensations that come while you fall asleep: one key or one tap each time. Next day you review the night; the summary is for your neurologist. Everything stays on this computer.</source>
            <translation>Hypnic note les secousses, les coups de pied et les sensations étranges qui surviennent pendant l’endormissement : une touche ou un appui à chaque fois. Le lendemain, vous revoyez la nuit ; le résumé est destiné à votre neurologue. Tout reste sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>jerk</source>
            <translation>secousse</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>leg kick</source>
            <translation>coup de pied</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>deep itch</source>
            <translation>démangeaison profonde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>further kinds you switched on (eyelid twitch, hiccup, burning, your own …)</source>
            <translation>autres types que vous avez activés (paupière qui tressaute, hoquet, brûlure, les vôtres…)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>lights out (now)</source>
            <translation>extinction des lumières (maintenant)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>nothing tonight: mark the night quiet (a tap later makes it not quiet again)</source>
            <translation>rien cette nuit : marquer la nuit comme calme (une saisie plus tard annule ce marquage)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>undo the last tap (or dose, lights-out, quiet mark)</source>
            <translation>annuler la dernière saisie (ou prise, extinction des lumières, marque de nuit calme)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>redo</source>
            <translation>rétablir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>partner switch: taps count as the bed partner's until switched back</source>
            <translation>mode partenaire : les saisies comptent pour le partenaire jusqu’à ce qu’on revienne</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>log the usual bedtime doses (undo with Ctrl+Z like a tap)</source>
            <translation>saisir les doses habituelles du coucher (annuler avec Ctrl+Z comme une saisie)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>tonight's tags, note and when the symptoms began</source>
            <translation>étiquettes et note de ce soir, et l’heure où les symptômes ont commencé</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>this list of keys and what Hypnic is for (F1 or Escape closes it)</source>
            <translation>cette liste des touches et à quoi sert Hypnic (F1 ou Échap la ferme)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>full screen</source>
            <translation>plein écran</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>the other theme until the next automatic switch (again to go back)</source>
            <translation>l’autre thème jusqu’au prochain changement automatique (encore une fois pour revenir)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>brighter, dimmer</source>
            <translation>plus clair, plus sombre</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>rest test: a dim timer for sitting still (Escape twice stops it early)</source>
            <translation>test de repos : un minuteur discret pour rester immobile (deux fois Échap l’arrête plus tôt)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>review a night, history, summary for the doctor, kinds &amp; settings</source>
            <translation>revoir une nuit, historique, résumé pour le médecin, types et réglages</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>backups of the store</source>
            <translation>sauvegardes des données</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>export, import, prepare for the clinic</source>
            <translation>exporter, importer, préparer la consultation</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>quit (if a tap could not be saved, you are offered a file to keep it in)</source>
            <translation>quitter (si une saisie n’a pas pu être enregistrée, un fichier vous est proposé pour la conserver)</translation>
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
            <source>Undo</source>
            <translation>Annuler</translation>
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
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>%s; they are written as soon as it is free.</source>
            <translation>%s ; elles seront écrites dès que possible.</translation>
        </message>
    </context>
    <context>
        <name>ClinicWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Prepare for the clinic — Hypnic</source>
            <translation>Préparer la consultation — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Prepare for the clinic</source>
            <translation>Préparer la consultation</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Hypnic writes three files into a folder you choose: the summary for your neurologist (PDF), a record a clinic's computer system can read (HL7 FHIR) and a table of every event (CSV). Nothing is sent anywhere: you take the folder to the clinic, or send it yourself.</source>
            <translation>Hypnic écrit trois fichiers dans un dossier de votre choix : le résumé pour votre neurologue (PDF), un dossier que le système informatique d’un établissement de soins peut lire (HL7 FHIR) et un tableau de tous les événements (CSV). Rien n’est envoyé nulle part : vous apportez le dossier à la consultation, ou vous l’envoyez vous-même.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Nights (those of the summary unless you change them):</source>
            <translation>Nuits (celles du résumé, sauf si vous les changez) :</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>&amp;Choose a folder and write the files…</source>
            <translation>&amp;Choisir un dossier et écrire les fichiers…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Choose a folder and write the three files</source>
            <translation>Choisir un dossier et y écrire les trois fichiers</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>What is in the folder</source>
            <translation>Contenu du dossier</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>&amp;Open the folder</source>
            <translation>&amp;Ouvrir le dossier</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Open the folder in the file manager</source>
            <translation>Ouvrir le dossier dans le gestionnaire de fichiers</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Close the clinic window</source>
            <translation>Fermer la fenêtre de la consultation</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>The first night is after the last night.</source>
            <translation>La première nuit est après la dernière.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Choose the folder for the clinic</source>
            <translation>Choisir le dossier pour la consultation</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>the summary to print or show</source>
            <translation>le résumé à imprimer ou à montrer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>the record for a clinic's system</source>
            <translation>le dossier pour le système de l’établissement</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>the table of events</source>
            <translation>le tableau des événements</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Written into %1, for the nights %2 to %3:</source>
            <translation>Écrits dans %1, pour les nuits du %2 au %3 :</translation>
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
        <name>CloseKeys</name>
        <message>
            <location filename="../../src/hypnic/ui/common/close_keys.py" />
            <source>Close</source>
            <translation>Fermer</translation>
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
            <source>A dose of each medication: median taps per night, with / without</source>
            <translation>Une dose de chaque médicament : médiane des saisies par nuit, avec / sans</translation>
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
            <source>Nights with / without</source>
            <translation>Nuits avec / sans</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>Taps per night</source>
            <translation>Saisies par nuit</translation>
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
            <source>Something went wrong — Hypnic</source>
            <translation>Une erreur s’est produite — Hypnic</translation>
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
            <source>Tags, note and when the symptoms began, for tonight</source>
            <translation>Étiquettes, note et heure de début des symptômes, pour ce soir</translation>
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
            <source>Tags and note for tonight</source>
            <translation>Étiquettes et note de ce soir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Symptoms started at</source>
            <translation>Symptômes apparus à</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>My symptoms started now</source>
            <translation>Mes symptômes viennent de commencer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>&amp;Symptoms started at</source>
            <translation>&amp;Symptômes apparus à</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Not saved: %s.</source>
            <translation>Non enregistré : %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Symptoms started at %s</source>
            <translation>Symptômes apparus à %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>symptoms from %s</source>
            <translation>symptômes depuis %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>quiet night</source>
            <translation>nuit calme</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Bedtime dose already logged at %s — press D again to log another.</source>
            <translation>Dose du coucher déjà saisie à %s — appuyez de nouveau sur D pour en saisir une autre.</translation>
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
            <source>Note kept. Keys log taps again.</source>
            <translation>Note conservée. Les touches enregistrent de nouveau les saisies.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Keys log taps again.</source>
            <translation>Les touches enregistrent de nouveau les saisies.</translation>
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
        <name>ExportWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Export — Hypnic</source>
            <translation>Exporter — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Save your nights in a file. Nothing leaves this computer unless you take or send the file yourself.</source>
            <translation>Enregistrez vos nuits dans un fichier. Rien ne quitte cet ordinateur, sauf si vous emportez ou envoyez le fichier vous-même.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>What to export</source>
            <translation>Que faut-il exporter</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Table of events (&amp;CSV), to open in a spreadsheet</source>
            <translation>Tableau des événements (&amp;CSV), à ouvrir dans un tableur</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Full &amp;backup (JSON): everything Hypnic holds, to move to a new computer</source>
            <translation>&amp;Sauvegarde complète (JSON) : tout ce que contient Hypnic, pour passer à un nouvel ordinateur</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Clinic &amp;record (HL7 FHIR), for a clinic's computer system</source>
            <translation>&amp;Dossier clinique (HL7 FHIR), pour le système informatique d’un établissement de soins</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Which nights</source>
            <translation>Quelles nuits</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>&amp;Only these nights:</source>
            <translation>&amp;Seulement ces nuits :</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Only these nights</source>
            <translation>Seulement ces nuits</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Export result</source>
            <translation>Résultat de l’exportation</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Export to a file</source>
            <translation>Exporter vers un fichier</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Close the export window</source>
            <translation>Fermer la fenêtre d’exportation</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>&amp;All nights (none recorded yet)</source>
            <translation>&amp;Toutes les nuits (aucune enregistrée pour l’instant)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>&amp;All nights (%1 to %2)</source>
            <translation>&amp;Toutes les nuits (du %1 au %2)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>The first night is after the last night.</source>
            <translation>La première nuit est après la dernière.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Tables (*.csv)</source>
            <translation>Tableaux (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Hypnic backups (*.json)</source>
            <translation>Sauvegardes Hypnic (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>FHIR bundles (*.json)</source>
            <translation>Bundles FHIR (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Exported %n event(s) to %1.</source>
            <translation>
                <numerusform>%n événement exporté vers %1.</numerusform>
                <numerusform>%n événements exportés vers %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>On the new computer, open Hypnic and choose Menu → Import… with this file.</source>
            <translation>Sur le nouvel ordinateur, ouvrez Hypnic et choisissez Menu → Importer… avec ce fichier.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Hypnic %1.</source>
            <translation>Hypnic %1.</translation>
        </message>
    </context>
    <context>
        <name>HelpPanel</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/around_taps.py" />
            <source>Keys and help</source>
            <translation>Touches et aide</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>Help: bedside keys</source>
            <translation>Aide : touches au chevet</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>Bedside keys and what Hypnic is for</source>
            <translation>Touches au chevet et à quoi sert Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>Hypnic at the bedside</source>
            <translation>Hypnic au chevet</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>Your kinds now:</source>
            <translation>Vos types actuels :</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>F1 or Escape closes this help.</source>
            <translation>F1 ou Échap ferme cette aide.</translation>
        </message>
    </context>
    <context>
        <name>HistoryOnset</name>
        <message>
            <location filename="../../src/hypnic/ui/charts/history_onset.py" />
            <source>When the evening symptoms began, night by night</source>
            <translation>Heure de début des symptômes du soir, nuit par nuit</translation>
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
            <source>When in the night — one row per night, newest on top; boxed: leg run (5–90 s), dashed box: jerk series</source>
            <translation>À quel moment de la nuit — une ligne par nuit, la plus récente en haut ; encadré : série de jambes (5–90 s), encadré en tirets : série de secousses</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Taps per night — points: each night; line: 7-night median</source>
            <translation>Saisies par nuit — points : chaque nuit ; ligne : médiane sur 7 nuits</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Intervals between leg taps</source>
            <translation>Intervalles entre les saisies de jambes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Counts and intervals</source>
            <translation>Nombres et intervalles</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Evening symptoms: onset — line: 7-night median</source>
            <translation>Symptômes du soir : début — ligne : médiane sur 7 nuits</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Charts of the nights</source>
            <translation>Graphiques des nuits</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%1 – %2: %3 of %4 nights logged, %5 of them quiet (patient-reported taps)</source>
            <translation>%1 – %2 : %3 nuits enregistrées sur %4, dont %5 calmes (saisies du patient)</translation>
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
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>No night in these says when the symptoms began.</source>
            <translation>Aucune de ces nuits n’indique quand les symptômes ont commencé.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%n night(s) say when the evening symptoms began; the median is %1.</source>
            <translation>
                <numerusform>%n nuit indique quand les symptômes du soir ont commencé ; la médiane est %1.</numerusform>
                <numerusform>%n nuits indiquent quand les symptômes du soir ont commencé ; la médiane est %1.</numerusform>
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
            <source>Night to open</source>
            <translation>Nuit à ouvrir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>&amp;Open the night of</source>
            <translation>&amp;Ouvrir la nuit du</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>Open the night chosen</source>
            <translation>Ouvrir la nuit choisie</translation>
        </message>
    </context>
    <context>
        <name>ImportWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import — Hypnic</source>
            <translation>Importer — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Add nights from a file: a Hypnic table (CSV) or backup (JSON), or an export of Sleep as Android. You see what would be added before anything changes.</source>
            <translation>Ajouter des nuits depuis un fichier : un tableau (CSV) ou une sauvegarde (JSON) de Hypnic, ou une exportation de Sleep as Android. Vous voyez ce qui serait ajouté avant que rien ne change.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Find out from the file</source>
            <translation>Déterminer d’après le fichier</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Hypnic (CSV or JSON backup)</source>
            <translation>Hypnic (CSV ou sauvegarde JSON)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Sleep as Android (CSV)</source>
            <translation>Sleep as Android (CSV)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Kind of file</source>
            <translation>Type de fichier</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>&amp;Choose a file…</source>
            <translation>&amp;Choisir un fichier…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Choose a file to import</source>
            <translation>Choisir un fichier à importer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>&amp;Kind of file</source>
            <translation>&amp;Type de fichier</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>What the import would add</source>
            <translation>Ce que l’importation ajouterait</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Choose a file to see what it would add.</source>
            <translation>Choisissez un fichier pour voir ce qu’il ajouterait.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import result</source>
            <translation>Résultat de l’importation</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import what the preview shows</source>
            <translation>Importer ce que montre l’aperçu</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Cancel: import nothing and close</source>
            <translation>Annuler : ne rien importer et fermer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Hypnic and Sleep as Android files (*.csv *.json);;All files (*)</source>
            <translation>Fichiers Hypnic et Sleep as Android (*.csv *.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Reading %1… A big file can take a minute or more.</source>
            <translation>Lecture de %1… Un gros fichier peut prendre une minute ou plus.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import (reading the file…) — Hypnic</source>
            <translation>Importer (lecture du fichier…) — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Nothing has changed. Choose another file, or Close.</source>
            <translation>Rien n’a changé. Choisissez un autre fichier, ou Fermer.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Hypnic imports a file whole or not at all: tick the box above to add these kinds, or Cancel.</source>
            <translation>Hypnic importe un fichier en entier ou pas du tout : cochez la case ci-dessus pour ajouter ces types, ou Annuler.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Nothing has changed yet. Import, or Cancel?</source>
            <translation>Rien n’a encore changé. Importer ou Annuler ?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import (importing…) — Hypnic</source>
            <translation>Importer (importation…) — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Importing… A big file can take a minute or more.</source>
            <translation>Importation… Un gros fichier peut prendre une minute ou plus.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>%1 Nothing was imported; your data is as it was.</source>
            <translation>%1 Rien n’a été importé ; vos données sont inchangées.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Imported. A copy of your data as it was before is kept in Backups.</source>
            <translation>Importé. Une copie de vos données telles qu’elles étaient avant est conservée dans Sauvegardes.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Nothing was imported: it was all there already.</source>
            <translation>Rien n’a été importé : tout y était déjà.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>ImportWording</name>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the day boundary</source>
            <translation>la limite du jour</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>your name</source>
            <translation>votre nom</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>your date of birth</source>
            <translation>votre date de naissance</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 et %n autre</numerusform>
                <numerusform>%1 et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Hypnic backup (JSON).</source>
            <translation>%1 est une sauvegarde Hypnic (JSON).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Hypnic table of events (CSV).</source>
            <translation>%1 est un tableau des événements Hypnic (CSV).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Sleep as Android export (CSV).</source>
            <translation>%1 est un export de Sleep as Android (CSV).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Hypnic backup (JSON), found from what the file holds.</source>
            <translation>%1 est une sauvegarde Hypnic (JSON), reconnue d’après son contenu.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Hypnic table of events (CSV), found from what the file holds.</source>
            <translation>%1 est un tableau des événements Hypnic (CSV), reconnu d’après son contenu.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Sleep as Android export (CSV), found from what the file holds.</source>
            <translation>%1 est un export de Sleep as Android (CSV), reconnu d’après son contenu.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>It holds %n sleep record(s).</source>
            <translation>
                <numerusform>Il contient %n enregistrement de sommeil.</numerusform>
                <numerusform>Il contient %n enregistrements de sommeil.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>Everything in it is already in Hypnic: nothing was added.</source>
            <translation>Tout son contenu est déjà dans Hypnic : rien n’a été ajouté.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>Everything in it is already in Hypnic: importing it would change nothing.</source>
            <translation>Tout son contenu est déjà dans Hypnic : l’importer ne changerait rien.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>Added:</source>
            <translation>Ajouté :</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>Importing it would add:</source>
            <translation>L’importation ajouterait :</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>Already in Hypnic, so left as it is:</source>
            <translation>Déjà dans Hypnic, donc laissé tel quel :</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n événement</numerusform>
                <numerusform>%n événements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n dose(s)</source>
            <translation>
                <numerusform>%n prise</numerusform>
                <numerusform>%n prises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the lights-out, times and notes of %n night(s)</source>
            <translation>
                <numerusform>l’extinction des lumières, les heures et les notes de %n nuit</numerusform>
                <numerusform>l’extinction des lumières, les heures et les notes de %n nuits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the tags of %n night(s)</source>
            <translation>
                <numerusform>les étiquettes de %n nuit</numerusform>
                <numerusform>les étiquettes de %n nuits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the morning diary of %n night(s)</source>
            <translation>
                <numerusform>le journal du matin de %n nuit</numerusform>
                <numerusform>le journal du matin de %n nuits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n rest test(s)</source>
            <translation>
                <numerusform>%n test de repos</numerusform>
                <numerusform>%n tests de repos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n new kind(s): %1</source>
            <translation>
                <numerusform>%n nouveau type : %1</numerusform>
                <numerusform>%n nouveaux types : %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n kind(s) as the file names and colours them: %1</source>
            <translation>
                <numerusform>%n type nommé et coloré comme dans le fichier : %1</numerusform>
                <numerusform>%n types nommés et colorés comme dans le fichier : %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n new medication(s): %1</source>
            <translation>
                <numerusform>%n nouveau médicament : %1</numerusform>
                <numerusform>%n nouveaux médicaments : %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n new tag(s): %1</source>
            <translation>
                <numerusform>%n nouvelle étiquette : %1</numerusform>
                <numerusform>%n nouvelles étiquettes : %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the file's settings: %1</source>
            <translation>les réglages du fichier : %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n event(s) (skipped)</source>
            <translation>
                <numerusform>%n événement (ignoré)</numerusform>
                <numerusform>%n événements (ignorés)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n dose(s) (skipped)</source>
            <translation>
                <numerusform>%n prise (ignorée)</numerusform>
                <numerusform>%n prises (ignorées)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the records of %n night(s) (kept as they are)</source>
            <translation>
                <numerusform>les données de %n nuit (laissées telles quelles)</numerusform>
                <numerusform>les données de %n nuits (laissées telles quelles)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the tags or diary of %n night(s) (kept as they are)</source>
            <translation>
                <numerusform>les étiquettes ou le journal de %n nuit (laissés tels quels)</numerusform>
                <numerusform>les étiquettes ou le journal de %n nuits (laissés tels quels)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n rest test(s) (skipped)</source>
            <translation>
                <numerusform>%n test de repos (ignoré)</numerusform>
                <numerusform>%n tests de repos (ignorés)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>lights-out on %n night(s)</source>
            <translation>
                <numerusform>l’extinction des lumières de %n nuit</numerusform>
                <numerusform>l’extinction des lumières de %n nuits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the comment as the note of %n night(s)</source>
            <translation>
                <numerusform>le commentaire comme note de %n nuit</numerusform>
                <numerusform>le commentaire comme note de %n nuits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the comment below the note already on %n night(s)</source>
            <translation>
                <numerusform>le commentaire sous la note déjà présente de %n nuit</numerusform>
                <numerusform>le commentaire sous la note déjà présente de %n nuits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>tags on %n night(s)</source>
            <translation>
                <numerusform>des étiquettes sur %n nuit</numerusform>
                <numerusform>des étiquettes sur %n nuits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the lights-out already recorded on %n night(s)</source>
            <translation>
                <numerusform>l’extinction des lumières déjà enregistrée de %n nuit</numerusform>
                <numerusform>l’extinction des lumières déjà enregistrée de %n nuits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n night(s) already up to date</source>
            <translation>
                <numerusform>%n nuit déjà à jour</numerusform>
                <numerusform>%n nuits déjà à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>&amp;Add the kind(s) this file uses that are not in your list: %1</source>
            <translation>
                <numerusform>&amp;Ajouter le type que ce fichier utilise et qui manque à votre liste : %1</numerusform>
                <numerusform>&amp;Ajouter les %n types que ce fichier utilise et qui manquent à votre liste : %1</numerusform>
            </translation>
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
            <source>partner's · yours %s</source>
            <translation>partenaire · les vôtres %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>yours · partner %s</source>
            <translation>les vôtres · partenaire %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>yours tonight</source>
            <translation>les vôtres cette nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>Partner %1 tonight, yours %2. Key %3.</source>
            <translation>Partenaire cette nuit : %1, les vôtres : %2. Touche %3.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>%1 tonight, partner %2. Key %3.</source>
            <translation>%1 cette nuit, partenaire : %2. Touche %3.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>%1 tonight. Key %3.</source>
            <translation>%1 cette nuit. Touche %3.</translation>
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
            <location filename="../../src/hypnic/ui/bedside/around_taps.py" />
            <source>Rest &amp;test…</source>
            <translation>&amp;Test de repos…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/day_menu.py" />
            <source>Back&amp;ups…</source>
            <translation>Sa&amp;uvegardes…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/day_menu.py" />
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/day_menu.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/day_menu.py" />
            <source>Prepare for the &amp;clinic…</source>
            <translation>Préparer la &amp;consultation…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Bedside (DEMO, nothing here is real) — Hypnic</source>
            <translation>Au chevet (DÉMO, rien n’est réel ici) — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Bedside — Hypnic</source>
            <translation>Au chevet — Hypnic</translation>
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
            <source>&amp;Review a night…</source>
            <translation>&amp;Revoir une nuit…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;History of nights…</source>
            <translation>&amp;Historique des nuits…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Summary for the doctor…</source>
            <translation>Résumé pour le &amp;médecin…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Kinds and settings…</source>
            <translation>&amp;Types et réglages…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Day or &amp;night theme for now</source>
            <translation>Thème de jour ou de &amp;nuit pour l’instant</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Brighter</source>
            <translation>Plus &amp;clair</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Dimmer</source>
            <translation>Plus &amp;sombre</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Full screen</source>
            <translation>&amp;Plein écran</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
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
            <source>Undone: %s</source>
            <translation>Annulé : %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Removed: %s (it had not been saved yet)</source>
            <translation>Retiré : %s (pas encore enregistré)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Undone: %s · moved to the trash</source>
            <translation>Annulé : %s · placé dans la corbeille</translation>
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
            <source>Undo %s</source>
            <translation>Annuler : %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Redo %s</source>
            <translation>Rétablir : %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>quiet night</source>
            <translation>nuit calme</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>symptoms started at %s</source>
            <translation>symptômes apparus à %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>lights-out %s</source>
            <translation>extinction des lumières %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>partner's %1 %2</source>
            <translation>%1 du partenaire %2</translation>
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
            <source>Lights out (L)</source>
            <translation>Lumières éteintes (L)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Record lights-out now</source>
            <translation>Noter l’extinction des lumières maintenant</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Lights out %s (L)</source>
            <translation>Lumières éteintes %s (L)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Lights-out is %s; press to record it again now</source>
            <translation>Extinction des lumières à %s ; appuyez pour la noter de nouveau maintenant</translation>
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
            <location filename="../../src/hypnic/window_session.py" />
            <source>Taps not saved when Hypnic was last closed are kept in %s. Add them to the store with Menu → Import…, or with: hypnic%s import FILE</source>
            <translation>Les saisies non enregistrées à la dernière fermeture de Hypnic sont conservées dans %s. Ajoutez-les aux données avec Menu → Importer…, ou avec : hypnic%s import FICHIER</translation>
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
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Add a missed event</source>
            <translation>Ajouter un événement oublié</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Move to trash</source>
            <translation>Mettre à la corbeille</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>There is no later night yet: this is tonight.</source>
            <translation>Il n’y a pas encore de nuit suivante : c’est celle de ce soir.</translation>
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
            <source>Night of %1 — Hypnic</source>
            <translation>Nuit du %1 — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Added at %1.</source>
            <translation>Ajouté à %1.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Events of the night</source>
            <translation>Événements de la nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Event kind</source>
            <translation>Type d’événement</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Who noticed it</source>
            <translation>Qui l’a remarqué</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Add missed event…</source>
            <translation>Ajouter un événement oublié…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Move the selected events to the trash</source>
            <translation>Mettre les événements sélectionnés à la corbeille</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Show or hide the trash</source>
            <translation>Afficher ou masquer la corbeille</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Trash (%1)</source>
            <translation>Corbeille (%1)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Self</source>
            <translation>Moi</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
    </context>
    <context>
        <name>NightFiguresView</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Taps per hour of wind-down</source>
            <translation>Saisies par heure d’endormissement</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Minutes lights-out to first tap</source>
            <translation>Minutes entre l’extinction des lumières et la première saisie</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Taps after the wind-down</source>
            <translation>Saisies après l’endormissement</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg runs, 5–90 s (as in PLM)</source>
            <translation>Séries de mouvements des jambes, 5–90 s (comme dans les MPJ)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest leg run, movements</source>
            <translation>Plus longue série de jambes, mouvements</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg taps in runs</source>
            <translation>Saisies de jambes en série</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg runs, WASM 10–90 s</source>
            <translation>Séries de jambes, WASM 10–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest WASM run, movements</source>
            <translation>Plus longue série WASM, mouvements</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg taps in WASM runs</source>
            <translation>Saisies de jambes en séries WASM</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg runs seen by a partner</source>
            <translation>Séries de jambes vues par le partenaire</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Jerk series (not leg runs)</source>
            <translation>Séries de secousses (pas des séries de jambes)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest jerk series, movements</source>
            <translation>Plus longue série de secousses, mouvements</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Wind-down: from lights-out (or the first tap) to the last tap before a gap of more than 60 minutes; later taps are night wakings or the morning.</source>
            <translation>Endormissement : de l’extinction des lumières (ou de la première saisie) jusqu’à la dernière saisie avant un intervalle de plus de 60 minutes ; les saisies suivantes sont des réveils nocturnes ou le matin.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Rest tests of the night</source>
            <translation>Tests de repos de la nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Patterns seen this night</source>
            <translation>Schémas observés cette nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Patient-reported taps, not a PLM index and not a diagnosis.</source>
            <translation>Saisies du patient, ni un index de MPJ ni un diagnostic.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Rest test at %s, %s min: %s taps per hour; leg movements %s per hour</source>
            <translation>Test de repos à %s, %s min : %s saisies par heure ; mouvements des jambes %s par heure</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>(the clinic's cut-off, more than 40 an hour, is from EMG: not equivalent)</source>
            <translation>(le seuil clinique, plus de 40 par heure, vient de l’EMG : pas équivalent)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Quiet night (“nothing tonight”): logged with zero taps.</source>
            <translation>Nuit calme (« rien cette nuit ») : enregistrée avec zéro saisie.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>isolated jerks in the wind-down (as in hypnic jerks)</source>
            <translation>secousses isolées pendant l’endormissement (comme dans les secousses hypniques)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>jerk series at sleep onset (as described in propriospinal myoclonus)</source>
            <translation>séries de secousses à l’endormissement (comme décrit dans la myoclonie propriospinale)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>periodic leg movements, 5–90 s (as in PLM)</source>
            <translation>mouvements périodiques des jambes, 5–90 s (comme dans les MPJ)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>evening sensations (as in restless legs)</source>
            <translation>sensations du soir (comme dans le syndrome des jambes sans repos)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>taps after the wind-down (night wakings, morning)</source>
            <translation>saisies après l’endormissement (réveils nocturnes, matin)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Patterns seen: none.</source>
            <translation>Schémas observés : aucun.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Patterns seen: %1.</source>
            <translation>Schémas observés : %1.</translation>
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
        <name>NightRange</name>
        <message>
            <location filename="../../src/hypnic/ui/exchange/night_range.py" />
            <source>First night</source>
            <translation>Première nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/night_range.py" />
            <source>Last night</source>
            <translation>Dernière nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/night_range.py" />
            <source>&amp;From</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/night_range.py" />
            <source>&amp;to</source>
            <translation>&amp;au</translation>
        </message>
    </context>
    <context>
        <name>NightRecordRow</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Symptoms started</source>
            <translation>Début des symptômes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Nothing tonight</source>
            <translation>Rien cette nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Quiet night: nothing happened</source>
            <translation>Nuit calme : rien ne s’est passé</translation>
        </message>
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
            <source>S&amp;ymptoms from</source>
            <translation>S&amp;ymptômes depuis</translation>
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
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Marked quiet, not quiet: %n tap(s)</source>
            <translation>
                <numerusform>Marquée calme, mais pas calme : %n saisie</numerusform>
                <numerusform>Marquée calme, mais pas calme : %n saisies</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Taps were logged after the night was marked quiet, so it does not count as quiet. Click to remove the mark.</source>
            <translation>Des saisies ont été faites après le marquage de la nuit comme calme : elle ne compte donc pas comme calme. Cliquez pour retirer la marque.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>✓ Nothing tonight</source>
            <translation>✓ Rien cette nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>A night with taps cannot be quiet.</source>
            <translation>Une nuit avec des saisies ne peut pas être calme.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Mark the night quiet: used, and nothing happened.</source>
            <translation>Marquer la nuit comme calme : Hypnic a été utilisé et rien ne s’est passé.</translation>
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
            <source>Filled: you · hollow: partner · shaded: leg run (5–90 s) · cross-hatched: jerk series</source>
            <translation>Plein : vous · creux : partenaire · ombré : série de jambes (5–90 s) · hachuré : série de secousses</translation>
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
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>No events this night.</source>
            <translation>Aucun événement cette nuit.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>%n event(s) from %1 to %2 (%3).</source>
            <translation>
                <numerusform>%n événement de %1 à %2 (%3).</numerusform>
                <numerusform>%n événements de %1 à %2 (%3).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>Shaded: %n periodic leg run(s), 5–90 s.</source>
            <translation>
                <numerusform>Ombré : %n série périodique des jambes, 5–90 s.</numerusform>
                <numerusform>Ombré : %n séries périodiques des jambes, 5–90 s.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>The table of events lists each one.</source>
            <translation>Le tableau des événements les liste un par un.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>by partner</source>
            <translation>par le partenaire</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>by you</source>
            <translation>par vous</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>%s min after lights-out</source>
            <translation>%s min après l’extinction des lumières</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>in a jerk series of %n movements</source>
            <translation>
                <numerusform>dans une série de secousses de %n mouvement</numerusform>
                <numerusform>dans une série de secousses de %n mouvements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>in a partner-seen leg run of %n movements (5–90 s)</source>
            <translation>
                <numerusform>dans une série de jambes vue par le partenaire, de %n mouvement (5–90 s)</numerusform>
                <numerusform>dans une série de jambes vue par le partenaire, de %n mouvements (5–90 s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>in a leg run of %n movements (5–90 s)</source>
            <translation>
                <numerusform>dans une série de jambes de %n mouvement (5–90 s)</numerusform>
                <numerusform>dans une série de jambes de %n mouvements (5–90 s)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>Point at a mark to see its exact time; drag or scroll to pan and zoom (keys: + and −, ← and →, Home for the whole night).</source>
            <translation>Pointez une marque pour voir son heure exacte ; faites glisser ou défiler pour déplacer et zoomer (touches : + et −, ← et →, Début pour toute la nuit).</translation>
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
            <source>As it was last closed</source>
            <translation>Comme à la dernière fermeture</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Maximised</source>
            <translation>Agrandie</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Full screen</source>
            <translation>Plein écran</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>How the bedside window opens</source>
            <translation>Comment s’ouvre la fenêtre du chevet</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Bedside &amp;window opens</source>
            <translation>&amp;Fenêtre du chevet à l’ouverture</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>QuietKey</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/quiet_key.py" />
            <source>Nothing tonight (quiet night)</source>
            <translation>Rien cette nuit (nuit calme)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/quiet_key.py" />
            <source>Not marked quiet: tonight already has %n tap(s). Undo them first (Backspace) if they were mistakes.</source>
            <translation>
                <numerusform>Non marquée calme : cette nuit compte déjà %n saisie. Annulez-la d’abord (Retour arrière) si c’était une erreur.</numerusform>
                <numerusform>Non marquée calme : cette nuit compte déjà %n saisies. Annulez-les d’abord (Retour arrière) si c’étaient des erreurs.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/quiet_key.py" />
            <source>Quiet night not saved: %s.</source>
            <translation>Nuit calme non enregistrée : %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/quiet_key.py" />
            <source>Quiet night: nothing tonight</source>
            <translation>Nuit calme : rien cette nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/quiet_key.py" />
            <source>Not quiet any more: </source>
            <translation>Plus calme : </translation>
        </message>
    </context>
    <context>
        <name>RemindersPage</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Remind me from an icon in the tray</source>
            <translation>Me le rappeler par une icône dans la zone de notification</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Reminders from the tray icon</source>
            <translation>Rappels par l’icône de la zone de notification</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>This desktop has no tray (system tray or status area), so reminders cannot be shown here.</source>
            <translation>Ce bureau n’a pas de zone de notification (barre d’état système), les rappels ne peuvent donc pas s’afficher ici.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Why reminders are not available</source>
            <translation>Pourquoi les rappels ne sont pas disponibles</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Wind-down reminder at</source>
            <translation>Rappel du coucher à</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>&amp;Wind-down reminder at</source>
            <translation>&amp;Rappel du coucher à</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Only when nothing is logged tonight yet (no tap, N or lights-out).</source>
            <translation>Seulement si rien n’est encore saisi cette nuit (aucune saisie, ni N, ni extinction des lumières).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Offer the morning diary within an hour of the first start of the day</source>
            <translation>Proposer l’agenda du matin dans l’heure qui suit le premier démarrage de la journée</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Offer the morning diary</source>
            <translation>Proposer l’agenda du matin</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Start Hypnic when I log in</source>
            <translation>Lancer Hypnic à l’ouverture de session</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Start Hypnic when I log in (autostart entry)</source>
            <translation>Lancer Hypnic à l’ouverture de session (démarrage automatique)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>The autostart entry could not be changed: %s.</source>
            <translation>Le démarrage automatique n’a pas pu être modifié : %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Hypnic will start when you log in (%s).</source>
            <translation>Hypnic se lancera à l’ouverture de votre session (%s).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Hypnic will not start by itself any more.</source>
            <translation>Hypnic ne se lancera plus tout seul.</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Tonight</source>
            <translation>Cette nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Review</source>
            <translation>Revoir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Morning diary</source>
            <translation>Agenda du matin</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>How did you sleep last night? Click to answer the morning diary.</source>
            <translation>Comment avez-vous dormi la nuit dernière ? Cliquez pour remplir l’agenda du matin.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Time to wind down</source>
            <translation>C’est l’heure de se détendre</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Nothing is logged tonight yet. Open Hypnic at the bedside, or press N there if nothing happens tonight.</source>
            <translation>Rien n’est encore saisi cette nuit. Ouvrez Hypnic au chevet, ou appuyez sur N si rien ne se passe cette nuit.</translation>
        </message>
    </context>
    <context>
        <name>Rescue</name>
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
            <source>Taps not saved — Hypnic</source>
            <translation>Saisies non enregistrées — Hypnic</translation>
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
        <name>RestTestView</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Rest test</source>
            <translation>Test de repos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Sit in bed with your legs stretched out and keep still. Tap (or press the kind's key) for every movement and every sensation. At the end you see taps per hour by kind; the test is saved to tonight.</source>
            <translation>Asseyez-vous dans le lit, jambes tendues, et restez immobile. Appuyez (ou appuyez sur la touche du type) à chaque mouvement et à chaque sensation. À la fin, vous voyez les saisies par heure et par type ; le test est enregistré pour cette nuit.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Length of the rest test in minutes</source>
            <translation>Durée du test de repos en minutes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>&amp;Length</source>
            <translation>&amp;Durée</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Start (Enter)</source>
            <translation>Démarrer (Entrée)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Start the rest test</source>
            <translation>Démarrer le test de repos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Back (Escape)</source>
            <translation>Retour (Échap)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Back to the bedside without a test</source>
            <translation>Retour au chevet sans test</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Time left in the rest test</source>
            <translation>Temps restant du test de repos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Taps in the rest test so far</source>
            <translation>Saisies du test de repos jusqu’ici</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>How to stop</source>
            <translation>Comment l’arrêter</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Stop early</source>
            <translation>Arrêter plus tôt</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Stop the rest test early</source>
            <translation>Arrêter le test de repos plus tôt</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Rest test result</source>
            <translation>Résultat du test de repos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Back to the bedside (Escape)</source>
            <translation>Retour au chevet (Échap)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Close the rest test result</source>
            <translation>Fermer le résultat du test de repos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Press Escape (or Stop early) again to stop the test now.</source>
            <translation>Appuyez de nouveau sur Échap (ou « Arrêter plus tôt ») pour arrêter le test maintenant.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Rest test not saved: %s.</source>
            <translation>Test de repos non enregistré : %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>The rest test could not be saved: %s.</source>
            <translation>Le test de repos n’a pas pu être enregistré : %s.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>%n tap(s) so far</source>
            <translation>
                <numerusform>%n saisie jusqu’ici</numerusform>
                <numerusform>%n saisies jusqu’ici</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>%s per hour</source>
            <translation>%s par heure</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Rest test: %s min</source>
            <translation>Test de repos : %s min</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>%n tap(s)</source>
            <translation>
                <numerusform>%n saisie</numerusform>
                <numerusform>%n saisies</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Leg movements: %s per hour</source>
            <translation>Mouvements des jambes : %s par heure</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Beside it, the clinic's sit-still test counts more than %d an hour as high (from EMG sensors on the legs): taps are not equivalent.</source>
            <translation>À titre de comparaison, le test d’immobilisation de la clinique considère plus de %d par heure comme élevé (mesuré par des capteurs EMG sur les jambes) : les saisies ne sont pas équivalentes.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Saved to the night; it is in the night review.</source>
            <translation>Enregistré avec la nuit ; il figure dans la revue de la nuit.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Log %s</source>
            <translation>Saisir : %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Keys and buttons log taps as at the bedside. Escape twice stops early.</source>
            <translation>Les touches et les boutons font des saisies comme au chevet. Deux fois Échap arrête plus tôt.</translation>
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
            <source>&amp;Reminders</source>
            <translation>&amp;Rappels</translation>
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
            <source>Damaged store — Hypnic</source>
            <translation>Données endommagées — Hypnic</translation>
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
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Hypnic cannot use %s (%s).</source>
            <translation>Hypnic ne peut pas utiliser %s (%s).</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Too few logged nights for medians (3 or more are needed).</source>
            <translation>Trop peu de nuits enregistrées pour des médianes (il en faut au moins 3).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>%1 %2</source>
            <comment>a kind and its count</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>On a typical logged night (median) the patient tapped: %1.</source>
            <translation>Lors d’une nuit enregistrée typique (médiane), le patient a saisi : %1.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>%1 of the taps came after the wind-down (night wakings or the morning).</source>
            <translation>%1 des saisies sont venues après l’endormissement (réveils nocturnes ou matin).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>No tap came after the wind-down.</source>
            <translation>Aucune saisie après l’endormissement.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words.py" />
            <source>The first tap came a median of %n minute(s) after lights-out.</source>
            <translation>
                <numerusform>Délai médian entre l’extinction des lumières et la première saisie : %n minute.</numerusform>
                <numerusform>Délai médian entre l’extinction des lumières et la première saisie : %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words.py" />
            <source>Periodic leg movements (runs of leg taps 5–90 s apart) on %1 of %n logged night(s).</source>
            <translation>
                <numerusform>Mouvements périodiques des jambes (séries de saisies de jambes espacées de 5 à 90 s) sur %1 de %n nuit enregistrée.</numerusform>
                <numerusform>Mouvements périodiques des jambes (séries de saisies de jambes espacées de 5 à 90 s) sur %1 des %n nuits enregistrées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words.py" />
            <source>Jerk series at sleep onset on %1 of %n logged night(s).</source>
            <translation>
                <numerusform>Séries de secousses à l’endormissement sur %1 de %n nuit enregistrée.</numerusform>
                <numerusform>Séries de secousses à l’endormissement sur %1 des %n nuits enregistrées.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Median taps a night with a dose of %1: %2, against %3 without (nights: %4 and %5).</source>
            <translation>Médiane des saisies par nuit avec une dose de %1 : %2, contre %3 sans (nuits : %4 et %5).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Median taps a night in this period: %1, against %2 in the same number of nights before it (logged nights: %3 and %4).</source>
            <translation>Médiane des saisies par nuit sur cette période : %1, contre %2 sur le même nombre de nuits avant (nuits enregistrées : %3 et %4).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Evening symptoms began at a median of %1.</source>
            <translation>Début médian des symptômes du soir : %1.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Patient-reported taps, not a PLM index and not a diagnosis; a bed partner's taps are counted apart. A night is the evening's date. A logged night has any tap or record; a quiet night (“nothing tonight”) counts as logged with zero taps.</source>
            <translation>Saisies du patient, ni un index de MPJ ni un diagnostic ; celles d’un partenaire de lit sont comptées à part. Une nuit porte la date de sa soirée. Nuit enregistrée : au moins une saisie ou une donnée ; une nuit calme (« rien cette nuit ») compte comme enregistrée, avec zéro saisie.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Wind-down: from lights-out (or the first tap) to the last tap before a gap of more than 60 minutes; per hour of it: its taps / its length (none under 10 minutes). Latency: minutes from lights-out to the first tap.</source>
            <translation>Endormissement : de l’extinction des lumières (ou de la première saisie) à la dernière saisie avant un intervalle de plus de 60 min ; par heure : saisies / durée (aucune sous 10 min). Latence : minutes de l’extinction à la première saisie.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Periodic leg movements (PLM-like), leg kinds only, after AASM: taps under 5 s apart are one movement; a run is 4 or more movements with every onset-to-onset interval within 5–90 s (WASM: every tap, 10–90 s). Jerk series: the 5–90 s rule over jerk kinds; not a PLM figure.</source>
            <translation>Mouvements périodiques des jambes (type MPJ), types « jambes » seuls, selon l’AASM : des saisies à moins de 5 s d’écart font un mouvement ; une série : au moins 4 mouvements, tous espacés de 5 à 90 s de début à début (WASM : chaque saisie, 10–90 s). Séries de secousses : même règle sur les types « secousses » ; pas une mesure de MPJ.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Patterns describe; they do not diagnose. Isolated jerks, outside any series, as in hypnic jerks (ICSD-3, AASM 2014); jerk series starting in the wind-down, as described in propriospinal myoclonus at sleep onset (Montagna et al., Mov Disord 1997); periodic leg movements, a 5–90 s leg run, as in PLM (AASM manual; WASM, Ferri et al., Sleep Med 2016); evening sensations, a sensation tap from 2 h before the wind-down to its end, as in restless legs (IRLSSG, Allen et al., Sleep Med 2014).</source>
            <translation>Les schémas décrivent, ils ne diagnostiquent pas. Secousses isolées, hors série : comme les secousses hypniques (ICSD-3, AASM 2014) ; séries de secousses débutant à l’endormissement : comme la myoclonie propriospinale d’endormissement (Montagna et al., Mov Disord 1997) ; mouvements périodiques des jambes, une série de jambes à 5–90 s : comme les MPJ (manuel AASM ; WASM, Ferri et al., Sleep Med 2016) ; sensations du soir, une saisie de sensation de 2 h avant l’endormissement à sa fin : comme le syndrome des jambes sans repos (IRLSSG, Allen et al., Sleep Med 2014).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Medians (IQR: 25th–75th percentile) over logged nights need 3 or more; trend lines are rolling 7-night medians; comparisons need 3 or more nights a side.</source>
            <translation>Médianes (EIQ : 25e–75e centile) : au moins 3 nuits enregistrées ; tendances : médianes glissantes sur 7 nuits ; comparaisons : au moins 3 nuits de chaque côté.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Morning diary (Consensus Sleep Diary, Carney et al., Sleep 2012): total sleep = final wake − tried to sleep − time to fall asleep − time awake; efficiency = total sleep / time in bed; quality 1 (very poor) to 5 (very good); answers that do not add up are left out.</source>
            <translation>Agenda du matin (Consensus Sleep Diary, Carney et al., Sleep 2012) : sommeil total = réveil final − essai de dormir − latence − éveils ; efficacité = sommeil total / temps au lit ; qualité de 1 (très mauvaise) à 5 (très bonne) ; réponses incohérentes écartées.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Rest test: sitting still in bed up to 60 minutes, tapping every movement and sensation (after the Suggested Immobilization Test), per hour of its real length. The SIT cut-off (&gt;40 leg movements/h; Montplaisir et al., Mov Disord 1998) is from EMG: not equivalent.</source>
            <translation>Test de repos : assis immobile au lit jusqu’à 60 min, une saisie par mouvement ou sensation (d’après le test d’immobilisation suggérée), par heure de durée réelle. Le seuil du SIT (&gt;40 mouvements des jambes/h ; Montplaisir et al., Mov Disord 1998) vient de l’EMG : pas équivalent.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Evening symptoms: when the patient noted they began. A question, not a finding: the IRLSSG criteria for augmentation (García-Borreguero et al., Sleep Med 2007) include onset 4 h or more earlier than before treatment, or 2–4 h earlier with other signs (less time at rest before symptoms, spread to other body parts, greater intensity, shorter relief). Is the onset here earlier than before treatment?</source>
            <translation>Symptômes du soir : heure de début notée par le patient. Une question, pas une constatation : les critères d’augmentation de l’IRLSSG (García-Borreguero et al., Sleep Med 2007) incluent un début avancé d’au moins 4 h par rapport à avant le traitement, ou de 2 à 4 h avec d’autres signes (moins de repos avant les symptômes, extension à d’autres parties du corps, intensité accrue, soulagement plus bref). Début plus précoce qu’avant le traitement ?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Jerk</source>
            <translation>Secousse</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Kick</source>
            <translation>Coup de pied</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Deep itch</source>
            <translation>Démangeaison profonde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Eyelid twitch</source>
            <translation>Paupière qui tressaute</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Hiccup</source>
            <translation>Hoquet</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Burning</source>
            <translation>Brûlure</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Creeping</source>
            <translation>Reptation</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Tugging</source>
            <translation>Tiraillement</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Crawling</source>
            <translation>Fourmillements</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Arm jerk</source>
            <translation>Secousse du bras</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Caffeine after 16:00</source>
            <translation>Caféine après 16 h</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Alcohol</source>
            <translation>Alcool</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Exercise</source>
            <translation>Sport</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Stress</source>
            <translation>Stress</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Heat</source>
            <translation>Chaleur</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Late meal</source>
            <translation>Repas tardif</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1 (%2)</source>
            <comment>a kind and its group</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>leg</source>
            <translation>jambes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>jerk</source>
            <translation>secousse</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>sensation</source>
            <translation>sensation</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>other</source>
            <translation>autre</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1 %</source>
            <comment>a percentage</comment>
            <translation>%1 %</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1 min</source>
            <comment>a duration</comment>
            <translation>%1 min</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1 h %2 min</source>
            <comment>a duration</comment>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1 (%2–%3)</source>
            <comment>a median and its interquartile range</comment>
            <translation>%1 (%2–%3)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1 of %2</source>
            <comment>a part of a whole, like 20 of 27 nights</comment>
            <translation>%1 sur %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n nuit</numerusform>
                <numerusform>%n nuits</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>ddd d MMM</source>
            <comment>date format of a night in a table</comment>
            <translation>ddd d MMM</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>ddd d MMM yyyy</source>
            <comment>date format of a night with its year</comment>
            <translation>ddd d MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>d MMM</source>
            <comment>date format on a chart's axis</comment>
            <translation>d MMM</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>MMM yyyy</source>
            <comment>date format of a month</comment>
            <translation>MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1 – %2</source>
            <comment>a range of dates</comment>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>d MMMM yyyy</source>
            <comment>date format of a birth date</comment>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Hypnic summary</source>
            <translation>Résumé Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Nights %1 to %2</source>
            <translation>Nuits du %1 au %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1 of %n night(s) logged</source>
            <translation>
                <numerusform>%1 sur %n nuit enregistrée</numerusform>
                <numerusform>%1 sur %n nuits enregistrées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1, including %n quiet night(s) (“nothing tonight”)</source>
            <translation>
                <numerusform>%1, dont %n nuit calme (« rien cette nuit »)</numerusform>
                <numerusform>%1, dont %n nuits calmes (« rien cette nuit »)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1 at bedtime</source>
            <translation>%1 au coucher</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1, since %2</source>
            <translation>%1, depuis le %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>d MMM yyyy</source>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1, no dose logged yet</source>
            <translation>%1, aucune prise saisie pour l’instant</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Current medications: %1.</source>
            <translation>Traitement actuel : %1.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Current medications: none listed.</source>
            <translation>Traitement actuel : aucun indiqué.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Taps logged by a bed partner, kept out of the figures: %1 on %n night(s).</source>
            <translation>
                <numerusform>Saisies d’un partenaire de lit, exclues des chiffres : %1 en %n nuit.</numerusform>
                <numerusform>Saisies d’un partenaire de lit, exclues des chiffres : %1 en %n nuits.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>No nights logged in this period</source>
            <translation>Aucune nuit enregistrée sur cette période</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Nothing was recorded for the nights %1 to %2. Choose another period to see figures.</source>
            <translation>Rien n’a été enregistré pour les nuits du %1 au %2. Choisissez une autre période pour voir des chiffres.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Patient-reported taps, not a PLM index and not a diagnosis.</source>
            <translation>Saisies du patient, ni un index de MPJ ni un diagnostic.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1 to %2 · generated %3</source>
            <translation>Du %1 au %2 · établi le %3</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Key figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>the patient's own taps; medians over logged nights, quiet nights as zero</source>
            <translation>les saisies du patient lui-même ; médianes sur les nuits enregistrées, nuits calmes comptées zéro</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Kind (group)</source>
            <translation>Type (groupe)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Nights with any</source>
            <translation>Nuits avec saisies</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Per night
median (IQR)</source>
            <translation>Par nuit
médiane (EIQ)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Per hour of wind-down
median (IQR)</source>
            <translation>Par heure d’endormissement
médiane (EIQ)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Minutes lights-out to
first tap, median (IQR)</source>
            <translation>Minutes extinction à
première saisie, médiane (EIQ)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Wind-down: from lights-out (or the first tap) to the last tap before a gap of more than 60 minutes; later taps are night wakings or the morning.</source>
            <translation>Endormissement : de l’extinction des lumières (ou de la première saisie) jusqu’à la dernière saisie avant un intervalle de plus de 60 minutes ; les saisies suivantes sont des réveils nocturnes ou le matin.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Patterns seen</source>
            <translation>Schémas observés</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>descriptions, not diagnoses; definitions and references under Methods</source>
            <translation>descriptions, pas des diagnostics ; définitions et références dans Méthodes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Pattern</source>
            <translation>Schéma</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Nights</source>
            <translation>Nuits</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Isolated jerks in the wind-down (as in hypnic jerks)</source>
            <translation>Secousses isolées pendant l’endormissement (comme dans les secousses hypniques)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Jerk series at sleep onset (as described in propriospinal myoclonus)</source>
            <translation>Séries de secousses à l’endormissement (cf. myoclonie propriospinale)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Periodic leg movements, 5–90 s (as in PLM)</source>
            <translation>Mouvements périodiques des jambes, 5–90 s (comme dans les MPJ)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Evening sensations (as in restless legs)</source>
            <translation>Sensations du soir (comme dans le syndrome des jambes sans repos)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Taps after the wind-down (night wakings, morning)</source>
            <translation>Saisies après l’endormissement (réveils nocturnes, matin)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Periodic leg movements seen by a bed partner, 5–90 s</source>
            <translation>Mouvements périodiques des jambes vus par le partenaire de lit, 5–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>no run</source>
            <translation>aucune série</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n run(s), the longest of %1 movements</source>
            <translation>
                <numerusform>%n série, la plus longue de %1 mouvements</numerusform>
                <numerusform>%n séries, la plus longue de %1 mouvements</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>no series</source>
            <translation>aucune série</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n series, the longest of %1 jerks</source>
            <translation>
                <numerusform>%n série, la plus longue de %1 secousses</numerusform>
                <numerusform>%n séries, la plus longue de %1 secousses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>WASM 10–90 s: %n run(s)</source>
            <translation>
                <numerusform>WASM 10–90 s : %n série</numerusform>
                <numerusform>WASM 10–90 s : %n séries</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>leg taps in runs, median (IQR): %1</source>
            <translation>saisies de jambes en série, médiane (EIQ) : %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n tap(s)</source>
            <translation>
                <numerusform>%n saisie</numerusform>
                <numerusform>%n saisies</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>no leg kind is logged</source>
            <translation>aucun type « jambes » n’est saisi</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>no jerk kind is logged</source>
            <translation>aucun type « secousses » n’est saisi</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>no sensation kind is logged</source>
            <translation>aucun type « sensations » n’est saisi</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>When in the night</source>
            <translation>À quel moment de la nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>one row per night, newest on top; darker = more taps in 10 minutes</source>
            <translation>une ligne par nuit, la plus récente en haut ; plus sombre = plus de saisies en 10 minutes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>one row per night, newest on top</source>
            <translation>une ligne par nuit, la plus récente en haut</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>leg run (5–90 s)</source>
            <translation>série de jambes (5–90 s)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>jerk series</source>
            <translation>série de secousses</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>lights-out</source>
            <translation>extinction des lumières</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>dose</source>
            <translation>prise</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>tick beside the date: a dose that night</source>
            <translation>trait à côté de la date : une prise cette nuit-là</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>not logged</source>
            <translation>non enregistrée</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n tap(s) outside these hours: ‹ › at the row's edge</source>
            <translation>
                <numerusform>%n saisie hors de ces heures : ‹ › au bord de la ligne</numerusform>
                <numerusform>%n saisies hors de ces heures : ‹ › au bord de la ligne</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Taps per night</source>
            <translation>Saisies par nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>points: each night; lines: 7-night median; y axis from zero</source>
            <translation>points : chaque nuit ; lignes : médiane sur 7 nuits ; axe des y à partir de zéro</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>taps per night</source>
            <translation>saisies par nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>tick along the top: a dose that night</source>
            <translation>trait en haut : une prise cette nuit-là</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>grey column: a dose that night</source>
            <translation>colonne grise : une prise cette nuit-là</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>D</source>
            <comment>the letter marking a dose on the charts</comment>
            <translation>P</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Q</source>
            <comment>the letter marking a quiet night on the actogram</comment>
            <translation>C</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>quiet night</source>
            <translation>nuit calme</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Night by night (continued)</source>
            <translation>Nuit par nuit (suite)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Week by week (continued)</source>
            <translation>Semaine par semaine (suite)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Month by month (continued)</source>
            <translation>Mois par mois (suite)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Night by night</source>
            <translation>Nuit par nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Week by week</source>
            <translation>Semaine par semaine</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Month by month</source>
            <translation>Mois par mois</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>newest first; counts are the patient's own taps; leg run and jerk series: the longest, in movements</source>
            <translation>les plus récentes d’abord ; chiffres : saisies du patient ; séries de jambes et de secousses : la plus longue, en mouvements</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>newest first; counts: medians per logged night; doses and tags: (nights); leg run and jerk series: the longest, in movements</source>
            <translation>les plus récentes d’abord ; chiffres : médianes par nuit enregistrée ; prises et étiquettes : (nuits) ; série de jambes et série de secousses : la plus longue, en mouvements</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Night</source>
            <translation>Nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Nights logged</source>
            <translation>Nuits enregistrées</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Lights out</source>
            <translation>Extinction</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Leg run</source>
            <translation>Série jambes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Jerk series</source>
            <translation>Série secousses</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Doses</source>
            <translation>Prises</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Sleep quality</source>
            <translation>Qualité du sommeil</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%1: not logged (%n night(s))</source>
            <translation>
                <numerusform>%1 : non enregistrée (%n nuit)</numerusform>
                <numerusform>%1 : non enregistrées (%n nuits)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%1 (%2)</source>
            <comment>a dose or tag and its number of nights</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Comparisons</source>
            <translation>Comparaisons</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>median taps per night, with / without; nights were not randomised, so read it as a hint</source>
            <translation>médiane des saisies par nuit, avec / sans ; les nuits n’ont pas été randomisées, à lire comme une indication</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Leg kinds</source>
            <translation>Types « jambes »</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Jerk kinds</source>
            <translation>Types « secousses »</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Sensations</source>
            <translation>Sensations</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Other kinds</source>
            <translation>Autres types</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Compared: with / without</source>
            <translation>Comparé : avec / sans</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%1 / %2</source>
            <comment>with / without</comment>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>A dose of %1</source>
            <translation>Une dose de %1</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Tagged “%1”</source>
            <translation>Étiquette « %1 »</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>This period / the %n night(s) before</source>
            <translation>
                <numerusform>Cette période / la %n nuit d’avant</numerusform>
                <numerusform>Cette période / les %n nuits d’avant</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Too few nights to compare (3 or more are needed on each side): %1.</source>
            <translation>Trop peu de nuits pour comparer (il en faut au moins 3 de chaque côté) : %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>the nights before (%n logged)</source>
            <translation>
                <numerusform>les nuits d’avant (%n enregistrée)</numerusform>
                <numerusform>les nuits d’avant (%n enregistrées)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%1 (%2 with, %3 without)</source>
            <comment>nights with and without</comment>
            <translation>%1 (%2 avec, %3 sans)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Morning diary</source>
            <translation>Agenda du matin</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>medians (IQR) over %n night(s) with answers</source>
            <translation>
                <numerusform>médianes (EIQ) sur %n nuit avec réponses</numerusform>
                <numerusform>médianes (EIQ) sur %n nuits avec réponses</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Total sleep</source>
            <translation>Temps de sommeil total</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Sleep efficiency</source>
            <translation>Efficacité du sommeil</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Time to fall asleep</source>
            <translation>Latence d’endormissement</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Time awake after falling asleep</source>
            <translation>Temps d’éveil après l’endormissement</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Sleep quality (1–5)</source>
            <translation>Qualité du sommeil (1–5)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>No morning diary answers in this period.</source>
            <translation>Aucune réponse à l’agenda du matin sur cette période.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Rest tests</source>
            <translation>Tests de repos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>taps per hour of each test's real length, sitting still in bed</source>
            <translation>saisies par heure, assis immobile au lit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>All taps
per hour</source>
            <translation>Saisies
par heure</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Leg movements
per hour</source>
            <translation>Mouv. jambes
par heure</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>SIT cut-off &gt;40/h from EMG — not equivalent</source>
            <translation>Seuil du SIT &gt;40/h issu de l’EMG — pas équivalent</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Median of %n test(s)</source>
            <translation>
                <numerusform>Médiane, %n test</numerusform>
                <numerusform>Médiane, %n tests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>the latest %1 of %n tests, median of all; taps per hour</source>
            <translation>
                <numerusform>les %1 derniers de %n test, médiane de tous ; saisies par heure</numerusform>
                <numerusform>les %1 derniers de %n tests, médiane de tous ; saisies par heure</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>No rest test in this period.</source>
            <translation>Aucun test de repos sur cette période.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Evening symptoms: onset</source>
            <translation>Symptômes du soir : début</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>○ before · ● this period</source>
            <translation>○ avant · ● période</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>This period: median %1, %n night(s).</source>
            <translation>
                <numerusform>Cette période : médiane %1, %n nuit.</numerusform>
                <numerusform>Cette période : médiane %1, %n nuits.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Before: median %1, %n night(s).</source>
            <translation>
                <numerusform>Avant : médiane %1, %n nuit.</numerusform>
                <numerusform>Avant : médiane %1, %n nuits.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Onset recorded on %n night(s): too few for a median.</source>
            <translation>
                <numerusform>Début noté sur %n nuit : trop peu pour une médiane.</numerusform>
                <numerusform>Début noté sur %n nuits : trop peu pour une médiane.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n minute(s) earlier than before.</source>
            <translation>
                <numerusform>%n minute plus tôt qu’avant.</numerusform>
                <numerusform>%n minutes plus tôt qu’avant.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n minute(s) later than before.</source>
            <translation>
                <numerusform>%n minute plus tard qu’avant.</numerusform>
                <numerusform>%n minutes plus tard qu’avant.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>The same as before.</source>
            <translation>Comme avant.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>No onset time recorded in this period or the one before.</source>
            <translation>Aucune heure de début notée sur cette période ni sur la précédente.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Augmentation? See Methods.</source>
            <translation>Augmentation ? Voir Méthodes.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>onset</source>
            <translation>début</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Intervals between leg taps</source>
            <translation>Intervalles entre saisies de jambes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n interval(s)</source>
            <translation>
                <numerusform>%n intervalle</numerusform>
                <numerusform>%n intervalles</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>5–90 s: periodic range</source>
            <translation>5–90 s : plage périodique</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>interval from one leg tap to the next (log scale)</source>
            <translation>intervalle d’une saisie de jambes à la suivante (échelle log.)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>intervals</source>
            <translation>intervalles</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%1 s</source>
            <comment>seconds on an axis</comment>
            <translation>%1 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%1 min</source>
            <comment>minutes on an axis</comment>
            <translation>%1 min</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%1 h</source>
            <comment>hours on an axis</comment>
            <translation>%1 h</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Methods</source>
            <translation>Méthodes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%1–%2</source>
            <comment>a week: its first and last day</comment>
            <translation>%1–%2</translation>
        </message>
    </context>
    <context>
        <name>SummaryWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Summary for the doctor — Hypnic</source>
            <translation>Résumé pour le médecin — Hypnic</translation>
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
            <source>Lan&amp;guage of the summary</source>
            <translation>Lan&amp;gue du résumé</translation>
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
            <source>Language of the summary</source>
            <translation>Langue du résumé</translation>
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
            <source>Summary preview — Hypnic</source>
            <translation>Aperçu du résumé — Hypnic</translation>
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
        <name>ThemeControl</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Day theme until %s · Undo</source>
            <translation>Thème de jour jusqu’à %s · Annuler</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Day theme until %s; press to go back to the night theme now</source>
            <translation>Thème de jour jusqu’à %s ; appuyez pour revenir au thème de nuit maintenant</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Night theme until %s · Undo</source>
            <translation>Thème de nuit jusqu’à %s · Annuler</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Night theme until %s; press to go back to the day theme now</source>
            <translation>Thème de nuit jusqu’à %s ; appuyez pour revenir au thème de jour maintenant</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Day theme</source>
            <translation>Thème de jour</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Switch to the day theme for now</source>
            <translation>Passer au thème de jour pour l’instant</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Night theme</source>
            <translation>Thème de nuit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Switch to the night theme for now</source>
            <translation>Passer au thème de nuit pour l’instant</translation>
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
            <source>Which one? — Hypnic</source>
            <translation>Laquelle ? — Hypnic</translation>
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
            <source>DEMO — nothing here is real</source>
            <translation>DÉMO — rien n’est réel ici</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Demo: nothing here is real</source>
            <translation>Démo : rien n’est réel ici</translation>
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
            <source>&amp;Menu</source>
            <translation>&amp;Menu</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Menu: review, history, summary, settings</source>
            <translation>Menu : revoir, historique, résumé, réglages</translation>
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
            <source>Not saved yet — Hypnic</source>
            <translation>Pas encore enregistré — Hypnic</translation>
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
