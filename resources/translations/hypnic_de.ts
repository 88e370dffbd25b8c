<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>AddEventPanel</name>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Add a missed event</source>
            <translation>Vergessenes Ereignis nachtragen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Time of the missed event</source>
            <translation>Uhrzeit des vergessenen Ereignisses</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Kind of the missed event</source>
            <translation>Art des vergessenen Ereignisses</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Who noticed the missed event</source>
            <translation>Wer das vergessene Ereignis bemerkt hat</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Self</source>
            <translation>Ich selbst</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Note for the missed event</source>
            <translation>Notiz zum vergessenen Ereignis</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Note (optional)</source>
            <translation>Notiz (freiwillig)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Add the missed event</source>
            <translation>Das vergessene Ereignis hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Close the add form</source>
            <translation>Eingabeformular schließen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>&amp;Time</source>
            <translation>&amp;Uhrzeit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>&amp;By</source>
            <translation>&amp;Von</translation>
        </message>
    </context>
    <context>
        <name>BackupsWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Hypnic — backups</source>
            <translation>Hypnic – Sicherungskopien</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Backups</source>
            <translation>Sicherungskopien</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Hypnic copies your store here when it changed, before every update of its format and before every import. Restoring a backup keeps your current store aside; nothing is deleted.</source>
            <translation>Hypnic legt hier eine Kopie Ihrer Daten ab, wenn sie sich geändert haben, vor jeder Aktualisierung ihres Formats und vor jedem Import. Beim Wiederherstellen wird Ihr aktueller Datenbestand beiseitegelegt; nichts wird gelöscht.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Backups, newest first</source>
            <translation>Sicherungskopien, neueste zuerst</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Restore status</source>
            <translation>Stand der Wiederherstellung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Check all</source>
            <translation>Alle prüfen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Restore at next start</source>
            <translation>Beim nächsten Start wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Cancel restore</source>
            <translation>Wiederherstellung abbrechen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>ok</source>
            <translation>in Ordnung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Every backup passed its check.</source>
            <translation>Alle Sicherungskopien haben die Prüfung bestanden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>%n backup(s) failed the check; do not restore those.</source>
            <translation>
                <numerusform>%n Sicherungskopie hat die Prüfung nicht bestanden; stellen Sie sie nicht wieder her.</numerusform>
                <numerusform>%n Sicherungskopien haben die Prüfung nicht bestanden; stellen Sie diese nicht wieder her.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>This backup is damaged and cannot be restored: %s</source>
            <translation>Diese Sicherungskopie ist beschädigt und kann nicht wiederhergestellt werden: %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>The restore could not be planned: %s</source>
            <translation>Die Wiederherstellung konnte nicht vorgemerkt werden: %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>%s will be restored the next time Hypnic starts; your current store will be kept aside. Quit Hypnic and start it again to restore it now.</source>
            <translation>%s wird beim nächsten Start von Hypnic wiederhergestellt; Ihr aktueller Datenbestand wird beiseitegelegt. Beenden Sie Hypnic und starten Sie es neu, um jetzt wiederherzustellen.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>automatic</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>before an import</source>
            <translation>vor einem Import</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>before a format update</source>
            <translation>vor einer Formataktualisierung</translation>
        </message>
    </context>
    <context>
        <name>BedsidePanel</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Night</source>
            <translation>Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>PARTNER LOGGING: taps are recorded as the partner's</source>
            <translation>PARTNER ERFASST: Einträge werden dem Partner zugeordnet</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Partner logging is on</source>
            <translation>Erfassung durch den Partner ist an</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Not saved warning</source>
            <translation>Warnung: nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Last tap</source>
            <translation>Letzter Eintrag</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Tonight's taps</source>
            <translation>Einträge heute Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Each kind's key logs it; Tab reaches the buttons; Backspace undoes.</source>
            <translation>Die Taste jeder Art erfasst sie; mit Tab erreichen Sie die Schaltflächen; die Rücktaste macht rückgängig.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Night of %s</source>
            <translation>Nacht vom %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source> · partner</source>
            <translation> · Partner</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>%1 saved at %2.</source>
            <translation>%1 um %2 gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>%1 saved at %2, as the partner's.</source>
            <translation>%1 um %2 gespeichert, als Eintrag des Partners.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>NOT SAVED YET: %n tap(s) are held and retried every few seconds. </source>
            <translation>
                <numerusform>NOCH NICHT GESPEICHERT: %n Eintrag wird festgehalten und alle paar Sekunden erneut gespeichert. </numerusform>
                <numerusform>NOCH NICHT GESPEICHERT: %n Einträge werden festgehalten und alle paar Sekunden erneut gespeichert. </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>All held taps are saved now.</source>
            <translation>Alle festgehaltenen Einträge sind jetzt gespeichert.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Saving… %n tap(s) waiting to be written.</source>
            <translation>
                <numerusform>Speichern … %n Eintrag wartet darauf, geschrieben zu werden.</numerusform>
                <numerusform>Speichern … %n Einträge warten darauf, geschrieben zu werden.</numerusform>
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
            <translation>nicht gesetzt</translation>
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
            <translation>%1: Geben Sie eine Uhrzeit ein, etwa %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/clock_time_field.py" />
            <source>%1: “%2” is not a time of day; type it like %3</source>
            <translation>%1: „%2“ ist keine Uhrzeit; geben Sie sie etwa so ein: %3</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/clock_time_field.py" />
            <source>%1, %2 or %3</source>
            <translation>%1, %2 oder %3</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/clock_time_field.py" />
            <source>%1 or %2</source>
            <translation>%1 oder %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/clock_time_field.py" />
            <source>Type a time like %1</source>
            <translation>Geben Sie eine Uhrzeit ein, etwa %1</translation>
        </message>
    </context>
    <context>
        <name>Colours</name>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Vermillion</source>
            <translation>Zinnoberrot</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Blue</source>
            <translation>Blau</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Reddish purple</source>
            <translation>Rötliches Purpur</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Orange</source>
            <translation>Orange</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Sky blue</source>
            <translation>Himmelblau</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Bluish green</source>
            <translation>Blaugrün</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Yellow</source>
            <translation>Gelb</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Grey</source>
            <translation>Grau</translation>
        </message>
    </context>
    <context>
        <name>ComparisonView</name>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>Medication: median events per night, with a dose · without</source>
            <translation>Medikament: Median der Ereignisse pro Nacht, mit Einnahme · ohne</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>Medication comparison</source>
            <translation>Vergleich nach Medikament</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>About the comparison</source>
            <translation>Zum Vergleich</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>Medication</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>Nights with · without</source>
            <translation>Nächte mit · ohne</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>not enough nights to compare (need %n on each side)</source>
            <translation>
                <numerusform>zu wenige Nächte für einen Vergleich (je Seite ist %n nötig)</numerusform>
                <numerusform>zu wenige Nächte für einen Vergleich (je Seite sind %n nötig)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>No doses logged in this period.</source>
            <translation>In diesem Zeitraum wurden keine Einnahmen erfasst.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>Nights with any record in the period; patient-reported taps, not a trial: other things change between nights too.</source>
            <translation>Nächte mit irgendeinem Eintrag im Zeitraum; Angaben des Patienten, keine Studie: Auch anderes ändert sich von Nacht zu Nacht.</translation>
        </message>
    </context>
    <context>
        <name>CrashMessage</name>
        <message>
            <location filename="../../src/hypnic/ui/common/crash.py" />
            <source>(the details could not be written)</source>
            <translation>(die Einzelheiten konnten nicht gespeichert werden)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/crash.py" />
            <source>Something went wrong inside Hypnic. Your saved taps are safe and you can keep logging. The details were written to %s</source>
            <translation>In Hypnic ist ein Fehler aufgetreten. Ihre gespeicherten Einträge sind sicher, und Sie können weiter erfassen. Die Einzelheiten stehen in %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/crash.py" />
            <source>Hypnic: something went wrong</source>
            <translation>Hypnic: Ein Fehler ist aufgetreten</translation>
        </message>
    </context>
    <context>
        <name>DiaryForm</name>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Time in bed %1 · total sleep %2 · sleep efficiency %3</source>
            <translation>Zeit im Bett %1 · Gesamtschlafzeit %2 · Schlafeffizienz %3</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Sleep diary — Hypnic</source>
            <translation>Schlaftagebuch – Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Sleep diary</source>
            <translation>Schlaftagebuch</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Night of the diary</source>
            <translation>Nacht des Tagebucheintrags</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Into bed</source>
            <translation>Ins Bett</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Tried to sleep</source>
            <translation>Einschlafversuch</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Final awakening</source>
            <translation>Endgültiges Aufwachen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Out of bed</source>
            <translation>Aufgestanden</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>What time did you get into &amp;bed?</source>
            <translation>Um wie viel Uhr sind Sie ins &amp;Bett gegangen?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>What time did you &amp;try to go to sleep?</source>
            <translation>Um wie viel Uhr haben Sie &amp;versucht einzuschlafen?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>How &amp;long did it take you to fall asleep? (minutes)</source>
            <translation>Wie &amp;lange hat es gedauert, bis Sie eingeschlafen sind? (Minuten)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>How many times did you &amp;wake up, not counting the final one?</source>
            <translation>Wie &amp;oft sind Sie aufgewacht, das endgültige Aufwachen nicht mitgezählt?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>In total, how long did these &amp;awakenings last?</source>
            <translation>Wie lange waren Sie dabei &amp;insgesamt wach?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>What time was your &amp;final awakening?</source>
            <translation>Um wie viel Uhr sind Sie &amp;endgültig aufgewacht?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>What time did you get &amp;out of bed for the day?</source>
            <translation>Um wie viel Uhr sind Sie für den Tag &amp;aufgestanden?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Sleep quality %1: %2</source>
            <translation>Schlafqualität %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>How would you rate the quality of your sleep?</source>
            <translation>Wie würden Sie die Qualität Ihres Schlafs bewerten?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Comments</source>
            <translation>Anmerkungen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>&amp;Comments</source>
            <translation>An&amp;merkungen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Derived figures</source>
            <translation>Abgeleitete Werte</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>&amp;Save answers</source>
            <translation>Antworten &amp;speichern</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Save the diary answers</source>
            <translation>Die Antworten im Schlaftagebuch speichern</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Close the diary, keeping the answers</source>
            <translation>Schlaftagebuch schließen, die Antworten bleiben erhalten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>How did you sleep? Night of %s</source>
            <translation>Wie haben Sie geschlafen? Nacht vom %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Not saved yet: %s.</source>
            <translation>Noch nicht gespeichert: %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>into bed</source>
            <translation>ins Bett</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>tried to sleep</source>
            <translation>Einschlafversuch</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>minutes to fall asleep</source>
            <translation>Minuten bis zum Einschlafen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>times woken</source>
            <translation>Anzahl des Aufwachens</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>minutes awake</source>
            <translation>Minuten wach</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>final awakening</source>
            <translation>endgültiges Aufwachen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>out of bed</source>
            <translation>aufgestanden</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>sleep quality</source>
            <translation>Schlafqualität</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>comments</source>
            <translation>Anmerkungen</translation>
        </message>
    </context>
    <context>
        <name>DiaryPrompt</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/diary_prompt.py" />
            <source>How did you sleep last night?</source>
            <translation>Wie haben Sie letzte Nacht geschlafen?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/diary_prompt.py" />
            <source>Answer (2 min)</source>
            <translation>Beantworten (2 Min.)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/diary_prompt.py" />
            <source>Answer the sleep diary for last night</source>
            <translation>Das Schlaftagebuch für letzte Nacht beantworten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/diary_prompt.py" />
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/diary_prompt.py" />
            <source>Skip the sleep diary for last night</source>
            <translation>Das Schlaftagebuch für letzte Nacht überspringen</translation>
        </message>
    </context>
    <context>
        <name>EveningStrip</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Bedtime dose (D)</source>
            <translation>Abenddosis (D)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Log the usual bedtime doses now</source>
            <translation>Die übliche Abenddosis jetzt erfassen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Tonight… (T)</source>
            <translation>Heute Abend … (T)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Tags and note for tonight</source>
            <translation>Tags und Notiz für heute Abend</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Tonight's tags</source>
            <translation>Tags von heute Abend</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Note for tonight</source>
            <translation>Notiz für heute Abend</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Note for tonight (Enter saves)</source>
            <translation>Notiz für heute Abend (Eingabetaste speichert)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Bedtime dose</source>
            <translation>Abenddosis</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Bedtime dose NOT saved (%s): press D again.</source>
            <translation>Abenddosis NICHT gespeichert (%s): Drücken Sie noch einmal D.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>No usual bedtime dose is set yet: Menu → Kinds and settings → Medications, tick “Usual bedtime dose”.</source>
            <translation>Noch keine übliche Abenddosis festgelegt: Menü → Arten und Einstellungen → Medikamente, „Übliche Abenddosis“ ankreuzen.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
    </context>
    <context>
        <name>EventTableModel</name>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>Self</source>
            <translation>Ich selbst</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Show:</source>
            <translation>Zeigen:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%n nights</source>
            <translation>
                <numerusform>%n Nacht</numerusform>
                <numerusform>%n Nächte</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Show the last %n nights</source>
            <translation>
                <numerusform>Die letzte Nacht zeigen</numerusform>
                <numerusform>Die letzten %n Nächte zeigen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Show all</source>
            <translation>Alle zeigen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>No nights logged yet. Taps you log at bedtime show here.</source>
            <translation>Noch keine Nächte erfasst. Was Sie beim Zubettgehen erfassen, erscheint hier.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Nights, newest on top</source>
            <translation>Nächte, neueste oben</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Events per night — line: 7-night median</source>
            <translation>Ereignisse pro Nacht – Linie: Median über 7 Nächte</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Time between leg taps</source>
            <translation>Zeit zwischen Beineinträgen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Counts and intervals</source>
            <translation>Anzahlen und Abstände</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Charts of the nights</source>
            <translation>Diagramme der Nächte</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%1 – %2: %3 of %4 nights logged (patient-reported taps)</source>
            <translation>%1 – %2: %3 von %4 Nächten erfasst (Angaben des Patienten)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%1 – %2: %3 of %4 nights logged, %n event(s) in all. Each row is a night, newest on top; each mark is a tap at its time of night.</source>
            <translation>
                <numerusform>%1 – %2: %3 von %4 Nächten erfasst, insgesamt %n Ereignis. Jede Zeile ist eine Nacht, die neueste oben; jede Markierung ist ein Eintrag zu seiner Uhrzeit.</numerusform>
                <numerusform>%1 – %2: %3 von %4 Nächten erfasst, insgesamt %n Ereignisse. Jede Zeile ist eine Nacht, die neueste oben; jede Markierung ist ein Eintrag zu seiner Uhrzeit.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>No nights logged yet.</source>
            <translation>Noch keine Nächte erfasst.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%1: %n event(s) in these nights, a median of %2 per logged night, at most %3 (night of %4).</source>
            <translation>
                <numerusform>%1: %n Ereignis in diesen Nächten, im Median %2 pro erfasster Nacht, höchstens %3 (Nacht vom %4).</numerusform>
                <numerusform>%1: %n Ereignisse in diesen Nächten, im Median %2 pro erfasster Nacht, höchstens %3 (Nacht vom %4).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>No events in these nights.</source>
            <translation>Keine Ereignisse in diesen Nächten.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%n interval(s) between leg taps in these nights; %1 of them 5–90 s apart, where periodic runs fall.</source>
            <translation>
                <numerusform>%n Abstand zwischen Beineinträgen in diesen Nächten; davon %1 mit 5–90 s, dem Bereich periodischer Serien.</numerusform>
                <numerusform>%n Abstände zwischen Beineinträgen in diesen Nächten; davon %1 mit 5–90 s, dem Bereich periodischer Serien.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>History — Hypnic</source>
            <translation>Verlauf – Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>History of nights</source>
            <translation>Verlauf der Nächte</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>Close</source>
            <translation>Schließen</translation>
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
            <translation>%s erfassen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>%1 tonight. Key %2.</source>
            <translation>%1 heute Nacht. Taste %2.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>Log %s (key %s)</source>
            <translation>%s erfassen (Taste %s)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>key %s · %s</source>
            <translation>Taste %s · %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>key %s</source>
            <translation>Taste %s</translation>
        </message>
    </context>
    <context>
        <name>KindDetails</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Selected kind</source>
            <translation>Gewählte Art</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Name of the selected kind</source>
            <translation>Name der gewählten Art</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>&amp;Colour</source>
            <translation>&amp;Farbe</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Marker shape</source>
            <translation>Form der Markierung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>&amp;Shape</source>
            <translation>F&amp;orm</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Key that logs this kind</source>
            <translation>Taste, die diese Art erfasst</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Clear key</source>
            <translation>Taste entfernen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>K&amp;ey</source>
            <translation>&amp;Taste</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Keys that log this kind now</source>
            <translation>Tasten, die diese Art jetzt erfassen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Move do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>&amp;Archive</source>
            <translation>&amp;Archivieren</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Logged with: %s</source>
            <translation>Erfasst mit: %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>No key logs this kind now (it is off, archived or past key 9).</source>
            <translation>Keine Taste erfasst diese Art gerade (sie ist aus, archiviert oder liegt hinter Taste 9).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Un&amp;archive</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Own colour %s</source>
            <translation>Eigene Farbe %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Other…</source>
            <translation>Andere …</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Jerk</source>
            <translation>Zuckung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Kick</source>
            <translation>Tritt</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Deep itch</source>
            <translation>Tiefer Juckreiz</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Eyelid twitch</source>
            <translation>Lidzucken</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Hiccup</source>
            <translation>Schluckauf</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Burning</source>
            <translation>Brennen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Creeping</source>
            <translation>Kriechen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Tugging</source>
            <translation>Ziehen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Crawling</source>
            <translation>Ameisenlaufen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Arm jerk</source>
            <translation>Armzuckung</translation>
        </message>
    </context>
    <context>
        <name>KindsEditor</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>On · kind</source>
            <translation>An · Art</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Kinds</source>
            <translation>Arten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Name of a new kind, e.g. Toe curl</source>
            <translation>Name einer neuen Art, z. B. Zehenkrampf</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Name of the new kind</source>
            <translation>Name der neuen Art</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Add kind</source>
            <translation>Art hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>archived</source>
            <translation>archiviert</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>on</source>
            <translation>an</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>off</source>
            <translation>aus</translation>
        </message>
    </context>
    <context>
        <name>LanguageAndDisplay</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Language and display</source>
            <translation>Sprache und Anzeige</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>The desktop's language (%1)</source>
            <translation>Sprache des Systems (%1)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Language of Hypnic</source>
            <translation>Sprache von Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>The same as Hypnic's</source>
            <translation>Wie Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Language of the doctor's summary</source>
            <translation>Sprache der Zusammenfassung für die Sprechstunde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Su&amp;mmary language</source>
            <translation>Sprache der &amp;Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Text size, percent of the desktop's</source>
            <translation>Schriftgröße in Prozent der Systemschrift</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Te&amp;xt size</source>
            <translation>Sc&amp;hriftgröße</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>&amp;High contrast (night and day themes)</source>
            <translation>&amp;Hoher Kontrast (Nacht- und Tagdarstellung)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Hypnic will speak %1 from its next start.</source>
            <translation>Hypnic spricht ab dem nächsten Start %1.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/hypnic/app.py" />
            <source> — DEMO (nothing here is real)</source>
            <translation> – DEMO (nichts hiervon ist echt)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/app.py" />
            <source>Backups…</source>
            <translation>Sicherungskopien …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/app.py" />
            <source>Taps not saved when Hypnic was last closed are kept in %s. Add them to the store with: hypnic%s import FILE</source>
            <translation>Einträge, die beim letzten Schließen von Hypnic nicht gespeichert wurden, liegen in %s. Fügen Sie sie so hinzu: hypnic%s import DATEI</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Hypnic bedside logger</source>
            <translation>Hypnic – Erfassung am Bett</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Undo last tap</source>
            <translation>Letzten Eintrag rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Redo</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Lights out</source>
            <translation>Licht aus</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Partner logging</source>
            <translation>Erfassung durch den Partner</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Review a night…</source>
            <translation>Eine Nacht durchsehen …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>History of nights…</source>
            <translation>Verlauf der Nächte …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Summary for the doctor…</source>
            <translation>Zusammenfassung für die Sprechstunde …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Kinds and settings…</source>
            <translation>Arten und Einstellungen …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Full screen</source>
            <translation>Vollbild</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Log %s</source>
            <translation>%s erfassen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Undo not done, nothing was changed: %s.</source>
            <translation>Nicht rückgängig gemacht, nichts wurde geändert: %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Nothing to undo tonight.</source>
            <translation>Heute Nacht gibt es nichts rückgängig zu machen.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Removed: %s (it had not been saved yet)</source>
            <translation>Entfernt: %s (war noch nicht gespeichert)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Undone: %s · moved to the trash · &lt;a href='redo'&gt;Redo&lt;/a&gt;</source>
            <translation>Rückgängig: %s · in den Papierkorb verschoben · &lt;a href='redo'&gt;Wiederherstellen&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Redo not done, nothing was changed: %s.</source>
            <translation>Nicht wiederhergestellt, nichts wurde geändert: %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Restored: %s</source>
            <translation>Wiederhergestellt: %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>lights-out %s</source>
            <translation>Licht aus %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Lights-out not saved: %s.</source>
            <translation>„Licht aus“ nicht gespeichert: %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Lights out · %s</source>
            <translation>Licht aus · %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Partner: ON (P)</source>
            <translation>Partner: AN (P)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Partner (P)</source>
            <translation>Partner (P)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Day theme</source>
            <translation>Tagesdarstellung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Night theme</source>
            <translation>Nachtdarstellung</translation>
        </message>
    </context>
    <context>
        <name>MedicationsEditor</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Medications</source>
            <translation>Medikamente</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Medication name</source>
            <translation>Name des Medikaments</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>e.g. clonazepam</source>
            <translation>z. B. Clonazepam</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Usual amount</source>
            <translation>Übliche Menge</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Usual &amp;bedtime dose (the bedside D key logs it)</source>
            <translation>Übliche &amp;Abenddosis (die Taste D am Bett erfasst sie)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Usual bedtime dose</source>
            <translation>Übliche Abenddosis</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>&amp;Archived (no longer taken; its doses stay)</source>
            <translation>A&amp;rchiviert (nicht mehr eingenommen; die Einnahmen bleiben)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Add as new</source>
            <translation>Neu hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Add a new medication</source>
            <translation>Ein neues Medikament hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Save changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Save the selected medication</source>
            <translation>Das gewählte Medikament speichern</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Delete the selected medication</source>
            <translation>Das gewählte Medikament löschen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Usual a&amp;mount</source>
            <translation>Übliche &amp;Menge</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>No medications yet. Type a name (suggestions appear), then Add as new.</source>
            <translation>Noch keine Medikamente. Geben Sie einen Namen ein (Vorschläge erscheinen) und wählen Sie dann „Neu hinzufügen“.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Added.</source>
            <translation>Hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Deleted %s.</source>
            <translation>%s gelöscht.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>%s has doses, so it is kept: tick Archived instead.</source>
            <translation>Zu %s gibt es Einnahmen, daher bleibt es erhalten: Kreuzen Sie stattdessen „Archiviert“ an.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>The medication you typed is not added yet.</source>
            <translation>Das eingegebene Medikament ist noch nicht hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Add it</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Your changes to %1 are not saved yet.</source>
            <translation>Ihre Änderungen an %1 sind noch nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Save them</source>
            <translation>Speichern</translation>
        </message>
    </context>
    <context>
        <name>NightCharts</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_charts.py" />
            <source>Figures of the night</source>
            <translation>Werte der Nacht</translation>
        </message>
    </context>
    <context>
        <name>NightEditor</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Review a night — Hypnic</source>
            <translation>Eine Nacht durchsehen – Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Review a night</source>
            <translation>Eine Nacht durchsehen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>◀ Previous</source>
            <translation>◀ Vorige</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Previous night</source>
            <translation>Vorige Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Night date</source>
            <translation>Datum der Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Next ▶</source>
            <translation>Nächste ▶</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Next night</source>
            <translation>Nächste Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Tonight</source>
            <translation>Heute Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Go to tonight</source>
            <translation>Zu heute Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Night shown</source>
            <translation>Angezeigte Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Events of the night</source>
            <translation>Ereignisse der Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Event kind</source>
            <translation>Art des Ereignisses</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Who noticed it</source>
            <translation>Wer es bemerkt hat</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Add missed event…</source>
            <translation>Vergessenes Ereignis nachtragen …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Add a missed event</source>
            <translation>Vergessenes Ereignis nachtragen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Move the selected events to the trash</source>
            <translation>Die gewählten Ereignisse in den Papierkorb verschieben</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Show or hide the trash</source>
            <translation>Papierkorb zeigen oder verbergen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Events, doses and diary of the night</source>
            <translation>Ereignisse, Einnahmen und Tagebuch der Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>&amp;Events</source>
            <translation>&amp;Ereignisse</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Move to trash</source>
            <translation>In den Papierkorb</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Doses, tags and diary</source>
            <translation>Einnahmen, Tags und Tagebuch</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>&amp;Doses, tags and diary</source>
            <translation>Einnahmen, Tags und &amp;Tagebuch</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Night of %1 — %n event(s)</source>
            <translation>
                <numerusform>Nacht vom %1 – %n Ereignis</numerusform>
                <numerusform>Nacht vom %1 – %n Ereignisse</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Trash (%1)</source>
            <translation>Papierkorb (%1)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Self</source>
            <translation>Ich selbst</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Added at %1.</source>
            <translation>Um %1 hinzugefügt.</translation>
        </message>
    </context>
    <context>
        <name>NightFiguresView</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Events per hour of wind-down</source>
            <translation>Ereignisse pro Stunde der Einschlafphase</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Minutes from lights-out to first event</source>
            <translation>Minuten von „Licht aus“ bis zum ersten Ereignis</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Periodic leg runs, 5–90 s</source>
            <translation>Periodische Serien von Beinbewegungen, 5–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest leg run (movements), 5–90 s</source>
            <translation>Längste Beinserie (Bewegungen), 5–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg taps in runs, 5–90 s</source>
            <translation>Beineinträge in Serien, 5–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Periodic leg runs, 10–90 s</source>
            <translation>Periodische Serien von Beinbewegungen, 10–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest leg run (movements), 10–90 s</source>
            <translation>Längste Beinserie (Bewegungen), 10–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg taps in runs, 10–90 s</source>
            <translation>Beineinträge in Serien, 10–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Partner-logged leg runs, 5–90 s</source>
            <translation>Vom Partner erfasste Beinserien, 5–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Jerk series</source>
            <translation>Zuckungsserien</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest jerk series (movements)</source>
            <translation>Längste Zuckungsserie (Bewegungen)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Patient-reported taps, not a PLM index, not a diagnosis.</source>
            <translation>Angaben des Patienten, kein Index periodischer Beinbewegungen (PLM), keine Diagnose.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>You</source>
            <translation>Sie</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>you</source>
            <translation>Sie</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>partner</source>
            <translation>Partner</translation>
        </message>
    </context>
    <context>
        <name>NightRecordRow</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Wind-down start</source>
            <translation>Beginn der Einschlafphase</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Lights-out</source>
            <translation>Licht aus</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Note for the night</source>
            <translation>Notiz zur Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Note for the night (caffeine, a late meal…)</source>
            <translation>Notiz zur Nacht (Koffein, spätes Essen …)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>&amp;Wind-down started</source>
            <translation>&amp;Einschlafphase begann</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>&amp;Lights out</source>
            <translation>&amp;Licht aus</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>N&amp;ote</source>
            <translation>N&amp;otiz</translation>
        </message>
    </context>
    <context>
        <name>NightSidePanel</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Doses of the night</source>
            <translation>Einnahmen der Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose time</source>
            <translation>Uhrzeit der Einnahme</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Medication</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Amount</source>
            <translation>Menge</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose note</source>
            <translation>Notiz zur Einnahme</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Add dose</source>
            <translation>Einnahme hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Add a dose</source>
            <translation>Eine Einnahme hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Save changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Save the selected dose</source>
            <translation>Die gewählte Einnahme speichern</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Move the selected doses to the trash</source>
            <translation>Die gewählten Einnahmen in den Papierkorb verschieben</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Show or hide the doses' trash</source>
            <translation>Papierkorb der Einnahmen zeigen oder verbergen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Doses in the trash</source>
            <translation>Einnahmen im Papierkorb</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Restore the selected doses</source>
            <translation>Die gewählten Einnahmen wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Diary answers</source>
            <translation>Antworten im Schlaftagebuch</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>D&amp;iary…</source>
            <translation>Schlaf&amp;tagebuch …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Answer or change the sleep diary for this night</source>
            <translation>Das Schlaftagebuch für diese Nacht beantworten oder ändern</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Doses</source>
            <translation>Einnahmen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Evening tags</source>
            <translation>Tags des Abends</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Sleep diary</source>
            <translation>Schlaftagebuch</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose trash (%1)</source>
            <translation>Papierkorb der Einnahmen (%1)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Not answered.</source>
            <translation>Nicht beantwortet.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>quality —</source>
            <translation>Qualität —</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>quality %1 (%2)</source>
            <translation>Qualität %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose added.</source>
            <translation>Einnahme hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose changed.</source>
            <translation>Einnahme geändert.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>The dose you typed is not added yet.</source>
            <translation>Die eingegebene Einnahme ist noch nicht hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Add it</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Your changes to the dose at %1 are not saved yet.</source>
            <translation>Ihre Änderungen an der Einnahme um %1 sind noch nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Save them</source>
            <translation>Speichern</translation>
        </message>
    </context>
    <context>
        <name>NightTimeline</name>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Align at lights-out</source>
            <translation>Ab „Licht aus“ ausrichten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Show minutes since lights-out instead of clock time</source>
            <translation>Minuten seit „Licht aus“ statt der Uhrzeit zeigen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Filled: you · hollow: partner · shaded: periodic runs (5–90 s)</source>
            <translation>Gefüllt: Sie · hohl: Partner · schattiert: periodische Serien (5–90 s)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Event under the pointer</source>
            <translation>Ereignis unter dem Mauszeiger</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Timeline of the night</source>
            <translation>Zeitleiste der Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>wind-down</source>
            <translation>Einschlafphase</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>lights out</source>
            <translation>Licht aus</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>No events this night.</source>
            <translation>Keine Ereignisse in dieser Nacht.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>%n event(s) from %1 to %2 (%3).</source>
            <translation>
                <numerusform>%n Ereignis von %1 bis %2 (%3).</numerusform>
                <numerusform>%n Ereignisse von %1 bis %2 (%3).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Shaded: %n periodic leg run(s), 5–90 s.</source>
            <translation>
                <numerusform>Schattiert: %n periodische Beinserie, 5–90 s.</numerusform>
                <numerusform>Schattiert: %n periodische Beinserien, 5–90 s.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>The table of events lists each one.</source>
            <translation>Die Tabelle der Ereignisse führt jedes einzeln auf.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>by partner</source>
            <translation>vom Partner</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>by you</source>
            <translation>von Ihnen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>%s min after lights-out</source>
            <translation>%s min nach „Licht aus“</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Point at a mark to see its exact time; drag or scroll to pan and zoom.</source>
            <translation>Zeigen Sie auf eine Markierung, um die genaue Uhrzeit zu sehen; ziehen oder scrollen Sie zum Verschieben und Zoomen.</translation>
        </message>
    </context>
    <context>
        <name>NoteDelegate</name>
        <message>
            <location filename="../../src/hypnic/ui/review/event_delegates.py" />
            <source>Event note</source>
            <translation>Notiz zum Ereignis</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <location filename="../../src/hypnic/ui/common/locale_text.py" />
            <source>%1%</source>
            <extracomment>The percent sign as the language writes it after a number (French and German add a narrow no-break space: "%1 %").</extracomment>
            <translation>%1 %</translation>
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
            <translation>Name des Patienten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>optional</source>
            <translation>freiwillig</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>YYYY-MM-DD, optional</source>
            <translation>JJJJ-MM-TT, freiwillig</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Save the patient's details</source>
            <translation>Die Angaben zum Patienten speichern</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Printed in the header of the summary for the doctor.</source>
            <translation>Erscheint im Kopf der Zusammenfassung für die Sprechstunde.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Date of &amp;birth</source>
            <translation>&amp;Geburtsdatum</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesPage</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Day boundary</source>
            <translation>Tagesgrenze</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>&amp;Day boundary</source>
            <translation>&amp;Tagesgrenze</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Events before this time belong to the previous night.</source>
            <translation>Ereignisse vor dieser Uhrzeit gehören zur vorigen Nacht.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Automatic (night theme in the hours below)</source>
            <translation>Automatisch (Nachtdarstellung in den Stunden unten)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Always night</source>
            <translation>Immer Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Always day</source>
            <translation>Immer Tag</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Theme</source>
            <translation>Darstellung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>&amp;Theme</source>
            <translation>&amp;Darstellung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Night theme from</source>
            <translation>Nachtdarstellung ab</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Night theme &amp;from</source>
            <translation>Nachtdarstellung &amp;ab</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Night theme until</source>
            <translation>Nachtdarstellung bis</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Night theme &amp;until</source>
            <translation>Nachtdarstellung &amp;bis</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Dimmer, percent darker</source>
            <translation>Abdunkeln, Prozent dunkler</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Di&amp;mmer</source>
            <translation>Ab&amp;dunkeln</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
    </context>
    <context>
        <name>Rescue</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>Taps not saved</source>
            <translation>Einträge nicht gespeichert</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>%n tap(s) could not be saved to the store. Write them to a file first?</source>
            <translation>
                <numerusform>%n Eintrag konnte nicht gespeichert werden. Zuerst in eine Datei schreiben?</numerusform>
                <numerusform>%n Einträge konnten nicht gespeichert werden. Zuerst in eine Datei schreiben?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>You can import that file later with 'hypnic import'.</source>
            <translation>Sie können diese Datei später mit „hypnic import“ einlesen.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>Save to file…</source>
            <translation>In Datei speichern …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>Quit without saving</source>
            <translation>Ohne Speichern beenden</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>Save unsaved taps</source>
            <translation>Nicht gespeicherte Einträge sichern</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>Not written</source>
            <translation>Nicht geschrieben</translation>
        </message>
    </context>
    <context>
        <name>SettingsWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Kinds and settings — Hypnic</source>
            <translation>Arten und Einstellungen – Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Kinds and settings</source>
            <translation>Arten und Einstellungen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Settings pages</source>
            <translation>Seiten der Einstellungen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>&amp;Kinds</source>
            <translation>&amp;Arten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>&amp;Preferences</source>
            <translation>A&amp;llgemein</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>&amp;Medications</source>
            <translation>&amp;Medikamente</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>T&amp;ags</source>
            <translation>Ta&amp;gs</translation>
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
            <translation>Dreieck</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>square</source>
            <translation>Quadrat</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>diamond</source>
            <translation>Raute</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>circle</source>
            <translation>Kreis</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>star</source>
            <translation>Stern</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>pentagon</source>
            <translation>Fünfeck</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>hexagon</source>
            <translation>Sechseck</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>triangle down</source>
            <translation>Dreieck nach unten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>plus</source>
            <translation>Plus</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>cross</source>
            <translation>Kreuz</translation>
        </message>
    </context>
    <context>
        <name>SleepQuality</name>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>very poor</source>
            <translation>sehr schlecht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>poor</source>
            <translation>schlecht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>fair</source>
            <translation>mittelmäßig</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>good</source>
            <translation>gut</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>very good</source>
            <translation>sehr gut</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>The backup was not restored: %s</source>
            <translation>Die Sicherungskopie wurde nicht wiederhergestellt: %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Restored %s. The previous store is kept as %s.</source>
            <translation>%s wiederhergestellt. Der bisherige Datenbestand liegt als %s bereit.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Hypnic's store is damaged, and there is no good backup to restore.</source>
            <translation>Die Daten von Hypnic sind beschädigt, und es gibt keine intakte Sicherungskopie zum Wiederherstellen.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Hypnic's store is damaged.</source>
            <translation>Die Daten von Hypnic sind beschädigt.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Restore the newest good backup (%s)? The damaged file is kept aside, not deleted.</source>
            <translation>Die neueste intakte Sicherungskopie (%s) wiederherstellen? Die beschädigte Datei wird beiseitegelegt, nicht gelöscht.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Store: %s
What is wrong: %s
Backup to restore: %s</source>
            <translation>Daten: %s
Fehler: %s
Wiederherzustellende Sicherungskopie: %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Restore the backup</source>
            <translation>Sicherungskopie wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
    </context>
    <context>
        <name>SummaryWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Summary for the doctor</source>
            <translation>Zusammenfassung für die Sprechstunde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>optional</source>
            <translation>freiwillig</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>As the locale suggests</source>
            <translation>Wie im Land üblich</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Letter</source>
            <translation>Letter (US)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>One to two pages for your neurologist, readable in black and white: how often, when in the night, in what pattern, and whether a medication changed it.</source>
            <translation>Ein bis zwei Seiten für Ihre Neurologin oder Ihren Neurologen, auch schwarz-weiß lesbar: wie oft, wann in der Nacht, in welchem Muster und ob ein Medikament etwas geändert hat.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>&amp;First night</source>
            <translation>&amp;Erste Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>&amp;Last night</source>
            <translation>&amp;Letzte Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Patient &amp;name</source>
            <translation>&amp;Name des Patienten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Pa&amp;per</source>
            <translation>&amp;Papier</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>First night</source>
            <translation>Erste Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Last night</source>
            <translation>Letzte Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Patient name</source>
            <translation>Name des Patienten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Paper size</source>
            <translation>Papierformat</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Print pre&amp;view…</source>
            <translation>&amp;Vorschau …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>P&amp;rint…</source>
            <translation>&amp;Drucken …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>&amp;Save as PDF…</source>
            <translation>Als PDF &amp;speichern …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Summary preview</source>
            <translation>Vorschau der Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Sent to the printer.</source>
            <translation>An den Drucker gesendet.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Save the summary as PDF</source>
            <translation>Zusammenfassung als PDF speichern</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Saved %n page(s) to %1.</source>
            <translation>
                <numerusform>%n Seite in %1 gespeichert.</numerusform>
                <numerusform>%n Seiten in %1 gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>The first night is after the last night.</source>
            <translation>Die erste Nacht liegt nach der letzten.</translation>
        </message>
    </context>
    <context>
        <name>Tags</name>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Caffeine after 16:00</source>
            <translation>Koffein nach 16 Uhr</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Alcohol</source>
            <translation>Alkohol</translation>
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
            <translation>Hitze</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Late meal</source>
            <translation>Spätes Essen</translation>
        </message>
    </context>
    <context>
        <name>TagsEditor</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Evening tags</source>
            <translation>Tags des Abends</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Tag name</source>
            <translation>Name des Tags</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Name of the tag</source>
            <translation>Name des Tags</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Add a tag</source>
            <translation>Einen Tag hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>&amp;Rename</source>
            <translation>&amp;Umbenennen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Rename the tag</source>
            <translation>Den Tag umbenennen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Arc&amp;hive</source>
            <translation>Arc&amp;hivieren</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Archive the tag</source>
            <translation>Den Tag archivieren</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Delete the tag</source>
            <translation>Den Tag löschen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Tags mark what else happened in an evening; T at the bedside sets them.</source>
            <translation>Tags halten fest, was am Abend sonst noch war; am Bett setzt man sie mit T.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>  (archived)</source>
            <translation>  (archiviert)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Unarc&amp;hive</source>
            <translation>Wieder&amp;herstellen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Added.</source>
            <translation>Hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Renamed.</source>
            <translation>Umbenannt.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Done.</source>
            <translation>Erledigt.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Deleted.</source>
            <translation>Gelöscht.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Some nights have this tag: archive it instead.</source>
            <translation>Einige Nächte haben diesen Tag: Archivieren Sie ihn stattdessen.</translation>
        </message>
    </context>
    <context>
        <name>TagToggles</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>+ your own tag</source>
            <translation>+ eigener Tag</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Add a tag of your own</source>
            <translation>Einen eigenen Tag hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Tag: %s</source>
            <translation>Tag: %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Tag not added: %s.</source>
            <translation>Tag nicht hinzugefügt: %s.</translation>
        </message>
    </context>
    <context>
        <name>TimeDelegate</name>
        <message>
            <location filename="../../src/hypnic/ui/review/event_delegates.py" />
            <source>Event time</source>
            <translation>Uhrzeit des Ereignisses</translation>
        </message>
    </context>
    <context>
        <name>TimeEntry</name>
        <message>
            <location filename="../../src/hypnic/ui/common/time_entry.py" />
            <source>first</source>
            <translation>erstes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/time_entry.py" />
            <source>second</source>
            <translation>zweites</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/time_entry.py" />
            <source>Which one?</source>
            <translation>Welches?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/time_entry.py" />
            <source>Nothing was changed.</source>
            <translation>Nichts wurde geändert.</translation>
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Lights out (L)</source>
            <translation>Licht aus (L)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Record lights-out now</source>
            <translation>„Licht aus“ jetzt erfassen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Partner (P)</source>
            <translation>Partner (P)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Partner logging</source>
            <translation>Erfassung durch den Partner</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Day theme</source>
            <translation>Tagesdarstellung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Switch theme</source>
            <translation>Darstellung wechseln</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Dim</source>
            <translation>Dunkler</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Brightness dimmer</source>
            <translation>Helligkeit abdunkeln</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Menu ▾</source>
            <translation>Menü ▾</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Review, history, summary, settings</source>
            <translation>Durchsehen, Verlauf, Zusammenfassung, Einstellungen</translation>
        </message>
    </context>
    <context>
        <name>TrashPanel</name>
        <message>
            <location filename="../../src/hypnic/ui/review/trash_panel.py" />
            <source>Trash of the night</source>
            <translation>Papierkorb der Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/trash_panel.py" />
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/trash_panel.py" />
            <source>Restore the selected events from the trash</source>
            <translation>Die gewählten Ereignisse aus dem Papierkorb wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/trash_panel.py" />
            <source>Trash (deleted events of this night)</source>
            <translation>Papierkorb (gelöschte Ereignisse dieser Nacht)</translation>
        </message>
    </context>
    <context>
        <name>UnsavedTyping</name>
        <message>
            <location filename="../../src/hypnic/ui/common/unsaved_typing.py" />
            <source>Not saved yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/unsaved_typing.py" />
            <source>Discard it</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/unsaved_typing.py" />
            <source>Keep editing</source>
            <translation>Weiter bearbeiten</translation>
        </message>
    </context>
</TS>
