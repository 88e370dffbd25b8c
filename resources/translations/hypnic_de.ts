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
        <name>app</name>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Cannot start — Hypnic</source>
            <translation>Start nicht möglich – Hypnic</translation>
        </message>
    </context>
    <context>
        <name>BackupsWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Backups — Hypnic</source>
            <translation>Sicherungskopien – Hypnic</translation>
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
            <source>No backups yet: the first is made when Hypnic closes after the store has changed, or before an import.</source>
            <translation>Noch keine Sicherungskopien: Die erste entsteht, wenn Hypnic nach einer Änderung des Speichers geschlossen wird, oder vor einem Import.</translation>
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
            <source>%1, %2</source>
            <translation>%1, %2</translation>
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
        <name>BedsideKeys</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>%1 or %2</source>
            <translation>%1 oder %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Hypnic logs the jerks, kicks and odd sensations that come while you fall asleep: one key or one tap each time. Next day you review the night; the summary is for your neurologist. Everything stays on this computer.</source>
            <translation>Hypnic erfasst die Zuckungen, Tritte und seltsamen Empfindungen, die beim Einschlafen kommen: jedes Mal eine Taste oder ein Tippen. Am nächsten Tag sehen Sie die Nacht durch; die Zusammenfassung ist für Ihre Neurologin oder Ihren Neurologen. Alles bleibt auf diesem Computer.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>jerk</source>
            <translation>Zuckung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>leg kick</source>
            <translation>Tritt mit dem Bein</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>deep itch</source>
            <translation>tiefer Juckreiz</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>further kinds you switched on (eyelid twitch, hiccup, burning, your own …)</source>
            <translation>weitere Arten, die Sie eingeschaltet haben (Lidzucken, Schluckauf, Brennen, eigene …)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>lights out (now)</source>
            <translation>Licht aus (jetzt)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>nothing tonight: mark the night quiet (a tap later makes it not quiet again)</source>
            <translation>heute Nacht nichts: die Nacht als ruhig markieren (ein späterer Eintrag hebt das wieder auf)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>undo the last tap (or dose, lights-out, quiet mark)</source>
            <translation>den letzten Eintrag rückgängig machen (oder Einnahme, „Licht aus“, Ruhe-Markierung)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>redo</source>
            <translation>wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>partner switch: taps count as the bed partner's until switched back</source>
            <translation>Partner-Modus: Einträge zählen für den Bettpartner, bis zurückgeschaltet wird</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>log the usual bedtime doses (undo with Ctrl+Z like a tap)</source>
            <translation>die üblichen Abenddosen erfassen (rückgängig mit Strg+Z wie ein Eintrag)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>tonight's tags, note and when the symptoms began</source>
            <translation>Tags und Notiz für heute Abend und wann die Beschwerden begannen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>this list of keys and what Hypnic is for (F1 or Escape closes it)</source>
            <translation>diese Liste der Tasten und wofür Hypnic da ist (F1 oder Esc schließt sie)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>full screen</source>
            <translation>Vollbild</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>the other theme until the next automatic switch (again to go back)</source>
            <translation>die andere Darstellung bis zum nächsten automatischen Wechsel (noch einmal: zurück)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>brighter, dimmer</source>
            <translation>heller, dunkler</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>rest test: a dim timer for sitting still (Escape twice stops it early)</source>
            <translation>Ruhetest: ein gedämpfter Timer zum Stillsitzen (zweimal Esc beendet ihn vorzeitig)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>review a night, history, summary for the doctor, kinds &amp; settings</source>
            <translation>eine Nacht durchsehen, Verlauf, Zusammenfassung für die Sprechstunde, Arten und Einstellungen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>backups of the store</source>
            <translation>Sicherungskopien der Daten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>export, import, prepare for the clinic</source>
            <translation>exportieren, importieren, für die Sprechstunde vorbereiten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>quit (if a tap could not be saved, you are offered a file to keep it in)</source>
            <translation>beenden (konnte ein Eintrag nicht gespeichert werden, wird Ihnen eine Datei angeboten, um ihn aufzubewahren)</translation>
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
            <source>Undo</source>
            <translation>Rückgängig</translation>
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
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>%s; they are written as soon as it is free.</source>
            <translation>%s; sie werden geschrieben, sobald sie frei sind.</translation>
        </message>
    </context>
    <context>
        <name>ClinicWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Prepare for the clinic — Hypnic</source>
            <translation>Für die Sprechstunde vorbereiten – Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Prepare for the clinic</source>
            <translation>Für die Sprechstunde vorbereiten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Hypnic writes three files into a folder you choose: the summary for your neurologist (PDF), a record a clinic's computer system can read (HL7 FHIR) and a table of every event (CSV). Nothing is sent anywhere: you take the folder to the clinic, or send it yourself.</source>
            <translation>Hypnic schreibt drei Dateien in einen Ordner Ihrer Wahl: die Zusammenfassung für Ihre Neurologin oder Ihren Neurologen (PDF), einen Datensatz, den das Computersystem einer Klinik lesen kann (HL7 FHIR), und eine Tabelle aller Ereignisse (CSV). Nichts wird irgendwohin gesendet: Sie bringen den Ordner in die Sprechstunde oder schicken ihn selbst.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Nights (those of the summary unless you change them):</source>
            <translation>Nächte (die der Zusammenfassung, wenn Sie sie nicht ändern):</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>&amp;Choose a folder and write the files…</source>
            <translation>Ordner &amp;wählen und die Dateien schreiben …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Choose a folder and write the three files</source>
            <translation>Einen Ordner wählen und die drei Dateien schreiben</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>What is in the folder</source>
            <translation>Was im Ordner ist</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>&amp;Open the folder</source>
            <translation>Ordner ö&amp;ffnen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Open the folder in the file manager</source>
            <translation>Den Ordner im Dateimanager öffnen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Close the clinic window</source>
            <translation>Das Fenster für die Sprechstunde schließen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>The first night is after the last night.</source>
            <translation>Die erste Nacht liegt nach der letzten.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Choose the folder for the clinic</source>
            <translation>Den Ordner für die Sprechstunde wählen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>the summary to print or show</source>
            <translation>die Zusammenfassung zum Drucken oder Zeigen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>the record for a clinic's system</source>
            <translation>der Datensatz für das System der Klinik</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>the table of events</source>
            <translation>die Tabelle der Ereignisse</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Written into %1, for the nights %2 to %3:</source>
            <translation>Geschrieben in %1, für die Nächte vom %2 bis %3:</translation>
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
        <name>CloseKeys</name>
        <message>
            <location filename="../../src/hypnic/ui/common/close_keys.py" />
            <source>Close</source>
            <translation>Schließen</translation>
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
            <source>A dose of each medication: median taps per night, with / without</source>
            <translation>Eine Dosis jedes Medikaments: Median der Einträge pro Nacht, mit / ohne</translation>
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
            <source>Nights with / without</source>
            <translation>Nächte mit / ohne</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>Taps per night</source>
            <translation>Einträge pro Nacht</translation>
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
            <source>Something went wrong — Hypnic</source>
            <translation>Etwas ist schiefgegangen – Hypnic</translation>
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
            <source>Tags, note and when the symptoms began, for tonight</source>
            <translation>Tags, Notiz und wann die Beschwerden begannen, für heute Abend</translation>
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
            <source>Tags and note for tonight</source>
            <translation>Tags und Notiz für heute Abend</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Symptoms started at</source>
            <translation>Beschwerden begannen um</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>My symptoms started now</source>
            <translation>Meine Beschwerden haben gerade begonnen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>&amp;Symptoms started at</source>
            <translation>&amp;Beschwerden begannen um</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Not saved: %s.</source>
            <translation>Nicht gespeichert: %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Symptoms started at %s</source>
            <translation>Beschwerden begannen um %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>symptoms from %s</source>
            <translation>Beschwerden ab %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>quiet night</source>
            <translation>ruhige Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Bedtime dose already logged at %s — press D again to log another.</source>
            <translation>Abenddosis bereits um %s erfasst – drücken Sie noch einmal D, um eine weitere zu erfassen.</translation>
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
            <source>Note kept. Keys log taps again.</source>
            <translation>Notiz behalten. Die Tasten erfassen wieder Einträge.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Keys log taps again.</source>
            <translation>Die Tasten erfassen wieder Einträge.</translation>
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
        <name>ExportWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Export — Hypnic</source>
            <translation>Exportieren – Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Save your nights in a file. Nothing leaves this computer unless you take or send the file yourself.</source>
            <translation>Speichern Sie Ihre Nächte in einer Datei. Nichts verlässt diesen Computer, es sei denn, Sie nehmen die Datei selbst mit oder verschicken sie.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>What to export</source>
            <translation>Was exportiert wird</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Table of events (&amp;CSV), to open in a spreadsheet</source>
            <translation>Tabelle der Ereignisse (&amp;CSV), für eine Tabellenkalkulation</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Full &amp;backup (JSON): everything Hypnic holds, to move to a new computer</source>
            <translation>Vollständige &amp;Sicherungskopie (JSON): alles, was Hypnic enthält, für den Umzug auf einen neuen Computer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Clinic &amp;record (HL7 FHIR), for a clinic's computer system</source>
            <translation>Klinik-&amp;Datensatz (HL7 FHIR), für das Computersystem einer Klinik</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Which nights</source>
            <translation>Welche Nächte</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>&amp;Only these nights:</source>
            <translation>&amp;Nur diese Nächte:</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Only these nights</source>
            <translation>Nur diese Nächte</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Export result</source>
            <translation>Ergebnis des Exports</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Export to a file</source>
            <translation>In eine Datei exportieren</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Close the export window</source>
            <translation>Das Exportfenster schließen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>&amp;All nights (none recorded yet)</source>
            <translation>&amp;Alle Nächte (noch keine erfasst)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>&amp;All nights (%1 to %2)</source>
            <translation>&amp;Alle Nächte (%1 bis %2)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>The first night is after the last night.</source>
            <translation>Die erste Nacht liegt nach der letzten.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Tables (*.csv)</source>
            <translation>Tabellen (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Hypnic backups (*.json)</source>
            <translation>Hypnic-Sicherungskopien (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>FHIR bundles (*.json)</source>
            <translation>FHIR-Bundles (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Exported %n event(s) to %1.</source>
            <translation>
                <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
                <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>On the new computer, open Hypnic and choose Menu → Import… with this file.</source>
            <translation>Öffnen Sie auf dem neuen Computer Hypnic und wählen Sie Menü → Importieren … mit dieser Datei.</translation>
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
            <translation>Tasten und Hilfe</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>Help: bedside keys</source>
            <translation>Hilfe: Tasten am Bett</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>Bedside keys and what Hypnic is for</source>
            <translation>Tasten am Bett und wofür Hypnic da ist</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>Hypnic at the bedside</source>
            <translation>Hypnic am Bett</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>Your kinds now:</source>
            <translation>Ihre Arten jetzt:</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>F1 or Escape closes this help.</source>
            <translation>F1 oder Esc schließt diese Hilfe.</translation>
        </message>
    </context>
    <context>
        <name>HistoryOnset</name>
        <message>
            <location filename="../../src/hypnic/ui/charts/history_onset.py" />
            <source>When the evening symptoms began, night by night</source>
            <translation>Wann die abendlichen Beschwerden begannen, Nacht für Nacht</translation>
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
            <source>When in the night — one row per night, newest on top; boxed: leg run (5–90 s), dashed box: jerk series</source>
            <translation>Wann in der Nacht — eine Zeile pro Nacht, die neueste oben; Kasten: Beinbewegungsserie (5–90 s), gestrichelter Kasten: Zuckungsserie</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Taps per night — points: each night; line: 7-night median</source>
            <translation>Einträge pro Nacht – Punkte: jede Nacht; Linie: Median über 7 Nächte</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Intervals between leg taps</source>
            <translation>Abstände zwischen Bein-Einträgen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Counts and intervals</source>
            <translation>Anzahlen und Abstände</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Evening symptoms: onset — line: 7-night median</source>
            <translation>Abendliche Beschwerden: Beginn – Linie: Median über 7 Nächte</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Charts of the nights</source>
            <translation>Diagramme der Nächte</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%1 – %2: %3 of %4 nights logged, %5 of them quiet (patient-reported taps)</source>
            <translation>%1 – %2: %3 von %4 Nächten erfasst, davon %5 ruhig (Angaben des Patienten)</translation>
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
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>No night in these says when the symptoms began.</source>
            <translation>Keine dieser Nächte sagt, wann die Beschwerden begannen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%n night(s) say when the evening symptoms began; the median is %1.</source>
            <translation>
                <numerusform>%n Nacht sagt, wann die abendlichen Beschwerden begannen; der Median ist %1.</numerusform>
                <numerusform>%n Nächte sagen, wann die abendlichen Beschwerden begannen; der Median ist %1.</numerusform>
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
            <source>Night to open</source>
            <translation>Zu öffnende Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>&amp;Open the night of</source>
            <translation>Nacht ö&amp;ffnen vom</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>Open the night chosen</source>
            <translation>Die gewählte Nacht öffnen</translation>
        </message>
    </context>
    <context>
        <name>ImportWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import — Hypnic</source>
            <translation>Importieren – Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Add nights from a file: a Hypnic table (CSV) or backup (JSON), or an export of Sleep as Android. You see what would be added before anything changes.</source>
            <translation>Nächte aus einer Datei hinzufügen: eine Hypnic-Tabelle (CSV) oder -Sicherungskopie (JSON) oder ein Export von Sleep as Android. Sie sehen, was hinzukäme, bevor sich etwas ändert.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Find out from the file</source>
            <translation>Aus der Datei erkennen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Hypnic (CSV or JSON backup)</source>
            <translation>Hypnic (CSV oder JSON-Sicherungskopie)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Sleep as Android (CSV)</source>
            <translation>Sleep as Android (CSV)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Kind of file</source>
            <translation>Art der Datei</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>&amp;Choose a file…</source>
            <translation>Datei &amp;wählen …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Choose a file to import</source>
            <translation>Eine Datei zum Importieren wählen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>&amp;Kind of file</source>
            <translation>&amp;Art der Datei</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>What the import would add</source>
            <translation>Was der Import hinzufügen würde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Choose a file to see what it would add.</source>
            <translation>Wählen Sie eine Datei, um zu sehen, was sie hinzufügen würde.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import result</source>
            <translation>Ergebnis des Imports</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import what the preview shows</source>
            <translation>Importieren, was die Vorschau zeigt</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Cancel: import nothing and close</source>
            <translation>Abbrechen: nichts importieren und schließen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Hypnic and Sleep as Android files (*.csv *.json);;All files (*)</source>
            <translation>Hypnic- und Sleep-as-Android-Dateien (*.csv *.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Reading %1… A big file can take a minute or more.</source>
            <translation>%1 wird gelesen … Eine große Datei kann eine Minute oder länger dauern.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import (reading the file…) — Hypnic</source>
            <translation>Importieren (Datei wird gelesen…) – Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Nothing has changed. Choose another file, or Close.</source>
            <translation>Nichts wurde geändert. Wählen Sie eine andere Datei oder schließen Sie.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Hypnic imports a file whole or not at all: tick the box above to add these kinds, or Cancel.</source>
            <translation>Hypnic importiert eine Datei ganz oder gar nicht: Kreuzen Sie oben das Kästchen an, um diese Arten hinzuzufügen, oder wählen Sie Abbrechen.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Nothing has changed yet. Import, or Cancel?</source>
            <translation>Noch hat sich nichts geändert. Importieren oder Abbrechen?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import (importing…) — Hypnic</source>
            <translation>Importieren (wird importiert…) – Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Importing… A big file can take a minute or more.</source>
            <translation>Wird importiert… Eine große Datei kann eine Minute oder länger dauern.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>%1 Nothing was imported; your data is as it was.</source>
            <translation>%1 Nichts wurde importiert; Ihre Daten sind unverändert.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Imported. A copy of your data as it was before is kept in Backups.</source>
            <translation>Importiert. Eine Kopie Ihrer Daten im vorherigen Zustand liegt unter Sicherungskopien.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Nothing was imported: it was all there already.</source>
            <translation>Nichts wurde importiert: Es war schon alles vorhanden.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>ImportWording</name>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the day boundary</source>
            <translation>die Tagesgrenze</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>your name</source>
            <translation>Ihren Namen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>your date of birth</source>
            <translation>Ihr Geburtsdatum</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 und %n weiteres</numerusform>
                <numerusform>%1 und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Hypnic backup (JSON).</source>
            <translation>%1 ist eine Hypnic-Sicherungskopie (JSON).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Hypnic table of events (CSV).</source>
            <translation>%1 ist eine Hypnic-Tabelle der Ereignisse (CSV).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Sleep as Android export (CSV).</source>
            <translation>%1 ist ein Export aus Sleep as Android (CSV).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Hypnic backup (JSON), found from what the file holds.</source>
            <translation>%1 ist eine Hypnic-Sicherungskopie (JSON), erkannt am Inhalt der Datei.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Hypnic table of events (CSV), found from what the file holds.</source>
            <translation>%1 ist eine Hypnic-Tabelle der Ereignisse (CSV), erkannt am Inhalt der Datei.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Sleep as Android export (CSV), found from what the file holds.</source>
            <translation>%1 ist ein Export aus Sleep as Android (CSV), erkannt am Inhalt der Datei.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>It holds %n sleep record(s).</source>
            <translation>
                <numerusform>Sie enthält %n Schlafaufzeichnung.</numerusform>
                <numerusform>Sie enthält %n Schlafaufzeichnungen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>Everything in it is already in Hypnic: nothing was added.</source>
            <translation>Alles darin ist bereits in Hypnic: Es wurde nichts hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>Everything in it is already in Hypnic: importing it would change nothing.</source>
            <translation>Alles darin ist bereits in Hypnic: Ein Import würde nichts ändern.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>Added:</source>
            <translation>Hinzugefügt:</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>Importing it would add:</source>
            <translation>Der Import würde hinzufügen:</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>Already in Hypnic, so left as it is:</source>
            <translation>Bereits in Hypnic, daher unverändert gelassen:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n Ereignis</numerusform>
                <numerusform>%n Ereignisse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n dose(s)</source>
            <translation>
                <numerusform>%n Einnahme</numerusform>
                <numerusform>%n Einnahmen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the lights-out, times and notes of %n night(s)</source>
            <translation>
                <numerusform>„Licht aus“, Zeiten und Notizen von %n Nacht</numerusform>
                <numerusform>„Licht aus“, Zeiten und Notizen von %n Nächten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the tags of %n night(s)</source>
            <translation>
                <numerusform>die Tags von %n Nacht</numerusform>
                <numerusform>die Tags von %n Nächten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the morning diary of %n night(s)</source>
            <translation>
                <numerusform>das Morgentagebuch von %n Nacht</numerusform>
                <numerusform>das Morgentagebuch von %n Nächten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n rest test(s)</source>
            <translation>
                <numerusform>%n Ruhetest</numerusform>
                <numerusform>%n Ruhetests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n new kind(s): %1</source>
            <translation>
                <numerusform>%n neue Art: %1</numerusform>
                <numerusform>%n neue Arten: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n kind(s) as the file names and colours them: %1</source>
            <translation>
                <numerusform>%n Art, wie die Datei sie benennt und färbt: %1</numerusform>
                <numerusform>%n Arten, wie die Datei sie benennt und färbt: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n new medication(s): %1</source>
            <translation>
                <numerusform>%n neues Medikament: %1</numerusform>
                <numerusform>%n neue Medikamente: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n new tag(s): %1</source>
            <translation>
                <numerusform>%n neuer Tag: %1</numerusform>
                <numerusform>%n neue Tags: %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the file's settings: %1</source>
            <translation>die Einstellungen der Datei: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n event(s) (skipped)</source>
            <translation>
                <numerusform>%n Ereignis (übersprungen)</numerusform>
                <numerusform>%n Ereignisse (übersprungen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n dose(s) (skipped)</source>
            <translation>
                <numerusform>%n Einnahme (übersprungen)</numerusform>
                <numerusform>%n Einnahmen (übersprungen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the records of %n night(s) (kept as they are)</source>
            <translation>
                <numerusform>die Angaben zu %n Nacht (unverändert)</numerusform>
                <numerusform>die Angaben zu %n Nächten (unverändert)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the tags or diary of %n night(s) (kept as they are)</source>
            <translation>
                <numerusform>Tags oder Tagebuch von %n Nacht (unverändert)</numerusform>
                <numerusform>Tags oder Tagebuch von %n Nächten (unverändert)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n rest test(s) (skipped)</source>
            <translation>
                <numerusform>%n Ruhetest (übersprungen)</numerusform>
                <numerusform>%n Ruhetests (übersprungen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>lights-out on %n night(s)</source>
            <translation>
                <numerusform>„Licht aus“ in %n Nacht</numerusform>
                <numerusform>„Licht aus“ in %n Nächten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the comment as the note of %n night(s)</source>
            <translation>
                <numerusform>der Kommentar als Notiz von %n Nacht</numerusform>
                <numerusform>der Kommentar als Notiz von %n Nächten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the comment below the note already on %n night(s)</source>
            <translation>
                <numerusform>der Kommentar unter der vorhandenen Notiz von %n Nacht</numerusform>
                <numerusform>der Kommentar unter der vorhandenen Notiz von %n Nächten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>tags on %n night(s)</source>
            <translation>
                <numerusform>Tags in %n Nacht</numerusform>
                <numerusform>Tags in %n Nächten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the lights-out already recorded on %n night(s)</source>
            <translation>
                <numerusform>das bereits erfasste „Licht aus“ von %n Nacht</numerusform>
                <numerusform>das bereits erfasste „Licht aus“ von %n Nächten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n night(s) already up to date</source>
            <translation>
                <numerusform>%n Nacht bereits aktuell</numerusform>
                <numerusform>%n Nächte bereits aktuell</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>&amp;Add the kind(s) this file uses that are not in your list: %1</source>
            <translation>
                <numerusform>Die Art, die diese Datei verwendet und die in Ihrer Liste fehlt, &amp;hinzufügen: %1</numerusform>
                <numerusform>Die %n Arten, die diese Datei verwendet und die in Ihrer Liste fehlen, &amp;hinzufügen: %1</numerusform>
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
            <translation>%s erfassen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>partner's · yours %s</source>
            <translation>Partner · Ihre %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>yours · partner %s</source>
            <translation>Ihre · Partner %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>yours tonight</source>
            <translation>Ihre heute Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>Partner %1 tonight, yours %2. Key %3.</source>
            <translation>Partner heute Nacht %1, Ihre %2. Taste %3.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>%1 tonight, partner %2. Key %3.</source>
            <translation>%1 heute Nacht, Partner %2. Taste %3.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>%1 tonight. Key %3.</source>
            <translation>%1 heute Nacht. Taste %3.</translation>
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
            <location filename="../../src/hypnic/ui/bedside/around_taps.py" />
            <source>Rest &amp;test…</source>
            <translation>Ruhe&amp;test …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/day_menu.py" />
            <source>Back&amp;ups…</source>
            <translation>Sicherungs&amp;kopien …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/day_menu.py" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/day_menu.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importieren …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/day_menu.py" />
            <source>Prepare for the &amp;clinic…</source>
            <translation>Für die Sprech&amp;stunde vorbereiten …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Bedside (DEMO, nothing here is real) — Hypnic</source>
            <translation>Am Bett (DEMO, nichts hier ist echt) – Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Bedside — Hypnic</source>
            <translation>Am Bett – Hypnic</translation>
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
            <source>&amp;Review a night…</source>
            <translation>Eine Nacht &amp;durchsehen …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;History of nights…</source>
            <translation>&amp;Verlauf der Nächte …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Summary for the doctor…</source>
            <translation>&amp;Zusammenfassung für die Sprechstunde …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Kinds and settings…</source>
            <translation>&amp;Arten und Einstellungen …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Day or &amp;night theme for now</source>
            <translation>Tag- oder &amp;Nachtdarstellung für jetzt</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Brighter</source>
            <translation>&amp;Heller</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Dimmer</source>
            <translation>&amp;Dunkler</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Full screen</source>
            <translation>&amp;Vollbild</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
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
            <source>Undone: %s</source>
            <translation>Rückgängig gemacht: %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Removed: %s (it had not been saved yet)</source>
            <translation>Entfernt: %s (war noch nicht gespeichert)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Undone: %s · moved to the trash</source>
            <translation>Rückgängig gemacht: %s · in den Papierkorb verschoben</translation>
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
            <source>Undo %s</source>
            <translation>%s rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Redo %s</source>
            <translation>%s wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>quiet night</source>
            <translation>ruhige Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>symptoms started at %s</source>
            <translation>Beschwerden begannen um %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>lights-out %s</source>
            <translation>Licht aus %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>partner's %1 %2</source>
            <translation>%1 des Partners %2</translation>
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
            <source>Lights out (L)</source>
            <translation>Licht aus (L)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Record lights-out now</source>
            <translation>„Licht aus“ jetzt erfassen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Lights out %s (L)</source>
            <translation>Licht aus %s (L)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Lights-out is %s; press to record it again now</source>
            <translation>„Licht aus“ ist %s; drücken, um es jetzt neu zu erfassen</translation>
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
            <location filename="../../src/hypnic/window_session.py" />
            <source>Taps not saved when Hypnic was last closed are kept in %s. Add them to the store with Menu → Import…, or with: hypnic%s import FILE</source>
            <translation>Einträge, die beim letzten Schließen von Hypnic nicht gespeichert wurden, liegen in %s. Fügen Sie sie mit Menü → Importieren … hinzu oder mit: hypnic%s import DATEI</translation>
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
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Add a missed event</source>
            <translation>Vergessenes Ereignis nachtragen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Move to trash</source>
            <translation>In den Papierkorb</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>There is no later night yet: this is tonight.</source>
            <translation>Es gibt noch keine spätere Nacht: Dies ist die heutige.</translation>
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
            <source>Night of %1 — Hypnic</source>
            <translation>Nacht vom %1 – Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Added at %1.</source>
            <translation>Um %1 hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Events of the night</source>
            <translation>Ereignisse der Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Event kind</source>
            <translation>Art des Ereignisses</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Who noticed it</source>
            <translation>Wer es bemerkt hat</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Add missed event…</source>
            <translation>Vergessenes Ereignis nachtragen …</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Move the selected events to the trash</source>
            <translation>Die gewählten Ereignisse in den Papierkorb verschieben</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Show or hide the trash</source>
            <translation>Papierkorb zeigen oder verbergen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Trash (%1)</source>
            <translation>Papierkorb (%1)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Self</source>
            <translation>Ich selbst</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
    </context>
    <context>
        <name>NightFiguresView</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Taps per hour of wind-down</source>
            <translation>Einträge pro Stunde Einschlafphase</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Minutes lights-out to first tap</source>
            <translation>Minuten von „Licht aus“ bis zum ersten Eintrag</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Taps after the wind-down</source>
            <translation>Einträge nach der Einschlafphase</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg runs, 5–90 s (as in PLM)</source>
            <translation>Beinbewegungsserien, 5–90 s (wie bei PLM)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest leg run, movements</source>
            <translation>Längste Beinbewegungsserie, Bewegungen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg taps in runs</source>
            <translation>Bein-Einträge in Serien</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg runs, WASM 10–90 s</source>
            <translation>Beinbewegungsserien, WASM 10–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest WASM run, movements</source>
            <translation>Längste WASM-Serie, Bewegungen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg taps in WASM runs</source>
            <translation>Bein-Einträge in WASM-Serien</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg runs seen by a partner</source>
            <translation>Vom Partner gesehene Beinbewegungsserien</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Jerk series (not leg runs)</source>
            <translation>Zuckungsserien (keine Beinbewegungsserien)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest jerk series, movements</source>
            <translation>Längste Zuckungsserie, Bewegungen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Wind-down: from lights-out (or the first tap) to the last tap before a gap of more than 60 minutes; later taps are night wakings or the morning.</source>
            <translation>Einschlafphase: von „Licht aus“ (oder dem ersten Eintrag) bis zum letzten Eintrag vor einer Pause von mehr als 60 Minuten; spätere Einträge sind nächtliches Aufwachen oder der Morgen.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Rest tests of the night</source>
            <translation>Ruhetests der Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Patterns seen this night</source>
            <translation>Muster in dieser Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Patient-reported taps, not a PLM index and not a diagnosis.</source>
            <translation>Einträge des Patienten, kein PLM-Index und keine Diagnose.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Rest test at %s, %s min: %s taps per hour; leg movements %s per hour</source>
            <translation>Ruhetest um %s, %s min: %s Einträge pro Stunde; Beinbewegungen %s pro Stunde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>(the clinic's cut-off, more than 40 an hour, is from EMG: not equivalent)</source>
            <translation>(der Grenzwert der Klinik, mehr als 40 pro Stunde, stammt aus dem EMG: nicht gleichwertig)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Quiet night (“nothing tonight”): logged with zero taps.</source>
            <translation>Ruhige Nacht („heute Nacht nichts“): mit null Einträgen erfasst.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>isolated jerks in the wind-down (as in hypnic jerks)</source>
            <translation>einzelne Zuckungen in der Einschlafphase (wie bei Einschlafzuckungen)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>jerk series at sleep onset (as described in propriospinal myoclonus)</source>
            <translation>Zuckungsserien beim Einschlafen (wie beim propriospinalen Myoklonus beschrieben)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>periodic leg movements, 5–90 s (as in PLM)</source>
            <translation>periodische Beinbewegungen, 5–90 s (wie bei PLM)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>evening sensations (as in restless legs)</source>
            <translation>abendliche Missempfindungen (wie beim Restless-Legs-Syndrom)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>taps after the wind-down (night wakings, morning)</source>
            <translation>Einträge nach der Einschlafphase (nächtliches Aufwachen, Morgen)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Patterns seen: none.</source>
            <translation>Beobachtete Muster: keine.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Patterns seen: %1.</source>
            <translation>Beobachtete Muster: %1.</translation>
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
        <name>NightRange</name>
        <message>
            <location filename="../../src/hypnic/ui/exchange/night_range.py" />
            <source>First night</source>
            <translation>Erste Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/night_range.py" />
            <source>Last night</source>
            <translation>Letzte Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/night_range.py" />
            <source>&amp;From</source>
            <translation>&amp;Von</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/night_range.py" />
            <source>&amp;to</source>
            <translation>&amp;bis</translation>
        </message>
    </context>
    <context>
        <name>NightRecordRow</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Symptoms started</source>
            <translation>Beschwerden begannen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Nothing tonight</source>
            <translation>Heute Nacht nichts</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Quiet night: nothing happened</source>
            <translation>Ruhige Nacht: Es ist nichts passiert</translation>
        </message>
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
            <source>S&amp;ymptoms from</source>
            <translation>Beschwerden a&amp;b</translation>
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
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Marked quiet, not quiet: %n tap(s)</source>
            <translation>
                <numerusform>Als ruhig markiert, aber nicht ruhig: %n Eintrag</numerusform>
                <numerusform>Als ruhig markiert, aber nicht ruhig: %n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Taps were logged after the night was marked quiet, so it does not count as quiet. Click to remove the mark.</source>
            <translation>Nach der Markierung als ruhig wurden Einträge erfasst, daher zählt die Nacht nicht als ruhig. Klicken, um die Markierung zu entfernen.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>✓ Nothing tonight</source>
            <translation>✓ Heute Nacht nichts</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>A night with taps cannot be quiet.</source>
            <translation>Eine Nacht mit Einträgen kann nicht ruhig sein.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Mark the night quiet: used, and nothing happened.</source>
            <translation>Die Nacht als ruhig markieren: Hypnic benutzt, und es ist nichts passiert.</translation>
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
            <source>Filled: you · hollow: partner · shaded: leg run (5–90 s) · cross-hatched: jerk series</source>
            <translation>Gefüllt: Sie · hohl: Partner · schattiert: Beinbewegungsserie (5–90 s) · kreuzschraffiert: Zuckungsserie</translation>
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
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>No events this night.</source>
            <translation>Keine Ereignisse in dieser Nacht.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>%n event(s) from %1 to %2 (%3).</source>
            <translation>
                <numerusform>%n Ereignis von %1 bis %2 (%3).</numerusform>
                <numerusform>%n Ereignisse von %1 bis %2 (%3).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>Shaded: %n periodic leg run(s), 5–90 s.</source>
            <translation>
                <numerusform>Schattiert: %n periodische Beinserie, 5–90 s.</numerusform>
                <numerusform>Schattiert: %n periodische Beinserien, 5–90 s.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>The table of events lists each one.</source>
            <translation>Die Tabelle der Ereignisse führt jedes einzeln auf.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>by partner</source>
            <translation>vom Partner</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>by you</source>
            <translation>von Ihnen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>%s min after lights-out</source>
            <translation>%s min nach „Licht aus“</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>in a jerk series of %n movements</source>
            <translation>
                <numerusform>in einer Zuckungsserie aus %n Bewegung</numerusform>
                <numerusform>in einer Zuckungsserie aus %n Bewegungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>in a partner-seen leg run of %n movements (5–90 s)</source>
            <translation>
                <numerusform>in einer vom Partner gesehenen Beinbewegungsserie aus %n Bewegung (5–90 s)</numerusform>
                <numerusform>in einer vom Partner gesehenen Beinbewegungsserie aus %n Bewegungen (5–90 s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>in a leg run of %n movements (5–90 s)</source>
            <translation>
                <numerusform>in einer Beinbewegungsserie aus %n Bewegung (5–90 s)</numerusform>
                <numerusform>in einer Beinbewegungsserie aus %n Bewegungen (5–90 s)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>Point at a mark to see its exact time; drag or scroll to pan and zoom (keys: + and −, ← and →, Home for the whole night).</source>
            <translation>Zeigen Sie auf eine Markierung, um die genaue Uhrzeit zu sehen; ziehen oder scrollen zum Verschieben und Zoomen (Tasten: + und −, ← und →, Pos1 für die ganze Nacht).</translation>
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
            <source>As it was last closed</source>
            <translation>Wie beim letzten Schließen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Maximised</source>
            <translation>Maximiert</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Full screen</source>
            <translation>Vollbild</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>How the bedside window opens</source>
            <translation>Wie sich das Fenster am Bett öffnet</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Bedside &amp;window opens</source>
            <translation>&amp;Fenster am Bett öffnet sich</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
    </context>
    <context>
        <name>QuietKey</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/quiet_key.py" />
            <source>Nothing tonight (quiet night)</source>
            <translation>Heute Nacht nichts (ruhige Nacht)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/quiet_key.py" />
            <source>Not marked quiet: tonight already has %n tap(s). Undo them first (Backspace) if they were mistakes.</source>
            <translation>
                <numerusform>Nicht als ruhig markiert: Heute Nacht gibt es schon %n Eintrag. Machen Sie ihn erst rückgängig (Rücktaste), falls er ein Versehen war.</numerusform>
                <numerusform>Nicht als ruhig markiert: Heute Nacht gibt es schon %n Einträge. Machen Sie sie erst rückgängig (Rücktaste), falls sie ein Versehen waren.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/quiet_key.py" />
            <source>Quiet night not saved: %s.</source>
            <translation>Ruhige Nacht nicht gespeichert: %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/quiet_key.py" />
            <source>Quiet night: nothing tonight</source>
            <translation>Ruhige Nacht: heute Nacht nichts</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/quiet_key.py" />
            <source>Not quiet any more: </source>
            <translation>Nicht mehr ruhig: </translation>
        </message>
    </context>
    <context>
        <name>RemindersPage</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Remind me from an icon in the tray</source>
            <translation>Über ein Symbol im Infobereich erinnern</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Reminders from the tray icon</source>
            <translation>Erinnerungen über das Symbol im Infobereich</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>This desktop has no tray (system tray or status area), so reminders cannot be shown here.</source>
            <translation>Diese Arbeitsumgebung hat keinen Infobereich (Systemabschnitt der Kontrollleiste), daher können hier keine Erinnerungen gezeigt werden.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Why reminders are not available</source>
            <translation>Warum Erinnerungen nicht verfügbar sind</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Wind-down reminder at</source>
            <translation>Erinnerung zum Zubettgehen um</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>&amp;Wind-down reminder at</source>
            <translation>&amp;Erinnerung zum Zubettgehen um</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Only when nothing is logged tonight yet (no tap, N or lights-out).</source>
            <translation>Nur wenn heute Nacht noch nichts erfasst ist (kein Eintrag, kein N, kein „Licht aus“).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Offer the morning diary within an hour of the first start of the day</source>
            <translation>Das Morgentagebuch in der ersten Stunde nach dem ersten Start des Tages anbieten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Offer the morning diary</source>
            <translation>Das Morgentagebuch anbieten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Start Hypnic when I log in</source>
            <translation>Hypnic bei der Anmeldung starten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Start Hypnic when I log in (autostart entry)</source>
            <translation>Hypnic bei der Anmeldung starten (Autostart-Eintrag)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>The autostart entry could not be changed: %s.</source>
            <translation>Der Autostart-Eintrag konnte nicht geändert werden: %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Hypnic will start when you log in (%s).</source>
            <translation>Hypnic startet, wenn Sie sich anmelden (%s).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Hypnic will not start by itself any more.</source>
            <translation>Hypnic startet nicht mehr von selbst.</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Tonight</source>
            <translation>Heute Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Review</source>
            <translation>Durchsehen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Morning diary</source>
            <translation>Morgentagebuch</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>How did you sleep last night? Click to answer the morning diary.</source>
            <translation>Wie haben Sie letzte Nacht geschlafen? Klicken Sie, um das Morgentagebuch auszufüllen.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Time to wind down</source>
            <translation>Zeit, zur Ruhe zu kommen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Nothing is logged tonight yet. Open Hypnic at the bedside, or press N there if nothing happens tonight.</source>
            <translation>Heute Nacht ist noch nichts erfasst. Öffnen Sie Hypnic am Bett oder drücken Sie dort N, wenn heute Nacht nichts passiert.</translation>
        </message>
    </context>
    <context>
        <name>Rescue</name>
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
            <source>Taps not saved — Hypnic</source>
            <translation>Einträge nicht gespeichert – Hypnic</translation>
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
        <name>RestTestView</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Rest test</source>
            <translation>Ruhetest</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Sit in bed with your legs stretched out and keep still. Tap (or press the kind's key) for every movement and every sensation. At the end you see taps per hour by kind; the test is saved to tonight.</source>
            <translation>Setzen Sie sich mit ausgestreckten Beinen ins Bett und halten Sie still. Tippen Sie (oder drücken Sie die Taste der Art) bei jeder Bewegung und jeder Empfindung. Am Ende sehen Sie die Einträge pro Stunde nach Art; der Test wird zu heute Nacht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Length of the rest test in minutes</source>
            <translation>Dauer des Ruhetests in Minuten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>&amp;Length</source>
            <translation>&amp;Dauer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Start (Enter)</source>
            <translation>Starten (Eingabetaste)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Start the rest test</source>
            <translation>Den Ruhetest starten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Back (Escape)</source>
            <translation>Zurück (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Back to the bedside without a test</source>
            <translation>Ohne Test zurück ans Bett</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Time left in the rest test</source>
            <translation>Verbleibende Zeit im Ruhetest</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Taps in the rest test so far</source>
            <translation>Einträge im Ruhetest bisher</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>How to stop</source>
            <translation>So beenden Sie ihn</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Stop early</source>
            <translation>Vorzeitig beenden</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Stop the rest test early</source>
            <translation>Den Ruhetest vorzeitig beenden</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Rest test result</source>
            <translation>Ergebnis des Ruhetests</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Back to the bedside (Escape)</source>
            <translation>Zurück ans Bett (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Close the rest test result</source>
            <translation>Das Ergebnis des Ruhetests schließen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Press Escape (or Stop early) again to stop the test now.</source>
            <translation>Drücken Sie noch einmal Esc (oder „Vorzeitig beenden“), um den Test jetzt zu beenden.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Rest test not saved: %s.</source>
            <translation>Ruhetest nicht gespeichert: %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>The rest test could not be saved: %s.</source>
            <translation>Der Ruhetest konnte nicht gespeichert werden: %s.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>%n tap(s) so far</source>
            <translation>
                <numerusform>%n Eintrag bisher</numerusform>
                <numerusform>%n Einträge bisher</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>%s per hour</source>
            <translation>%s pro Stunde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Rest test: %s min</source>
            <translation>Ruhetest: %s min</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>%n tap(s)</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Leg movements: %s per hour</source>
            <translation>Beinbewegungen: %s pro Stunde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Beside it, the clinic's sit-still test counts more than %d an hour as high (from EMG sensors on the legs): taps are not equivalent.</source>
            <translation>Zum Vergleich: Der Stillsitz-Test der Klinik wertet mehr als %d pro Stunde als erhöht (gemessen mit EMG-Sensoren an den Beinen): Einträge sind nicht gleichwertig.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Saved to the night; it is in the night review.</source>
            <translation>Zur Nacht gespeichert; er ist in der Nachtansicht zu sehen.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Log %s</source>
            <translation>%s erfassen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Keys and buttons log taps as at the bedside. Escape twice stops early.</source>
            <translation>Tasten und Schaltflächen erfassen Einträge wie am Bett. Zweimal Esc beendet vorzeitig.</translation>
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
            <source>&amp;Reminders</source>
            <translation>&amp;Erinnerungen</translation>
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
            <source>Damaged store — Hypnic</source>
            <translation>Beschädigte Daten – Hypnic</translation>
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
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Hypnic cannot use %s (%s).</source>
            <translation>Hypnic kann %s nicht verwenden (%s).</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Too few logged nights for medians (3 or more are needed).</source>
            <translation>Zu wenige erfasste Nächte für Mediane (mindestens 3 nötig).</translation>
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
            <translation>In einer typischen erfassten Nacht (Median) erfasste der Patient: %1.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>%1 of the taps came after the wind-down (night wakings or the morning).</source>
            <translation>%1 der Einträge kamen nach der Einschlafphase (nächtliches Aufwachen oder Morgen).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>No tap came after the wind-down.</source>
            <translation>Kein Eintrag kam nach der Einschlafphase.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words.py" />
            <source>The first tap came a median of %n minute(s) after lights-out.</source>
            <translation>
                <numerusform>Der erste Eintrag kam im Median %n Minute nach „Licht aus“.</numerusform>
                <numerusform>Der erste Eintrag kam im Median %n Minuten nach „Licht aus“.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words.py" />
            <source>Periodic leg movements (runs of leg taps 5–90 s apart) on %1 of %n logged night(s).</source>
            <translation>
                <numerusform>Periodische Beinbewegungen (Serien von Bein-Einträgen im Abstand von 5–90 s) in %1 von %n erfassten Nacht.</numerusform>
                <numerusform>Periodische Beinbewegungen (Serien von Bein-Einträgen im Abstand von 5–90 s) in %1 von %n erfassten Nächten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words.py" />
            <source>Jerk series at sleep onset on %1 of %n logged night(s).</source>
            <translation>
                <numerusform>Zuckungsserien beim Einschlafen in %1 von %n erfassten Nacht.</numerusform>
                <numerusform>Zuckungsserien beim Einschlafen in %1 von %n erfassten Nächten.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Median taps a night with a dose of %1: %2, against %3 without (nights: %4 and %5).</source>
            <translation>Median der Einträge pro Nacht mit einer Dosis %1: %2, gegenüber %3 ohne (Nächte: %4 und %5).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Median taps a night in this period: %1, against %2 in the same number of nights before it (logged nights: %3 and %4).</source>
            <translation>Median der Einträge pro Nacht in diesem Zeitraum: %1, gegenüber %2 in ebenso vielen Nächten davor (erfasste Nächte: %3 und %4).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Evening symptoms began at a median of %1.</source>
            <translation>Die abendlichen Beschwerden begannen im Median um %1.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Patient-reported taps, not a PLM index and not a diagnosis; a bed partner's taps are counted apart. A night is the evening's date. A logged night has any tap or record; a quiet night (“nothing tonight”) counts as logged with zero taps.</source>
            <translation>Einträge des Patienten, kein PLM-Index und keine Diagnose; Einträge eines Bettpartners werden getrennt gezählt. Eine Nacht trägt das Datum ihres Abends. Eine erfasste Nacht hat einen Eintrag oder eine Angabe; eine ruhige Nacht („heute Nacht nichts“) zählt als erfasst mit null Einträgen.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Wind-down: from lights-out (or the first tap) to the last tap before a gap of more than 60 minutes; per hour of it: its taps / its length (none under 10 minutes). Latency: minutes from lights-out to the first tap.</source>
            <translation>Einschlafphase: von „Licht aus“ (oder dem ersten Eintrag) bis zum letzten Eintrag vor einer Pause von mehr als 60 Minuten; pro Stunde davon: ihre Einträge / ihre Dauer (keine unter 10 Minuten). Latenz: Minuten von „Licht aus“ bis zum ersten Eintrag.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Periodic leg movements (PLM-like), leg kinds only, after AASM: taps under 5 s apart are one movement; a run is 4 or more movements with every onset-to-onset interval within 5–90 s (WASM: every tap, 10–90 s). Jerk series: the 5–90 s rule over jerk kinds; not a PLM figure.</source>
            <translation>Periodische Beinbewegungen (PLM-ähnlich), nur Bein-Arten, nach AASM: Einträge mit weniger als 5 s Abstand sind eine Bewegung; eine Serie sind 4 oder mehr Bewegungen, deren Abstände von Beginn zu Beginn alle 5–90 s betragen (WASM: jeder Eintrag, 10–90 s). Zuckungsserien: die 5–90-s-Regel über Zuckungs-Arten; kein PLM-Wert.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Patterns describe; they do not diagnose. Isolated jerks, outside any series, as in hypnic jerks (ICSD-3, AASM 2014); jerk series starting in the wind-down, as described in propriospinal myoclonus at sleep onset (Montagna et al., Mov Disord 1997); periodic leg movements, a 5–90 s leg run, as in PLM (AASM manual; WASM, Ferri et al., Sleep Med 2016); evening sensations, a sensation tap from 2 h before the wind-down to its end, as in restless legs (IRLSSG, Allen et al., Sleep Med 2014).</source>
            <translation>Muster beschreiben, sie diagnostizieren nicht. Einzelne Zuckungen außerhalb jeder Serie wie bei Einschlafzuckungen (hypnic jerks; ICSD-3, AASM 2014); Zuckungsserien, die in der Einschlafphase beginnen, wie beim propriospinalen Myoklonus am Schlafbeginn beschrieben (Montagna et al., Mov Disord 1997); periodische Beinbewegungen, eine Beinbewegungsserie mit 5–90 s Abstand, wie bei PLM (AASM-Manual; WASM, Ferri et al., Sleep Med 2016); abendliche Missempfindungen, ein Empfindungs-Eintrag von 2 h vor der Einschlafphase bis zu ihrem Ende, wie beim Restless-Legs-Syndrom (IRLSSG, Allen et al., Sleep Med 2014).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Medians (IQR: 25th–75th percentile) over logged nights need 3 or more; trend lines are rolling 7-night medians; comparisons need 3 or more nights a side.</source>
            <translation>Mediane (IQR: 25.–75. Perzentil) über erfasste Nächte brauchen mindestens 3; Trendlinien sind gleitende Mediane über 7 Nächte; Vergleiche brauchen mindestens 3 Nächte je Seite.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Morning diary (Consensus Sleep Diary, Carney et al., Sleep 2012): total sleep = final wake − tried to sleep − time to fall asleep − time awake; efficiency = total sleep / time in bed; quality 1 (very poor) to 5 (very good); answers that do not add up are left out.</source>
            <translation>Morgentagebuch (Consensus Sleep Diary, Carney et al., Sleep 2012): Gesamtschlafzeit = endgültiges Aufwachen − Einschlafversuch − Einschlafdauer − Wachzeit; Schlafeffizienz = Gesamtschlafzeit / Bettzeit; Qualität 1 (sehr schlecht) bis 5 (sehr gut); Antworten, die nicht aufgehen, werden weggelassen.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Rest test: sitting still in bed up to 60 minutes, tapping every movement and sensation (after the Suggested Immobilization Test), per hour of its real length. The SIT cut-off (&gt;40 leg movements/h; Montplaisir et al., Mov Disord 1998) is from EMG: not equivalent.</source>
            <translation>Ruhetest: bis zu 60 Minuten still im Bett sitzen und jede Bewegung und Empfindung eintragen (nach dem Suggested Immobilization Test), pro Stunde seiner tatsächlichen Dauer. Der SIT-Grenzwert (&gt;40 Beinbewegungen/h; Montplaisir et al., Mov Disord 1998) stammt aus dem EMG: nicht gleichwertig.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Evening symptoms: when the patient noted they began. A question, not a finding: the IRLSSG criteria for augmentation (García-Borreguero et al., Sleep Med 2007) include onset 4 h or more earlier than before treatment, or 2–4 h earlier with other signs (less time at rest before symptoms, spread to other body parts, greater intensity, shorter relief). Is the onset here earlier than before treatment?</source>
            <translation>Abendliche Beschwerden: wann der Patient ihren Beginn notiert hat. Eine Frage, kein Befund: Die IRLSSG-Kriterien der Augmentation (García-Borreguero et al., Sleep Med 2007) umfassen einen Beginn 4 h oder mehr früher als vor der Behandlung oder 2–4 h früher mit weiteren Zeichen (kürzere Ruhezeit bis zu den Beschwerden, Ausbreitung auf andere Körperteile, größere Intensität, kürzere Linderung). Liegt der Beginn hier früher als vor der Behandlung?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Jerk</source>
            <translation>Zuckung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Kick</source>
            <translation>Tritt</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Deep itch</source>
            <translation>Tiefer Juckreiz</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Eyelid twitch</source>
            <translation>Lidzucken</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Hiccup</source>
            <translation>Schluckauf</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Burning</source>
            <translation>Brennen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Creeping</source>
            <translation>Kriechen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Tugging</source>
            <translation>Ziehen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Crawling</source>
            <translation>Ameisenlaufen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Arm jerk</source>
            <translation>Armzuckung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Caffeine after 16:00</source>
            <translation>Koffein nach 16 Uhr</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Alcohol</source>
            <translation>Alkohol</translation>
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
            <translation>Hitze</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Late meal</source>
            <translation>Spätes Essen</translation>
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
            <translation>Bein</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>jerk</source>
            <translation>Zuckung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>sensation</source>
            <translation>Empfindung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>other</source>
            <translation>Sonstiges</translation>
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
            <translation>%1 von %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n Nacht</numerusform>
                <numerusform>%n Nächte</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>ddd d MMM</source>
            <comment>date format of a night in a table</comment>
            <translation>ddd d. MMM</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>ddd d MMM yyyy</source>
            <comment>date format of a night with its year</comment>
            <translation>ddd d. MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>d MMM</source>
            <comment>date format on a chart's axis</comment>
            <translation>d. MMM</translation>
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
            <translation>d. MMMM yyyy</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Hypnic summary</source>
            <translation>Hypnic-Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Nights %1 to %2</source>
            <translation>Nächte vom %1 bis %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1 of %n night(s) logged</source>
            <translation>
                <numerusform>%1 von %n Nacht erfasst</numerusform>
                <numerusform>%1 von %n Nächten erfasst</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1, including %n quiet night(s) (“nothing tonight”)</source>
            <translation>
                <numerusform>%1, davon %n ruhige Nacht („heute Nacht nichts“)</numerusform>
                <numerusform>%1, davon %n ruhige Nächte („heute Nacht nichts“)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1 at bedtime</source>
            <translation>%1 vor dem Schlafengehen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1, since %2</source>
            <translation>%1, seit %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>d MMM yyyy</source>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1, no dose logged yet</source>
            <translation>%1, noch keine Einnahme erfasst</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Current medications: %1.</source>
            <translation>Aktuelle Medikation: %1.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Current medications: none listed.</source>
            <translation>Aktuelle Medikation: keine angegeben.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Taps logged by a bed partner, kept out of the figures: %1 on %n night(s).</source>
            <translation>
                <numerusform>Einträge eines Bettpartners, aus den Werten herausgehalten: %1 in %n Nacht.</numerusform>
                <numerusform>Einträge eines Bettpartners, aus den Werten herausgehalten: %1 in %n Nächten.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>No nights logged in this period</source>
            <translation>Keine erfassten Nächte in diesem Zeitraum</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Nothing was recorded for the nights %1 to %2. Choose another period to see figures.</source>
            <translation>Für die Nächte vom %1 bis %2 wurde nichts erfasst. Wählen Sie einen anderen Zeitraum, um Werte zu sehen.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Patient-reported taps, not a PLM index and not a diagnosis.</source>
            <translation>Einträge des Patienten, kein PLM-Index und keine Diagnose.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1 to %2 · generated %3</source>
            <translation>%1 bis %2 · erstellt %3</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Key figures</source>
            <translation>Kennzahlen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>the patient's own taps; medians over logged nights, quiet nights as zero</source>
            <translation>die eigenen Einträge des Patienten; Mediane über erfasste Nächte, ruhige Nächte als null</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Kind (group)</source>
            <translation>Art (Gruppe)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Nights with any</source>
            <translation>Nächte mit Einträgen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Per night
median (IQR)</source>
            <translation>Pro Nacht
Median (IQR)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Per hour of wind-down
median (IQR)</source>
            <translation>Pro Stunde Einschlafphase
Median (IQR)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Minutes lights-out to
first tap, median (IQR)</source>
            <translation>Minuten „Licht aus“ bis
erster Eintrag, Median (IQR)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>All kinds</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Wind-down: from lights-out (or the first tap) to the last tap before a gap of more than 60 minutes; later taps are night wakings or the morning.</source>
            <translation>Einschlafphase: von „Licht aus“ (oder dem ersten Eintrag) bis zum letzten Eintrag vor einer Pause von mehr als 60 Minuten; spätere Einträge sind nächtliches Aufwachen oder der Morgen.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Patterns seen</source>
            <translation>Beobachtete Muster</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>descriptions, not diagnoses; definitions and references under Methods</source>
            <translation>Beschreibungen, keine Diagnosen; Definitionen und Quellen unter Methoden</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Pattern</source>
            <translation>Muster</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Nights</source>
            <translation>Nächte</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Isolated jerks in the wind-down (as in hypnic jerks)</source>
            <translation>Einzelne Zuckungen in der Einschlafphase (wie bei Einschlafzuckungen)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Jerk series at sleep onset (as described in propriospinal myoclonus)</source>
            <translation>Zuckungsserien beim Einschlafen (wie beim propriospinalen Myoklonus beschrieben)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Periodic leg movements, 5–90 s (as in PLM)</source>
            <translation>Periodische Beinbewegungen, 5–90 s (wie bei PLM)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Evening sensations (as in restless legs)</source>
            <translation>Abendliche Missempfindungen (wie beim Restless-Legs-Syndrom)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Taps after the wind-down (night wakings, morning)</source>
            <translation>Einträge nach der Einschlafphase (nächtliches Aufwachen, Morgen)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Periodic leg movements seen by a bed partner, 5–90 s</source>
            <translation>Vom Bettpartner gesehene periodische Beinbewegungen, 5–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>no run</source>
            <translation>keine Serie</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n run(s), the longest of %1 movements</source>
            <translation>
                <numerusform>%n Serie, die längste mit %1 Bewegungen</numerusform>
                <numerusform>%n Serien, die längste mit %1 Bewegungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>no series</source>
            <translation>keine Serie</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n series, the longest of %1 jerks</source>
            <translation>
                <numerusform>%n Serie, die längste mit %1 Zuckungen</numerusform>
                <numerusform>%n Serien, die längste mit %1 Zuckungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>WASM 10–90 s: %n run(s)</source>
            <translation>
                <numerusform>WASM 10–90 s: %n Serie</numerusform>
                <numerusform>WASM 10–90 s: %n Serien</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>leg taps in runs, median (IQR): %1</source>
            <translation>Bein-Einträge in Serien, Median (IQR): %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n tap(s)</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>no leg kind is logged</source>
            <translation>keine Bein-Art wird erfasst</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>no jerk kind is logged</source>
            <translation>keine Zuckungs-Art wird erfasst</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>no sensation kind is logged</source>
            <translation>keine Empfindungs-Art wird erfasst</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>When in the night</source>
            <translation>Wann in der Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>one row per night, newest on top; darker = more taps in 10 minutes</source>
            <translation>eine Zeile pro Nacht, die neueste oben; dunkler = mehr Einträge in 10 Minuten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>one row per night, newest on top</source>
            <translation>eine Zeile pro Nacht, die neueste oben</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>leg run (5–90 s)</source>
            <translation>Beinbewegungsserie (5–90 s)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>jerk series</source>
            <translation>Zuckungsserie</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>lights-out</source>
            <translation>Licht aus</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>dose</source>
            <translation>Einnahme</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>tick beside the date: a dose that night</source>
            <translation>Strich neben dem Datum: eine Einnahme in dieser Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>not logged</source>
            <translation>nicht erfasst</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n tap(s) outside these hours: ‹ › at the row's edge</source>
            <translation>
                <numerusform>%n Eintrag außerhalb dieser Stunden: ‹ › am Zeilenrand</numerusform>
                <numerusform>%n Einträge außerhalb dieser Stunden: ‹ › am Zeilenrand</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Taps per night</source>
            <translation>Einträge pro Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>points: each night; lines: 7-night median; y axis from zero</source>
            <translation>Punkte: jede Nacht; Linien: Median über 7 Nächte; y-Achse ab null</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>taps per night</source>
            <translation>Einträge pro Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>tick along the top: a dose that night</source>
            <translation>Strich am oberen Rand: eine Einnahme in dieser Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>grey column: a dose that night</source>
            <translation>graue Spalte: eine Einnahme in dieser Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>D</source>
            <comment>the letter marking a dose on the charts</comment>
            <translation>E</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Q</source>
            <comment>the letter marking a quiet night on the actogram</comment>
            <translation>R</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>quiet night</source>
            <translation>ruhige Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Night by night (continued)</source>
            <translation>Nacht für Nacht (Fortsetzung)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Week by week (continued)</source>
            <translation>Woche für Woche (Fortsetzung)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Month by month (continued)</source>
            <translation>Monat für Monat (Fortsetzung)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Night by night</source>
            <translation>Nacht für Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Week by week</source>
            <translation>Woche für Woche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Month by month</source>
            <translation>Monat für Monat</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>newest first; counts are the patient's own taps; leg run and jerk series: the longest, in movements</source>
            <translation>neueste zuerst; Zahlen sind die eigenen Einträge des Patienten; Beinbewegungsserie und Zuckungsserie: die längste, in Bewegungen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>newest first; counts: medians per logged night; doses and tags: (nights); leg run and jerk series: the longest, in movements</source>
            <translation>neueste zuerst; Zahlen: Mediane pro erfasster Nacht; Einnahmen und Tags: (Nächte); Beinbewegungsserie und Zuckungsserie: die längste, in Bewegungen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Night</source>
            <translation>Nacht</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Nights logged</source>
            <translation>Erfasste Nächte</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Lights out</source>
            <translation>Licht aus</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Leg run</source>
            <translation>Beinserie</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Jerk series</source>
            <translation>Zuckungsserie</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Doses</source>
            <translation>Einnahmen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Sleep quality</source>
            <translation>Schlafqualität</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%1: not logged (%n night(s))</source>
            <translation>
                <numerusform>%1: nicht erfasst (%n Nacht)</numerusform>
                <numerusform>%1: nicht erfasst (%n Nächte)</numerusform>
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
                <numerusform>%n Notiz</numerusform>
                <numerusform>%n Notizen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Comparisons</source>
            <translation>Vergleiche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>median taps per night, with / without; nights were not randomised, so read it as a hint</source>
            <translation>Median der Einträge pro Nacht, mit / ohne; die Nächte waren nicht randomisiert, also als Hinweis lesen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Leg kinds</source>
            <translation>Bein-Arten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Jerk kinds</source>
            <translation>Zuckungs-Arten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Sensations</source>
            <translation>Empfindungen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Other kinds</source>
            <translation>Sonstige Arten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Compared: with / without</source>
            <translation>Verglichen: mit / ohne</translation>
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
            <translation>Eine Dosis %1</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Tagged “%1”</source>
            <translation>Mit Tag „%1“</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>This period / the %n night(s) before</source>
            <translation>
                <numerusform>Dieser Zeitraum / die %n Nacht davor</numerusform>
                <numerusform>Dieser Zeitraum / die %n Nächte davor</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Too few nights to compare (3 or more are needed on each side): %1.</source>
            <translation>Zu wenige Nächte für einen Vergleich (je Seite mindestens 3 nötig): %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>the nights before (%n logged)</source>
            <translation>
                <numerusform>die Nächte davor (%n erfasst)</numerusform>
                <numerusform>die Nächte davor (%n erfasst)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%1 (%2 with, %3 without)</source>
            <comment>nights with and without</comment>
            <translation>%1 (%2 mit, %3 ohne)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Morning diary</source>
            <translation>Morgentagebuch</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>medians (IQR) over %n night(s) with answers</source>
            <translation>
                <numerusform>Mediane (IQR) über %n Nacht mit Antworten</numerusform>
                <numerusform>Mediane (IQR) über %n Nächte mit Antworten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Total sleep</source>
            <translation>Gesamtschlafzeit</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Sleep efficiency</source>
            <translation>Schlafeffizienz</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Time to fall asleep</source>
            <translation>Einschlafdauer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Time awake after falling asleep</source>
            <translation>Wachzeit nach dem Einschlafen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Sleep quality (1–5)</source>
            <translation>Schlafqualität (1–5)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>No morning diary answers in this period.</source>
            <translation>Keine Antworten im Morgentagebuch in diesem Zeitraum.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Rest tests</source>
            <translation>Ruhetests</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>taps per hour of each test's real length, sitting still in bed</source>
            <translation>Einträge pro Stunde echter Testdauer, still im Bett sitzend</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>All taps
per hour</source>
            <translation>Einträge
pro Stunde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Leg movements
per hour</source>
            <translation>Beinbewegungen
pro Stunde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>SIT cut-off &gt;40/h from EMG — not equivalent</source>
            <translation>SIT-Grenzwert &gt;40/h aus dem EMG – nicht gleichwertig</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Median of %n test(s)</source>
            <translation>
                <numerusform>Median, %n Test</numerusform>
                <numerusform>Median, %n Tests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>the latest %1 of %n tests, median of all; taps per hour</source>
            <translation>
                <numerusform>die letzten %1 von %n Test, Median aller; Einträge pro Stunde</numerusform>
                <numerusform>die letzten %1 von %n Tests, Median aller; Einträge pro Stunde</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>No rest test in this period.</source>
            <translation>Kein Ruhetest in diesem Zeitraum.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Evening symptoms: onset</source>
            <translation>Abendbeschwerden: Beginn</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>○ before · ● this period</source>
            <translation>○ davor · ● aktuell</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>This period: median %1, %n night(s).</source>
            <translation>
                <numerusform>Dieser Zeitraum: Median %1, %n Nacht.</numerusform>
                <numerusform>Dieser Zeitraum: Median %1, %n Nächte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Before: median %1, %n night(s).</source>
            <translation>
                <numerusform>Davor: Median %1, %n Nacht.</numerusform>
                <numerusform>Davor: Median %1, %n Nächte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Onset recorded on %n night(s): too few for a median.</source>
            <translation>
                <numerusform>Beginn in %n Nacht notiert: zu wenige für einen Median.</numerusform>
                <numerusform>Beginn in %n Nächten notiert: zu wenige für einen Median.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n minute(s) earlier than before.</source>
            <translation>
                <numerusform>%n Minute früher als davor.</numerusform>
                <numerusform>%n Minuten früher als davor.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n minute(s) later than before.</source>
            <translation>
                <numerusform>%n Minute später als davor.</numerusform>
                <numerusform>%n Minuten später als davor.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>The same as before.</source>
            <translation>Genauso wie davor.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>No onset time recorded in this period or the one before.</source>
            <translation>Kein Beginn in diesem oder dem vorherigen Zeitraum notiert.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Augmentation? See Methods.</source>
            <translation>Augmentation? Siehe Methoden.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>onset</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Intervals between leg taps</source>
            <translation>Abstände zwischen Bein-Einträgen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n interval(s)</source>
            <translation>
                <numerusform>%n Abstand</numerusform>
                <numerusform>%n Abstände</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>5–90 s: periodic range</source>
            <translation>5–90 s: periodischer Bereich</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>interval from one leg tap to the next (log scale)</source>
            <translation>Abstand von einem Bein-Eintrag zum nächsten (log. Skala)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>intervals</source>
            <translation>Abstände</translation>
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
            <translation>Methoden</translation>
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
            <translation>Zusammenfassung für die Sprechstunde – Hypnic</translation>
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
            <source>Lan&amp;guage of the summary</source>
            <translation>Spr&amp;ache der Zusammenfassung</translation>
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
            <source>Language of the summary</source>
            <translation>Sprache der Zusammenfassung</translation>
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
            <source>Summary preview — Hypnic</source>
            <translation>Vorschau der Zusammenfassung – Hypnic</translation>
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
        <name>ThemeControl</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Day theme until %s · Undo</source>
            <translation>Tagesdarstellung bis %s · Rückgängig</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Day theme until %s; press to go back to the night theme now</source>
            <translation>Tagesdarstellung bis %s; drücken, um jetzt zur Nachtdarstellung zurückzukehren</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Night theme until %s · Undo</source>
            <translation>Nachtdarstellung bis %s · Rückgängig</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Night theme until %s; press to go back to the day theme now</source>
            <translation>Nachtdarstellung bis %s; drücken, um jetzt zur Tagesdarstellung zurückzukehren</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Day theme</source>
            <translation>Tagesdarstellung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Switch to the day theme for now</source>
            <translation>Vorerst zur Tagesdarstellung wechseln</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Night theme</source>
            <translation>Nachtdarstellung</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Switch to the night theme for now</source>
            <translation>Vorerst zur Nachtdarstellung wechseln</translation>
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
            <source>Which one? — Hypnic</source>
            <translation>Welche? – Hypnic</translation>
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
            <source>DEMO — nothing here is real</source>
            <translation>DEMO – nichts hier ist echt</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Demo: nothing here is real</source>
            <translation>Demo: nichts hier ist echt</translation>
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
            <source>&amp;Menu</source>
            <translation>&amp;Menü</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Menu: review, history, summary, settings</source>
            <translation>Menü: Durchsehen, Verlauf, Zusammenfassung, Einstellungen</translation>
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
            <source>Not saved yet — Hypnic</source>
            <translation>Noch nicht gespeichert – Hypnic</translation>
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
