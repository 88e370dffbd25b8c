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
        <name>BackupsWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/settings/backups_window.py" />
            <source>Hypnic — backups</source>
            <translation>Hypnic — copias de seguridad</translation>
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
            <source>Undo</source>
            <translation>Deshacer</translation>
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
            <source>Medication: median events per night, with a dose · without</source>
            <translation>Medicamento: mediana de eventos por noche, con toma · sin toma</translation>
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
            <source>Nights with · without</source>
            <translation>Noches con · sin</translation>
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
            <source>Hypnic: something went wrong</source>
            <translation>Hypnic: algo ha fallado</translation>
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
            <source>Tags and note for tonight</source>
            <translation>Etiquetas y nota de esta noche</translation>
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
            <source>Undo</source>
            <translation>Deshacer</translation>
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
            <source>Nights, newest on top</source>
            <translation>Noches, la más reciente arriba</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Events per night — line: 7-night median</source>
            <translation>Eventos por noche — línea: mediana de 7 noches</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Time between leg taps</source>
            <translation>Tiempo entre registros de piernas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Counts and intervals</source>
            <translation>Recuentos e intervalos</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/history/history_view.py" />
            <source>Charts of the nights</source>
            <translation>Gráficos de las noches</translation>
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
            <source>Close</source>
            <translation>Cerrar</translation>
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
            <source>%1 tonight. Key %2.</source>
            <translation>%1 esta noche. Tecla %2.</translation>
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
            <location filename="../../src/hypnic/app.py" />
            <source> — DEMO (nothing here is real)</source>
            <translation> — DEMOSTRACIÓN (nada de esto es real)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/app.py" />
            <source>Backups…</source>
            <translation>Copias de seguridad…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/app.py" />
            <source>Taps not saved when Hypnic was last closed are kept in %s. Add them to the store with: hypnic%s import FILE</source>
            <translation>Los registros no guardados al cerrar Hypnic la última vez están en %s. Añádalos con: hypnic%s import ARCHIVO</translation>
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
            <source>Review a night…</source>
            <translation>Revisar una noche…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>History of nights…</source>
            <translation>Historial de noches…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Summary for the doctor…</source>
            <translation>Resumen para el médico…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Kinds and settings…</source>
            <translation>Tipos y ajustes…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Full screen</source>
            <translation>Pantalla completa</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Quit</source>
            <translation>Salir</translation>
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
            <source>Removed: %s (it had not been saved yet)</source>
            <translation>Quitado: %s (aún no se había guardado)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Undone: %s · moved to the trash · &lt;a href='redo'&gt;Redo&lt;/a&gt;</source>
            <translation>Deshecho: %s · movido a la papelera · &lt;a href='redo'&gt;Rehacer&lt;/a&gt;</translation>
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
            <source>lights-out %s</source>
            <translation>luz apagada %s</translation>
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
            <source>Partner: ON (P)</source>
            <translation>Pareja: ACTIVADA (P)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Partner (P)</source>
            <translation>Pareja (P)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Day theme</source>
            <translation>Tema de día</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/main_window.py" />
            <source>Night theme</source>
            <translation>Tema de noche</translation>
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
            <source>Review a night — Hypnic</source>
            <translation>Revisar una noche — Hypnic</translation>
        </message>
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
            <source>Events of the night</source>
            <translation>Eventos de la noche</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Event kind</source>
            <translation>Tipo de evento</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Who noticed it</source>
            <translation>Quién lo notó</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Add missed event…</source>
            <translation>Añadir evento olvidado…</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Add a missed event</source>
            <translation>Añadir un evento olvidado</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Move the selected events to the trash</source>
            <translation>Mover los eventos seleccionados a la papelera</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Show or hide the trash</source>
            <translation>Mostrar u ocultar la papelera</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Message</source>
            <translation>Mensaje</translation>
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
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Move to trash</source>
            <translation>Mover a la papelera</translation>
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
            <source>Trash (%1)</source>
            <translation>Papelera (%1)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Self</source>
            <translation>Yo</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Partner</source>
            <translation>Pareja</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_editor.py" />
            <source>Added at %1.</source>
            <translation>Añadido a las %1.</translation>
        </message>
    </context>
    <context>
        <name>NightFiguresView</name>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Events per hour of wind-down</source>
            <translation>Eventos por hora de conciliación del sueño</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Minutes from lights-out to first event</source>
            <translation>Minutos desde que se apaga la luz hasta el primer evento</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Periodic leg runs, 5–90 s</source>
            <translation>Series periódicas de movimientos de las piernas, 5–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest leg run (movements), 5–90 s</source>
            <translation>Serie de piernas más larga (movimientos), 5–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg taps in runs, 5–90 s</source>
            <translation>Registros de piernas en series, 5–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Periodic leg runs, 10–90 s</source>
            <translation>Series periódicas de movimientos de las piernas, 10–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest leg run (movements), 10–90 s</source>
            <translation>Serie de piernas más larga (movimientos), 10–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Leg taps in runs, 10–90 s</source>
            <translation>Registros de piernas en series, 10–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Partner-logged leg runs, 5–90 s</source>
            <translation>Series de piernas registradas por la pareja, 5–90 s</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Jerk series</source>
            <translation>Series de sacudidas</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Longest jerk series (movements)</source>
            <translation>Serie de sacudidas más larga (movimientos)</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/review/night_figures.py" />
            <source>Patient-reported taps, not a PLM index, not a diagnosis.</source>
            <translation>Registros del propio paciente: no es un índice de movimientos periódicos de las piernas (PLM) ni un diagnóstico.</translation>
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
        <name>NightRecordRow</name>
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
            <source>Filled: you · hollow: partner · shaded: periodic runs (5–90 s)</source>
            <translation>Relleno: usted · hueco: pareja · sombreado: series periódicas (5–90 s)</translation>
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
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>No events this night.</source>
            <translation>Ningún evento esta noche.</translation>
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
                <numerusform>%n evento de %1 a %2 (%3).</numerusform>
                <numerusform>%n eventos de %1 a %2 (%3).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Shaded: %n periodic leg run(s), 5–90 s.</source>
            <translation>
                <numerusform>Sombreado: %n serie periódica de piernas, 5–90 s.</numerusform>
                <numerusform>Sombreado: %n series periódicas de piernas, 5–90 s.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>The table of events lists each one.</source>
            <translation>La tabla de eventos los enumera uno por uno.</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>by partner</source>
            <translation>por la pareja</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>by you</source>
            <translation>por usted</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>%s min after lights-out</source>
            <translation>%s min después de apagar la luz</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/charts/night_timeline.py" />
            <source>Point at a mark to see its exact time; drag or scroll to pan and zoom.</source>
            <translation>Señale una marca para ver su hora exacta; arrastre o desplace para mover y ampliar.</translation>
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
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
    </context>
    <context>
        <name>Rescue</name>
        <message>
            <location filename="../../src/hypnic/ui/bedside/rescue.py" />
            <source>Taps not saved</source>
            <translation>Registros no guardados</translation>
        </message>
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
    </context>
    <context>
        <name>SummaryWindow</name>
        <message>
            <location filename="../../src/hypnic/ui/summary/summary_window.py" />
            <source>Summary for the doctor</source>
            <translation>Resumen para el médico</translation>
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
            <source>Summary preview</source>
            <translation>Vista previa del resumen</translation>
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
            <source>Which one?</source>
            <translation>¿Cuál?</translation>
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
            <source>Menu ▾</source>
            <translation>Menú ▾</translation>
        </message>
        <message>
            <location filename="../../src/hypnic/ui/bedside/top_bar.py" />
            <source>Review, history, summary, settings</source>
            <translation>Revisar, historial, resumen, ajustes</translation>
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
            <source>Not saved yet</source>
            <translation>Aún no guardado</translation>
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
