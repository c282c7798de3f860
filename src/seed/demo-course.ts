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

/** Polish-only text: lesson bodies, prompts and feedback are written in Polish. */
const pl = (text: string): LocalizedText => ({ pl: text });

export const DEMO_COURSE: {
  title: LocalizedText;
  description: LocalizedText;
  audience: ('police' | 'municipal_guard' | 'border_guard' | 'social_services')[];
  certificateValidityMonths: number;
} = {
  title: {
    pl: 'Kompetencje międzykulturowe w pracy służb publicznych',
    en: 'Intercultural competence in public services',
  },
  description: {
    pl:
      'Praktyczny kurs dla funkcjonariuszy Policji, Straży Miejskiej i Straży Granicznej oraz pracowników pomocy społecznej, ' +
      'którzy w codziennej pracy spotykają cudzoziemców. Pięć lekcji: komunikacja międzykulturowa, praca z tłumaczem, ' +
      'antydyskryminacja i reagowanie na przestępstwa z nienawiści, prawa człowieka i status prawny cudzoziemców oraz ' +
      'bezpieczeństwo z perspektywy migranta. Kurs kończy się testem; certyfikat jest ważny 24 miesiące. ' +
      'Przepisy dotyczące cudzoziemców często się zmieniają — lekcje wskazują, gdzie trzeba sprawdzić aktualny stan prawny.',
    en:
      'A practical course for police officers, municipal guards, border guards and social-welfare staff who meet foreigners ' +
      'in their daily work: intercultural communication, working with interpreters, anti-discrimination and hate crime, ' +
      'human rights and the legal status of foreigners, and safety from a migrant’s perspective. Ends with a final test; ' +
      'the certificate is valid for 24 months.',
  },
  audience: ['police', 'municipal_guard', 'border_guard', 'social_services'],
  certificateValidityMonths: 24,
};

export const DEMO_LESSONS: DemoLesson[] = [
  {
    key: 'lekcja-komunikacja',
    title: { pl: 'Komunikacja międzykulturowa', en: 'Intercultural communication' },
    minStudySeconds: 600,
    body: pl(`W Krakowie mieszka, pracuje i studiuje wielu cudzoziemców, a miasto co roku odwiedzają miliony turystów. Dla funkcjonariusza i pracownika socjalnego oznacza to codzienne rozmowy z osobami, które mówią innym językiem, mają inne doświadczenia z instytucjami państwa i inaczej odczytują gesty czy ton głosu. Dobra komunikacja nie jest uprzejmością „ponad program”: to warunek bezpiecznej interwencji, rzetelnych ustaleń i zaufania do służb.

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
`),
  },
  {
    key: 'lekcja-tlumacz',
    title: { pl: 'Praca z tłumaczem', en: 'Working with an interpreter' },
    minStudySeconds: 600,
    body: pl(`Osoba, która nie rozumie, co się do niej mówi, nie może skorzystać ze swoich praw ani rzetelnie złożyć wyjaśnień. Błąd w tłumaczeniu może podważyć całe postępowanie. Dlatego pytanie „czy potrzebny jest tłumacz?” zadaj sobie na samym początku czynności.

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
`),
  },
  {
    key: 'lekcja-antydyskryminacja',
    title: {
      pl: 'Antydyskryminacja i reagowanie na przestępstwa z nienawiści',
      en: 'Anti-discrimination and responding to hate crime',
    },
    minStudySeconds: 600,
    body: pl(`Równe traktowanie to nie tylko zasada etyczna, ale obowiązek prawny każdego funkcjonariusza publicznego. Przestępstwa z nienawiści uderzają nie tylko w ofiarę, ale w całą społeczność, która zaczyna się bać. Sposób, w jaki służby zareagują na pierwsze zgłoszenie, decyduje o tym, czy ludzie będą dalej zgłaszać przestępstwa.

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
`),
  },
  {
    key: 'lekcja-status-prawny',
    title: {
      pl: 'Prawa człowieka i status prawny cudzoziemców',
      en: 'Human rights and the legal status of foreigners',
    },
    minStudySeconds: 720,
    media: [
      { url: 'https://www.gov.pl/web/udsc', title: 'Urząd do Spraw Cudzoziemców (gov.pl)' },
      { url: 'https://www.strazgraniczna.pl', title: 'Straż Graniczna' },
    ],
    body: pl(`Funkcjonariusz nie musi być specjalistą od prawa migracyjnego, ale musi znać prawa każdego człowieka, podstawowe formy legalnego pobytu i wiedzieć, do kogo skierować sprawę. **Przepisy o cudzoziemcach często się zmieniają: przed decyzją sprawdź aktualny stan prawny** (gov.pl, strona UdSC, wytyczne przełożonych).

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
`),
  },
  {
    key: 'lekcja-bezpieczenstwo',
    title: { pl: 'Bezpieczeństwo z perspektywy migranta', en: 'Safety from a migrant’s perspective' },
    minStudySeconds: 600,
    media: [{ url: 'https://www.gov.pl/web/mswia', title: 'Ministerstwo Spraw Wewnętrznych i Administracji (gov.pl)' }],
    body: pl(`Dla funkcjonariusza bezpieczeństwo to zwykle porządek publiczny. Dla migranta to także pewność, że jutro nadal będzie mógł legalnie pracować, mieszkać i być z rodziną. Kto rozumie, czego boi się rozmówca, lepiej odczyta jego zachowanie i skuteczniej mu pomoże.

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
`),
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
      prompt: pl('Policjant ma przesłuchać w charakterze pokrzywdzonej kobietę, która nie mówi po polsku. Kto powinien tłumaczyć przesłuchanie?'),
      points: 1,
      tags: ['tlumacz'],
      options: [
        {
          text: pl('Tłumacz powołany przez organ, np. tłumacz przysięgły języka, którym posługuje się pokrzywdzona'),
          weight: 1,
          feedback: pl('Tak. Art. 204 § 1 kpk nakazuje wezwać tłumacza do przesłuchania osoby niewładającej językiem polskim.'),
        },
        {
          text: pl('Jej 12-letni syn, który dobrze mówi po polsku'),
          weight: -0.5,
          feedback: pl('Nie. Dzieci nigdy nie tłumaczą w sprawach urzędowych: to naraża je na krzywdę i odbiera tłumaczeniu neutralność.'),
        },
        {
          text: pl('Sąsiadka tej samej narodowości, która przyszła razem z nią'),
          weight: 0,
          feedback: pl('Nie. Sąsiadka nie jest neutralna, może być świadkiem lub znać sprawcę, a pokrzywdzona może przy niej nie mówić otwarcie.'),
        },
        {
          text: pl('Sam policjant, jeśli zna ten język na poziomie komunikatywnym'),
          weight: 0,
          feedback: pl('Nie. Prowadzący czynność nie może jednocześnie tłumaczyć; wytyczne Komendanta Głównego Policji przewidują wezwanie tłumacza także wtedy, gdy policjant zna język.'),
        },
      ],
      feedback: pl('Do czynności procesowych wzywa się profesjonalnego, bezstronnego tłumacza. Nie tłumaczą dzieci, rodzina, sąsiedzi ani sam prowadzący czynność.'),
    },
  },
  {
    key: 'q-antydyskryminacja-tryb-257',
    question: {
      type: 'single_choice',
      name: 'Tryb ścigania z art. 257 kk',
      prompt: pl('W jakim trybie ścigane jest publiczne znieważenie osoby z powodu jej przynależności narodowej (art. 257 kk)?'),
      points: 1,
      tags: ['antydyskryminacja'],
      options: [
        { text: pl('Z urzędu'), weight: 1, feedback: pl('Tak. Organy ścigania działają z urzędu, bez potrzeby wniosku pokrzywdzonego.') },
        {
          text: pl('Z oskarżenia prywatnego, jak zwykłe znieważenie'),
          weight: -0.5,
          feedback: pl('Nie. Z oskarżenia prywatnego ściga się zwykłe znieważenie (art. 216 kk). Motyw uprzedzeń zmienia kwalifikację i tryb.'),
        },
        {
          text: pl('Tylko na wniosek pokrzywdzonego'),
          weight: 0,
          feedback: pl('Nie. Art. 257 kk nie wymaga wniosku pokrzywdzonego.'),
        },
        {
          text: pl('Tylko wtedy, gdy pokrzywdzony jest obywatelem polskim'),
          weight: -0.5,
          feedback: pl('Nie. Ochrona prawnokarna przysługuje każdemu, bez względu na obywatelstwo.'),
        },
      ],
      feedback: pl('Przestępstwa z art. 119, 256 i 257 kk są ścigane z urzędu. Dlatego rozpoznanie i odnotowanie motywu uprzedzeń ma kluczowe znaczenie: bez niego sprawa może trafić do trybu prywatnoskargowego.'),
    },
  },
  {
    key: 'q-status-kto-przyjmuje-wniosek',
    question: {
      type: 'single_choice',
      name: 'Kto przyjmuje wniosek o ochronę',
      prompt: pl('Za pośrednictwem jakiego organu cudzoziemiec składa w Polsce wniosek o udzielenie ochrony międzynarodowej?'),
      points: 1,
      tags: ['status-prawny'],
      options: [
        {
          text: pl('Komendanta placówki Straży Granicznej'),
          weight: 1,
          feedback: pl('Tak. Wniosek przyjmuje Straż Graniczna, a rozpatruje go Szef Urzędu do Spraw Cudzoziemców.'),
        },
        {
          text: pl('Wojewody właściwego ze względu na miejsce pobytu'),
          weight: 0,
          feedback: pl('Nie. Wojewoda udziela zezwoleń na pobyt (czasowy, stały, rezydenta UE), ale nie przyjmuje wniosków o ochronę międzynarodową.'),
        },
        {
          text: pl('Najbliższej jednostki Policji'),
          weight: 0,
          feedback: pl('Nie. Policjant, który usłyszy prośbę o ochronę, powinien skontaktować się ze Strażą Graniczną, ale sam wniosku nie przyjmuje.'),
        },
        {
          text: pl('Konsula państwa pochodzenia cudzoziemca'),
          weight: -1,
          feedback: pl('Zdecydowanie nie. Kontakt z władzami państwa, przed którym osoba ucieka, może narazić ją i jej rodzinę na niebezpieczeństwo.'),
        },
      ],
      feedback: pl('Wniosek o ochronę międzynarodową składa się za pośrednictwem komendanta placówki Straży Granicznej; w pierwszej instancji rozpatruje go Szef UdSC, a odwołania Rada do Spraw Uchodźców.'),
    },
  },
  {
    key: 'q-komunikacja-sprawdzanie-zrozumienia',
    question: {
      type: 'single_choice',
      name: 'Sprawdzanie zrozumienia',
      prompt: pl('Strażnik miejski wyjaśnił cudzoziemcowi, do kiedy i gdzie musi uregulować należność. Jak najlepiej sprawdzić, czy cudzoziemiec to zrozumiał?'),
      points: 1,
      tags: ['komunikacja'],
      options: [
        {
          text: pl('Poprosić, by własnymi słowami powiedział, co i do kiedy musi zrobić'),
          weight: 1,
          feedback: pl('Tak. Metoda „własnymi słowami” (teach-back) pokazuje, co osoba rzeczywiście zrozumiała.'),
        },
        {
          text: pl('Zapytać: „Czy Pan rozumie?”'),
          weight: 0,
          feedback: pl('Niewystarczające. Odpowiedź „tak” często wynika z grzeczności, wstydu albo strachu.'),
        },
        {
          text: pl('Powtórzyć to samo głośniej i wolniej'),
          weight: 0,
          feedback: pl('Mówienie wolniej pomaga, głośniej nie. Nadal nie wiesz, co osoba zrozumiała.'),
        },
        {
          text: pl('Poprosić o podpis na dokumencie, bo podpis potwierdza zrozumienie'),
          weight: -0.5,
          feedback: pl('Nie. Podpis pod tekstem, którego ktoś nie rozumie, niczego nie potwierdza i może podważyć czynność.'),
        },
      ],
      feedback: pl('Zrozumienie sprawdzamy, prosząc o powtórzenie własnymi słowami. Daty, kwoty i adresy warto dodatkowo zapisać.'),
    },
  },
  {
    key: 'q-prawa-art3-bezwzgledny',
    question: {
      type: 'single_choice',
      name: 'Charakter zakazu z art. 3 EKPC',
      prompt: pl('Który opis najlepiej oddaje charakter zakazu tortur oraz nieludzkiego lub poniżającego traktowania z art. 3 EKPC?'),
      points: 1,
      tags: ['prawa-czlowieka'],
      options: [
        {
          text: pl('Jest bezwzględny: nie dopuszcza wyjątków, także w stanie nadzwyczajnym ani wobec osób podejrzanych o poważne przestępstwa'),
          weight: 1,
          feedback: pl('Tak. Art. 3 EKPC nie podlega żadnym ograniczeniom ani derogacji.'),
        },
        {
          text: pl('Można go ograniczyć ustawą ze względu na bezpieczeństwo państwa'),
          weight: -0.5,
          feedback: pl('Nie. Inaczej niż np. art. 8, art. 3 nie przewiduje żadnych ograniczeń.'),
        },
        {
          text: pl('Chroni tylko obywateli państw Rady Europy'),
          weight: -0.5,
          feedback: pl('Nie. Konwencja chroni każdego, kto znajduje się pod jurysdykcją państwa, bez względu na obywatelstwo i status.'),
        },
        {
          text: pl('Dotyczy tylko działań funkcjonariuszy na terytorium Polski, a nie odsyłania osób do innych państw'),
          weight: 0,
          feedback: pl('Nie. Z art. 3 wynika też zakaz odesłania osoby tam, gdzie grozi jej takie traktowanie (non-refoulement).'),
        },
      ],
      feedback: pl('Art. 3 EKPC jest bezwzględny i obejmuje również zakaz wydania lub odesłania osoby do państwa, w którym grozi jej tortura albo nieludzkie traktowanie.'),
    },
  },

  // ───────────── multiple_choice ─────────────
  {
    key: 'q-antydyskryminacja-wskazniki',
    question: {
      type: 'multiple_choice',
      name: 'Wskaźniki uprzedzenia',
      prompt: pl('Które okoliczności są **wskaźnikami uprzedzenia**, wymagającymi zbadania, czy przestępstwo było motywowane nienawiścią? Zaznacz wszystkie właściwe.'),
      points: 1,
      tags: ['antydyskryminacja'],
      options: [
        {
          text: pl('Sprawca w czasie ataku wykrzykiwał obelgi dotyczące pochodzenia pokrzywdzonego'),
          weight: 0.25,
          feedback: pl('Tak. Słowa sprawcy to jeden z najważniejszych wskaźników; zapisz je dosłownie.'),
        },
        {
          text: pl('Pokrzywdzony jest przekonany, że został zaatakowany z powodu swojej religii'),
          weight: 0.25,
          feedback: pl('Tak. Postrzeganie zdarzenia przez pokrzywdzonego zawsze odnotowujemy i sprawdzamy.'),
        },
        {
          text: pl('Do zdarzenia doszło przed meczetem w czasie święta religijnego'),
          weight: 0.25,
          feedback: pl('Tak. Miejsce i czas o znaczeniu religijnym lub symbolicznym są wskaźnikiem uprzedzenia.'),
        },
        {
          text: pl('Brak innego widocznego motywu: sprawca niczego nie zabrał i wcześniej nie znał pokrzywdzonego'),
          weight: 0.25,
          feedback: pl('Tak. Brak innego motywu (np. rabunkowego) przy różnicy pochodzenia stron to wskaźnik, który trzeba zbadać.'),
        },
        {
          text: pl('Sprawca był nietrzeźwy, co wyklucza motyw uprzedzeń'),
          weight: -0.5,
          feedback: pl('Nie. Nietrzeźwość nie wyklucza motywu uprzedzeń.'),
        },
        {
          text: pl('Pokrzywdzony słabo mówi po polsku, więc jego relacja jest mniej wiarygodna'),
          weight: -0.5,
          feedback: pl('Nie. Znajomość języka nie świadczy o wiarygodności; zapewnij tłumacza.'),
        },
      ],
      feedback: pl('Wskaźniki uprzedzenia (według OBWE/ODIHR) to m.in. słowa i symbole sprawcy, postrzeganie zdarzenia przez ofiarę i świadków, miejsce i czas, brak innego motywu oraz wcześniejsze incydenty. Nie przesądzają sprawy, ale obowiązują do zbadania motywu.'),
    },
  },
  {
    key: 'q-tlumacz-dobre-praktyki',
    question: {
      type: 'multiple_choice',
      name: 'Dobre praktyki pracy z tłumaczem',
      prompt: pl('Które zachowania są dobrą praktyką podczas rozmowy prowadzonej przez tłumacza? Zaznacz wszystkie właściwe.'),
      points: 1,
      tags: ['tlumacz', 'komunikacja'],
      options: [
        {
          text: pl('Mówienie bezpośrednio do osoby („Proszę mi powiedzieć…”), a nie do tłumacza'),
          weight: 0.25,
          feedback: pl('Tak. Rozmawiasz z osobą; tłumacz tylko przekłada.'),
        },
        {
          text: pl('Mówienie krótkimi fragmentami, z pauzami na przekład'),
          weight: 0.25,
          feedback: pl('Tak. Krótkie fragmenty zmniejszają ryzyko pominięć i błędów.'),
        },
        {
          text: pl('Krótka odprawa z tłumaczem przed rozmową: cel, zasady, poufność'),
          weight: 0.25,
          feedback: pl('Tak. Odprawa pozwala uniknąć nieporozumień co do roli tłumacza.'),
        },
        {
          text: pl('Poinformowanie osoby na początku, że tłumacz zachowa poufność'),
          weight: 0.25,
          feedback: pl('Tak. To często warunek szczerej rozmowy.'),
        },
        {
          text: pl('Poproszenie tłumacza o ocenę, czy osoba mówi prawdę'),
          weight: -0.5,
          feedback: pl('Nie. Tłumacz nie jest biegłym od wiarygodności; ocena należy do ciebie i organu.'),
        },
        {
          text: pl('Poproszenie tłumacza, by przekazał tylko streszczenie długiej wypowiedzi'),
          weight: -0.5,
          feedback: pl('Nie. Tłumacz przekłada wszystko, niczego nie dodaje i nie pomija.'),
        },
      ],
      feedback: pl('Mów do osoby, krótkimi fragmentami, po odprawie z tłumaczem, i zapewnij ją o poufności. Tłumacz przekłada wszystko; nie streszcza i nie ocenia wiarygodności.'),
    },
  },
  {
    key: 'q-bezpieczenstwo-sygnaly-handlu',
    question: {
      type: 'multiple_choice',
      name: 'Sygnały handlu ludźmi i pracy przymusowej',
      prompt: pl('Podczas kontroli na budowie rozmawiasz z grupą pracowników z zagranicy. Które sygnały mogą wskazywać na pracę przymusową lub handel ludźmi? Zaznacz wszystkie właściwe.'),
      points: 1,
      tags: ['bezpieczenstwo'],
      options: [
        {
          text: pl('Paszporty pracowników „przechowuje” pracodawca lub pośrednik'),
          weight: 0.25,
          feedback: pl('Tak. Odebranie dokumentów to klasyczny sposób kontrolowania ofiary.'),
        },
        {
          text: pl('Pracownicy spłacają pośrednikowi dług za przyjazd, który zamiast maleć, rośnie'),
          weight: 0.25,
          feedback: pl('Tak. Niewola za długi to częsty mechanizm wyzysku.'),
        },
        {
          text: pl('Pracownicy nie znają adresu, pod którym mieszkają, i są wożeni do pracy przez „opiekuna”'),
          weight: 0.25,
          feedback: pl('Tak. Ograniczona swoboda i izolacja to ważne sygnały.'),
        },
        {
          text: pl('Na każde pytanie odpowiada ta sama osoba, a pracownicy powtarzają wyuczoną historię'),
          weight: 0.25,
          feedback: pl('Tak. Kontrolowanie wypowiedzi to sygnał ostrzegawczy; porozmawiaj z pracownikami osobno, z niezależnym tłumaczem.'),
        },
        {
          text: pl('Pracownicy wysyłają część zarobków rodzinom w kraju pochodzenia'),
          weight: -0.5,
          feedback: pl('Nie. To powszechna i legalna praktyka, a nie sygnał wyzysku.'),
        },
        {
          text: pl('Pracownicy mają umowy i własne paszporty, ale słabo mówią po polsku'),
          weight: 0,
          feedback: pl('Sama bariera językowa nie jest sygnałem handlu ludźmi.'),
        },
      ],
      feedback: pl('Typowe sygnały to odebrane dokumenty, rosnący dług, ograniczona swoboda, izolacja i kontrolowanie wypowiedzi. Ofiara często nie uważa się za ofiarę. Skonsultuj sprawę z wyspecjalizowaną komórką lub z KCIK.'),
    },
  },

  // ───────────── true_false ─────────────
  {
    key: 'q-tlumacz-policjant-zna-jezyk',
    question: {
      type: 'true_false',
      name: 'Policjant znający język zamiast tłumacza',
      prompt: pl('Jeżeli policjant prowadzący przesłuchanie zna język świadka, może zrezygnować z wezwania tłumacza i sam tłumaczyć.'),
      points: 1,
      tags: ['tlumacz'],
      correct: false,
      feedbackTrue: pl('To nieprawda. Prowadzący czynność nie może jednocześnie tłumaczyć. Wytyczne Komendanta Głównego Policji przewidują wezwanie tłumacza także wtedy, gdy policjant zna język osoby.'),
      feedbackFalse: pl('Dobrze. Tłumacz musi być osobą odrębną od prowadzącego czynność; znajomość języka przez policjanta nie zwalnia z obowiązku wezwania tłumacza.'),
      feedback: pl('Art. 204 § 1 pkt 2 kpk nakazuje wezwać tłumacza do przesłuchania osoby niewładającej językiem polskim. Znajomość języka przez prowadzącego może pomóc w kontakcie, ale nie zastępuje tłumacza.'),
    },
  },
  {
    key: 'q-prawa-art3-stan-wyjatkowy',
    question: {
      type: 'true_false',
      name: 'Art. 3 EKPC w stanie nadzwyczajnym',
      prompt: pl('W stanie nadzwyczajnym państwo może zawiesić stosowanie zakazu tortur oraz nieludzkiego lub poniżającego traktowania (art. 3 EKPC).'),
      points: 1,
      tags: ['prawa-czlowieka'],
      correct: false,
      feedbackTrue: pl('To nieprawda. Art. 15 EKPC wprost wyłącza art. 3 spod możliwości derogacji.'),
      feedbackFalse: pl('Dobrze. Zakaz z art. 3 EKPC jest bezwzględny i obowiązuje zawsze.'),
      feedback: pl('Zakaz tortur i nieludzkiego traktowania jest bezwzględny: nie ma od niego wyjątków ani w czasie wojny, ani w stanie nadzwyczajnym, ani wobec osób podejrzanych o terroryzm.'),
    },
  },
  {
    key: 'q-antydyskryminacja-profilowanie',
    question: {
      type: 'true_false',
      name: 'Legitymowanie z powodu wyglądu',
      prompt: pl('Legitymowanie osoby tylko dlatego, że „wygląda na cudzoziemca”, jest dopuszczalną praktyką prewencyjną.'),
      points: 1,
      tags: ['antydyskryminacja', 'prawa-czlowieka'],
      correct: false,
      feedbackTrue: pl('To nieprawda. To profilowanie etniczne, sprzeczne z zakazem dyskryminacji (art. 32 Konstytucji RP) i ze standardami międzynarodowymi.'),
      feedbackFalse: pl('Dobrze. Podstawą czynności musi być konkretne zachowanie, rysopis konkretnej osoby lub konkretne informacje, a nie wygląd czy pochodzenie.'),
      feedback: pl('Pytanie kontrolne: czy podjąłbym tę samą czynność wobec osoby o innym wyglądzie, która zachowuje się tak samo? Jeśli nie, to profilowanie.'),
    },
  },
  {
    key: 'q-bezpieczenstwo-niebieska-karta-zgoda',
    question: {
      type: 'true_false',
      name: 'Niebieska Karta a zgoda osoby',
      prompt: pl('Wszczęcie procedury „Niebieskie Karty” wymaga zgody osoby doznającej przemocy domowej.'),
      points: 1,
      tags: ['bezpieczenstwo'],
      correct: false,
      feedbackTrue: pl('To nieprawda. Procedurę wszczyna się bez zgody osoby doznającej przemocy, gdy zachodzi podejrzenie przemocy domowej.'),
      feedbackFalse: pl('Dobrze. Zgoda nie jest wymagana, ale warto wyjaśnić osobie, na czym polega procedura i jakie wsparcie daje.'),
      feedback: pl('Procedurę „Niebieskie Karty” wszczynają m.in. Policja i ośrodki pomocy społecznej w razie podejrzenia przemocy domowej, bez zgody osoby jej doznającej. Dotyczy to również rodzin cudzoziemców.'),
    },
  },

  // ───────────── short_answer ─────────────
  {
    key: 'q-prawa-non-refoulement',
    question: {
      type: 'short_answer',
      name: 'Zasada zakazu odsyłania',
      prompt: pl('Jak nazywa się zasada prawa międzynarodowego zakazująca odesłania osoby do państwa, w którym grozi jej prześladowanie, tortury lub nieludzkie traktowanie? Podaj jej nazwę (termin obcojęzyczny).'),
      points: 1,
      tags: ['prawa-czlowieka', 'status-prawny'],
      caseSensitive: false,
      answers: [
        { text: 'non-refoulement', weight: 1 },
        { text: 'non refoulement', weight: 1 },
        { text: 'nonrefoulement', weight: 1 },
        { text: 'zasada non-refoulement', weight: 1 },
        { text: 'zasada non refoulement', weight: 1 },
        {
          text: 'zakaz odsyłania',
          weight: 0.5,
          feedback: pl('Dobrze co do treści; pełna nazwa zasady to non-refoulement.'),
        },
      ],
      feedback: pl('To zasada non-refoulement (Konwencja genewska, art. 33; art. 3 EKPC). Funkcjonariusz, który słyszy „boję się wracać”, nie ocenia zasadności obawy, tylko kieruje sprawę do właściwej procedury.'),
    },
  },
  {
    key: 'q-tlumacz-przysiegly',
    question: {
      type: 'short_answer',
      name: 'Tłumacz z listy Ministra Sprawiedliwości',
      prompt: pl('Jak nazywa się tłumacz wpisany na listę prowadzoną przez Ministra Sprawiedliwości, uprawniony do poświadczania tłumaczeń i związany tajemnicą zawodową?'),
      points: 1,
      tags: ['tlumacz'],
      caseSensitive: false,
      answers: [
        { text: 'tłumacz przysięgły', weight: 1 },
        { text: 'tlumacz przysiegly', weight: 1 },
        { text: 'przysięgły', weight: 1 },
        { text: 'przysiegly', weight: 1 },
      ],
      feedback: pl('To tłumacz przysięgły. Co do zasady nie może odmówić tłumaczenia na żądanie sądu, prokuratora, Policji i organów administracji publicznej.'),
    },
  },
  {
    key: 'q-status-wojewoda',
    question: {
      type: 'short_answer',
      name: 'Organ udzielający zezwoleń na pobyt',
      prompt: pl('Jaki organ w pierwszej instancji udziela cudzoziemcom zezwoleń na pobyt czasowy i stały? Podaj nazwę organu jednym słowem.'),
      points: 1,
      tags: ['status-prawny'],
      caseSensitive: false,
      answers: [
        { text: 'wojewoda', weight: 1 },
        { text: 'wojewoda małopolski', weight: 1 },
        { text: 'wojewoda malopolski', weight: 1 },
        {
          text: 'urząd wojewódzki',
          weight: 0.5,
          feedback: pl('Prawie: urząd obsługuje wojewodę, ale organem jest wojewoda.'),
        },
        {
          text: 'Małopolski Urząd Wojewódzki',
          weight: 0.5,
          feedback: pl('Prawie: urząd obsługuje wojewodę, ale organem jest Wojewoda Małopolski.'),
        },
      ],
      feedback: pl('Zezwoleń na pobyt czasowy, stały i rezydenta długoterminowego UE udziela wojewoda; odwołania rozpatruje Szef Urzędu do Spraw Cudzoziemców.'),
    },
  },

  // ───────────── numeric ─────────────
  {
    key: 'q-bezpieczenstwo-112',
    question: {
      type: 'numeric',
      name: 'Numer alarmowy',
      prompt: pl('Jaki jest ogólnoeuropejski numer alarmowy, który warto przekazać cudzoziemcowi na wypadek zagrożenia życia lub zdrowia?'),
      points: 1,
      tags: ['bezpieczenstwo'],
      answers: [{ value: 112, tolerance: 0, weight: 1 }],
      feedback: pl('112 to numer alarmowy obowiązujący w całej Unii Europejskiej.'),
    },
  },
  {
    key: 'q-status-90-dni',
    question: {
      type: 'numeric',
      name: 'Limit pobytu w ruchu bezwizowym',
      prompt: pl('Ile dni maksymalnie może przebywać w strefie Schengen cudzoziemiec w ruchu bezwizowym (lub na wizie Schengen typu C) w dowolnym okresie 180 dni? Podaj liczbę.'),
      points: 1,
      tags: ['status-prawny'],
      answers: [{ value: 90, tolerance: 0, weight: 1 }],
      feedback: pl('Pobyt krótkoterminowy w strefie Schengen to maksymalnie 90 dni w każdym okresie 180 dni. Dłuższy pobyt wymaga wizy krajowej (D) albo zezwolenia na pobyt.'),
    },
  },

  // ───────────── matching ─────────────
  {
    key: 'q-status-kto-za-co',
    question: {
      type: 'matching',
      name: 'Kto za co odpowiada',
      prompt: pl('Dopasuj instytucję do jej zadania w sprawach cudzoziemców.'),
      points: 1,
      tags: ['status-prawny'],
      pairs: [
        { left: pl('Wojewoda'), right: pl('Udziela zezwoleń na pobyt czasowy i stały') },
        { left: pl('Szef Urzędu do Spraw Cudzoziemców'), right: pl('Rozpatruje w pierwszej instancji wnioski o ochronę międzynarodową') },
        { left: pl('Straż Graniczna'), right: pl('Przyjmuje wnioski o ochronę międzynarodową i kontroluje legalność pobytu') },
        { left: pl('Rada do Spraw Uchodźców'), right: pl('Rozpatruje odwołania w sprawach ochrony międzynarodowej') },
      ],
      distractors: [pl('Wydaje wizy w placówkach konsularnych za granicą')],
      feedback: pl('Wojewoda: zezwolenia na pobyt. Szef UdSC: ochrona międzynarodowa w I instancji (i odwołania w sprawach pobytowych). Straż Graniczna: przyjmowanie wniosków o ochronę, kontrola legalności pobytu. Rada do Spraw Uchodźców: odwołania w sprawach ochrony.'),
    },
  },
  {
    key: 'q-prawa-ekpc-artykuly',
    question: {
      type: 'matching',
      name: 'Artykuły EKPC',
      prompt: pl('Dopasuj artykuł Europejskiej Konwencji Praw Człowieka do chronionego prawa.'),
      points: 1,
      tags: ['prawa-czlowieka'],
      pairs: [
        { left: pl('Art. 3 EKPC'), right: pl('Zakaz tortur oraz nieludzkiego lub poniżającego traktowania') },
        { left: pl('Art. 5 EKPC'), right: pl('Prawo do wolności i bezpieczeństwa osobistego') },
        { left: pl('Art. 8 EKPC'), right: pl('Prawo do poszanowania życia prywatnego i rodzinnego') },
      ],
      distractors: [pl('Prawo do zawarcia małżeństwa')],
      feedback: pl('Art. 3: zakaz tortur (bezwzględny). Art. 5: wolność osobista, w tym gwarancje przy zatrzymaniu cudzoziemca. Art. 8: życie prywatne i rodzinne, ważne m.in. przy decyzjach o wydaleniu.'),
    },
  },
  {
    key: 'q-antydyskryminacja-przepisy',
    question: {
      type: 'matching',
      name: 'Przepisy i ich treść',
      prompt: pl('Dopasuj przepis do jego treści.'),
      points: 1,
      tags: ['antydyskryminacja', 'bezpieczenstwo'],
      pairs: [
        { left: pl('Art. 32 Konstytucji RP'), right: pl('Równość wobec prawa i zakaz dyskryminacji') },
        { left: pl('Art. 119 kk'), right: pl('Przemoc lub groźba bezprawna z powodu przynależności narodowej, etnicznej, rasowej, politycznej lub wyznaniowej') },
        { left: pl('Art. 257 kk'), right: pl('Publiczne znieważenie osoby z powodu jej przynależności narodowej, etnicznej, rasowej lub wyznaniowej') },
        { left: pl('Art. 189a kk'), right: pl('Handel ludźmi') },
        { left: pl('Art. 72 kpk'), right: pl('Prawo oskarżonego do bezpłatnej pomocy tłumacza') },
      ],
      distractors: [pl('Obowiązek meldunkowy cudzoziemca')],
      feedback: pl('Art. 32 Konstytucji: równość i niedyskryminacja. Art. 119 i 257 kk: przestępstwa z nienawiści (ścigane z urzędu). Art. 189a kk: handel ludźmi. Art. 72 kpk: bezpłatny tłumacz dla oskarżonego i podejrzanego.'),
    },
  },

  // ───────────── ordering ─────────────
  {
    key: 'q-tlumacz-kolejnosc',
    question: {
      type: 'ordering',
      name: 'Kolejność pracy z tłumaczem',
      prompt: pl('Ułóż kroki rozmowy z udziałem tłumacza we właściwej kolejności.'),
      points: 1,
      tags: ['tlumacz'],
      items: [
        pl('Ustal język (i dialekt), którym osoba posługuje się najlepiej'),
        pl('Zapewnij profesjonalnego tłumacza i sprawdź, czy nie zna stron sprawy'),
        pl('Przeprowadź krótką odprawę z tłumaczem: cel, zasady, poufność'),
        pl('Przedstaw wszystkich i wyjaśnij osobie rolę tłumacza'),
        pl('Prowadź rozmowę, mówiąc do osoby krótkimi fragmentami'),
        pl('Sprawdź zrozumienie, prosząc o powtórzenie własnymi słowami'),
        pl('Po rozmowie omów jej przebieg z tłumaczem'),
      ],
      feedback: pl('Najpierw język i właściwy tłumacz, potem odprawa, przedstawienie ról, rozmowa krótkimi fragmentami, sprawdzenie zrozumienia i na koniec krótkie omówienie z tłumaczem.'),
    },
  },
  {
    key: 'q-status-kolejnosc-ochrona',
    question: {
      type: 'ordering',
      name: 'Droga wniosku o ochronę międzynarodową',
      prompt: pl('Ułóż we właściwej kolejności etapy postępowania, gdy cudzoziemiec na lotnisku prosi o ochronę.'),
      points: 1,
      tags: ['status-prawny', 'prawa-czlowieka'],
      items: [
        pl('Funkcjonariusz rozpoznaje, że osoba (w dowolnym języku i formie) chce ubiegać się o ochronę'),
        pl('Osoba otrzymuje tłumacza i informację o procedurze w zrozumiałym języku'),
        pl('Wniosek zostaje złożony za pośrednictwem komendanta placówki Straży Granicznej'),
        pl('Szef Urzędu do Spraw Cudzoziemców rozpatruje wniosek i wydaje decyzję'),
        pl('Od decyzji odmownej przysługuje odwołanie do Rady do Spraw Uchodźców'),
      ],
      feedback: pl('Kluczowy jest pierwszy krok: rozpoznanie prośby o ochronę, wyrażonej jakkolwiek. Potem informacja w zrozumiałym języku, złożenie wniosku przez Straż Graniczną, decyzja Szefa UdSC i ewentualne odwołanie do Rady do Spraw Uchodźców.'),
    },
  },

  // ───────────── essay ─────────────
  {
    key: 'q-komunikacja-refleksja',
    question: {
      type: 'essay',
      name: 'Refleksja: bariera językowa lub kulturowa',
      prompt: pl('Opisz sytuację ze swojej pracy (lub wyobrażoną, typową dla twojej służby), w której bariera językowa lub kulturowa wpłynęła na przebieg czynności. Co poszło dobrze, a co sprawiło trudność? Co zrobisz inaczej, korzystając z wiedzy z tego kursu? (ok. 200–400 słów)'),
      points: 5,
      tags: ['komunikacja'],
      graderInfo: pl(
        'Oceń w skali 0–5. Po 1 punkcie za: (1) konkretny opis sytuacji i roli autora; (2) trafne rozpoznanie źródła trudności ' +
          '(język, tłumacz, oczekiwania kulturowe, strach przed służbami, stereotyp); (3) odniesienie do co najmniej dwóch narzędzi z kursu ' +
          '(prosty język, teach-back, profesjonalny tłumacz zamiast rodziny, rozmowa na osobności, deeskalacja); (4) refleksję nad własnymi ' +
          'założeniami lub uprzedzeniami; (5) realistyczny plan zmiany. Nie obniżaj oceny za błędy językowe. Jeśli odpowiedź zawiera ' +
          'uogólnienia o grupach narodowych jako pewniki, odnieś się do tego w komentarzu.',
      ),
      responseTemplate: pl('Sytuacja:\n\nCo było trudne:\n\nCo zrobię inaczej:\n'),
      feedback: pl('Dobra odpowiedź łączy konkretną sytuację z narzędziami z kursu i pokazuje refleksję nad własnymi założeniami.'),
    },
  },
  {
    key: 'q-antydyskryminacja-jednostka',
    question: {
      type: 'essay',
      name: 'Zaufanie społeczności migranckich',
      prompt: pl('Cudzoziemcy w Krakowie rzadko zgłaszają przestępstwa z nienawiści. Zaproponuj trzy konkretne działania, które twoja jednostka (komisariat, oddział straży, placówka, ośrodek) mogłaby podjąć, aby zwiększyć zaufanie i liczbę zgłoszeń. Uzasadnij każde z nich.'),
      points: 5,
      tags: ['antydyskryminacja', 'bezpieczenstwo'],
      graderInfo: pl(
        'Oceń w skali 0–5. Szukaj działań konkretnych i wykonalnych, np.: dostęp do tłumaczy i pouczeń w wielu językach; szkolenia z ' +
          'rozpoznawania wskaźników uprzedzenia i dosłownego dokumentowania; współpraca z organizacjami migranckimi i Centrum ' +
          'Wielokulturowym; jasna informacja, że zawiadomienie przyjmuje się bez względu na status; unikanie wtórnej wiktymizacji; ' +
          'przeciwdziałanie profilowaniu; informacja zwrotna dla pokrzywdzonych o losach sprawy. 1 pkt za każde trafne i uzasadnione ' +
          'działanie (maks. 3), 1 pkt za odniesienie do podstaw prawnych lub standardów (art. 32 Konstytucji, art. 119/256/257 kk, ' +
          'dyrektywa 2012/29/UE), 1 pkt za realizm (kto, jak, jakim kosztem).',
      ),
      feedback: pl('Zaufanie buduje się konsekwencją: każde zgłoszenie przyjęte, motyw zbadany, pokrzywdzony poinformowany i wsparty.'),
    },
  },

  // ───────────── scenario ─────────────
  {
    key: 'q-scen-turysta-bez-dokumentow',
    question: {
      type: 'scenario',
      name: 'Turysta bez dokumentów na Kazimierzu',
      situation: pl(
        'Jest sobota, 23:30, ulica Szeroka na Kazimierzu. Patrol Policji interweniuje po zgłoszeniu głośnej sprzeczki przed lokalem. ' +
          'Jeden z uczestników, mężczyzna mówiący po angielsku z obcym akcentem, był już spokojny, gdy przyjechał patrol. ' +
          'Zapytany o dokument, mówi, że paszport zostawił w hotelu przy ulicy Józefa, i pokazuje w telefonie zdjęcie strony paszportu ' +
          'oraz potwierdzenie rezerwacji. Jest zdenerwowany i pyta kilka razy, czy „ma kłopoty”.',
      ),
      prompt: pl('Co jest najwłaściwszą reakcją policjantów?'),
      points: 2,
      tags: ['komunikacja', 'status-prawny'],
      options: [
        {
          text: pl(
            'Spokojnie wyjaśnić prostym angielskim powód interwencji, ustalić tożsamość dostępnymi, proporcjonalnymi środkami (zdjęcie dokumentu, sprawdzenie w systemach, ewentualnie kontakt z hotelem lub podejście do hotelu) i powiedzieć, co będzie dalej',
          ),
          weight: 1,
          feedback: pl('Tak. Ustalasz tożsamość najmniej uciążliwym skutecznym sposobem i zmniejszasz niepokój rozmówcy, wyjaśniając, co się dzieje.'),
        },
        {
          text: pl('Od razu powiadomić Straż Graniczną o „cudzoziemcu bez dokumentów” i czekać z nim na jej przyjazd'),
          weight: 0,
          feedback: pl('Niewspółmierne. Brak paszportu przy sobie nie oznacza nielegalnego pobytu; najpierw ustal tożsamość prostszymi środkami. Straż Graniczną angażuje się przy uzasadnionych wątpliwościach co do legalności pobytu.'),
        },
        {
          text: pl('Doprowadzić mężczyznę do jednostki, bo bez oryginału dokumentu nie da się ustalić tożsamości'),
          weight: -0.5,
          feedback: pl('Nie. Są dostępne łagodniejsze sposoby ustalenia tożsamości; pozbawienie wolności musi być konieczne i proporcjonalne (art. 5 EKPC).'),
        },
        {
          text: pl('Rozmawiać z nim po polsku, głośno i stanowczo, bo „w Polsce obowiązuje język polski”'),
          weight: -0.5,
          feedback: pl('Nie. To eskaluje sytuację i utrudnia ustalenia. Użyj prostego języka zrozumiałego dla rozmówcy.'),
        },
      ],
      feedback: pl('Cel interwencji to ustalenie faktów i tożsamości w sposób proporcjonalny. Prosty język, wyjaśnienie powodu i kolejnych kroków oraz wykorzystanie dostępnych środków weryfikacji zwykle wystarczają.'),
    },
  },
  {
    key: 'q-scen-maz-tlumaczy',
    question: {
      type: 'scenario',
      name: 'Interwencja domowa: mąż chce tłumaczyć',
      situation: pl(
        'Policjanci przyjeżdżają na interwencję domową w Nowej Hucie po zgłoszeniu sąsiadki, która słyszała krzyki. Otwiera mąż, mówi dobrze po polsku ' +
          'i zapewnia, że „to tylko kłótnia”. Żona mówi tylko po arabsku, ma zaczerwieniony policzek i unika wzroku. Mąż proponuje, że będzie tłumaczył, ' +
          'a gdy funkcjonariusze się wahają, proponuje, by tłumaczyła 11-letnia córka, która mówi po polsku w szkole.',
      ),
      prompt: pl('Jak powinni postąpić policjanci?'),
      points: 2,
      tags: ['tlumacz', 'bezpieczenstwo'],
      options: [
        {
          text: pl(
            'Uprzejmie odmówić tłumaczenia przez męża i córkę, rozdzielić małżonków, zapewnić bezpieczeństwo kobiety, skorzystać z tłumacza (na miejscu, telefonicznego lub wideo) i ocenić, czy wszcząć procedurę „Niebieskie Karty”',
          ),
          weight: 1,
          feedback: pl('Tak. Osoba podejrzewana o przemoc ani dziecko nie mogą tłumaczyć. Rozmowa na osobności z niezależnym tłumaczem to warunek rzetelnych ustaleń i bezpieczeństwa kobiety.'),
        },
        {
          text: pl('Na razie, w osobnym pokoju, zadać kobiecie tylko proste pytania o bezpieczeństwo przez aplikację tłumaczącą, a pełną rozmowę przeprowadzić później z tłumaczem'),
          weight: 0.5,
          feedback: pl('Częściowo dobrze. Na pierwszy kontakt to rozsądne (osobno, bez męża), ale aplikacja nie wystarcza do ustaleń; trzeba jak najszybciej zapewnić tłumacza i ocenić potrzebę procedury „Niebieskie Karty”.'),
        },
        {
          text: pl('Pozwolić tłumaczyć córce, bo dobrze zna oba języki, a ojciec nie będzie wtedy miał wpływu na tłumaczenie'),
          weight: -1,
          feedback: pl('Nie. Dziecko nie może tłumaczyć w sprawie przemocy w swojej rodzinie: to dla niego krzywdzące, naraża je na presję i czyni tłumaczenie niewiarygodnym.'),
        },
        {
          text: pl('Przyjąć tłumaczenie męża, bo mówi dobrze po polsku, a żona nie zgłasza problemu'),
          weight: -1,
          feedback: pl('Nie. Potencjalny sprawca nie może tłumaczyć wypowiedzi osoby, która może być ofiarą. Jej milczenie w jego obecności niczego nie dowodzi.'),
        },
      ],
      feedback: pl('Przy podejrzeniu przemocy domowej: rozdziel strony, zapewnij niezależnego tłumacza (nigdy członka rodziny ani dziecka), zadbaj o bezpieczeństwo i oceń potrzebę wszczęcia procedury „Niebieskie Karty”, która nie wymaga zgody osoby doznającej przemocy.'),
    },
  },
  {
    key: 'q-scen-tramwaj-mowa-nienawisci',
    question: {
      type: 'scenario',
      name: 'Mowa nienawiści w tramwaju',
      situation: pl(
        'Patrol Straży Miejskiej zostaje wezwany przez motorniczego do tramwaju na przystanku Rondo Mogilskie. Pasażer krzyczy do kobiety w chuście, ' +
          'że „takich jak ona trzeba wyrzucić z Polski”, używa obelg dotyczących jej religii i pochodzenia, a na koniec popycha ją. ' +
          'Kobieta jest roztrzęsiona, kilku pasażerów nagrywało zdarzenie telefonami. Sprawca twierdzi, że „to tylko wymiana zdań”.',
      ),
      prompt: pl('Które postępowanie jest najwłaściwsze?'),
      points: 2,
      tags: ['antydyskryminacja'],
      options: [
        {
          text: pl(
            'Zapewnić bezpieczeństwo kobiety, nie dopuścić do oddalenia się sprawcy i wezwać Policję (zdarzenie może wypełniać znamiona art. 257 kk, ściganego z urzędu), spisać dosłownie słowa sprawcy, ustalić świadków, zabezpieczyć informację o nagraniach i monitoringu tramwaju oraz poinformować kobietę o jej prawach i wsparciu',
          ),
          weight: 1,
          feedback: pl('Tak. Bezpieczeństwo, zatrzymanie sprawcy do przyjazdu Policji, dosłowne udokumentowanie słów i zabezpieczenie dowodów decydują o dalszym postępowaniu.'),
        },
        {
          text: pl('Zapewnić bezpieczeństwo i ustalić dane stron, ale nie zajmować się nagraniami ani świadkami, bo tym zajmie się później Policja'),
          weight: 0.5,
          feedback: pl('Częściowo. Świadkowie rozejdą się, a nagrania mogą zniknąć lub zostać nadpisane. Dane świadków i informacja o nagraniach to najważniejsze dowody.'),
        },
        {
          text: pl('Uznać zdarzenie za zakłócenie porządku i ukarać sprawcę mandatem, bez odnotowania treści wypowiedzi'),
          weight: 0,
          feedback: pl('Nie. Motyw uprzedzeń zmienia kwalifikację na przestępstwo ścigane z urzędu. Bez zapisu słów sprawcy ten motyw zostanie utracony.'),
        },
        {
          text: pl('Uspokoić obie strony i poinformować kobietę, że może sama wnieść prywatny akt oskarżenia o znieważenie'),
          weight: -0.5,
          feedback: pl('Nie. Publiczne znieważenie i naruszenie nietykalności z powodu religii lub pochodzenia (art. 257 kk) są ścigane z urzędu. Odesłanie do trybu prywatnego to błąd i wtórna wiktymizacja.'),
        },
      ],
      feedback: pl('Przy incydencie z nienawiści: bezpieczeństwo, niedopuszczenie do ucieczki sprawcy, Policja, dosłowny zapis słów, świadkowie, nagrania, wskaźniki uprzedzenia i wsparcie pokrzywdzonej. Nie bagatelizuj („to tylko słowa”).'),
    },
  },
  {
    key: 'q-scen-balice-ochrona',
    question: {
      type: 'scenario',
      name: 'Prośba o ochronę na lotnisku Kraków-Balice',
      situation: pl(
        'Podczas odprawy granicznej pasażera lotu spoza strefy Schengen funkcjonariuszka Straży Granicznej na lotnisku Kraków-Balice stwierdza, ' +
          'że nie ma on wizy. Mężczyzna mówi łamanym angielskim: „Please, I cannot go back, they kill me. I need protection”. ' +
          'Nie ma przy sobie żadnych dokumentów poza paszportem, jest wyczerpany i roztrzęsiony.',
      ),
      prompt: pl('Jak powinna postąpić funkcjonariuszka?'),
      points: 2,
      tags: ['status-prawny', 'prawa-czlowieka'],
      options: [
        {
          text: pl(
            'Potraktować jego słowa jako wyrażenie zamiaru złożenia wniosku o ochronę międzynarodową, zapewnić tłumacza języka, którym włada, poinformować go o procedurze i umożliwić złożenie wniosku, zwracając uwagę na jego stan i szczególne potrzeby',
          ),
          weight: 1,
          feedback: pl('Tak. Prośbę o ochronę można wyrazić w dowolnej formie i języku. Rozpoznanie jej i umożliwienie złożenia wniosku realizuje zasadę non-refoulement.'),
        },
        {
          text: pl('Zapewnić mu wodę i odpoczynek, a wniosek przyjąć dopiero wtedy, gdy sam złoży go na piśmie po angielsku, bez tłumacza'),
          weight: 0,
          feedback: pl('Nie. Troska o stan zdrowia jest dobra, ale nie wolno uzależniać złożenia wniosku od pisma w obcym języku. Osobie przysługuje informacja w zrozumiałym języku i pomoc tłumacza.'),
        },
        {
          text: pl('Wydać decyzję o odmowie wjazdu z braku wizy i poinformować, że o azyl może się ubiegać w ambasadzie'),
          weight: -1,
          feedback: pl('Nie. Pominięcie wyraźnej prośby o ochronę i zawrócenie osoby grozi naruszeniem zasady non-refoulement i art. 3 EKPC.'),
        },
        {
          text: pl('Poprosić, by uzasadnił po angielsku, dlaczego grozi mu niebezpieczeństwo, i na tej podstawie ocenić, czy jego obawy są wiarygodne'),
          weight: -0.5,
          feedback: pl('Nie. Ocena zasadności obaw należy do Szefa UdSC w postępowaniu, a nie do funkcjonariusza podczas odprawy.'),
        },
      ],
      feedback: pl('Słowa „I need protection”, „I cannot go back” to prośba o ochronę. Funkcjonariusz jej nie ocenia, tylko umożliwia złożenie wniosku za pośrednictwem Straży Granicznej, z tłumaczem i informacją w zrozumiałym języku.'),
    },
  },
  {
    key: 'q-scen-handlarz-mandat',
    question: {
      type: 'scenario',
      name: 'Mandat dla ulicznego sprzedawcy',
      situation: pl(
        'Strażnicy miejscy zauważają przy ulicy Floriańskiej mężczyznę sprzedającego pamiątki bez wymaganej zgody. Mężczyzna nie mówi po polsku, ' +
          'zna kilka słów po angielsku, a jego językiem jest prawdopodobnie francuski. Wydaje się przestraszony, kilka razy spogląda na stojącego w pobliżu ' +
          'mężczyznę, który szybko się oddala. Strażnicy rozważają ukaranie go mandatem.',
      ),
      prompt: pl('Co jest najwłaściwszym postępowaniem strażników?'),
      points: 2,
      tags: ['komunikacja', 'tlumacz'],
      options: [
        {
          text: pl(
            'Ustalić język i zapewnić zrozumiałą komunikację (tłumacz telefoniczny, pouczenie w jego języku), wyjaśnić zarzut, prawo do odmowy przyjęcia mandatu i skutki odmowy, rozważyć pouczenie zamiast mandatu, a zachowanie obserwującego mężczyzny odnotować i przekazać Policji jako możliwy sygnał wyzysku',
          ),
          weight: 1,
          feedback: pl('Tak. Sprawca musi rozumieć zarzut i swoje prawa. Strach i obecność „opiekuna” mogą wskazywać na wyzysk, o czym warto powiadomić Policję.'),
        },
        {
          text: pl('Poprzestać na pouczeniu w prostym angielskim i odejść'),
          weight: 0.5,
          feedback: pl('Częściowo. Pouczenie (art. 41 kw) może być właściwe, ale nie wiesz, czy osoba je zrozumiała, i pomijasz sygnały możliwego wyzysku.'),
        },
        {
          text: pl('Wypisać mandat i poprosić o podpis, wskazując miejsce palcem; podpis oznacza zgodę'),
          weight: -0.5,
          feedback: pl('Nie. Osoba, która nie rozumie zarzutu ani prawa do odmowy przyjęcia mandatu, nie podejmuje świadomej decyzji.'),
        },
        {
          text: pl('Zatrzymać jego paszport do czasu zapłaty grzywny'),
          weight: -1,
          feedback: pl('Nie. Nie ma do tego podstawy prawnej. Odbieranie dokumentów to także typowa metoda kontroli stosowana przez sprawców wyzysku.'),
        },
      ],
      feedback: pl('Przy mandacie wobec cudzoziemca kluczowe są zrozumienie zarzutu, prawa do odmowy przyjęcia mandatu i jego skutków. Warto rozważyć łagodniejsze środki oddziaływania (art. 41 kw) i zwracać uwagę na sygnały wyzysku.'),
    },
  },
  {
    key: 'q-scen-mops-adres',
    question: {
      type: 'scenario',
      name: 'Klientka MOPS boi się podać adres',
      situation: pl(
        'Do ośrodka pomocy społecznej przychodzi kobieta z dwojgiem dzieci i prosi o pomoc w opłaceniu żywności. Mówi trochę po polsku. ' +
          'Gdy pracownik socjalny pyta o adres zamieszkania, kobieta milknie, a potem mówi, że „nie może powiedzieć”, bo boi się, że „ktoś się dowie”. ' +
          'Nie wyjaśnia, kogo się boi.',
      ),
      prompt: pl('Jak powinien postąpić pracownik socjalny?'),
      points: 2,
      tags: ['bezpieczenstwo', 'komunikacja'],
      options: [
        {
          text: pl(
            'Spokojnie wyjaśnić, po co potrzebny jest adres, kto będzie miał dostęp do danych i jakie obowiązują zasady poufności; zapytać (w razie potrzeby z tłumaczem), czego kobieta się obawia; rozważyć, czy nie chodzi o przemoc lub wyzysk, i omówić możliwe formy pomocy oraz wsparcie innych instytucji',
          ),
          weight: 1,
          feedback: pl('Tak. Wyjaśnienie celu i zasad przetwarzania danych buduje zaufanie, a pytanie o źródło lęku może ujawnić przemoc domową lub wyzysk wymagające innej ścieżki pomocy.'),
        },
        {
          text: pl('Nie naciskać, przyjąć wniosek bez adresu i nie wracać do tematu'),
          weight: 0.5,
          feedback: pl('Częściowo. Szacunek dla obaw jest ważny, ale pomijasz możliwy sygnał zagrożenia, a bez ustaleń (np. wywiadu środowiskowego) pomocy może nie dać się przyznać.'),
        },
        {
          text: pl('Poinformować, że bez adresu nie ma żadnej możliwości pomocy i zakończyć rozmowę'),
          weight: -0.5,
          feedback: pl('Nie. Odprawienie kobiety zostawia ją i dzieci bez wsparcia i nie wyjaśnia, przed czym się ukrywa.'),
        },
        {
          text: pl('Uprzedzić, że jeśli nie poda adresu, ośrodek poprosi Straż Graniczną o sprawdzenie legalności jej pobytu'),
          weight: -1,
          feedback: pl('Nie. To zastraszanie, które niszczy zaufanie i może odciąć od pomocy osobę (i dzieci) w sytuacji zagrożenia.'),
        },
      ],
      feedback: pl('Lęk przed podaniem adresu bywa sygnałem przemocy, wyzysku lub obawy przed władzami. Wyjaśnij cel i zasady poufności, zapytaj o źródło lęku i zaproponuj bezpieczne ścieżki wsparcia, np. procedurę „Niebieskie Karty”, KCIK, organizacje pomocowe.'),
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
  title: { pl: 'Test końcowy', en: 'Final test' },
  passMarkPercent: 70,
  maxAttempts: 3,
  timeLimitSeconds: 2700,
  shuffleQuestions: true,
  shuffleOptions: true,
  reviewPolicy: 'correct_answers',
  // The safe timing: the keys are shown once no attempt is left or one passed.
  reviewAfter: 'last_attempt_or_pass',
};
