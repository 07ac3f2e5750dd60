// The indicator plan of model 2025.2: every indicator with its domain, origin (for the crosswalk
// 2025.1 → 2025.2), sources with refs, tags, weight, risk weights, targets, target rules, NA policy,
// dependencies, mappings and the changes writers must make. Read by build-skeleton.ts.

import { type FactorId, type Text, t } from "./plan-profile.ts";

type Ref = readonly [source: string, ref: string];
type RW = readonly [
  factor: FactorId,
  atLeast: number,
  multiplier: number,
  types?: readonly string[],
];
type Rule = readonly [
  when: { factors?: Partial<Record<FactorId, number>>; institutionTypes?: string[] },
  target: number,
];

export interface Plan {
  readonly id: string;
  readonly domain: string;
  /** keep: same id and meaning as 2025.1; new: no predecessor; split/merge: new id from these 2025.1 ids. */
  readonly origin:
    | "keep"
    | "new"
    | { readonly split: string }
    | { readonly merge: readonly string[] };
  readonly title?: Text;
  readonly description?: Text;
  readonly sources: readonly Ref[];
  readonly tags: readonly ("transfer" | "interference" | "ethics")[];
  readonly weight: number;
  readonly rw?: readonly RW[];
  readonly targets: readonly [number, number, number];
  readonly rules?: readonly Rule[];
  readonly critical?: true;
  readonly na?: Text;
  readonly dependsOn?: readonly string[];
  readonly mappings?: readonly Ref[];
  readonly notes?: readonly string[];
}

const TRI = ["transfer", "interference", "ethics"] as const;

// NA rationales shared along dependsOn, so dependent indicators allow NA under the same condition.
const naSensitive = t(
  "Alleen niet van toepassing als het overzicht van sensitieve kennisgebieden (RISK-02) laat zien dat de instelling geen onderzoek of onderwijs verzorgt binnen de technologieclusters van bijlage 2 van het wetsvoorstel screening; die vaststelling wordt bij elke actualisatie van de risicoanalyse herbevestigd.",
  "Only not applicable when the overview of sensitive fields (RISK-02) shows that the institution does no research or teaching within the technology clusters of annex 2 of the screening bill; that finding is reconfirmed at every update of the risk analysis.",
);
const naDualUse = t(
  "Alleen niet van toepassing als de instelling aantoonbaar geen onderzoek, apparatuur, software of technologie heeft die onder de dual-use-lijst of de catch-allbepalingen kan vallen; die conclusie volgt uit de classificatie (EXP-01) en de risicoanalyse en wordt periodiek herbevestigd.",
  "Only not applicable if the institution demonstrably has no research, equipment, software or technology that could fall under the dual-use list or the catch-all provisions; that conclusion follows from the classification (EXP-01) and the risk analysis and is reconfirmed periodically.",
);
const naSpaces = t(
  "Alleen niet van toepassing als de risicoanalyse laat zien dat er geen sensitieve technologie, kroonjuwelen, hoogrisico biologische agentia of gerubriceerde opdrachten zijn, en dus geen ruimten die zonering vragen (PHYS-01).",
  "Only not applicable if the risk analysis shows there is no sensitive technology, no crown jewels, no high-risk biological agents and no classified assignments, and therefore no spaces that need zoning (PHYS-01).",
);
const naBio = t(
  "Alleen niet van toepassing als de instelling niet werkt met micro-organismen, toxinen of levenswetenschappelijk onderzoek met misbruikpotentieel; herbevestigd bij elke actualisatie van de risicoanalyse.",
  "Only not applicable if the institution does not work with micro-organisms, toxins or life-science research with misuse potential; reconfirmed at every update of the risk analysis.",
);
const naDef = t(
  "Alleen niet van toepassing als de instelling geen onderzoek doet in opdracht van of gefinancierd door defensie en geen gerubriceerde opdrachten heeft (DEF-01).",
  "Only not applicable if the institution does no research commissioned or funded by defence and has no classified assignments (DEF-01).",
);

export const domains: Record<string, { title: Text; description?: Text }> = {
  GOV: { title: t("Bestuur en governance", "Board and governance") },
  ORG: { title: t("Organisatie", "Organisation") },
  RISK: { title: t("Risicoanalyse", "Risk analysis") },
  PART: { title: t("Partnerschappen en due diligence", "Partnerships and due diligence") },
  FACT: { title: t("Feitenbasis en registratie", "Fact base and registration") },
  INT: {
    title: t("Beïnvloeding en inmenging", "Influence and interference"),
    description: t(
      "Hoe de instelling heimelijke beïnvloeding via geld, beurzen en onderwijs voorkomt en medewerkers en studenten beschermt tegen druk en intimidatie, zodat academische vrijheid en sociale veiligheid overeind blijven.",
      "How the institution prevents covert influence through money, scholarships and teaching and protects staff and students against pressure and intimidation, so that academic freedom and social safety hold.",
    ),
  },
  ETH: {
    title: t("Ethiek en grondrechten", "Ethics and fundamental rights"),
    description: t(
      "Hoe de instelling samenwerkingen en eindgebruik toetst op grondrechten, de dilemma's rond academische kernwaarden expliciet afweegt en haar eigen maatregelen eerlijk en proportioneel houdt.",
      "How the institution reviews collaborations and end use for fundamental rights, weighs the dilemmas around core academic values explicitly and keeps its own measures fair and proportionate.",
    ),
  },
  EXP: { title: t("Exportcontrole en sancties", "Export control and sanctions") },
  VAL: {
    title: t("Valorisatie, campus en investeringen", "Valorisation, campus and investments"),
    description: t(
      "Hoe kennis via licenties, spin-offs, investeerders en de campus de instelling verlaat, en hoe de instelling die routes toetst, mede in het licht van de Wet veiligheidstoets investeringen, fusies en overnames.",
      "How knowledge leaves the institution through licences, spin-offs, investors and the campus, and how the institution reviews those routes, also in the light of the Investment, Mergers and Acquisitions Security Screening Act.",
    ),
  },
  BIO: {
    title: t("Biosecurity en dual-use-onderzoek", "Biosecurity and dual-use research"),
    description: t(
      "Hoe de instelling levenswetenschappelijk onderzoek met misbruikpotentieel herkent en hoogrisico biologische agentia beschermt.",
      "How the institution recognises life-science research with misuse potential and protects high-risk biological agents.",
    ),
  },
  DEF: {
    title: t("Defensie- en gerubriceerd onderzoek", "Defence-funded and classified research"),
    description: t(
      "Hoe de instelling besluit over onderzoek voor defensie en gerubriceerde opdrachten beveiligt.",
      "How the institution decides on research for defence and secures classified assignments.",
    ),
  },
  HR: { title: t("Personeelsbeleid en studenten", "HR policy and students") },
  VIS: { title: t("Bezoekers en reizen", "Visitors and travel") },
  PHYS: { title: t("Fysieke beveiliging", "Physical security") },
  DIG: { title: t("Digitale beveiliging", "Digital security") },
  PROC: { title: t("Inkoop en aanbesteding", "Procurement and tendering") },
  CULT: { title: t("Cultuur, bewustwording en evaluatie", "Culture, awareness and evaluation") },
};

const L = "leidraad-2022";
const SB = "sectorbeeld-2023-rapport";
const UNL = "unl-sectorbeeld-2023";
const hrp = "high-risk-partnerships";
const acc = "sensitive-access-share";
const sfund = "state-linked-funding";
const rights = "rights-sensitive-cooperation";

export const plans: readonly Plan[] = [
  // GOV
  {
    id: "GOV-01",
    domain: "GOV",
    origin: "keep",
    tags: TRI,
    weight: 3,
    targets: [3, 3, 3],
    critical: true,
    sources: [
      [L, "6.1"],
      ["voortgang-2022-12", "§ I.c"],
      ["sectorbeeld-2023", "§ inleiding"],
    ],
    mappings: [
      ["au-ufit-2021", "Governance and risk frameworks"],
      ["eu-toolkit-2022", "Governance"],
    ],
    notes: [
      "GOV-01.5a: drop the sector-agenda requirement as the only L5 practice (L5 = learning organisation); name KNAW/NWO-I and TO2 boards as channels where sector sharing is given as an example.",
      "For type onderzoeksinstituut the portfolio may sit with the board of the umbrella organisation (KNAW, NWO-I): say so in GOV-01.3a.",
      "Description: the 2022 ask for a board-level owner is cited via the administrative agreements (1003 §I.c), not minister-2022 (its content could not be read).",
    ],
  },
  {
    id: "GOV-02",
    domain: "GOV",
    origin: "keep",
    tags: TRI,
    weight: 2,
    targets: [3, 3, 3],
    sources: [
      [L, "6.2"],
      [L, "6.1"],
      [UNL, "alinea 1"],
    ],
    notes: [
      "Add to GOV-02.3x that the adopted policy names all three risks (transfer, interference, ethics) and refers to INT and ETH procedures.",
    ],
  },
  {
    id: "GOV-03",
    domain: "GOV",
    origin: "keep",
    tags: TRI,
    weight: 2,
    targets: [3, 3, 4],
    rw: [["sensitive-technology", 2, 1.5]],
    sources: [
      [L, "6.1"],
      ["voortgang-2022-12", "§ I.c"],
      ["uitvoering-2025-06", "§ 1"],
    ],
    mappings: [["au-ufit-2021", "Governance and risk frameworks"]],
    notes: [
      "Ladder inversion GOV-03.2a (annual-report mention is stricter than L3): replace by an informal but recurring discussion with the Supervisory Board; move the annual-report paragraph to L4 if kept.",
    ],
  },
  {
    id: "GOV-04",
    domain: "GOV",
    origin: "keep",
    tags: TRI,
    weight: 2,
    targets: [2, 3, 3],
    rw: [
      [hrp, 2, 1.5],
      [hrp, 3, 2],
    ],
    rules: [[{ factors: { [hrp]: 3 } }, 4]],
    sources: [
      [L, "6.1"],
      [L, "5.3"],
    ],
    mappings: [["au-ufit-2021", "Governance and risk frameworks"]],
  },
  {
    id: "GOV-05",
    domain: "GOV",
    origin: "keep",
    description: t(
      "Beoordeelt of de instelling structureel formatie, deskundigheid en budget vrijmaakt voor kennisveiligheid, in verhouding tot haar blootstelling. Het AWTI-advies vraagt kennisveiligheidsteams uit te breiden (actie 3.2) en bewustzijn, kennis en kunde in de breedte en de diepte te vergroten (actie 3.1); het Sectorbeeld hogescholen wees op gebrek aan eigen expertise. Beleid zonder belegde uren en middelen blijft op papier staan.",
      "Assesses whether the institution provides structural staffing, expertise and budget for knowledge security, in proportion to its exposure. The AWTI advice asks to expand knowledge-security teams (action 3.2) and to increase awareness, knowledge and skill in breadth and depth (action 3.1); the sector picture of universities of applied sciences pointed to a lack of in-house expertise. Policy without assigned hours and funds stays on paper.",
    ),
    tags: TRI,
    weight: 1,
    targets: [2, 3, 3],
    rw: [
      ["sensitive-technology", 2, 1.5],
      ["sensitive-technology", 3, 2],
    ],
    sources: [
      ["awti-2022", "actie 3.2"],
      ["awti-2022", "actie 3.1"],
      ["sectorbeeld-hbo-2024", "§ sectorbeeld hogescholen"],
    ],
    notes: [
      "Ref fix: AWTI action 2.2 (use organisational diversity) replaced by action 3.2 'expand knowledge-security teams'; description rewritten in the skeleton.",
    ],
  },
  // ORG
  {
    id: "ORG-01",
    domain: "ORG",
    origin: "keep",
    description: t(
      "Beoordeelt of er een multidisciplinair adviesteam kennisveiligheid is onder leiding van een coördinator kennisveiligheid, dat onderzoekers en bestuur adviseert over concrete vragen en dossiers. De Leidraad beveelt zo'n team aan omdat kennisveiligheid juridische, technische, internationale en personele deskundigheid vraagt die niemand alleen bezit; volgens het Sectorbeeld 2023 troffen de universiteiten de nodige maatregelen om risico's te beperken. Een kleinere instelling kan het team delen met andere instellingen of regionaal organiseren, met een eigen coördinator als aanspreekpunt: het Sectorbeeld hogescholen wees op beperkte eigen expertise en op samenwerking. Zonder vaste kern wordt elk dossier opnieuw uitgevonden.",
      "Assesses whether there is a multidisciplinary knowledge-security advisory team led by a knowledge-security coordinator that advises researchers and the board on concrete questions and cases. The Guidelines recommend such a team because knowledge security needs legal, technical, international and HR expertise that nobody has alone; according to the 2023 sector picture the universities took the necessary measures to limit risks. A smaller institution may share the team with other institutions or organise it regionally, with its own coordinator as contact: the sector picture of universities of applied sciences pointed to limited in-house expertise and to cooperation. Without a permanent core, every case is handled from scratch.",
    ),
    tags: TRI,
    weight: 3,
    targets: [3, 3, 3],
    critical: true,
    title: t(
      "Multidisciplinair adviesteam kennisveiligheid met coördinator (eigen of gedeeld)",
      "Multidisciplinary knowledge-security advisory team with a coordinator (own or shared)",
    ),
    sources: [
      [L, "6.1"],
      [SB, "conclusie 3"],
      ["sectorbeeld-hbo-2024", "§ sectorbeeld hogescholen"],
    ],
    mappings: [["au-ufit-2021", "Governance and risk frameworks"]],
    notes: [
      "ORG-01.3a: accept a shared or regional advisory team under a written agreement (hogescholen, small institutes), with the institution's own coordinator as contact.",
      "Description rewritten in the skeleton: the unverified claim that the 2023 Sectorbeeld 'looked explicitly at whether the team exists' is replaced by the verified Dialogic conclusion 3; shared team allowed.",
    ],
  },
  {
    id: "ORG-02",
    domain: "ORG",
    origin: "keep",
    tags: TRI,
    weight: 1,
    targets: [2, 3, 3],
    rw: [["sensitive-technology", 2, 1.5]],
    sources: [[L, "6.1"]],
    notes: [
      "ORG-02.1a 'find someone by asking around' is not auditable: replace by a named contact on the intranet.",
    ],
  },
  {
    id: "ORG-03",
    domain: "ORG",
    origin: "keep",
    tags: TRI,
    weight: 1,
    targets: [2, 3, 3],
    rw: [["export-controlled", 2, 1.5]],
    sources: [
      [L, "6.2"],
      ["eu-2021-1700", "kernelement 2"],
    ],
    mappings: [["eu-toolkit-2022", "Governance"]],
    notes: [
      "Add the biosafety officer and the technology transfer office to the working arrangements where present.",
    ],
  },
  {
    id: "ORG-05",
    domain: "ORG",
    origin: "new",
    tags: ["transfer", "interference"],
    weight: 1,
    targets: [2, 2, 3],
    rw: [[hrp, 2, 1.5]],
    sources: [
      [UNL, "alinea 1"],
      ["motie-2022", "constatering 3"],
      ["screening-stand-2024-06", "element 3"],
    ],
  },
  {
    id: "ORG-06",
    domain: "ORG",
    origin: { merge: ["ORG-04", "CULT-05"] },
    tags: TRI,
    weight: 1,
    targets: [2, 2, 3],
    rw: [["sensitive-technology", 0, 1.5, ["hogeschool"]]],
    sources: [
      ["loket-netwerk-2024", "alinea 1"],
      ["awti-2022", "actie 3.1"],
      ["sectorbeeld-hbo-2024", "§ sectorbeeld hogescholen"],
    ],
    mappings: [["au-ufit-2021", "Communication, education and knowledge sharing"]],
    notes: [
      "AWTI action 1.1 is not cited: it asks to promote and share research on knowledge security, not institutional experience.",
    ],
  },
  // RISK
  {
    id: "RISK-01",
    domain: "RISK",
    origin: "keep",
    tags: TRI,
    weight: 3,
    targets: [3, 3, 3],
    critical: true,
    sources: [
      ["voortgang-2022-12", "§ I.c"],
      [SB, "conclusie 2"],
      [UNL, "alinea 2"],
      ["unl-kader-2021", "§ Concrete instruments"],
      [L, "5.1"],
      [L, "5.2"],
      [L, "5.3"],
    ],
    mappings: [["au-ufit-2021", "Governance and risk frameworks"]],
    notes: [
      "Practices must ask that the analysis covers all three risks (interference and ethics exposure, cf. the new profile factors), not only transfer.",
    ],
  },
  {
    id: "RISK-02",
    domain: "RISK",
    origin: "keep",
    tags: ["transfer", "ethics"],
    weight: 2,
    targets: [2, 3, 3],
    rw: [
      ["sensitive-technology", 2, 1.5],
      ["sensitive-technology", 3, 2],
    ],
    rules: [[{ factors: { "sensitive-technology": 3 } }, 4]],
    sources: [
      [L, "5.1"],
      ["wetsvoorstel-screening-2025", "bijlage 2"],
    ],
  },
  {
    id: "RISK-03",
    domain: "RISK",
    origin: "keep",
    tags: ["transfer"],
    weight: 2,
    targets: [2, 3, 3],
    rw: [
      ["crown-jewels", 2, 1.5],
      ["crown-jewels", 3, 2],
    ],
    rules: [[{ factors: { "crown-jewels": 3 } }, 4]],
    sources: [
      [L, "5.1"],
      [L, "6.4"],
    ],
    notes: [
      "RISK-03.1a 'group leaders can say when asked' is not auditable: replace by a first written list of valuable fields.",
    ],
  },
  {
    id: "RISK-04",
    domain: "RISK",
    origin: "keep",
    tags: ["transfer", "ethics", "interference"],
    weight: 1,
    targets: [2, 3, 3],
    rw: [
      [hrp, 2, 1.5],
      [hrp, 3, 2],
    ],
    sources: [[L, "5.2"]],
  },
  {
    id: "RISK-05",
    domain: "RISK",
    origin: "keep",
    tags: TRI,
    weight: 2,
    targets: [2, 3, 3],
    dependsOn: ["RISK-01"],
    sources: [
      [UNL, "alinea 2"],
      [L, "6.1"],
      [L, "6.2"],
    ],
  },
  {
    id: "RISK-06",
    domain: "RISK",
    origin: "keep",
    tags: ["transfer"],
    weight: 2,
    targets: [2, 3, 3],
    dependsOn: ["RISK-02"],
    rw: [
      [acc, 2, 1.5],
      [acc, 3, 2],
    ],
    rules: [[{ factors: { [acc]: 3 } }, 4]],
    na: naSensitive,
    sources: [
      ["wetsvoorstel-screening-2025", "bijlage 2"],
      ["screening-stand-2024-06", "element 1"],
    ],
    notes: [
      "RISK-06 owns the designation (which units, positions and facilities); HR-01, HR-06 and EXP-05 refer to it instead of repeating it (HR-01.4b moves here or goes).",
    ],
  },
  // PART
  {
    id: "PART-01",
    domain: "PART",
    origin: "keep",
    tags: TRI,
    weight: 3,
    targets: [3, 3, 3],
    critical: true,
    rw: [
      [hrp, 2, 1.5],
      [hrp, 3, 2],
    ],
    rules: [[{ factors: { [hrp]: 3 } }, 4]],
    sources: [
      [L, "5.3"],
      [SB, "conclusie 3"],
    ],
    mappings: [
      ["au-ufit-2021", "Due diligence, risk assessments and management"],
      ["eu-toolkit-2022", "Partnerships"],
      [
        "uk-trusted-research",
        "How to protect your research, 1: Collaborating with research partners",
      ],
    ],
  },
  {
    id: "PART-02",
    domain: "PART",
    origin: "keep",
    tags: TRI,
    weight: 2,
    targets: [2, 3, 3],
    rw: [
      [hrp, 2, 1.5],
      [hrp, 3, 2],
    ],
    rules: [[{ factors: { [hrp]: 3 } }, 4]],
    sources: [
      ["motie-2022", "verzoek 1"],
      [L, "5.1"],
      [L, "5.2"],
      [L, "5.3"],
      ["uitvoering-2025-06", "§ 1"],
    ],
    notes: [
      "Description: cite the motion (risk classification of international relations as part of the analysis) as the reason for this indicator.",
    ],
  },
  {
    id: "PART-03",
    domain: "PART",
    origin: "keep",
    tags: TRI,
    weight: 2,
    targets: [2, 3, 3],
    dependsOn: ["PART-01", "PART-02"],
    rw: [
      [hrp, 2, 1.5],
      [hrp, 3, 2],
    ],
    rules: [[{ factors: { [hrp]: 3 } }, 4]],
    sources: [
      [L, "5.3"],
      [L, "6.1"],
    ],
  },
  {
    id: "PART-04",
    domain: "PART",
    origin: "keep",
    tags: ["transfer", "interference"],
    weight: 1,
    targets: [2, 3, 3],
    rw: [
      [hrp, 2, 1.5],
      ["crown-jewels", 2, 1.5],
    ],
    sources: [[L, "7.1"]],
    mappings: [["eu-toolkit-2022", "Partnerships"]],
  },
  {
    id: "PART-05",
    domain: "PART",
    origin: "keep",
    tags: TRI,
    weight: 1,
    targets: [2, 3, 3],
    dependsOn: ["PART-01"],
    rw: [
      [hrp, 2, 1.5],
      [hrp, 3, 2],
    ],
    rules: [[{ factors: { [hrp]: 3 } }, 4]],
    sources: [
      [L, "7.1"],
      [SB, "conclusie 3"],
    ],
  },
  {
    id: "PART-07",
    domain: "PART",
    origin: "new",
    tags: ["interference", "ethics", "transfer"],
    weight: 1,
    targets: [2, 2, 3],
    rw: [
      [rights, 1, 1.5],
      [hrp, 3, 1.5],
    ],
    rules: [[{ factors: { [rights]: 2 } }, 4]],
    na: t(
      "Alleen niet van toepassing als de instelling geen gezamenlijke instituten, vestigingen of gezamenlijke opleidingen in het buitenland heeft; herbevestigd in het register van samenwerkingen (FACT-01).",
      "Only not applicable if the institution has no joint institutes, branch campuses or joint degree programmes abroad; reconfirmed in the register of partnerships (FACT-01).",
    ),
    sources: [
      [L, "7.1"],
      [L, "3.3"],
      [L, "2.1"],
    ],
    mappings: [["eu-toolkit-2022", "Partnerships"]],
  },
  // FACT
  {
    id: "FACT-01",
    domain: "FACT",
    origin: "keep",
    tags: TRI,
    weight: 2,
    targets: [2, 3, 3],
    dependsOn: ["FACT-02"],
    rw: [
      [hrp, 2, 1.5],
      [hrp, 3, 2],
    ],
    sources: [
      [SB, "uitdaging 1"],
      [L, "6.3"],
      ["uitvoering-2025-06", "§ 1"],
    ],
  },
  {
    id: "FACT-02",
    domain: "FACT",
    origin: "keep",
    tags: TRI,
    weight: 1,
    targets: [2, 3, 3],
    rw: [[hrp, 2, 1.5]],
    sources: [
      [SB, "uitdaging 2"],
      [L, "6.3"],
    ],
  },
  {
    id: "FACT-04",
    domain: "FACT",
    origin: "keep",
    tags: TRI,
    weight: 2,
    targets: [2, 3, 4],
    dependsOn: ["FACT-01"],
    rw: [[hrp, 2, 1.5]],
    sources: [
      [L, "6.3"],
      ["motie-2022", "overweging 3"],
      [
        "voortgang-2024-10",
        "bijlage: brief aan UNL over overzichten risicovolle internationale partnerschappen",
      ],
    ],
    notes: [
      "Add a practice: a current overview of partnerships classified high risk is part of the management information (the 2023 request for one current list of risk partners; 1158 annex; 1205 §1).",
    ],
  },
  {
    id: "FACT-05",
    domain: "FACT",
    origin: { split: "FACT-03" },
    tags: ["transfer", "interference"],
    weight: 1,
    targets: [2, 3, 3],
    rw: [[acc, 2, 1.5]],
    sources: [
      [L, "6.3"],
      [L, "8.3"],
    ],
  },
  {
    id: "FACT-06",
    domain: "FACT",
    origin: { split: "FACT-03" },
    tags: ["interference", "transfer"],
    weight: 1,
    targets: [2, 3, 3],
    rw: [
      [sfund, 1, 1.5],
      [hrp, 2, 1.5],
    ],
    sources: [
      [L, "6.3"],
      [L, "5.3"],
      [SB, "uitdaging 1"],
    ],
  },
  // INT
  {
    id: "INT-01",
    domain: "INT",
    origin: { split: "PART-06" },
    tags: ["interference", "ethics"],
    weight: 2,
    targets: [2, 2, 3],
    rw: [
      [sfund, 1, 1.5],
      [sfund, 2, 2],
    ],
    rules: [
      [{ factors: { [sfund]: 1 } }, 3],
      [{ factors: { [sfund]: 2 } }, 4],
    ],
    sources: [
      [L, "3.3"],
      [L, "5.3"],
    ],
    mappings: [
      ["eu-toolkit-2022", "Governance"],
      ["au-ufit-2021", "Due diligence, risk assessments and management"],
    ],
  },
  {
    id: "INT-02",
    domain: "INT",
    origin: { split: "PART-06" },
    tags: ["interference", "transfer"],
    weight: 1,
    targets: [2, 2, 3],
    rw: [
      [sfund, 1, 1.5],
      [sfund, 2, 2],
    ],
    rules: [
      [{ factors: { [sfund]: 1 } }, 3],
      [{ factors: { [sfund]: 2 } }, 4],
    ],
    na: t(
      "Alleen niet van toepassing als de instelling geen studenten, promovendi of gasten heeft met een beurs van een buitenlandse overheid en niet deelneemt aan talentprogramma's; jaarlijks herbevestigd uit FACT-05 en FACT-06.",
      "Only not applicable if the institution has no students, PhD candidates or guests on a foreign government scholarship and takes no part in talent programmes; reconfirmed yearly from FACT-05 and FACT-06.",
    ),
    sources: [
      ["voortgang-2024-10", "inleiding"],
      [L, "3.3"],
      [L, "8.1"],
    ],
  },
  {
    id: "INT-03",
    domain: "INT",
    origin: "new",
    tags: ["interference", "ethics"],
    weight: 2,
    targets: [2, 3, 3],
    dependsOn: ["CULT-03"],
    rw: [
      [sfund, 1, 1.5],
      [hrp, 2, 1.5],
    ],
    sources: [
      [L, "3.3"],
      [L, "6.5"],
      [L, "2.1"],
    ],
    mappings: [
      ["au-ufit-2021", "Communication, education and knowledge sharing"],
      ["eu-toolkit-2022", "Values"],
    ],
  },
  {
    id: "INT-04",
    domain: "INT",
    origin: "new",
    tags: ["interference", "ethics"],
    weight: 1,
    targets: [2, 2, 3],
    rules: [[{ factors: { [sfund]: 2 } }, 3]],
    rw: [[sfund, 1, 1.5]],
    sources: [
      [L, "2.1"],
      [L, "3.3"],
    ],
    mappings: [["eu-toolkit-2022", "Values"]],
  },
  // ETH
  {
    id: "ETH-01",
    domain: "ETH",
    origin: "new",
    tags: ["ethics", "interference"],
    weight: 2,
    targets: [2, 3, 3],
    dependsOn: ["PART-01"],
    rw: [
      [rights, 1, 1.5],
      [rights, 2, 2],
    ],
    rules: [[{ factors: { [rights]: 2 } }, 4]],
    sources: [
      [L, "2.3"],
      [L, "5.2"],
      ["sectorbeeld-2023", "§ inleiding"],
      ["eu-council-2024", "overweging (1)"],
    ],
    mappings: [["eu-toolkit-2022", "Values"]],
  },
  {
    id: "ETH-02",
    domain: "ETH",
    origin: "new",
    tags: ["ethics", "transfer"],
    weight: 1,
    targets: [2, 2, 3],
    rw: [
      [rights, 1, 1.5],
      [rights, 2, 2],
    ],
    rules: [
      [{ factors: { [rights]: 1 } }, 3],
      [{ factors: { [rights]: 2 } }, 4],
    ],
    na: t(
      "Alleen niet van toepassing als het overzicht van kennisgebieden (RISK-02) laat zien dat de instelling geen onderzoek doet met een grondrechtengevoelige toepassing.",
      "Only not applicable if the overview of fields (RISK-02) shows that the institution does no research with an application sensitive to fundamental rights.",
    ),
    sources: [
      [L, "2.3"],
      [L, "5.1"],
      ["kamerbrief-2022-01", "inleiding"],
    ],
  },
  {
    id: "ETH-03",
    domain: "ETH",
    origin: { split: "GOV-06" },
    tags: ["ethics", "interference"],
    weight: 2,
    targets: [2, 3, 3],
    rw: [[hrp, 2, 1.5]],
    sources: [
      [L, "2.1"],
      [L, "2.2"],
      [L, "2.3"],
      [L, "2.4"],
      [UNL, "alinea 1"],
      [SB, "uitdaging 3"],
      ["awti-2022", "actie 1.2"],
    ],
    mappings: [["eu-toolkit-2022", "Values"]],
  },
  {
    id: "ETH-04",
    domain: "ETH",
    origin: { split: "GOV-06" },
    tags: ["ethics", "interference"],
    weight: 1,
    targets: [2, 3, 3],
    rw: [[acc, 2, 1.5]],
    sources: [
      [L, "2.4"],
      ["doelgroep-2025-01", "§ Aanleiding"],
      [SB, "uitdaging 3"],
    ],
  },
  {
    id: "ETH-05",
    domain: "ETH",
    origin: "new",
    tags: ["ethics", "interference"],
    weight: 1,
    targets: [2, 2, 3],
    rw: [[rights, 1, 1.5]],
    rules: [[{ factors: { [rights]: 2 } }, 3]],
    sources: [
      [L, "2.3"],
      ["eu-toolkit-2022", "Values"],
    ],
  },
  // EXP
  {
    id: "EXP-01",
    domain: "EXP",
    origin: "keep",
    tags: ["transfer"],
    weight: 2,
    targets: [2, 3, 3],
    na: naDualUse,
    rw: [
      ["export-controlled", 2, 1.5],
      ["export-controlled", 3, 2],
    ],
    rules: [[{ factors: { "export-controlled": 3 } }, 4]],
    sources: [
      [L, "4.1"],
      ["eu-2021-1700", "kernelement 4"],
    ],
    mappings: [["uk-trusted-research", "How to protect your research, 2: Using legal frameworks"]],
  },
  {
    id: "EXP-02",
    domain: "EXP",
    origin: "keep",
    tags: ["transfer"],
    weight: 2,
    targets: [2, 3, 3],
    na: naDualUse,
    dependsOn: ["EXP-01"],
    rw: [
      ["export-controlled", 2, 1.5],
      ["export-controlled", 3, 2],
    ],
    rules: [[{ factors: { "export-controlled": 3 } }, 4]],
    sources: [
      [L, "4.1"],
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => ["eu-2021-1700", `kernelement ${n}`] as const),
    ],
  },
  {
    id: "EXP-03",
    domain: "EXP",
    origin: "keep",
    tags: ["transfer", "ethics"],
    weight: 1,
    targets: [2, 3, 3],
    rw: [
      [hrp, 2, 1.5],
      [hrp, 3, 2],
    ],
    sources: [
      [L, "4.2"],
      ["sanctieregeling-iran-2023", "art. I, onderdeel B (art. 5, lid 1)"],
      ["uitvoering-2025-06", "§ 1"],
    ],
    notes: [
      "Practices: name the advisory role of the minister of OCW under art. 5 Sanctieregeling Iran 2012 (enhanced supervision) and how the institution requests or uses that advice.",
    ],
  },
  {
    id: "EXP-04",
    domain: "EXP",
    origin: "keep",
    tags: ["transfer"],
    weight: 1,
    targets: [2, 3, 3],
    na: naDualUse,
    dependsOn: ["EXP-01"],
    rw: [
      ["export-controlled", 2, 1.5],
      ["export-controlled", 3, 2],
    ],
    sources: [
      [L, "4.1"],
      ["eu-2021-1700", "kernelement 3"],
    ],
    mappings: [["us-ostp-2024", "element 4 (export control training)"]],
  },
  {
    id: "EXP-05",
    domain: "EXP",
    origin: "keep",
    tags: ["transfer"],
    weight: 1,
    targets: [2, 3, 3],
    na: naSensitive,
    dependsOn: ["RISK-06"],
    rw: [
      ["sensitive-technology", 2, 1.5],
      ["sensitive-technology", 3, 2],
    ],
    rules: [[{ factors: { [acc]: 3 } }, 4]],
    sources: [
      ["wetsvoorstel-screening-2025", "bijlage 2"],
      ["screening-stand-2024-06", "element 3"],
      ["voortgang-2024-10", "pijler 2"],
    ],
    notes: [
      "EXP-05.1a 'at least a rough idea' is not auditable: replace by a documented briefing.",
      "L3/L4 cover screening in operation (request to Justis, four weeks plus at most four, objection, data protection) once the act is in force; the designation stays in RISK-06.",
    ],
  },
  // VAL
  {
    id: "VAL-01",
    domain: "VAL",
    origin: "new",
    tags: ["transfer"],
    weight: 1,
    targets: [2, 3, 3],
    rw: [
      ["sensitive-technology", 2, 1.5],
      ["crown-jewels", 2, 1.5],
      ["sensitive-technology", 0, 1.5, ["to2"]],
    ],
    sources: [
      [L, "7.1"],
      [L, "5.3"],
    ],
  },
  {
    id: "VAL-02",
    domain: "VAL",
    origin: "new",
    tags: ["transfer"],
    weight: 1,
    targets: [2, 3, 3],
    rw: [["sensitive-technology", 2, 1.5]],
    na: t(
      "Alleen niet van toepassing als de instelling, zelf of via een campusorganisatie, geen campus of science park met andere ondernemingen beheert.",
      "Only not applicable if the institution, itself or through a campus organisation, manages no campus or science park with other companies.",
    ),
    sources: [
      ["wet-vifo", "art. 1"],
      ["beleidsregel-campus-2024", "art. 1, lid 1"],
    ],
  },
  {
    id: "VAL-03",
    domain: "VAL",
    origin: "new",
    tags: ["transfer"],
    weight: 1,
    targets: [2, 3, 3],
    rw: [
      ["sensitive-technology", 2, 1.5],
      ["crown-jewels", 2, 1.5],
    ],
    na: t(
      "Alleen niet van toepassing als de instelling geen spin-offs of deelnemingen heeft.",
      "Only not applicable if the institution has no spin-offs or equity stakes.",
    ),
    sources: [
      ["wet-vifo", "toelichting BTI, alinea 4"],
      [L, "5.3"],
    ],
  },
  // BIO
  {
    id: "BIO-01",
    domain: "BIO",
    origin: "new",
    tags: ["transfer", "ethics"],
    weight: 1,
    targets: [2, 2, 2],
    na: naBio,
    rw: [
      ["biosecurity", 1, 1.5],
      ["biosecurity", 2, 2],
      ["biosecurity", 1, 1.5, ["umc"]],
    ],
    rules: [
      [{ factors: { biosecurity: 1 } }, 3],
      [{ factors: { biosecurity: 2 } }, 4],
    ],
    sources: [
      ["dual-use-quickscan-2021", "§ Dual-Use Quickscan"],
      [L, "4.1"],
      [L, "5.1"],
    ],
  },
  {
    id: "BIO-02",
    domain: "BIO",
    origin: "new",
    tags: ["transfer"],
    weight: 1,
    targets: [2, 2, 2],
    na: naBio,
    rw: [
      ["biosecurity", 1, 1.5],
      ["biosecurity", 2, 2],
      ["biosecurity", 1, 1.5, ["umc"]],
    ],
    rules: [
      [{ factors: { biosecurity: 1 } }, 3],
      [{ factors: { biosecurity: 2 } }, 4],
    ],
    sources: [
      ["knaw-biosecurity-2007", "hoofdstuk 2, gedragsregels"],
      [L, "6.4"],
    ],
  },
  // DEF
  {
    id: "DEF-01",
    domain: "DEF",
    origin: "new",
    tags: ["transfer", "ethics"],
    weight: 1,
    targets: [2, 2, 2],
    na: naDef,
    rw: [
      ["defence-classified", 1, 1.5],
      ["defence-classified", 2, 2],
      ["defence-classified", 1, 1.5, ["to2"]],
    ],
    rules: [
      [{ factors: { "defence-classified": 1 } }, 3],
      [{ factors: { "defence-classified": 2 } }, 4],
    ],
    sources: [
      [L, "2.3"],
      [L, "4.1"],
    ],
  },
  {
    id: "DEF-02",
    domain: "DEF",
    origin: "new",
    tags: ["transfer"],
    weight: 2,
    targets: [2, 2, 2],
    na: naDef,
    dependsOn: ["DEF-01"],
    rw: [
      ["defence-classified", 2, 2],
      ["defence-classified", 1, 1.5, ["to2"]],
    ],
    rules: [
      [{ factors: { "defence-classified": 2 } }, 4],
      [{ factors: { "defence-classified": 1 }, institutionTypes: ["to2"] }, 4],
      [{ factors: { "defence-classified": 1 } }, 3],
    ],
    sources: [["abro-2026", "art. 2, lid 1"]],
  },
  // HR
  {
    id: "HR-01",
    domain: "HR",
    origin: "keep",
    tags: ["transfer"],
    weight: 2,
    targets: [2, 3, 3],
    na: naSensitive,
    dependsOn: ["RISK-06"],
    rw: [
      [acc, 2, 1.5],
      [acc, 3, 2],
    ],
    sources: [
      [L, "8.1"],
      ["doelgroep-2025-01", "§ Aanleiding"],
    ],
    notes: [
      "HR-01.4b duplicates the designation of RISK-06: drop it or reword as 'HR applies the RISK-06 designation'.",
    ],
  },
  {
    id: "HR-02",
    domain: "HR",
    origin: "keep",
    tags: ["transfer", "interference"],
    weight: 1,
    targets: [2, 3, 3],
    rw: [
      [acc, 2, 1.5],
      [hrp, 2, 1.5],
    ],
    sources: [[L, "8.1"]],
    mappings: [["au-ufit-2021", "Due diligence, risk assessments and management"]],
  },
  {
    id: "HR-03",
    domain: "HR",
    origin: "keep",
    tags: TRI,
    weight: 1,
    targets: [2, 2, 3],
    rw: [[acc, 2, 1.5]],
    sources: [[L, "8.2"]],
    mappings: [
      ["us-ostp-2024", "element 3 (research security training)"],
      ["au-ufit-2021", "Communication, education and knowledge sharing"],
    ],
  },
  {
    id: "HR-04",
    domain: "HR",
    origin: "keep",
    tags: ["transfer"],
    weight: 1,
    targets: [2, 3, 3],
    rw: [
      [acc, 2, 1.5],
      ["crown-jewels", 2, 1.5],
    ],
    sources: [
      [L, "8.1"],
      [L, "6.4"],
    ],
    notes: [
      "Ladder inversion HR-04.1a (automatic lapse of access is an L3 control): L1 becomes 'departures are reported to facility and IT services'.",
      "HR-04.3a and PHYS-02.3b count the same revocation evidence: HR-04 keeps the HR trigger and the exit interview; PHYS-02 keeps the periodic reconciliation of rights.",
    ],
  },
  {
    id: "HR-05",
    domain: "HR",
    origin: "keep",
    tags: ["ethics", "transfer", "interference"],
    weight: 1,
    targets: [2, 3, 3],
    rw: [[acc, 2, 1.5]],
    sources: [
      [SB, "uitdaging 3"],
      [L, "4.3"],
      [L, "2.4"],
    ],
    mappings: [["eu-toolkit-2022", "Values"]],
    notes: [
      "Keep the code-of-conduct content here; equal-treatment review and DPIAs move to ETH-04 (no double evidence).",
    ],
  },
  {
    id: "HR-06",
    domain: "HR",
    origin: "new",
    tags: ["transfer", "interference"],
    weight: 1,
    targets: [2, 3, 3],
    na: naSensitive,
    dependsOn: ["RISK-06"],
    rw: [
      [acc, 2, 1.5],
      [sfund, 1, 1.5],
    ],
    sources: [
      ["voortgang-2024-10", "inleiding"],
      ["doelgroep-2025-01", "§ Aanleiding"],
      ["wetsvoorstel-screening-2025", "bijlage 2"],
    ],
  },
  // VIS
  {
    id: "VIS-01",
    domain: "VIS",
    origin: "keep",
    tags: ["transfer"],
    weight: 1,
    targets: [2, 3, 3],
    na: naSpaces,
    dependsOn: ["PHYS-01"],
    rw: [
      ["crown-jewels", 2, 1.5],
      ["crown-jewels", 3, 2],
    ],
    sources: [
      [L, "8.3"],
      [L, "6.4"],
    ],
  },
  {
    id: "VIS-02",
    domain: "VIS",
    origin: "keep",
    tags: ["transfer", "interference"],
    weight: 1,
    targets: [2, 3, 3],
    rw: [
      [hrp, 2, 1.5],
      [hrp, 3, 2],
    ],
    sources: [
      [L, "8.3"],
      [L, "9"],
    ],
    mappings: [["us-ostp-2024", "element 2 (foreign travel security)"]],
  },
  {
    id: "VIS-03",
    domain: "VIS",
    origin: "keep",
    tags: ["transfer"],
    weight: 1,
    targets: [2, 2, 3],
    rw: [
      [acc, 2, 1.5],
      [hrp, 2, 1.5],
    ],
    sources: [[L, "8.3"]],
    mappings: [["us-ostp-2024", "element 2 (foreign travel security)"]],
  },
  {
    id: "VIS-04",
    domain: "VIS",
    origin: "keep",
    tags: ["transfer", "interference"],
    weight: 1,
    targets: [2, 3, 3],
    dependsOn: ["FACT-05"],
    rw: [
      ["sensitive-technology", 2, 1.5],
      ["sensitive-technology", 3, 2],
    ],
    sources: [
      [L, "8.3"],
      [L, "8.1"],
    ],
    notes: ["dependsOn moves from FACT-03 (retired) to FACT-05."],
  },
  // PHYS
  {
    id: "PHYS-01",
    domain: "PHYS",
    origin: "keep",
    tags: ["transfer"],
    weight: 2,
    targets: [2, 3, 3],
    na: naSpaces,
    rw: [
      ["sensitive-technology", 2, 1.5],
      ["sensitive-technology", 3, 2],
    ],
    sources: [
      [L, "6.4"],
      [SB, "conclusie 3"],
      ["eu-2021-1700", "kernelement 7"],
    ],
  },
  {
    id: "PHYS-02",
    domain: "PHYS",
    origin: "keep",
    tags: ["transfer"],
    weight: 1,
    targets: [2, 3, 3],
    na: naSpaces,
    dependsOn: ["PHYS-01"],
    rw: [
      [acc, 2, 1.5],
      [acc, 3, 2],
    ],
    sources: [
      [L, "6.4"],
      ["wetsvoorstel-screening-2025", "bijlage 2"],
    ],
  },
  {
    id: "PHYS-03",
    domain: "PHYS",
    origin: "keep",
    tags: ["transfer"],
    weight: 1,
    targets: [2, 3, 3],
    na: naSpaces,
    dependsOn: ["PHYS-01"],
    rw: [
      ["export-controlled", 2, 1.5],
      ["export-controlled", 3, 2],
    ],
    sources: [
      [L, "6.4"],
      ["eu-2021-1700", "kernelement 7"],
      [L, "8.3"],
    ],
  },
  // DIG
  {
    id: "DIG-01",
    domain: "DIG",
    origin: "keep",
    tags: ["transfer"],
    weight: 2,
    targets: [2, 3, 3],
    rw: [
      ["crown-jewels", 2, 1.5],
      ["crown-jewels", 3, 2],
      ["crown-jewels", 0, 1.5, ["umc"]],
    ],
    rules: [[{ factors: { "crown-jewels": 3 } }, 4]],
    sources: [
      [L, "6.4"],
      [L, "9"],
      ["eu-2021-1700", "kernelement 7"],
      [SB, "conclusie 3"],
    ],
    mappings: [
      ["us-ostp-2024", "element 1 (cybersecurity)"],
      ["au-ufit-2021", "Cyber security"],
      ["eu-toolkit-2022", "Cybersecurity"],
    ],
    notes: [
      "UMC weight ×1.5: research data linked to patient data (reasoned inference, no verified sector document).",
    ],
  },
  {
    id: "DIG-02",
    domain: "DIG",
    origin: "keep",
    tags: ["transfer", "interference"],
    weight: 2,
    targets: [2, 3, 3],
    rw: [
      ["sensitive-technology", 2, 1.5],
      ["sensitive-technology", 3, 2],
    ],
    sources: [
      [L, "9"],
      [L, "6.4"],
    ],
    mappings: [
      ["us-ostp-2024", "element 1 (cybersecurity)"],
      ["au-ufit-2021", "Cyber security"],
      ["eu-toolkit-2022", "Cybersecurity"],
    ],
  },
  {
    id: "DIG-03",
    domain: "DIG",
    origin: "keep",
    tags: ["transfer"],
    weight: 1,
    targets: [2, 3, 3],
    rw: [
      [hrp, 2, 1.5],
      [hrp, 3, 2],
    ],
    sources: [
      [L, "9"],
      [L, "6.4"],
    ],
    mappings: [
      ["us-ostp-2024", "element 1 (cybersecurity)"],
      ["au-ufit-2021", "Cyber security"],
    ],
  },
  {
    id: "DIG-04",
    domain: "DIG",
    origin: "keep",
    tags: ["transfer"],
    weight: 1,
    targets: [2, 2, 3],
    sources: [
      ["surfaudit", "volwassenheidsniveaus"],
      [L, "9"],
    ],
    notes: [
      "DIG-04.3a is circular (the institution builds the cross-reference the model should ship): the model ships a DIG↔SURFaudit mapping; the practice asks that the institution uses it.",
    ],
  },
  // PROC
  {
    id: "PROC-01",
    domain: "PROC",
    origin: "keep",
    tags: ["transfer"],
    weight: 1,
    targets: [2, 2, 3],
    rw: [["sensitive-technology", 2, 1.5]],
    sources: [[L, "7.2"]],
  },
  {
    id: "PROC-02",
    domain: "PROC",
    origin: "keep",
    tags: ["transfer"],
    weight: 1,
    targets: [2, 2, 3],
    dependsOn: ["PROC-01"],
    rw: [
      ["sensitive-technology", 2, 1.5],
      ["sensitive-technology", 3, 2],
    ],
    sources: [
      [L, "7.2"],
      [L, "5.2"],
    ],
  },
  // CULT
  {
    id: "CULT-01",
    domain: "CULT",
    origin: "keep",
    tags: TRI,
    weight: 2,
    targets: [2, 3, 3],
    sources: [
      [L, "6.5"],
      ["awti-2022", "actie 3.1"],
      ["sectorbeeld-2023", "§ inleiding"],
    ],
    mappings: [["au-ufit-2021", "Communication, education and knowledge sharing"]],
    notes: [
      "CULT-01.1a 'mentioned in a newsletter now and then' is not auditable: replace by at least one documented communication a year.",
    ],
  },
  {
    id: "CULT-02",
    domain: "CULT",
    origin: "keep",
    tags: ["transfer", "interference"],
    weight: 2,
    targets: [2, 3, 3],
    rw: [
      [acc, 2, 1.5],
      [acc, 3, 2],
    ],
    sources: [
      ["awti-2022", "actie 3.1"],
      [L, "8.2"],
      [L, "6.5"],
    ],
    mappings: [
      ["us-ostp-2024", "element 3 (research security training)"],
      ["au-ufit-2021", "Communication, education and knowledge sharing"],
    ],
  },
  {
    id: "CULT-03",
    domain: "CULT",
    origin: "keep",
    tags: ["interference", "ethics", "transfer"],
    weight: 2,
    targets: [2, 3, 3],
    rw: [
      [hrp, 2, 1.5],
      [sfund, 1, 1.5],
    ],
    sources: [
      [L, "6.5"],
      [L, "3.3"],
    ],
    mappings: [
      ["eu-toolkit-2022", "Values"],
      ["au-ufit-2021", "Communication, education and knowledge sharing"],
    ],
    notes: [
      "CULT-03.3a describes protection after a report: keep the reporting route here and move protection measures to INT-03 (no double evidence).",
    ],
  },
  {
    id: "CULT-04",
    domain: "CULT",
    origin: "keep",
    tags: TRI,
    weight: 2,
    targets: [2, 3, 4],
    description: t(
      "Beoordeelt of de instelling in een vaste cyclus nagaat of haar beleid en maatregelen werken en proportioneel zijn, en niet alleen of ze bestaan, en of zij de bevindingen opvolgt. Volgens de brief bij het Sectorbeeld 2023 voerden de meeste universiteiten nog geen structurele evaluatie van hun kennisveiligheidsbeleid uit; de minister kondigde aan dat de meting van 2025 vooral naar monitoring en evaluatie kijkt.",
      "Assesses whether the institution checks in a fixed cycle whether its policy and measures work and are proportionate, not only whether they exist, and whether it follows up the findings. According to the letter accompanying the 2023 sector picture, most universities did not yet carry out a structural evaluation of their knowledge-security policy; the minister announced that the 2025 measurement would look mainly at monitoring and evaluation.",
    ),
    sources: [
      ["sectorbeeld-2023", "§ bevindingen"],
      ["voortgang-2024-10", "pijler 1"],
    ],
    notes: [
      "Misquote fixed: 'nog nergens' → 'de meeste universiteiten … nog geen' (wording to be checked against kst-31288-1077 before release).",
      "AWTI action 2.1 (a sector-wide model) is not a source for institutional evaluation: removed.",
      "CULT-04.4a is circular ('with this maturity model'): 'a self-assessment against an instrument with target levels per indicator'.",
    ],
  },
];
