<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>DatasetGuess</name>
    <message>
        <source>%1: no video clips, frame folders or sound files were found, and the folder is not one of the known datasets (FSDD, LPC Sprites, PhysioNet 2012, Beijing air quality, ETTh1).</source>
        <translation>%1: לא נמצאו קטעי וידאו, תיקיות תמונות או קובצי שמע, והתיקייה אינה אחד ממאגרי הנתונים המוכרים (FSDD, LPC Sprites, PhysioNet 2012, איכות האוויר בבייג׳ינג, ETTh1).</translation>
    </message>
    <message>
        <source>%1: one clip, sound or image is not a dataset; drop the folder that holds them instead.</source>
        <translation>%1: קטע, צליל או תמונה בודדים אינם מאגר נתונים; יש לגרור את התיקייה שמכילה אותם.</translation>
    </message>
    <message>
        <source>%1: DBSE Studio does not know this kind of file. It opens folders of video clips, frame folders or sound files, .npy and .csv files, and the folders of the known datasets.</source>
        <translation>%1: DBSE Studio אינו מכיר סוג קובץ זה. הוא פותח תיקיות של קטעי וידאו, תיקיות תמונות או קובצי שמע, קובצי npy ו־csv, ואת התיקיות של מאגרי הנתונים המוכרים.</translation>
    </message>
    <message>
        <source>%1: does not exist.</source>
        <translation>%1: אינו קיים.</translation>
    </message>
    <message>
        <source>%1 looks like a “%2” dataset, but this build of DBSE Studio cannot read that kind (it was built without media support).</source>
        <translation>%1 נראה כמו מאגר נתונים מסוג &quot;%2&quot;, אך גרסה זו של DBSE Studio אינה יכולה לקרוא סוג זה (היא נבנתה ללא תמיכה במדיה).</translation>
    </message>
</context>
<context>
    <name>PlotImageExport</name>
    <message>
        <source>%1: there is no map to save</source>
        <translation>%1: אין מפה לשמירה</translation>
    </message>
    <message>
        <source>%1: the image could not be encoded</source>
        <translation>%1: לא ניתן היה לקודד את התמונה</translation>
    </message>
    <message>
        <source>%1: unsupported image type (use .png%2)</source>
        <translation>%1: סוג תמונה לא נתמך (יש להשתמש ב־.png%2)</translation>
    </message>
</context>
<context>
    <name>RowExport</name>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF מונפש (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>וידאו MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>PNG strip (*.png)</source>
        <translation>רצועת PNG (*.png)</translation>
    </message>
    <message>
        <source>WAV sound, rows one after another (*.wav)</source>
        <translation>צליל WAV, השורות בזו אחר זו (*.wav)</translation>
    </message>
    <message>
        <source>CSV in the dataset&apos;s units (*.csv)</source>
        <translation>CSV ביחידות של מאגר הנתונים (*.csv)</translation>
    </message>
    <message>
        <source>NumPy array (*.npy)</source>
        <translation>מערך NumPy (*.npy)</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>ייצוא שורות</translation>
    </message>
</context>
<context>
    <name>SequenceLabels</name>
    <message>
        <source>Sequence %1</source>
        <translation>רצף %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dbse::studio::AddDatasetDialog</name>
    <message>
        <source>Cancelled; nothing was cached.</source>
        <translation>בוטל; דבר לא נשמר במטמון.</translation>
    </message>
    <message>
        <source>Add Dataset</source>
        <translation>הוספת מאגר נתונים</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;סוג:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;נתיב:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;עיון…</translation>
    </message>
    <message>
        <source>On a &amp;bad file:</source>
        <translation>בקובץ פ&amp;גום:</translation>
    </message>
    <message>
        <source>Stop and show the error</source>
        <translation>לעצור ולהציג את השגיאה</translation>
    </message>
    <message>
        <source>Skip it and carry on</source>
        <translation>לדלג עליו ולהמשיך</translation>
    </message>
    <message>
        <source>Preprocessing options (defaults are left out of the dataset text):</source>
        <translation>אפשרויות עיבוד מקדים (ערכי ברירת מחדל אינם נכללים בטקסט מאגר הנתונים):</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>מאגר נתונים:</translation>
    </message>
    <message>
        <source>&amp;Cancel Build</source>
        <translation>&amp;ביטול הבנייה</translation>
    </message>
    <message>
        <source>B&amp;uild</source>
        <translation>בני&amp;יה</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;פתיחה</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>The first sequences of the training split</source>
        <translation>הרצפים הראשונים של חלק האימון</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>תיקייה</translation>
    </message>
    <message>
        <source>Choose the Dataset File</source>
        <translation>בחירת קובץ מאגר הנתונים</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Choose the Dataset Folder</source>
        <translation>בחירת תיקיית מאגר הנתונים</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>מתחיל…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>הסתיים.</translation>
    </message>
    <message>
        <source>Training sequences: %1, test sequences: %2</source>
        <translation>רצפי אימון: %1, רצפי בדיקה: %2</translation>
    </message>
    <message>
        <source>Each sequence: %1 (frames × channels × height × width)</source>
        <translation>כל רצף: %1 (תמונות × ערוצים × גובה × רוחב)</translation>
    </message>
    <message>
        <source>Each sequence: %1 (steps × features)</source>
        <translation>כל רצף: %1 (צעדים × מאפיינים)</translation>
    </message>
    <message>
        <source>Static labels: %1</source>
        <translation>תוויות סטטיות: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>Dynamic labels: %1</source>
        <translation>תוויות דינמיות: %1</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n bad file(s):</source>
        <translation>
            <numerusform>דולג על קובץ פגום אחד:</numerusform>
            <numerusform>דולג על %n קבצים פגומים:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not cached (this kind loads fast from its source).</source>
        <translation>לא נשמר במטמון (סוג זה נטען מהר מהמקור שלו).</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>מטמון: %1</translation>
    </message>
</context>
<context>
    <name>dbse::studio::CentralTabs</name>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;אימון</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>אימון</translation>
    </message>
    <message>
        <source>Training curves will appear here when a run trains: every loss term for the train and validation splits, with progress, pause, resume and stop.</source>
        <translation>עקומות האימון יופיעו כאן כשריצה מתאמנת: כל רכיב של פונקציית ההפסד עבור נתוני האימון והאימות, עם התקדמות, השהיה, המשך ועצירה.</translation>
    </message>
    <message>
        <source>&amp;Latent map</source>
        <translation>&amp;מפה לטנטית</translation>
    </message>
    <message>
        <source>Latent map</source>
        <translation>מפה לטנטית</translation>
    </message>
    <message>
        <source>t-SNE maps of the static and the dynamic codes of a trained run will appear here, coloured by the dataset&apos;s labels.</source>
        <translation>מפות t-SNE של הקודים הסטטיים והדינמיים של ריצה מאומנת יופיעו כאן, צבועות לפי התוויות של מאגר הנתונים.</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;החלפה</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>החלפה</translation>
    </message>
    <message>
        <source>Drag two sequences here to swap their static and dynamic codes and watch the result frame by frame.</source>
        <translation>גררו לכאן שני רצפים כדי להחליף ביניהם את הקודים הסטטיים והדינמיים ולצפות בתוצאה תמונה אחר תמונה.</translation>
    </message>
    <message>
        <source>&amp;Resample</source>
        <translation>&amp;דגימה מחדש</translation>
    </message>
    <message>
        <source>Resample</source>
        <translation>דגימה מחדש</translation>
    </message>
    <message>
        <source>Resampling will appear here: draw a new static or new dynamic code while the other stays fixed.</source>
        <translation>דגימה מחדש תופיע כאן: הגרלת קוד סטטי חדש או קוד דינמי חדש בזמן שהאחר נשאר קבוע.</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>ה&amp;ערכה</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>הערכה</translation>
    </message>
    <message>
        <source>Evaluation results of a run will appear here: judge accuracy, inception scores, EER and the downstream tasks of the paper&apos;s protocols.</source>
        <translation>תוצאות ההערכה של ריצה יופיעו כאן: דיוק המסווג השופט, ציוני Inception, ‏EER והמשימות הנגזרות מהפרוטוקולים של המאמר.</translation>
    </message>
    <message>
        <source>Show the %1 tab (%2)</source>
        <translation>הצגת הלשונית %1 (%2)</translation>
    </message>
</context>
<context>
    <name>dbse::studio::DatasetBrowser</name>
    <message>
        <source>All sequences</source>
        <translation>כל הרצפים</translation>
    </message>
    <message>
        <source>1 sequence</source>
        <translation>רצף אחד</translation>
    </message>
    <message>
        <source>%1 sequences</source>
        <translation>%1 רצפים</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>מוצגים %1 מתוך %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>אימון</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>בדיקה</translation>
    </message>
    <message>
        <source>Which split of the dataset to browse</source>
        <translation>איזה חלק של מאגר הנתונים להציג</translation>
    </message>
    <message>
        <source>Show only the sequences with one class of this label</source>
        <translation>הצגת הרצפים עם מחלקה אחת של תווית זו בלבד</translation>
    </message>
    <message>
        <source>The class of the chosen label to show</source>
        <translation>המחלקה של התווית הנבחרת שתוצג</translation>
    </message>
    <message>
        <source>Any class</source>
        <translation>כל מחלקה</translation>
    </message>
    <message>
        <source>Search labels…</source>
        <translation>חיפוש תוויות…</translation>
    </message>
    <message>
        <source>Sequences of the dataset</source>
        <translation>הרצפים של מאגר הנתונים</translation>
    </message>
</context>
<context>
    <name>dbse::studio::DatasetBuildJob</name>
    <message>
        <source>Unknown error while building the dataset.</source>
        <translation>שגיאה לא ידועה בבניית מאגר הנתונים.</translation>
    </message>
    <message>
        <source>The dataset could not be built.</source>
        <translation>לא ניתן היה לבנות את מאגר הנתונים.</translation>
    </message>
</context>
<context>
    <name>dbse::studio::DatasetOptionFields</name>
    <message>
        <source>(default)</source>
        <translation>(ברירת מחדל)</translation>
    </message>
</context>
<context>
    <name>dbse::studio::DatasetPanel</name>
    <message>
        <source>1 sequence</source>
        <translation>רצף אחד</translation>
    </message>
    <message>
        <source>%1 sequences</source>
        <translation>%1 רצפים</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>צעד</translation>
    </message>
    <message>
        <source>Pause and show the next frame (Right arrow)</source>
        <translation>השהיה והצגת התמונה הבאה (חץ ימינה)</translation>
    </message>
    <message>
        <source>The dataset could not be opened</source>
        <translation>לא ניתן היה לפתוח את מאגר הנתונים</translation>
    </message>
    <message>
        <source>Drop a dataset folder or file on the window, use File ▸ Open Dataset, or start DBSE Studio with --dataset KIND:PATH, for example --dataset builtin:shapes.</source>
        <translation>גררו תיקייה או קובץ של מאגר נתונים אל החלון, השתמשו בקובץ ▸ פתיחת מאגר נתונים, או הפעילו את DBSE Studio עם ⁦--dataset KIND:PATH⁩, לדוגמה ⁦--dataset builtin:shapes⁩.</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>אין מאגר נתונים</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>בטעינה…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>טוען את %1…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>לא נטען</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>שגיאה: %1</translation>
    </message>
    <message>
        <source>%1 frames of %2 × %3 pixels</source>
        <translation>%1 תמונות בגודל %2 × %3 פיקסלים</translation>
    </message>
    <message>
        <source>Static: %1</source>
        <translation>סטטי: %1</translation>
    </message>
    <message>
        <source>Dynamic: %1</source>
        <translation>דינמי: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>השהיה</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>הפעלה</translation>
    </message>
    <message>
        <source>Pause the animation (Ctrl+P, or Space in the grid)</source>
        <translation>השהיית ההנפשה (Ctrl+P, או רווח ברשת)</translation>
    </message>
    <message>
        <source>Play the animation (Ctrl+P, or Space in the grid)</source>
        <translation>הפעלת ההנפשה (Ctrl+P, או רווח ברשת)</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>תמונה %1 / %2</translation>
    </message>
    <message>
        <source>the first %1 of %2</source>
        <translation>%1 הראשונים מתוך %2</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>כל %1</translation>
    </message>
    <message>
        <source>The play view animates the first sequences that the browser above shows</source>
        <translation>תצוגת ההפעלה מנפישה את הרצפים הראשונים שהרשימה שלמעלה מציגה</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>dbse::studio::EvaluationReportView</name>
    <message>
        <source>Results: ours beside the paper&apos;s</source>
        <translation>תוצאות: שלנו לצד אלה של המאמר</translation>
    </message>
    <message>
        <source>Ablations (ours; the paper&apos;s in parentheses)</source>
        <translation>אבלציות (שלנו; של המאמר בסוגריים)</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>שופט</translation>
    </message>
    <message>
        <source>Judge on generated sequences (confusion, %)</source>
        <translation>השופט על רצפים שנוצרו (בלבול, %)</translation>
    </message>
    <message>
        <source>Rows: the class of the input sequence; columns: the class the judge gave the generated sequence; each row in percent. Kept factors should stay on the diagonal, sampled ones spread out.</source>
        <translation>שורות: המחלקה של רצף הקלט; עמודות: המחלקה שהשופט נתן לרצף שנוצר; כל שורה באחוזים. גורמים שנשמרו אמורים להישאר על האלכסון, וגורמים שנדגמו אמורים להתפזר.</translation>
    </message>
    <message>
        <source>No report yet. Run an evaluation, or open a saved report.json (written by the Evaluation tab, dbse eval --out or dbse benchmark).</source>
        <translation>אין עדיין דוח. הריצו הערכה, או פתחו קובץ report.json שמור (שנכתב על ידי לשונית ההערכה, dbse eval --out או dbse benchmark).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Benchmark %1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;מבחן השוואה %1&lt;/b&gt; על %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evaluation of %1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;הערכה של %1&lt;/b&gt; על %2</translation>
    </message>
    <message>
        <source>Report: %1 (%2 s)</source>
        <translation>דוח: %1 (%2 s)</translation>
    </message>
    <message>
        <source>The paper has no numbers for this data set.</source>
        <translation>במאמר אין מספרים עבור מאגר נתונים זה.</translation>
    </message>
    <message>
        <source>Paper numbers: the %1 benchmark&apos;s tables.</source>
        <translation>מספרי המאמר: הטבלאות של מבחן ההשוואה %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partial run:&lt;/b&gt; fewer epochs than the paper trained; the numbers show where this run stands.</source>
        <translation>&lt;b&gt;ריצה חלקית:&lt;/b&gt; פחות אפוקים ממה שאומן במאמר; המספרים מראים היכן הריצה הזו עומדת.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>מדד</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>שלנו</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>מאמר</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>טבלה</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>אפוקים</translation>
    </message>
    <message numerus="yes">
        <source>%1 judge, %n epoch(s)%2: %3</source>
        <translation>
            <numerusform>שופט %1, %n אפוק%2: %3</numerusform>
            <numerusform>שופט %1, %n אפוקים%2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>, reused from the cache</source>
        <translation>, בשימוש חוזר מהמטמון</translation>
    </message>
    <message>
        <source>every head is at least 99% accurate, so the judge is trusted.</source>
        <translation>כל ראש מדויק לפחות ב־99%, ולכן השופט אמין.</translation>
    </message>
    <message>
        <source>&lt;b&gt;a head is below 99%: the judge is not trusted, so the generation numbers are indicative only.&lt;/b&gt;</source>
        <translation>&lt;b&gt;ראש אחד מתחת ל־99%: השופט אינו אמין, ולכן מספרי היצירה הם אינדיקטיביים בלבד.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>ראש</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>דיוק בבדיקה</translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>ראש %1</translation>
    </message>
    <message>
        <source>%1 — dynamics kept, static sampled</source>
        <translation>%1 — הדינמיקה נשמרת, הסטטי נדגם</translation>
    </message>
    <message>
        <source>%1 — static kept, dynamics sampled</source>
        <translation>%1 — הסטטי נשמר, הדינמיקה נדגמת</translation>
    </message>
</context>
<context>
    <name>dbse::studio::EvaluationTab</name>
    <message>
        <source>Evaluation finished; the report is saved as %1.</source>
        <translation>ההערכה הסתיימה; הדוח נשמר בשם %1.</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>ההערכה בוטלה.</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>ההערכה נכשלה: %1</translation>
    </message>
    <message>
        <source>Could not open the report: %1</source>
        <translation>לא ניתן היה לפתוח את הדוח: %1</translation>
    </message>
    <message>
        <source>All that fit the run</source>
        <translation>כל מה שמתאים לריצה</translation>
    </message>
    <message>
        <source>Latent (classifiers on s and d)</source>
        <translation>לטנטי (מסווגים על s ו־d)</translation>
    </message>
    <message>
        <source>Generation (judge on sampled sequences)</source>
        <translation>יצירה (השופט על רצפים שנדגמו)</translation>
    </message>
    <message>
        <source>Speaker verification (EER)</source>
        <translation>אימות דובר (EER)</translation>
    </message>
    <message>
        <source>Downstream tasks (time series)</source>
        <translation>משימות נגזרות (סדרות עתיות)</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;פרוטוקול:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;חזרות:</translation>
    </message>
    <message>
        <source>Each repeat draws new samples and splits; results are mean ± std.</source>
        <translation>כל חזרה מגרילה דגימות וחלוקות חדשות; התוצאות הן ממוצע ± סטיית תקן.</translation>
    </message>
    <message>
        <source>&amp;Judge epochs:</source>
        <translation>אפוקים של ה&amp;שופט:</translation>
    </message>
    <message>
        <source>Epochs of the judge classifier when one has to be trained. A judge trained once for these settings is kept in the cache and reused.</source>
        <translation>האפוקים של מסווג השופט כאשר יש לאמן אחד. שופט שאומן פעם אחת עבור הגדרות אלה נשמר במטמון ומשמש שוב.</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>ה&amp;ערכה</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation>פתיחת &amp;דוח…</translation>
    </message>
    <message>
        <source>No run open: open a run (Runs dock or File ▸ Open Run) to evaluate it.</source>
        <translation>אין ריצה פתוחה: פתחו ריצה (חלונית הריצות או קובץ ▸ פתיחת ריצה) כדי להעריך אותה.</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>ריצה: %1</translation>
    </message>
    <message>
        <source>This run cannot be evaluated: %1</source>
        <translation>לא ניתן להעריך ריצה זו: %1</translation>
    </message>
    <message>
        <source>Checking what the evaluation needs…</source>
        <translation>בודק מה ההערכה צריכה…</translation>
    </message>
    <message>
        <source>These protocols need no judge.</source>
        <translation>פרוטוקולים אלה אינם צריכים שופט.</translation>
    </message>
    <message numerus="yes">
        <source>The generation tests reuse the judge trained earlier for %n epoch(s).</source>
        <translation>
            <numerusform>מבחני היצירה משתמשים שוב בשופט שאומן קודם במשך %n אפוק.</numerusform>
            <numerusform>מבחני היצירה משתמשים שוב בשופט שאומן קודם במשך %n אפוקים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;A judge will be trained first&lt;/b&gt; (%n epoch(s) on %1 training sequences), which can take long on a CPU. It is kept for the next evaluation. Fewer epochs are faster, but a judge below 99% accuracy makes the generation numbers indicative only.</source>
        <translation>
            <numerusform>&lt;b&gt;תחילה יאומן שופט&lt;/b&gt; (%n אפוק על %1 רצפי אימון), מה שעלול לארוך זמן רב על CPU. הוא יישמר להערכה הבאה. פחות אפוקים מהירים יותר, אך שופט עם דיוק מתחת ל־99% הופך את מספרי היצירה לאינדיקטיביים בלבד.</numerusform>
            <numerusform>&lt;b&gt;תחילה יאומן שופט&lt;/b&gt; (%n אפוקים על %1 רצפי אימון), מה שעלול לארוך זמן רב על CPU. הוא יישמר להערכה הבאה. פחות אפוקים מהירים יותר, אך שופט עם דיוק מתחת ל־99% הופך את מספרי היצירה לאינדיקטיביים בלבד.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>מתחיל…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>מבטל…</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>פתיחת דוח</translation>
    </message>
    <message>
        <source>Evaluation reports (*.json);;All files (*)</source>
        <translation>דוחות הערכה (*.json);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Loading the model and the data</source>
        <translation>טוען את המודל ואת הנתונים</translation>
    </message>
    <message>
        <source>Latent tests: classifiers on s and d</source>
        <translation>מבחנים לטנטיים: מסווגים על s ו־d</translation>
    </message>
    <message>
        <source>Speaker verification</source>
        <translation>אימות דובר</translation>
    </message>
    <message>
        <source>Downstream tasks</source>
        <translation>משימות נגזרות</translation>
    </message>
    <message>
        <source>Loading the judge</source>
        <translation>טוען את השופט</translation>
    </message>
    <message>
        <source>Training the judge</source>
        <translation>מאמן את השופט</translation>
    </message>
    <message>
        <source>Generation tests: the judge on sampled sequences</source>
        <translation>מבחני יצירה: השופט על רצפים שנדגמו</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
</context>
<context>
    <name>dbse::studio::ExploreSession</name>
    <message>
        <source>Unknown error while opening the run.</source>
        <translation>שגיאה לא ידועה בעת פתיחת הריצה.</translation>
    </message>
</context>
<context>
    <name>dbse::studio::LabJobs</name>
    <message>
        <source>Unknown error.</source>
        <translation>שגיאה לא ידועה.</translation>
    </message>
    <message>
        <source>The run could not be opened: %1</source>
        <translation>לא ניתן היה לפתוח את הריצה: %1</translation>
    </message>
    <message>
        <source>Open a trained run first (Runs dock).</source>
        <translation>פתחו תחילה ריצה מאומנת (חלונית הריצות).</translation>
    </message>
    <message>
        <source>That sequence is from %1, but the run was trained on %2.</source>
        <translation>רצף זה הוא מתוך %1, אך הריצה אומנה על %2.</translation>
    </message>
    <message>
        <source>Sequence %1 does not exist in the %2 split.</source>
        <translation>רצף %1 אינו קיים בחלק %2.</translation>
    </message>
</context>
<context>
    <name>dbse::studio::LabTab</name>
    <message>
        <source>Exported to %1</source>
        <translation>יוצא אל %1</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ייצוא…</translation>
    </message>
</context>
<context>
    <name>dbse::studio::LanguageSwitcher</name>
    <message>
        <source>System</source>
        <translation>ברירת המחדל של המערכת</translation>
    </message>
</context>
<context>
    <name>dbse::studio::LatentMapTab</name>
    <message numerus="yes">
        <source>%n sequences of the %1 split.</source>
        <translation>
            <numerusform>%n רצף של החלק %1.</numerusform>
            <numerusform>%n רצפים של החלק %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The map could not be computed: %1</source>
        <translation>לא ניתן היה לחשב את המפה: %1</translation>
    </message>
    <message>
        <source>Open a run to see the latent codes of its sequences.</source>
        <translation>פתחו ריצה כדי לראות את הקודים הלטנטיים של הרצפים שלה.</translation>
    </message>
    <message>
        <source>Opening the run…</source>
        <translation>פותח את הריצה…</translation>
    </message>
    <message>
        <source>Map as image (PNG%1)…</source>
        <translation>המפה כתמונה (PNG%1)…</translation>
    </message>
    <message>
        <source> or SVG</source>
        <translation> או SVG</translation>
    </message>
    <message>
        <source>Static map coordinates (CSV)…</source>
        <translation>הקואורדינטות של המפה הסטטית (CSV)…</translation>
    </message>
    <message>
        <source>Dynamic map coordinates (CSV)…</source>
        <translation>הקואורדינטות של המפה הדינמית (CSV)…</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n sequences of the %1 split…</source>
        <translation>
            <numerusform>מקודד %n רצף של החלק %1…</numerusform>
            <numerusform>מקודד %n רצפים של החלק %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>static codes s</source>
        <translation>הקודים הסטטיים s</translation>
    </message>
    <message>
        <source>dynamic codes d</source>
        <translation>הקודים הדינמיים d</translation>
    </message>
    <message>
        <source>t-SNE of the %1: iteration %2 of %3</source>
        <translation>t-SNE של %1: איטרציה %2 מתוך %3</translation>
    </message>
    <message>
        <source>%1 (static)</source>
        <translation>%1 (סטטי)</translation>
    </message>
    <message>
        <source>%1 (dynamic)</source>
        <translation>%1 (דינמי)</translation>
    </message>
    <message>
        <source>Sequence %1 of the %2 split</source>
        <translation>רצף %1 של החלק %2</translation>
    </message>
    <message>
        <source>%1: there is no map to save</source>
        <translation>%1: אין מפה לשמירה</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>תמונות (*.png *.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>תמונות PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the latent map</source>
        <translation>שמירת המפה הלטנטית</translation>
    </message>
    <message>
        <source>Save the map&apos;s coordinates</source>
        <translation>שמירת הקואורדינטות של המפה</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>חלק:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>שיטה:</translation>
    </message>
    <message>
        <source>Perplexity:</source>
        <translation>פרפלקסיות:</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>צביעה לפי:</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>בדיקה</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>אימון</translation>
    </message>
    <message>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>הזזה</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to fit; click a point to select it</source>
        <translation>גרירה להזזה, גלגלת לזום, לחיצה כפולה להתאמה; לחיצה על נקודה בוחרת אותה</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>מלבן</translation>
    </message>
    <message>
        <source>Drag a rectangle to select the points inside (Shift adds)</source>
        <translation>גרירת מלבן לבחירת הנקודות שבתוכו (Shift מוסיף)</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>לאסו</translation>
    </message>
    <message>
        <source>Draw around the points to select (Shift adds)</source>
        <translation>ציור מסביב לנקודות לבחירתן (Shift מוסיף)</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>חישוב מחדש</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>Static code s</source>
        <translation>קוד סטטי s</translation>
    </message>
    <message>
        <source>Dynamic code d (averaged over time)</source>
        <translation>קוד דינמי d (ממוצע על פני הזמן)</translation>
    </message>
</context>
<context>
    <name>dbse::studio::MainWindow</name>
    <message>
        <source>DBSE Studio</source>
        <translation>DBSE Studio</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>מאגרי נתונים</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>ריצות</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Open Dataset File…</source>
        <translation>פתיחת &amp;קובץ מאגר נתונים…</translation>
    </message>
    <message>
        <source>Open Dataset &amp;Folder…</source>
        <translation>פתיחת &amp;תיקיית מאגר נתונים…</translation>
    </message>
    <message>
        <source>Open Dataset by &amp;Name…</source>
        <translation>פתיחת מאגר נתונים לפי &amp;שם…</translation>
    </message>
    <message>
        <source>Recent &amp;Datasets</source>
        <translation>מאגרי נתונים &amp;אחרונים</translation>
    </message>
    <message>
        <source>Open &amp;Run…</source>
        <translation>פתיחת &amp;ריצה…</translation>
    </message>
    <message>
        <source>Recent R&amp;uns</source>
        <translation>ריצות א&amp;חרונות</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;הגדרות…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;יציאה</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>איפוס &amp;פריסה</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>&amp;About DBSE Studio</source>
        <translation>&amp;אודות DBSE Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>אודות &amp;Qt</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>פתיחת ריצה</translation>
    </message>
    <message>
        <source>%1: not a run folder (no config.json).</source>
        <translation>%1: אינה תיקיית ריצה (אין config.json).</translation>
    </message>
    <message>
        <source>Open Dataset File</source>
        <translation>פתיחת קובץ מאגר נתונים</translation>
    </message>
    <message>
        <source>Datasets (*.npy *.csv);;All files (*)</source>
        <translation>מאגרי נתונים (*.npy *.csv);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Open Dataset Folder</source>
        <translation>פתיחת תיקיית מאגר נתונים</translation>
    </message>
    <message>
        <source>Open Dataset by Name</source>
        <translation>פתיחת מאגר נתונים לפי שם</translation>
    </message>
    <message>
        <source>Dataset as KIND:PATH, for example builtin:shapes or fsdd:/data/fsdd:</source>
        <translation>מאגר נתונים בצורה KIND:PATH, לדוגמה builtin:shapes או fsdd:/data/fsdd:</translation>
    </message>
    <message>
        <source>About DBSE Studio</source>
        <translation>אודות DBSE Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DBSE Studio %1&lt;/h3&gt;&lt;p&gt;Unsupervised sequential disentanglement: a model that separates what stays the same in a sequence from what changes.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DBSE Studio %1&lt;/h3&gt;&lt;p&gt;הפרדה סדרתית לא מפוקחת: מודל שמפריד בין מה שנשאר קבוע ברצף לבין מה שמשתנה.&lt;/p&gt;&lt;p&gt;מופץ ברישיון GNU General Public License, גרסה 3 או מאוחרת יותר.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training Is Running</source>
        <translation>אימון פועל</translation>
    </message>
    <message>
        <source>A run is training. Stop it and close DBSE Studio?</source>
        <translation>ריצה מתאמנת כעת. לעצור אותה ולסגור את DBSE Studio?</translation>
    </message>
    <message>
        <source>A checkpoint is saved first; continue the run later from the Training tab.</source>
        <translation>תחילה נשמרת נקודת ביקורת; אפשר להמשיך את הריצה מאוחר יותר מלשונית האימון.</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>עצירה וסגירה</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;אימון</translation>
    </message>
    <message>
        <source>&amp;Add Dataset…</source>
        <translation>הוספת &amp;מאגר נתונים…</translation>
    </message>
</context>
<context>
    <name>dbse::studio::RecentMenu</name>
    <message>
        <source>No recent items</source>
        <translation>אין פריטים אחרונים</translation>
    </message>
    <message>
        <source>Clear This List</source>
        <translation>ניקוי הרשימה</translation>
    </message>
</context>
<context>
    <name>dbse::studio::ResampleTab</name>
    <message>
        <source>Drawing…</source>
        <translation>מגריל…</translation>
    </message>
    <message>
        <source>Drop a sequence (from the Datasets dock, the latent map, or a video or sound file): keep one of its codes and draw the other anew.</source>
        <translation>גררו לכאן רצף (מחלונית מאגרי הנתונים, מהמפה הלטנטית או מקובץ וידאו או צליל): אחד הקודים שלו נשמר והאחר מוגרל מחדש.</translation>
    </message>
    <message>
        <source>Drop a sequence here: from the Datasets dock, the latent map, or a video or sound file</source>
        <translation>גררו לכאן רצף: מחלונית מאגרי הנתונים, מהמפה הלטנטית או מקובץ וידאו או צליל</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>רצף</translation>
    </message>
    <message>
        <source>Fix static</source>
        <translation>קיבוע הסטטי</translation>
    </message>
    <message>
        <source>Fix dynamics</source>
        <translation>קיבוע הדינמיקה</translation>
    </message>
    <message>
        <source>Fix static: keep the sequence&apos;s static code and draw new dynamics from the learned prior. Fix dynamics: keep its dynamics and draw new static codes from N(0, I).</source>
        <translation>קיבוע הסטטי: שמירת הקוד הסטטי של הרצף והגרלת דינמיקה חדשה מהפריור הנלמד. קיבוע הדינמיקה: שמירת הדינמיקה שלו והגרלת קודים סטטיים חדשים מ־N(0, I).</translation>
    </message>
    <message>
        <source>&amp;Samples:</source>
        <translation>&amp;דגימות:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;זרע אקראי:</translation>
    </message>
    <message>
        <source>Draw again</source>
        <translation>הגרלה מחדש</translation>
    </message>
    <message>
        <source>Draw with a new seed</source>
        <translation>הגרלה עם זרע אקראי חדש</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) with seed %1.</source>
        <translation>
            <numerusform>%n דגימה עם זרע אקראי %1.</numerusform>
            <numerusform>%n דגימות עם זרע אקראי %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a trained run to resample its sequences.</source>
        <translation>פתחו ריצה מאומנת כדי לדגום מחדש את הרצפים שלה.</translation>
    </message>
</context>
<context>
    <name>dbse::studio::RunCompareDialog</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: לא ניתן לקרוא</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1: אינו JSON תקין (%2)</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>השוואת ריצות</translation>
    </message>
    <message>
        <source>A: %1    B: %2</source>
        <translation>A: %1    B: %2</translation>
    </message>
    <message>
        <source>A train</source>
        <translation>A אימון</translation>
    </message>
    <message>
        <source>A validation</source>
        <translation>A אימות</translation>
    </message>
    <message>
        <source>B train</source>
        <translation>B אימון</translation>
    </message>
    <message>
        <source>B validation</source>
        <translation>B אימות</translation>
    </message>
    <message>
        <source>Setting that differs</source>
        <translation>הגדרה שונה</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
</context>
<context>
    <name>dbse::studio::RunConfigDialog</name>
    <message>
        <source>Run %1 — configuration</source>
        <translation>ריצה %1 — תצורה</translation>
    </message>
    <message>
        <source>The settings that made the run in %1 (read only):</source>
        <translation>ההגדרות שיצרו את הריצה בתיקייה %1 (לקריאה בלבד):</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>לא ניתן היה לקרוא את התצורה: %1</translation>
    </message>
</context>
<context>
    <name>dbse::studio::RunsPanel</name>
    <message>
        <source>Rename Run</source>
        <translation>שינוי שם ריצה</translation>
    </message>
    <message>
        <source>New name of the run folder “%1”:</source>
        <translation>שם חדש לתיקיית הריצה &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>מחיקת ריצה</translation>
    </message>
    <message>
        <source>Delete the run “%1” and everything in its folder (checkpoints, metrics, exports)?</source>
        <translation>למחוק את הריצה &quot;%1&quot; ואת כל מה שבתיקייה שלה (נקודות ביקורת, מדדים, ייצואים)?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>ריצות</translation>
    </message>
    <message>
        <source>Runs in %1</source>
        <translation>ריצות בתיקייה %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;פתיחה</translation>
    </message>
    <message>
        <source>Show the configuration of the selected run</source>
        <translation>הצגת התצורה של הריצה הנבחרת</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;שינוי שם…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;מחיקה…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;רענון</translation>
    </message>
    <message>
        <source>No runs yet. Runs that you train in the Training tab or with %1 appear here.</source>
        <translation>אין עדיין ריצות. ריצות שתאמנו בלשונית האימון או באמצעות %1 יופיעו כאן.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;השוואה</translation>
    </message>
    <message>
        <source>Compare the curves and settings of two selected runs (Ctrl+click selects a second run)</source>
        <translation>השוואת העקומות וההגדרות של שתי ריצות נבחרות (Ctrl+לחיצה בוחרת ריצה שנייה)</translation>
    </message>
</context>
<context>
    <name>dbse::studio::SettingsDialog</name>
    <message>
        <source>Runs Directory</source>
        <translation>תיקיית הריצות</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <source>The window switches language at once; System follows the desktop&apos;s language.</source>
        <translation>החלון מחליף שפה מיד; ברירת המחדל של המערכת עוקבת אחר שפת שולחן העבודה.</translation>
    </message>
    <message>
        <source>&amp;Runs directory:</source>
        <translation>תיקיית ה&amp;ריצות:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;עיון…</translation>
    </message>
</context>
<context>
    <name>dbse::studio::StatusIndicators</name>
    <message>
        <source>Memory %1 MiB</source>
        <translation>זיכרון: %1 מ״ב</translation>
    </message>
    <message>
        <source>Memory unknown</source>
        <translation>זיכרון: לא ידוע</translation>
    </message>
    <message>
        <source>GPU: CUDA, %1 devices</source>
        <translation>מעבד גרפי: CUDA, %1 התקנים</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>מעבד גרפי: %1</translation>
    </message>
    <message>
        <source>CPU: %1 of %2 cores</source>
        <translation>מעבד: %1 מתוך %2 ליבות</translation>
    </message>
    <message>
        <source>Where training runs</source>
        <translation>היכן האימון רץ</translation>
    </message>
    <message>
        <source>Resident memory of DBSE Studio</source>
        <translation>הזיכרון התושב של DBSE Studio</translation>
    </message>
    <message>
        <source>No run open</source>
        <translation>אין ריצה פתוחה</translation>
    </message>
    <message>
        <source>Run %1: %2 of %3 epochs</source>
        <translation>ריצה %1: %2 מתוך %3 אפוקים</translation>
    </message>
    <message>
        <source>Run %1: %2 epochs</source>
        <translation>ריצה %1: %2 אפוקים</translation>
    </message>
</context>
<context>
    <name>dbse::studio::SwapTab</name>
    <message>
        <source>Swapping…</source>
        <translation>מחליף…</translation>
    </message>
    <message>
        <source>Drop sequences on A and B (from the Datasets dock, the latent map, or video and sound files): the rows exchange what stays the same and what changes.</source>
        <translation>גררו רצפים אל A ו־B (מחלונית מאגרי הנתונים, מהמפה הלטנטית או מקובצי וידאו וצליל): השורות מחליפות ביניהן את מה שנשאר קבוע ואת מה שמשתנה.</translation>
    </message>
    <message>
        <source>Drop a sequence here: from the Datasets dock, the latent map, or a video or sound file</source>
        <translation>גררו לכאן רצף: מחלונית מאגרי הנתונים, מהמפה הלטנטית או מקובץ וידאו או צליל</translation>
    </message>
    <message>
        <source>Show reconstructions</source>
        <translation>הצגת שחזורים</translation>
    </message>
    <message>
        <source>Italic labels are a trusted judge&apos;s predictions: did the swap keep the identity and move the motion?</source>
        <translation>תוויות נטויות הן חיזויים של שופט אמין: האם ההחלפה שמרה על הזהות והעבירה את התנועה?</translation>
    </message>
    <message>
        <source>No trusted judge for this dataset yet (dbse judge trains one): the rows show no predictions.</source>
        <translation>אין עדיין שופט אמין למאגר נתונים זה (dbse judge מאמן אחד): השורות אינן מציגות חיזויים.</translation>
    </message>
    <message>
        <source>Open a trained run to swap its sequences.</source>
        <translation>פתחו ריצה מאומנת כדי להחליף את הרצפים שלה.</translation>
    </message>
</context>
<context>
    <name>dbse::studio::TrainingSettingsForm</name>
    <message>
        <source>Choose a dataset (KIND:PATH, for example builtin:shapes).</source>
        <translation>יש לבחור מאגר נתונים (KIND:PATH, לדוגמה builtin:shapes).</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>תבנית הגדרות:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>מאגר נתונים:</translation>
    </message>
    <message>
        <source>KIND:PATH, for example builtin:shapes or sprites:/data/lpc</source>
        <translation>KIND:PATH, לדוגמה builtin:shapes או sprites:/data/lpc</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>אפוקים:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>גודל אצווה:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>קצב למידה:</translation>
    </message>
    <message>
        <source>α static frame:</source>
        <translation>α תמונה סטטית:</translation>
    </message>
    <message>
        <source>Weight of the static-frame reconstruction term</source>
        <translation>המשקל של רכיב השחזור של התמונה הסטטית</translation>
    </message>
    <message>
        <source>β static:</source>
        <translation>β סטטי:</translation>
    </message>
    <message>
        <source>Weight of the KL term of the static code s</source>
        <translation>המשקל של רכיב ה־KL של הקוד הסטטי s</translation>
    </message>
    <message>
        <source>β dynamic:</source>
        <translation>β דינמי:</translation>
    </message>
    <message>
        <source>Weight of the KL term of the dynamic codes d against the learned prior</source>
        <translation>המשקל של רכיב ה־KL של הקודים הדינמיים d ביחס לפריור הנלמד</translation>
    </message>
    <message>
        <source>Static code size:</source>
        <translation>גודל הקוד הסטטי:</translation>
    </message>
    <message>
        <source>Dynamic code size:</source>
        <translation>גודל הקוד הדינמי:</translation>
    </message>
    <message>
        <source>Static element:</source>
        <translation>האיבר הסטטי:</translation>
    </message>
    <message>
        <source>Element index:</source>
        <translation>אינדקס האיבר:</translation>
    </message>
    <message>
        <source>First</source>
        <translation>ראשון</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>אמצעי</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>אחרון</translation>
    </message>
    <message>
        <source>Random per batch</source>
        <translation>אקראי בכל אצווה</translation>
    </message>
    <message>
        <source>Fixed index</source>
        <translation>אינדקס קבוע</translation>
    </message>
    <message>
        <source>Subtract the static element</source>
        <translation>החסרת האיבר הסטטי</translation>
    </message>
    <message>
        <source>The dynamic path sees each element&apos;s features minus the static element&apos;s (off: the paper&apos;s ablation)</source>
        <translation>הנתיב הדינמי רואה את המאפיינים של כל איבר פחות אלה של האיבר הסטטי (כבוי: האבלציה של המאמר)</translation>
    </message>
    <message>
        <source>Static-frame loss</source>
        <translation>הפסד התמונה הסטטית</translation>
    </message>
    <message>
        <source>Reconstruct the static element from its own codes (off: the paper&apos;s ablation)</source>
        <translation>שחזור האיבר הסטטי מהקודים שלו עצמו (כבוי: האבלציה של המאמר)</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>התקן:</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>תהליכוני מעבד:</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>כל הליבות</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>זרע אקראי:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>דיוק:</translation>
    </message>
    <message>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <source>bfloat16 autocast</source>
        <translation>autocast ל־bfloat16</translation>
    </message>
    <message>
        <source>bfloat16 autocast runs convolutions and matrix products in bfloat16: faster on GPUs with bfloat16 units, usually slower on a CPU</source>
        <translation>autocast ל־bfloat16 מחשב קונבולוציות ומכפלות מטריצות ב־bfloat16: מהיר יותר במעבדים גרפיים עם יחידות bfloat16, ובדרך כלל איטי יותר במעבד רגיל</translation>
    </message>
    <message>
        <source>Activations:</source>
        <translation>אקטיבציות:</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>אוטומטי</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>Recompute in backward</source>
        <translation>חישוב מחדש במעבר לאחור</translation>
    </message>
    <message>
        <source>Recomputing the encoder&apos;s and decoder&apos;s activations in the backward pass needs far less memory for about a third more computation; Auto recomputes when they would take more than 1 GiB</source>
        <translation>חישוב מחדש של האקטיבציות של המקודד והמפענח במעבר לאחור דורש הרבה פחות זיכרון תמורת כשליש חישוב נוסף; אוטומטי מחשב מחדש כשהן היו תופסות יותר מ־1 GiB</translation>
    </message>
</context>
<context>
    <name>dbse::studio::TrainingTab</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ש׳ %2 דק׳</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 דק׳ %2 שנ׳</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 שנ׳</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>אימון %1</translation>
    </message>
    <message>
        <source>Checkpoint saved in epoch %1 after batch %2.</source>
        <translation>נקודת ביקורת נשמרה באפוק %1 אחרי אצווה %2.</translation>
    </message>
    <message>
        <source>Checkpoint saved after epoch %1.</source>
        <translation>נקודת ביקורת נשמרה אחרי אפוק %1.</translation>
    </message>
    <message>
        <source>Paused after step %1.</source>
        <translation>הושהה אחרי צעד %1.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>האימון ממשיך.</translation>
    </message>
    <message>
        <source>Training could not run: %1</source>
        <translation>לא ניתן היה להריץ את האימון: %1</translation>
    </message>
    <message>
        <source>Epoch %1 of %2</source>
        <translation>אפוק %1 מתוך %2</translation>
    </message>
    <message>
        <source>Opened %1: %2 of %3 epochs done.</source>
        <translation>%1 נפתחה: הושלמו %2 מתוך %3 אפוקים.</translation>
    </message>
    <message>
        <source>Loading %1 …</source>
        <translation>טוען את %1 …</translation>
    </message>
    <message>
        <source>Continuing %1 to epoch %2 …</source>
        <translation>ממשיך את %1 עד אפוק %2 …</translation>
    </message>
    <message>
        <source>Stopping after the current step; a checkpoint is saved …</source>
        <translation>עוצר אחרי הצעד הנוכחי; נשמרת נקודת ביקורת …</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · batch %3 of %4</source>
        <translation>אפוק %1 מתוך %2 · אצווה %3 מתוך %4</translation>
    </message>
    <message>
        <source>%1 seq/s · %2 left</source>
        <translation>%1 רצפים/שנ׳ · נותרו %2</translation>
    </message>
    <message>
        <source>Epoch %1: train loss %2, validation loss %3 (%4)</source>
        <translation>אפוק %1: הפסד אימון %2, הפסד אימות %3 (%4)</translation>
    </message>
    <message>
        <source>Epoch %1: train loss %2 (%3)</source>
        <translation>אפוק %1: הפסד אימון %2 (%3)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>אימון</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>אימות</translation>
    </message>
    <message>
        <source>No run yet: choose the settings and press Train.</source>
        <translation>אין עדיין ריצה: בחרו את ההגדרות ולחצו על &quot;אימון&quot;.</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>ריצה: %1</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;אימון</translation>
    </message>
    <message>
        <source>Start a new run with these settings (%1)</source>
        <translation>התחלת ריצה חדשה עם הגדרות אלה (%1)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;המשך</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>ה&amp;שהיה</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;עצירה</translation>
    </message>
    <message>
        <source>Stop after the current step and keep a checkpoint (%1)</source>
        <translation>עצירה אחרי הצעד הנוכחי ושמירת נקודת ביקורת (%1)</translation>
    </message>
    <message>
        <source>Save &amp;Checkpoint Now</source>
        <translation>שמירת &amp;נקודת ביקורת כעת</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>המשך ה&amp;ריצה</translation>
    </message>
    <message>
        <source>Resume the run from its checkpoint up to the given number of epochs</source>
        <translation>המשך הריצה מנקודת הביקורת שלה עד למספר האפוקים שצוין</translation>
    </message>
    <message>
        <source>Up to epoch:</source>
        <translation>עד אפוק:</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>רכיבים</translation>
    </message>
    <message>
        <source>Choose the loss terms the curves show</source>
        <translation>בחירת רכיבי ההפסד שהעקומות מציגות</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>לא פעיל</translation>
    </message>
    <message>
        <source>Loading the dataset…</source>
        <translation>טוען את מאגר הנתונים…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>באימון</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>מושהה</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>עוצר…</translation>
    </message>
</context>
<context>
    <name>dbse::widgets::ConfusionMatrixView</name>
    <message numerus="yes">
        <source>%1 judged as %2: %Ln sequence(s)</source>
        <translation>
            <numerusform>%1 נשפט כ־%2: %Ln רצף</numerusform>
            <numerusform>%1 נשפט כ־%2: %Ln רצפים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbse::widgets::DatasetListModel</name>
    <message>
        <source>Sequence %1</source>
        <translation>רצף %1</translation>
    </message>
</context>
<context>
    <name>dbse::widgets::LossCurvesPlot</name>
    <message>
        <source>Total</source>
        <translation>סך הכול</translation>
    </message>
    <message>
        <source>Sequence recon.</source>
        <translation>שחזור רצף.</translation>
    </message>
    <message>
        <source>Frame recon.</source>
        <translation>שחזור תמונה.</translation>
    </message>
    <message>
        <source>KL s</source>
        <translation>KL s</translation>
    </message>
    <message>
        <source>KL d</source>
        <translation>KL d</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>אפוקים</translation>
    </message>
    <message>
        <source>Loss per sequence (log scale)</source>
        <translation>הפסד לרצף (סקאלה לוגריתמית)</translation>
    </message>
</context>
<context>
    <name>dbse::widgets::PreviewLoader</name>
    <message>
        <source>Unknown error while loading the dataset.</source>
        <translation>שגיאה לא ידועה בעת טעינת מאגר הנתונים.</translation>
    </message>
    <message>
        <source>The dataset could not be loaded.</source>
        <translation>לא ניתן היה לטעון את מאגר הנתונים.</translation>
    </message>
</context>
<context>
    <name>dbse::widgets::RunListModel</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: לא ניתן לקרוא (%2)</translation>
    </message>
    <message>
        <source>%1: too large for a run configuration</source>
        <translation>%1: גדול מדי לתצורת ריצה</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: אינו אובייקט JSON (%2)</translation>
    </message>
    <message>
        <source>%1
unreadable configuration</source>
        <translation>%1
תצורה לא קריאה</translation>
    </message>
    <message>
        <source>%1 of %2 epochs</source>
        <translation>%1 מתוך %2 אפוקים</translation>
    </message>
    <message>
        <source>%1 epochs</source>
        <translation>%1 אפוקים</translation>
    </message>
    <message>
        <source>No such run.</source>
        <translation>אין ריצה כזו.</translation>
    </message>
    <message>
        <source>“%1” is not a valid folder name.</source>
        <translation>&quot;%1&quot; אינו שם תיקייה תקין.</translation>
    </message>
    <message>
        <source>%1: already exists.</source>
        <translation>%1: כבר קיים.</translation>
    </message>
    <message>
        <source>%1: could not be renamed to “%2”.</source>
        <translation>%1: לא ניתן היה לשנות את השם ל־&quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: not a run folder (no config.json); not deleted.</source>
        <translation>%1: אינה תיקיית ריצה (אין config.json); לא נמחקה.</translation>
    </message>
    <message>
        <source>%1: could not be deleted completely.</source>
        <translation>%1: לא ניתן היה למחוק לגמרי.</translation>
    </message>
    <message>
        <source>%1
%2 · %3
%4</source>
        <translation>%1
%2 · %3
%4</translation>
    </message>
</context>
<context>
    <name>dbse::widgets::RunMetrics</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: לא ניתן לקרוא (%2)</translation>
    </message>
    <message>
        <source>%1: larger than 64 MiB, not read</source>
        <translation>%1: גדול מ־64 מ״ב, לא נקרא</translation>
    </message>
</context>
<context>
    <name>dbse::widgets::SequenceGridView</name>
    <message>
        <source>Sequences</source>
        <translation>רצפים</translation>
    </message>
    <message>
        <source>No sequences to show</source>
        <translation>אין רצפים להצגה</translation>
    </message>
</context>
<context>
    <name>dbse::widgets::SequencePlayer</name>
    <message>
        <source>First step (Home)</source>
        <translation>הצעד הראשון (Home)</translation>
    </message>
    <message>
        <source>One step back (Left)</source>
        <translation>צעד אחד אחורה (חץ שמאלה)</translation>
    </message>
    <message>
        <source>One step forward (Right)</source>
        <translation>צעד אחד קדימה (חץ ימינה)</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>הצעד האחרון (End)</translation>
    </message>
    <message>
        <source>Drag to scrub through the steps</source>
        <translation>גרירה למעבר בין הצעדים</translation>
    </message>
    <message>
        <source>Playback speed (1× = real time)</source>
        <translation>מהירות ההפעלה (1× = זמן אמת)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>לולאה</translation>
    </message>
    <message>
        <source>judge: %1</source>
        <translation>שופט: %1</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>השהיה (רווח)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>הפעלה (רווח)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>static A + dynamic B</source>
        <translation>סטטי A + דינמי B</translation>
    </message>
    <message>
        <source>static B + dynamic A</source>
        <translation>סטטי B + דינמי A</translation>
    </message>
    <message>
        <source>A reconstructed</source>
        <translation>A משוחזר</translation>
    </message>
    <message>
        <source>B reconstructed</source>
        <translation>B משוחזר</translation>
    </message>
    <message>
        <source>original</source>
        <translation>מקורי</translation>
    </message>
    <message>
        <source>sample %1</source>
        <translation>דגימה %1</translation>
    </message>
</context>
<context>
    <name>dbse::widgets::TrainingController</name>
    <message>
        <source>training failed with an unknown error</source>
        <translation>האימון נכשל בשגיאה לא ידועה</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot %1</source>
        <translation>לא ניתן היה לכתוב את צילום המסך %1</translation>
    </message>
    <message>
        <source>DBSE Studio: explore what stays the same and what changes in sequences.</source>
        <translation>DBSE Studio: לחקור מה נשאר קבוע ומה משתנה ברצפים.</translation>
    </message>
    <message>
        <source>Dataset to open, as KIND:PATH (default: builtin:shapes).</source>
        <translation>מאגר הנתונים לפתיחה, בצורה KIND:PATH (ברירת מחדל: builtin:shapes).</translation>
    </message>
    <message>
        <source>KIND:PATH</source>
        <translation>KIND:PATH</translation>
    </message>
    <message>
        <source>Once the dataset is shown, save the window as FILE (PNG) and quit.</source>
        <translation>לאחר שמאגר הנתונים מוצג, לשמור את החלון כ־FILE (PNG) ולצאת.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Start with tab NAME current: %1, or dataset.</source>
        <translation>להתחיל כשהלשונית NAME פעילה: %1, או dataset.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Use LANGUAGE (system, en, de, he) for this session without saving it.</source>
        <translation>להשתמש בשפה LANGUAGE (system, en, de, he) בהפעלה זו בלי לשמור אותה.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Unknown tab %1</source>
        <translation>לשונית לא ידועה %1</translation>
    </message>
    <message>
        <source>Open the run in FOLDER: its curves in the Training tab, ready to continue.</source>
        <translation>לפתוח את הריצה בתיקייה FOLDER: העקומות שלה בלשונית האימון, מוכנה להמשך.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>%1: not a run folder (no config.json)</source>
        <translation>%1: אינה תיקיית ריצה (אין config.json)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sequence: use N (test split) or train:N / test:N</source>
        <translation>&quot;%1&quot; אינו רצף: יש להשתמש ב־N (חלק הבדיקה) או ב־train:N / test:N</translation>
    </message>
    <message>
        <source>Swap tab: swap the sequences A,B of the run&apos;s dataset (N = test split, or train:N).</source>
        <translation>לשונית ההחלפה: להחליף את הרצפים A,B של מאגר הנתונים של הריצה (N = חלק הבדיקה, או train:N).</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>Resample tab: resample sequence I of the run&apos;s dataset (N = test split, or train:N).</source>
        <translation>לשונית הדגימה מחדש: לדגום מחדש את הרצף I של מאגר הנתונים של הריצה (N = חלק הבדיקה, או train:N).</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Measure NAME (swap: drop to first swapped frame on screen; needs --run), print JSON and quit.</source>
        <translation>למדוד את NAME (swap: מהשחרור בגרירה ועד לתמונה המוחלפת הראשונה על המסך; דורש --run), להדפיס JSON ולצאת.</translation>
    </message>
    <message>
        <source>Repeats of --bench (default 25).</source>
        <translation>מספר החזרות של --bench (ברירת מחדל 25).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show the evaluation report FILE (report.json) in the Evaluation tab.</source>
        <translation>להציג את דוח ההערכה FILE (report.json) בלשונית ההערכה.</translation>
    </message>
    <message>
        <source>Open the window WIDTHxHEIGHT pixels large (e.g. for --screenshot).</source>
        <translation>לפתוח את החלון בגודל WIDTHxHEIGHT פיקסלים (למשל עבור --screenshot).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>WIDTHxHEIGHT</translation>
    </message>
    <message>
        <source>--bench swap needs --run FOLDER</source>
        <translation>--bench swap דורש --run FOLDER</translation>
    </message>
</context>
</TS>
