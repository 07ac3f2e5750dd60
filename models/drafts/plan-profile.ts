// Risk profile, tags and levels of model 2025.2 (draft data for build-skeleton.ts).
// Every value label and question is bilingual; factors that count people are shares of size.

export interface Text {
  readonly nl: string;
  readonly en: string;
}

export const t = (nl: string, en: string): Text => ({ nl, en });

export const tags = [
  {
    id: "transfer",
    label: t("Ongewenste kennisoverdracht", "Unwanted transfer of knowledge and technology"),
    description: t(
      "Sensitieve kennis en technologie komen terecht bij actoren die ze inzetten tegen de nationale veiligheid of de innovatiekracht, bijvoorbeeld voor militair eindgebruik (dual-use).",
      "Sensitive knowledge and technology reach actors who use them against national security or innovative capacity, for example for military end use (dual use).",
    ),
  },
  {
    id: "interference",
    label: t("Heimelijke beïnvloeding en inmenging", "Covert influence and interference"),
    description: t(
      "Statelijke actoren beïnvloeden onderwijs en onderzoek heimelijk of zetten medewerkers en studenten onder druk, met zelfcensuur en aantasting van academische vrijheid en sociale veiligheid als gevolg.",
      "State actors covertly influence education and research or put staff and students under pressure, leading to self-censorship and harm to academic freedom and social safety.",
    ),
  },
  {
    id: "ethics",
    label: t("Ethische kwesties en grondrechten", "Ethical issues and fundamental rights"),
    description: t(
      "Samenwerking met personen of instellingen in landen waar grondrechten niet worden gerespecteerd, of onderzoek waarvan de toepassing grondrechten kan schenden; ook de eerlijkheid en proportionaliteit van de eigen maatregelen.",
      "Cooperation with people or institutions in countries where fundamental rights are not respected, or research whose application can violate fundamental rights; also the fairness and proportionality of the institution's own measures.",
    ),
  },
] as const;

const v = (value: number, nl: string, en: string) => ({ value, label: t(nl, en) });

export const factors = [
  {
    id: "sensitive-technology",
    label: t("Sensitieve technologie", "Sensitive technology"),
    question: t(
      "Welk deel van het onderzoek en onderwijs valt binnen de technologieclusters van bijlage 2 van het wetsvoorstel screening kennisveiligheid?",
      "What share of research and teaching falls within the technology clusters of annex 2 of the knowledge-security screening bill?",
    ),
    values: [
      v(0, "Geen", "None"),
      v(1, "Enkele groepen", "A few groups"),
      v(2, "Een aanzienlijk deel", "A substantial share"),
      v(3, "Een groot deel, kern van het profiel", "A large share, core of the profile"),
    ],
  },
  {
    id: "crown-jewels",
    label: t("Kroonjuwelen", "Crown jewels"),
    question: t(
      "In hoeverre heeft de instelling kroonjuwelen: kennisgebieden met een internationale voorsprong waarvan ongewenste overdracht schade doet?",
      "To what extent does the institution have crown jewels: fields where it leads internationally and whose unwanted transfer would cause harm?",
    ),
    values: [
      v(0, "Geen", "None"),
      v(1, "Eén of enkele, beperkt gevoelig", "One or a few, of limited sensitivity"),
      v(2, "Meerdere, deels gevoelig", "Several, partly sensitive"),
      v(
        3,
        "Meerdere, met strategisch of militair belang",
        "Several, of strategic or military interest",
      ),
    ],
  },
  {
    id: "high-risk-partnerships",
    label: t("Samenwerking met hogerrisicolanden", "Collaboration with higher-risk countries"),
    question: t(
      "Hoeveel samenwerkingen en financiering lopen er met partners in landen die in de landenneutrale beoordeling een verhoogd risico hebben?",
      "How many partnerships and how much funding involve partners in countries that the country-neutral assessment rates as higher risk?",
    ),
    values: [
      v(0, "Geen", "None"),
      v(1, "Incidenteel", "Occasional"),
      v(2, "Regelmatig, in meerdere faculteiten", "Regular, in several faculties"),
      v(
        3,
        "Structureel en omvangrijk (gezamenlijke instituten, grote fondsen)",
        "Structural and extensive (joint institutes, large funds)",
      ),
    ],
  },
  {
    id: "sensitive-access-share",
    label: t(
      "Aandeel met toegang tot sensitieve technologie",
      "Share with access to sensitive technology",
    ),
    question: t(
      "Welk deel van alle medewerkers, gasten en studenten (inclusief masterstudenten en promovendi) krijgt toegang tot sensitieve technologie, de reikwijdte van de screening?",
      "What share of all staff, guests and students (including master's students and PhD candidates) gets access to sensitive technology, the scope of screening?",
    ),
    values: [
      v(0, "Niemand", "Nobody"),
      v(1, "Minder dan 1%", "Less than 1%"),
      v(2, "1 tot 5%", "1 to 5%"),
      v(3, "Meer dan 5%", "More than 5%"),
    ],
  },
  {
    id: "export-controlled",
    label: t("Exportgecontroleerd onderzoek", "Export-controlled research"),
    question: t(
      "In welke mate werkt de instelling met goederen, software of technologie voor tweeërlei gebruik die onder exportcontrole vallen?",
      "To what extent does the institution work with dual-use goods, software or technology subject to export control?",
    ),
    values: [
      v(0, "Niet", "Not at all"),
      v(1, "Incidenteel", "Occasionally"),
      v(2, "Regelmatig, in enkele groepen", "Regularly, in some groups"),
      v(
        3,
        "Structureel, met vergunningplichtige overdracht",
        "Structurally, with transfers that need a licence",
      ),
    ],
  },
  {
    id: "defence-classified",
    label: t("Defensie- en gerubriceerd onderzoek", "Defence-funded and classified research"),
    question: t(
      "Doet de instelling onderzoek in opdracht van of gefinancierd door defensie, en werkt zij daarbij met gerubriceerde informatie (een Te Beschermen Belang onder ABDO/ABRO)?",
      "Does the institution do research commissioned or funded by defence, and does it handle classified information (an interest to be protected under ABDO/ABRO)?",
    ),
    values: [
      v(0, "Niet", "No"),
      v(
        1,
        "Defensiegefinancierd onderzoek zonder gerubriceerde informatie",
        "Defence-funded research without classified information",
      ),
      v(
        2,
        "Gerubriceerde opdrachten of structureel defensieonderzoek",
        "Classified assignments or structural defence research",
      ),
    ],
  },
  {
    id: "biosecurity",
    label: t(
      "Biologische agentia en dual-use-levenswetenschappen",
      "Biological agents and dual-use life sciences",
    ),
    question: t(
      "Werkt de instelling met ziekteverwekkers of toxinen met misbruikpotentieel, of met levenswetenschappelijk onderzoek dat dual-use kan zijn?",
      "Does the institution work with pathogens or toxins with misuse potential, or with life-science research that may be dual use?",
    ),
    values: [
      v(0, "Niet", "No"),
      v(
        1,
        "Incidenteel of op beperkt inperkingsniveau",
        "Occasionally or at a limited containment level",
      ),
      v(
        2,
        "Hoog-inperkingslaboratoria of hoogrisicopathogenen",
        "High-containment laboratories or high-risk pathogens",
      ),
    ],
  },
  {
    id: "state-linked-funding",
    label: t("Financiering door buitenlandse overheden", "Funding by foreign governments"),
    question: t(
      "Hoeveel onderwijs en onderzoek wordt betaald door buitenlandse overheden of daaraan gelieerde organisaties onder voorwaarden, of uit landen met een verhoogd risico: beurzen, donaties, leerstoelen, gefinancierd onderwijs of gehuisveste instituten?",
      "How much teaching and research is paid for by foreign governments or organisations linked to them under conditions, or from higher-risk countries: scholarships, donations, chairs, funded teaching or hosted institutes?",
    ),
    values: [
      v(0, "Niet", "None"),
      v(
        1,
        "Beperkt: minder dan 1% van studenten en promovendi met zo'n beurs, geen leerstoel of gehuisvest instituut",
        "Limited: less than 1% of students and PhD candidates on such a scholarship, no chair or hosted institute",
      ),
      v(
        2,
        "Aanzienlijk: 1% of meer met zo'n beurs, of een leerstoel, gefinancierd programma of gehuisvest instituut",
        "Substantial: 1% or more on such a scholarship, or a chair, funded programme or hosted institute",
      ),
    ],
  },
  {
    id: "rights-sensitive-cooperation",
    label: t("Grondrechtengevoelige samenwerking", "Cooperation sensitive to fundamental rights"),
    question: t(
      "Werkt de instelling samen met partners in omgevingen waar grondrechten of academische vrijheid niet worden gerespecteerd, of doet zij onderzoek met een grondrechtengevoelige toepassing (zoals surveillance, biometrie of populatiegenetica)?",
      "Does the institution cooperate with partners in settings where fundamental rights or academic freedom are not respected, or do research with an application sensitive to fundamental rights (such as surveillance, biometrics or population genetics)?",
    ),
    values: [
      v(0, "Niet", "No"),
      v(1, "In enkele groepen of projecten", "In a few groups or projects"),
      v(
        2,
        "Regelmatig, of via een gezamenlijk instituut of campus in zo'n omgeving",
        "Regularly, or through a joint institute or campus in such a setting",
      ),
    ],
  },
] as const;

export type FactorId = (typeof factors)[number]["id"];

export const institutionTypes = [
  { id: "universiteit", label: t("Universiteit", "Research university") },
  { id: "hogeschool", label: t("Hogeschool", "University of applied sciences") },
  { id: "umc", label: t("Universitair medisch centrum", "University medical centre") },
  { id: "onderzoeksinstituut", label: t("KNAW- of NWO-instituut", "KNAW or NWO institute") },
  { id: "to2", label: t("TO2-instituut", "TO2 institute (applied research organisation)") },
] as const;

export const tiers = [
  {
    id: "basis",
    label: t("Basis", "Basic"),
    description: t(
      "Beperkte blootstelling: basismaatregelen volstaan.",
      "Limited exposure: baseline measures suffice.",
    ),
  },
  {
    id: "verhoogd",
    label: t("Verhoogd", "Elevated"),
    description: t(
      "Duidelijke blootstelling op ten minste één terrein: gerichte, vastgestelde maatregelen nodig.",
      "Clear exposure in at least one area: targeted, adopted measures needed.",
    ),
  },
  {
    id: "hoog",
    label: t("Hoog", "High"),
    description: t(
      "Meerdere zware blootstellingen tegelijk: maatregelen die aantoonbaar werken en worden geëvalueerd, waar de blootstelling ligt.",
      "Several heavy exposures at once: measures that demonstrably work and are evaluated, where the exposure lies.",
    ),
  },
] as const;

type When = { factors?: Partial<Record<FactorId, number>>; sumAtLeast?: number };
const hoog = (when: When) => ({ tier: "hoog", when });
const verhoogd = (when: When) => ({ tier: "verhoogd", when });

// Listed from the highest tier down, so the first rule that holds is the highest tier that holds.
// hoog: two heavy exposures that reinforce each other (pairs chosen from the Guidelines' three
// factors knowledge × country × partner), or a broad overall exposure.
export const tierRules = [
  hoog({ factors: { "sensitive-technology": 3, "high-risk-partnerships": 3 } }),
  hoog({ factors: { "crown-jewels": 3, "high-risk-partnerships": 3 } }),
  hoog({ factors: { "export-controlled": 3, "high-risk-partnerships": 3 } }),
  hoog({ factors: { "sensitive-technology": 3, "export-controlled": 3 } }),
  hoog({ factors: { "defence-classified": 2, "export-controlled": 3 } }),
  hoog({ factors: { biosecurity: 2, "high-risk-partnerships": 3 } }),
  hoog({
    factors: {
      "state-linked-funding": 2,
      "rights-sensitive-cooperation": 2,
      "high-risk-partnerships": 2,
    },
  }),
  hoog({ sumAtLeast: 17 }),
  // verhoogd: any single factor at its highest value, or a clear exposure on the main axes.
  ...factors.map((f) => verhoogd({ factors: { [f.id]: f.values.length - 1 } })),
  verhoogd({ factors: { "sensitive-technology": 2 } }),
  verhoogd({ factors: { "export-controlled": 2 } }),
  verhoogd({ factors: { "high-risk-partnerships": 2 } }),
  verhoogd({ sumAtLeast: 8 }),
];

export const levelFiveDescription = t(
  "De instelling leert structureel: zij verbetert haar werkwijze aantoonbaar op basis van evaluaties, incidenten en signalen, en neemt lessen van anderen over; delen met de sector kan daarbij horen, maar is geen voorwaarde.",
  "The institution learns structurally: it demonstrably improves its way of working from evaluations, incidents and signals, and adopts lessons from others; sharing with the sector may be part of this but is not a condition.",
);
