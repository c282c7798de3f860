import type { LocalizedText, QuestionDefinition } from '../modules/questions/question-definition';

/**
 * The demo course of `npm run seed:demo`: a real course on intercultural competence
 * for Kraków's police, municipal guard, border guard and social-welfare staff.
 * Plain data, so the seed, its printout and the tests all read the same content.
 *
 * The law on foreigners changes often (the Ukrainian special act, the 2025 limits on
 * asylum applications at the Belarusian border, the EU Pact on Migration and Asylum).
 * The lessons say so where it matters and send the reader to the current text of the
 * law; a trainer should review them whenever the course is republished.
 *
 * Every text is in Polish, English and Ukrainian (the demo has Ukrainian-speaking
 * officers), with the same Markdown structure in each; src/seed/demo-course.spec.ts
 * keeps it so. Polish is the original: a change to the law is made there first.
 */

export interface DemoLesson {
  key: string;
  title: LocalizedText;
  /** Markdown. */
  body: LocalizedText;
  media?: { url: string; title: string }[];
  minStudySeconds: number;
}

export interface DemoQuestion {
  key: string;
  question: QuestionDefinition;
}

export const DEMO_COURSE: {
  title: LocalizedText;
  description: LocalizedText;
  audience: ('police' | 'municipal_guard' | 'border_guard' | 'social_services')[];
  certificateValidityMonths: number;
} = {
  title: {
    pl: 'Kompetencje międzykulturowe w pracy służb publicznych',
    en: 'Intercultural competence in public services',
    uk: 'Міжкультурна компетентність у роботі публічних служб',
  },
  description: {
    pl:
      'Praktyczny kurs dla funkcjonariuszy Policji, Straży Miejskiej i Straży Granicznej oraz pracowników pomocy społecznej, ' +
      'którzy w codziennej pracy spotykają cudzoziemców. Pięć lekcji: komunikacja międzykulturowa, praca z tłumaczem, ' +
      'antydyskryminacja i reagowanie na przestępstwa z nienawiści, prawa człowieka i status prawny cudzoziemców oraz ' +
      'bezpieczeństwo z perspektywy migranta. Kurs kończy się testem; certyfikat jest ważny 24 miesiące. ' +
      'Przepisy dotyczące cudzoziemców często się zmieniają — lekcje wskazują, gdzie trzeba sprawdzić aktualny stan prawny.',
    en:
      'A practical course for officers of the Police, the Municipal Guard and the Border Guard and for social-welfare staff ' +
      'who meet foreigners in their daily work. Five lessons: intercultural communication, working with an interpreter, ' +
      'anti-discrimination and responding to hate crime, human rights and the legal status of foreigners, and safety from ' +
      'a migrant’s perspective. The course ends with a test; the certificate is valid for 24 months. The law on foreigners ' +
      'changes often — the lessons point out where the current state of the law must be checked.',
    uk:
      'Практичний курс для працівників поліції, міської варти і Прикордонної охорони та працівників соціальної допомоги, ' +
      'які у щоденній роботі зустрічаються з іноземцями. П’ять уроків: міжкультурна комунікація, робота з перекладачем, ' +
      'антидискримінація і реагування на злочини на ґрунті ненависті, права людини і правовий статус іноземців та безпека ' +
      'з погляду мігранта. Курс завершується тестом; сертифікат дійсний 24 місяці. Законодавство про іноземців часто ' +
      'змінюється — уроки вказують, де треба перевірити чинний стан законодавства.',
  },
  audience: ['police', 'municipal_guard', 'border_guard', 'social_services'],
  certificateValidityMonths: 24,
};

export const DEMO_LESSONS: DemoLesson[] = [
  {
    key: 'lekcja-komunikacja',
    title: { pl: 'Komunikacja międzykulturowa', en: 'Intercultural communication', uk: 'Міжкультурна комунікація' },
    minStudySeconds: 600,
    body: {
      pl: `W Krakowie mieszka, pracuje i studiuje wielu cudzoziemców, a miasto co roku odwiedzają miliony turystów. Dla funkcjonariusza i pracownika socjalnego oznacza to codzienne rozmowy z osobami, które mówią innym językiem, mają inne doświadczenia z instytucjami państwa i inaczej odczytują gesty czy ton głosu. Dobra komunikacja nie jest uprzejmością „ponad program”: to warunek bezpiecznej interwencji, rzetelnych ustaleń i zaufania do służb.

## Komunikacja werbalna i niewerbalna

Treść słów to tylko część komunikatu. Równie ważne są ton, tempo, głośność, mimika, gesty i dystans.

- **Gesty nie są uniwersalne.** Kciuk w górę, znak „OK” czy przywoływanie palcem bywają w niektórych krajach obraźliwe. Kierunek wskazuj otwartą dłonią, nie palcem.
- **Kontakt wzrokowy.** Unikanie wzroku może być wyrazem szacunku wobec osoby w mundurze lub osoby starszej, a nie oznaką kłamstwa. Nie oceniaj wiarygodności na podstawie samej mowy ciała.
- **Dystans i dotyk.** Zachowaj mniej więcej długość ramienia. Dotyku używaj tylko wtedy, gdy jest niezbędny, i zapowiedz go. Odmowa podania ręki (np. osobie innej płci) zwykle wynika z przekonań, a nie z lekceważenia.
- **Milczenie** może oznaczać namysł, szacunek, strach albo niezrozumienie. Dopytaj, zamiast zakładać.
- **Forma grzecznościowa.** Zwracaj się „proszę Pana”, „proszę Pani”. Mówienie do dorosłego cudzoziemca „na ty” jest odbierane jako brak szacunku, nawet jeśli ma uprościć rozmowę.

## Wymiary kulturowe: mapa, nie wyrok

Badacze komunikacji opisują różnice między kulturami za pomocą kilku wymiarów:

- **Niski i wysoki kontekst** (E. T. Hall). W jednych społecznościach mówi się wprost, w innych liczy się forma, relacja i to, co niewypowiedziane. Odpowiedź „może” lub „spróbuję” bywa uprzejmą odmową.
- **Dystans władzy** (G. Hofstede). Tam, gdzie jest duży, ludzie rzadko dopytują urzędnika i przytakują, nawet gdy nie rozumieją.
- **Indywidualizm i kolektywizm.** W części rodzin ważne decyzje podejmuje się wspólnie, więc osoba może chcieć porozumieć się z bliskimi.
- **Stosunek do czasu.** Punktualność i „załatwianie sprawy od razu” nie wszędzie mają ten sam priorytet.

To tendencje opisujące grupy, a nie pewniki o konkretnym człowieku. Traktuj je jak mapę, która podsuwa pytania, a nie gotowe odpowiedzi.

## Stereotyp a uogólnienie

- **Stereotyp** to sztywne przekonanie, że „wszyscy X są tacy”, odporne na fakty. Prowadzi do błędnych decyzji i do dyskryminacji.
- **Uogólnienie** to robocza hipoteza („w niektórych rodzinach decyzje podejmuje się wspólnie”), którą sprawdzasz i porzucasz, gdy nie pasuje do osoby przed tobą.
- Obywatelstwo nie mówi, jakim językiem ktoś się posługuje, jaką ma religię ani jakie poglądy. Obywatel Ukrainy może mówić po ukraińsku albo po rosyjsku, osoba z Indii w jednym z wielu języków. **Pytaj o język, nie zgaduj.**

## Aktywne słuchanie

- Daj dokończyć wypowiedź i nie przerywaj bez potrzeby.
- Zaczynaj od pytań otwartych („Co się stało?”), potem zadawaj doprecyzowujące.
- Parafrazuj („Rozumiem, że…”) i podsumowuj najważniejsze ustalenia.
- Imiona i nazwiska zapisuj dokładnie tak, jak w dokumencie, i zapytaj, jak zwracać się do osoby. Kolejność imienia i nazwiska oraz transliteracja różnią się między krajami.

## Prosty język

- Jedno zdanie, jedna informacja. Używaj strony czynnej i konkretnych czasowników.
- Zamieniaj żargon na zwykłe słowa: zamiast „proszę okazać dokument tożsamości” powiedz „proszę pokazać paszport albo inny dokument ze zdjęciem”.
- Unikaj idiomów, skrótów, ironii i żartów.
- Mów wolniej, a nie głośniej. Daty, kwoty i adresy zapisz na kartce.

## Sprawdzanie zrozumienia

Pytanie „Czy Pan rozumie?” prawie zawsze daje odpowiedź „tak”: z grzeczności, ze wstydu albo ze strachu. Zamiast tego poproś: „Proszę mi powiedzieć własnymi słowami, co Pan teraz zrobi”. To metoda *teach-back*. Jest szczególnie ważna przy pouczeniach, terminach i skutkach prawnych.

## Deeskalacja

- Zadbaj o bezpieczny dystans i drogę wyjścia, także dla rozmówcy.
- Niech mówi jeden funkcjonariusz; pozostali się nie wtrącają.
- Przedstaw się, powiedz, kim jesteś i po co podejmujesz czynność.
- Nazwij emocję: „Widzę, że jest Pan zdenerwowany. Chcę zrozumieć, co się stało”.
- Dawaj wybór w granicach prawa („Możemy porozmawiać tutaj albo przy ławce obok”).
- Wiele osób ma za sobą złe doświadczenia ze służbami w kraju pochodzenia (korupcja, przemoc). Strach może wyglądać jak opór.
- Głośny ton i żywa gestykulacja nie muszą oznaczać agresji. Oceniaj zachowanie i realne zagrożenie, a nie styl mówienia.

## Role płciowe i rodzinne bez stereotypów

- Nie zakładaj, kto w rodzinie „decyduje”. Zwracaj się bezpośrednio do osoby, której sprawa dotyczy, nawet jeśli w jej imieniu odzywa się ktoś inny.
- Zapewnij możliwość rozmowy na osobności, zwłaszcza gdy podejrzewasz przemoc.
- Tam, gdzie to możliwe, uwzględnij prośbę o rozmowę z osobą tej samej płci. Kontrolę osobistą przeprowadza co do zasady osoba tej samej płci.
- Kultura nie usprawiedliwia przemocy i nie jest powodem, by nie reagować. Przemoc domowa jest przestępstwem bez względu na pochodzenie stron.
- Nie zakładaj też przemocy tylko dlatego, że rodzina żyje inaczej niż twoja. Opieraj się na faktach i na tym, co mówi sama osoba.

## Do zapamiętania

1. Pytaj o język i o formę zwracania się.
2. Mów prosto, wolno i konkretnie.
3. Sprawdzaj zrozumienie metodą „własnymi słowami”.
4. Wiedzę o kulturach traktuj jako hipotezę, nie wyrok.
`,
      en: `Many foreigners live, work and study in Kraków, and millions of tourists visit the city every year. For an officer or a social worker this means daily conversations with people who speak another language, have had different experiences of state institutions and read gestures or tone of voice differently. Good communication is not courtesy “beyond the call of duty”: it is a condition of a safe intervention, reliable findings and trust in the services.

## Verbal and non-verbal communication

The words themselves are only part of the message. Tone, pace, volume, facial expression, gestures and distance matter just as much.

- **Gestures are not universal.** A thumbs-up, the “OK” sign or beckoning with a finger can be offensive in some countries. Point the way with an open hand, not a finger.
- **Eye contact.** Avoiding eye contact may be a sign of respect towards a person in uniform or an older person, not a sign of lying. Do not judge credibility on body language alone.
- **Distance and touch.** Keep roughly an arm’s length. Use touch only when it is necessary, and say beforehand that you are going to. Refusing to shake hands (e.g. with a person of another sex) usually stems from convictions, not disrespect.
- **Silence** can mean reflection, respect, fear or not understanding. Ask rather than assume.
- **Polite forms of address.** Address people formally (in Polish “proszę Pana”, “proszę Pani”). Speaking to an adult foreigner informally is perceived as disrespect, even if it is meant to make the conversation easier.

## Cultural dimensions: a map, not a verdict

Communication researchers describe differences between cultures using several dimensions:

- **Low and high context** (E. T. Hall). In some communities people speak directly; in others form, relationship and what is left unsaid count. An answer of “maybe” or “I’ll try” may be a polite refusal.
- **Power distance** (G. Hofstede). Where it is large, people rarely ask an official questions and nod along even when they do not understand.
- **Individualism and collectivism.** In some families important decisions are made together, so a person may want to consult their relatives.
- **Attitudes to time.** Punctuality and “getting things done at once” do not have the same priority everywhere.

These are tendencies that describe groups, not certainties about a particular person. Treat them as a map that suggests questions, not ready-made answers.

## Stereotype and generalisation

- A **stereotype** is a rigid belief that “all X are like that”, immune to facts. It leads to wrong decisions and to discrimination.
- A **generalisation** is a working hypothesis (“in some families decisions are made together”) that you test and drop when it does not fit the person in front of you.
- Citizenship does not tell you what language someone speaks, what religion they have or what views they hold. A Ukrainian citizen may speak Ukrainian or Russian; a person from India may speak one of many languages. **Ask about the language, don’t guess.**

## Active listening

- Let the person finish and do not interrupt without need.
- Start with open questions (“What happened?”), then ask clarifying ones.
- Paraphrase (“I understand that…”) and summarise the main findings.
- Write first names and surnames exactly as in the document, and ask how the person wishes to be addressed. The order of first name and surname and the transliteration differ between countries.

## Plain language

- One sentence, one piece of information. Use the active voice and concrete verbs.
- Replace jargon with everyday words: instead of “please produce an identity document” say “please show me your passport or another document with a photo”.
- Avoid idioms, abbreviations, irony and jokes.
- Speak more slowly, not more loudly. Write dates, amounts and addresses down on paper.

## Checking understanding

The question “Do you understand?” almost always gets the answer “yes”: out of politeness, embarrassment or fear. Instead, ask: “Please tell me in your own words what you are going to do now”. This is the *teach-back* method. It is especially important for information on rights, deadlines and legal consequences.

## De-escalation

- Keep a safe distance and a way out, for the other person too.
- Let one officer speak; the others do not interject.
- Introduce yourself, say who you are and why you are taking action.
- Name the emotion: “I can see you are upset. I want to understand what happened”.
- Offer choices within the law (“We can talk here or by the bench over there”).
- Many people have had bad experiences with the services in their country of origin (corruption, violence). Fear can look like resistance.
- A loud voice and lively gestures need not mean aggression. Judge behaviour and real danger, not the style of speaking.

## Gender and family roles without stereotypes

- Do not assume who “decides” in a family. Speak directly to the person the matter concerns, even if someone else speaks on their behalf.
- Make it possible to talk in private, especially when you suspect violence.
- Where possible, respect a request to talk to a person of the same sex. A body search is, as a rule, carried out by a person of the same sex.
- Culture does not justify violence and is no reason not to act. Domestic violence is a crime whatever the origin of those involved.
- Nor should you assume violence just because a family lives differently from yours. Rely on facts and on what the person themselves says.

## Key points

1. Ask about the language and the form of address.
2. Speak simply, slowly and concretely.
3. Check understanding with the “in your own words” method.
4. Treat knowledge about cultures as a hypothesis, not a verdict.
`,
      uk: `У Кракові живе, працює і навчається багато іноземців, а місто щороку відвідують мільйони туристів. Для посадовця і соціального працівника це означає щоденні розмови з людьми, які говорять іншою мовою, мають інший досвід взаємодії з державними установами і по-іншому сприймають жести чи тон голосу. Добра комунікація — це не ввічливість «понад програму»: це умова безпечного втручання, достовірних висновків і довіри до служб.

## Вербальна і невербальна комунікація

Зміст слів — лише частина повідомлення. Не менш важливі тон, темп, гучність, міміка, жести й дистанція.

- **Жести не універсальні.** Піднятий угору великий палець, знак «OK» чи підкликання пальцем у деяких країнах бувають образливими. Показуйте напрямок відкритою долонею, а не пальцем.
- **Зоровий контакт.** Уникання погляду може бути виявом поваги до людини в уніформі чи старшої особи, а не ознакою брехні. Не оцінюйте достовірність лише за мовою тіла.
- **Дистанція і дотик.** Тримайтеся приблизно на відстані витягнутої руки. Торкайтеся лише тоді, коли це необхідно, і попереджайте про це. Відмова потиснути руку (наприклад, особі іншої статі) зазвичай випливає з переконань, а не з неповаги.
- **Мовчання** може означати роздуми, повагу, страх або нерозуміння. Перепитайте, замість припускати.
- **Ввічлива форма звертання.** Звертайтеся на «Ви» (польською «proszę Pana», «proszę Pani»). Звертання до дорослого іноземця на «ти» сприймається як неповага, навіть якщо мало спростити розмову.

## Культурні виміри: мапа, а не вирок

Дослідники комунікації описують відмінності між культурами за допомогою кількох вимірів:

- **Низький і високий контекст** (Е. Т. Голл). В одних спільнотах говорять прямо, в інших важать форма, стосунки й те, що не сказано вголос. Відповідь «можливо» чи «спробую» буває ввічливою відмовою.
- **Дистанція влади** (Ґ. Гофстеде). Там, де вона велика, люди рідко перепитують посадовця і кивають, навіть коли не розуміють.
- **Індивідуалізм і колективізм.** У деяких родинах важливі рішення ухвалюють спільно, тож людина може хотіти порадитися з близькими.
- **Ставлення до часу.** Пунктуальність і «вирішення справи одразу» не всюди мають однаковий пріоритет.

Це тенденції, що описують групи, а не певні факти про конкретну людину. Ставтеся до них як до мапи, яка підказує запитання, а не готові відповіді.

## Стереотип і узагальнення

- **Стереотип** — це жорстке переконання, що «всі X такі», несприйнятливе до фактів. Воно веде до хибних рішень і до дискримінації.
- **Узагальнення** — це робоча гіпотеза («у деяких родинах рішення ухвалюють спільно»), яку ви перевіряєте і відкидаєте, коли вона не пасує до людини перед вами.
- Громадянство не каже, якою мовою людина розмовляє, яку має релігію чи погляди. Громадянин України може говорити українською або російською, людина з Індії — однією з багатьох мов. **Питайте про мову, не вгадуйте.**

## Активне слухання

- Дайте договорити і не перебивайте без потреби.
- Починайте з відкритих запитань («Що сталося?»), потім ставте уточнювальні.
- Перефразовуйте («Я розумію, що…») і підсумовуйте найважливіші висновки.
- Імена та прізвища записуйте точно так, як у документі, і запитайте, як звертатися до особи. Порядок імені й прізвища та транслітерація в різних країнах відрізняються.

## Проста мова

- Одне речення — одна інформація. Використовуйте активний стан і конкретні дієслова.
- Замінюйте жаргон звичайними словами: замість «прошу пред’явити документ, що посвідчує особу» скажіть «будь ласка, покажіть паспорт або інший документ із фотографією».
- Уникайте ідіом, скорочень, іронії та жартів.
- Говоріть повільніше, а не голосніше. Дати, суми й адреси запишіть на папері.

## Перевірка розуміння

Запитання «Ви розумієте?» майже завжди дає відповідь «так»: із ввічливості, сорому або страху. Натомість попросіть: «Будь ласка, скажіть своїми словами, що ви зараз зробите». Це метод *teach-back*. Він особливо важливий під час роз’яснення прав, строків і правових наслідків.

## Деескалація

- Подбайте про безпечну дистанцію і шлях виходу, також для співрозмовника.
- Нехай говорить один посадовець; інші не втручаються.
- Представтеся, скажіть, хто ви і навіщо проводите дію.
- Назвіть емоцію: «Бачу, що ви схвильовані. Я хочу зрозуміти, що сталося».
- Давайте вибір у межах закону («Можемо поговорити тут або біля лавки поруч»).
- Багато людей мають поганий досвід зі службами в країні походження (корупція, насильство). Страх може виглядати як опір.
- Гучний тон і жвава жестикуляція не обов’язково означають агресію. Оцінюйте поведінку і реальну загрозу, а не манеру говорити.

## Гендерні та родинні ролі без стереотипів

- Не припускайте, хто в родині «вирішує». Звертайтеся безпосередньо до особи, якої стосується справа, навіть якщо від її імені говорить хтось інший.
- Забезпечте можливість розмови наодинці, особливо коли підозрюєте насильство.
- Там, де можливо, враховуйте прохання про розмову з особою тієї самої статі. Особистий огляд, як правило, проводить особа тієї самої статі.
- Культура не виправдовує насильства і не є причиною не реагувати. Домашнє насильство — злочин незалежно від походження сторін.
- Не припускайте також насильства лише тому, що родина живе інакше, ніж ваша. Спирайтеся на факти і на те, що каже сама людина.

## Варто запам’ятати

1. Питайте про мову і форму звертання.
2. Говоріть просто, повільно і конкретно.
3. Перевіряйте розуміння методом «своїми словами».
4. Знання про культури вважайте гіпотезою, а не вироком.
`,
    },
  },
  {
    key: 'lekcja-tlumacz',
    title: { pl: 'Praca z tłumaczem', en: 'Working with an interpreter', uk: 'Робота з перекладачем' },
    minStudySeconds: 600,
    body: {
      pl: `Osoba, która nie rozumie, co się do niej mówi, nie może skorzystać ze swoich praw ani rzetelnie złożyć wyjaśnień. Błąd w tłumaczeniu może podważyć całe postępowanie. Dlatego pytanie „czy potrzebny jest tłumacz?” zadaj sobie na samym początku czynności.

## Kiedy tłumacz jest obowiązkowy

- **Podejrzany i oskarżony** (art. 72 kpk). Oskarżony, który nie włada w wystarczającym stopniu językiem polskim, ma prawo do **bezpłatnej** pomocy tłumacza. Tłumacza wzywa się do czynności z jego udziałem, a na wniosek także do porozumienia się z obrońcą. Postanowienie o przedstawieniu zarzutów, akt oskarżenia i niektóre orzeczenia doręcza się wraz z tłumaczeniem. Przepisy o oskarżonym stosuje się odpowiednio do podejrzanego.
- **Zatrzymany** (art. 244 kpk). Zatrzymanego trzeba natychmiast poinformować o przyczynach zatrzymania i o jego prawach, w tym o prawie do tłumacza, w zrozumiałym dla niego języku. Cudzoziemiec może zażądać kontaktu z urzędem konsularnym swojego państwa (Konwencja wiedeńska o stosunkach konsularnych, art. 36).
- **Świadek i pokrzywdzony** (art. 204 kpk). Tłumacza wzywa się do przesłuchania osoby niewładającej językiem polskim, do przełożenia pism oraz do zapoznania strony z treścią dowodu. Do tłumacza stosuje się odpowiednio przepisy o biegłych, w tym o wyłączeniu.
- **Postępowanie administracyjne** (art. 69 Kpa). Jeżeli trzeba przesłuchać stronę, świadka lub biegłego, którzy nie władają językiem polskim, organ powołuje tłumacza.
- **Wykroczenia i mandaty.** Sprawca musi zrozumieć, jakie wykroczenie mu się zarzuca, że może odmówić przyjęcia mandatu i jakie są skutki odmowy. Bez tego nie podejmie świadomej decyzji.

Wytyczne Komendanta Głównego Policji przewidują, że tłumacza wzywa się także wtedy, gdy sam policjant zna język osoby uczestniczącej w czynności. Funkcjonariusz nie może jednocześnie prowadzić czynności i tłumaczyć.

## Kto może tłumaczyć

- **Tłumacz przysięgły** jest wpisany na listę prowadzoną przez Ministra Sprawiedliwości. Poświadcza tłumaczenia, obowiązuje go tajemnica i co do zasady nie może odmówić tłumaczenia na żądanie sądu, prokuratora, Policji czy organu administracji.
- **Tłumacz powołany przez organ ad hoc**: osoba znająca dany język, zwłaszcza rzadki, powołana do konkretnej czynności, pouczona o obowiązkach i odpowiedzialności.
- **Tłumaczenie telefoniczne lub wideo**, gdy nikogo nie ma na miejscu. Sprawdź, czy połączenie jest poufne, przedstaw wszystkich uczestników i mów bliżej mikrofonu.

**Kto nie powinien tłumaczyć w sprawach urzędowych:**

- **dzieci**, nigdy, nawet „tylko na chwilę”;
- małżonek, partner, krewni, sąsiedzi, współlokatorzy;
- pracodawca, pośrednik, „opiekun”, zwłaszcza gdy podejrzewasz wyzysk;
- każdy, kto może być stroną, świadkiem lub sprawcą.

Tacy „tłumacze” mają własny interes, mogą wywierać presję, pomijać lub zmieniać słowa, a w sprawach przemocy domowej mogą zagrozić bezpieczeństwu osoby. Dziecko tłumaczące o przemocy czy chorobie rodzica doznaje krzywdy. W sytuacji zagrożenia życia możesz ustalić podstawowe fakty w dowolny sposób, ale czynności formalne prowadź z profesjonalnym tłumaczem.

**Automatyczne tłumacze** w telefonie nadają się tylko do prostych komunikatów przy pierwszym kontakcie („Czy jest Pan ranny?”). Nie używaj ich do pouczeń, przesłuchań i protokołów. Nie wpisuj do publicznych aplikacji danych osobowych ani informacji wrażliwych.

## Dobór tłumacza

- Ustal **język**, a nie kraj: w wielu państwach mówi się kilkoma językami lub dialektami (np. kurdyjski sorani i kurmandżi, dari i paszto).
- Zapytaj tłumacza, czy zna osobę lub strony sprawy; jeśli tak, poszukaj innego.
- W sprawach przemocy seksualnej zapytaj osobę, czy woli tłumacza określonej płci.

## Przed rozmową: krótka odprawa

Wyjaśnij tłumaczowi cel i charakter czynności, trudne pojęcia oraz zasady: tłumaczy wszystko, w pierwszej osobie, niczego nie dodaje i nie pomija, nie doradza, sygnalizuje niejasności i zachowuje poufność.

## W trakcie rozmowy

- **Usadzenie:** siedzisz twarzą do osoby, tłumacz z boku, tak by osoba patrzyła na ciebie, a nie na tłumacza.
- **Mów do osoby, nie do tłumacza:** „Proszę mi powiedzieć, co się stało”, a nie „Niech ją pan zapyta…”.
- **Krótkie fragmenty:** jedna do trzech zdań, potem pauza na przekład.
- Nie prowadź z tłumaczem rozmów na boku. Jeśli musicie coś wyjaśnić, powiedz osobie, czego to dotyczy.
- Sprawdzaj zrozumienie, prosząc o powtórzenie własnymi słowami.
- Nie pytaj tłumacza, czy osoba „mówi prawdę”, ani o „jej kulturę”. Tłumacz nie jest biegłym od wiarygodności.
- W protokole odnotuj dane tłumacza, język, formę tłumaczenia (na miejscu czy zdalnie) i to, że protokół odczytano w przekładzie.

## Po rozmowie

Podziękuj tłumaczowi i krótko omówcie przebieg. Tłumacze też bywają obciążeni trudnymi relacjami. Przypomnij o poufności.

## Poufność buduje zaufanie

Powiedz osobie na początku, że tłumacz zachowa w tajemnicy wszystko, co usłyszy. Dla kogoś, kto boi się własnej społeczności, sprawcy albo władz kraju pochodzenia, to często warunek szczerej rozmowy.
`,
      en: `A person who does not understand what is being said to them cannot exercise their rights or give a reliable statement. An error in interpretation can undermine the whole proceedings. That is why the question “is an interpreter needed?” should be asked at the very start of any official action.

## When an interpreter is mandatory

- **Suspect and accused** (Art. 72 of the Code of Criminal Procedure). An accused who does not have a sufficient command of Polish has the right to the **free** assistance of an interpreter. The interpreter is called to every procedural act the accused takes part in and, on request, also to the accused’s consultation with defence counsel. The decision to bring charges, the indictment and certain judgments are served together with a translation. The provisions on the accused apply accordingly to the suspect.
- **Detained person** (Art. 244 of the Code of Criminal Procedure). A detained person must be told immediately, in a language they understand, the reasons for the detention and their rights, including the right to an interpreter. A foreigner may demand contact with their country’s consular office (Vienna Convention on Consular Relations, Art. 36).
- **Witness and injured party** (Art. 204 of the Code of Criminal Procedure). An interpreter is called to interview a person who does not speak Polish, to translate documents and to acquaint a party with the content of evidence. The provisions on expert witnesses, including those on exclusion, apply to interpreters accordingly.
- **Administrative proceedings** (Art. 69 of the Code of Administrative Procedure). If a party, witness or expert who does not speak Polish must be heard, the authority appoints an interpreter.
- **Petty offences and fixed-penalty tickets.** The offender must understand what offence they are charged with, that they may refuse to accept the ticket and what the consequences of refusal are. Without this they cannot make an informed decision.

The guidelines of the Chief Commandant of the Police provide that an interpreter is called even when the police officer knows the language of the person taking part in the procedure. An officer cannot conduct the procedure and interpret at the same time.

## Who may interpret

- A **sworn translator** is entered on the list kept by the Minister of Justice. They certify translations, are bound by secrecy and, as a rule, may not refuse to translate when asked by a court, a prosecutor, the Police or an administrative authority.
- An **interpreter appointed ad hoc by the authority**: a person who knows the language, especially a rare one, appointed for a specific act and instructed about their duties and responsibility.
- **Telephone or video interpreting**, when no one is available on site. Check that the connection is confidential, introduce all participants and speak close to the microphone.

**Who should not interpret in official matters:**

- **children**, never, not even “just for a moment”;
- a spouse, partner, relatives, neighbours, flatmates;
- an employer, agent or “minder”, especially when you suspect exploitation;
- anyone who may be a party, witness or perpetrator.

Such “interpreters” have their own interests, may put pressure on the person, leave out or change words, and in domestic violence cases may endanger the person’s safety. A child interpreting about violence or a parent’s illness is harmed by it. When life is at risk you may establish the basic facts by any means, but conduct formal acts with a professional interpreter.

**Automatic translation apps** on a phone are suitable only for simple messages at first contact (“Are you injured?”). Do not use them for information on rights, interviews or records. Do not enter personal data or sensitive information into public apps.

## Choosing an interpreter

- Establish the **language**, not the country: many states have several languages or dialects (e.g. Kurdish Sorani and Kurmanji, Dari and Pashto).
- Ask the interpreter whether they know the person or the parties to the case; if they do, find someone else.
- In cases of sexual violence, ask the person whether they prefer an interpreter of a particular sex.

## Before the conversation: a short briefing

Explain to the interpreter the purpose and nature of the procedure, difficult terms and the rules: they interpret everything, in the first person, add nothing and leave nothing out, give no advice, flag anything unclear and keep everything confidential.

## During the conversation

- **Seating:** you sit facing the person, the interpreter to the side, so that the person looks at you, not at the interpreter.
- **Speak to the person, not to the interpreter:** “Please tell me what happened”, not “Ask her…”.
- **Short segments:** one to three sentences, then a pause for the interpretation.
- Do not hold side conversations with the interpreter. If you have to clarify something, tell the person what it is about.
- Check understanding by asking the person to repeat in their own words.
- Do not ask the interpreter whether the person “is telling the truth” or about “their culture”. The interpreter is not an expert on credibility.
- In the record, note the interpreter’s details, the language, the form of interpretation (on site or remote) and that the record was read out in translation.

## After the conversation

Thank the interpreter and briefly go over how it went. Interpreters are also affected by difficult accounts. Remind them of confidentiality.

## Confidentiality builds trust

Tell the person at the start that the interpreter will keep secret everything they hear. For someone who fears their own community, the perpetrator or the authorities of their country of origin, this is often a condition of an honest conversation.
`,
      uk: `Людина, яка не розуміє, що їй кажуть, не може скористатися своїми правами чи надати достовірні пояснення. Помилка в перекладі може поставити під сумнів усе провадження. Тому запитання «чи потрібен перекладач?» поставте собі на самому початку дії.

## Коли перекладач обов’язковий

- **Підозрюваний і обвинувачений** (ст. 72 КПК). Обвинувачений, який недостатньо володіє польською мовою, має право на **безоплатну** допомогу перекладача. Перекладача викликають на процесуальні дії за участю обвинуваченого, а на його клопотання — також для спілкування із захисником. Постанову про пред’явлення обвинувачення, обвинувальний акт і деякі судові рішення вручають разом із перекладом. Положення про обвинуваченого застосовуються відповідно до підозрюваного.
- **Затриманий** (ст. 244 КПК). Затриманого треба негайно повідомити зрозумілою йому мовою про причини затримання і про його права, зокрема про право на перекладача. Іноземець може вимагати зв’язку з консульською установою своєї держави (Віденська конвенція про консульські зносини, ст. 36).
- **Свідок і потерпілий** (ст. 204 КПК). Перекладача викликають для допиту особи, яка не володіє польською мовою, для перекладу документів і для ознайомлення сторони зі змістом доказу. До перекладача відповідно застосовуються положення про експертів, зокрема про відвід.
- **Адміністративне провадження** (ст. 69 Кодексу адміністративного провадження). Якщо треба заслухати сторону, свідка чи експерта, які не володіють польською мовою, орган призначає перекладача.
- **Проступки і мандати (штрафи на місці).** Порушник має зрозуміти, який проступок йому закидають, що він може відмовитися прийняти мандат і які наслідки відмови. Без цього він не ухвалить свідомого рішення.

Настанови Головного коменданта поліції передбачають, що перекладача викликають також тоді, коли сам поліцейський знає мову учасника дії. Посадовець не може одночасно проводити дію і перекладати.

## Хто може перекладати

- **Присяжний перекладач** внесений до списку, який веде міністр юстиції. Він засвідчує переклади, зобов’язаний зберігати таємницю і, як правило, не може відмовитися від перекладу на вимогу суду, прокурора, поліції чи органу адміністрації.
- **Перекладач, призначений органом ad hoc**: особа, яка знає певну мову, особливо рідкісну, призначена для конкретної дії та ознайомлена зі своїми обов’язками і відповідальністю.
- **Переклад телефоном або відеозв’язком**, коли на місці нікого немає. Перевірте, чи з’єднання конфіденційне, представте всіх учасників і говоріть ближче до мікрофона.

**Хто не повинен перекладати в офіційних справах:**

- **діти** — ніколи, навіть «лише на хвилинку»;
- чоловік чи дружина, партнер, родичі, сусіди, співмешканці;
- роботодавець, посередник, «опікун», особливо коли ви підозрюєте експлуатацію;
- будь-хто, хто може бути стороною, свідком або кривдником.

Такі «перекладачі» мають власний інтерес, можуть чинити тиск, пропускати або змінювати слова, а у справах про домашнє насильство — загрожувати безпеці особи. Дитина, яка перекладає про насильство чи хворобу батьків, зазнає шкоди. У ситуації загрози життю можна з’ясувати основні факти будь-яким способом, але формальні дії проводьте з професійним перекладачем.

**Автоматичні перекладачі** в телефоні придатні лише для простих повідомлень під час першого контакту («Ви поранені?»). Не використовуйте їх для роз’яснення прав, допитів і протоколів. Не вводьте в публічні застосунки персональних даних чи чутливої інформації.

## Добір перекладача

- З’ясуйте **мову**, а не країну: у багатьох державах говорять кількома мовами чи діалектами (наприклад, курдська сорані і курманджі, дарі і пушту).
- Запитайте перекладача, чи він знає особу або сторони справи; якщо так, пошукайте іншого.
- У справах про сексуальне насильство запитайте особу, чи вона хоче перекладача певної статі.

## Перед розмовою: короткий інструктаж

Поясніть перекладачеві мету і характер дії, складні поняття та правила: він перекладає все, від першої особи, нічого не додає і не пропускає, не радить, сигналізує про неясності й зберігає конфіденційність.

## Під час розмови

- **Розміщення:** ви сидите обличчям до особи, перекладач — збоку, щоб особа дивилася на вас, а не на перекладача.
- **Говоріть до особи, а не до перекладача:** «Будь ласка, розкажіть мені, що сталося», а не «Нехай пан її запитає…».
- **Короткі фрагменти:** одне–три речення, потім пауза на переклад.
- Не ведіть із перекладачем розмов осторонь. Якщо вам треба щось з’ясувати, скажіть особі, чого це стосується.
- Перевіряйте розуміння, просячи повторити своїми словами.
- Не питайте перекладача, чи особа «каже правду», ані про «її культуру». Перекладач не є експертом з достовірності.
- У протоколі зазначте дані перекладача, мову, форму перекладу (на місці чи дистанційно) і те, що протокол зачитано в перекладі.

## Після розмови

Подякуйте перекладачеві й коротко обговоріть перебіг розмови. Перекладачів теж обтяжують важкі розповіді. Нагадайте про конфіденційність.

## Конфіденційність будує довіру

Скажіть особі на початку, що перекладач збереже в таємниці все, що почує. Для того, хто боїться власної спільноти, кривдника чи влади країни походження, це часто умова відвертої розмови.
`,
    },
  },
  {
    key: 'lekcja-antydyskryminacja',
    title: {
      pl: 'Antydyskryminacja i reagowanie na przestępstwa z nienawiści',
      en: 'Anti-discrimination and responding to hate crime',
      uk: 'Антидискримінація і реагування на злочини на ґрунті ненависті',
    },
    minStudySeconds: 600,
    body: {
      pl: `Równe traktowanie to nie tylko zasada etyczna, ale obowiązek prawny każdego funkcjonariusza publicznego. Przestępstwa z nienawiści uderzają nie tylko w ofiarę, ale w całą społeczność, która zaczyna się bać. Sposób, w jaki służby zareagują na pierwsze zgłoszenie, decyduje o tym, czy ludzie będą dalej zgłaszać przestępstwa.

## Podstawy prawne

- **Konstytucja RP, art. 32.** Wszyscy są wobec prawa równi i mają prawo do równego traktowania przez władze publiczne. Nikt nie może być dyskryminowany w życiu politycznym, społecznym lub gospodarczym z jakiejkolwiek przyczyny. Z wolności i praw konstytucyjnych korzysta każdy, kto znajduje się pod władzą Rzeczypospolitej; wyjątki dotyczące cudzoziemców może wprowadzić tylko ustawa (art. 37).
- **Kodeks karny, art. 119.** Przemoc lub groźba bezprawna wobec grupy osób lub poszczególnej osoby z powodu jej przynależności narodowej, etnicznej, rasowej, politycznej, wyznaniowej lub z powodu bezwyznaniowości, a także nawoływanie do takiego przestępstwa.
- **Art. 256 kk.** Między innymi publiczne propagowanie faszystowskiego lub innego totalitarnego ustroju państwa oraz publiczne nawoływanie do nienawiści na tle różnic narodowościowych, etnicznych, rasowych, wyznaniowych albo ze względu na bezwyznaniowość.
- **Art. 257 kk.** Publiczne znieważenie grupy ludności albo osoby z powodu jej przynależności narodowej, etnicznej, rasowej, wyznaniowej lub bezwyznaniowości, a także naruszenie z tych powodów jej nietykalności cielesnej.

Te przestępstwa są ścigane **z urzędu**. Tymczasem zwykłe znieważenie (art. 216 kk) i naruszenie nietykalności cielesnej (art. 217 kk) są ścigane z oskarżenia prywatnego. Dlatego rozpoznanie motywu decyduje o tym, czy państwo w ogóle podejmie ściganie. **Nie odsyłaj pokrzywdzonego „do sądu z prywatnym aktem oskarżenia”**, jeśli są sygnały motywu uprzedzeń.

Katalog cech chronionych w tych przepisach jest zamknięty: nie obejmuje np. niepełnosprawności, orientacji seksualnej czy tożsamości płciowej. Trwały prace legislacyjne nad jego rozszerzeniem, więc **sprawdź aktualny stan prawny**. Motyw uprzedzeń odnotuj zawsze, bo sąd bierze motywację sprawcy pod uwagę przy wymiarze kary (art. 53 kk).

## Czym jest przestępstwo z nienawiści

Według OBWE (ODIHR) to przestępstwo popełnione z powodu uprzedzenia wobec cechy ofiary, np. pochodzenia, koloru skóry czy religii. Liczy się motyw sprawcy, a nie to, czy ofiara naprawdę ma daną cechę: atak na kogoś, kogo sprawca błędnie uznał za muzułmanina, jest przestępstwem z nienawiści.

## Wskaźniki uprzedzenia

Wskaźniki niczego nie przesądzają, ale zobowiązują do zbadania motywu:

- jak zdarzenie odbiera pokrzywdzony i świadkowie;
- słowa, okrzyki, gesty, symbole, tatuaże lub graffiti sprawcy;
- różnica pochodzenia lub wyznania stron przy braku innego motywu (np. rabunkowego);
- miejsce i czas: świątynia, cmentarz, lokal prowadzony przez cudzoziemców, święto religijne, rocznica;
- wcześniejsze incydenty wobec tej samej osoby, miejsca lub społeczności;
- związki sprawcy z grupami propagującymi nienawiść.

Nietrzeźwość sprawcy ani to, że zaczęło się od „zwykłej kłótni”, nie wykluczają motywu uprzedzeń.

## Dokumentowanie na miejscu zdarzenia

1. Zapewnij bezpieczeństwo i, w razie potrzeby, pomoc medyczną.
2. Zapisz **dosłownie** słowa sprawcy, także wulgarne. Nie „obrażał”, tylko dokładny cytat.
3. Ustal świadków i zabezpiecz nagrania (monitoring pojazdu, sklepu, telefony świadków), zanim zostaną nadpisane.
4. W notatce opisz wskaźniki uprzedzenia i to, jak zdarzenie postrzega pokrzywdzony.
5. Przekaż sprawę zgodnie z procedurą swojej formacji. W Policji wsparcia udzielają m.in. pełnomocnicy komendantów wojewódzkich do spraw ochrony praw człowieka.

## Wsparcie pokrzywdzonego, bez wtórnej wiktymizacji

Wtórna wiktymizacja to dodatkowa krzywda wyrządzona przez instytucje: niedowierzanie, obwinianie, bagatelizowanie, wielokrotne przesłuchania.

- Nie bagatelizuj („to tylko słowa”, „nie warto tego zgłaszać”).
- Nie obwiniaj (ubiór, język, „prowokowanie”).
- Zawiadomienie o przestępstwie przyjmuje się od każdego, bez względu na obywatelstwo i status pobytowy.
- Zapewnij tłumacza i pouczenie o prawach pokrzywdzonego w zrozumiałym języku.
- Rozmawiaj w warunkach zapewniających prywatność i ogranicz powtarzanie relacji.
- Przekaż informacje o wsparciu: ośrodki pomocy pokrzywdzonym przestępstwem, organizacje pozarządowe, pomoc psychologiczna, Rzecznik Praw Obywatelskich.

Dyrektywa 2012/29/UE o prawach ofiar przestępstw wymaga indywidualnej oceny potrzeb ofiary. Ofiary przestępstw z nienawiści należą do grup szczególnie narażonych.

## Profilowanie a uzasadnione podejrzenie

**Profilowanie etniczne** to podejmowanie czynności (legitymowanie, kontrola, przeszukanie) wobec osoby z powodu jej wyglądu, koloru skóry, języka, pochodzenia lub religii, bez obiektywnego uzasadnienia. Jest sprzeczne z zakazem dyskryminacji i ze standardami międzynarodowymi (m.in. zalecenie ogólne nr 11 ECRI, zalecenie ogólne nr 36 Komitetu ONZ do spraw Likwidacji Dyskryminacji Rasowej). W sprawie *Basu przeciwko Niemcom* (2022) Europejski Trybunał Praw Człowieka stwierdził naruszenie Konwencji, bo zarzutu profilowania przy kontroli w pociągu nie zbadano skutecznie.

Podstawą czynności może być natomiast:

- konkretne zachowanie osoby (np. to, co widzisz i co możesz opisać w notatce);
- rysopis konkretnego poszukiwanego sprawcy: wygląd może być jego elementem, jeśli opisuje tę jedną osobę, a nie całą grupę;
- informacje dotyczące konkretnej osoby lub zdarzenia.

Pytanie kontrolne: **„Czy podjąłbym tę samą czynność wobec osoby o innym wyglądzie, która zachowuje się tak samo?”** Jeśli nie, podstawą jest uprzedzenie, a nie podejrzenie.

Dobra praktyka: przedstaw się, podaj podstawę prawną i przyczynę czynności, zachowaj uprzejmość i rzetelnie ją udokumentuj. Profilowanie jest nie tylko niezgodne z prawem, ale też nieskuteczne: rozprasza uwagę od rzeczywistych sygnałów i niszczy zaufanie społeczności, od której zależy wykrywalność przestępstw.
`,
      en: `Equal treatment is not only an ethical principle but a legal duty of every public official. Hate crimes strike not only the victim but the whole community, which begins to live in fear. How the services respond to the first report decides whether people will go on reporting crimes.

## Legal basis

- **Constitution of the Republic of Poland, Art. 32.** All persons are equal before the law and have the right to equal treatment by public authorities. No one may be discriminated against in political, social or economic life for any reason. Everyone under the authority of the Republic of Poland enjoys the constitutional freedoms and rights; exceptions concerning foreigners may be introduced only by statute (Art. 37).
- **Criminal Code, Art. 119.** Violence or an unlawful threat against a group of people or an individual because of their national, ethnic, racial, political or religious affiliation or lack of religious belief, and inciting such an offence.
- **Art. 256 of the Criminal Code.** Among other things, publicly promoting a fascist or other totalitarian system of state and publicly inciting hatred based on national, ethnic, racial or religious differences or on lack of religious belief.
- **Art. 257 of the Criminal Code.** Publicly insulting a group of people or an individual because of their national, ethnic, racial or religious affiliation or lack of religious belief, and violating their bodily integrity for these reasons.

These offences are prosecuted **ex officio**. An ordinary insult (Art. 216 of the Criminal Code) and violation of bodily integrity (Art. 217 of the Criminal Code), by contrast, are prosecuted privately. That is why recognising the motive decides whether the state will prosecute at all. **Do not send the injured party off “to court with a private indictment”** if there are signs of a bias motive.

The list of protected characteristics in these provisions is closed: it does not cover, for example, disability, sexual orientation or gender identity. Legislative work on extending it has been under way, so **check the current state of the law**. Always record a bias motive, because the court takes the perpetrator’s motivation into account when sentencing (Art. 53 of the Criminal Code).

## What a hate crime is

According to the OSCE (ODIHR), it is a crime committed because of bias against a characteristic of the victim, e.g. origin, skin colour or religion. What counts is the perpetrator’s motive, not whether the victim really has that characteristic: an attack on someone the perpetrator wrongly took for a Muslim is a hate crime.

## Bias indicators

Indicators do not settle anything, but they oblige you to investigate the motive:

- how the injured party and witnesses perceive the incident;
- the perpetrator’s words, shouts, gestures, symbols, tattoos or graffiti;
- a difference in origin or religion between the parties with no other motive (e.g. robbery);
- place and time: a place of worship, a cemetery, premises run by foreigners, a religious holiday, an anniversary;
- earlier incidents against the same person, place or community;
- the perpetrator’s links to groups that promote hatred.

Neither the perpetrator’s intoxication nor the fact that it began as an “ordinary quarrel” rules out a bias motive.

## Documenting at the scene

1. Ensure safety and, if needed, medical help.
2. Write down the perpetrator’s words **verbatim**, including obscenities. Not “he was insulting”, but the exact quotation.
3. Identify witnesses and secure recordings (vehicle or shop CCTV, witnesses’ phones) before they are overwritten.
4. In your report, describe the bias indicators and how the injured party perceives the incident.
5. Pass the case on according to your service’s procedure. In the Police, support is given among others by the voivodeship police commanders’ plenipotentiaries for the protection of human rights.

## Supporting the injured party, without secondary victimisation

Secondary victimisation is additional harm done by institutions: disbelief, blame, playing things down, repeated interviews.

- Do not play it down (“it’s only words”, “it’s not worth reporting”).
- Do not blame (clothing, language, “provoking”).
- A crime report is accepted from anyone, regardless of citizenship and residence status.
- Provide an interpreter and information on the injured party’s rights in a language they understand.
- Talk in conditions that ensure privacy and limit how often the account has to be repeated.
- Give information about support: centres for victims of crime, non-governmental organisations, psychological help, the Commissioner for Human Rights.

Directive 2012/29/EU on the rights of victims of crime requires an individual assessment of the victim’s needs. Victims of hate crime are among the groups that are particularly vulnerable.

## Profiling and reasonable suspicion

**Ethnic profiling** means taking action (an identity check, a search, a body search) against a person because of their appearance, skin colour, language, origin or religion, without objective justification. It is contrary to the prohibition of discrimination and to international standards (among others ECRI General Policy Recommendation No. 11 and General Recommendation No. 36 of the UN Committee on the Elimination of Racial Discrimination). In *Basu v. Germany* (2022) the European Court of Human Rights found a violation of the Convention because a complaint of profiling during a check on a train had not been effectively investigated.

Action may, however, be based on:

- a person’s specific behaviour (e.g. what you see and can describe in your report);
- the description of a specific wanted offender: appearance may be part of it if it describes that one person, not a whole group;
- information concerning a specific person or incident.

The test question: **“Would I take the same action towards a person of different appearance who behaves in the same way?”** If not, the basis is bias, not suspicion.

Good practice: introduce yourself, give the legal basis and the reason for the action, stay courteous and document it properly. Profiling is not only unlawful but also ineffective: it distracts attention from real signals and destroys the trust of the community on which solving crimes depends.
`,
      uk: `Рівне ставлення — це не лише етичний принцип, а й правовий обов’язок кожного публічного посадовця. Злочини на ґрунті ненависті вражають не тільки жертву, а й усю спільноту, яка починає боятися. Те, як служби відреагують на перше повідомлення, визначає, чи люди й надалі повідомлятимуть про злочини.

## Правові підстави

- **Конституція Республіки Польща, ст. 32.** Усі рівні перед законом і мають право на рівне ставлення з боку органів публічної влади. Ніхто не може бути дискримінований у політичному, суспільному чи економічному житті з будь-якої причини. Конституційними свободами і правами користується кожен, хто перебуває під владою Республіки Польща; винятки щодо іноземців може встановити лише закон (ст. 37).
- **Кримінальний кодекс, ст. 119.** Насильство або протиправна погроза щодо групи осіб чи окремої особи через її національну, етнічну, расову, політичну, релігійну приналежність або через відсутність віросповідання, а також заклики до такого злочину.
- **Ст. 256 КК.** Зокрема публічна пропаганда фашистського чи іншого тоталітарного державного устрою та публічні заклики до ненависті на ґрунті національних, етнічних, расових, релігійних відмінностей або через відсутність віросповідання.
- **Ст. 257 КК.** Публічна образа групи населення чи окремої особи через її національну, етнічну, расову, релігійну приналежність або відсутність віросповідання, а також порушення з цих причин її тілесної недоторканності.

Ці злочини переслідуються **в порядку публічного обвинувачення**. Натомість звичайна образа (ст. 216 КК) і порушення тілесної недоторканності (ст. 217 КК) переслідуються в порядку приватного обвинувачення. Тому саме розпізнання мотиву визначає, чи держава взагалі розпочне переслідування. **Не відсилайте потерпілого «до суду з приватним обвинуваченням»**, якщо є ознаки мотиву упередженості.

Перелік захищених ознак у цих положеннях вичерпний: він не охоплює, наприклад, інвалідності, сексуальної орієнтації чи гендерної ідентичності. Тривала законодавча робота над його розширенням, тож **перевірте чинний стан законодавства**. Мотив упередженості фіксуйте завжди, бо суд ураховує мотивацію кривдника під час призначення покарання (ст. 53 КК).

## Що таке злочин на ґрунті ненависті

За визначенням ОБСЄ (БДІПЛ), це злочин, учинений через упередження щодо певної ознаки жертви, наприклад походження, кольору шкіри чи релігії. Важить мотив кривдника, а не те, чи жертва справді має цю ознаку: напад на людину, яку кривдник помилково вважав мусульманином, є злочином на ґрунті ненависті.

## Індикатори упередженості

Індикатори нічого не вирішують, але зобов’язують з’ясувати мотив:

- як подію сприймають потерпілий і свідки;
- слова, вигуки, жести, символи, татуювання чи графіті кривдника;
- різне походження чи віросповідання сторін за відсутності іншого мотиву (наприклад, корисливого);
- місце і час: храм, кладовище, заклад, який ведуть іноземці, релігійне свято, річниця;
- попередні інциденти щодо тієї самої особи, місця чи спільноти;
- зв’язки кривдника з групами, що пропагують ненависть.

Ні сп’яніння кривдника, ні те, що все почалося зі «звичайної сварки», не виключають мотиву упередженості.

## Документування на місці події

1. Забезпечте безпеку і, за потреби, медичну допомогу.
2. Запишіть слова кривдника **дослівно**, також нецензурні. Не «ображав», а точна цитата.
3. Установіть свідків і забезпечте записи (камери транспорту, магазину, телефони свідків), доки їх не перезаписано.
4. У службовій записці опишіть індикатори упередженості та те, як подію сприймає потерпілий.
5. Передайте справу відповідно до процедури вашої служби. У поліції підтримку надають, зокрема, уповноважені воєводських комендантів з питань захисту прав людини.

## Підтримка потерпілого без вторинної віктимізації

Вторинна віктимізація — це додаткова шкода, якої завдають установи: недовіра, звинувачення, применшення, багаторазові допити.

- Не применшуйте («це лише слова», «не варто про це повідомляти»).
- Не звинувачуйте (одяг, мова, «провокування»).
- Повідомлення про злочин приймають від кожного, незалежно від громадянства і статусу перебування.
- Забезпечте перекладача і роз’яснення прав потерпілого зрозумілою мовою.
- Розмовляйте в умовах, що забезпечують приватність, і обмежте повторення розповіді.
- Надайте інформацію про підтримку: центри допомоги потерпілим від злочинів, громадські організації, психологічна допомога, Уповноважений з прав людини (Омбудсман).

Директива 2012/29/ЄС про права жертв злочинів вимагає індивідуальної оцінки потреб жертви. Жертви злочинів на ґрунті ненависті належать до особливо вразливих груп.

## Профілювання й обґрунтована підозра

**Етнічне профілювання** — це вчинення дій (перевірка документів, контроль, обшук) щодо особи через її зовнішність, колір шкіри, мову, походження чи релігію, без об’єктивного обґрунтування. Воно суперечить забороні дискримінації та міжнародним стандартам (зокрема Загальній рекомендації № 11 ЄКРН і Загальній рекомендації № 36 Комітету ООН з ліквідації расової дискримінації). У справі *«Басу проти Німеччини»* (2022) Європейський суд з прав людини встановив порушення Конвенції, бо скаргу на профілювання під час перевірки в поїзді не було ефективно розслідувано.

Підставою для дії може бути натомість:

- конкретна поведінка особи (наприклад, те, що ви бачите і можете описати в записці);
- прикмети конкретного розшукуваного кривдника: зовнішність може бути їх частиною, якщо описує саме цю одну особу, а не цілу групу;
- інформація, що стосується конкретної особи чи події.

Контрольне запитання: **«Чи вчинив би я так само щодо особи іншої зовнішності, яка поводиться так само?»** Якщо ні, підставою є упередження, а не підозра.

Добра практика: представтеся, назвіть правову підставу і причину дії, будьте ввічливі й належно її задокументуйте. Профілювання не тільки незаконне, а й неефективне: воно відволікає увагу від справжніх сигналів і руйнує довіру спільноти, від якої залежить розкриття злочинів.
`,
    },
  },
  {
    key: 'lekcja-status-prawny',
    title: {
      pl: 'Prawa człowieka i status prawny cudzoziemców',
      en: 'Human rights and the legal status of foreigners',
      uk: 'Права людини і правовий статус іноземців',
    },
    minStudySeconds: 720,
    media: [
      { url: 'https://www.gov.pl/web/udsc', title: 'Urząd do Spraw Cudzoziemców (gov.pl)' },
      { url: 'https://www.strazgraniczna.pl', title: 'Straż Graniczna' },
    ],
    body: {
      pl: `Funkcjonariusz nie musi być specjalistą od prawa migracyjnego, ale musi znać prawa każdego człowieka, podstawowe formy legalnego pobytu i wiedzieć, do kogo skierować sprawę. **Przepisy o cudzoziemcach często się zmieniają: przed decyzją sprawdź aktualny stan prawny** (gov.pl, strona UdSC, wytyczne przełożonych).

## Prawa człowieka przysługują każdemu

Europejska Konwencja Praw Człowieka (EKPC) chroni każdego pod jurysdykcją Polski, bez względu na obywatelstwo i status pobytowy.

- **Art. 3**: bezwzględny zakaz tortur oraz nieludzkiego lub poniżającego traktowania albo karania, bez wyjątków, także w stanie nadzwyczajnym. Zakazuje też wydania osoby tam, gdzie grozi jej takie traktowanie.
- **Art. 5**: prawo do wolności i bezpieczeństwa osobistego. Pozbawienie wolności, także cudzoziemca (np. by zapobiec nielegalnemu wjazdowi lub w związku z wydaleniem), musi mieć podstawę prawną i być proporcjonalne. Osoba musi w zrozumiałym języku poznać jego przyczyny i mieć możliwość odwołania się do sądu.
- **Art. 8**: prawo do poszanowania życia prywatnego i rodzinnego; ingerencja (np. rozdzielenie rodziny) musi mieć podstawę prawną i być konieczna.
- **Protokół nr 4 do EKPC** zakazuje zbiorowego wydalania cudzoziemców.

## Zasada non-refoulement

Konwencja genewska dotycząca statusu uchodźców (art. 33) oraz art. 3 EKPC zakazują odesłania osoby do państwa, w którym grozi jej prześladowanie, tortury lub nieludzkie traktowanie. Gdy ktoś mówi „boję się wracać” albo „potrzebuję ochrony”, **nie oceniasz na miejscu, czy ma rację**, tylko przekazujesz sprawę do właściwej procedury.

## Najważniejsze ustawy

- Ustawa z 12 grudnia 2013 r. o cudzoziemcach: wjazd, wizy, pobyt, zobowiązanie do powrotu.
- Ustawa z 13 czerwca 2003 r. o udzielaniu cudzoziemcom ochrony na terytorium Rzeczypospolitej Polskiej: ochrona międzynarodowa, azyl, ochrona czasowa.
- Ustawa z 12 marca 2022 r. o pomocy obywatelom Ukrainy w związku z konfliktem zbrojnym na terytorium tego państwa (tzw. specustawa) i jej nowelizacje.

## Podstawy pobytu w skrócie

- **Ruch bezwizowy**: obywatele części państw (np. Ukrainy z paszportem biometrycznym) mogą przebywać w strefie Schengen do 90 dni w każdym okresie 180 dni.
- **Wiza Schengen (C)**: pobyt krótkoterminowy w tym samym limicie. **Wiza krajowa (D)**: pobyt dłuższy niż 90 dni.
- **Zezwolenie na pobyt czasowy**: co do zasady do 3 lat, w konkretnym celu (praca, studia, rodzina).
- **Zezwolenie na pobyt stały**: bezterminowe, dla osób spełniających warunki ustawy (np. osób polskiego pochodzenia, posiadaczy Karty Polaka, niektórych małżonków obywateli polskich).
- **Zezwolenie na pobyt rezydenta długoterminowego UE**: bezterminowe, co do zasady po 5 latach legalnego i nieprzerwanego pobytu, przy stabilnym dochodzie, ubezpieczeniu zdrowotnym i potwierdzonej znajomości języka polskiego.

## Dokumenty

- **Paszport** z wizą albo w ruchu bezwizowym.
- **Karta pobytu** potwierdza tożsamość i zezwolenie na pobyt albo udzieloną ochronę; z paszportem pozwala przekraczać granicę bez wizy.
- **Tymczasowe zaświadczenie tożsamości cudzoziemca** otrzymują osoby ubiegające się o ochronę międzynarodową.
- Kto w czasie legalnego pobytu złożył wniosek o zezwolenie, co do zasady przebywa legalnie do czasu decyzji; forma potwierdzenia wniosku zmieniała się wraz z cyfryzacją.
- **Karta Polaka nie jest dokumentem pobytowym.**

Od jesieni 2025 r. na granicach zewnętrznych strefy Schengen wdrażano unijny system wjazdu/wyjazdu (EES), który zastępuje stemple w paszportach. Brak stempla nie oznacza więc nielegalnego pobytu; w razie wątpliwości legalność pobytu weryfikuje Straż Graniczna.

## Kto za co odpowiada

- **Wojewoda** (w Krakowie: Małopolski Urząd Wojewódzki) udziela zezwoleń na pobyt czasowy, stały i rezydenta długoterminowego UE oraz wydaje karty pobytu.
- **Szef Urzędu do Spraw Cudzoziemców** jest organem odwoławczym w sprawach pobytowych, w pierwszej instancji rozpatruje wnioski o ochronę międzynarodową i prowadzi ośrodki dla cudzoziemców ubiegających się o ochronę.
- **Rada do Spraw Uchodźców** rozpatruje odwołania w sprawach ochrony międzynarodowej.
- **Straż Graniczna** prowadzi kontrolę graniczną, przyjmuje wnioski o ochronę międzynarodową, kontroluje legalność pobytu i zatrudnienia, wydaje decyzje o zobowiązaniu do powrotu. O umieszczeniu w strzeżonym ośrodku decyduje sąd.
- **Policja** i **Straż Miejska** chronią porządek publiczny; nie rozstrzygają o legalności pobytu, a w razie wątpliwości współpracują ze Strażą Graniczną.
- **MOPS** udziela pomocy społecznej cudzoziemcom uprawnionym na mocy ustawy o pomocy społecznej i wspiera integrację osób objętych ochroną międzynarodową.

## Ochrona międzynarodowa

- Wniosek składa się **za pośrednictwem komendanta placówki Straży Granicznej**, na granicy (także na lotnisku) albo w głębi kraju. Rozpatruje go Szef UdSC.
- Chęć ubiegania się o ochronę można wyrazić w dowolnym języku i formie; nie ma „magicznej formuły”.
- **Status uchodźcy** dotyczy osoby, która ma uzasadnioną obawę przed prześladowaniem z powodu rasy, religii, narodowości, poglądów politycznych lub przynależności do określonej grupy społecznej. **Ochrona uzupełniająca** dotyczy osoby, której grozi rzeczywiste ryzyko poważnej krzywdy (np. kary śmierci, tortur, zagrożenia w związku z konfliktem zbrojnym).
- Od 2025 r. ustawa pozwala czasowo ograniczyć prawo do złożenia wniosku na odcinku granicy w razie instrumentalizacji migracji. Ograniczenie wprowadzono na granicy z Białorusią, z wyjątkami m.in. dla małoletnich bez opieki, kobiet w ciąży, osób wymagających szczególnego traktowania i osób, którym grozi rzeczywiste ryzyko poważnej krzywdy. Jest przedłużane rozporządzeniami: **sprawdź aktualny stan prawny**.
- W 2026 r. zaczęły być stosowane przepisy unijnego Paktu o migracji i azylu, zmieniające procedury azylowe. Kieruj się aktualnymi wytycznymi.

## Obywatele Ukrainy

- Specustawa z 2022 r. uznawała za legalny pobyt obywateli Ukrainy, którzy przybyli w związku z wojną; potwierdzał go numer PESEL ze statusem **UKR**.
- Ustawę wielokrotnie nowelizowano: przedłużano legalność pobytu, zmieniano warunki świadczeń, wprowadzono zezwolenie na pobyt czasowy dla osób ze statusem UKR (tzw. karta pobytu CUKR).
- W 2026 r. weszła w życie ustawa wygaszająca rozwiązania specustawy. Część z nich, m.in. ochronę czasową i PESEL ze statusem UKR, przeniesiono do ustawy o udzielaniu cudzoziemcom ochrony, a część uprawnień ograniczono. Unijną ochronę czasową przedłużono do 4 marca 2027 r.
- Szczegóły (terminy, warunki zachowania statusu, świadczenia) wciąż się zmieniają. **Sprawdź aktualny stan prawny**, nie udzielaj wiążących porad, kieruj do UdSC, urzędu wojewódzkiego lub organizacji pomocowych.
`,
      en: `An officer does not have to be a migration-law specialist, but must know the rights of every human being and the basic forms of legal stay, and know where to refer a case. **The law on foreigners changes often: check the current state of the law before you decide** (gov.pl, the website of the Office for Foreigners, your superiors’ guidelines).

## Human rights belong to everyone

The European Convention on Human Rights (ECHR) protects everyone within Poland’s jurisdiction, whatever their citizenship or residence status.

- **Art. 3**: an absolute prohibition of torture and of inhuman or degrading treatment or punishment, with no exceptions, even in a state of emergency. It also prohibits handing a person over to a place where they face such treatment.
- **Art. 5**: the right to liberty and security of person. Deprivation of liberty, including of a foreigner (e.g. to prevent unauthorised entry or with a view to expulsion), must have a legal basis and be proportionate. The person must be told the reasons in a language they understand and be able to challenge it before a court.
- **Art. 8**: the right to respect for private and family life; any interference (e.g. separating a family) must have a legal basis and be necessary.
- **Protocol No. 4 to the ECHR** prohibits the collective expulsion of aliens.

## The principle of non-refoulement

The Geneva Convention relating to the Status of Refugees (Art. 33) and Art. 3 ECHR prohibit sending a person to a state where they face persecution, torture or inhuman treatment. When someone says “I am afraid to go back” or “I need protection”, **you do not judge on the spot whether they are right**; you refer the case to the proper procedure.

## The main statutes

- The Act of 12 December 2013 on Foreigners: entry, visas, stay, return decisions.
- The Act of 13 June 2003 on Granting Protection to Foreigners within the Territory of the Republic of Poland: international protection, asylum, temporary protection.
- The Act of 12 March 2022 on Assistance to Citizens of Ukraine in Connection with the Armed Conflict on the Territory of that State (the so-called special act) and its amendments.

## Grounds of stay in brief

- **Visa-free travel**: citizens of some countries (e.g. Ukraine, with a biometric passport) may stay in the Schengen area for up to 90 days in any 180-day period.
- **Schengen visa (C)**: a short stay within the same limit. **National visa (D)**: a stay longer than 90 days.
- **Temporary residence permit**: as a rule for up to 3 years, for a specific purpose (work, studies, family).
- **Permanent residence permit**: indefinite, for people who meet the statutory conditions (e.g. people of Polish descent, holders of the Pole’s Card, some spouses of Polish citizens).
- **EU long-term resident permit**: indefinite, as a rule after 5 years of legal and uninterrupted stay, with a stable income, health insurance and proven knowledge of Polish.

## Documents

- A **passport** with a visa or under visa-free travel.
- A **residence card** (karta pobytu) confirms identity and a residence permit or protection granted; together with a passport it allows crossing the border without a visa.
- A **temporary foreigner’s identity certificate** is issued to people applying for international protection.
- Someone who applied for a permit during a legal stay as a rule stays legally until the decision; the form of confirmation of the application has changed with digitisation.
- **The Pole’s Card (Karta Polaka) is not a residence document.**

From autumn 2025 the EU Entry/Exit System (EES), which replaces passport stamps, was being introduced at the Schengen external borders. A missing stamp therefore does not mean unlawful stay; when in doubt, the Border Guard verifies the legality of stay.

## Who is responsible for what

- The **voivode** (in Kraków: the Małopolska Voivodeship Office) grants temporary, permanent and EU long-term resident permits and issues residence cards.
- The **Head of the Office for Foreigners** is the appeal authority in residence matters, decides at first instance on applications for international protection and runs the centres for foreigners applying for protection.
- The **Refugee Board** hears appeals in international protection cases.
- The **Border Guard** carries out border checks, receives applications for international protection, checks the legality of stay and employment and issues return decisions. Placement in a guarded centre is decided by a court.
- The **Police** and the **Municipal Guard** protect public order; they do not decide on the legality of stay and, when in doubt, work with the Border Guard.
- **MOPS** (the Municipal Social Welfare Centre) provides social assistance to foreigners entitled to it under the Social Assistance Act and supports the integration of people granted international protection.

## International protection

- The application is lodged **through the commander of a Border Guard post**, at the border (including at an airport) or inland. It is decided by the Head of the Office for Foreigners.
- The wish to apply for protection may be expressed in any language and form; there is no “magic formula”.
- **Refugee status** concerns a person with a well-founded fear of persecution for reasons of race, religion, nationality, political opinion or membership of a particular social group. **Subsidiary protection** concerns a person who faces a real risk of serious harm (e.g. the death penalty, torture, a threat arising from armed conflict).
- Since 2025 the law allows the right to apply to be temporarily restricted on a section of the border when migration is instrumentalised. The restriction was introduced on the border with Belarus, with exceptions among others for unaccompanied minors, pregnant women, people requiring special treatment and people facing a real risk of serious harm. It is extended by regulations: **check the current state of the law**.
- In 2026 the rules of the EU Pact on Migration and Asylum, which change asylum procedures, began to apply. Follow the current guidelines.

## Citizens of Ukraine

- The 2022 special act treated as legal the stay of Ukrainian citizens who arrived because of the war; it was confirmed by a PESEL number with the **UKR** status.
- The act was amended many times: the legality of stay was extended, the conditions for benefits were changed, and a temporary residence permit for people with UKR status (the so-called CUKR residence card) was introduced.
- In 2026 an act phasing out the special-act arrangements came into force. Some of them, including temporary protection and the PESEL number with UKR status, were moved into the Act on Granting Protection to Foreigners, and some entitlements were limited. EU temporary protection has been extended until 4 March 2027.
- The details (deadlines, conditions for keeping the status, benefits) keep changing. **Check the current state of the law**, do not give binding advice, and refer people to the Office for Foreigners, the voivodeship office or aid organisations.
`,
      uk: `Посадовець не мусить бути фахівцем з міграційного права, але мусить знати права кожної людини, основні форми законного перебування і те, куди скерувати справу. **Законодавство про іноземців часто змінюється: перед рішенням перевірте чинний стан законодавства** (gov.pl, сайт Управління у справах іноземців, настанови керівництва).

## Права людини належать кожному

Європейська конвенція з прав людини (ЄКПЛ) захищає кожного, хто перебуває під юрисдикцією Польщі, незалежно від громадянства і статусу перебування.

- **Ст. 3**: абсолютна заборона катувань, нелюдського чи такого, що принижує гідність, поводження або покарання, без винятків, навіть у надзвичайному стані. Вона забороняє також видавати особу туди, де їй загрожує таке поводження.
- **Ст. 5**: право на свободу та особисту недоторканність. Позбавлення свободи, також іноземця (наприклад, щоб запобігти незаконному в’їзду або у зв’язку з видворенням), мусить мати правову підставу і бути пропорційним. Особа має дізнатися про його причини зрозумілою мовою і мати змогу оскаржити його до суду.
- **Ст. 8**: право на повагу до приватного і сімейного життя; втручання (наприклад, розлучення родини) мусить мати правову підставу і бути необхідним.
- **Протокол № 4 до ЄКПЛ** забороняє колективне видворення іноземців.

## Принцип non-refoulement

Женевська конвенція про статус біженців (ст. 33) і ст. 3 ЄКПЛ забороняють відправляти особу до держави, де їй загрожують переслідування, катування чи нелюдське поводження. Коли хтось каже «я боюся повертатися» або «мені потрібен захист», **ви не оцінюєте на місці, чи він має рацію**, а передаєте справу до належної процедури.

## Найважливіші закони

- Закон від 12 грудня 2013 р. про іноземців: в’їзд, візи, перебування, зобов’язання до повернення.
- Закон від 13 червня 2003 р. про надання іноземцям захисту на території Республіки Польща: міжнародний захист, притулок, тимчасовий захист.
- Закон від 12 березня 2022 р. про допомогу громадянам України у зв’язку зі збройним конфліктом на території цієї держави (так званий спецзакон) і зміни до нього.

## Підстави перебування коротко

- **Безвізовий режим**: громадяни деяких держав (наприклад, України з біометричним паспортом) можуть перебувати в Шенгенській зоні до 90 днів у кожному 180-денному періоді.
- **Шенгенська віза (C)**: короткострокове перебування в тих самих межах. **Національна віза (D)**: перебування понад 90 днів.
- **Дозвіл на тимчасове проживання**: як правило, до 3 років, з конкретною метою (робота, навчання, родина).
- **Дозвіл на постійне проживання**: безстроковий, для осіб, які відповідають умовам закону (наприклад, осіб польського походження, власників Карти поляка, деяких подружжів громадян Польщі).
- **Дозвіл на проживання довгострокового резидента ЄС**: безстроковий, як правило, після 5 років законного і безперервного перебування, за стабільного доходу, медичного страхування і підтвердженого знання польської мови.

## Документи

- **Паспорт** із візою або в безвізовому режимі.
- **Посвідка на проживання** (karta pobytu) підтверджує особу і дозвіл на проживання або наданий захист; разом із паспортом дає змогу перетинати кордон без візи.
- **Тимчасове посвідчення особи іноземця** отримують особи, які просять про міжнародний захист.
- Хто під час законного перебування подав заяву про дозвіл, як правило, перебуває законно до ухвалення рішення; форма підтвердження заяви змінювалася разом із цифровізацією.
- **Карта поляка не є документом про право на перебування.**

З осені 2025 р. на зовнішніх кордонах Шенгенської зони запроваджували систему в’їзду/виїзду ЄС (EES), яка замінює штампи в паспортах. Тож відсутність штампа не означає незаконного перебування; у разі сумнівів законність перебування перевіряє Прикордонна охорона.

## Хто за що відповідає

- **Воєвода** (у Кракові — Малопольське воєводське управління) надає дозволи на тимчасове, постійне проживання і на проживання довгострокового резидента ЄС та видає посвідки на проживання.
- **Голова Управління у справах іноземців** — апеляційний орган у справах перебування; у першій інстанції розглядає заяви про міжнародний захист і керує центрами для іноземців, які просять про захист.
- **Рада у справах біженців** розглядає скарги у справах міжнародного захисту.
- **Прикордонна охорона** здійснює прикордонний контроль, приймає заяви про міжнародний захист, перевіряє законність перебування і працевлаштування, ухвалює рішення про зобов’язання до повернення. Про поміщення до охоронюваного центру вирішує суд.
- **Поліція** і **міська варта** охороняють громадський порядок; вони не вирішують питання законності перебування, а в разі сумнівів співпрацюють із Прикордонною охороною.
- **MOPS** (Міський центр соціальної допомоги) надає соціальну допомогу іноземцям, які мають на неї право згідно із законом про соціальну допомогу, і підтримує інтеграцію осіб, яким надано міжнародний захист.

## Міжнародний захист

- Заяву подають **через коменданта застави Прикордонної охорони**, на кордоні (також в аеропорту) або всередині країни. Розглядає її Голова Управління у справах іноземців.
- Бажання просити про захист можна висловити будь-якою мовою і в будь-якій формі; «чарівної формули» немає.
- **Статус біженця** стосується особи, яка має обґрунтовані побоювання стати жертвою переслідувань за ознаками раси, релігії, національності, політичних поглядів чи належності до певної соціальної групи. **Додатковий захист** стосується особи, якій загрожує реальний ризик серйозної шкоди (наприклад, смертної кари, катувань, загрози у зв’язку зі збройним конфліктом).
- З 2025 р. закон дозволяє тимчасово обмежити право подати заяву на ділянці кордону в разі інструменталізації міграції. Обмеження запроваджено на кордоні з Білоруссю, з винятками, зокрема, для неповнолітніх без супроводу, вагітних жінок, осіб, які потребують особливого ставлення, і осіб, яким загрожує реальний ризик серйозної шкоди. Його продовжують розпорядженнями: **перевірте чинний стан законодавства**.
- У 2026 р. почали застосовуватися положення Пакту ЄС про міграцію і притулок, які змінюють процедури надання притулку. Керуйтеся чинними настановами.

## Громадяни України

- Спецзакон 2022 р. визнавав законним перебування громадян України, які прибули у зв’язку з війною; його підтверджував номер PESEL зі статусом **UKR**.
- Закон багато разів змінювали: продовжували законність перебування, змінювали умови виплат, запровадили дозвіл на тимчасове проживання для осіб зі статусом UKR (так звана посвідка на проживання CUKR).
- У 2026 р. набув чинності закон, що згортає рішення спецзакону. Частину з них, зокрема тимчасовий захист і PESEL зі статусом UKR, перенесено до закону про надання іноземцям захисту, а частину прав обмежено. Тимчасовий захист ЄС продовжено до 4 березня 2027 р.
- Подробиці (строки, умови збереження статусу, виплати) і далі змінюються. **Перевірте чинний стан законодавства**, не давайте обов’язкових до виконання порад, скеровуйте до Управління у справах іноземців, воєводського управління чи допомогових організацій.
`,
    },
  },
  {
    key: 'lekcja-bezpieczenstwo',
    title: { pl: 'Bezpieczeństwo z perspektywy migranta', en: 'Safety from a migrant’s perspective', uk: 'Безпека з погляду мігранта' },
    minStudySeconds: 600,
    media: [{ url: 'https://www.gov.pl/web/mswia', title: 'Ministerstwo Spraw Wewnętrznych i Administracji (gov.pl)' }],
    body: {
      pl: `Dla funkcjonariusza bezpieczeństwo to zwykle porządek publiczny. Dla migranta to także pewność, że jutro nadal będzie mógł legalnie pracować, mieszkać i być z rodziną. Kto rozumie, czego boi się rozmówca, lepiej odczyta jego zachowanie i skuteczniej mu pomoże.

## Wymiar społeczny

- Izolacja, brak bliskich, bariera językowa, niewiedza, gdzie szukać pomocy.
- Doświadczenia wrogości i dyskryminacji, które uczą, by „nie rzucać się w oczy”.
- Zależność od pośredników lub rodaków, którzy „załatwiają sprawy”, a czasem to wykorzystują.

## Wymiar ekonomiczny: wyzysk i handel ludźmi

- Pobyt bywa powiązany z pracą u konkretnego pracodawcy, a mieszkanie z pracodawcą lub pośrednikiem. Utrata pracy oznacza wtedy utratę dachu nad głową, a czasem podstawy pobytu.
- Częste nadużycia: niewypłacanie wynagrodzenia, praca bez umowy, długi wobec pośredników, potrącenia za zakwaterowanie.
- **Handel ludźmi** (art. 189a kk; definicja w art. 115 § 22 kk) to m.in. werbowanie, transport, przekazywanie lub przechowywanie osoby z użyciem przemocy, groźby, podstępu albo wykorzystania jej krytycznego położenia, w celu jej wykorzystania, np. w pracy przymusowej, prostytucji czy żebractwie, **nawet za jej zgodą**. Grozi za to kara pozbawienia wolności nie krótsza od lat 3.

**Sygnały ostrzegawcze:** odebrany paszport, dług, który rośnie zamiast maleć, kontrolowane kontakty i wyjścia, brak wiedzy o adresie miejsca pracy, wyuczona „historia”, ktoś, kto zawsze odpowiada za osobę, oznaki przemocy lub wyczerpania. Ofiara często nie uważa się za ofiarę i nie prosi o pomoc.

## Wymiar prawny

- Niepewny lub tymczasowy status, terminy, zależność pobytu od pracodawcy albo małżonka.
- Przekonanie, że każdy kontakt ze służbami kończy się wydaleniem, sprawia, że ofiary przestępstw milczą.
- Bądź uczciwy: wyjaśnij swoją rolę i co stanie się z informacjami. Nie obiecuj, że „sprawa pobytu nie wyjdzie”, jeśli nie masz na to wpływu.
- Cudzoziemiec, co do którego istnieje domniemanie, że jest ofiarą handlu ludźmi, może otrzymać zaświadczenie, które na okres wskazany w ustawie o cudzoziemcach legalizuje jego pobyt (czas na zastanowienie się i odzyskanie równowagi). Potem, przy współpracy z organami ścigania, możliwe jest zezwolenie na pobyt czasowy.

## Wymiar psychologiczny

- Wojna, prześladowanie, przemoc w drodze, rozłąka z rodziną i przewlekły stres zostawiają ślad.
- Trauma wpływa na pamięć. Luki, niespójności, pomylone daty czy brak widocznych emocji **same w sobie nie świadczą o kłamstwie**.
- Mundur, kajdanki, pies, zamknięte pomieszczenie czy podniesiony głos mogą wywołać silny lęk, który wygląda jak opór lub „dziwne” zachowanie.

## Podejście uwzględniające traumę w praktyce

- Zapowiadaj, co się wydarzy i dlaczego; unikaj zaskoczenia.
- Dawaj wybór tam, gdzie to możliwe (miejsce rozmowy, przerwa, płeć rozmówcy).
- Pytaj tylko o to, co potrzebne na tym etapie; nie każ wielokrotnie opowiadać tej samej historii.
- Rozmawiaj na osobności, bez osób, które mogą kontrolować rozmówcę.
- Na koniec powiedz, co będzie dalej i gdzie szukać pomocy.

## Ścieżki kierowania

- **Zagrożenie życia lub zdrowia:** numer alarmowy 112.
- **Handel ludźmi i praca przymusowa:** Krajowe Centrum Interwencyjno-Konsultacyjne dla Ofiar Handlu Ludźmi (KCIK) udziela konsultacji ofiarom i służbom, zapewnia schronienie i pomoc w legalizacji pobytu. Cudzoziemców obejmuje Program wsparcia i ochrony ofiary/świadka handlu ludźmi. Policja i Straż Graniczna mają wyspecjalizowane komórki do zwalczania handlu ludźmi.
- **Przemoc domowa:** procedura „Niebieskie Karty” (ustawa o przeciwdziałaniu przemocy domowej). Mogą ją wszcząć m.in. Policja i ośrodek pomocy społecznej; **nie wymaga zgody osoby doznającej przemocy**. Policja może wydać sprawcy nakaz natychmiastowego opuszczenia wspólnie zajmowanego mieszkania i zakaz zbliżania się. Wsparcia udziela też Ogólnopolskie Pogotowie dla Ofiar Przemocy w Rodzinie „Niebieska Linia”.
- **Pomoc społeczna:** MOPS w Krakowie. Prawo do świadczeń zależy od statusu pobytowego określonego w ustawie o pomocy społecznej; w razie wątpliwości uprawnienia ocenia MOPS.
- **Pomoc prawna:** nieodpłatna pomoc prawna w punktach w Krakowie; organizacje specjalizujące się w prawie cudzoziemców, np. Stowarzyszenie Interwencji Prawnej i Fundacja Instytut na rzecz Państwa Prawa (także porady zdalne), w Krakowie m.in. Centrum Pomocy Prawnej im. Haliny Nieć.
- **Informacja i integracja w Krakowie:** Centrum Wielokulturowe i Punkt Informacyjny dla Obcokrajowców działające w miejskim programie „Otwarty Kraków”; organizacje społeczności migranckich, np. Fundacja Zustricz.
- **Dyskryminacja i naruszenia praw:** Rzecznik Praw Obywatelskich.
- **Konsulat:** tylko na prośbę osoby. Nigdy nie kontaktuj się z władzami kraju pochodzenia osoby ubiegającej się o ochronę międzynarodową: możesz narazić ją i jej rodzinę.

Zanim przekażesz dane innej instytucji, wyjaśnij, dokąd i po co kierujesz sprawę, i uzyskaj zgodę, chyba że przepisy nakazują inaczej. Najlepiej przekaż osobę „z ręki do ręki”: zadzwoń, umów spotkanie, zapisz adres i godzinę. Sama ulotka rzadko wystarcza.
`,
      en: `For an officer, safety usually means public order. For a migrant it also means the certainty that tomorrow they will still be able to work, live and be with their family legally. Whoever understands what the other person fears will read their behaviour better and help them more effectively.

## The social dimension

- Isolation, no family or friends nearby, the language barrier, not knowing where to seek help.
- Experiences of hostility and discrimination that teach people “not to stand out”.
- Dependence on agents or compatriots who “sort things out” and sometimes take advantage of it.

## The economic dimension: exploitation and human trafficking

- A stay may be tied to work for a particular employer, and housing to the employer or an agent. Losing the job then means losing a roof over one’s head, and sometimes the basis of stay.
- Frequent abuses: unpaid wages, work without a contract, debts to agents, deductions for accommodation.
- **Human trafficking** (Art. 189a of the Criminal Code; definition in Art. 115 § 22 of the Criminal Code) includes recruiting, transporting, transferring or harbouring a person by means of violence, threats, deceit or abuse of their critical situation, for the purpose of exploiting them, e.g. in forced labour, prostitution or begging, **even with their consent**. It carries a penalty of at least 3 years’ imprisonment.

**Warning signs:** a passport taken away, a debt that grows instead of shrinking, controlled contacts and outings, not knowing the address of the workplace, a rehearsed “story”, someone who always answers for the person, signs of violence or exhaustion. A victim often does not see themselves as a victim and does not ask for help.

## The legal dimension

- An uncertain or temporary status, deadlines, a stay that depends on an employer or a spouse.
- The belief that every contact with the services ends in expulsion keeps victims of crime silent.
- Be honest: explain your role and what will happen to the information. Do not promise that “the residence issue won’t come up” if you have no influence over it.
- A foreigner presumed to be a victim of human trafficking may receive a certificate that legalises their stay for the period set in the Act on Foreigners (time to reflect and recover). After that, if they cooperate with the law-enforcement authorities, a temporary residence permit is possible.

## The psychological dimension

- War, persecution, violence on the journey, separation from family and chronic stress leave their mark.
- Trauma affects memory. Gaps, inconsistencies, confused dates or no visible emotion **do not in themselves show that someone is lying**.
- A uniform, handcuffs, a dog, a closed room or a raised voice can trigger intense fear that looks like resistance or “strange” behaviour.

## A trauma-informed approach in practice

- Say what is going to happen and why; avoid surprises.
- Offer choices where possible (where to talk, a break, the sex of the person they talk to).
- Ask only what is needed at this stage; do not make the person tell the same story over and over.
- Talk in private, without people who may be controlling the person.
- At the end, say what happens next and where to seek help.

## Referral paths

- **Danger to life or health:** the emergency number 112.
- **Human trafficking and forced labour:** the National Intervention and Consultation Centre for Victims of Trafficking (KCIK) advises victims and the services, provides shelter and helps with legalising stay. Foreigners are covered by the Programme for the Support and Protection of Victims/Witnesses of Trafficking. The Police and the Border Guard have specialised anti-trafficking units.
- **Domestic violence:** the “Blue Cards” procedure (Act on Counteracting Domestic Violence). It can be started among others by the Police and a social welfare centre; **it does not require the consent of the person experiencing violence**. The Police may order the perpetrator to leave the shared home immediately and not to approach. Support is also given by the “Blue Line” National Emergency Service for Victims of Domestic Violence.
- **Social assistance:** MOPS in Kraków. Entitlement to benefits depends on the residence status set out in the Social Assistance Act; when in doubt, MOPS assesses the entitlement.
- **Legal help:** free legal aid at advice points in Kraków; organisations specialising in the law on foreigners, e.g. the Association for Legal Intervention and the Institute for Law and Society Foundation (also remote advice), in Kraków among others the Halina Nieć Legal Aid Centre.
- **Information and integration in Kraków:** the Multicultural Centre and the Information Point for Foreigners run under the city’s “Open Kraków” programme; migrant community organisations, e.g. the Zustricz Foundation.
- **Discrimination and violations of rights:** the Commissioner for Human Rights.
- **Consulate:** only at the person’s request. Never contact the authorities of the country of origin of a person applying for international protection: you may put them and their family at risk.

Before passing data to another institution, explain where and why you are referring the case and obtain consent, unless the law requires otherwise. Best of all, hand the person over “from hand to hand”: phone, arrange a meeting, write down the address and time. A leaflet alone is rarely enough.
`,
      uk: `Для посадовця безпека — це зазвичай громадський порядок. Для мігранта це також упевненість, що завтра він і далі зможе законно працювати, жити і бути з родиною. Хто розуміє, чого боїться співрозмовник, краще прочитає його поведінку і дієвіше йому допоможе.

## Соціальний вимір

- Ізоляція, відсутність близьких, мовний бар’єр, незнання, де шукати допомоги.
- Досвід ворожості й дискримінації, який привчає «не впадати в око».
- Залежність від посередників чи земляків, які «владнують справи», а часом цим зловживають.

## Економічний вимір: експлуатація і торгівля людьми

- Перебування буває пов’язане з роботою в конкретного роботодавця, а житло — з роботодавцем чи посередником. Втрата роботи тоді означає втрату даху над головою, а часом і підстави перебування.
- Часті зловживання: невиплата заробітної плати, робота без договору, борги перед посередниками, утримання за житло.
- **Торгівля людьми** (ст. 189a КК; визначення в ст. 115 § 22 КК) — це, зокрема, вербування, перевезення, передача чи переховування особи із застосуванням насильства, погрози, обману або використання її критичного становища з метою її експлуатації, наприклад у примусовій праці, проституції чи жебрацтві, **навіть за її згодою**. За це загрожує позбавлення волі на строк не менше 3 років.

**Тривожні сигнали:** відібраний паспорт, борг, що зростає замість зменшуватися, контрольовані контакти і виходи, незнання адреси місця роботи, завчена «історія», хтось, хто завжди відповідає за особу, ознаки насильства чи виснаження. Жертва часто не вважає себе жертвою і не просить про допомогу.

## Правовий вимір

- Непевний чи тимчасовий статус, строки, залежність перебування від роботодавця або чоловіка чи дружини.
- Переконання, що кожен контакт зі службами закінчується видворенням, змушує жертв злочинів мовчати.
- Будьте чесні: поясніть свою роль і що станеться з інформацією. Не обіцяйте, що «питання перебування не спливе», якщо ви на це не впливаєте.
- Іноземець, щодо якого є припущення, що він жертва торгівлі людьми, може отримати посвідчення, яке на строк, визначений законом про іноземців, легалізує його перебування (час на роздуми і відновлення рівноваги). Потім, за умови співпраці з правоохоронними органами, можливий дозвіл на тимчасове проживання.

## Психологічний вимір

- Війна, переслідування, насильство в дорозі, розлука з родиною і хронічний стрес залишають слід.
- Травма впливає на пам’ять. Прогалини, неузгодженості, переплутані дати чи відсутність видимих емоцій **самі по собі не свідчать про брехню**.
- Уніформа, кайданки, собака, зачинене приміщення чи підвищений голос можуть викликати сильний страх, який виглядає як опір або «дивна» поведінка.

## Підхід з урахуванням травми на практиці

- Попереджайте, що відбуватиметься і чому; уникайте несподіванок.
- Давайте вибір там, де можливо (місце розмови, перерва, стать співрозмовника).
- Питайте лише про те, що потрібно на цьому етапі; не змушуйте багато разів розповідати ту саму історію.
- Розмовляйте наодинці, без осіб, які можуть контролювати співрозмовника.
- Наприкінці скажіть, що буде далі і де шукати допомоги.

## Шляхи скерування

- **Загроза життю чи здоров’ю:** номер екстреної допомоги 112.
- **Торгівля людьми і примусова праця:** Національний інтервенційно-консультаційний центр для жертв торгівлі людьми (KCIK) консультує жертв і служби, надає притулок і допомагає легалізувати перебування. Іноземців охоплює Програма підтримки і захисту жертви/свідка торгівлі людьми. Поліція і Прикордонна охорона мають спеціалізовані підрозділи з протидії торгівлі людьми.
- **Домашнє насильство:** процедура «Блакитні картки» (закон про протидію домашньому насильству). Її можуть розпочати, зокрема, поліція і центр соціальної допомоги; **вона не потребує згоди особи, яка зазнає насильства**. Поліція може видати кривдникові припис негайно залишити спільне житло і заборону наближатися. Підтримку надає також Загальнопольська служба допомоги жертвам домашнього насильства «Блакитна лінія».
- **Соціальна допомога:** MOPS у Кракові. Право на виплати залежить від статусу перебування, визначеного в законі про соціальну допомогу; у разі сумнівів право оцінює MOPS.
- **Правова допомога:** безоплатна правова допомога в пунктах у Кракові; організації, що спеціалізуються на праві іноземців, наприклад Асоціація правового втручання і Фонд «Інститут правової держави» (також дистанційні консультації), у Кракові, зокрема, Центр правової допомоги ім. Галіни Нєць.
- **Інформація та інтеграція в Кракові:** Мультикультурний центр та Інформаційний пункт для іноземців, що діють у міській програмі «Відкритий Краків»; організації мігрантських спільнот, наприклад Фонд «Зустріч».
- **Дискримінація і порушення прав:** Уповноважений з прав людини (Омбудсман).
- **Консульство:** лише на прохання особи. Ніколи не контактуйте з владою країни походження особи, яка просить про міжнародний захист: ви можете наразити на небезпеку її та її родину.

Перш ніж передати дані іншій установі, поясніть, куди і навіщо ви скеровуєте справу, і отримайте згоду, якщо закон не вимагає іншого. Найкраще передайте особу «з рук у руки»: зателефонуйте, домовтеся про зустріч, запишіть адресу й годину. Сама листівка рідко буває достатньою.
`,
    },
  },
];

export const DEMO_BANK_NAME = 'Kompetencje międzykulturowe – bank pytań';

export const DEMO_QUESTIONS: DemoQuestion[] = [
  // ───────────── single_choice ─────────────
  {
    key: 'q-tlumacz-kto-tlumaczy',
    question: {
      type: 'single_choice',
      name: 'Kto tłumaczy przesłuchanie pokrzywdzonej',
      prompt: {
        pl: 'Policjant ma przesłuchać w charakterze pokrzywdzonej kobietę, która nie mówi po polsku. Kto powinien tłumaczyć przesłuchanie?',
        en: 'A police officer is to interview as an injured party a woman who does not speak Polish. Who should interpret the interview?',
        uk: 'Поліцейський має допитати як потерпілу жінку, яка не розмовляє польською. Хто повинен перекладати допит?',
      },
      points: 1,
      tags: ['tlumacz'],
      options: [
        {
          text: {
            pl: 'Tłumacz powołany przez organ, np. tłumacz przysięgły języka, którym posługuje się pokrzywdzona',
            en: 'An interpreter appointed by the authority, e.g. a sworn translator of the language the injured party speaks',
            uk: 'Перекладач, призначений органом, наприклад присяжний перекладач мови, якою володіє потерпіла',
          },
          weight: 1,
          feedback: {
            pl: 'Tak. Art. 204 § 1 kpk nakazuje wezwać tłumacza do przesłuchania osoby niewładającej językiem polskim.',
            en: 'Yes. Art. 204 § 1 of the Code of Criminal Procedure requires an interpreter to be called to interview a person who does not speak Polish.',
            uk: 'Так. Ст. 204 § 1 КПК вимагає викликати перекладача для допиту особи, яка не володіє польською мовою.',
          },
        },
        {
          text: {
            pl: 'Jej 12-letni syn, który dobrze mówi po polsku',
            en: 'Her 12-year-old son, who speaks good Polish',
            uk: 'Її 12-річний син, який добре говорить польською',
          },
          weight: -0.5,
          feedback: {
            pl: 'Nie. Dzieci nigdy nie tłumaczą w sprawach urzędowych: to naraża je na krzywdę i odbiera tłumaczeniu neutralność.',
            en: 'No. Children never interpret in official matters: it exposes them to harm and takes away the interpreting’s neutrality.',
            uk: 'Ні. Діти ніколи не перекладають в офіційних справах: це завдає їм шкоди й позбавляє переклад нейтральності.',
          },
        },
        {
          text: {
            pl: 'Sąsiadka tej samej narodowości, która przyszła razem z nią',
            en: 'A neighbour of the same nationality who came with her',
            uk: 'Сусідка тієї ж національності, яка прийшла разом із нею',
          },
          weight: 0,
          feedback: {
            pl: 'Nie. Sąsiadka nie jest neutralna, może być świadkiem lub znać sprawcę, a pokrzywdzona może przy niej nie mówić otwarcie.',
            en: 'No. The neighbour is not neutral; she may be a witness or know the perpetrator, and the injured party may not speak openly in front of her.',
            uk: 'Ні. Сусідка не нейтральна, вона може бути свідком або знати кривдника, а потерпіла може не говорити при ній відверто.',
          },
        },
        {
          text: {
            pl: 'Sam policjant, jeśli zna ten język na poziomie komunikatywnym',
            en: 'The officer himself, if he speaks the language well enough to communicate',
            uk: 'Сам поліцейський, якщо він володіє цією мовою на комунікативному рівні',
          },
          weight: 0,
          feedback: {
            pl: 'Nie. Prowadzący czynność nie może jednocześnie tłumaczyć; wytyczne Komendanta Głównego Policji przewidują wezwanie tłumacza także wtedy, gdy policjant zna język.',
            en:
              'No. The person conducting the procedure cannot interpret at the same time; the guidelines of the Chief Commandant of the Police provide for ' +
              'calling an interpreter even when the officer knows the language.',
            uk:
              'Ні. Той, хто проводить процесуальну дію, не може водночас перекладати; настанови Головного коменданта поліції передбачають виклик ' +
              'перекладача й тоді, коли поліцейський знає мову.',
          },
        },
      ],
      feedback: {
        pl: 'Do czynności procesowych wzywa się profesjonalnego, bezstronnego tłumacza. Nie tłumaczą dzieci, rodzina, sąsiedzi ani sam prowadzący czynność.',
        en:
          'A professional, impartial interpreter is called for procedural acts. Children, family members, neighbours and the person conducting the ' +
          'procedure do not interpret.',
        uk: 'Для процесуальних дій викликають професійного, неупередженого перекладача. Не перекладають діти, родина, сусіди ані сам той, хто проводить дію.',
      },
    },
  },
  {
    key: 'q-antydyskryminacja-tryb-257',
    question: {
      type: 'single_choice',
      name: 'Tryb ścigania z art. 257 kk',
      prompt: {
        pl: 'W jakim trybie ścigane jest publiczne znieważenie osoby z powodu jej przynależności narodowej (art. 257 kk)?',
        en: 'How is the public insult of a person because of their national affiliation (Art. 257 of the Criminal Code) prosecuted?',
        uk: 'У якому порядку переслідується публічна образа особи через її національну приналежність (ст. 257 КК)?',
      },
      points: 1,
      tags: ['antydyskryminacja'],
      options: [
        {
          text: {
            pl: 'Z urzędu',
            en: 'Ex officio (public prosecution)',
            uk: 'У порядку публічного обвинувачення (з власної ініціативи органів)',
          },
          weight: 1,
          feedback: {
            pl: 'Tak. Organy ścigania działają z urzędu, bez potrzeby wniosku pokrzywdzonego.',
            en: 'Yes. The law-enforcement authorities act of their own motion, with no need for a motion from the injured party.',
            uk: 'Так. Правоохоронні органи діють з власної ініціативи, без потреби в заяві потерпілого.',
          },
        },
        {
          text: {
            pl: 'Z oskarżenia prywatnego, jak zwykłe znieważenie',
            en: 'By private prosecution, like an ordinary insult',
            uk: 'У порядку приватного обвинувачення, як звичайна образа',
          },
          weight: -0.5,
          feedback: {
            pl: 'Nie. Z oskarżenia prywatnego ściga się zwykłe znieważenie (art. 216 kk). Motyw uprzedzeń zmienia kwalifikację i tryb.',
            en:
              'No. Private prosecution applies to an ordinary insult (Art. 216 of the Criminal Code). A bias motive changes the legal classification and ' +
              'the mode of prosecution.',
            uk: 'Ні. У порядку приватного обвинувачення переслідується звичайна образа (ст. 216 КК). Мотив упередженості змінює кваліфікацію і порядок переслідування.',
          },
        },
        {
          text: {
            pl: 'Tylko na wniosek pokrzywdzonego',
            en: 'Only at the injured party’s request',
            uk: 'Лише за заявою потерпілого',
          },
          weight: 0,
          feedback: {
            pl: 'Nie. Art. 257 kk nie wymaga wniosku pokrzywdzonego.',
            en: 'No. Art. 257 of the Criminal Code does not require a request from the injured party.',
            uk: 'Ні. Ст. 257 КК не вимагає заяви потерпілого.',
          },
        },
        {
          text: {
            pl: 'Tylko wtedy, gdy pokrzywdzony jest obywatelem polskim',
            en: 'Only if the injured party is a Polish citizen',
            uk: 'Лише тоді, коли потерпілий є громадянином Польщі',
          },
          weight: -0.5,
          feedback: {
            pl: 'Nie. Ochrona prawnokarna przysługuje każdemu, bez względu na obywatelstwo.',
            en: 'No. Criminal-law protection applies to everyone, whatever their citizenship.',
            uk: 'Ні. Кримінально-правовий захист належить кожному, незалежно від громадянства.',
          },
        },
      ],
      feedback: {
        pl: 'Przestępstwa z art. 119, 256 i 257 kk są ścigane z urzędu. Dlatego rozpoznanie i odnotowanie motywu uprzedzeń ma kluczowe znaczenie: bez niego sprawa może trafić do trybu prywatnoskargowego.',
        en:
          'The offences under Articles 119, 256 and 257 of the Criminal Code are prosecuted ex officio. That is why recognising and recording a bias ' +
          'motive is crucial: without it the case may end up in private prosecution.',
        uk:
          'Злочини за ст. 119, 256 і 257 КК переслідуються в порядку публічного обвинувачення. Тому розпізнати й зафіксувати мотив упередженості вкрай ' +
          'важливо: без цього справа може потрапити в порядок приватного обвинувачення.',
      },
    },
  },
  {
    key: 'q-status-kto-przyjmuje-wniosek',
    question: {
      type: 'single_choice',
      name: 'Kto przyjmuje wniosek o ochronę',
      prompt: {
        pl: 'Za pośrednictwem jakiego organu cudzoziemiec składa w Polsce wniosek o udzielenie ochrony międzynarodowej?',
        en: 'Through which authority does a foreigner lodge an application for international protection in Poland?',
        uk: 'Через який орган іноземець подає в Польщі заяву про надання міжнародного захисту?',
      },
      points: 1,
      tags: ['status-prawny'],
      options: [
        {
          text: {
            pl: 'Komendanta placówki Straży Granicznej',
            en: 'The commander of a Border Guard post',
            uk: 'Коменданта застави Прикордонної охорони',
          },
          weight: 1,
          feedback: {
            pl: 'Tak. Wniosek przyjmuje Straż Graniczna, a rozpatruje go Szef Urzędu do Spraw Cudzoziemców.',
            en: 'Yes. The Border Guard receives the application, and the Head of the Office for Foreigners decides on it.',
            uk: 'Так. Заяву приймає Прикордонна охорона, а розглядає її Голова Управління у справах іноземців.',
          },
        },
        {
          text: {
            pl: 'Wojewody właściwego ze względu na miejsce pobytu',
            en: 'The voivode competent for the place of residence',
            uk: 'Воєводи, компетентного за місцем перебування',
          },
          weight: 0,
          feedback: {
            pl: 'Nie. Wojewoda udziela zezwoleń na pobyt (czasowy, stały, rezydenta UE), ale nie przyjmuje wniosków o ochronę międzynarodową.',
            en: 'No. The voivode grants residence permits (temporary, permanent, EU long-term resident) but does not receive applications for international protection.',
            uk: 'Ні. Воєвода надає дозволи на проживання (тимчасове, постійне, довгострокового резидента ЄС), але не приймає заяв про міжнародний захист.',
          },
        },
        {
          text: {
            pl: 'Najbliższej jednostki Policji',
            en: 'The nearest police station',
            uk: 'Найближчого підрозділу поліції',
          },
          weight: 0,
          feedback: {
            pl: 'Nie. Policjant, który usłyszy prośbę o ochronę, powinien skontaktować się ze Strażą Graniczną, ale sam wniosku nie przyjmuje.',
            en: 'No. A police officer who hears a request for protection should contact the Border Guard but does not receive the application himself.',
            uk: 'Ні. Поліцейський, який почує прохання про захист, повинен звернутися до Прикордонної охорони, але сам заяви не приймає.',
          },
        },
        {
          text: {
            pl: 'Konsula państwa pochodzenia cudzoziemca',
            en: 'The consul of the foreigner’s country of origin',
            uk: 'Консула країни походження іноземця',
          },
          weight: -1,
          feedback: {
            pl: 'Zdecydowanie nie. Kontakt z władzami państwa, przed którym osoba ucieka, może narazić ją i jej rodzinę na niebezpieczeństwo.',
            en: 'Definitely not. Contact with the authorities of the country the person is fleeing may put them and their family in danger.',
            uk: 'Однозначно ні. Контакт із владою держави, від якої людина тікає, може наразити на небезпеку її та її родину.',
          },
        },
      ],
      feedback: {
        pl: 'Wniosek o ochronę międzynarodową składa się za pośrednictwem komendanta placówki Straży Granicznej; w pierwszej instancji rozpatruje go Szef UdSC, a odwołania Rada do Spraw Uchodźców.',
        en:
          'An application for international protection is lodged through the commander of a Border Guard post; the Head of the Office for Foreigners ' +
          'decides at first instance, and the Refugee Board hears appeals.',
        uk:
          'Заяву про міжнародний захист подають через коменданта застави Прикордонної охорони; у першій інстанції її розглядає Голова Управління у ' +
          'справах іноземців, а скарги — Рада у справах біженців.',
      },
    },
  },
  {
    key: 'q-komunikacja-sprawdzanie-zrozumienia',
    question: {
      type: 'single_choice',
      name: 'Sprawdzanie zrozumienia',
      prompt: {
        pl: 'Strażnik miejski wyjaśnił cudzoziemcowi, do kiedy i gdzie musi uregulować należność. Jak najlepiej sprawdzić, czy cudzoziemiec to zrozumiał?',
        en:
          'A municipal guard has explained to a foreigner by when and where he must pay what he owes. What is the best way to check that the foreigner ' +
          'has understood?',
        uk: 'Працівник міської варти пояснив іноземцеві, до якого терміну і де він має сплатити належну суму. Як найкраще перевірити, чи іноземець це зрозумів?',
      },
      points: 1,
      tags: ['komunikacja'],
      options: [
        {
          text: {
            pl: 'Poprosić, by własnymi słowami powiedział, co i do kiedy musi zrobić',
            en: 'Ask him to say in his own words what he must do and by when',
            uk: 'Попросити, щоб він своїми словами сказав, що і до якого терміну має зробити',
          },
          weight: 1,
          feedback: {
            pl: 'Tak. Metoda „własnymi słowami” (teach-back) pokazuje, co osoba rzeczywiście zrozumiała.',
            en: 'Yes. The “in your own words” method (teach-back) shows what the person has actually understood.',
            uk: 'Так. Метод «своїми словами» (teach-back) показує, що людина насправді зрозуміла.',
          },
        },
        {
          text: {
            pl: 'Zapytać: „Czy Pan rozumie?”',
            en: 'Ask: “Do you understand?”',
            uk: 'Запитати: «Ви розумієте?»',
          },
          weight: 0,
          feedback: {
            pl: 'Niewystarczające. Odpowiedź „tak” często wynika z grzeczności, wstydu albo strachu.',
            en: 'Not enough. A “yes” often comes from politeness, embarrassment or fear.',
            uk: 'Недостатньо. Відповідь «так» часто буває з ввічливості, сорому або страху.',
          },
        },
        {
          text: {
            pl: 'Powtórzyć to samo głośniej i wolniej',
            en: 'Repeat the same thing louder and more slowly',
            uk: 'Повторити те саме голосніше й повільніше',
          },
          weight: 0,
          feedback: {
            pl: 'Mówienie wolniej pomaga, głośniej nie. Nadal nie wiesz, co osoba zrozumiała.',
            en: 'Speaking more slowly helps; speaking louder does not. You still do not know what the person understood.',
            uk: 'Повільніше говорити допомагає, голосніше — ні. Ви досі не знаєте, що людина зрозуміла.',
          },
        },
        {
          text: {
            pl: 'Poprosić o podpis na dokumencie, bo podpis potwierdza zrozumienie',
            en: 'Ask for a signature on the document, because a signature confirms understanding',
            uk: 'Попросити підписати документ, бо підпис підтверджує розуміння',
          },
          weight: -0.5,
          feedback: {
            pl: 'Nie. Podpis pod tekstem, którego ktoś nie rozumie, niczego nie potwierdza i może podważyć czynność.',
            en: 'No. A signature under a text someone does not understand confirms nothing and may undermine the procedure.',
            uk: 'Ні. Підпис під текстом, якого людина не розуміє, нічого не підтверджує і може поставити під сумнів дію.',
          },
        },
      ],
      feedback: {
        pl: 'Zrozumienie sprawdzamy, prosząc o powtórzenie własnymi słowami. Daty, kwoty i adresy warto dodatkowo zapisać.',
        en: 'We check understanding by asking the person to repeat in their own words. It is also worth writing down dates, amounts and addresses.',
        uk: 'Розуміння перевіряємо, просячи повторити своїми словами. Дати, суми й адреси варто додатково записати.',
      },
    },
  },
  {
    key: 'q-prawa-art3-bezwzgledny',
    question: {
      type: 'single_choice',
      name: 'Charakter zakazu z art. 3 EKPC',
      prompt: {
        pl: 'Który opis najlepiej oddaje charakter zakazu tortur oraz nieludzkiego lub poniżającego traktowania z art. 3 EKPC?',
        en: 'Which description best captures the nature of the prohibition of torture and inhuman or degrading treatment in Art. 3 ECHR?',
        uk: 'Який опис найкраще передає характер заборони катувань і нелюдського чи такого, що принижує гідність, поводження за ст. 3 ЄКПЛ?',
      },
      points: 1,
      tags: ['prawa-czlowieka'],
      options: [
        {
          text: {
            pl: 'Jest bezwzględny: nie dopuszcza wyjątków, także w stanie nadzwyczajnym ani wobec osób podejrzanych o poważne przestępstwa',
            en: 'It is absolute: it allows no exceptions, not even in a state of emergency or for people suspected of serious crimes',
            uk: 'Вона абсолютна: не допускає винятків, навіть під час надзвичайного стану чи щодо осіб, підозрюваних у тяжких злочинах',
          },
          weight: 1,
          feedback: {
            pl: 'Tak. Art. 3 EKPC nie podlega żadnym ograniczeniom ani derogacji.',
            en: 'Yes. Art. 3 ECHR is not subject to any restriction or derogation.',
            uk: 'Так. Ст. 3 ЄКПЛ не підлягає жодним обмеженням чи відступам.',
          },
        },
        {
          text: {
            pl: 'Można go ograniczyć ustawą ze względu na bezpieczeństwo państwa',
            en: 'It can be restricted by statute for reasons of national security',
            uk: 'Її можна обмежити законом з міркувань державної безпеки',
          },
          weight: -0.5,
          feedback: {
            pl: 'Nie. Inaczej niż np. art. 8, art. 3 nie przewiduje żadnych ograniczeń.',
            en: 'No. Unlike, for example, Art. 8, Art. 3 provides for no restrictions at all.',
            uk: 'Ні. На відміну, наприклад, від ст. 8, ст. 3 не передбачає жодних обмежень.',
          },
        },
        {
          text: {
            pl: 'Chroni tylko obywateli państw Rady Europy',
            en: 'It protects only citizens of Council of Europe states',
            uk: 'Вона захищає лише громадян держав Ради Європи',
          },
          weight: -0.5,
          feedback: {
            pl: 'Nie. Konwencja chroni każdego, kto znajduje się pod jurysdykcją państwa, bez względu na obywatelstwo i status.',
            en: 'No. The Convention protects everyone within a state’s jurisdiction, whatever their citizenship or status.',
            uk: 'Ні. Конвенція захищає кожного, хто перебуває під юрисдикцією держави, незалежно від громадянства і статусу.',
          },
        },
        {
          text: {
            pl: 'Dotyczy tylko działań funkcjonariuszy na terytorium Polski, a nie odsyłania osób do innych państw',
            en: 'It concerns only what officers do on Polish territory, not sending people to other countries',
            uk: 'Вона стосується лише дій посадовців на території Польщі, а не відправлення людей до інших держав',
          },
          weight: 0,
          feedback: {
            pl: 'Nie. Z art. 3 wynika też zakaz odesłania osoby tam, gdzie grozi jej takie traktowanie (non-refoulement).',
            en: 'No. Art. 3 also prohibits sending a person where they face such treatment (non-refoulement).',
            uk: 'Ні. Зі ст. 3 випливає також заборона відправляти особу туди, де їй загрожує таке поводження (non-refoulement).',
          },
        },
      ],
      feedback: {
        pl: 'Art. 3 EKPC jest bezwzględny i obejmuje również zakaz wydania lub odesłania osoby do państwa, w którym grozi jej tortura albo nieludzkie traktowanie.',
        en: 'Art. 3 ECHR is absolute and also prohibits extraditing or returning a person to a state where they face torture or inhuman treatment.',
        uk: 'Ст. 3 ЄКПЛ абсолютна й охоплює також заборону видачі або повернення особи до держави, де їй загрожують катування чи нелюдське поводження.',
      },
    },
  },

  // ───────────── multiple_choice ─────────────
  {
    key: 'q-antydyskryminacja-wskazniki',
    question: {
      type: 'multiple_choice',
      name: 'Wskaźniki uprzedzenia',
      prompt: {
        pl: 'Które okoliczności są **wskaźnikami uprzedzenia**, wymagającymi zbadania, czy przestępstwo było motywowane nienawiścią? Zaznacz wszystkie właściwe.',
        en: 'Which circumstances are **bias indicators** that require investigating whether the crime was motivated by hatred? Select all that apply.',
        uk: 'Які обставини є **індикаторами упередженості**, що вимагають з’ясувати, чи злочин був мотивований ненавистю? Позначте всі правильні.',
      },
      points: 1,
      tags: ['antydyskryminacja'],
      options: [
        {
          text: {
            pl: 'Sprawca w czasie ataku wykrzykiwał obelgi dotyczące pochodzenia pokrzywdzonego',
            en: 'During the attack the perpetrator shouted abuse about the victim’s origin',
            uk: 'Під час нападу кривдник вигукував образи щодо походження потерпілого',
          },
          weight: 0.25,
          feedback: {
            pl: 'Tak. Słowa sprawcy to jeden z najważniejszych wskaźników; zapisz je dosłownie.',
            en: 'Yes. The perpetrator’s words are one of the most important indicators; write them down verbatim.',
            uk: 'Так. Слова кривдника — один із найважливіших індикаторів; запишіть їх дослівно.',
          },
        },
        {
          text: {
            pl: 'Pokrzywdzony jest przekonany, że został zaatakowany z powodu swojej religii',
            en: 'The victim is convinced he was attacked because of his religion',
            uk: 'Потерпілий переконаний, що на нього напали через його релігію',
          },
          weight: 0.25,
          feedback: {
            pl: 'Tak. Postrzeganie zdarzenia przez pokrzywdzonego zawsze odnotowujemy i sprawdzamy.',
            en: 'Yes. We always record and look into how the victim perceives the incident.',
            uk: 'Так. Сприйняття події потерпілим ми завжди фіксуємо й перевіряємо.',
          },
        },
        {
          text: {
            pl: 'Do zdarzenia doszło przed meczetem w czasie święta religijnego',
            en: 'The incident took place outside a mosque during a religious holiday',
            uk: 'Подія сталася біля мечеті під час релігійного свята',
          },
          weight: 0.25,
          feedback: {
            pl: 'Tak. Miejsce i czas o znaczeniu religijnym lub symbolicznym są wskaźnikiem uprzedzenia.',
            en: 'Yes. A place and time of religious or symbolic significance are a bias indicator.',
            uk: 'Так. Місце і час, що мають релігійне чи символічне значення, є індикатором упередженості.',
          },
        },
        {
          text: {
            pl: 'Brak innego widocznego motywu: sprawca niczego nie zabrał i wcześniej nie znał pokrzywdzonego',
            en: 'No other visible motive: the perpetrator took nothing and did not know the victim before',
            uk: 'Немає іншого видимого мотиву: кривдник нічого не забрав і раніше не знав потерпілого',
          },
          weight: 0.25,
          feedback: {
            pl: 'Tak. Brak innego motywu (np. rabunkowego) przy różnicy pochodzenia stron to wskaźnik, który trzeba zbadać.',
            en: 'Yes. The absence of another motive (e.g. robbery) where the parties differ in origin is an indicator that must be investigated.',
            uk: 'Так. Відсутність іншого мотиву (наприклад, корисливого) за різного походження сторін — індикатор, який треба перевірити.',
          },
        },
        {
          text: {
            pl: 'Sprawca był nietrzeźwy, co wyklucza motyw uprzedzeń',
            en: 'The perpetrator was drunk, which rules out a bias motive',
            uk: 'Кривдник був нетверезий, що виключає мотив упередженості',
          },
          weight: -0.5,
          feedback: {
            pl: 'Nie. Nietrzeźwość nie wyklucza motywu uprzedzeń.',
            en: 'No. Intoxication does not rule out a bias motive.',
            uk: 'Ні. Сп’яніння не виключає мотиву упередженості.',
          },
        },
        {
          text: {
            pl: 'Pokrzywdzony słabo mówi po polsku, więc jego relacja jest mniej wiarygodna',
            en: 'The victim speaks little Polish, so his account is less credible',
            uk: 'Потерпілий погано говорить польською, тож його розповідь менш достовірна',
          },
          weight: -0.5,
          feedback: {
            pl: 'Nie. Znajomość języka nie świadczy o wiarygodności; zapewnij tłumacza.',
            en: 'No. Language skills say nothing about credibility; provide an interpreter.',
            uk: 'Ні. Знання мови не свідчить про достовірність; забезпечте перекладача.',
          },
        },
      ],
      feedback: {
        pl: 'Wskaźniki uprzedzenia (według OBWE/ODIHR) to m.in. słowa i symbole sprawcy, postrzeganie zdarzenia przez ofiarę i świadków, miejsce i czas, brak innego motywu oraz wcześniejsze incydenty. Nie przesądzają sprawy, ale obowiązują do zbadania motywu.',
        en:
          'Bias indicators (according to the OSCE/ODIHR) include the perpetrator’s words and symbols, how the victim and witnesses perceive the ' +
          'incident, place and time, the absence of another motive and previous incidents. They do not settle the case, but they oblige you to ' +
          'investigate the motive.',
        uk:
          'Індикатори упередженості (за ОБСЄ/БДІПЛ) — це, зокрема, слова й символи кривдника, сприйняття події потерпілим і свідками, місце і час, ' +
          'відсутність іншого мотиву та попередні інциденти. Вони не вирішують справу, але зобов’язують з’ясувати мотив.',
      },
    },
  },
  {
    key: 'q-tlumacz-dobre-praktyki',
    question: {
      type: 'multiple_choice',
      name: 'Dobre praktyki pracy z tłumaczem',
      prompt: {
        pl: 'Które zachowania są dobrą praktyką podczas rozmowy prowadzonej przez tłumacza? Zaznacz wszystkie właściwe.',
        en: 'Which behaviours are good practice in a conversation held through an interpreter? Select all that apply.',
        uk: 'Які дії є доброю практикою під час розмови через перекладача? Позначте всі правильні.',
      },
      points: 1,
      tags: ['tlumacz', 'komunikacja'],
      options: [
        {
          text: {
            pl: 'Mówienie bezpośrednio do osoby („Proszę mi powiedzieć…”), a nie do tłumacza',
            en: 'Speaking directly to the person (“Please tell me…”), not to the interpreter',
            uk: 'Звертатися безпосередньо до особи («Будь ласка, скажіть мені…»), а не до перекладача',
          },
          weight: 0.25,
          feedback: {
            pl: 'Tak. Rozmawiasz z osobą; tłumacz tylko przekłada.',
            en: 'Yes. You are talking to the person; the interpreter only translates.',
            uk: 'Так. Ви розмовляєте з особою; перекладач лише перекладає.',
          },
        },
        {
          text: {
            pl: 'Mówienie krótkimi fragmentami, z pauzami na przekład',
            en: 'Speaking in short segments, with pauses for the interpretation',
            uk: 'Говорити короткими фрагментами, з паузами на переклад',
          },
          weight: 0.25,
          feedback: {
            pl: 'Tak. Krótkie fragmenty zmniejszają ryzyko pominięć i błędów.',
            en: 'Yes. Short segments reduce the risk of omissions and errors.',
            uk: 'Так. Короткі фрагменти зменшують ризик пропусків і помилок.',
          },
        },
        {
          text: {
            pl: 'Krótka odprawa z tłumaczem przed rozmową: cel, zasady, poufność',
            en: 'A short briefing with the interpreter before the conversation: purpose, rules, confidentiality',
            uk: 'Короткий інструктаж перекладача перед розмовою: мета, правила, конфіденційність',
          },
          weight: 0.25,
          feedback: {
            pl: 'Tak. Odprawa pozwala uniknąć nieporozumień co do roli tłumacza.',
            en: 'Yes. A briefing avoids misunderstandings about the interpreter’s role.',
            uk: 'Так. Інструктаж допомагає уникнути непорозумінь щодо ролі перекладача.',
          },
        },
        {
          text: {
            pl: 'Poinformowanie osoby na początku, że tłumacz zachowa poufność',
            en: 'Telling the person at the start that the interpreter will keep everything confidential',
            uk: 'Повідомити особу на початку, що перекладач дотримуватиметься конфіденційності',
          },
          weight: 0.25,
          feedback: {
            pl: 'Tak. To często warunek szczerej rozmowy.',
            en: 'Yes. This is often a condition for an open conversation.',
            uk: 'Так. Це часто умова відвертої розмови.',
          },
        },
        {
          text: {
            pl: 'Poproszenie tłumacza o ocenę, czy osoba mówi prawdę',
            en: 'Asking the interpreter to judge whether the person is telling the truth',
            uk: 'Попросити перекладача оцінити, чи людина каже правду',
          },
          weight: -0.5,
          feedback: {
            pl: 'Nie. Tłumacz nie jest biegłym od wiarygodności; ocena należy do ciebie i organu.',
            en: 'No. The interpreter is not an expert on credibility; that judgement belongs to you and the authority.',
            uk: 'Ні. Перекладач не є експертом з достовірності; оцінювати маєте ви та орган.',
          },
        },
        {
          text: {
            pl: 'Poproszenie tłumacza, by przekazał tylko streszczenie długiej wypowiedzi',
            en: 'Asking the interpreter to give only a summary of a long statement',
            uk: 'Попросити перекладача передати лише стислий зміст довгої розповіді',
          },
          weight: -0.5,
          feedback: {
            pl: 'Nie. Tłumacz przekłada wszystko, niczego nie dodaje i nie pomija.',
            en: 'No. The interpreter translates everything, adding nothing and leaving nothing out.',
            uk: 'Ні. Перекладач перекладає все, нічого не додає і не пропускає.',
          },
        },
      ],
      feedback: {
        pl: 'Mów do osoby, krótkimi fragmentami, po odprawie z tłumaczem, i zapewnij ją o poufności. Tłumacz przekłada wszystko; nie streszcza i nie ocenia wiarygodności.',
        en:
          'Speak to the person, in short segments, after briefing the interpreter, and assure them of confidentiality. The interpreter translates ' +
          'everything; they do not summarise or judge credibility.',
        uk:
          'Говоріть до особи, короткими фрагментами, після інструктажу перекладача, і запевніть її в конфіденційності. Перекладач перекладає все; він ' +
          'не переказує стисло і не оцінює достовірності.',
      },
    },
  },
  {
    key: 'q-bezpieczenstwo-sygnaly-handlu',
    question: {
      type: 'multiple_choice',
      name: 'Sygnały handlu ludźmi i pracy przymusowej',
      prompt: {
        pl: 'Podczas kontroli na budowie rozmawiasz z grupą pracowników z zagranicy. Które sygnały mogą wskazywać na pracę przymusową lub handel ludźmi? Zaznacz wszystkie właściwe.',
        en:
          'During an inspection on a building site you talk to a group of foreign workers. Which signs may point to forced labour or human trafficking? ' +
          'Select all that apply.',
        uk:
          'Під час перевірки на будові ви розмовляєте з групою іноземних працівників. Які ознаки можуть вказувати на примусову працю або торгівлю ' +
          'людьми? Позначте всі правильні.',
      },
      points: 1,
      tags: ['bezpieczenstwo'],
      options: [
        {
          text: {
            pl: 'Paszporty pracowników „przechowuje” pracodawca lub pośrednik',
            en: 'The workers’ passports are “kept” by the employer or an agent',
            uk: 'Паспорти працівників «зберігає» роботодавець або посередник',
          },
          weight: 0.25,
          feedback: {
            pl: 'Tak. Odebranie dokumentów to klasyczny sposób kontrolowania ofiary.',
            en: 'Yes. Taking away documents is a classic way of controlling a victim.',
            uk: 'Так. Відібрання документів — класичний спосіб контролювати жертву.',
          },
        },
        {
          text: {
            pl: 'Pracownicy spłacają pośrednikowi dług za przyjazd, który zamiast maleć, rośnie',
            en: 'The workers are paying an agent a debt for their journey that grows instead of shrinking',
            uk: 'Працівники сплачують посередникові борг за приїзд, який замість зменшуватися зростає',
          },
          weight: 0.25,
          feedback: {
            pl: 'Tak. Niewola za długi to częsty mechanizm wyzysku.',
            en: 'Yes. Debt bondage is a common mechanism of exploitation.',
            uk: 'Так. Боргова кабала — поширений механізм експлуатації.',
          },
        },
        {
          text: {
            pl: 'Pracownicy nie znają adresu, pod którym mieszkają, i są wożeni do pracy przez „opiekuna”',
            en: 'The workers do not know the address where they live and are driven to work by a “minder”',
            uk: 'Працівники не знають адреси, де живуть, і їх возить на роботу «опікун»',
          },
          weight: 0.25,
          feedback: {
            pl: 'Tak. Ograniczona swoboda i izolacja to ważne sygnały.',
            en: 'Yes. Restricted freedom and isolation are important signs.',
            uk: 'Так. Обмежена свобода та ізоляція — важливі ознаки.',
          },
        },
        {
          text: {
            pl: 'Na każde pytanie odpowiada ta sama osoba, a pracownicy powtarzają wyuczoną historię',
            en: 'The same person answers every question, and the workers repeat a rehearsed story',
            uk: 'На кожне запитання відповідає та сама особа, а працівники повторюють завчену історію',
          },
          weight: 0.25,
          feedback: {
            pl: 'Tak. Kontrolowanie wypowiedzi to sygnał ostrzegawczy; porozmawiaj z pracownikami osobno, z niezależnym tłumaczem.',
            en: 'Yes. Controlling what people say is a warning sign; talk to the workers separately, with an independent interpreter.',
            uk: 'Так. Контроль над висловлюваннями — тривожний сигнал; поговоріть із працівниками окремо, з незалежним перекладачем.',
          },
        },
        {
          text: {
            pl: 'Pracownicy wysyłają część zarobków rodzinom w kraju pochodzenia',
            en: 'The workers send part of their earnings to their families at home',
            uk: 'Працівники надсилають частину заробітку родинам у країні походження',
          },
          weight: -0.5,
          feedback: {
            pl: 'Nie. To powszechna i legalna praktyka, a nie sygnał wyzysku.',
            en: 'No. This is a common and lawful practice, not a sign of exploitation.',
            uk: 'Ні. Це поширена й законна практика, а не ознака експлуатації.',
          },
        },
        {
          text: {
            pl: 'Pracownicy mają umowy i własne paszporty, ale słabo mówią po polsku',
            en: 'The workers have contracts and their own passports but speak little Polish',
            uk: 'Працівники мають договори й власні паспорти, але погано говорять польською',
          },
          weight: 0,
          feedback: {
            pl: 'Sama bariera językowa nie jest sygnałem handlu ludźmi.',
            en: 'A language barrier alone is not a sign of human trafficking.',
            uk: 'Сам лише мовний бар’єр не є ознакою торгівлі людьми.',
          },
        },
      ],
      feedback: {
        pl: 'Typowe sygnały to odebrane dokumenty, rosnący dług, ograniczona swoboda, izolacja i kontrolowanie wypowiedzi. Ofiara często nie uważa się za ofiarę. Skonsultuj sprawę z wyspecjalizowaną komórką lub z KCIK.',
        en:
          'Typical signs are confiscated documents, a growing debt, restricted freedom, isolation and control over what people say. A victim often does ' +
          'not see themselves as a victim. Consult a specialised unit or KCIK (the National Intervention and Consultation Centre for Victims of ' +
          'Trafficking).',
        uk:
          'Типові ознаки — відібрані документи, борг, що зростає, обмежена свобода, ізоляція та контроль над висловлюваннями. Жертва часто не вважає ' +
          'себе жертвою. Проконсультуйтеся зі спеціалізованим підрозділом або з KCIK (Національним інтервенційно-консультаційним центром для жертв ' +
          'торгівлі людьми).',
      },
    },
  },

  // ───────────── true_false ─────────────
  {
    key: 'q-tlumacz-policjant-zna-jezyk',
    question: {
      type: 'true_false',
      name: 'Policjant znający język zamiast tłumacza',
      prompt: {
        pl: 'Jeżeli policjant prowadzący przesłuchanie zna język świadka, może zrezygnować z wezwania tłumacza i sam tłumaczyć.',
        en: 'If the police officer conducting an interview knows the witness’s language, he may dispense with calling an interpreter and interpret himself.',
        uk: 'Якщо поліцейський, який проводить допит, знає мову свідка, він може не викликати перекладача й перекладати сам.',
      },
      points: 1,
      tags: ['tlumacz'],
      correct: false,
      feedbackTrue: {
        pl: 'To nieprawda. Prowadzący czynność nie może jednocześnie tłumaczyć. Wytyczne Komendanta Głównego Policji przewidują wezwanie tłumacza także wtedy, gdy policjant zna język osoby.',
        en:
          'That is not true. The person conducting the procedure cannot interpret at the same time. The guidelines of the Chief Commandant of the ' +
          'Police provide for calling an interpreter even when the officer knows the person’s language.',
        uk:
          'Це неправда. Той, хто проводить дію, не може водночас перекладати. Настанови Головного коменданта поліції передбачають виклик перекладача й ' +
          'тоді, коли поліцейський знає мову особи.',
      },
      feedbackFalse: {
        pl: 'Dobrze. Tłumacz musi być osobą odrębną od prowadzącego czynność; znajomość języka przez policjanta nie zwalnia z obowiązku wezwania tłumacza.',
        en:
          'Correct. The interpreter must be a person other than the one conducting the procedure; the officer’s knowledge of the language does not ' +
          'release him from the duty to call an interpreter.',
        uk: 'Правильно. Перекладач має бути іншою особою, ніж той, хто проводить дію; знання мови поліцейським не звільняє від обов’язку викликати перекладача.',
      },
      feedback: {
        pl: 'Art. 204 § 1 pkt 2 kpk nakazuje wezwać tłumacza do przesłuchania osoby niewładającej językiem polskim. Znajomość języka przez prowadzącego może pomóc w kontakcie, ale nie zastępuje tłumacza.',
        en:
          'Art. 204 § 1(2) of the Code of Criminal Procedure requires an interpreter to be called to interview a person who does not speak Polish. The ' +
          'interviewer’s knowledge of the language may help the contact but does not replace an interpreter.',
        uk:
          'Ст. 204 § 1 п. 2 КПК вимагає викликати перекладача для допиту особи, яка не володіє польською мовою. Знання мови тим, хто проводить допит, ' +
          'може допомогти в контакті, але не замінює перекладача.',
      },
    },
  },
  {
    key: 'q-prawa-art3-stan-wyjatkowy',
    question: {
      type: 'true_false',
      name: 'Art. 3 EKPC w stanie nadzwyczajnym',
      prompt: {
        pl: 'W stanie nadzwyczajnym państwo może zawiesić stosowanie zakazu tortur oraz nieludzkiego lub poniżającego traktowania (art. 3 EKPC).',
        en: 'In a state of emergency the state may suspend the prohibition of torture and inhuman or degrading treatment (Art. 3 ECHR).',
        uk: 'Під час надзвичайного стану держава може призупинити дію заборони катувань і нелюдського чи такого, що принижує гідність, поводження (ст. 3 ЄКПЛ).',
      },
      points: 1,
      tags: ['prawa-czlowieka'],
      correct: false,
      feedbackTrue: {
        pl: 'To nieprawda. Art. 15 EKPC wprost wyłącza art. 3 spod możliwości derogacji.',
        en: 'That is not true. Art. 15 ECHR expressly excludes Art. 3 from derogation.',
        uk: 'Це неправда. Ст. 15 ЄКПЛ прямо виключає ст. 3 з-під можливості відступу.',
      },
      feedbackFalse: {
        pl: 'Dobrze. Zakaz z art. 3 EKPC jest bezwzględny i obowiązuje zawsze.',
        en: 'Correct. The prohibition in Art. 3 ECHR is absolute and always applies.',
        uk: 'Правильно. Заборона за ст. 3 ЄКПЛ абсолютна й діє завжди.',
      },
      feedback: {
        pl: 'Zakaz tortur i nieludzkiego traktowania jest bezwzględny: nie ma od niego wyjątków ani w czasie wojny, ani w stanie nadzwyczajnym, ani wobec osób podejrzanych o terroryzm.',
        en:
          'The prohibition of torture and inhuman treatment is absolute: there are no exceptions, not in war, not in a state of emergency, not for ' +
          'people suspected of terrorism.',
        uk:
          'Заборона катувань і нелюдського поводження абсолютна: винятків із неї немає ні під час війни, ні в надзвичайному стані, ні щодо осіб, ' +
          'підозрюваних у тероризмі.',
      },
    },
  },
  {
    key: 'q-antydyskryminacja-profilowanie',
    question: {
      type: 'true_false',
      name: 'Legitymowanie z powodu wyglądu',
      prompt: {
        pl: 'Legitymowanie osoby tylko dlatego, że „wygląda na cudzoziemca”, jest dopuszczalną praktyką prewencyjną.',
        en: 'Checking a person’s identity only because they “look foreign” is an acceptable preventive practice.',
        uk: 'Перевірка документів особи лише тому, що вона «схожа на іноземця», є допустимою профілактичною практикою.',
      },
      points: 1,
      tags: ['antydyskryminacja', 'prawa-czlowieka'],
      correct: false,
      feedbackTrue: {
        pl: 'To nieprawda. To profilowanie etniczne, sprzeczne z zakazem dyskryminacji (art. 32 Konstytucji RP) i ze standardami międzynarodowymi.',
        en:
          'That is not true. It is ethnic profiling, contrary to the prohibition of discrimination (Art. 32 of the Polish Constitution) and to ' +
          'international standards.',
        uk: 'Це неправда. Це етнічне профілювання, що суперечить забороні дискримінації (ст. 32 Конституції Республіки Польща) та міжнародним стандартам.',
      },
      feedbackFalse: {
        pl: 'Dobrze. Podstawą czynności musi być konkretne zachowanie, rysopis konkretnej osoby lub konkretne informacje, a nie wygląd czy pochodzenie.',
        en: 'Correct. Any action must be based on specific behaviour, the description of a specific person or specific information, not on appearance or origin.',
        uk: 'Правильно. Підставою для дії має бути конкретна поведінка, опис прикмет конкретної особи або конкретна інформація, а не зовнішність чи походження.',
      },
      feedback: {
        pl: 'Pytanie kontrolne: czy podjąłbym tę samą czynność wobec osoby o innym wyglądzie, która zachowuje się tak samo? Jeśli nie, to profilowanie.',
        en: 'The test question: would I take the same action towards a person of different appearance who behaves in the same way? If not, it is profiling.',
        uk: 'Контрольне запитання: чи вчинив би я так само щодо особи іншої зовнішності, яка поводиться так само? Якщо ні, це профілювання.',
      },
    },
  },
  {
    key: 'q-bezpieczenstwo-niebieska-karta-zgoda',
    question: {
      type: 'true_false',
      name: 'Niebieska Karta a zgoda osoby',
      prompt: {
        pl: 'Wszczęcie procedury „Niebieskie Karty” wymaga zgody osoby doznającej przemocy domowej.',
        en: 'Starting the “Blue Cards” procedure requires the consent of the person experiencing domestic violence.',
        uk: 'Для початку процедури «Блакитні картки» потрібна згода особи, яка зазнає домашнього насильства.',
      },
      points: 1,
      tags: ['bezpieczenstwo'],
      correct: false,
      feedbackTrue: {
        pl: 'To nieprawda. Procedurę wszczyna się bez zgody osoby doznającej przemocy, gdy zachodzi podejrzenie przemocy domowej.',
        en: 'That is not true. The procedure is started without the consent of the person experiencing violence when domestic violence is suspected.',
        uk: 'Це неправда. Процедуру розпочинають без згоди особи, яка зазнає насильства, коли є підозра домашнього насильства.',
      },
      feedbackFalse: {
        pl: 'Dobrze. Zgoda nie jest wymagana, ale warto wyjaśnić osobie, na czym polega procedura i jakie wsparcie daje.',
        en: 'Correct. Consent is not required, but it is worth explaining to the person what the procedure involves and what support it offers.',
        uk: 'Правильно. Згода не потрібна, але варто пояснити особі, у чому полягає процедура і яку підтримку вона дає.',
      },
      feedback: {
        pl: 'Procedurę „Niebieskie Karty” wszczynają m.in. Policja i ośrodki pomocy społecznej w razie podejrzenia przemocy domowej, bez zgody osoby jej doznającej. Dotyczy to również rodzin cudzoziemców.',
        en:
          'The “Blue Cards” procedure is started by, among others, the Police and social welfare centres when domestic violence is suspected, without ' +
          'the consent of the person experiencing it. This applies to foreigners’ families too.',
        uk:
          'Процедуру «Блакитні картки» розпочинають, зокрема, поліція і центри соціальної допомоги в разі підозри домашнього насильства, без згоди ' +
          'особи, яка його зазнає. Це стосується й родин іноземців.',
      },
    },
  },

  // ───────────── short_answer ─────────────
  {
    key: 'q-prawa-non-refoulement',
    question: {
      type: 'short_answer',
      name: 'Zasada zakazu odsyłania',
      prompt: {
        pl: 'Jak nazywa się zasada prawa międzynarodowego zakazująca odesłania osoby do państwa, w którym grozi jej prześladowanie, tortury lub nieludzkie traktowanie? Podaj jej nazwę (termin obcojęzyczny).',
        en:
          'What is the name of the principle of international law that prohibits sending a person to a state where they face persecution, torture or ' +
          'inhuman treatment? Give its name (the foreign term).',
        uk:
          'Як називається принцип міжнародного права, що забороняє відправляти особу до держави, де їй загрожують переслідування, катування або ' +
          'нелюдське поводження? Вкажіть його назву (іншомовний термін).',
      },
      points: 1,
      tags: ['prawa-czlowieka', 'status-prawny'],
      caseSensitive: false,
      answers: [
        { text: 'non-refoulement', weight: 1 },
        { text: 'non refoulement', weight: 1 },
        { text: 'nonrefoulement', weight: 1 },
        { text: 'zasada non-refoulement', weight: 1 },
        { text: 'zasada non refoulement', weight: 1 },
        // The term is the same in every language; the words around it are not.
        { text: 'principle of non-refoulement', weight: 1 },
        { text: 'the principle of non-refoulement', weight: 1 },
        { text: 'принцип non-refoulement', weight: 1 },
        {
          text: 'zakaz odsyłania',
          weight: 0.5,
          feedback: {
            pl: 'Dobrze co do treści; pełna nazwa zasady to non-refoulement.',
            en: 'Right in substance; the full name of the principle is non-refoulement.',
            uk: 'Правильно по суті; повна назва принципу — non-refoulement.',
          },
        },
      ],
      feedback: {
        pl: 'To zasada non-refoulement (Konwencja genewska, art. 33; art. 3 EKPC). Funkcjonariusz, który słyszy „boję się wracać”, nie ocenia zasadności obawy, tylko kieruje sprawę do właściwej procedury.',
        en:
          'It is the principle of non-refoulement (Geneva Convention, Art. 33; Art. 3 ECHR). An officer who hears “I am afraid to go back” does not ' +
          'judge whether the fear is justified but refers the case to the proper procedure.',
        uk:
          'Це принцип non-refoulement (Женевська конвенція, ст. 33; ст. 3 ЄКПЛ). Посадовець, який чує «я боюся повертатися», не оцінює обґрунтованості ' +
          'страху, а скеровує справу до належної процедури.',
      },
    },
  },
  {
    key: 'q-tlumacz-przysiegly',
    question: {
      type: 'short_answer',
      name: 'Tłumacz z listy Ministra Sprawiedliwości',
      prompt: {
        pl: 'Jak nazywa się tłumacz wpisany na listę prowadzoną przez Ministra Sprawiedliwości, uprawniony do poświadczania tłumaczeń i związany tajemnicą zawodową?',
        en:
          'What is the name for a translator entered on the list kept by the Minister of Justice, authorised to certify translations and bound by ' +
          'professional secrecy?',
        uk:
          'Як називається перекладач, внесений до списку, який веде міністр юстиції, уповноважений засвідчувати переклади і зобов’язаний зберігати ' +
          'професійну таємницю?',
      },
      points: 1,
      tags: ['tlumacz'],
      caseSensitive: false,
      answers: [
        { text: 'tłumacz przysięgły', weight: 1 },
        { text: 'tlumacz przysiegly', weight: 1 },
        { text: 'przysięgły', weight: 1 },
        { text: 'przysiegly', weight: 1 },
        // Officers who take the course in English or Ukrainian answer in their language.
        { text: 'sworn translator', weight: 1 },
        { text: 'sworn interpreter', weight: 1 },
        { text: 'присяжний перекладач', weight: 1 },
        { text: 'присяжний', weight: 1 },
      ],
      feedback: {
        pl: 'To tłumacz przysięgły. Co do zasady nie może odmówić tłumaczenia na żądanie sądu, prokuratora, Policji i organów administracji publicznej.',
        en:
          'It is a sworn translator (tłumacz przysięgły). As a rule they may not refuse to translate when asked by a court, a prosecutor, the Police or ' +
          'public administration authorities.',
        uk:
          'Це присяжний перекладач (tłumacz przysięgły). За загальним правилом він не може відмовитися від перекладу на вимогу суду, прокурора, поліції ' +
          'та органів публічної адміністрації.',
      },
    },
  },
  {
    key: 'q-status-wojewoda',
    question: {
      type: 'short_answer',
      name: 'Organ udzielający zezwoleń na pobyt',
      prompt: {
        pl: 'Jaki organ w pierwszej instancji udziela cudzoziemcom zezwoleń na pobyt czasowy i stały? Podaj nazwę organu jednym słowem.',
        en: 'Which authority grants foreigners temporary and permanent residence permits at first instance? Give the name of the authority in one word.',
        uk: 'Який орган у першій інстанції надає іноземцям дозволи на тимчасове та постійне проживання? Вкажіть назву органу одним словом.',
      },
      points: 1,
      tags: ['status-prawny'],
      caseSensitive: false,
      answers: [
        { text: 'wojewoda', weight: 1 },
        { text: 'wojewoda małopolski', weight: 1 },
        { text: 'wojewoda malopolski', weight: 1 },
        // Officers who take the course in English or Ukrainian answer in their language.
        { text: 'voivode', weight: 1 },
        { text: 'voivod', weight: 1 },
        { text: 'воєвода', weight: 1 },
        {
          text: 'urząd wojewódzki',
          weight: 0.5,
          feedback: {
            pl: 'Prawie: urząd obsługuje wojewodę, ale organem jest wojewoda.',
            en: 'Almost: the office serves the voivode, but the authority is the voivode.',
            uk: 'Майже: управління обслуговує воєводу, але органом є воєвода.',
          },
        },
        {
          text: 'Małopolski Urząd Wojewódzki',
          weight: 0.5,
          feedback: {
            pl: 'Prawie: urząd obsługuje wojewodę, ale organem jest Wojewoda Małopolski.',
            en: 'Almost: the office serves the voivode, but the authority is the Małopolska Voivode.',
            uk: 'Майже: управління обслуговує воєводу, але органом є Малопольський воєвода.',
          },
        },
      ],
      feedback: {
        pl: 'Zezwoleń na pobyt czasowy, stały i rezydenta długoterminowego UE udziela wojewoda; odwołania rozpatruje Szef Urzędu do Spraw Cudzoziemców.',
        en: 'Temporary, permanent and EU long-term resident permits are granted by the voivode; appeals are heard by the Head of the Office for Foreigners.',
        uk:
          'Дозволи на тимчасове, постійне проживання і на проживання довгострокового резидента ЄС надає воєвода; скарги розглядає Голова Управління у ' +
          'справах іноземців.',
      },
    },
  },

  // ───────────── numeric ─────────────
  {
    key: 'q-bezpieczenstwo-112',
    question: {
      type: 'numeric',
      name: 'Numer alarmowy',
      prompt: {
        pl: 'Jaki jest ogólnoeuropejski numer alarmowy, który warto przekazać cudzoziemcowi na wypadek zagrożenia życia lub zdrowia?',
        en: 'What is the Europe-wide emergency number worth giving a foreigner in case of a threat to life or health?',
        uk: 'Який загальноєвропейський номер екстреної допомоги варто повідомити іноземцеві на випадок загрози життю чи здоров’ю?',
      },
      points: 1,
      tags: ['bezpieczenstwo'],
      answers: [{ value: 112, tolerance: 0, weight: 1 }],
      feedback: {
        pl: '112 to numer alarmowy obowiązujący w całej Unii Europejskiej.',
        en: '112 is the emergency number throughout the European Union.',
        uk: '112 — номер екстреної допомоги, що діє в усьому Європейському Союзі.',
      },
    },
  },
  {
    key: 'q-status-90-dni',
    question: {
      type: 'numeric',
      name: 'Limit pobytu w ruchu bezwizowym',
      prompt: {
        pl: 'Ile dni maksymalnie może przebywać w strefie Schengen cudzoziemiec w ruchu bezwizowym (lub na wizie Schengen typu C) w dowolnym okresie 180 dni? Podaj liczbę.',
        en:
          'What is the maximum number of days a foreigner travelling visa-free (or on a Schengen type C visa) may stay in the Schengen area in any ' +
          '180-day period? Give a number.',
        uk:
          'Скільки днів максимально може перебувати в Шенгенській зоні іноземець у безвізовому режимі (або за шенгенською візою типу C) у будь-якому ' +
          '180-денному періоді? Вкажіть число.',
      },
      points: 1,
      tags: ['status-prawny'],
      answers: [{ value: 90, tolerance: 0, weight: 1 }],
      feedback: {
        pl: 'Pobyt krótkoterminowy w strefie Schengen to maksymalnie 90 dni w każdym okresie 180 dni. Dłuższy pobyt wymaga wizy krajowej (D) albo zezwolenia na pobyt.',
        en: 'A short stay in the Schengen area is at most 90 days in any 180-day period. A longer stay requires a national visa (D) or a residence permit.',
        uk:
          'Короткострокове перебування в Шенгенській зоні — максимум 90 днів у кожному 180-денному періоді. Довше перебування потребує національної ' +
          'візи (D) або дозволу на проживання.',
      },
    },
  },

  // ───────────── matching ─────────────
  {
    key: 'q-status-kto-za-co',
    question: {
      type: 'matching',
      name: 'Kto za co odpowiada',
      prompt: {
        pl: 'Dopasuj instytucję do jej zadania w sprawach cudzoziemców.',
        en: 'Match each institution to its task in foreigners’ matters.',
        uk: 'Зіставте установу з її завданням у справах іноземців.',
      },
      points: 1,
      tags: ['status-prawny'],
      pairs: [
        {
          left: {
            pl: 'Wojewoda',
            en: 'Voivode',
            uk: 'Воєвода',
          },
          right: {
            pl: 'Udziela zezwoleń na pobyt czasowy i stały',
            en: 'Grants temporary and permanent residence permits',
            uk: 'Надає дозволи на тимчасове і постійне проживання',
          },
        },
        {
          left: {
            pl: 'Szef Urzędu do Spraw Cudzoziemców',
            en: 'Head of the Office for Foreigners',
            uk: 'Голова Управління у справах іноземців',
          },
          right: {
            pl: 'Rozpatruje w pierwszej instancji wnioski o ochronę międzynarodową',
            en: 'Decides at first instance on applications for international protection',
            uk: 'Розглядає в першій інстанції заяви про міжнародний захист',
          },
        },
        {
          left: {
            pl: 'Straż Graniczna',
            en: 'Border Guard',
            uk: 'Прикордонна охорона',
          },
          right: {
            pl: 'Przyjmuje wnioski o ochronę międzynarodową i kontroluje legalność pobytu',
            en: 'Receives applications for international protection and checks the legality of stay',
            uk: 'Приймає заяви про міжнародний захист і перевіряє законність перебування',
          },
        },
        {
          left: {
            pl: 'Rada do Spraw Uchodźców',
            en: 'Refugee Board',
            uk: 'Рада у справах біженців',
          },
          right: {
            pl: 'Rozpatruje odwołania w sprawach ochrony międzynarodowej',
            en: 'Hears appeals in international protection cases',
            uk: 'Розглядає скарги у справах міжнародного захисту',
          },
        },
      ],
      distractors: [
        {
          pl: 'Wydaje wizy w placówkach konsularnych za granicą',
          en: 'Issues visas at consulates abroad',
          uk: 'Видає візи в консульських установах за кордоном',
        },
      ],
      feedback: {
        pl: 'Wojewoda: zezwolenia na pobyt. Szef UdSC: ochrona międzynarodowa w I instancji (i odwołania w sprawach pobytowych). Straż Graniczna: przyjmowanie wniosków o ochronę, kontrola legalności pobytu. Rada do Spraw Uchodźców: odwołania w sprawach ochrony.',
        en:
          'Voivode: residence permits. Head of the Office for Foreigners: international protection at first instance (and appeals in residence ' +
          'matters). Border Guard: receiving protection applications, checking the legality of stay. Refugee Board: appeals in protection cases.',
        uk:
          'Воєвода: дозволи на проживання. Голова Управління у справах іноземців: міжнародний захист у I інстанції (і скарги у справах проживання). ' +
          'Прикордонна охорона: прийняття заяв про захист, контроль законності перебування. Рада у справах біженців: скарги у справах захисту.',
      },
    },
  },
  {
    key: 'q-prawa-ekpc-artykuly',
    question: {
      type: 'matching',
      name: 'Artykuły EKPC',
      prompt: {
        pl: 'Dopasuj artykuł Europejskiej Konwencji Praw Człowieka do chronionego prawa.',
        en: 'Match each article of the European Convention on Human Rights to the right it protects.',
        uk: 'Зіставте статтю Європейської конвенції з прав людини з правом, яке вона захищає.',
      },
      points: 1,
      tags: ['prawa-czlowieka'],
      pairs: [
        {
          left: {
            pl: 'Art. 3 EKPC',
            en: 'Art. 3 ECHR',
            uk: 'Ст. 3 ЄКПЛ',
          },
          right: {
            pl: 'Zakaz tortur oraz nieludzkiego lub poniżającego traktowania',
            en: 'Prohibition of torture and inhuman or degrading treatment',
            uk: 'Заборона катувань і нелюдського чи такого, що принижує гідність, поводження',
          },
        },
        {
          left: {
            pl: 'Art. 5 EKPC',
            en: 'Art. 5 ECHR',
            uk: 'Ст. 5 ЄКПЛ',
          },
          right: {
            pl: 'Prawo do wolności i bezpieczeństwa osobistego',
            en: 'Right to liberty and security of person',
            uk: 'Право на свободу та особисту недоторканність',
          },
        },
        {
          left: {
            pl: 'Art. 8 EKPC',
            en: 'Art. 8 ECHR',
            uk: 'Ст. 8 ЄКПЛ',
          },
          right: {
            pl: 'Prawo do poszanowania życia prywatnego i rodzinnego',
            en: 'Right to respect for private and family life',
            uk: 'Право на повагу до приватного і сімейного життя',
          },
        },
      ],
      distractors: [
        {
          pl: 'Prawo do zawarcia małżeństwa',
          en: 'Right to marry',
          uk: 'Право на шлюб',
        },
      ],
      feedback: {
        pl: 'Art. 3: zakaz tortur (bezwzględny). Art. 5: wolność osobista, w tym gwarancje przy zatrzymaniu cudzoziemca. Art. 8: życie prywatne i rodzinne, ważne m.in. przy decyzjach o wydaleniu.',
        en:
          'Art. 3: prohibition of torture (absolute). Art. 5: personal liberty, including safeguards when a foreigner is detained. Art. 8: private and ' +
          'family life, important among others in expulsion decisions.',
        uk:
          'Ст. 3: заборона катувань (абсолютна). Ст. 5: особиста свобода, зокрема гарантії при затриманні іноземця. Ст. 8: приватне і сімейне життя, ' +
          'важливе, зокрема, при рішеннях про видворення.',
      },
    },
  },
  {
    key: 'q-antydyskryminacja-przepisy',
    question: {
      type: 'matching',
      name: 'Przepisy i ich treść',
      prompt: {
        pl: 'Dopasuj przepis do jego treści.',
        en: 'Match each provision to its content.',
        uk: 'Зіставте положення з його змістом.',
      },
      points: 1,
      tags: ['antydyskryminacja', 'bezpieczenstwo'],
      pairs: [
        {
          left: {
            pl: 'Art. 32 Konstytucji RP',
            en: 'Art. 32 of the Polish Constitution',
            uk: 'Ст. 32 Конституції Республіки Польща',
          },
          right: {
            pl: 'Równość wobec prawa i zakaz dyskryminacji',
            en: 'Equality before the law and prohibition of discrimination',
            uk: 'Рівність перед законом і заборона дискримінації',
          },
        },
        {
          left: {
            pl: 'Art. 119 kk',
            en: 'Art. 119 of the Criminal Code',
            uk: 'Ст. 119 КК',
          },
          right: {
            pl: 'Przemoc lub groźba bezprawna z powodu przynależności narodowej, etnicznej, rasowej, politycznej lub wyznaniowej',
            en: 'Violence or unlawful threats because of national, ethnic, racial, political or religious affiliation',
            uk: 'Насильство або протиправна погроза через національну, етнічну, расову, політичну чи релігійну приналежність',
          },
        },
        {
          left: {
            pl: 'Art. 257 kk',
            en: 'Art. 257 of the Criminal Code',
            uk: 'Ст. 257 КК',
          },
          right: {
            pl: 'Publiczne znieważenie osoby z powodu jej przynależności narodowej, etnicznej, rasowej lub wyznaniowej',
            en: 'Public insult of a person because of their national, ethnic, racial or religious affiliation',
            uk: 'Публічна образа особи через її національну, етнічну, расову чи релігійну приналежність',
          },
        },
        {
          left: {
            pl: 'Art. 189a kk',
            en: 'Art. 189a of the Criminal Code',
            uk: 'Ст. 189a КК',
          },
          right: {
            pl: 'Handel ludźmi',
            en: 'Human trafficking',
            uk: 'Торгівля людьми',
          },
        },
        {
          left: {
            pl: 'Art. 72 kpk',
            en: 'Art. 72 of the Code of Criminal Procedure',
            uk: 'Ст. 72 КПК',
          },
          right: {
            pl: 'Prawo oskarżonego do bezpłatnej pomocy tłumacza',
            en: 'The accused’s right to the free assistance of an interpreter',
            uk: 'Право обвинуваченого на безоплатну допомогу перекладача',
          },
        },
      ],
      distractors: [
        {
          pl: 'Obowiązek meldunkowy cudzoziemca',
          en: 'A foreigner’s duty to register their address',
          uk: 'Обов’язок іноземця зареєструвати місце проживання',
        },
      ],
      feedback: {
        pl: 'Art. 32 Konstytucji: równość i niedyskryminacja. Art. 119 i 257 kk: przestępstwa z nienawiści (ścigane z urzędu). Art. 189a kk: handel ludźmi. Art. 72 kpk: bezpłatny tłumacz dla oskarżonego i podejrzanego.',
        en:
          'Art. 32 of the Constitution: equality and non-discrimination. Arts. 119 and 257 of the Criminal Code: hate crimes (prosecuted ex officio). ' +
          'Art. 189a of the Criminal Code: human trafficking. Art. 72 of the Code of Criminal Procedure: a free interpreter for the accused and the ' +
          'suspect.',
        uk:
          'Ст. 32 Конституції: рівність і недискримінація. Ст. 119 і 257 КК: злочини на ґрунті ненависті (переслідуються в порядку публічного ' +
          'обвинувачення). Ст. 189a КК: торгівля людьми. Ст. 72 КПК: безоплатний перекладач для обвинуваченого і підозрюваного.',
      },
    },
  },

  // ───────────── ordering ─────────────
  {
    key: 'q-tlumacz-kolejnosc',
    question: {
      type: 'ordering',
      name: 'Kolejność pracy z tłumaczem',
      prompt: {
        pl: 'Ułóż kroki rozmowy z udziałem tłumacza we właściwej kolejności.',
        en: 'Put the steps of a conversation with an interpreter in the right order.',
        uk: 'Розташуйте кроки розмови за участю перекладача в правильному порядку.',
      },
      points: 1,
      tags: ['tlumacz'],
      items: [
        {
          pl: 'Ustal język (i dialekt), którym osoba posługuje się najlepiej',
          en: 'Find out the language (and dialect) the person speaks best',
          uk: 'З’ясуйте мову (і діалект), якою особа володіє найкраще',
        },
        {
          pl: 'Zapewnij profesjonalnego tłumacza i sprawdź, czy nie zna stron sprawy',
          en: 'Provide a professional interpreter and check that they do not know the parties',
          uk: 'Забезпечте професійного перекладача й перевірте, чи він не знає сторін справи',
        },
        {
          pl: 'Przeprowadź krótką odprawę z tłumaczem: cel, zasady, poufność',
          en: 'Hold a short briefing with the interpreter: purpose, rules, confidentiality',
          uk: 'Проведіть короткий інструктаж перекладача: мета, правила, конфіденційність',
        },
        {
          pl: 'Przedstaw wszystkich i wyjaśnij osobie rolę tłumacza',
          en: 'Introduce everyone and explain the interpreter’s role to the person',
          uk: 'Представте всіх і поясніть особі роль перекладача',
        },
        {
          pl: 'Prowadź rozmowę, mówiąc do osoby krótkimi fragmentami',
          en: 'Conduct the conversation, speaking to the person in short segments',
          uk: 'Ведіть розмову, звертаючись до особи короткими фрагментами',
        },
        {
          pl: 'Sprawdź zrozumienie, prosząc o powtórzenie własnymi słowami',
          en: 'Check understanding by asking the person to repeat in their own words',
          uk: 'Перевірте розуміння, попросивши повторити своїми словами',
        },
        {
          pl: 'Po rozmowie omów jej przebieg z tłumaczem',
          en: 'After the conversation, go over how it went with the interpreter',
          uk: 'Після розмови обговоріть її перебіг із перекладачем',
        },
      ],
      feedback: {
        pl: 'Najpierw język i właściwy tłumacz, potem odprawa, przedstawienie ról, rozmowa krótkimi fragmentami, sprawdzenie zrozumienia i na koniec krótkie omówienie z tłumaczem.',
        en:
          'First the language and the right interpreter, then the briefing, introducing the roles, the conversation in short segments, checking ' +
          'understanding and finally a short debrief with the interpreter.',
        uk:
          'Спершу мова і відповідний перекладач, потім інструктаж, представлення ролей, розмова короткими фрагментами, перевірка розуміння і наприкінці ' +
          'коротке обговорення з перекладачем.',
      },
    },
  },
  {
    key: 'q-status-kolejnosc-ochrona',
    question: {
      type: 'ordering',
      name: 'Droga wniosku o ochronę międzynarodową',
      prompt: {
        pl: 'Ułóż we właściwej kolejności etapy postępowania, gdy cudzoziemiec na lotnisku prosi o ochronę.',
        en: 'Put in the right order the stages of the procedure when a foreigner at the airport asks for protection.',
        uk: 'Розташуйте в правильному порядку етапи процедури, коли іноземець в аеропорту просить про захист.',
      },
      points: 1,
      tags: ['status-prawny', 'prawa-czlowieka'],
      items: [
        {
          pl: 'Funkcjonariusz rozpoznaje, że osoba (w dowolnym języku i formie) chce ubiegać się o ochronę',
          en: 'The officer recognises that the person (in any language and form) wishes to apply for protection',
          uk: 'Посадовець розпізнає, що особа (будь-якою мовою і в будь-якій формі) хоче просити про захист',
        },
        {
          pl: 'Osoba otrzymuje tłumacza i informację o procedurze w zrozumiałym języku',
          en: 'The person is given an interpreter and information about the procedure in a language they understand',
          uk: 'Особа отримує перекладача та інформацію про процедуру зрозумілою їй мовою',
        },
        {
          pl: 'Wniosek zostaje złożony za pośrednictwem komendanta placówki Straży Granicznej',
          en: 'The application is lodged through the commander of the Border Guard post',
          uk: 'Заяву подають через коменданта застави Прикордонної охорони',
        },
        {
          pl: 'Szef Urzędu do Spraw Cudzoziemców rozpatruje wniosek i wydaje decyzję',
          en: 'The Head of the Office for Foreigners examines the application and issues a decision',
          uk: 'Голова Управління у справах іноземців розглядає заяву й ухвалює рішення',
        },
        {
          pl: 'Od decyzji odmownej przysługuje odwołanie do Rady do Spraw Uchodźców',
          en: 'A refusal may be appealed to the Refugee Board',
          uk: 'Відмову можна оскаржити до Ради у справах біженців',
        },
      ],
      feedback: {
        pl: 'Kluczowy jest pierwszy krok: rozpoznanie prośby o ochronę, wyrażonej jakkolwiek. Potem informacja w zrozumiałym języku, złożenie wniosku przez Straż Graniczną, decyzja Szefa UdSC i ewentualne odwołanie do Rady do Spraw Uchodźców.',
        en:
          'The key is the first step: recognising a request for protection, however it is expressed. Then information in a language the person ' +
          'understands, lodging the application through the Border Guard, the decision of the Head of the Office for Foreigners and, if need be, an ' +
          'appeal to the Refugee Board.',
        uk:
          'Ключовий перший крок: розпізнати прохання про захист, висловлене будь-як. Далі інформація зрозумілою мовою, подання заяви через Прикордонну ' +
          'охорону, рішення Голови Управління у справах іноземців і, можливо, скарга до Ради у справах біженців.',
      },
    },
  },

  // ───────────── essay ─────────────
  {
    key: 'q-komunikacja-refleksja',
    question: {
      type: 'essay',
      name: 'Refleksja: bariera językowa lub kulturowa',
      prompt: {
        pl: 'Opisz sytuację ze swojej pracy (lub wyobrażoną, typową dla twojej służby), w której bariera językowa lub kulturowa wpłynęła na przebieg czynności. Co poszło dobrze, a co sprawiło trudność? Co zrobisz inaczej, korzystając z wiedzy z tego kursu? (ok. 200–400 słów)',
        en:
          'Describe a situation from your work (or an imagined one, typical of your service) in which a language or cultural barrier affected how an ' +
          'official action went. What went well, and what was difficult? What will you do differently, using what you learned in this course? (about ' +
          '200–400 words)',
        uk:
          'Опишіть ситуацію зі своєї роботи (або уявну, типову для вашої служби), у якій мовний чи культурний бар’єр вплинув на перебіг дії. Що ' +
          'вдалося, а що було складним? Що ви зробите інакше, використовуючи знання з цього курсу? (приблизно 200–400 слів)',
      },
      points: 5,
      tags: ['komunikacja'],
      graderInfo: {
        pl:
          'Oceń w skali 0–5. Po 1 punkcie za: (1) konkretny opis sytuacji i roli autora; (2) trafne rozpoznanie źródła trudności ' +
          '(język, tłumacz, oczekiwania kulturowe, strach przed służbami, stereotyp); (3) odniesienie do co najmniej dwóch narzędzi z kursu ' +
          '(prosty język, teach-back, profesjonalny tłumacz zamiast rodziny, rozmowa na osobności, deeskalacja); (4) refleksję nad własnymi ' +
          'założeniami lub uprzedzeniami; (5) realistyczny plan zmiany. Nie obniżaj oceny za błędy językowe. Jeśli odpowiedź zawiera ' +
          'uogólnienia o grupach narodowych jako pewniki, odnieś się do tego w komentarzu.',
        en:
          'Mark on a scale of 0–5. One point each for: (1) a concrete description of the situation and the author’s role; (2) correctly identifying the ' +
          'source of difficulty (language, interpreter, cultural expectations, fear of the authorities, stereotype); (3) reference to at least two ' +
          'tools from the course (plain language, teach-back, a professional interpreter instead of family, talking in private, de-escalation); (4) ' +
          'reflection on one’s own assumptions or biases; (5) a realistic plan for change. Do not mark down for language errors. If the answer presents ' +
          'generalisations about national groups as certainties, address this in your comment.',
        uk:
          'Оцініть за шкалою 0–5. По 1 балу за: (1) конкретний опис ситуації та ролі автора; (2) правильне визначення джерела труднощів (мова, ' +
          'перекладач, культурні очікування, страх перед службами, стереотип); (3) посилання щонайменше на два інструменти з курсу (проста мова, ' +
          'teach-back, професійний перекладач замість родини, розмова наодинці, деескалація); (4) рефлексію щодо власних припущень або упереджень; (5) ' +
          'реалістичний план змін. Не знижуйте оцінку за мовні помилки. Якщо відповідь містить узагальнення про національні групи як безсумнівні факти, ' +
          'зверніть на це увагу в коментарі.',
      },
      responseTemplate: {
        pl: 'Sytuacja:\n\nCo było trudne:\n\nCo zrobię inaczej:\n',
        en: 'Situation:\n\nWhat was difficult:\n\nWhat I will do differently:\n',
        uk: 'Ситуація:\n\nЩо було складним:\n\nЩо я зроблю інакше:\n',
      },
      feedback: {
        pl: 'Dobra odpowiedź łączy konkretną sytuację z narzędziami z kursu i pokazuje refleksję nad własnymi założeniami.',
        en: 'A good answer links a concrete situation to the tools from the course and shows reflection on one’s own assumptions.',
        uk: 'Добра відповідь поєднує конкретну ситуацію з інструментами курсу і показує рефлексію щодо власних припущень.',
      },
    },
  },
  {
    key: 'q-antydyskryminacja-jednostka',
    question: {
      type: 'essay',
      name: 'Zaufanie społeczności migranckich',
      prompt: {
        pl: 'Cudzoziemcy w Krakowie rzadko zgłaszają przestępstwa z nienawiści. Zaproponuj trzy konkretne działania, które twoja jednostka (komisariat, oddział straży, placówka, ośrodek) mogłaby podjąć, aby zwiększyć zaufanie i liczbę zgłoszeń. Uzasadnij każde z nich.',
        en:
          'Foreigners in Kraków rarely report hate crimes. Propose three concrete actions your unit (police station, municipal guard division, Border ' +
          'Guard post, welfare centre) could take to increase trust and the number of reports. Justify each of them.',
        uk:
          'Іноземці в Кракові рідко повідомляють про злочини на ґрунті ненависті. Запропонуйте три конкретні дії, які ваш підрозділ (комісаріат, відділ ' +
          'варти, застава, центр) міг би вжити, щоб підвищити довіру й кількість повідомлень. Обґрунтуйте кожну з них.',
      },
      points: 5,
      tags: ['antydyskryminacja', 'bezpieczenstwo'],
      graderInfo: {
        pl:
          'Oceń w skali 0–5. Szukaj działań konkretnych i wykonalnych, np.: dostęp do tłumaczy i pouczeń w wielu językach; szkolenia z ' +
          'rozpoznawania wskaźników uprzedzenia i dosłownego dokumentowania; współpraca z organizacjami migranckimi i Centrum ' +
          'Wielokulturowym; jasna informacja, że zawiadomienie przyjmuje się bez względu na status; unikanie wtórnej wiktymizacji; ' +
          'przeciwdziałanie profilowaniu; informacja zwrotna dla pokrzywdzonych o losach sprawy. 1 pkt za każde trafne i uzasadnione ' +
          'działanie (maks. 3), 1 pkt za odniesienie do podstaw prawnych lub standardów (art. 32 Konstytucji, art. 119/256/257 kk, ' +
          'dyrektywa 2012/29/UE), 1 pkt za realizm (kto, jak, jakim kosztem).',
        en:
          'Mark on a scale of 0–5. Look for concrete, feasible actions, e.g.: access to interpreters and to information on rights in many languages; ' +
          'training in recognising bias indicators and verbatim documentation; cooperation with migrant organisations and the Multicultural Centre; ' +
          'clear information that reports are accepted regardless of status; avoiding secondary victimisation; countering profiling; feedback to ' +
          'victims on what happened to their case. 1 point for each relevant, justified action (max. 3), 1 point for reference to the legal basis or ' +
          'standards (Art. 32 of the Constitution, Arts. 119/256/257 of the Criminal Code, Directive 2012/29/EU), 1 point for realism (who, how, at ' +
          'what cost).',
        uk:
          'Оцініть за шкалою 0–5. Шукайте конкретних і здійсненних дій, наприклад: доступ до перекладачів і роз’яснень прав багатьма мовами; навчання з ' +
          'розпізнавання індикаторів упередженості та дослівного документування; співпраця з організаціями мігрантів і Мультикультурним центром; чітка ' +
          'інформація, що повідомлення приймають незалежно від статусу; уникнення вторинної віктимізації; протидія профілюванню; зворотний зв’язок із ' +
          'потерпілими щодо перебігу справи. 1 бал за кожну доречну й обґрунтовану дію (макс. 3), 1 бал за посилання на правові підстави або стандарти ' +
          '(ст. 32 Конституції, ст. 119/256/257 КК, директива 2012/29/ЄС), 1 бал за реалістичність (хто, як, якою ціною).',
      },
      feedback: {
        pl: 'Zaufanie buduje się konsekwencją: każde zgłoszenie przyjęte, motyw zbadany, pokrzywdzony poinformowany i wsparty.',
        en: 'Trust is built through consistency: every report accepted, every motive investigated, every victim informed and supported.',
        uk: 'Довіру будують послідовністю: кожне повідомлення прийняте, мотив з’ясований, потерпілий поінформований і підтриманий.',
      },
    },
  },

  // ───────────── scenario ─────────────
  {
    key: 'q-scen-turysta-bez-dokumentow',
    question: {
      type: 'scenario',
      name: 'Turysta bez dokumentów na Kazimierzu',
      situation: {
        pl:
          'Jest sobota, 23:30, ulica Szeroka na Kazimierzu. Patrol Policji interweniuje po zgłoszeniu głośnej sprzeczki przed lokalem. ' +
          'Jeden z uczestników, mężczyzna mówiący po angielsku z obcym akcentem, był już spokojny, gdy przyjechał patrol. ' +
          'Zapytany o dokument, mówi, że paszport zostawił w hotelu przy ulicy Józefa, i pokazuje w telefonie zdjęcie strony paszportu ' +
          'oraz potwierdzenie rezerwacji. Jest zdenerwowany i pyta kilka razy, czy „ma kłopoty”.',
        en:
          'It is Saturday, 23:30, on Szeroka Street in Kazimierz. A police patrol responds to a report of a loud quarrel outside a bar. One of those ' +
          'involved, a man speaking English with a foreign accent, had already calmed down when the patrol arrived. Asked for an identity document, he ' +
          'says he left his passport at his hotel on Józefa Street and shows a photo of his passport’s data page and a booking confirmation on his ' +
          'phone. He is nervous and asks several times whether he is “in trouble”.',
        uk:
          'Субота, 23:30, вулиця Шерока на Казимежі. Поліцейський патруль реагує на повідомлення про гучну сварку біля закладу. Один з учасників, ' +
          'чоловік, який говорить англійською з іноземним акцентом, уже заспокоївся, коли приїхав патруль. На прохання показати документ він каже, що ' +
          'залишив паспорт у готелі на вулиці Юзефа, і показує в телефоні фото сторінки паспорта та підтвердження бронювання. Він знервований і кілька ' +
          'разів питає, чи «має проблеми».',
      },
      prompt: {
        pl: 'Co jest najwłaściwszą reakcją policjantów?',
        en: 'What is the most appropriate response of the police officers?',
        uk: 'Як найдоречніше відреагувати поліцейським?',
      },
      points: 2,
      tags: ['komunikacja', 'status-prawny'],
      options: [
        {
          text: {
            pl:
              'Wyjaśnić prostym angielskim powód interwencji, ustalić tożsamość najprostszym sposobem (zdjęcie paszportu, systemy, hotel) i powiedzieć, co ' +
              'będzie dalej',
            en:
              'Explain the reason for the intervention in simple English, confirm his identity in the simplest way (passport photo, databases, the hotel) ' +
              'and say what happens next',
            uk: 'Пояснити простою англійською причину втручання, встановити особу найпростішим способом (фото паспорта, бази даних, готель) і сказати, що буде далі',
          },
          weight: 1,
          feedback: {
            pl: 'Tak. Ustalasz tożsamość najmniej uciążliwym skutecznym sposobem i zmniejszasz niepokój rozmówcy, wyjaśniając, co się dzieje.',
            en: 'Yes. You establish identity in the least intrusive effective way and reduce the person’s anxiety by explaining what is happening.',
            uk: 'Так. Ви встановлюєте особу найменш обтяжливим дієвим способом і зменшуєте тривогу співрозмовника, пояснюючи, що відбувається.',
          },
        },
        {
          text: {
            pl:
              'Od razu powiadomić Straż Graniczną o „cudzoziemcu bez dokumentów”, bo tylko ona może sprawdzić legalność jego pobytu, i czekać z nim na ' +
              'miejscu na przyjazd patrolu',
            en:
              'Notify the Border Guard at once about a “foreigner without documents”, since only it can check whether his stay is legal, and wait with him ' +
              'on the spot for its patrol',
            uk:
              'Одразу повідомити Прикордонну охорону про «іноземця без документів», бо лише вона може перевірити законність його перебування, і чекати з ' +
              'ним на місці на її патруль',
          },
          weight: 0,
          feedback: {
            pl: 'Niewspółmierne. Brak paszportu przy sobie nie oznacza nielegalnego pobytu; najpierw ustal tożsamość prostszymi środkami. Straż Graniczną angażuje się przy uzasadnionych wątpliwościach co do legalności pobytu.',
            en:
              'Disproportionate. Not carrying a passport does not mean unlawful stay; first establish identity by simpler means. The Border Guard is ' +
              'involved when there are justified doubts about the legality of stay.',
            uk:
              'Непропорційно. Відсутність паспорта при собі не означає незаконного перебування; спершу встановіть особу простішими засобами. Прикордонну ' +
              'охорону залучають за обґрунтованих сумнівів щодо законності перебування.',
          },
        },
        {
          text: {
            pl:
              'Doprowadzić mężczyznę do jednostki Policji, bo bez oryginału dokumentu nie da się ustalić tożsamości, a zdjęcie w telefonie mogło zostać ' +
              'łatwo przerobione',
            en:
              'Take the man to the police station, because without the original document his identity cannot be established, and the photo on his phone ' +
              'could easily have been edited',
            uk: 'Доставити чоловіка до відділку поліції, бо без оригіналу документа неможливо встановити особу, а фото в телефоні могли легко підробити',
          },
          weight: -0.5,
          feedback: {
            pl: 'Nie. Są dostępne łagodniejsze sposoby ustalenia tożsamości; pozbawienie wolności musi być konieczne i proporcjonalne (art. 5 EKPC).',
            en: 'No. Less intrusive ways of establishing identity are available; depriving someone of liberty must be necessary and proportionate (Art. 5 ECHR).',
            uk: 'Ні. Є м’якші способи встановити особу; позбавлення свободи має бути необхідним і пропорційним (ст. 5 ЄКПЛ).',
          },
        },
        {
          text: {
            pl: 'Rozmawiać z nim po polsku, głośno i stanowczo, bo „w Polsce obowiązuje język polski”, a jego zdenerwowanie odnotować jako sygnał, że coś ukrywa',
            en: 'Speak to him in Polish, loudly and firmly, because “in Poland the language is Polish”, and note his nervousness as a sign that he is hiding something',
            uk: 'Говорити з ним польською, голосно й твердо, бо «в Польщі діє польська мова», а його знервованість зафіксувати як ознаку того, що він щось приховує',
          },
          weight: -0.5,
          feedback: {
            pl: 'Nie. To eskaluje sytuację i utrudnia ustalenia. Użyj prostego języka zrozumiałego dla rozmówcy.',
            en: 'No. This escalates the situation and makes it harder to establish the facts. Use simple language the person understands.',
            uk: 'Ні. Це загострює ситуацію й ускладнює з’ясування обставин. Використовуйте просту мову, зрозумілу співрозмовникові.',
          },
        },
      ],
      feedback: {
        pl: 'Cel interwencji to ustalenie faktów i tożsamości w sposób proporcjonalny. Prosty język, wyjaśnienie powodu i kolejnych kroków oraz wykorzystanie dostępnych środków weryfikacji zwykle wystarczają.',
        en:
          'The aim of the intervention is to establish the facts and identity proportionately. Simple language, explaining the reason and the next ' +
          'steps, and using the available means of verification are usually enough.',
        uk:
          'Мета втручання — пропорційно з’ясувати факти й особу. Проста мова, пояснення причини й наступних кроків та використання доступних засобів ' +
          'перевірки зазвичай достатні.',
      },
    },
  },
  {
    key: 'q-scen-maz-tlumaczy',
    question: {
      type: 'scenario',
      name: 'Interwencja domowa: mąż chce tłumaczyć',
      situation: {
        pl:
          'Policjanci przyjeżdżają na interwencję domową w Nowej Hucie po zgłoszeniu sąsiadki, która słyszała krzyki. Otwiera mąż, mówi dobrze po polsku ' +
          'i zapewnia, że „to tylko kłótnia”. Żona mówi tylko po arabsku, ma zaczerwieniony policzek i unika wzroku. Mąż proponuje, że będzie tłumaczył, ' +
          'a gdy funkcjonariusze się wahają, proponuje, by tłumaczyła 11-letnia córka, która mówi po polsku w szkole.',
        en:
          'Police officers arrive at a domestic call-out in Nowa Huta after a report from a neighbour who heard screaming. The husband opens the door, ' +
          'speaks good Polish and assures them it is “just a quarrel”. His wife speaks only Arabic, has a reddened cheek and avoids eye contact. The ' +
          'husband offers to interpret, and when the officers hesitate, he suggests that their 11-year-old daughter, who speaks Polish at school, ' +
          'interpret.',
        uk:
          'Поліцейські приїжджають на домашній виклик у Новій Гуті після повідомлення сусідки, яка чула крики. Двері відчиняє чоловік, добре говорить ' +
          'польською і запевняє, що «це лише сварка». Дружина розмовляє тільки арабською, має почервонілу щоку й уникає погляду. Чоловік пропонує ' +
          'перекладати, а коли поліцейські вагаються, пропонує, щоб перекладала 11-річна донька, яка говорить польською в школі.',
      },
      prompt: {
        pl: 'Jak powinni postąpić policjanci?',
        en: 'What should the police officers do?',
        uk: 'Як мають діяти поліцейські?',
      },
      points: 2,
      tags: ['tlumacz', 'bezpieczenstwo'],
      options: [
        {
          text: {
            pl: 'Odmówić tłumaczenia przez męża i córkę, porozmawiać z kobietą na osobności przez niezależnego tłumacza i ocenić, czy wszcząć „Niebieskie Karty”',
            en: 'Decline interpreting by the husband and daughter, talk to the woman in private through an independent interpreter and assess starting “Blue Cards”',
            uk: 'Відмовитися від перекладу чоловіком і донькою, поговорити з жінкою наодинці через незалежного перекладача й оцінити, чи розпочати «Блакитні картки»',
          },
          weight: 1,
          feedback: {
            pl: 'Tak. Osoba podejrzewana o przemoc ani dziecko nie mogą tłumaczyć. Rozmowa na osobności z niezależnym tłumaczem to warunek rzetelnych ustaleń i bezpieczeństwa kobiety.',
            en:
              'Yes. Neither a person suspected of violence nor a child may interpret. Talking in private with an independent interpreter is a condition of ' +
              'reliable findings and of the woman’s safety.',
            uk:
              'Так. Ні особа, підозрювана в насильстві, ні дитина не можуть перекладати. Розмова наодинці з незалежним перекладачем — умова достовірних ' +
              'висновків і безпеки жінки.',
          },
        },
        {
          text: {
            pl: 'W osobnym pokoju zadać kobiecie przez aplikację tłumaczącą proste pytania o bezpieczeństwo, a rozmowę z tłumaczem odłożyć na później',
            en:
              'In a separate room, ask the woman only simple safety questions through a translation app, and leave the full conversation with an ' +
              'interpreter for later',
            uk: 'В окремій кімнаті поставити жінці через застосунок-перекладач прості запитання про безпеку, а розмову з перекладачем відкласти на потім',
          },
          weight: 0.5,
          feedback: {
            pl: 'Częściowo dobrze. Na pierwszy kontakt to rozsądne (osobno, bez męża), ale aplikacja nie wystarcza do ustaleń; trzeba jak najszybciej zapewnić tłumacza i ocenić potrzebę procedury „Niebieskie Karty”.',
            en:
              'Partly right. It is sensible for a first contact (separately, without the husband), but an app is not enough to establish the facts; an ' +
              'interpreter must be provided as soon as possible and the need for the “Blue Cards” procedure assessed.',
            uk:
              'Частково правильно. Для першого контакту це розумно (окремо, без чоловіка), але застосунку недостатньо для з’ясування обставин; треба ' +
              'якнайшвидше забезпечити перекладача й оцінити потребу в процедурі «Блакитні картки».',
          },
        },
        {
          text: {
            pl:
              'Pozwolić tłumaczyć córce, bo dobrze zna oba języki, a ojciec nie będzie wtedy miał bezpośredniego wpływu na to, co kobieta powie i co ' +
              'zostanie przetłumaczone',
            en:
              'Let the daughter interpret, since she knows both languages well and the father will then have no direct influence on what the woman says and ' +
              'what gets interpreted',
            uk: 'Дозволити перекладати доньці, бо вона добре знає обидві мови, і тоді батько не матиме прямого впливу на те, що скаже жінка і що буде перекладено',
          },
          weight: -1,
          feedback: {
            pl: 'Nie. Dziecko nie może tłumaczyć w sprawie przemocy w swojej rodzinie: to dla niego krzywdzące, naraża je na presję i czyni tłumaczenie niewiarygodnym.',
            en: 'No. A child must not interpret in a case of violence in her own family: it harms her, exposes her to pressure and makes the interpretation unreliable.',
            uk: 'Ні. Дитина не може перекладати у справі про насильство у власній родині: це їй шкодить, наражає на тиск і робить переклад недостовірним.',
          },
        },
        {
          text: {
            pl: 'Przyjąć tłumaczenie męża, bo mówi dobrze po polsku, a żona, pytana za jego pośrednictwem, nie zgłasza problemu i nie chce dalszej interwencji',
            en:
              'Accept the husband’s interpreting, since he speaks good Polish, and the wife, asked through him, reports no problem and does not want ' +
              'further intervention',
            uk:
              'Прийняти переклад чоловіка, бо він добре говорить польською, а дружина, яку питають через нього, не повідомляє про проблеми й не хоче ' +
              'подальшого втручання',
          },
          weight: -1,
          feedback: {
            pl: 'Nie. Potencjalny sprawca nie może tłumaczyć wypowiedzi osoby, która może być ofiarą. Jej milczenie w jego obecności niczego nie dowodzi.',
            en: 'No. A potential perpetrator must not interpret the words of a person who may be the victim. Her silence in his presence proves nothing.',
            uk: 'Ні. Потенційний кривдник не може перекладати слова особи, яка може бути жертвою. Її мовчання в його присутності нічого не доводить.',
          },
        },
      ],
      feedback: {
        pl: 'Przy podejrzeniu przemocy domowej: rozdziel strony, zapewnij niezależnego tłumacza (nigdy członka rodziny ani dziecka), zadbaj o bezpieczeństwo i oceń potrzebę wszczęcia procedury „Niebieskie Karty”, która nie wymaga zgody osoby doznającej przemocy.',
        en:
          'When domestic violence is suspected: separate the parties, provide an independent interpreter (never a family member or a child), ensure ' +
          'safety and assess the need to start the “Blue Cards” procedure, which does not require the consent of the person experiencing violence.',
        uk:
          'За підозри домашнього насильства: розділіть сторони, забезпечте незалежного перекладача (ніколи не члена родини чи дитину), подбайте про ' +
          'безпеку й оцініть потребу розпочати процедуру «Блакитні картки», яка не потребує згоди особи, що зазнає насильства.',
      },
    },
  },
  {
    key: 'q-scen-tramwaj-mowa-nienawisci',
    question: {
      type: 'scenario',
      name: 'Mowa nienawiści w tramwaju',
      situation: {
        pl:
          'Patrol Straży Miejskiej zostaje wezwany przez motorniczego do tramwaju na przystanku Rondo Mogilskie. Pasażer krzyczy do kobiety w chuście, ' +
          'że „takich jak ona trzeba wyrzucić z Polski”, używa obelg dotyczących jej religii i pochodzenia, a na koniec popycha ją. ' +
          'Kobieta jest roztrzęsiona, kilku pasażerów nagrywało zdarzenie telefonami. Sprawca twierdzi, że „to tylko wymiana zdań”.',
        en:
          'A Municipal Guard patrol is called by the tram driver to a tram at the Rondo Mogilskie stop. A passenger is shouting at a woman wearing a ' +
          'headscarf that “people like her should be thrown out of Poland”, uses slurs about her religion and origin, and finally pushes her. The woman ' +
          'is shaken; several passengers filmed the incident on their phones. The perpetrator claims it was “just an exchange of words”.',
        uk:
          'Патруль міської варти викликає водій трамвая на зупинку Рондо Могильське. Пасажир кричить на жінку в хустці, що «таких, як вона, треба ' +
          'викинути з Польщі», ображає її релігію та походження, а наостанок штовхає її. Жінка вкрай схвильована, кілька пасажирів знімали подію на ' +
          'телефони. Кривдник стверджує, що «це лише обмін думками».',
      },
      prompt: {
        pl: 'Które postępowanie jest najwłaściwsze?',
        en: 'Which course of action is the most appropriate?',
        uk: 'Який спосіб дій найдоречніший?',
      },
      points: 2,
      tags: ['antydyskryminacja'],
      options: [
        {
          text: {
            pl: 'Chronić kobietę, zatrzymać sprawcę do przyjazdu Policji (art. 257 kk), zapisać dosłownie jego słowa, spisać świadków i ustalić, kto nagrywał',
            en:
              'Protect the woman, hold the perpetrator until the Police arrive (Art. 257 CC), write down his words verbatim, take witnesses’ details and ' +
              'find out who filmed it',
            uk: 'Захистити жінку, затримати кривдника до приїзду поліції (ст. 257 КК), дослівно записати його слова, записати свідків і з’ясувати, хто знімав',
          },
          weight: 1,
          feedback: {
            pl: 'Tak. Bezpieczeństwo, zatrzymanie sprawcy do przyjazdu Policji, dosłowne udokumentowanie słów i zabezpieczenie dowodów decydują o dalszym postępowaniu.',
            en: 'Yes. Safety, holding the perpetrator until the Police arrive, recording his words verbatim and securing the evidence decide what happens next.',
            uk: 'Так. Безпека, затримання кривдника до приїзду поліції, дослівна фіксація слів і забезпечення доказів визначають подальший хід справи.',
          },
        },
        {
          text: {
            pl: 'Zapewnić bezpieczeństwo i spisać dane stron, a nagrania i świadków zostawić Policji, która przejmie sprawę i sama zabezpieczy wszystkie dowody',
            en:
              'Ensure safety and take the parties’ details, but leave the recordings and witnesses to the Police, who will take over the case and secure ' +
              'all the evidence themselves',
            uk: 'Забезпечити безпеку й записати дані сторін, а записи й свідків залишити поліції, яка перебере справу і сама забезпечить усі докази',
          },
          weight: 0.5,
          feedback: {
            pl: 'Częściowo. Świadkowie rozejdą się, a nagrania mogą zniknąć lub zostać nadpisane. Dane świadków i informacja o nagraniach to najważniejsze dowody.',
            en:
              'Partly. Witnesses will disperse, and recordings may disappear or be overwritten. Witnesses’ details and information about recordings are the ' +
              'most important evidence.',
            uk: 'Частково. Свідки розійдуться, а записи можуть зникнути або бути перезаписані. Дані свідків та інформація про записи — найважливіші докази.',
          },
        },
        {
          text: {
            pl: 'Uznać zdarzenie za zakłócenie porządku w tramwaju i ukarać sprawcę mandatem, bo do kwalifikacji czynu wystarczy opis zachowania, a nie treść słów',
            en:
              'Treat the incident as a breach of the peace on the tram and fine the perpetrator, since the behaviour, not the content of the words, is ' +
              'enough to classify the act',
            uk: 'Визнати подію порушенням порядку в трамваї і покарати кривдника мандатом, бо для кваліфікації вчинку досить опису поведінки, а не змісту його слів',
          },
          weight: 0,
          feedback: {
            pl: 'Nie. Motyw uprzedzeń zmienia kwalifikację na przestępstwo ścigane z urzędu. Bez zapisu słów sprawcy ten motyw zostanie utracony.',
            en: 'No. A bias motive turns this into an offence prosecuted ex officio. Without a record of the perpetrator’s words, that motive will be lost.',
            uk:
              'Ні. Мотив упередженості змінює кваліфікацію на злочин, що переслідується в порядку публічного обвинувачення. Без запису слів кривдника цей ' +
              'мотив буде втрачено.',
          },
        },
        {
          text: {
            pl: 'Uspokoić obie strony, rozdzielić je i poinformować kobietę, że o znieważenie może sama wnieść do sądu prywatny akt oskarżenia przeciwko sprawcy',
            en: 'Calm both sides down, separate them and tell the woman that she can bring a private prosecution for insult against the perpetrator in court herself',
            uk: 'Заспокоїти обидві сторони, розвести їх і повідомити жінку, що за образу вона може сама подати до суду приватне обвинувачення проти кривдника',
          },
          weight: -0.5,
          feedback: {
            pl: 'Nie. Publiczne znieważenie i naruszenie nietykalności z powodu religii lub pochodzenia (art. 257 kk) są ścigane z urzędu. Odesłanie do trybu prywatnego to błąd i wtórna wiktymizacja.',
            en:
              'No. Public insult and assault because of religion or origin (Art. 257 of the Criminal Code) are prosecuted ex officio. Sending the victim to ' +
              'private prosecution is a mistake and secondary victimisation.',
            uk:
              'Ні. Публічна образа й порушення тілесної недоторканності через релігію чи походження (ст. 257 КК) переслідуються в порядку публічного ' +
              'обвинувачення. Скерування до приватного обвинувачення — помилка і вторинна віктимізація.',
          },
        },
      ],
      feedback: {
        pl: 'Przy incydencie z nienawiści: bezpieczeństwo, niedopuszczenie do ucieczki sprawcy, Policja, dosłowny zapis słów, świadkowie, nagrania, wskaźniki uprzedzenia i wsparcie pokrzywdzonej. Nie bagatelizuj („to tylko słowa”).',
        en:
          'At a hate incident: safety, preventing the perpetrator from leaving, the Police, a verbatim record of the words, witnesses, recordings, bias ' +
          'indicators and support for the victim. Do not play it down (“it’s only words”).',
        uk:
          'У разі інциденту на ґрунті ненависті: безпека, не дати кривдникові втекти, поліція, дослівний запис слів, свідки, записи, індикатори ' +
          'упередженості й підтримка потерпілої. Не применшуйте («це лише слова»).',
      },
    },
  },
  {
    key: 'q-scen-balice-ochrona',
    question: {
      type: 'scenario',
      name: 'Prośba o ochronę na lotnisku Kraków-Balice',
      situation: {
        pl:
          'Podczas odprawy granicznej pasażera lotu spoza strefy Schengen funkcjonariuszka Straży Granicznej na lotnisku Kraków-Balice stwierdza, ' +
          'że nie ma on wizy. Mężczyzna mówi łamanym angielskim: „Please, I cannot go back, they kill me. I need protection”. ' +
          'Nie ma przy sobie żadnych dokumentów poza paszportem, jest wyczerpany i roztrzęsiony.',
        en:
          'During the border check of a passenger on a flight from outside the Schengen area, a Border Guard officer at Kraków-Balice airport finds ' +
          'that he has no visa. The man says in broken English: “Please, I cannot go back, they kill me. I need protection”. He has no documents other ' +
          'than his passport and is exhausted and shaking.',
        uk:
          'Під час прикордонного контролю пасажира рейсу з-поза Шенгенської зони посадовиця Прикордонної охорони в аеропорту Краків-Баліце встановлює, ' +
          'що він не має візи. Чоловік каже ламаною англійською: «Please, I cannot go back, they kill me. I need protection». Крім паспорта, жодних ' +
          'документів він не має, він виснажений і тремтить.',
      },
      prompt: {
        pl: 'Jak powinna postąpić funkcjonariuszka?',
        en: 'What should the officer do?',
        uk: 'Як має діяти посадовиця?',
      },
      points: 2,
      tags: ['status-prawny', 'prawa-czlowieka'],
      options: [
        {
          text: {
            pl: 'Uznać jego słowa za prośbę o ochronę międzynarodową, zapewnić tłumacza języka, którym włada, wyjaśnić mu procedurę i umożliwić złożenie wniosku',
            en: 'Treat his words as a request for international protection, provide an interpreter of his language, explain the procedure and let him apply',
            uk: 'Визнати його слова проханням про міжнародний захист, забезпечити перекладача мови, якою він володіє, пояснити процедуру й дати змогу подати заяву',
          },
          weight: 1,
          feedback: {
            pl: 'Tak. Prośbę o ochronę można wyrazić w dowolnej formie i języku. Rozpoznanie jej i umożliwienie złożenia wniosku realizuje zasadę non-refoulement.',
            en:
              'Yes. A request for protection can be expressed in any form and language. Recognising it and allowing the application to be lodged gives ' +
              'effect to the principle of non-refoulement.',
            uk:
              'Так. Прохання про захист можна висловити в будь-якій формі та будь-якою мовою. Розпізнати його й дати змогу подати заяву — це виконання ' +
              'принципу non-refoulement.',
          },
        },
        {
          text: {
            pl: 'Zapewnić mu wodę i odpoczynek, a wniosek przyjąć dopiero wtedy, gdy sam złoży go na piśmie po angielsku, bez udziału tłumacza i bez pouczenia',
            en:
              'Give him water and a rest, and accept the application only once he submits it himself in writing in English, without an interpreter and ' +
              'without any instruction',
            uk: 'Дати йому води й відпочити, а заяву прийняти лише тоді, коли він сам подасть її письмово англійською, без перекладача й без роз’яснень',
          },
          weight: 0,
          feedback: {
            pl: 'Nie. Troska o stan zdrowia jest dobra, ale nie wolno uzależniać złożenia wniosku od pisma w obcym języku. Osobie przysługuje informacja w zrozumiałym języku i pomoc tłumacza.',
            en:
              'No. Caring for his health is good, but lodging an application must not depend on a written text in a foreign language. The person is ' +
              'entitled to information in a language they understand and to an interpreter.',
            uk:
              'Ні. Турбота про здоров’я — це добре, але не можна ставити подання заяви в залежність від письмового тексту іноземною мовою. Особа має право ' +
              'на інформацію зрозумілою мовою і на допомогу перекладача.',
          },
        },
        {
          text: {
            pl: 'Wydać decyzję o odmowie wjazdu z powodu braku wizy i poinformować go, że o azyl może się ubiegać w polskiej ambasadzie lub konsulacie w swoim kraju',
            en: 'Issue a decision refusing entry for lack of a visa and tell him that he can seek asylum at a Polish embassy or consulate in his own country',
            uk:
              'Ухвалити рішення про відмову у в’їзді через відсутність візи й повідомити, що просити притулку він може в посольстві чи консульстві Польщі у ' +
              'своїй країні',
          },
          weight: -1,
          feedback: {
            pl: 'Nie. Pominięcie wyraźnej prośby o ochronę i zawrócenie osoby grozi naruszeniem zasady non-refoulement i art. 3 EKPC.',
            en: 'No. Ignoring an explicit request for protection and turning the person back risks violating the principle of non-refoulement and Art. 3 ECHR.',
            uk: 'Ні. Ігнорування явного прохання про захист і повернення особи загрожує порушенням принципу non-refoulement і ст. 3 ЄКПЛ.',
          },
        },
        {
          text: {
            pl: 'Poprosić, by najpierw po angielsku uzasadnił, dlaczego grozi mu niebezpieczeństwo, i na tej podstawie ocenić, czy jego obawy są wiarygodne',
            en: 'Ask him to explain first, in English, why exactly he is in danger at home, and on that basis judge whether his fears are credible enough',
            uk: 'Попросити, щоб спершу англійською пояснив, чому йому загрожує небезпека, і на цій підставі оцінити, чи його побоювання достовірні',
          },
          weight: -0.5,
          feedback: {
            pl: 'Nie. Ocena zasadności obaw należy do Szefa UdSC w postępowaniu, a nie do funkcjonariusza podczas odprawy.',
            en:
              'No. Assessing whether the fears are well founded is for the Head of the Office for Foreigners in the proceedings, not for the officer at the ' +
              'border check.',
            uk: 'Ні. Оцінювати обґрунтованість побоювань має Голова Управління у справах іноземців у провадженні, а не посадовець під час прикордонного контролю.',
          },
        },
      ],
      feedback: {
        pl: 'Słowa „I need protection”, „I cannot go back” to prośba o ochronę. Funkcjonariusz jej nie ocenia, tylko umożliwia złożenie wniosku za pośrednictwem Straży Granicznej, z tłumaczem i informacją w zrozumiałym języku.',
        en:
          'The words “I need protection” and “I cannot go back” are a request for protection. The officer does not assess it but enables an application ' +
          'to be lodged through the Border Guard, with an interpreter and information in a language the person understands.',
        uk:
          'Слова «I need protection», «I cannot go back» — це прохання про захист. Посадовець його не оцінює, а дає змогу подати заяву через ' +
          'Прикордонну охорону, з перекладачем та інформацією зрозумілою мовою.',
      },
    },
  },
  {
    key: 'q-scen-handlarz-mandat',
    question: {
      type: 'scenario',
      name: 'Mandat dla ulicznego sprzedawcy',
      situation: {
        pl:
          'Strażnicy miejscy zauważają przy ulicy Floriańskiej mężczyznę sprzedającego pamiątki bez wymaganej zgody. Mężczyzna nie mówi po polsku, ' +
          'zna kilka słów po angielsku, a jego językiem jest prawdopodobnie francuski. Wydaje się przestraszony, kilka razy spogląda na stojącego w pobliżu ' +
          'mężczyznę, który szybko się oddala. Strażnicy rozważają ukaranie go mandatem.',
        en:
          'Municipal guards notice a man on Floriańska Street selling souvenirs without the required permission. He does not speak Polish, knows a few ' +
          'words of English, and his language is probably French. He seems frightened and keeps glancing at a man standing nearby, who quickly walks ' +
          'away. The guards are considering fining him.',
        uk:
          'Працівники міської варти помічають на вулиці Флоріанській чоловіка, який продає сувеніри без потрібного дозволу. Чоловік не говорить ' +
          'польською, знає кілька слів англійською, а його мова, ймовірно, французька. Він здається наляканим, кілька разів поглядає на чоловіка, що ' +
          'стоїть поруч і швидко віддаляється. Працівники варти розглядають можливість накласти на нього штраф (мандат).',
      },
      prompt: {
        pl: 'Co jest najwłaściwszym postępowaniem strażników?',
        en: 'What is the most appropriate course of action for the guards?',
        uk: 'Як найдоречніше вчинити працівникам варти?',
      },
      points: 2,
      tags: ['komunikacja', 'tlumacz'],
      options: [
        {
          text: {
            pl: 'Ustalić język, przez tłumacza telefonicznego wyjaśnić zarzut i prawo do odmowy mandatu, rozważyć pouczenie, a obserwującego mężczyznę zgłosić Policji',
            en:
              'Find out his language, use a phone interpreter to explain the charge and the right to refuse the ticket, consider a caution, report the ' +
              'watcher to the Police',
            uk:
              'З’ясувати мову, через телефонного перекладача пояснити закид і право відмовитися від мандата, розглянути попередження, а про спостерігача ' +
              'повідомити поліції',
          },
          weight: 1,
          feedback: {
            pl: 'Tak. Sprawca musi rozumieć zarzut i swoje prawa. Strach i obecność „opiekuna” mogą wskazywać na wyzysk, o czym warto powiadomić Policję.',
            en:
              'Yes. The offender must understand the charge and his rights. Fear and the presence of a “minder” may point to exploitation, which is worth ' +
              'reporting to the Police.',
            uk: 'Так. Порушник має розуміти закид і свої права. Страх і присутність «опікуна» можуть вказувати на експлуатацію, про що варто повідомити поліцію.',
          },
        },
        {
          text: {
            pl: 'Poprzestać na pouczeniu w prostym angielskim, bo to łagodniejszy środek niż mandat, i odejść, gdy mężczyzna kiwnie głową na znak, że wszystko rozumie',
            en: 'Settle for a caution in simple English, since it is a milder measure than a ticket, and leave once the man nods to show that he understands everything',
            uk: 'Обмежитися попередженням простою англійською, бо це м’якший захід, ніж мандат, і піти, коли чоловік кивне головою на знак, що все зрозумів',
          },
          weight: 0.5,
          feedback: {
            pl: 'Częściowo. Pouczenie (art. 41 kw) może być właściwe, ale nie wiesz, czy osoba je zrozumiała, i pomijasz sygnały możliwego wyzysku.',
            en:
              'Partly. A caution (Art. 41 of the Code of Petty Offences) may be appropriate, but you do not know whether the person understood it, and you ' +
              'ignore signs of possible exploitation.',
            uk:
              'Частково. Попередження (ст. 41 Кодексу про проступки) може бути доречним, але ви не знаєте, чи особа його зрозуміла, і оминаєте ознаки ' +
              'можливої експлуатації.',
          },
        },
        {
          text: {
            pl:
              'Wypisać mandat i poprosić o podpis, wskazując miejsce palcem; podpis oznacza zgodę, więc nie trzeba tłumaczyć mu całego pouczenia o prawach ' +
              'i obowiązkach',
            en:
              'Write the ticket and ask for a signature, pointing at the spot; signing means he accepts it, so there is no need to translate the whole ' +
              'notice of rights and duties',
            uk:
              'Виписати мандат і попросити підпис, показавши місце пальцем; підпис означає згоду, тож не треба перекладати йому всього роз’яснення прав і ' +
              'обов’язків порушника',
          },
          weight: -0.5,
          feedback: {
            pl: 'Nie. Osoba, która nie rozumie zarzutu ani prawa do odmowy przyjęcia mandatu, nie podejmuje świadomej decyzji.',
            en: 'No. A person who understands neither the charge nor the right to refuse the ticket cannot make an informed decision.',
            uk: 'Ні. Особа, яка не розуміє ні закиду, ні права відмовитися від мандата, не ухвалює свідомого рішення.',
          },
        },
        {
          text: {
            pl: 'Zatrzymać jego paszport do czasu zapłaty grzywny, żeby nie wyjechał z Polski bez płacenia, i dać mu na kartce adres, pod którym ma się zgłosić',
            en: 'Keep his passport until the fine is paid, so that he cannot leave Poland without paying, and give him a note with the address where he must report',
            uk: 'Затримати його паспорт до сплати штрафу, щоб він не виїхав із Польщі, не заплативши, і дати йому на папірці адресу, куди він має пізніше з’явитися',
          },
          weight: -1,
          feedback: {
            pl: 'Nie. Nie ma do tego podstawy prawnej. Odbieranie dokumentów to także typowa metoda kontroli stosowana przez sprawców wyzysku.',
            en: 'No. There is no legal basis for this. Taking documents away is also a typical method of control used by exploiters.',
            uk: 'Ні. Для цього немає правової підстави. Відбирання документів — також типовий метод контролю, який застосовують експлуататори.',
          },
        },
      ],
      feedback: {
        pl: 'Przy mandacie wobec cudzoziemca kluczowe są zrozumienie zarzutu, prawa do odmowy przyjęcia mandatu i jego skutków. Warto rozważyć łagodniejsze środki oddziaływania (art. 41 kw) i zwracać uwagę na sygnały wyzysku.',
        en:
          'When fining a foreigner, what matters is that he understands the charge, the right to refuse the ticket and the consequences of refusing. ' +
          'Consider milder measures (Art. 41 of the Code of Petty Offences) and watch for signs of exploitation.',
        uk:
          'Коли йдеться про мандат для іноземця, ключове — розуміння закиду, права відмовитися від мандата та наслідків відмови. Варто розглянути ' +
          'м’якші заходи впливу (ст. 41 Кодексу про проступки) і звертати увагу на ознаки експлуатації.',
      },
    },
  },
  {
    key: 'q-scen-mops-adres',
    question: {
      type: 'scenario',
      name: 'Klientka MOPS boi się podać adres',
      situation: {
        pl:
          'Do ośrodka pomocy społecznej przychodzi kobieta z dwojgiem dzieci i prosi o pomoc w opłaceniu żywności. Mówi trochę po polsku. ' +
          'Gdy pracownik socjalny pyta o adres zamieszkania, kobieta milknie, a potem mówi, że „nie może powiedzieć”, bo boi się, że „ktoś się dowie”. ' +
          'Nie wyjaśnia, kogo się boi.',
        en:
          'A woman with two children comes to the social welfare centre and asks for help paying for food. She speaks a little Polish. When the social ' +
          'worker asks for her home address, she falls silent, then says she “cannot say” because she is afraid “someone will find out”. She does not ' +
          'explain whom she fears.',
        uk:
          'До центру соціальної допомоги приходить жінка з двома дітьми і просить допомогти оплатити харчування. Вона трохи говорить польською. Коли ' +
          'соціальний працівник питає адресу проживання, жінка замовкає, а потім каже, що «не може сказати», бо боїться, що «хтось дізнається». Кого ' +
          'вона боїться, не пояснює.',
      },
      prompt: {
        pl: 'Jak powinien postąpić pracownik socjalny?',
        en: 'What should the social worker do?',
        uk: 'Як має діяти соціальний працівник?',
      },
      points: 2,
      tags: ['bezpieczenstwo', 'komunikacja'],
      options: [
        {
          text: {
            pl: 'Wyjaśnić, po co jest adres i kto zobaczy dane, zapytać (z tłumaczem, jeśli trzeba), czego kobieta się boi, i omówić z nią możliwe formy pomocy',
            en:
              'Explain why the address is needed and who will see the data, ask (with an interpreter if needed) what the woman is afraid of, and discuss ' +
              'possible forms of help with her',
            uk:
              'Пояснити, навіщо потрібна адреса і хто бачитиме дані, запитати (за потреби з перекладачем), чого жінка боїться, і обговорити з нею можливі ' +
              'форми допомоги',
          },
          weight: 1,
          feedback: {
            pl: 'Tak. Wyjaśnienie celu i zasad przetwarzania danych buduje zaufanie, a pytanie o źródło lęku może ujawnić przemoc domową lub wyzysk wymagające innej ścieżki pomocy.',
            en:
              'Yes. Explaining the purpose and the rules for processing data builds trust, and asking about the source of her fear may reveal domestic ' +
              'violence or exploitation requiring a different path of support.',
            uk:
              'Так. Пояснення мети й правил обробки даних будує довіру, а запитання про джерело страху може виявити домашнє насильство чи експлуатацію, що ' +
              'потребують іншого шляху допомоги.',
          },
        },
        {
          text: {
            pl: 'Nie naciskać, przyjąć wniosek bez adresu i nie wracać do tematu, żeby nie zniechęcić kobiety, która i tak z trudem zdecydowała się tu przyjść',
            en:
              'Do not press, accept the application without an address and not return to the subject, so as not to discourage a woman who found it hard ' +
              'enough to come here',
            uk: 'Не тиснути, прийняти заяву без адреси й не повертатися до теми, щоб не відштовхнути жінку, якій і так було важко зважитися сюди прийти',
          },
          weight: 0.5,
          feedback: {
            pl: 'Częściowo. Szacunek dla obaw jest ważny, ale pomijasz możliwy sygnał zagrożenia, a bez ustaleń (np. wywiadu środowiskowego) pomocy może nie dać się przyznać.',
            en:
              'Partly. Respecting her fears matters, but you miss a possible sign of danger, and without an assessment (e.g. a home visit interview) help ' +
              'may not be possible to grant.',
            uk:
              'Частково. Повага до побоювань важлива, але ви оминаєте можливий сигнал загрози, а без з’ясування обставин (наприклад, соціального ' +
              'обстеження) допомогу може бути неможливо надати.',
          },
        },
        {
          text: {
            pl: 'Poinformować, że bez adresu nie da się przeprowadzić wywiadu środowiskowego, więc ośrodek nie może udzielić pomocy, i zakończyć rozmowę',
            en: 'Tell her that without an address no home visit assessment can be carried out, so the centre cannot provide any help, and end the conversation',
            uk: 'Повідомити, що без адреси неможливо провести соціальне обстеження, тож центр не може надати допомоги, і завершити розмову',
          },
          weight: -0.5,
          feedback: {
            pl: 'Nie. Odprawienie kobiety zostawia ją i dzieci bez wsparcia i nie wyjaśnia, przed czym się ukrywa.',
            en: 'No. Turning the woman away leaves her and the children without support and does not clarify what she is hiding from.',
            uk: 'Ні. Відмова залишає жінку й дітей без підтримки і не з’ясовує, від чого вона переховується.',
          },
        },
        {
          text: {
            pl:
              'Uprzedzić, że jeśli nie poda adresu, ośrodek poprosi Straż Graniczną o sprawdzenie legalności jej pobytu, bo tego wymagają wewnętrzne ' +
              'procedury ośrodka',
            en:
              'Warn her that if she does not give an address, the centre will ask the Border Guard to check whether her stay is legal, because the centre’s ' +
              'internal procedures require it',
            uk:
              'Попередити, що якщо вона не назве адреси, центр попросить Прикордонну охорону перевірити законність її перебування, бо цього вимагають ' +
              'внутрішні процедури центру',
          },
          weight: -1,
          feedback: {
            pl: 'Nie. To zastraszanie, które niszczy zaufanie i może odciąć od pomocy osobę (i dzieci) w sytuacji zagrożenia.',
            en: 'No. This is intimidation that destroys trust and may cut off help for a person (and children) in danger.',
            uk: 'Ні. Це залякування, яке руйнує довіру і може відрізати від допомоги особу (і дітей) у ситуації загрози.',
          },
        },
      ],
      feedback: {
        pl: 'Lęk przed podaniem adresu bywa sygnałem przemocy, wyzysku lub obawy przed władzami. Wyjaśnij cel i zasady poufności, zapytaj o źródło lęku i zaproponuj bezpieczne ścieżki wsparcia, np. procedurę „Niebieskie Karty”, KCIK, organizacje pomocowe.',
        en:
          'Fear of giving an address may be a sign of violence, exploitation or fear of the authorities. Explain the purpose and the rules of ' +
          'confidentiality, ask about the source of the fear and offer safe paths of support, e.g. the “Blue Cards” procedure, KCIK, aid organisations.',
        uk:
          'Страх назвати адресу буває ознакою насильства, експлуатації або страху перед владою. Поясніть мету й правила конфіденційності, запитайте про ' +
          'джерело страху і запропонуйте безпечні шляхи підтримки, наприклад процедуру «Блакитні картки», KCIK, допомогові організації.',
      },
    },
  },
];

export const DEMO_QUIZ: {
  title: LocalizedText;
  passMarkPercent: number;
  maxAttempts: number;
  timeLimitSeconds: number;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  reviewPolicy: 'score' | 'responses' | 'correct_answers';
  reviewAfter: 'each_attempt' | 'last_attempt_or_pass' | 'due_date';
} = {
  title: { pl: 'Test końcowy', en: 'Final test', uk: 'Підсумковий тест' },
  passMarkPercent: 70,
  maxAttempts: 3,
  timeLimitSeconds: 2700,
  shuffleQuestions: true,
  shuffleOptions: true,
  reviewPolicy: 'correct_answers',
  // The safe timing: the keys are shown once no attempt is left or one passed.
  reviewAfter: 'last_attempt_or_pass',
};
