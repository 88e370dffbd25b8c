<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>AddEventPanel</name>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Add a missed event</source>
            <translation>Añadir un evento olvidado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Time of the missed event</source>
            <translation>Hora del evento olvidado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Kind of the missed event</source>
            <translation>Tipo del evento olvidado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Who noticed the missed event</source>
            <translation>Quién notó el evento olvidado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Self</source>
            <translation>Yo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Partner</source>
            <translation>Pareja</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Note for the missed event</source>
            <translation>Nota del evento olvidado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Note (optional)</source>
            <translation>Nota (opcional)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Add the missed event</source>
            <translation>Añadir el evento olvidado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>Close the add form</source>
            <translation>Cerrar el formulario</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>&amp;Time</source>
            <translation>&amp;Hora</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/add_event_panel.py" />
            <source>&amp;By</source>
            <translation>&amp;Por</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Cannot start — Hypnic</source>
            <translation>No se puede iniciar — Hypnic</translation>
        </message>
    </context>
    <context>
        <name>BackupsWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Backups — Hypnic</source>
            <translation>Copias de seguridad — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Hypnic copies your store here when it changed, before every update of its format and before every import. Restoring a backup keeps your current store aside; nothing is deleted.</source>
            <translation>Hypnic copia aquí sus datos cuando han cambiado, antes de cada actualización de su formato y antes de cada importación. Al restaurar una copia, sus datos actuales se guardan aparte; no se borra nada.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Backups, newest first</source>
            <translation>Copias de seguridad, la más reciente primero</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>No backups yet: the first is made when Hypnic closes after the store has changed, or before an import.</source>
            <translation>Aún no hay copias de seguridad: la primera se hace cuando Hypnic se cierra después de un cambio en los datos, o antes de una importación.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Restore status</source>
            <translation>Estado de la restauración</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Check all</source>
            <translation>Comprobar todas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Restore at next start</source>
            <translation>Restaurar en el próximo inicio</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Cancel restore</source>
            <translation>Cancelar la restauración</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>ok</source>
            <translation>correcta</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Every backup passed its check.</source>
            <translation>Todas las copias han superado la comprobación.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>%n backup(s) failed the check; do not restore those.</source>
            <translation>
                <numerusform>%n copia no ha superado la comprobación; no la restaure.</numerusform>
                <numerusform>%n copias no han superado la comprobación; no las restaure.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>This backup is damaged and cannot be restored: %s</source>
            <translation>Esta copia está dañada y no se puede restaurar: %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>The restore could not be planned: %s</source>
            <translation>No se ha podido programar la restauración: %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>%s will be restored the next time Hypnic starts; your current store will be kept aside. Quit Hypnic and start it again to restore it now.</source>
            <translation>%s se restaurará la próxima vez que se inicie Hypnic; sus datos actuales se guardarán aparte. Cierre Hypnic y vuelva a abrirlo para restaurarla ahora.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>automatic</source>
            <translation>automática</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>before an import</source>
            <translation>antes de una importación</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>before a format update</source>
            <translation>antes de una actualización del formato</translation>
        </message>
    </context>
    <context>
        <name>BedsideKeys</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>%1 or %2</source>
            <translation>%1 o %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Hypnic logs the jerks, kicks and odd sensations that come while you fall asleep: one key or one tap each time. Next day you review the night; the summary is for your neurologist. Everything stays on this computer.</source>
            <translation>Hypnic registra las sacudidas, las patadas y las sensaciones extrañas que aparecen mientras se duerme: una tecla o un toque cada vez. Al día siguiente revisa la noche; el resumen es para su neurólogo. Todo se queda en este ordenador.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>jerk</source>
            <translation>sacudida</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>leg kick</source>
            <translation>patada</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>deep itch</source>
            <translation>picor profundo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>further kinds you switched on (eyelid twitch, hiccup, burning, your own …)</source>
            <translation>otros tipos que haya activado (tic del párpado, hipo, ardor, los suyos…)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>lights out (now)</source>
            <translation>luz apagada (ahora)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>nothing tonight: mark the night quiet (a tap later makes it not quiet again)</source>
            <translation>nada esta noche: marcar la noche como tranquila (un registro posterior lo anula)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>undo the last tap (or dose, lights-out, quiet mark)</source>
            <translation>deshacer el último registro (o toma, luz apagada, marca de noche tranquila)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>redo</source>
            <translation>rehacer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>partner switch: taps count as the bed partner's until switched back</source>
            <translation>modo pareja: los registros cuentan como de la pareja hasta volver a cambiar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>log the usual bedtime doses (undo with Ctrl+Z like a tap)</source>
            <translation>registrar las dosis habituales de la noche (se deshace con Ctrl+Z como un registro)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>tonight's tags, note and when the symptoms began</source>
            <translation>etiquetas y nota de esta noche, y cuándo empezaron los síntomas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>this list of keys and what Hypnic is for (F1 or Escape closes it)</source>
            <translation>esta lista de teclas y para qué sirve Hypnic (F1 o Esc la cierra)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>full screen</source>
            <translation>pantalla completa</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>the other theme until the next automatic switch (again to go back)</source>
            <translation>el otro tema hasta el próximo cambio automático (otra vez para volver)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>brighter, dimmer</source>
            <translation>más claro, más oscuro</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>rest test: a dim timer for sitting still (Escape twice stops it early)</source>
            <translation>prueba de reposo: un temporizador tenue para estar quieto (Esc dos veces la detiene antes)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>review a night, history, summary for the doctor, kinds &amp; settings</source>
            <translation>revisar una noche, historial, resumen para el médico, tipos y ajustes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>backups of the store</source>
            <translation>copias de seguridad de los datos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>export, import, prepare for the clinic</source>
            <translation>exportar, importar, preparar la consulta</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>quit (if a tap could not be saved, you are offered a file to keep it in)</source>
            <translation>salir (si un registro no se pudo guardar, se le ofrece un archivo para conservarlo)</translation>
        </message>
    </context>
    <context>
        <name>BedsidePanel</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Night</source>
            <translation>Noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>PARTNER LOGGING: taps are recorded as the partner's</source>
            <translation>REGISTRA LA PAREJA: los registros se anotan como de la pareja</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Partner logging is on</source>
            <translation>El registro por la pareja está activado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Not saved warning</source>
            <translation>Aviso: no guardado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Last tap</source>
            <translation>Último registro</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Tonight's taps</source>
            <translation>Registros de esta noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Each kind's key logs it; Tab reaches the buttons; Backspace undoes.</source>
            <translation>La tecla de cada tipo lo registra; Tab lleva a los botones; Retroceso deshace.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Night of %s</source>
            <translation>Noche del %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source> · partner</source>
            <translation> · pareja</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>%1 saved at %2.</source>
            <translation>%1 guardado a las %2.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>%1 saved at %2, as the partner's.</source>
            <translation>%1 guardado a las %2, como registro de la pareja.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>NOT SAVED YET: %n tap(s) are held and retried every few seconds. </source>
            <translation>
                <numerusform>AÚN NO GUARDADO: %n registro se conserva y se reintenta cada pocos segundos. </numerusform>
                <numerusform>AÚN NO GUARDADO: %n registros se conservan y se reintentan cada pocos segundos. </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>All held taps are saved now.</source>
            <translation>Todos los registros pendientes están guardados.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>Saving… %n tap(s) waiting to be written.</source>
            <translation>
                <numerusform>Guardando… %n registro espera a escribirse.</numerusform>
                <numerusform>Guardando… %n registros esperan a escribirse.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/bedside_panel.py" />
            <source>%s; they are written as soon as it is free.</source>
            <translation>%s; se escribirán en cuanto sea posible.</translation>
        </message>
    </context>
    <context>
        <name>ClinicWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Prepare for the clinic — Hypnic</source>
            <translation>Preparar la consulta — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Prepare for the clinic</source>
            <translation>Preparar la consulta</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Hypnic writes three files into a folder you choose: the summary for your neurologist (PDF), a record a clinic's computer system can read (HL7 FHIR) and a table of every event (CSV). Nothing is sent anywhere: you take the folder to the clinic, or send it yourself.</source>
            <translation>Hypnic escribe tres archivos en una carpeta que usted elige: el resumen para su neurólogo (PDF), un registro que el sistema informático de una clínica puede leer (HL7 FHIR) y una tabla de todos los eventos (CSV). No se envía nada a ninguna parte: usted lleva la carpeta a la consulta o la envía por su cuenta.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Nights (those of the summary unless you change them):</source>
            <translation>Noches (las del resumen, salvo que las cambie):</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>&amp;Choose a folder and write the files…</source>
            <translation>&amp;Elegir una carpeta y escribir los archivos…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Choose a folder and write the three files</source>
            <translation>Elegir una carpeta y escribir los tres archivos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>What is in the folder</source>
            <translation>Qué hay en la carpeta</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>&amp;Open the folder</source>
            <translation>&amp;Abrir la carpeta</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Open the folder in the file manager</source>
            <translation>Abrir la carpeta en el gestor de archivos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Close the clinic window</source>
            <translation>Cerrar la ventana de la consulta</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>The first night is after the last night.</source>
            <translation>La primera noche es posterior a la última.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Choose the folder for the clinic</source>
            <translation>Elegir la carpeta para la consulta</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>the summary to print or show</source>
            <translation>el resumen para imprimir o mostrar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>the record for a clinic's system</source>
            <translation>el registro para el sistema de la clínica</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>the table of events</source>
            <translation>la tabla de eventos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/clinic_window.py" />
            <source>Written into %1, for the nights %2 to %3:</source>
            <translation>Escritos en %1, para las noches del %2 al %3:</translation>
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
            <translation>sin definir</translation>
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
            <translation>%1: escriba una hora, por ejemplo %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/clock_time_field.py" />
            <source>%1: “%2” is not a time of day; type it like %3</source>
            <translation>%1: «%2» no es una hora; escríbala por ejemplo así: %3</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/clock_time_field.py" />
            <source>%1, %2 or %3</source>
            <translation>%1, %2 o %3</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/clock_time_field.py" />
            <source>%1 or %2</source>
            <translation>%1 o %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/clock_time_field.py" />
            <source>Type a time like %1</source>
            <translation>Escriba una hora, por ejemplo %1</translation>
        </message>
    </context>
    <context>
        <name>CloseKeys</name>
        <message>
            <location filename="../../src/hypnic/ui/common/close_keys.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>Colours</name>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Vermillion</source>
            <translation>Bermellón</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Blue</source>
            <translation>Azul</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Reddish purple</source>
            <translation>Púrpura rojizo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Orange</source>
            <translation>Naranja</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Sky blue</source>
            <translation>Azul cielo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Bluish green</source>
            <translation>Verde azulado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Yellow</source>
            <translation>Amarillo</translation>
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
            <translation>Una dosis de cada medicamento: mediana de registros por noche, con / sin</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>Medication comparison</source>
            <translation>Comparación por medicamento</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>About the comparison</source>
            <translation>Sobre la comparación</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>Medication</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>Nights with / without</source>
            <translation>Noches con / sin</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>Taps per night</source>
            <translation>Registros por noche</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>not enough nights to compare (need %n on each side)</source>
            <translation>
                <numerusform>no hay noches suficientes para comparar (hace falta %n en cada lado)</numerusform>
                <numerusform>no hay noches suficientes para comparar (hacen falta %n en cada lado)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>No doses logged in this period.</source>
            <translation>No se han registrado tomas en este periodo.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/comparison_view.py" />
            <source>Nights with any record in the period; patient-reported taps, not a trial: other things change between nights too.</source>
            <translation>Noches con algún registro en el periodo; datos anotados por el paciente, no un ensayo: también cambian otras cosas de una noche a otra.</translation>
        </message>
    </context>
    <context>
        <name>CrashMessage</name>
        <message>
            <location filename="../../src/hypnic/ui/common/crash.py" />
            <source>(the details could not be written)</source>
            <translation>(no se han podido guardar los detalles)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/crash.py" />
            <source>Something went wrong inside Hypnic. Your saved taps are safe and you can keep logging. The details were written to %s</source>
            <translation>Algo ha fallado en Hypnic. Sus registros guardados están a salvo y puede seguir registrando. Los detalles se han guardado en %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/crash.py" />
            <source>Something went wrong — Hypnic</source>
            <translation>Algo ha fallado — Hypnic</translation>
        </message>
    </context>
    <context>
        <name>DiaryForm</name>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Time in bed %1 · total sleep %2 · sleep efficiency %3</source>
            <translation>Tiempo en cama %1 · sueño total %2 · eficiencia del sueño %3</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Sleep diary — Hypnic</source>
            <translation>Diario de sueño — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Sleep diary</source>
            <translation>Diario de sueño</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Night of the diary</source>
            <translation>Noche del diario</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Into bed</source>
            <translation>Acostarse</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Tried to sleep</source>
            <translation>Intentar dormir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Final awakening</source>
            <translation>Despertar final</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Out of bed</source>
            <translation>Levantarse</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>What time did you get into &amp;bed?</source>
            <translation>¿A qué hora se &amp;acostó?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>What time did you &amp;try to go to sleep?</source>
            <translation>¿A qué hora &amp;intentó dormirse?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>How &amp;long did it take you to fall asleep? (minutes)</source>
            <translation>¿Cuánto &amp;tardó en dormirse? (minutos)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>How many times did you &amp;wake up, not counting the final one?</source>
            <translation>¿Cuántas &amp;veces se despertó, sin contar el despertar final?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>In total, how long did these &amp;awakenings last?</source>
            <translation>En total, ¿cuánto &amp;duraron esos despertares?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>What time was your &amp;final awakening?</source>
            <translation>¿A qué hora fue su despertar &amp;final?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>What time did you get &amp;out of bed for the day?</source>
            <translation>¿A qué hora se &amp;levantó para empezar el día?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Sleep quality %1: %2</source>
            <translation>Calidad del sueño %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>How would you rate the quality of your sleep?</source>
            <translation>¿Cómo calificaría la calidad de su sueño?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>&amp;Comments</source>
            <translation>&amp;Comentarios</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Derived figures</source>
            <translation>Valores calculados</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>&amp;Save answers</source>
            <translation>&amp;Guardar respuestas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Save the diary answers</source>
            <translation>Guardar las respuestas del diario</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Close the diary, keeping the answers</source>
            <translation>Cerrar el diario conservando las respuestas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>How did you sleep? Night of %s</source>
            <translation>¿Cómo ha dormido? Noche del %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Not saved yet: %s.</source>
            <translation>Aún no guardado: %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>into bed</source>
            <translation>hora de acostarse</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>tried to sleep</source>
            <translation>intento de dormir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>minutes to fall asleep</source>
            <translation>minutos hasta dormirse</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>times woken</source>
            <translation>veces que se despertó</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>minutes awake</source>
            <translation>minutos despierto</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>final awakening</source>
            <translation>despertar final</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>out of bed</source>
            <translation>hora de levantarse</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>sleep quality</source>
            <translation>calidad del sueño</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/diary_form.py" />
            <source>comments</source>
            <translation>comentarios</translation>
        </message>
    </context>
    <context>
        <name>DiaryPrompt</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/diary_prompt.py" />
            <source>How did you sleep last night?</source>
            <translation>¿Cómo durmió anoche?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/diary_prompt.py" />
            <source>Answer (2 min)</source>
            <translation>Responder (2 min)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/diary_prompt.py" />
            <source>Answer the sleep diary for last night</source>
            <translation>Responder al diario de sueño de anoche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/diary_prompt.py" />
            <source>Skip</source>
            <translation>Omitir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/diary_prompt.py" />
            <source>Skip the sleep diary for last night</source>
            <translation>Omitir el diario de sueño de anoche</translation>
        </message>
    </context>
    <context>
        <name>EveningStrip</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Bedtime dose (D)</source>
            <translation>Dosis de la noche (D)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Log the usual bedtime doses now</source>
            <translation>Registrar ahora las dosis habituales de la noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Tonight… (T)</source>
            <translation>Esta noche… (T)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Tags, note and when the symptoms began, for tonight</source>
            <translation>Etiquetas, nota y cuándo empezaron los síntomas, para esta noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Tonight's tags</source>
            <translation>Etiquetas de esta noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Note for tonight</source>
            <translation>Nota de esta noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Note for tonight (Enter saves)</source>
            <translation>Nota de esta noche (Intro para guardar)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Bedtime dose</source>
            <translation>Dosis de la noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Tags and note for tonight</source>
            <translation>Etiquetas y nota de esta noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Symptoms started at</source>
            <translation>Los síntomas empezaron a las</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>My symptoms started now</source>
            <translation>Mis síntomas acaban de empezar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>&amp;Symptoms started at</source>
            <translation>Los &amp;síntomas empezaron a las</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Not saved: %s.</source>
            <translation>No guardado: %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Symptoms started at %s</source>
            <translation>Los síntomas empezaron a las %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>symptoms from %s</source>
            <translation>síntomas desde las %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>quiet night</source>
            <translation>noche tranquila</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Bedtime dose already logged at %s — press D again to log another.</source>
            <translation>Dosis de la noche ya registrada a las %s: pulse D otra vez para registrar otra.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Bedtime dose NOT saved (%s): press D again.</source>
            <translation>Dosis de la noche NO guardada (%s): pulse D otra vez.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>No usual bedtime dose is set yet: Menu → Kinds and settings → Medications, tick “Usual bedtime dose”.</source>
            <translation>Aún no hay ninguna dosis habitual de la noche: Menú → Tipos y ajustes → Medicamentos, marque «Dosis habitual de la noche».</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Note kept. Keys log taps again.</source>
            <translation>Nota guardada. Las teclas vuelven a registrar.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Keys log taps again.</source>
            <translation>Las teclas vuelven a registrar.</translation>
        </message>
    </context>
    <context>
        <name>EventTableModel</name>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>Partner</source>
            <translation>Pareja</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/event_table_model.py" />
            <source>Self</source>
            <translation>Yo</translation>
        </message>
    </context>
    <context>
        <name>ExportWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Export — Hypnic</source>
            <translation>Exportar — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Save your nights in a file. Nothing leaves this computer unless you take or send the file yourself.</source>
            <translation>Guarde sus noches en un archivo. Nada sale de este ordenador salvo que usted se lleve o envíe el archivo.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>What to export</source>
            <translation>Qué exportar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Table of events (&amp;CSV), to open in a spreadsheet</source>
            <translation>Tabla de eventos (&amp;CSV), para abrir en una hoja de cálculo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Full &amp;backup (JSON): everything Hypnic holds, to move to a new computer</source>
            <translation>&amp;Copia de seguridad completa (JSON): todo lo que guarda Hypnic, para pasarlo a un ordenador nuevo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Clinic &amp;record (HL7 FHIR), for a clinic's computer system</source>
            <translation>&amp;Registro clínico (HL7 FHIR), para el sistema informático de una clínica</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Which nights</source>
            <translation>Qué noches</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>&amp;Only these nights:</source>
            <translation>Sól&amp;o estas noches:</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Only these nights</source>
            <translation>Solo estas noches</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Export result</source>
            <translation>Resultado de la exportación</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Export to a file</source>
            <translation>Exportar a un archivo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Close the export window</source>
            <translation>Cerrar la ventana de exportación</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>&amp;All nights (none recorded yet)</source>
            <translation>&amp;Todas las noches (aún no hay ninguna registrada)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>&amp;All nights (%1 to %2)</source>
            <translation>&amp;Todas las noches (del %1 al %2)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>The first night is after the last night.</source>
            <translation>La primera noche es posterior a la última.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Tables (*.csv)</source>
            <translation>Tablas (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Hypnic backups (*.json)</source>
            <translation>Copias de seguridad de Hypnic (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>FHIR bundles (*.json)</source>
            <translation>Bundles FHIR (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>Exported %n event(s) to %1.</source>
            <translation>
                <numerusform>%n evento exportado a %1.</numerusform>
                <numerusform>%n eventos exportados a %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/export_window.py" />
            <source>On the new computer, open Hypnic and choose Menu → Import… with this file.</source>
            <translation>En el ordenador nuevo, abra Hypnic y elija Menú → Importar… con este archivo.</translation>
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
            <translation>Teclas y ayuda</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>Help: bedside keys</source>
            <translation>Ayuda: teclas junto a la cama</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>Bedside keys and what Hypnic is for</source>
            <translation>Teclas junto a la cama y para qué sirve Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>Hypnic at the bedside</source>
            <translation>Hypnic junto a la cama</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>Your kinds now:</source>
            <translation>Sus tipos ahora:</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/help_panel.py" />
            <source>F1 or Escape closes this help.</source>
            <translation>F1 o Esc cierra esta ayuda.</translation>
        </message>
    </context>
    <context>
        <name>HistoryOnset</name>
        <message>
            <location filename="../../src/hypnic/ui/charts/history_onset.py" />
            <source>When the evening symptoms began, night by night</source>
            <translation>Cuándo empezaron los síntomas vespertinos, noche a noche</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%n nights</source>
            <translation>
                <numerusform>%n noche</numerusform>
                <numerusform>%n noches</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>All</source>
            <translation>Todo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Show the last %n nights</source>
            <translation>
                <numerusform>Mostrar la última noche</numerusform>
                <numerusform>Mostrar las últimas %n noches</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Show all</source>
            <translation>Mostrar todo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>No nights logged yet. Taps you log at bedtime show here.</source>
            <translation>Aún no hay noches registradas. Lo que registre al acostarse aparecerá aquí.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>When in the night — one row per night, newest on top; boxed: leg run (5–90 s), dashed box: jerk series</source>
            <translation>Cuándo en la noche — una fila por noche, la más reciente arriba; recuadro: serie de piernas (5–90 s), recuadro discontinuo: serie de sacudidas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Taps per night — points: each night; line: 7-night median</source>
            <translation>Registros por noche — puntos: cada noche; línea: mediana de 7 noches</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Intervals between leg taps</source>
            <translation>Intervalos entre registros de piernas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Counts and intervals</source>
            <translation>Recuentos e intervalos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Evening symptoms: onset — line: 7-night median</source>
            <translation>Síntomas vespertinos: inicio — línea: mediana de 7 noches</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Charts of the nights</source>
            <translation>Gráficos de las noches</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%1 – %2: %3 of %4 nights logged, %5 of them quiet (patient-reported taps)</source>
            <translation>%1 – %2: %3 de %4 noches registradas, %5 de ellas tranquilas (datos del paciente)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%1 – %2: %3 of %4 nights logged (patient-reported taps)</source>
            <translation>%1 – %2: %3 de %4 noches registradas (datos del paciente)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%1 – %2: %3 of %4 nights logged, %n event(s) in all. Each row is a night, newest on top; each mark is a tap at its time of night.</source>
            <translation>
                <numerusform>%1 – %2: %3 de %4 noches registradas, %n evento en total. Cada fila es una noche, la más reciente arriba; cada marca es un registro a su hora de la noche.</numerusform>
                <numerusform>%1 – %2: %3 de %4 noches registradas, %n eventos en total. Cada fila es una noche, la más reciente arriba; cada marca es un registro a su hora de la noche.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>No nights logged yet.</source>
            <translation>Aún no hay noches registradas.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%1: %n event(s) in these nights, a median of %2 per logged night, at most %3 (night of %4).</source>
            <translation>
                <numerusform>%1: %n evento en estas noches, una mediana de %2 por noche registrada, como máximo %3 (noche del %4).</numerusform>
                <numerusform>%1: %n eventos en estas noches, una mediana de %2 por noche registrada, como máximo %3 (noche del %4).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>No events in these nights.</source>
            <translation>Ningún evento en estas noches.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%n interval(s) between leg taps in these nights; %1 of them 5–90 s apart, where periodic runs fall.</source>
            <translation>
                <numerusform>%n intervalo entre registros de piernas en estas noches; %1 de ellos de 5 a 90 s, el rango de las series periódicas.</numerusform>
                <numerusform>%n intervalos entre registros de piernas en estas noches; %1 de ellos de 5 a 90 s, el rango de las series periódicas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>No night in these says when the symptoms began.</source>
            <translation>Ninguna de estas noches indica cuándo empezaron los síntomas.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>%n night(s) say when the evening symptoms began; the median is %1.</source>
            <translation>
                <numerusform>%n noche indica cuándo empezaron los síntomas vespertinos; la mediana es %1.</numerusform>
                <numerusform>%n noches indican cuándo empezaron los síntomas vespertinos; la mediana es %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>History — Hypnic</source>
            <translation>Historial — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>History of nights</source>
            <translation>Historial de noches</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>Night to open</source>
            <translation>Noche que abrir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>&amp;Open the night of</source>
            <translation>&amp;Abrir la noche del</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_window.py" />
            <source>Open the night chosen</source>
            <translation>Abrir la noche elegida</translation>
        </message>
    </context>
    <context>
        <name>ImportWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import — Hypnic</source>
            <translation>Importar — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Add nights from a file: a Hypnic table (CSV) or backup (JSON), or an export of Sleep as Android. You see what would be added before anything changes.</source>
            <translation>Añadir noches desde un archivo: una tabla (CSV) o copia de seguridad (JSON) de Hypnic, o una exportación de Sleep as Android. Verá lo que se añadiría antes de que cambie nada.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Find out from the file</source>
            <translation>Deducirlo del archivo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Hypnic (CSV or JSON backup)</source>
            <translation>Hypnic (CSV o copia de seguridad JSON)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Sleep as Android (CSV)</source>
            <translation>Sleep as Android (CSV)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Kind of file</source>
            <translation>Tipo de archivo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>&amp;Choose a file…</source>
            <translation>&amp;Elegir un archivo…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Choose a file to import</source>
            <translation>Elegir un archivo para importar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>&amp;Kind of file</source>
            <translation>&amp;Tipo de archivo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>What the import would add</source>
            <translation>Lo que añadiría la importación</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Choose a file to see what it would add.</source>
            <translation>Elija un archivo para ver lo que añadiría.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import result</source>
            <translation>Resultado de la importación</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import what the preview shows</source>
            <translation>Importar lo que muestra la vista previa</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Cancel: import nothing and close</source>
            <translation>Cancelar: no importar nada y cerrar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Hypnic and Sleep as Android files (*.csv *.json);;All files (*)</source>
            <translation>Archivos de Hypnic y Sleep as Android (*.csv *.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Reading %1… A big file can take a minute or more.</source>
            <translation>Leyendo %1… Un archivo grande puede tardar un minuto o más.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import (reading the file…) — Hypnic</source>
            <translation>Importar (leyendo el archivo…) — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Nothing has changed. Choose another file, or Close.</source>
            <translation>No ha cambiado nada. Elija otro archivo o Cerrar.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Hypnic imports a file whole or not at all: tick the box above to add these kinds, or Cancel.</source>
            <translation>Hypnic importa un archivo entero o nada: marque la casilla de arriba para añadir estos tipos, o Cancelar.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Nothing has changed yet. Import, or Cancel?</source>
            <translation>Aún no ha cambiado nada. ¿Importar o Cancelar?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Import (importing…) — Hypnic</source>
            <translation>Importar (importando…) — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Importing… A big file can take a minute or more.</source>
            <translation>Importando… Un archivo grande puede tardar un minuto o más.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>%1 Nothing was imported; your data is as it was.</source>
            <translation>%1 No se importó nada; sus datos siguen como estaban.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Imported. A copy of your data as it was before is kept in Backups.</source>
            <translation>Importado. Una copia de sus datos tal como estaban antes se guarda en Copias de seguridad.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Nothing was imported: it was all there already.</source>
            <translation>No se ha importado nada: ya estaba todo.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_window.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>ImportWording</name>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the day boundary</source>
            <translation>el límite del día</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>your name</source>
            <translation>su nombre</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>your date of birth</source>
            <translation>su fecha de nacimiento</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 y %n más</numerusform>
                <numerusform>%1 y %n más</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Hypnic backup (JSON).</source>
            <translation>%1 es una copia de seguridad de Hypnic (JSON).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Hypnic table of events (CSV).</source>
            <translation>%1 es una tabla de eventos de Hypnic (CSV).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Sleep as Android export (CSV).</source>
            <translation>%1 es una exportación de Sleep as Android (CSV).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Hypnic backup (JSON), found from what the file holds.</source>
            <translation>%1 es una copia de seguridad de Hypnic (JSON), reconocida por su contenido.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Hypnic table of events (CSV), found from what the file holds.</source>
            <translation>%1 es una tabla de eventos de Hypnic (CSV), reconocida por su contenido.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%1 is a Sleep as Android export (CSV), found from what the file holds.</source>
            <translation>%1 es una exportación de Sleep as Android (CSV), reconocida por su contenido.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>It holds %n sleep record(s).</source>
            <translation>
                <numerusform>Contiene %n registro de sueño.</numerusform>
                <numerusform>Contiene %n registros de sueño.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>Everything in it is already in Hypnic: nothing was added.</source>
            <translation>Todo su contenido ya está en Hypnic: no se añadió nada.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>Everything in it is already in Hypnic: importing it would change nothing.</source>
            <translation>Todo su contenido ya está en Hypnic: importarlo no cambiaría nada.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>Added:</source>
            <translation>Añadido:</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>Importing it would add:</source>
            <translation>La importación añadiría:</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>Already in Hypnic, so left as it is:</source>
            <translation>Ya en Hypnic, así que se deja como está:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n evento</numerusform>
                <numerusform>%n eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n dose(s)</source>
            <translation>
                <numerusform>%n toma</numerusform>
                <numerusform>%n tomas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the lights-out, times and notes of %n night(s)</source>
            <translation>
                <numerusform>el apagado de luces, las horas y las notas de %n noche</numerusform>
                <numerusform>el apagado de luces, las horas y las notas de %n noches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the tags of %n night(s)</source>
            <translation>
                <numerusform>las etiquetas de %n noche</numerusform>
                <numerusform>las etiquetas de %n noches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the morning diary of %n night(s)</source>
            <translation>
                <numerusform>el diario matutino de %n noche</numerusform>
                <numerusform>el diario matutino de %n noches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n rest test(s)</source>
            <translation>
                <numerusform>%n prueba de reposo</numerusform>
                <numerusform>%n pruebas de reposo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n new kind(s): %1</source>
            <translation>
                <numerusform>%n tipo nuevo: %1</numerusform>
                <numerusform>%n tipos nuevos: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n kind(s) as the file names and colours them: %1</source>
            <translation>
                <numerusform>%n tipo con el nombre y el color del archivo: %1</numerusform>
                <numerusform>%n tipos con el nombre y el color del archivo: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n new medication(s): %1</source>
            <translation>
                <numerusform>%n medicamento nuevo: %1</numerusform>
                <numerusform>%n medicamentos nuevos: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n new tag(s): %1</source>
            <translation>
                <numerusform>%n etiqueta nueva: %1</numerusform>
                <numerusform>%n etiquetas nuevas: %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the file's settings: %1</source>
            <translation>los ajustes del archivo: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n event(s) (skipped)</source>
            <translation>
                <numerusform>%n evento (omitido)</numerusform>
                <numerusform>%n eventos (omitidos)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n dose(s) (skipped)</source>
            <translation>
                <numerusform>%n toma (omitida)</numerusform>
                <numerusform>%n tomas (omitidas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the records of %n night(s) (kept as they are)</source>
            <translation>
                <numerusform>los datos de %n noche (se dejan como están)</numerusform>
                <numerusform>los datos de %n noches (se dejan como están)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the tags or diary of %n night(s) (kept as they are)</source>
            <translation>
                <numerusform>las etiquetas o el diario de %n noche (se dejan como están)</numerusform>
                <numerusform>las etiquetas o el diario de %n noches (se dejan como están)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n rest test(s) (skipped)</source>
            <translation>
                <numerusform>%n prueba de reposo (omitida)</numerusform>
                <numerusform>%n pruebas de reposo (omitidas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>lights-out on %n night(s)</source>
            <translation>
                <numerusform>el apagado de luces de %n noche</numerusform>
                <numerusform>el apagado de luces de %n noches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the comment as the note of %n night(s)</source>
            <translation>
                <numerusform>el comentario como nota de %n noche</numerusform>
                <numerusform>el comentario como nota de %n noches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the comment below the note already on %n night(s)</source>
            <translation>
                <numerusform>el comentario debajo de la nota ya existente de %n noche</numerusform>
                <numerusform>el comentario debajo de la nota ya existente de %n noches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>tags on %n night(s)</source>
            <translation>
                <numerusform>etiquetas en %n noche</numerusform>
                <numerusform>etiquetas en %n noches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>the lights-out already recorded on %n night(s)</source>
            <translation>
                <numerusform>el apagado de luces ya registrado de %n noche</numerusform>
                <numerusform>el apagado de luces ya registrado de %n noches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>%n night(s) already up to date</source>
            <translation>
                <numerusform>%n noche ya al día</numerusform>
                <numerusform>%n noches ya al día</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/exchange/import_wording.py" />
            <source>&amp;Add the kind(s) this file uses that are not in your list: %1</source>
            <translation>
                <numerusform>&amp;Añadir el tipo que usa este archivo y que falta en su lista: %1</numerusform>
                <numerusform>&amp;Añadir los %n tipos que usa este archivo y que faltan en su lista: %1</numerusform>
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
            <translation>Registrar %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>partner's · yours %s</source>
            <translation>pareja · suyos %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>yours · partner %s</source>
            <translation>suyos · pareja %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>yours tonight</source>
            <translation>suyos esta noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>Partner %1 tonight, yours %2. Key %3.</source>
            <translation>Pareja esta noche: %1, suyos: %2. Tecla %3.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>%1 tonight, partner %2. Key %3.</source>
            <translation>%1 esta noche, pareja: %2. Tecla %3.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>%1 tonight. Key %3.</source>
            <translation>%1 esta noche. Tecla %3.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>Log %s (key %s)</source>
            <translation>Registrar %s (tecla %s)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>key %s · %s</source>
            <translation>tecla %s · %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/kind_button.py" />
            <source>key %s</source>
            <translation>tecla %s</translation>
        </message>
    </context>
    <context>
        <name>KindDetails</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Selected kind</source>
            <translation>Tipo seleccionado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Name of the selected kind</source>
            <translation>Nombre del tipo seleccionado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Rename</source>
            <translation>Cambiar nombre</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>&amp;Colour</source>
            <translation>&amp;Color</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Marker shape</source>
            <translation>Forma del marcador</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>&amp;Shape</source>
            <translation>&amp;Forma</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Key that logs this kind</source>
            <translation>Tecla que registra este tipo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Clear key</source>
            <translation>Quitar la tecla</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>K&amp;ey</source>
            <translation>&amp;Tecla</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Keys that log this kind now</source>
            <translation>Teclas que registran este tipo ahora</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Move do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>&amp;Archive</source>
            <translation>&amp;Archivar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Logged with: %s</source>
            <translation>Se registra con: %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>No key logs this kind now (it is off, archived or past key 9).</source>
            <translation>Ninguna tecla registra este tipo ahora (está desactivado, archivado o más allá de la tecla 9).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Un&amp;archive</source>
            <translation>&amp;Desarchivar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Own colour %s</source>
            <translation>Color propio %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kind_details.py" />
            <source>Other…</source>
            <translation>Otro…</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Jerk</source>
            <translation>Sacudida</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Kick</source>
            <translation>Patada</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Deep itch</source>
            <translation>Picor profundo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Eyelid twitch</source>
            <translation>Tic del párpado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Hiccup</source>
            <translation>Hipo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Burning</source>
            <translation>Ardor</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Creeping</source>
            <translation>Reptación</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Tugging</source>
            <translation>Tirantez</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Crawling</source>
            <translation>Hormigueo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Arm jerk</source>
            <translation>Sacudida del brazo</translation>
        </message>
    </context>
    <context>
        <name>KindsEditor</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>On · kind</source>
            <translation>Activo · tipo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Kinds</source>
            <translation>Tipos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Name of a new kind, e.g. Toe curl</source>
            <translation>Nombre de un tipo nuevo, p. ej. Calambre en los dedos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Name of the new kind</source>
            <translation>Nombre del tipo nuevo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Add kind</source>
            <translation>Añadir tipo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>archived</source>
            <translation>archivado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>on</source>
            <translation>activo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/kinds_editor.py" />
            <source>off</source>
            <translation>inactivo</translation>
        </message>
    </context>
    <context>
        <name>LanguageAndDisplay</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Language and display</source>
            <translation>Idioma y pantalla</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>The desktop's language (%1)</source>
            <translation>Idioma del sistema (%1)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Language of Hypnic</source>
            <translation>Idioma de Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>The same as Hypnic's</source>
            <translation>El mismo que Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Language of the doctor's summary</source>
            <translation>Idioma del resumen para el médico</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Su&amp;mmary language</source>
            <translation>Idioma del &amp;resumen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Text size, percent of the desktop's</source>
            <translation>Tamaño del texto, en porcentaje del del sistema</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Te&amp;xt size</source>
            <translation>Tamaño del te&amp;xto</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>&amp;High contrast (night and day themes)</source>
            <translation>&amp;Alto contraste (temas de noche y de día)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/language_display.py" />
            <source>Hypnic will speak %1 from its next start.</source>
            <translation>Hypnic hablará %1 a partir del próximo inicio.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/around_taps.py" />
            <source>Rest &amp;test…</source>
            <translation>Prueba de Prueba de reposo (&amp;test)…amp;reposo…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/day_menu.py" />
            <source>Back&amp;ups…</source>
            <translation>Copias de seg&amp;uridad…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/day_menu.py" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/day_menu.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/day_menu.py" />
            <source>Prepare for the &amp;clinic…</source>
            <translation>Preparar la &amp;consulta…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Bedside (DEMO, nothing here is real) — Hypnic</source>
            <translation>Junto a la cama (DEMO, nada de esto es real) — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Bedside — Hypnic</source>
            <translation>Junto a la cama — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Hypnic bedside logger</source>
            <translation>Hypnic — registro junto a la cama</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Undo last tap</source>
            <translation>Deshacer el último registro</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Lights out</source>
            <translation>Apagar la luz</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Partner logging</source>
            <translation>Registro por la pareja</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Review a night…</source>
            <translation>&amp;Revisar una noche…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;History of nights…</source>
            <translation>&amp;Historial de noches…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Summary for the doctor…</source>
            <translation>Resumen para el &amp;médico…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Kinds and settings…</source>
            <translation>&amp;Tipos y ajustes…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Day or &amp;night theme for now</source>
            <translation>Tema de día o de &amp;noche por ahora</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Brighter</source>
            <translation>Más c&amp;laro</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Dimmer</source>
            <translation>Más &amp;oscuro</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Full screen</source>
            <translation>&amp;Pantalla completa</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Log %s</source>
            <translation>Registrar %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Undo not done, nothing was changed: %s.</source>
            <translation>No se ha deshecho, no ha cambiado nada: %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Nothing to undo tonight.</source>
            <translation>No hay nada que deshacer esta noche.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Undone: %s</source>
            <translation>Deshecho: %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Removed: %s (it had not been saved yet)</source>
            <translation>Quitado: %s (aún no se había guardado)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Undone: %s · moved to the trash</source>
            <translation>Deshecho: %s · movido a la papelera</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Redo not done, nothing was changed: %s.</source>
            <translation>No se ha rehecho, no ha cambiado nada: %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Restored: %s</source>
            <translation>Restaurado: %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Undo %s</source>
            <translation>Deshacer %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Redo %s</source>
            <translation>Rehacer %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>quiet night</source>
            <translation>noche tranquila</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>symptoms started at %s</source>
            <translation>síntomas iniciados a las %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>lights-out %s</source>
            <translation>luz apagada %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>partner's %1 %2</source>
            <translation>%1 de la pareja %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Lights-out not saved: %s.</source>
            <translation>«Luz apagada» no guardado: %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Lights out · %s</source>
            <translation>Luz apagada · %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Lights out (L)</source>
            <translation>Luz apagada (L)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Record lights-out now</source>
            <translation>Registrar ahora que se apaga la luz</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Lights out %s (L)</source>
            <translation>Luz apagada %s (L)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Lights-out is %s; press to record it again now</source>
            <translation>Luz apagada a las %s; pulse para registrarla de nuevo ahora</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Partner: ON (P)</source>
            <translation>Pareja: ACTIVADA (P)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Partner (P)</source>
            <translation>Pareja (P)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/window_session.py" />
            <source>Taps not saved when Hypnic was last closed are kept in %s. Add them to the store with Menu → Import…, or with: hypnic%s import FILE</source>
            <translation>Los registros que no se guardaron al cerrar Hypnic la última vez están en %s. Añádalos a los datos con Menú → Importar…, o con: hypnic%s import ARCHIVO</translation>
        </message>
    </context>
    <context>
        <name>MedicationsEditor</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Medications</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Medication name</source>
            <translation>Nombre del medicamento</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>e.g. clonazepam</source>
            <translation>p. ej. clonazepam</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Usual amount</source>
            <translation>Cantidad habitual</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Usual &amp;bedtime dose (the bedside D key logs it)</source>
            <translation>&amp;Dosis habitual de la noche (la tecla D junto a la cama la registra)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Usual bedtime dose</source>
            <translation>Dosis habitual de la noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>&amp;Archived (no longer taken; its doses stay)</source>
            <translation>&amp;Archivado (ya no se toma; sus tomas se conservan)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Archived</source>
            <translation>Archivado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Add as new</source>
            <translation>Añadir como nuevo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Add a new medication</source>
            <translation>Añadir un medicamento nuevo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Save changes</source>
            <translation>Guardar los cambios</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Save the selected medication</source>
            <translation>Guardar el medicamento seleccionado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Delete the selected medication</source>
            <translation>Eliminar el medicamento seleccionado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Usual a&amp;mount</source>
            <translation>Ca&amp;ntidad habitual</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>No medications yet. Type a name (suggestions appear), then Add as new.</source>
            <translation>Aún no hay medicamentos. Escriba un nombre (aparecen sugerencias) y luego pulse «Añadir como nuevo».</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Added.</source>
            <translation>Añadido.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Deleted %s.</source>
            <translation>%s eliminado.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>%s has doses, so it is kept: tick Archived instead.</source>
            <translation>%s tiene tomas, así que se conserva: marque «Archivado» en su lugar.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>The medication you typed is not added yet.</source>
            <translation>El medicamento que ha escrito aún no se ha añadido.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Add it</source>
            <translation>Añadirlo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Your changes to %1 are not saved yet.</source>
            <translation>Sus cambios en %1 aún no están guardados.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/medications_editor.py" />
            <source>Save them</source>
            <translation>Guardarlos</translation>
        </message>
    </context>
    <context>
        <name>NightCharts</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_charts.py" />
            <source>Figures of the night</source>
            <translation>Valores de la noche</translation>
        </message>
    </context>
    <context>
        <name>NightEditor</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Review a night</source>
            <translation>Revisar una noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>◀ Previous</source>
            <translation>◀ Anterior</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Previous night</source>
            <translation>Noche anterior</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Night date</source>
            <translation>Fecha de la noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Next ▶</source>
            <translation>Siguiente ▶</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Next night</source>
            <translation>Noche siguiente</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Tonight</source>
            <translation>Esta noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Go to tonight</source>
            <translation>Ir a esta noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Night shown</source>
            <translation>Noche mostrada</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Events, doses and diary of the night</source>
            <translation>Eventos, tomas y diario de la noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>&amp;Events</source>
            <translation>&amp;Eventos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Add a missed event</source>
            <translation>Añadir un evento olvidado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Move to trash</source>
            <translation>Mover a la papelera</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>There is no later night yet: this is tonight.</source>
            <translation>Aún no hay una noche posterior: esta es la de hoy.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Doses, tags and diary</source>
            <translation>Tomas, etiquetas y diario</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>&amp;Doses, tags and diary</source>
            <translation>&amp;Tomas, etiquetas y diario</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Night of %1 — %n event(s)</source>
            <translation>
                <numerusform>Noche del %1 — %n evento</numerusform>
                <numerusform>Noche del %1 — %n eventos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Night of %1 — Hypnic</source>
            <translation>Noche del %1 — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Added at %1.</source>
            <translation>Añadido a las %1.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Events of the night</source>
            <translation>Eventos de la noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Event kind</source>
            <translation>Tipo de evento</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Who noticed it</source>
            <translation>Quién lo notó</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Add missed event…</source>
            <translation>Añadir evento olvidado…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Move the selected events to the trash</source>
            <translation>Mover los eventos seleccionados a la papelera</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Show or hide the trash</source>
            <translation>Mostrar u ocultar la papelera</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Trash (%1)</source>
            <translation>Papelera (%1)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Self</source>
            <translation>Yo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_events_panel.py" />
            <source>Partner</source>
            <translation>Pareja</translation>
        </message>
    </context>
    <context>
        <name>NightFiguresView</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Taps per hour of wind-down</source>
            <translation>Registros por hora de conciliación</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Minutes lights-out to first tap</source>
            <translation>Minutos desde apagar la luz hasta el primer registro</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Taps after the wind-down</source>
            <translation>Registros después de la conciliación</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg runs, 5–90 s (as in PLM)</source>
            <translation>Series de movimientos de piernas, 5–90 s (como en los MPE)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest leg run, movements</source>
            <translation>Serie de piernas más larga, movimientos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg taps in runs</source>
            <translation>Registros de piernas en series</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg runs, WASM 10–90 s</source>
            <translation>Series de piernas, WASM 10–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest WASM run, movements</source>
            <translation>Serie WASM más larga, movimientos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg taps in WASM runs</source>
            <translation>Registros de piernas en series WASM</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg runs seen by a partner</source>
            <translation>Series de piernas vistas por la pareja</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Jerk series (not leg runs)</source>
            <translation>Series de sacudidas (no series de piernas)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest jerk series, movements</source>
            <translation>Serie de sacudidas más larga, movimientos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Wind-down: from lights-out (or the first tap) to the last tap before a gap of more than 60 minutes; later taps are night wakings or the morning.</source>
            <translation>Conciliación: desde que se apaga la luz (o el primer registro) hasta el último registro antes de una pausa de más de 60 minutos; los registros posteriores son despertares nocturnos o la mañana.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Rest tests of the night</source>
            <translation>Pruebas de reposo de la noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Patterns seen this night</source>
            <translation>Patrones vistos esta noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Patient-reported taps, not a PLM index and not a diagnosis.</source>
            <translation>Registros del paciente, no un índice de MPE ni un diagnóstico.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Rest test at %s, %s min: %s taps per hour; leg movements %s per hour</source>
            <translation>Prueba de reposo a las %s, %s min: %s registros por hora; movimientos de piernas %s por hora</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>(the clinic's cut-off, more than 40 an hour, is from EMG: not equivalent)</source>
            <translation>(el umbral clínico, más de 40 por hora, procede del EMG: no es equivalente)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Quiet night (“nothing tonight”): logged with zero taps.</source>
            <translation>Noche tranquila («nada esta noche»): registrada con cero registros.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>isolated jerks in the wind-down (as in hypnic jerks)</source>
            <translation>sacudidas aisladas durante la conciliación (como en las sacudidas hípnicas)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>jerk series at sleep onset (as described in propriospinal myoclonus)</source>
            <translation>series de sacudidas al inicio del sueño (como se describe en la mioclonía propioespinal)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>periodic leg movements, 5–90 s (as in PLM)</source>
            <translation>movimientos periódicos de piernas, 5–90 s (como en los MPE)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>evening sensations (as in restless legs)</source>
            <translation>sensaciones vespertinas (como en el síndrome de piernas inquietas)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>taps after the wind-down (night wakings, morning)</source>
            <translation>registros después de la conciliación (despertares nocturnos, mañana)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Patterns seen: none.</source>
            <translation>Patrones vistos: ninguno.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Patterns seen: %1.</source>
            <translation>Patrones vistos: %1.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>You</source>
            <translation>Usted</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Partner</source>
            <translation>Pareja</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>you</source>
            <translation>usted</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>partner</source>
            <translation>pareja</translation>
        </message>
    </context>
    <context>
        <name>NightRange</name>
        <message>
            <location filename="../../src/hypnic/ui/exchange/night_range.py" />
            <source>First night</source>
            <translation>Primera noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/night_range.py" />
            <source>Last night</source>
            <translation>Última noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/night_range.py" />
            <source>&amp;From</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/exchange/night_range.py" />
            <source>&amp;to</source>
            <translation>&amp;hasta</translation>
        </message>
    </context>
    <context>
        <name>NightRecordRow</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Symptoms started</source>
            <translation>Inicio de los síntomas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Nothing tonight</source>
            <translation>Nada esta noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Quiet night: nothing happened</source>
            <translation>Noche tranquila: no ha pasado nada</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Wind-down start</source>
            <translation>Inicio de la conciliación del sueño</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Lights-out</source>
            <translation>Luz apagada</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Note for the night</source>
            <translation>Nota de la noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Note for the night (caffeine, a late meal…)</source>
            <translation>Nota de la noche (cafeína, cena tardía…)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>S&amp;ymptoms from</source>
            <translation>S&amp;íntomas desde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>&amp;Wind-down started</source>
            <translation>&amp;Inicio de la conciliación</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>&amp;Lights out</source>
            <translation>&amp;Luz apagada</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>N&amp;ote</source>
            <translation>N&amp;ota</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Marked quiet, not quiet: %n tap(s)</source>
            <translation>
                <numerusform>Marcada como tranquila, pero no lo es: %n registro</numerusform>
                <numerusform>Marcada como tranquila, pero no lo es: %n registros</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Taps were logged after the night was marked quiet, so it does not count as quiet. Click to remove the mark.</source>
            <translation>Se anotaron registros después de marcar la noche como tranquila, así que no cuenta como tranquila. Haga clic para quitar la marca.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>✓ Nothing tonight</source>
            <translation>✓ Nada esta noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>A night with taps cannot be quiet.</source>
            <translation>Una noche con registros no puede ser tranquila.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_record_row.py" />
            <source>Mark the night quiet: used, and nothing happened.</source>
            <translation>Marcar la noche como tranquila: se usó Hypnic y no pasó nada.</translation>
        </message>
    </context>
    <context>
        <name>NightSidePanel</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Doses of the night</source>
            <translation>Tomas de la noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose time</source>
            <translation>Hora de la toma</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Medication</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Amount</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose note</source>
            <translation>Nota de la toma</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Add dose</source>
            <translation>Añadir toma</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Add a dose</source>
            <translation>Añadir una toma</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Save changes</source>
            <translation>Guardar los cambios</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Save the selected dose</source>
            <translation>Guardar la toma seleccionada</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Move the selected doses to the trash</source>
            <translation>Mover las tomas seleccionadas a la papelera</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Show or hide the doses' trash</source>
            <translation>Mostrar u ocultar la papelera de tomas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Doses in the trash</source>
            <translation>Tomas en la papelera</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Restore the selected doses</source>
            <translation>Restaurar las tomas seleccionadas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Diary answers</source>
            <translation>Respuestas del diario</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>D&amp;iary…</source>
            <translation>D&amp;iario…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Answer or change the sleep diary for this night</source>
            <translation>Responder o cambiar el diario de sueño de esta noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Doses</source>
            <translation>Tomas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Evening tags</source>
            <translation>Etiquetas de la tarde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Sleep diary</source>
            <translation>Diario de sueño</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose trash (%1)</source>
            <translation>Papelera de tomas (%1)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Not answered.</source>
            <translation>Sin responder.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>quality —</source>
            <translation>calidad —</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>quality %1 (%2)</source>
            <translation>calidad %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose added.</source>
            <translation>Toma añadida.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Dose changed.</source>
            <translation>Toma cambiada.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>The dose you typed is not added yet.</source>
            <translation>La toma que ha escrito aún no se ha añadido.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Add it</source>
            <translation>Añadirlo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Your changes to the dose at %1 are not saved yet.</source>
            <translation>Sus cambios en la toma de las %1 aún no están guardados.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_side_panel.py" />
            <source>Save them</source>
            <translation>Guardarlos</translation>
        </message>
    </context>
    <context>
        <name>NightTimeline</name>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Align at lights-out</source>
            <translation>Alinear con el apagado de la luz</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Show minutes since lights-out instead of clock time</source>
            <translation>Mostrar los minutos desde que se apagó la luz en lugar de la hora</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Filled: you · hollow: partner · shaded: leg run (5–90 s) · cross-hatched: jerk series</source>
            <translation>Relleno: usted · hueco: pareja · sombreado: serie de piernas (5–90 s) · rayado: serie de sacudidas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Event under the pointer</source>
            <translation>Evento bajo el puntero</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Timeline of the night</source>
            <translation>Cronología de la noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>wind-down</source>
            <translation>conciliación</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>lights out</source>
            <translation>luz apagada</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>No events this night.</source>
            <translation>Ningún evento esta noche.</translation>
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
                <numerusform>%n evento de %1 a %2 (%3).</numerusform>
                <numerusform>%n eventos de %1 a %2 (%3).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>Shaded: %n periodic leg run(s), 5–90 s.</source>
            <translation>
                <numerusform>Sombreado: %n serie periódica de piernas, 5–90 s.</numerusform>
                <numerusform>Sombreado: %n series periódicas de piernas, 5–90 s.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>The table of events lists each one.</source>
            <translation>La tabla de eventos los enumera uno por uno.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>by partner</source>
            <translation>por la pareja</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>by you</source>
            <translation>por usted</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>%s min after lights-out</source>
            <translation>%s min después de apagar la luz</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>in a jerk series of %n movements</source>
            <translation>
                <numerusform>en una serie de sacudidas de %n movimiento</numerusform>
                <numerusform>en una serie de sacudidas de %n movimientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>in a partner-seen leg run of %n movements (5–90 s)</source>
            <translation>
                <numerusform>en una serie de piernas vista por la pareja, de %n movimiento (5–90 s)</numerusform>
                <numerusform>en una serie de piernas vista por la pareja, de %n movimientos (5–90 s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>in a leg run of %n movements (5–90 s)</source>
            <translation>
                <numerusform>en una serie de piernas de %n movimiento (5–90 s)</numerusform>
                <numerusform>en una serie de piernas de %n movimientos (5–90 s)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline_words.py" />
            <source>Point at a mark to see its exact time; drag or scroll to pan and zoom (keys: + and −, ← and →, Home for the whole night).</source>
            <translation>Señale una marca para ver su hora exacta; arrastre o desplácese para mover y ampliar (teclas: + y −, ← y →, Inicio para toda la noche).</translation>
        </message>
    </context>
    <context>
        <name>NoteDelegate</name>
        <message>
            <location filename="../../src/hypnic/ui/review/event_delegates.py" />
            <source>Event note</source>
            <translation>Nota del evento</translation>
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
            <translation>Nombre del paciente</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>YYYY-MM-DD, optional</source>
            <translation>AAAA-MM-DD, opcional</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Save the patient's details</source>
            <translation>Guardar los datos del paciente</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Printed in the header of the summary for the doctor.</source>
            <translation>Se imprime en el encabezado del resumen para el médico.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Date of &amp;birth</source>
            <translation>Fecha de &amp;nacimiento</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/patient_form.py" />
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesPage</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Day boundary</source>
            <translation>Cambio de día</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>&amp;Day boundary</source>
            <translation>&amp;Cambio de día</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Events before this time belong to the previous night.</source>
            <translation>Los eventos anteriores a esta hora pertenecen a la noche anterior.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Automatic (night theme in the hours below)</source>
            <translation>Automático (tema de noche en las horas de abajo)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Always night</source>
            <translation>Siempre noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Always day</source>
            <translation>Siempre día</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>&amp;Theme</source>
            <translation>T&amp;ema</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Night theme from</source>
            <translation>Tema de noche desde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Night theme &amp;from</source>
            <translation>Tema de noche &amp;desde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Night theme until</source>
            <translation>Tema de noche hasta</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Night theme &amp;until</source>
            <translation>Tema de noche &amp;hasta</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Dimmer, percent darker</source>
            <translation>Atenuación, porcentaje más oscuro</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Di&amp;mmer</source>
            <translation>Ate&amp;nuar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>As it was last closed</source>
            <translation>Como estaba al cerrarla</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Maximised</source>
            <translation>Maximizada</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Full screen</source>
            <translation>Pantalla completa</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>How the bedside window opens</source>
            <translation>Cómo se abre la ventana junto a la cama</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Bedside &amp;window opens</source>
            <translation>&amp;Ventana junto a la cama al abrir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
    </context>
    <context>
        <name>QuietKey</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/quiet_key.py" />
            <source>Nothing tonight (quiet night)</source>
            <translation>Nada esta noche (noche tranquila)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/quiet_key.py" />
            <source>Not marked quiet: tonight already has %n tap(s). Undo them first (Backspace) if they were mistakes.</source>
            <translation>
                <numerusform>No se ha marcado como tranquila: esta noche ya tiene %n registro. Deshágalo primero (Retroceso) si fue un error.</numerusform>
                <numerusform>No se ha marcado como tranquila: esta noche ya tiene %n registros. Deshágalos primero (Retroceso) si fueron errores.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/quiet_key.py" />
            <source>Quiet night not saved: %s.</source>
            <translation>Noche tranquila no guardada: %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/quiet_key.py" />
            <source>Quiet night: nothing tonight</source>
            <translation>Noche tranquila: nada esta noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/quiet_key.py" />
            <source>Not quiet any more: </source>
            <translation>Ya no es tranquila: </translation>
        </message>
    </context>
    <context>
        <name>RemindersPage</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Remind me from an icon in the tray</source>
            <translation>Recordármelo con un icono en la bandeja del sistema</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Reminders from the tray icon</source>
            <translation>Recordatorios desde el icono de la bandeja</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>This desktop has no tray (system tray or status area), so reminders cannot be shown here.</source>
            <translation>Este escritorio no tiene bandeja del sistema (área de notificación), así que aquí no se pueden mostrar recordatorios.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Why reminders are not available</source>
            <translation>Por qué no hay recordatorios</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Wind-down reminder at</source>
            <translation>Recordatorio para acostarse a las</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>&amp;Wind-down reminder at</source>
            <translation>&amp;Recordatorio para acostarse a las</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Only when nothing is logged tonight yet (no tap, N or lights-out).</source>
            <translation>Solo si aún no hay nada registrado esta noche (ningún registro, N ni luz apagada).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Offer the morning diary within an hour of the first start of the day</source>
            <translation>Ofrecer el diario de la mañana en la primera hora tras el primer inicio del día</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Offer the morning diary</source>
            <translation>Ofrecer el diario de la mañana</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Start Hypnic when I log in</source>
            <translation>Iniciar Hypnic al iniciar sesión</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Start Hypnic when I log in (autostart entry)</source>
            <translation>Iniciar Hypnic al iniciar sesión (inicio automático)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>The autostart entry could not be changed: %s.</source>
            <translation>No se ha podido cambiar el inicio automático: %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Hypnic will start when you log in (%s).</source>
            <translation>Hypnic se iniciará cuando inicie sesión (%s).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/reminders_page.py" />
            <source>Hypnic will not start by itself any more.</source>
            <translation>Hypnic ya no se iniciará solo.</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Tonight</source>
            <translation>Esta noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Review</source>
            <translation>Revisar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Morning diary</source>
            <translation>Diario de la mañana</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>How did you sleep last night? Click to answer the morning diary.</source>
            <translation>¿Cómo durmió anoche? Haga clic para responder al diario de la mañana.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Time to wind down</source>
            <translation>Hora de relajarse</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/tray.py" />
            <source>Nothing is logged tonight yet. Open Hypnic at the bedside, or press N there if nothing happens tonight.</source>
            <translation>Aún no hay nada registrado esta noche. Abra Hypnic junto a la cama, o pulse N allí si no pasa nada esta noche.</translation>
        </message>
    </context>
    <context>
        <name>Rescue</name>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>%n tap(s) could not be saved to the store. Write them to a file first?</source>
            <translation>
                <numerusform>%n registro no se ha podido guardar. ¿Escribirlo antes en un archivo?</numerusform>
                <numerusform>%n registros no se han podido guardar. ¿Escribirlos antes en un archivo?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>Taps not saved — Hypnic</source>
            <translation>Registros no guardados — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>You can import that file later with 'hypnic import'.</source>
            <translation>Podrá importar ese archivo más tarde con «hypnic import».</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>Save to file…</source>
            <translation>Guardar en un archivo…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>Quit without saving</source>
            <translation>Salir sin guardar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>Save unsaved taps</source>
            <translation>Guardar los registros no guardados</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>Not written</source>
            <translation>No escrito</translation>
        </message>
    </context>
    <context>
        <name>RestTestView</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Rest test</source>
            <translation>Prueba de reposo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Sit in bed with your legs stretched out and keep still. Tap (or press the kind's key) for every movement and every sensation. At the end you see taps per hour by kind; the test is saved to tonight.</source>
            <translation>Siéntese en la cama con las piernas estiradas y quédese quieto. Toque (o pulse la tecla del tipo) con cada movimiento y cada sensación. Al final verá los registros por hora de cada tipo; la prueba se guarda en la noche de hoy.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Length of the rest test in minutes</source>
            <translation>Duración de la prueba de reposo en minutos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>&amp;Length</source>
            <translation>&amp;Duración</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Start (Enter)</source>
            <translation>Empezar (Intro)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Start the rest test</source>
            <translation>Empezar la prueba de reposo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Back (Escape)</source>
            <translation>Volver (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Back to the bedside without a test</source>
            <translation>Volver a la cama sin prueba</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Time left in the rest test</source>
            <translation>Tiempo restante de la prueba de reposo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Taps in the rest test so far</source>
            <translation>Registros de la prueba de reposo hasta ahora</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>How to stop</source>
            <translation>Cómo detenerla</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Stop early</source>
            <translation>Detener antes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Stop the rest test early</source>
            <translation>Detener la prueba de reposo antes de tiempo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Rest test result</source>
            <translation>Resultado de la prueba de reposo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Back to the bedside (Escape)</source>
            <translation>Volver a la cama (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Close the rest test result</source>
            <translation>Cerrar el resultado de la prueba de reposo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Press Escape (or Stop early) again to stop the test now.</source>
            <translation>Pulse Esc otra vez (o «Detener antes») para detener la prueba ahora.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Rest test not saved: %s.</source>
            <translation>Prueba de reposo no guardada: %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>The rest test could not be saved: %s.</source>
            <translation>No se ha podido guardar la prueba de reposo: %s.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>%n tap(s) so far</source>
            <translation>
                <numerusform>%n registro hasta ahora</numerusform>
                <numerusform>%n registros hasta ahora</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>%s per hour</source>
            <translation>%s por hora</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Rest test: %s min</source>
            <translation>Prueba de reposo: %s min</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>%n tap(s)</source>
            <translation>
                <numerusform>%n registro</numerusform>
                <numerusform>%n registros</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Leg movements: %s per hour</source>
            <translation>Movimientos de piernas: %s por hora</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Beside it, the clinic's sit-still test counts more than %d an hour as high (from EMG sensors on the legs): taps are not equivalent.</source>
            <translation>Como referencia, la prueba de inmovilización de la clínica considera alto más de %d por hora (medido con sensores de EMG en las piernas): los registros no son equivalentes.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Saved to the night; it is in the night review.</source>
            <translation>Guardada en la noche; aparece en la revisión de la noche.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Log %s</source>
            <translation>Registrar %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rest_test_view.py" />
            <source>Keys and buttons log taps as at the bedside. Escape twice stops early.</source>
            <translation>Las teclas y los botones registran como junto a la cama. Esc dos veces detiene antes.</translation>
        </message>
    </context>
    <context>
        <name>SettingsWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Kinds and settings — Hypnic</source>
            <translation>Tipos y ajustes — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Kinds and settings</source>
            <translation>Tipos y ajustes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Settings pages</source>
            <translation>Páginas de ajustes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>&amp;Kinds</source>
            <translation>&amp;Tipos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>&amp;Preferences</source>
            <translation>&amp;Preferencias</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>&amp;Medications</source>
            <translation>&amp;Medicamentos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>T&amp;ags</source>
            <translation>&amp;Etiquetas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>&amp;Reminders</source>
            <translation>&amp;Recordatorios</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/settings_window.py" />
            <source>Pa&amp;tient</source>
            <translation>Pa&amp;ciente</translation>
        </message>
    </context>
    <context>
        <name>Shapes</name>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>triangle</source>
            <translation>triángulo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>square</source>
            <translation>cuadrado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>diamond</source>
            <translation>rombo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>circle</source>
            <translation>círculo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>star</source>
            <translation>estrella</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>pentagon</source>
            <translation>pentágono</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>hexagon</source>
            <translation>hexágono</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>triangle down</source>
            <translation>triángulo hacia abajo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>plus</source>
            <translation>más</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>cross</source>
            <translation>aspa</translation>
        </message>
    </context>
    <context>
        <name>SleepQuality</name>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>very poor</source>
            <translation>muy mala</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>poor</source>
            <translation>mala</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>fair</source>
            <translation>regular</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>good</source>
            <translation>buena</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>very good</source>
            <translation>muy buena</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>The backup was not restored: %s</source>
            <translation>La copia de seguridad no se ha restaurado: %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Restored %s. The previous store is kept as %s.</source>
            <translation>%s restaurada. Los datos anteriores se conservan como %s.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Hypnic's store is damaged, and there is no good backup to restore.</source>
            <translation>Los datos de Hypnic están dañados y no hay ninguna copia de seguridad correcta que restaurar.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Damaged store — Hypnic</source>
            <translation>Datos dañados — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Hypnic's store is damaged.</source>
            <translation>Los datos de Hypnic están dañados.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Restore the newest good backup (%s)? The damaged file is kept aside, not deleted.</source>
            <translation>¿Restaurar la copia correcta más reciente (%s)? El archivo dañado se guarda aparte, no se borra.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Store: %s
What is wrong: %s
Backup to restore: %s</source>
            <translation>Datos: %s
Problema: %s
Copia que se restaurará: %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Restore the backup</source>
            <translation>Restaurar la copia</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/startup.py" />
            <source>Hypnic cannot use %s (%s).</source>
            <translation>Hypnic no puede usar %s (%s).</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Too few logged nights for medians (3 or more are needed).</source>
            <translation>Muy pocas noches registradas para calcular medianas (se necesitan 3 o más).</translation>
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
            <translation>En una noche registrada típica (mediana), el paciente registró: %1.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>%1 of the taps came after the wind-down (night wakings or the morning).</source>
            <translation>El %1 de los registros llegó después de la conciliación (despertares nocturnos o la mañana).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>No tap came after the wind-down.</source>
            <translation>Ningún registro después de la conciliación.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words.py" />
            <source>The first tap came a median of %n minute(s) after lights-out.</source>
            <translation>
                <numerusform>El primer registro llegó, en mediana, %n minuto después de apagar la luz.</numerusform>
                <numerusform>El primer registro llegó, en mediana, %n minutos después de apagar la luz.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words.py" />
            <source>Periodic leg movements (runs of leg taps 5–90 s apart) on %1 of %n logged night(s).</source>
            <translation>
                <numerusform>Movimientos periódicos de piernas (series de registros de piernas separados 5–90 s) en %1 de %n noche registrada.</numerusform>
                <numerusform>Movimientos periódicos de piernas (series de registros de piernas separados 5–90 s) en %1 de %n noches registradas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words.py" />
            <source>Jerk series at sleep onset on %1 of %n logged night(s).</source>
            <translation>
                <numerusform>Series de sacudidas al inicio del sueño en %1 de %n noche registrada.</numerusform>
                <numerusform>Series de sacudidas al inicio del sueño en %1 de %n noches registradas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Median taps a night with a dose of %1: %2, against %3 without (nights: %4 and %5).</source>
            <translation>Mediana de registros por noche con una dosis de %1: %2, frente a %3 sin ella (noches: %4 y %5).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Median taps a night in this period: %1, against %2 in the same number of nights before it (logged nights: %3 and %4).</source>
            <translation>Mediana de registros por noche en este periodo: %1, frente a %2 en el mismo número de noches anteriores (noches registradas: %3 y %4).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Evening symptoms began at a median of %1.</source>
            <translation>Hora mediana de inicio de los síntomas vespertinos: %1.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Patient-reported taps, not a PLM index and not a diagnosis; a bed partner's taps are counted apart. A night is the evening's date. A logged night has any tap or record; a quiet night (“nothing tonight”) counts as logged with zero taps.</source>
            <translation>Registros del paciente, no un índice de MPE ni un diagnóstico; los registros de la pareja se cuentan aparte. Cada noche lleva la fecha del día en que empieza. Una noche registrada tiene algún registro o dato; una noche tranquila («nada esta noche») cuenta como registrada con cero registros.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Wind-down: from lights-out (or the first tap) to the last tap before a gap of more than 60 minutes; per hour of it: its taps / its length (none under 10 minutes). Latency: minutes from lights-out to the first tap.</source>
            <translation>Conciliación: desde que se apaga la luz (o el primer registro) hasta el último registro antes de una pausa de más de 60 minutos; por hora de conciliación: sus registros / su duración (ninguna por debajo de 10 minutos). Latencia: minutos desde apagar la luz hasta el primer registro.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Periodic leg movements (PLM-like), leg kinds only, after AASM: taps under 5 s apart are one movement; a run is 4 or more movements with every onset-to-onset interval within 5–90 s (WASM: every tap, 10–90 s). Jerk series: the 5–90 s rule over jerk kinds; not a PLM figure.</source>
            <translation>Movimientos periódicos de piernas (tipo MPE), solo tipos de piernas, según la AASM: los registros separados menos de 5 s son un solo movimiento; una serie son 4 o más movimientos con todos los intervalos de inicio a inicio entre 5 y 90 s (WASM: cada registro, 10–90 s). Series de sacudidas: la regla de 5–90 s sobre los tipos de sacudida; no es una medida de MPE.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Patterns describe; they do not diagnose. Isolated jerks, outside any series, as in hypnic jerks (ICSD-3, AASM 2014); jerk series starting in the wind-down, as described in propriospinal myoclonus at sleep onset (Montagna et al., Mov Disord 1997); periodic leg movements, a 5–90 s leg run, as in PLM (AASM manual; WASM, Ferri et al., Sleep Med 2016); evening sensations, a sensation tap from 2 h before the wind-down to its end, as in restless legs (IRLSSG, Allen et al., Sleep Med 2014).</source>
            <translation>Los patrones describen; no diagnostican. Sacudidas aisladas, fuera de toda serie, como en las sacudidas hípnicas (ICSD-3, AASM 2014); series de sacudidas que empiezan en la conciliación, como se describe en la mioclonía propioespinal del inicio del sueño (Montagna et al., Mov Disord 1997); movimientos periódicos de piernas, una serie de piernas de 5–90 s, como en los MPE (manual de la AASM; WASM, Ferri et al., Sleep Med 2016); sensaciones vespertinas, un registro de sensación desde 2 h antes de la conciliación hasta su final, como en el síndrome de piernas inquietas (IRLSSG, Allen et al., Sleep Med 2014).</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Medians (IQR: 25th–75th percentile) over logged nights need 3 or more; trend lines are rolling 7-night medians; comparisons need 3 or more nights a side.</source>
            <translation>Las medianas (RIC: percentil 25–75) sobre noches registradas necesitan 3 o más; las líneas de tendencia son medianas móviles de 7 noches; las comparaciones necesitan 3 o más noches por lado.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Morning diary (Consensus Sleep Diary, Carney et al., Sleep 2012): total sleep = final wake − tried to sleep − time to fall asleep − time awake; efficiency = total sleep / time in bed; quality 1 (very poor) to 5 (very good); answers that do not add up are left out.</source>
            <translation>Diario de la mañana (Consensus Sleep Diary, Carney et al., Sleep 2012): sueño total = despertar final − intento de dormir − tiempo en dormirse − tiempo despierto; eficiencia = sueño total / tiempo en cama; calidad de 1 (muy mala) a 5 (muy buena); las respuestas que no cuadran se descartan.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Rest test: sitting still in bed up to 60 minutes, tapping every movement and sensation (after the Suggested Immobilization Test), per hour of its real length. The SIT cut-off (&gt;40 leg movements/h; Montplaisir et al., Mov Disord 1998) is from EMG: not equivalent.</source>
            <translation>Prueba de reposo: permanecer sentado y quieto en la cama hasta 60 minutos, registrando cada movimiento y sensación (según la prueba de inmovilización sugerida), por hora de su duración real. El umbral del SIT (&gt;40 movimientos de piernas/h; Montplaisir et al., Mov Disord 1998) procede del EMG: no es equivalente.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words.py" />
            <source>Evening symptoms: when the patient noted they began. A question, not a finding: the IRLSSG criteria for augmentation (García-Borreguero et al., Sleep Med 2007) include onset 4 h or more earlier than before treatment, or 2–4 h earlier with other signs (less time at rest before symptoms, spread to other body parts, greater intensity, shorter relief). Is the onset here earlier than before treatment?</source>
            <translation>Síntomas vespertinos: cuándo anotó el paciente que empezaron. Una pregunta, no un hallazgo: los criterios de aumento (augmentation) del IRLSSG (García-Borreguero et al., Sleep Med 2007) incluyen un inicio 4 h o más antes que antes del tratamiento, o 2–4 h antes con otros signos (menos tiempo en reposo antes de los síntomas, extensión a otras partes del cuerpo, mayor intensidad, alivio más breve). ¿Es aquí el inicio más temprano que antes del tratamiento?</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Jerk</source>
            <translation>Sacudida</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Kick</source>
            <translation>Patada</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Deep itch</source>
            <translation>Picor profundo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Eyelid twitch</source>
            <translation>Tic del párpado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Hiccup</source>
            <translation>Hipo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Burning</source>
            <translation>Ardor</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Creeping</source>
            <translation>Reptación</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Tugging</source>
            <translation>Tirantez</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Crawling</source>
            <translation>Hormigueo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Arm jerk</source>
            <translation>Sacudida del brazo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Caffeine after 16:00</source>
            <translation>Cafeína después de las 16:00</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Alcohol</source>
            <translation>Alcohol</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Stress</source>
            <translation>Estrés</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Heat</source>
            <translation>Calor</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Late meal</source>
            <translation>Cena tardía</translation>
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
            <translation>piernas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>jerk</source>
            <translation>sacudida</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>sensation</source>
            <translation>sensación</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>other</source>
            <translation>otro</translation>
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
            <translation>%1 de %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n noche</numerusform>
                <numerusform>%n noches</numerusform>
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
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Hypnic summary</source>
            <translation>Resumen de Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Nights %1 to %2</source>
            <translation>Noches del %1 al %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1 of %n night(s) logged</source>
            <translation>
                <numerusform>%1 de %n noche registrada</numerusform>
                <numerusform>%1 de %n noches registradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1, including %n quiet night(s) (“nothing tonight”)</source>
            <translation>
                <numerusform>%1, incluida %n noche tranquila («nada esta noche»)</numerusform>
                <numerusform>%1, incluidas %n noches tranquilas («nada esta noche»)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1 at bedtime</source>
            <translation>%1 al acostarse</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1, since %2</source>
            <translation>%1, desde el %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>d MMM yyyy</source>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1, no dose logged yet</source>
            <translation>%1, aún sin tomas registradas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Current medications: %1.</source>
            <translation>Medicación actual: %1.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Current medications: none listed.</source>
            <translation>Medicación actual: ninguna indicada.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Taps logged by a bed partner, kept out of the figures: %1 on %n night(s).</source>
            <translation>
                <numerusform>Registros de la pareja, excluidos de las cifras: %1 en %n noche.</numerusform>
                <numerusform>Registros de la pareja, excluidos de las cifras: %1 en %n noches.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>No nights logged in this period</source>
            <translation>No hay noches registradas en este periodo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Nothing was recorded for the nights %1 to %2. Choose another period to see figures.</source>
            <translation>No se registró nada en las noches del %1 al %2. Elija otro periodo para ver cifras.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Patient-reported taps, not a PLM index and not a diagnosis.</source>
            <translation>Registros del paciente, no un índice de MPE ni un diagnóstico.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>%1 to %2 · generated %3</source>
            <translation>Del %1 al %2 · generado el %3</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_base.py" />
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Key figures</source>
            <translation>Cifras clave</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>the patient's own taps; medians over logged nights, quiet nights as zero</source>
            <translation>los registros del propio paciente; medianas sobre noches registradas, noches tranquilas como cero</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Kind (group)</source>
            <translation>Tipo (grupo)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Nights with any</source>
            <translation>Noches con registros</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Per night
median (IQR)</source>
            <translation>Por noche
mediana (RIC)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Per hour of wind-down
median (IQR)</source>
            <translation>Por hora de conciliación
mediana (RIC)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Minutes lights-out to
first tap, median (IQR)</source>
            <translation>Minutos de luz apagada al
primer registro, mediana (RIC)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Wind-down: from lights-out (or the first tap) to the last tap before a gap of more than 60 minutes; later taps are night wakings or the morning.</source>
            <translation>Conciliación: desde que se apaga la luz (o el primer registro) hasta el último registro antes de una pausa de más de 60 minutos; los registros posteriores son despertares nocturnos o la mañana.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Patterns seen</source>
            <translation>Patrones observados</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>descriptions, not diagnoses; definitions and references under Methods</source>
            <translation>descripciones, no diagnósticos; definiciones y referencias en Métodos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Pattern</source>
            <translation>Patrón</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Nights</source>
            <translation>Noches</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Isolated jerks in the wind-down (as in hypnic jerks)</source>
            <translation>Sacudidas aisladas durante la conciliación (como en las sacudidas hípnicas)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Jerk series at sleep onset (as described in propriospinal myoclonus)</source>
            <translation>Series de sacudidas al inicio del sueño (como se describe en la mioclonía propioespinal)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Periodic leg movements, 5–90 s (as in PLM)</source>
            <translation>Movimientos periódicos de piernas, 5–90 s (como en los MPE)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Evening sensations (as in restless legs)</source>
            <translation>Sensaciones vespertinas (como en el síndrome de piernas inquietas)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Taps after the wind-down (night wakings, morning)</source>
            <translation>Registros después de la conciliación (despertares nocturnos, mañana)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Periodic leg movements seen by a bed partner, 5–90 s</source>
            <translation>Movimientos periódicos de piernas vistos por la pareja, 5–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>no run</source>
            <translation>ninguna serie</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n run(s), the longest of %1 movements</source>
            <translation>
                <numerusform>%n serie, la más larga de %1 movimientos</numerusform>
                <numerusform>%n series, la más larga de %1 movimientos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>no series</source>
            <translation>ninguna serie</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n series, the longest of %1 jerks</source>
            <translation>
                <numerusform>%n serie, la más larga de %1 sacudidas</numerusform>
                <numerusform>%n series, la más larga de %1 sacudidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>WASM 10–90 s: %n run(s)</source>
            <translation>
                <numerusform>WASM 10–90 s: %n serie</numerusform>
                <numerusform>WASM 10–90 s: %n series</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>leg taps in runs, median (IQR): %1</source>
            <translation>registros de piernas en series, mediana (RIC): %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n tap(s)</source>
            <translation>
                <numerusform>%n registro</numerusform>
                <numerusform>%n registros</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>no leg kind is logged</source>
            <translation>no se registra ningún tipo de piernas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>no jerk kind is logged</source>
            <translation>no se registra ningún tipo de sacudidas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>no sensation kind is logged</source>
            <translation>no se registra ningún tipo de sensaciones</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>When in the night</source>
            <translation>En qué momento de la noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>one row per night, newest on top; darker = more taps in 10 minutes</source>
            <translation>una fila por noche, la más reciente arriba; más oscuro = más registros en 10 minutos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>one row per night, newest on top</source>
            <translation>una fila por noche, la más reciente arriba</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>leg run (5–90 s)</source>
            <translation>serie de piernas (5–90 s)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>jerk series</source>
            <translation>serie de sacudidas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>lights-out</source>
            <translation>luz apagada</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>dose</source>
            <translation>toma</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>tick beside the date: a dose that night</source>
            <translation>marca junto a la fecha: una toma esa noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>not logged</source>
            <translation>no registrada</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n tap(s) outside these hours: ‹ › at the row's edge</source>
            <translation>
                <numerusform>%n registro fuera de estas horas: ‹ › en el borde de la fila</numerusform>
                <numerusform>%n registros fuera de estas horas: ‹ › en el borde de la fila</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Taps per night</source>
            <translation>Registros por noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>points: each night; lines: 7-night median; y axis from zero</source>
            <translation>puntos: cada noche; líneas: mediana de 7 noches; eje y desde cero</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>taps per night</source>
            <translation>registros por noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>tick along the top: a dose that night</source>
            <translation>marca en la parte superior: una toma esa noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>grey column: a dose that night</source>
            <translation>columna gris: una toma esa noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>D</source>
            <comment>the letter marking a dose on the charts</comment>
            <translation>D</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Q</source>
            <comment>the letter marking a quiet night on the actogram</comment>
            <translation>T</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>quiet night</source>
            <translation>noche tranquila</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Night by night (continued)</source>
            <translation>Noche a noche (continuación)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Week by week (continued)</source>
            <translation>Semana a semana (continuación)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Month by month (continued)</source>
            <translation>Mes a mes (continuación)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Night by night</source>
            <translation>Noche a noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Week by week</source>
            <translation>Semana a semana</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Month by month</source>
            <translation>Mes a mes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>newest first; counts are the patient's own taps; leg run and jerk series: the longest, in movements</source>
            <translation>las más recientes primero; cifras: registros del paciente; series de piernas y de sacudidas: la más larga, en movimientos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>newest first; counts: medians per logged night; doses and tags: (nights); leg run and jerk series: the longest, in movements</source>
            <translation>las más recientes primero; cifras: medianas por noche registrada; tomas y etiquetas: (noches); serie de piernas y serie de sacudidas: la más larga, en movimientos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Night</source>
            <translation>Noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Nights logged</source>
            <translation>Noches registradas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Lights out</source>
            <translation>Luz apagada</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Partner</source>
            <translation>Pareja</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Leg run</source>
            <translation>Serie piernas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Jerk series</source>
            <translation>Serie sacudidas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Doses</source>
            <translation>Tomas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Sleep quality</source>
            <translation>Calidad del sueño</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%1: not logged (%n night(s))</source>
            <translation>
                <numerusform>%1: no registrada (%n noche)</numerusform>
                <numerusform>%1: no registradas (%n noches)</numerusform>
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
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Comparisons</source>
            <translation>Comparaciones</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>median taps per night, with / without; nights were not randomised, so read it as a hint</source>
            <translation>mediana de registros por noche, con / sin; las noches no se aleatorizaron, así que léase como un indicio</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Leg kinds</source>
            <translation>Tipos de piernas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Jerk kinds</source>
            <translation>Tipos de sacudidas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Sensations</source>
            <translation>Sensaciones</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Other kinds</source>
            <translation>Otros tipos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Compared: with / without</source>
            <translation>Comparado: con / sin</translation>
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
            <translation>Una dosis de %1</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Tagged “%1”</source>
            <translation>Con la etiqueta «%1»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>This period / the %n night(s) before</source>
            <translation>
                <numerusform>Este periodo / la %n noche anterior</numerusform>
                <numerusform>Este periodo / las %n noches anteriores</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Too few nights to compare (3 or more are needed on each side): %1.</source>
            <translation>Muy pocas noches para comparar (se necesitan 3 o más por lado): %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>the nights before (%n logged)</source>
            <translation>
                <numerusform>las noches anteriores (%n registrada)</numerusform>
                <numerusform>las noches anteriores (%n registradas)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%1 (%2 with, %3 without)</source>
            <comment>nights with and without</comment>
            <translation>%1 (%2 con, %3 sin)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Morning diary</source>
            <translation>Diario de la mañana</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>medians (IQR) over %n night(s) with answers</source>
            <translation>
                <numerusform>medianas (RIC) de %n noche respondida</numerusform>
                <numerusform>medianas (RIC) de %n noches respondidas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Total sleep</source>
            <translation>Sueño total</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Sleep efficiency</source>
            <translation>Eficiencia del sueño</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Time to fall asleep</source>
            <translation>Tiempo en dormirse</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Time awake after falling asleep</source>
            <translation>Tiempo despierto tras dormirse</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Sleep quality (1–5)</source>
            <translation>Calidad del sueño (1–5)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>No morning diary answers in this period.</source>
            <translation>No hay respuestas del diario de la mañana en este periodo.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Rest tests</source>
            <translation>Pruebas de reposo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>taps per hour of each test's real length, sitting still in bed</source>
            <translation>registros por hora, quieto en la cama</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>All taps
per hour</source>
            <translation>Registros
por hora</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Leg movements
per hour</source>
            <translation>Mov. piernas
por hora</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>SIT cut-off &gt;40/h from EMG — not equivalent</source>
            <translation>Umbral del SIT &gt;40/h obtenido por EMG — no equivalente</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Median of %n test(s)</source>
            <translation>
                <numerusform>Mediana, n=%n</numerusform>
                <numerusform>Mediana, n=%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>the latest %1 of %n tests, median of all; taps per hour</source>
            <translation>
                <numerusform>las últimas %1 de %n prueba, mediana de todas; registros por hora</numerusform>
                <numerusform>las últimas %1 de %n pruebas, mediana de todas; registros por hora</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>No rest test in this period.</source>
            <translation>Ninguna prueba de reposo en este periodo.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Evening symptoms: onset</source>
            <translation>Síntomas vespertinos: inicio</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>○ before · ● this period</source>
            <translation>○ antes · ● periodo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>This period: median %1, %n night(s).</source>
            <translation>
                <numerusform>Este periodo: mediana %1, %n noche.</numerusform>
                <numerusform>Este periodo: mediana %1, %n noches.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Before: median %1, %n night(s).</source>
            <translation>
                <numerusform>Antes: mediana %1, %n noche.</numerusform>
                <numerusform>Antes: mediana %1, %n noches.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Onset recorded on %n night(s): too few for a median.</source>
            <translation>
                <numerusform>Inicio anotado en %n noche: muy pocas para una mediana.</numerusform>
                <numerusform>Inicio anotado en %n noches: muy pocas para una mediana.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n minute(s) earlier than before.</source>
            <translation>
                <numerusform>%n minuto antes que antes.</numerusform>
                <numerusform>%n minutos antes que antes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n minute(s) later than before.</source>
            <translation>
                <numerusform>%n minuto más tarde que antes.</numerusform>
                <numerusform>%n minutos más tarde que antes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>The same as before.</source>
            <translation>Igual que antes.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>No onset time recorded in this period or the one before.</source>
            <translation>No se anotó ninguna hora de inicio en este periodo ni en el anterior.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Augmentation? See Methods.</source>
            <translation>¿Aumento (augmentation)? Véase Métodos.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>onset</source>
            <translation>inicio</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>Intervals between leg taps</source>
            <translation>Intervalos entre registros de piernas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>%n interval(s)</source>
            <translation>
                <numerusform>%n intervalo</numerusform>
                <numerusform>%n intervalos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>5–90 s: periodic range</source>
            <translation>5–90 s: rango periódico</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>interval from one leg tap to the next (log scale)</source>
            <translation>intervalo de un registro de piernas al siguiente (escala log.)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/report/words_pages.py" />
            <source>intervals</source>
            <translation>intervalos</translation>
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
            <translation>Métodos</translation>
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
            <translation>Resumen para el médico — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>As the locale suggests</source>
            <translation>Según el uso del país</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>One to two pages for your neurologist, readable in black and white: how often, when in the night, in what pattern, and whether a medication changed it.</source>
            <translation>Una o dos páginas para su neurólogo, legibles en blanco y negro: con qué frecuencia, en qué momento de la noche, con qué patrón y si algún medicamento lo ha cambiado.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>&amp;First night</source>
            <translation>&amp;Primera noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>&amp;Last night</source>
            <translation>Ú&amp;ltima noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Patient &amp;name</source>
            <translation>&amp;Nombre del paciente</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Pa&amp;per</source>
            <translation>P&amp;apel</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Lan&amp;guage of the summary</source>
            <translation>Idio&amp;ma del resumen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>First night</source>
            <translation>Primera noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Last night</source>
            <translation>Última noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Patient name</source>
            <translation>Nombre del paciente</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Language of the summary</source>
            <translation>Idioma del resumen</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Print pre&amp;view…</source>
            <translation>&amp;Vista previa…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>P&amp;rint…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Guardar como PDF…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Summary preview — Hypnic</source>
            <translation>Vista previa del resumen — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Sent to the printer.</source>
            <translation>Enviado a la impresora.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Save the summary as PDF</source>
            <translation>Guardar el resumen como PDF</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Saved %n page(s) to %1.</source>
            <translation>
                <numerusform>%n página guardada en %1.</numerusform>
                <numerusform>%n páginas guardadas en %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>The first night is after the last night.</source>
            <translation>La primera noche es posterior a la última.</translation>
        </message>
    </context>
    <context>
        <name>Tags</name>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Caffeine after 16:00</source>
            <translation>Cafeína después de las 16:00</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Alcohol</source>
            <translation>Alcohol</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Stress</source>
            <translation>Estrés</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Heat</source>
            <translation>Calor</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/words.py" />
            <source>Late meal</source>
            <translation>Cena tardía</translation>
        </message>
    </context>
    <context>
        <name>TagsEditor</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Evening tags</source>
            <translation>Etiquetas de la tarde</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Tag name</source>
            <translation>Nombre de la etiqueta</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Name of the tag</source>
            <translation>Nombre de la etiqueta</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Add a tag</source>
            <translation>Añadir una etiqueta</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>&amp;Rename</source>
            <translation>&amp;Cambiar nombre</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Rename the tag</source>
            <translation>Cambiar el nombre de la etiqueta</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Arc&amp;hive</source>
            <translation>Arc&amp;hivar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Archive the tag</source>
            <translation>Archivar la etiqueta</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Delete the tag</source>
            <translation>Eliminar la etiqueta</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Tags mark what else happened in an evening; T at the bedside sets them.</source>
            <translation>Las etiquetas anotan qué más pasó por la tarde; la tecla T junto a la cama las pone.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>  (archived)</source>
            <translation>  (archivada)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Unarc&amp;hive</source>
            <translation>Desarc&amp;hivar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Added.</source>
            <translation>Añadida.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Renamed.</source>
            <translation>Nombre cambiado.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Done.</source>
            <translation>Hecho.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Deleted.</source>
            <translation>Eliminada.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/settings/tags_editor.py" />
            <source>Some nights have this tag: archive it instead.</source>
            <translation>Algunas noches tienen esta etiqueta: archívela en su lugar.</translation>
        </message>
    </context>
    <context>
        <name>TagToggles</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>+ your own tag</source>
            <translation>+ etiqueta propia</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Add a tag of your own</source>
            <translation>Añadir una etiqueta propia</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Tag: %s</source>
            <translation>Etiqueta: %s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/evening_strip.py" />
            <source>Tag not added: %s.</source>
            <translation>Etiqueta no añadida: %s.</translation>
        </message>
    </context>
    <context>
        <name>ThemeControl</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Day theme until %s · Undo</source>
            <translation>Tema de día hasta las %s · Deshacer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Day theme until %s; press to go back to the night theme now</source>
            <translation>Tema de día hasta las %s; pulse para volver al tema de noche ahora</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Night theme until %s · Undo</source>
            <translation>Tema de noche hasta las %s · Deshacer</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Night theme until %s; press to go back to the day theme now</source>
            <translation>Tema de noche hasta las %s; pulse para volver al tema de día ahora</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Day theme</source>
            <translation>Tema de día</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Switch to the day theme for now</source>
            <translation>Cambiar al tema de día por ahora</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Night theme</source>
            <translation>Tema de noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/theme_control.py" />
            <source>Switch to the night theme for now</source>
            <translation>Cambiar al tema de noche por ahora</translation>
        </message>
    </context>
    <context>
        <name>TimeDelegate</name>
        <message>
            <location filename="../../src/hypnic/ui/review/event_delegates.py" />
            <source>Event time</source>
            <translation>Hora del evento</translation>
        </message>
    </context>
    <context>
        <name>TimeEntry</name>
        <message>
            <location filename="../../src/hypnic/ui/common/time_entry.py" />
            <source>first</source>
            <translation>primero</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/time_entry.py" />
            <source>second</source>
            <translation>segundo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/time_entry.py" />
            <source>Which one? — Hypnic</source>
            <translation>¿Cuál? — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/time_entry.py" />
            <source>Nothing was changed.</source>
            <translation>No se ha cambiado nada.</translation>
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Lights out (L)</source>
            <translation>Luz apagada (L)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Record lights-out now</source>
            <translation>Registrar ahora que se apaga la luz</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Partner (P)</source>
            <translation>Pareja (P)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Partner logging</source>
            <translation>Registro por la pareja</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>DEMO — nothing here is real</source>
            <translation>DEMO — nada de esto es real</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Demo: nothing here is real</source>
            <translation>Demo: nada de esto es real</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Day theme</source>
            <translation>Tema de día</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Switch theme</source>
            <translation>Cambiar de tema</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Dim</source>
            <translation>Atenuar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Brightness dimmer</source>
            <translation>Atenuación del brillo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>&amp;Menu</source>
            <translation>&amp;Menú</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Menu: review, history, summary, settings</source>
            <translation>Menú: revisar, historial, resumen, ajustes</translation>
        </message>
    </context>
    <context>
        <name>TrashPanel</name>
        <message>
            <location filename="../../src/hypnic/ui/review/trash_panel.py" />
            <source>Trash of the night</source>
            <translation>Papelera de la noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/trash_panel.py" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/trash_panel.py" />
            <source>Restore the selected events from the trash</source>
            <translation>Restaurar de la papelera los eventos seleccionados</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/trash_panel.py" />
            <source>Trash (deleted events of this night)</source>
            <translation>Papelera (eventos eliminados de esta noche)</translation>
        </message>
    </context>
    <context>
        <name>UnsavedTyping</name>
        <message>
            <location filename="../../src/hypnic/ui/common/unsaved_typing.py" />
            <source>Not saved yet — Hypnic</source>
            <translation>Aún no guardado — Hypnic</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/unsaved_typing.py" />
            <source>Discard it</source>
            <translation>Descartarlo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/common/unsaved_typing.py" />
            <source>Keep editing</source>
            <translation>Seguir editando</translation>
        </message>
    </context>
</TS>
