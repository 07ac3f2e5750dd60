// Ladders (levels 1–5) for the indicators that are new in 2025.2, or have a new id because their
// meaning changed. Each level: practice text and the evidence an auditor asks for, both bilingual.
// Writers turn each level into one or more final practices; `reuse` names 2025.1 practices to start from.

import { type Text, t } from "./plan-profile.ts";

export interface Step {
  readonly text: Text;
  readonly evidence: Text;
}

export interface NewIndicator {
  readonly title: Text;
  readonly description: Text;
  readonly ladder: readonly [Step, Step, Step, Step, Step];
  readonly reuse?: readonly string[];
}

const s = (nl: string, en: string, enl: string, een: string): Step => ({
  text: t(nl, en),
  evidence: t(enl, een),
});

export const newIndicators: Record<string, NewIndicator> = {
  "ORG-05": {
    title: t(
      "Samenwerking met overheidsdiensten bij concrete casussen (Loket, AIVD/MIVD, CDIU, Justis, BTI)",
      "Working with government services on concrete cases (national contact point, intelligence services, CDIU, Justis, BTI)",
    ),
    description: t(
      "Beoordeelt of de instelling weet wanneer en hoe zij een casus voorlegt aan het Loket Kennisveiligheid, de inlichtingen- en veiligheidsdiensten, de CDIU (exportclassificatie), Justis (screening) of het Bureau Toetsing Investeringen, en of zij het advies vastlegt en opvolgt. UNL gaf bij het Sectorbeeld 2023 aan dat universiteiten de hulp van de inlichtingen- en veiligheidsdiensten nodig hebben; de motie Van der Woude en Van der Molen wees erop dat instellingen niet altijd weten wat is voorgelegd en wat met het advies is gedaan.",
      "Assesses whether the institution knows when and how to put a case to the national contact point (Loket Kennisveiligheid), the intelligence and security services, the CDIU (export classification), Justis (screening) or the Investment Screening Office, and whether it records and follows up the advice. At the 2023 sector picture UNL said universities need the help of the intelligence and security services; the Van der Woude and Van der Molen motion noted that institutions do not always know what was submitted and what was done with the advice.",
    ),
    ladder: [
      s(
        "Contact met overheidsdiensten verloopt via persoonlijke netwerken, wanneer iemand daar aanleiding toe ziet.",
        "Contact with government services runs through personal networks when someone sees a reason.",
        "Correspondentie of aantekening van een contact.",
        "Correspondence or a note of a contact.",
      ),
      s(
        "De coördinator weet welke dienst waarvoor is en legt vragen geregeld voor; vragen worden in een logboek bijgehouden.",
        "The coordinator knows which service handles what and regularly submits questions; questions are kept in a log.",
        "Contactoverzicht en logboek van vragen.",
        "Contact list and log of questions.",
      ),
      s(
        "Een vastgestelde werkwijze bepaalt wanneer een casus wordt voorgelegd, door wie, met welke (minimale) gegevens, en hoe het advies wordt vastgelegd en opgevolgd.",
        "An adopted procedure determines when a case is submitted, by whom, with which (minimal) data, and how the advice is recorded and followed up.",
        "Werkwijze; steekproef van dossiers met vraag, advies en opvolging.",
        "Procedure; sample of case files with request, advice and follow-up.",
      ),
      s(
        "Aantal, soort en opvolging van consultaties worden jaarlijks aan de portefeuillehouder gerapporteerd, inclusief waar advies niet is gevolgd en waarom.",
        "Number, type and follow-up of consultations are reported yearly to the portfolio holder, including where advice was not followed and why.",
        "Jaaroverzicht en verslag van het bespreken ervan.",
        "Annual overview and record of its discussion.",
      ),
      s(
        "Ervaringen met consultaties leiden aantoonbaar tot aangepaste criteria voor wanneer en hoe de instelling voorlegt.",
        "Experience with consultations demonstrably leads to adjusted criteria for when and how the institution consults.",
        "Geëvalueerde en herziene werkwijze.",
        "Evaluated and revised procedure.",
      ),
    ],
  },
  "ORG-06": {
    title: t(
      "Leren binnen de instelling en met de sector",
      "Learning within the institution and with the sector",
    ),
    description: t(
      "Beoordeelt of de instelling ervaringen uit casussen vastlegt en benut, deelneemt aan de learning community van het Loket Kennisveiligheid en de netwerken van coördinatoren, en lessen van anderen overneemt. Voegt ORG-04 en CULT-05 van 2025.1 samen, die hetzelfde bewijs dubbel telden. Voor kleinere instellingen telt een gedeelde of regionale kennisvoorziening mee: het Sectorbeeld hogescholen wees op beperkte eigen expertise en op samenwerking als antwoord.",
      "Assesses whether the institution records and uses experience from cases, takes part in the national contact point's learning community and the coordinators' networks, and adopts lessons from others. Merges ORG-04 and CULT-05 of 2025.1, which counted the same evidence twice. For smaller institutions a shared or regional knowledge arrangement counts: the sector picture for universities of applied sciences pointed to limited in-house expertise and to cooperation as the answer.",
    ),
    reuse: [
      "ORG-04.1a",
      "ORG-04.2a",
      "ORG-04.3a",
      "ORG-04.3b",
      "ORG-04.4a",
      "CULT-05.3a",
      "CULT-05.3b",
      "CULT-05.4a",
    ],
    ladder: [
      s(
        "Ervaringen met lastige casussen worden tussen betrokkenen gedeeld; het Loket of een andere instelling wordt geraadpleegd als een casus daarom vraagt.",
        "Experience with difficult cases is shared among those involved; the national contact point or another institution is consulted when a case calls for it.",
        "Voorbeeld van een geraadpleegde casus.",
        "Example of a consulted case.",
      ),
      s(
        "De coördinator neemt geregeld deel aan de learning community of een coördinatorennetwerk (sector of regio) en bespreekt wat dat oplevert met de facultaire contactpersonen.",
        "The coordinator regularly takes part in the learning community or a coordinators' network (sector or region) and discusses the results with the faculty contacts.",
        "Deelnamelijst en verslagen van het overleg met contactpersonen.",
        "Attendance list and notes of meetings with contacts.",
      ),
      s(
        "Deelname is belegd bij met naam genoemde personen, opbrengsten worden aan het adviesteam gemeld, en geanonimiseerde casussen staan in een intern casusboek; producten van de sector zijn in de eigen procedures verwerkt.",
        "Participation is assigned to named people, results are reported to the advisory team, and anonymised cases are kept in an internal casebook; sector products are built into the institution's own procedures.",
        "Taaktoedeling, casusboek, verwijzingen naar sectorproducten in procedures.",
        "Assignment of tasks, casebook, references to sector products in procedures.",
      ),
      s(
        "Het gebruik van het casusboek en de opvolging van lessen worden gevolgd; jaarlijks wordt gerapporteerd welke lessen tot welke wijzigingen leidden, en een sectorvergelijking wordt met het bestuur besproken.",
        "Use of the casebook and follow-up of lessons are tracked; each year a report states which lessons led to which changes, and a sector comparison is discussed with the board.",
        "Jaarrapportage lessen → wijzigingen; bestuursverslag.",
        "Annual report of lessons → changes; board minutes.",
      ),
      s(
        "De instelling past haar beleid elke cyclus aantoonbaar aan op grond van eigen casussen en lessen van andere instellingen; bijdragen aan de sector gebeuren waar dat past.",
        "The institution demonstrably adapts its policy each cycle from its own cases and lessons from other institutions; contributions to the sector happen where they fit.",
        "Wijzigingslog van beleid met herkomst van de les.",
        "Policy change log with the origin of each lesson.",
      ),
    ],
  },
  "PART-07": {
    title: t(
      "Gezamenlijke instituten, campussen en opleidingen in het buitenland",
      "Joint institutes, campuses and degree programmes abroad",
    ),
    description: t(
      "Beoordeelt of de instelling gezamenlijke instituten, vestigingen en gezamenlijke opleidingen in het buitenland vooraf en periodiek toetst op academische vrijheid, zeggenschap over onderwijs, toelating en benoemingen, gegevens en intellectueel eigendom, en een uitweg. In zulke constructies komen overdracht, beïnvloeding en ethische kwesties samen; de Leidraad behandelt ze bij het aangaan van samenwerkingen (§7.1) en bij beïnvloedingsactiviteiten (§3.3).",
      "Assesses whether the institution reviews joint institutes, branch campuses and joint degree programmes abroad beforehand and periodically for academic freedom, control over teaching, admission and appointments, data and intellectual property, and an exit route. Transfer, influence and ethical issues meet in such arrangements; the Guidelines deal with them when entering into cooperation (§7.1) and under influence activities (§3.3).",
    ),
    ladder: [
      s(
        "Gezamenlijke instituten en opleidingen in het buitenland zijn alleen per geval bij het bestuur bekend.",
        "Joint institutes and programmes abroad are known to the board only case by case.",
        "Bestuursstukken per constructie.",
        "Board papers per arrangement.",
      ),
      s(
        "Er is een overzicht van gezamenlijke instituten, vestigingen en gezamenlijke opleidingen in het buitenland met de bijbehorende overeenkomsten.",
        "There is an overview of joint institutes, branches and joint programmes abroad with their agreements.",
        "Overzicht met overeenkomsten.",
        "Overview with agreements.",
      ),
      s(
        "Een vastgesteld kader toetst vóór oprichting of verlenging op academische vrijheid, zeggenschap, gegevens, intellectueel eigendom en exit; het CvB besluit, en overeenkomsten bevatten vrijheids- en exitclausules.",
        "An adopted framework reviews academic freedom, control, data, intellectual property and exit before establishment or renewal; the Executive Board decides, and agreements contain freedom and exit clauses.",
        "Kader; besluiten; steekproef van clausules.",
        "Framework; decisions; sample of clauses.",
      ),
      s(
        "Elke constructie wordt periodiek herbeoordeeld, mede op ervaringen van medewerkers en studenten met druk en vrijheid, en gerapporteerd aan CvB en RvT.",
        "Each arrangement is reassessed periodically, including staff and student experience of pressure and freedom, and reported to the Executive and Supervisory Boards.",
        "Herbeoordelingen en rapportage.",
        "Reassessments and report.",
      ),
      s(
        "Bevindingen leiden tot heronderhandeling, voorwaarden of een zorgvuldige beëindiging, en het kader wordt na incidenten bijgesteld.",
        "Findings lead to renegotiation, conditions or a careful exit, and the framework is revised after incidents.",
        "Heronderhandelde afspraken of exitbesluit; herzien kader.",
        "Renegotiated terms or exit decision; revised framework.",
      ),
    ],
  },
  "FACT-05": {
    title: t(
      "Registratie van gastonderzoekers, gastaanstellingen en bezoekende promovendi",
      "Registration of visiting researchers, guest appointments and visiting PhD candidates",
    ),
    description: t(
      "Beoordeelt of gastonderzoekers, gastaanstellingen en bezoekende promovendi centraal worden geregistreerd vóór zij toegang krijgen, met thuisinstelling, financier, duur, gastheer, vakgebied en verleende toegang. Neemt het gastendeel over van FACT-03 (2025.1); de buitenlandse financiering staat nu in FACT-06, zodat hetzelfde bewijs niet twee keer telt.",
      "Assesses whether visiting researchers, guest appointments and visiting PhD candidates are registered centrally before they get access, with home institution, funder, length of stay, host, field and access granted. Takes over the guest part of FACT-03 (2025.1); foreign funding is now in FACT-06, so the same evidence does not count twice.",
    ),
    reuse: ["FACT-03.1a", "FACT-03.2a", "FACT-03.3a", "FACT-03.4a", "FACT-03.5a"],
    ladder: [
      s(
        "Gasten zijn in elk geval bij de ontvangende groep bekend en staan op een lijst van die groep.",
        "Guests are at least known to the hosting group and appear on that group's list.",
        "Lijst van de groep.",
        "The group's list.",
      ),
      s(
        "Gasten worden geregistreerd voor een account of toegangspas.",
        "Guests are registered for an account or access card.",
        "Aanvraagformulieren voor account en pas.",
        "Application forms for account and card.",
      ),
      s(
        "Centrale registratie is verplicht vóór uitgifte van account en pas, met thuisinstelling, financier, duur, gastheer, vakgebied en verleende toegang.",
        "Central registration is mandatory before account and card are issued, with home institution, funder, length of stay, host, field and access granted.",
        "Registratieregeling; uittreksel uit het register.",
        "Registration rule; register extract.",
      ),
      s(
        "De registratie wordt periodiek vergeleken met uitgegeven passen en accounts; het adviesteam ontvangt een overzicht van gasten in sensitieve gebieden.",
        "The registration is compared periodically with issued cards and accounts; the advisory team receives an overview of guests in sensitive fields.",
        "Verslag van de vergelijking; overzicht aan het adviesteam.",
        "Report of the comparison; overview to the advisory team.",
      ),
      s(
        "Trends in de registratie worden geanalyseerd en gebruikt om risicoanalyse en toelating bij te stellen.",
        "Trends in the registration are analysed and used to adjust the risk analysis and admission.",
        "Trendanalyse en daaruit volgende wijzigingen.",
        "Trend analysis and resulting changes.",
      ),
    ],
  },
  "FACT-06": {
    title: t(
      "Registratie van buitenlandse financiering, donaties en leerstoelen",
      "Registration of foreign funding, donations and chairs",
    ),
    description: t(
      "Beoordeelt of buitenlandse financiering (subsidies, contractonderzoek, donaties, beurzen en gefinancierde leerstoelen) centraal wordt vastgelegd met financier, land, bedrag en voorwaarden, gekoppeld aan het register van samenwerkingen, en of het bestuur zicht heeft op concentratie en afhankelijkheid. Neemt het financieringsdeel over van FACT-03 en de jaarlijkse analyse van PART-06 (2025.1); de inhoudelijke toets op beïnvloeding staat in INT-01.",
      "Assesses whether foreign funding (grants, contract research, donations, scholarships and funded chairs) is recorded centrally with funder, country, amount and conditions, linked to the register of partnerships, and whether the board has insight into concentration and dependence. Takes over the funding part of FACT-03 and the annual analysis of PART-06 (2025.1); the review for influence is in INT-01.",
    ),
    reuse: ["FACT-03.1a", "FACT-03.2a", "FACT-03.3b", "PART-06.4a"],
    ladder: [
      s(
        "Buitenlandse financiering is per project in de projectadministratie terug te vinden.",
        "Foreign funding can be traced project by project in the project administration.",
        "Projectadministratie.",
        "Project administration.",
      ),
      s(
        "Buitenlandse subsidies en giften zijn in de financiële administratie herkenbaar gemarkeerd.",
        "Foreign grants and gifts are marked recognisably in the financial administration.",
        "Rapportage uit de financiële administratie.",
        "Report from the financial administration.",
      ),
      s(
        "Buitenlandse financiering wordt centraal vastgelegd met financier, uiteindelijke financier, land, bedrag en voorwaarden, gekoppeld aan het register van samenwerkingen.",
        "Foreign funding is recorded centrally with funder, ultimate funder, country, amount and conditions, linked to the register of partnerships.",
        "Register met koppeling naar FACT-01.",
        "Register linked to FACT-01.",
      ),
      s(
        "De omvang per financier en land wordt jaarlijks aan CvB en RvT gerapporteerd, met aandacht voor concentratie en groeiende afhankelijkheid.",
        "The volume per funder and country is reported yearly to the Executive and Supervisory Boards, with attention to concentration and growing dependence.",
        "Jaarrapportage en bestuursverslag.",
        "Annual report and board minutes.",
      ),
      s(
        "Uitkomsten van de analyse leiden tot aangepaste drempels of beleid, en de registratiewijze wordt verbeterd waar zij gaten liet zien.",
        "Results of the analysis lead to adjusted thresholds or policy, and the way of recording is improved where it showed gaps.",
        "Besluiten op grond van de analyse.",
        "Decisions based on the analysis.",
      ),
    ],
  },
  "INT-01": {
    title: t(
      "Donaties, leerstoelen, gefinancierd onderwijs en gehuisveste instituten getoetst op beïnvloeding",
      "Donations, chairs, funded teaching and hosted institutes reviewed for influence",
    ),
    description: t(
      "Beoordeelt of giften, gefinancierde leerstoelen, gefinancierde onderwijsprogramma's en bij de instelling gehuisveste instituten vooraf worden getoetst op de uiteindelijke financier en op voorwaarden die invloed geven op benoemingen, onderwijs, onderzoek, evenementen of publicaties. Dit is de preventie van heimelijke beïnvloeding (Leidraad §3.3) via geld; PART-06 (2025.1) combineerde dit met financiering in het algemeen.",
      "Assesses whether gifts, funded chairs, funded teaching programmes and institutes hosted by the institution are reviewed beforehand for the ultimate funder and for conditions that give influence over appointments, teaching, research, events or publications. This is prevention of covert influence (Guidelines §3.3) through money; PART-06 (2025.1) combined it with funding in general.",
    ),
    reuse: ["PART-06.1a", "PART-06.2a", "PART-06.3a", "PART-06.3b"],
    ladder: [
      s(
        "Herkomst en voorwaarden van giften of gefinancierde posities worden bekeken als er aanleiding is, zoals publieke ophef.",
        "Origin and conditions of gifts or funded positions are looked at when there is a reason, such as a public outcry.",
        "Voorbeelddossier.",
        "Example file.",
      ),
      s(
        "Het universiteitsfonds of subsidiebureau vraagt bij grotere giften gewoonlijk naar de herkomst.",
        "The university fund or grants office usually asks about the origin of larger gifts.",
        "Intakeformulier of correspondentie.",
        "Intake form or correspondence.",
      ),
      s(
        "Een vastgestelde acceptatieregeling toetst giften, leerstoelen, gefinancierd onderwijs en gehuisveste instituten boven een drempel op uiteindelijke financier en voorwaarden; beperkende voorwaarden leiden tot weigering of heronderhandeling, en het besluit wordt vastgelegd.",
        "An adopted acceptance regulation reviews gifts, chairs, funded teaching and hosted institutes above a threshold for ultimate funder and conditions; restrictive conditions lead to refusal or renegotiation, and the decision is recorded.",
        "Regeling; steekproef van acceptatiebesluiten met motivering.",
        "Regulation; sample of acceptance decisions with reasons.",
      ),
      s(
        "Jaarlijks gaat een overzicht van aanvaarde en geweigerde giften en leerstoelen met hun voorwaarden naar CvB en RvT, en een steekproef gaat na of de voorwaarden in de praktijk de academische vrijheid respecteerden.",
        "Each year an overview of accepted and refused gifts and chairs with their conditions goes to the Executive and Supervisory Boards, and a sample checks whether the conditions respected academic freedom in practice.",
        "Jaaroverzicht; verslag van de steekproef (bijv. gesprekken met leerstoelhouders).",
        "Annual overview; report of the sample (e.g. interviews with chair holders).",
      ),
      s(
        "Drempels en criteria worden bijgesteld op grond van de steekproef en van voorwaarden die achteraf beperkend bleken; de instelling kiest bewust wat zij over aanvaarde giften openbaar maakt.",
        "Thresholds and criteria are adjusted on the basis of the sample and of conditions that later proved restrictive; the institution deliberately decides what it publishes about accepted gifts.",
        "Herziene regeling met onderbouwing.",
        "Revised regulation with reasons.",
      ),
    ],
  },
  "INT-02": {
    title: t(
      "Beurzen van buitenlandse overheden en talentprogramma's: voorwaarden getoetst",
      "Foreign government scholarships and talent programmes: conditions reviewed",
    ),
    description: t(
      "Beoordeelt of de instelling vóór toelating of aanstelling nagaat welke voorwaarden verbonden zijn aan beurzen van buitenlandse overheden en aan talentprogramma's (bijvoorbeeld loyaliteits-, rapportage- of terugkeerverplichtingen), hoe zij daarop handelt en hoe zij beurshouders beschermt. De minister reageerde in oktober 2024 op een rapport over de beurzen van de China Scholarship Council; de toets is landenneutraal en richt zich op de voorwaarden, niet op nationaliteit.",
      "Assesses whether, before admission or appointment, the institution checks which conditions attach to foreign government scholarships and talent programmes (for example loyalty, reporting or return obligations), how it acts on them and how it protects holders. In October 2024 the minister responded to a report on China Scholarship Council scholarships; the check is country-neutral and targets the conditions, not nationality.",
    ),
    reuse: ["PART-06.3a"],
    ladder: [
      s(
        "Voorwaarden van beurzen worden pas zichtbaar als zich een incident voordoet.",
        "Scholarship conditions only become visible when an incident occurs.",
        "Incidentdossier.",
        "Incident file.",
      ),
      s(
        "Graduate schools weten welke beursprogramma's hun promovendi hebben en vragen bij twijfel de beursovereenkomst op.",
        "Graduate schools know which scholarship programmes their PhD candidates hold and request the scholarship agreement when in doubt.",
        "Overzicht beursprogramma's per graduate school.",
        "Overview of scholarship programmes per graduate school.",
      ),
      s(
        "Een vastgestelde werkwijze toetst vóór toelating of aanstelling de beursovereenkomst en contracten van talentprogramma's op voorwaarden die academische vrijheid beperken of verplichtingen aan de financier opleggen; onaanvaardbare voorwaarden leiden tot weigering of extra waarborgen, en de houder wordt gewezen op zijn rechten en op steun.",
        "An adopted procedure checks the scholarship agreement and talent-programme contracts before admission or appointment for conditions that restrict academic freedom or impose obligations towards the funder; unacceptable conditions lead to refusal or extra safeguards, and the holder is informed of their rights and of support.",
        "Werkwijze; steekproef van toetsingen; informatie aan houders.",
        "Procedure; sample of reviews; information to holders.",
      ),
      s(
        "Het aandeel beurshouders per programma en de uitkomsten van de toetsing worden jaarlijks gerapporteerd, en de ervaringen van houders met druk worden nagevraagd (zie INT-03).",
        "The share of holders per programme and the outcomes of the reviews are reported yearly, and holders' experience of pressure is asked about (see INT-03).",
        "Jaarrapportage; uitkomsten van een uitvraag.",
        "Annual report; results of a survey.",
      ),
      s(
        "De werkwijze wordt bijgesteld op grond van bevindingen en van landelijke adviezen over beursprogramma's.",
        "The procedure is revised on the basis of findings and national advice on scholarship programmes.",
        "Herziene werkwijze met onderbouwing.",
        "Revised procedure with reasons.",
      ),
    ],
  },
  "INT-03": {
    title: t(
      "Bescherming van medewerkers en studenten tegen druk en intimidatie",
      "Protection of staff and students against pressure and intimidation",
    ),
    description: t(
      "Beoordeelt wat de instelling doet nadat druk, intimidatie, surveillance of online intimidatie van medewerkers of studenten is gesignaleerd: risico-inschatting voor de betrokkene, beschermende maatregelen, contact met politie of AIVD met toestemming, en nazorg. Het meldpunt zelf valt onder CULT-03; deze indicator gaat over de bescherming die erop volgt. De Leidraad (§3.3) beschrijft beïnvloeding en inmenging als dreiging voor academische vrijheid en sociale veiligheid.",
      "Assesses what the institution does after pressure, intimidation, surveillance or online harassment of staff or students has been reported: a risk assessment for the person, protective measures, contact with the police or the intelligence service with consent, and aftercare. The reporting point itself falls under CULT-03; this indicator is about the protection that follows. The Guidelines (§3.3) describe influence and interference as a threat to academic freedom and social safety.",
    ),
    ladder: [
      s(
        "Gevallen van druk worden afgehandeld door wie toevallig wordt benaderd.",
        "Cases of pressure are handled by whoever happens to be approached.",
        "Voorbeeld van een afgehandeld geval.",
        "Example of a handled case.",
      ),
      s(
        "Vertrouwenspersonen en de coördinator kennen het verschijnsel en overleggen met elkaar over gevallen.",
        "Confidential advisers and the coordinator know the phenomenon and consult each other on cases.",
        "Verslag van overleg; deelname aan scholing.",
        "Meeting notes; training attendance.",
      ),
      s(
        "Een vastgesteld protocol regelt na een melding de risico-inschatting, beschermende maatregelen (bijv. niet opnemen of delen van colleges, aangepaste begeleiding, digitale en reisveiligheid), doorverwijzing met toestemming en nazorg, met belegde rollen.",
        "An adopted protocol sets out, after a report, the risk assessment, protective measures (e.g. not recording or sharing classes, adjusted supervision, digital and travel safety), referral with consent and aftercare, with assigned roles.",
        "Protocol; geanonimiseerde casusdossiers.",
        "Protocol; anonymised case files.",
      ),
      s(
        "Of betrokkenen zich beschermd voelden en of druk terugkeerde, wordt gevolgd en jaarlijks geanonimiseerd aan de portefeuillehouder gerapporteerd.",
        "Whether those involved felt protected and whether pressure recurred is tracked and reported yearly, anonymised, to the portfolio holder.",
        "Jaarrapportage; terugkoppeling van betrokkenen.",
        "Annual report; feedback from those involved.",
      ),
      s(
        "Protocol en preventie (zoals richtlijnen voor begeleiders) worden na evaluaties en uitvragen onder internationale studenten en medewerkers verbeterd.",
        "Protocol and prevention (such as guidance for supervisors) are improved after evaluations and surveys among international students and staff.",
        "Herzien protocol met onderbouwing.",
        "Revised protocol with reasons.",
      ),
    ],
  },
  "INT-04": {
    title: t(
      "Academische vrijheid in onderwijs, evenementen en publicaties beschermd tegen beïnvloeding",
      "Academic freedom in teaching, events and publications protected against influence",
    ),
    description: t(
      "Beoordeelt of financiers en partners geen zeggenschap krijgen over curriculum, sprekers, toetsing en publicaties, en of de instelling evenementen niet onder druk van buiten afzegt zonder vastgelegde veiligheidsredenen. De Leidraad stelt academische vrijheid voorop (§2.1) en beschrijft beïnvloedingsactiviteiten (§3.3).",
      "Assesses whether funders and partners get no say over curriculum, speakers, assessment and publications, and whether the institution does not cancel events under outside pressure without recorded safety reasons. The Guidelines put academic freedom first (§2.1) and describe influence activities (§3.3).",
    ),
    ladder: [
      s(
        "Pogingen om inhoud te beïnvloeden worden per geval opgepakt.",
        "Attempts to influence content are dealt with case by case.",
        "Voorbeeld van een geval.",
        "Example of a case.",
      ),
      s(
        "Opleidingscommissies en organisatoren van evenementen weten dat zij druk op inhoud moeten melden.",
        "Programme committees and event organisers know that they should report pressure on content.",
        "Informatie aan commissies en organisatoren.",
        "Information to committees and organisers.",
      ),
      s(
        "Een vastgestelde richtlijn sluit zeggenschap van financiers en partners over curriculum, sprekers, toetsing en publicatie uit, met bijbehorende contractclausules, en bepaalt dat afzeggen onder druk alleen met vastgelegde veiligheidsredenen gebeurt.",
        "An adopted guideline excludes any say by funders and partners over curriculum, speakers, assessment and publication, with matching contract clauses, and requires that cancellation under pressure happens only for recorded safety reasons.",
        "Richtlijn; steekproef van contracten; besluiten over evenementen.",
        "Guideline; sample of contracts; decisions on events.",
      ),
      s(
        "Incidenten van druk op inhoud worden geregistreerd en jaarlijks besproken; een steekproef van gefinancierde programma's en evenementen wordt gecontroleerd.",
        "Incidents of pressure on content are registered and discussed yearly; a sample of funded programmes and events is checked.",
        "Register; verslag van de steekproef.",
        "Register; report of the sample.",
      ),
      s(
        "De richtlijn wordt verbeterd op grond van incidenten en van gesprekken met studenten, medewerkers en medezeggenschap.",
        "The guideline is improved on the basis of incidents and of dialogue with students, staff and representative councils.",
        "Herziene richtlijn met onderbouwing.",
        "Revised guideline with reasons.",
      ),
    ],
  },
  "ETH-01": {
    title: t(
      "Ethische en mensenrechtentoets van internationale samenwerkingen",
      "Ethical and human-rights review of international collaborations",
    ),
    description: t(
      "Beoordeelt of de due diligence op partners ook het gedrag van de partner (betrokkenheid bij schendingen van grondrechten, banden met veiligheidsdiensten of krijgsmacht) en de situatie van grondrechten en academische vrijheid in het land toetst, met criteria voor voorwaarden of afwijzing. Dit is het derde risico van het kennisveiligheidsbeleid: samenwerking met personen en instellingen uit landen waar grondrechten niet worden gerespecteerd (Leidraad §2.3).",
      "Assesses whether due diligence on partners also reviews the partner's conduct (involvement in violations of fundamental rights, ties to security services or the military) and the state of fundamental rights and academic freedom in the country, with criteria for conditions or refusal. This is the third risk of knowledge-security policy: cooperation with people and institutions from countries where fundamental rights are not respected (Guidelines §2.3).",
    ),
    ladder: [
      s(
        "Ethische aspecten van een samenwerking komen ter sprake als een onderzoeker ze zelf aankaart.",
        "Ethical aspects of a collaboration come up when a researcher raises them.",
        "Voorbeelddossier.",
        "Example file.",
      ),
      s(
        "Het adviesteam vraagt in zijn advies gewoonlijk naar het mensenrechtenprofiel van de partner en de academische vrijheid in het land.",
        "The advisory team usually asks in its advice about the partner's human-rights record and academic freedom in the country.",
        "Steekproef van adviezen.",
        "Sample of advice.",
      ),
      s(
        "De due diligence bevat een vastgestelde ethische en mensenrechtenstap met openbare bronnen (zoals indexen voor academische vrijheid) en criteria voor voorwaarden of afwijzing; bij hoog risico wordt een ethische commissie betrokken en de afweging vastgelegd.",
        "Due diligence contains an adopted ethics and human-rights step using public sources (such as academic-freedom indices) and criteria for conditions or refusal; for high risk an ethics committee is involved and the weighing recorded.",
        "Toetsingskader; steekproef van dossiers met de ethische stap.",
        "Review framework; sample of files with the ethics step.",
      ),
      s(
        "Het aandeel getoetste samenwerkingen en de uitkomsten worden jaarlijks gerapporteerd, en lopende samenwerkingen worden herbeoordeeld als de situatie in een land verandert.",
        "The share of collaborations reviewed and the outcomes are reported yearly, and ongoing collaborations are reassessed when a country's situation changes.",
        "Jaarrapportage; herbeoordelingen.",
        "Annual report; reassessments.",
      ),
      s(
        "Criteria worden verfijnd op grond van casussen en maatschappelijk debat, en de consistentie tussen faculteiten wordt periodiek nagegaan.",
        "Criteria are refined on the basis of cases and public debate, and consistency between faculties is reviewed periodically.",
        "Herzien kader; consistentieanalyse.",
        "Revised framework; consistency analysis.",
      ),
    ],
  },
  "ETH-02": {
    title: t(
      "Eindgebruik en misbruik van onderzoek met een grondrechtengevoelige toepassing",
      "End use and misuse of research with an application sensitive to fundamental rights",
    ),
    description: t(
      "Beoordeelt of projecten en contracten in gebieden met een grondrechtengevoelige toepassing (zoals surveillance, biometrie, populatiegenetica en gedragsprofilering) een toets op eindgebruik krijgen, ook waar geen exportcontrole geldt. De Leidraad vraagt kennisgebieden in kaart te brengen die een verhoogd risico hebben (§5.1), waaronder kennis die onethisch kan worden ingezet, en behandelt ethiek in de wetenschap (§2.3).",
      "Assesses whether projects and contracts in fields with an application sensitive to fundamental rights (such as surveillance, biometrics, population genetics and behavioural profiling) get an end-use review, also where export control does not apply. The Guidelines ask institutions to map higher-risk fields (§5.1), including knowledge that can be used unethically, and deal with ethics in science (§2.3).",
    ),
    ladder: [
      s(
        "Mogelijk schadelijk eindgebruik wordt overwogen als een onderzoeker het zelf aankaart.",
        "Possible harmful end use is considered when a researcher raises it.",
        "Voorbeelddossier.",
        "Example file.",
      ),
      s(
        "Bij de intake van projecten in gevoelige gebieden wordt gewoonlijk naar het beoogde eindgebruik gevraagd.",
        "At the intake of projects in sensitive fields the intended end use is usually asked about.",
        "Intakeformulier.",
        "Intake form.",
      ),
      s(
        "Een vastgestelde werkwijze wijst grondrechtengevoelige gebieden aan en toetst daar projecten en contracten op wie de resultaten gebruikt, waarvoor en in welke context; dat leidt tot voorwaarden (zoals een eindgebruiksverklaring) of afwijzing, en wordt vastgelegd.",
        "An adopted procedure designates fields sensitive to fundamental rights and reviews projects and contracts there for who uses the results, for what and in which context; this leads to conditions (such as an end-use statement) or refusal, and is recorded.",
        "Lijst van gebieden; werkwijze; steekproef van toetsingen.",
        "List of fields; procedure; sample of reviews.",
      ),
      s(
        "Toetsingen en voorwaarden worden gevolgd, en bij lopende projecten wordt nagegaan of de voorwaarden worden nageleefd.",
        "Reviews and conditions are tracked, and ongoing projects are checked for compliance with the conditions.",
        "Overzicht; verslag van de controle.",
        "Overview; report of the check.",
      ),
      s(
        "De lijst van gebieden en de criteria worden bijgesteld op grond van casussen en technologische ontwikkelingen.",
        "The list of fields and the criteria are revised on the basis of cases and technological developments.",
        "Herziene lijst met onderbouwing.",
        "Revised list with reasons.",
      ),
    ],
  },
  "ETH-03": {
    title: t(
      "Dilemma's rond academische kernwaarden expliciet afgewogen",
      "Dilemmas around core academic values weighed explicitly",
    ),
    description: t(
      "Beoordeelt of het beleid academische vrijheid en integriteit, open science, ethiek en non-discriminatie (Leidraad §2.1–2.4) als toetsstenen noemt, een afwegingskader biedt voor de terugkerende dilemma's (openheid tegenover bescherming, non-discriminatie tegenover risico, privacy, autonomie) en of elke zware beslissing die afweging vastlegt. Bij het Sectorbeeld 2023 noemden de universiteiten grote dilemma's rond privacy, discriminatie, internationale samenwerking, autonomie en academische vrijheid. Neemt de kern van GOV-06 (2025.1) over.",
      "Assesses whether the policy names academic freedom and integrity, open science, ethics and non-discrimination (Guidelines §2.1–2.4) as touchstones, offers a weighing framework for the recurring dilemmas (openness versus protection, non-discrimination versus risk, privacy, autonomy) and whether every serious decision records that weighing. At the 2023 sector picture the universities named major dilemmas around privacy, discrimination, international cooperation, autonomy and academic freedom. Takes over the core of GOV-06 (2025.1).",
    ),
    reuse: ["GOV-06.1a", "GOV-06.2a", "GOV-06.3a", "GOV-06.4a", "GOV-06.5a"],
    ladder: [
      s(
        "Kernwaarden worden in gesprekken over kennisveiligheid ter sprake gebracht.",
        "Core values are raised in discussions about knowledge security.",
        "Verslag van een bespreking.",
        "Notes of a discussion.",
      ),
      s(
        "Adviezen van het adviesteam benoemen gewoonlijk de gevolgen voor academische vrijheid en openheid.",
        "The advisory team's advice usually names the consequences for academic freedom and openness.",
        "Steekproef van adviezen.",
        "Sample of advice.",
      ),
      s(
        "Het beleid noemt de kernwaarden als toetsstenen en bevat een afwegingskader voor de terugkerende dilemma's; bij elk besluit met hoog risico wordt de afweging vastgelegd.",
        "The policy names the core values as touchstones and contains a weighing framework for the recurring dilemmas; every high-risk decision records the weighing.",
        "Beleid met afwegingskader; steekproef van besluiten.",
        "Policy with weighing framework; sample of decisions.",
      ),
      s(
        "Een steekproef van besluiten wordt periodiek getoetst op proportionaliteit en consistentie van de afweging, en de uitkomst gaat naar het CvB.",
        "A sample of decisions is reviewed periodically for proportionality and consistent weighing, and the result goes to the Executive Board.",
        "Verslag van de toetsing.",
        "Review report.",
      ),
      s(
        "De instelling voert een terugkerende open dialoog met onderzoekers, studenten en medezeggenschap over de dilemma's en past het kader aantoonbaar aan.",
        "The institution holds a recurring open dialogue with researchers, students and representative councils on the dilemmas and demonstrably adapts the framework.",
        "Verslagen van de dialoog; herzien kader.",
        "Records of the dialogue; revised framework.",
      ),
    ],
  },
  "ETH-04": {
    title: t(
      "Non-discriminatie en privacy in kennisveiligheidsmaatregelen",
      "Non-discrimination and privacy in knowledge-security measures",
    ),
    description: t(
      "Beoordeelt of kennisveiligheidsmaatregelen landenneutraal zijn en zich richten op positie en kennisgebied in plaats van nationaliteit, of zij juridisch zijn getoetst aan gelijke behandeling, of registers en checks een DPIA en bewaartermijnen hebben, en of er een klachtroute is. De minister stelde in januari 2025 dat onderscheid naar nationaliteit niet kan worden gebruikt om de doelgroep van de screening af te bakenen; het Sectorbeeld 2023 wees op het risico van stigmatisering en discriminatie (Leidraad §2.4).",
      "Assesses whether knowledge-security measures are country-neutral and target position and field rather than nationality, whether they have been checked legally against equal treatment, whether registers and checks have a DPIA and retention periods, and whether there is a complaints route. In January 2025 the minister stated that a distinction by nationality cannot be used to define the target group of screening; the 2023 sector picture pointed to the risk of stigmatisation and discrimination (Guidelines §2.4).",
    ),
    reuse: ["GOV-06.3b"],
    ladder: [
      s(
        "Gelijke behandeling wordt bekeken als iemand bezwaar maakt.",
        "Equal treatment is looked at when someone objects.",
        "Voorbeeld van een bezwaar.",
        "Example of an objection.",
      ),
      s(
        "Juridische zaken wordt bij nieuwe maatregelen (checks, registers) in twijfelgevallen geraadpleegd.",
        "Legal affairs is consulted on new measures (checks, registers) in doubtful cases.",
        "Juridisch advies.",
        "Legal advice.",
      ),
      s(
        "Maatregelen zijn landenneutraal vastgelegd en juridisch getoetst aan gelijke behandeling; registers, checks en screening hebben een DPIA en bewaartermijnen; er is een klachtroute.",
        "Measures are laid down country-neutrally and checked legally against equal treatment; registers, checks and screening have a DPIA and retention periods; there is a complaints route.",
        "Juridische toets; DPIA's; klachtregeling.",
        "Legal review; DPIAs; complaints procedure.",
      ),
      s(
        "Klachten en signalen van stigmatisering of zelfcensuur worden gevolgd en gerapporteerd; bewaartermijnen worden periodiek gecontroleerd.",
        "Complaints and signs of stigmatisation or self-censorship are tracked and reported; retention periods are checked periodically.",
        "Rapportage; verslag van de controle.",
        "Report; report of the check.",
      ),
      s(
        "Maatregelen worden bijgesteld op grond van klachten, adviezen van het College voor de Rechten van de Mens en evaluaties.",
        "Measures are revised on the basis of complaints, advice from the Netherlands Institute for Human Rights and evaluations.",
        "Herziene maatregelen met onderbouwing.",
        "Revised measures with reasons.",
      ),
    ],
  },
  "ETH-05": {
    title: t(
      "Zorgvuldige voortzetting en beëindiging van samenwerking in repressieve omgevingen",
      "Careful continuation and ending of cooperation in repressive settings",
    ),
    description: t(
      "Beoordeelt of de instelling bij het pauzeren, beëindigen of onder voorwaarden voortzetten van samenwerking in omgevingen waar grondrechten niet worden gerespecteerd, de belangen van individuele partners, medewerkers en studenten meeweegt (veiligheid, voortgang van hun werk, gegevens) en hen ondersteunt. De toolkit van de Europese Commissie tegen buitenlandse inmenging (2022) raadt aan samenwerking met mensen in repressieve omgevingen zo mogelijk voort te zetten en stigmatisering te vermijden.",
      "Assesses whether, when pausing, ending or continuing under conditions a cooperation in settings where fundamental rights are not respected, the institution weighs the interests of individual partners, staff and students (safety, continuation of their work, data) and supports them. The European Commission's toolkit against foreign interference (2022) advises continuing cooperation with people in repressive settings where possible and avoiding stigmatisation.",
    ),
    ladder: [
      s(
        "Besluiten om een samenwerking te beëindigen worden genomen zonder de gevolgen voor betrokkenen te bekijken.",
        "Decisions to end a cooperation are taken without looking at the consequences for those involved.",
        "Besluit.",
        "Decision.",
      ),
      s(
        "Het adviesteam weegt bij beëindigen of voortzetten gewoonlijk de gevolgen voor betrokken onderzoekers en studenten mee.",
        "When ending or continuing, the advisory team usually weighs the consequences for the researchers and students involved.",
        "Steekproef van adviezen.",
        "Sample of advice.",
      ),
      s(
        "Een vastgestelde werkwijze regelt dat bij pauzeren, beëindigen of voortzetten onder voorwaarden de belangen van betrokkenen worden gewogen, transparant wordt gecommuniceerd en steun wordt geregeld.",
        "An adopted procedure ensures that pausing, ending or continuing under conditions weighs the interests of those involved, is communicated transparently and arranges support.",
        "Werkwijze; besluiten met afweging; communicatie.",
        "Procedure; decisions with weighing; communication.",
      ),
      s(
        "De gevolgen voor betrokkenen worden na het besluit gevolgd en besluiten worden herbeoordeeld.",
        "The consequences for those involved are followed up after the decision and decisions are reassessed.",
        "Opvolgingsverslag.",
        "Follow-up report.",
      ),
      s(
        "De werkwijze wordt verbeterd op grond van ervaringen.",
        "The procedure is improved from experience.",
        "Herziene werkwijze met onderbouwing.",
        "Revised procedure with reasons.",
      ),
    ],
  },
  "VAL-01": {
    title: t(
      "Kennisveiligheid bij licenties, octrooien en contractonderzoek met bedrijven",
      "Knowledge security in licensing, patents and contract research with companies",
    ),
    description: t(
      "Beoordeelt of licenties, overdracht van intellectueel eigendom, opties en contractonderzoek in sensitieve kennisgebieden een due diligence op de wederpartij en haar uiteindelijke eigenaar, een toets op exportcontrole en passende clausules (sublicenties, wijziging van zeggenschap, eindgebruik) krijgen. Valorisatie is een overdrachtsroute die de Leidraad bij het aangaan van samenwerkingen behandelt (§7.1).",
      "Assesses whether licences, transfers of intellectual property, options and contract research in sensitive fields get due diligence on the counterparty and its ultimate owner, an export-control check and suitable clauses (sub-licensing, change of control, end use). Valorisation is a transfer route that the Guidelines deal with when entering into cooperation (§7.1).",
    ),
    ladder: [
      s(
        "Het valorisatiekantoor let op kennisveiligheid als iemand erom vraagt.",
        "The technology transfer office considers knowledge security when asked.",
        "Voorbeelddossier.",
        "Example file.",
      ),
      s(
        "Bij licenties in sensitieve gebieden gaat het valorisatiekantoor in twijfelgevallen de achtergrond van de wederpartij na.",
        "For licences in sensitive fields the technology transfer office checks the counterparty's background in doubtful cases.",
        "Steekproef van dossiers.",
        "Sample of files.",
      ),
      s(
        "Een vastgestelde werkwijze geeft licenties, IE-overdracht, opties en contractonderzoek in sensitieve gebieden een due diligence op wederpartij en uiteindelijke eigenaar, een exportcontroletoets en vaste clausules.",
        "An adopted procedure gives licences, IP transfers, options and contract research in sensitive fields due diligence on the counterparty and ultimate owner, an export-control check and standard clauses.",
        "Werkwijze; modelclausules; steekproef van dossiers.",
        "Procedure; model clauses; sample of files.",
      ),
      s(
        "Transacties in sensitieve gebieden worden gevolgd en bij wijziging van zeggenschap van een licentienemer herbeoordeeld; er is een jaaroverzicht.",
        "Transactions in sensitive fields are tracked and reassessed on a change of control of a licensee; there is an annual overview.",
        "Jaaroverzicht; herbeoordelingen.",
        "Annual overview; reassessments.",
      ),
      s(
        "Criteria en clausules worden verbeterd op grond van casussen.",
        "Criteria and clauses are improved on the basis of cases.",
        "Herziene werkwijze.",
        "Revised procedure.",
      ),
    ],
  },
  "VAL-02": {
    title: t(
      "Beheer van campus en science park (Wet Vifo)",
      "Management of campus and science park (Investment Screening Act)",
    ),
    description: t(
      "Beoordeelt of de instelling heeft vastgesteld of zij, of haar campusorganisatie, beheerder van een bedrijfscampus is in de zin van de Wet veiligheidstoets investeringen, fusies en overnames (in werking sinds 1 juni 2023), en of zij de meldplicht, de toelating van huurders en de toegang tot gedeelde faciliteiten daarop heeft ingericht. De beleidsregel van juni 2024 noemt als criteria invloed op de veiligheid van de campus, ten minste één onderneming met sensitieve technologie en publiek-private samenwerking.",
      "Assesses whether the institution has established whether it, or its campus organisation, is a manager of a business campus under the Investment, Mergers and Acquisitions Security Screening Act (in force since 1 June 2023), and whether it has organised the notification duty, the admission of tenants and access to shared facilities accordingly. The policy rule of June 2024 names as criteria influence on the campus's security, at least one company with sensitive technology and public-private cooperation.",
    ),
    ladder: [
      s(
        "Huurders worden toegelaten zonder kennisveiligheidsblik.",
        "Tenants are admitted without a knowledge-security view.",
        "Huurcontract.",
        "Lease.",
      ),
      s(
        "De campusorganisatie weet welke huurders met sensitieve technologie werken.",
        "The campus organisation knows which tenants work with sensitive technology.",
        "Overzicht van huurders.",
        "Overview of tenants.",
      ),
      s(
        "Vastgesteld is of de instelling beheerder van een bedrijfscampus is; zo ja, dan is er een werkwijze voor de meldplicht, een due diligence bij toelating van huurders en toegang tot gedeelde faciliteiten volgens de zonering.",
        "It has been established whether the institution is a manager of a business campus; if so, there is a procedure for the notification duty, due diligence when admitting tenants and access to shared facilities according to zoning.",
        "Vaststelling met onderbouwing; werkwijze; toelatingsdossiers.",
        "Determination with reasons; procedure; admission files.",
      ),
      s(
        "Huurdersbestand en eigendomswijzigingen worden gevolgd en periodiek met campuspartners besproken; het CvB krijgt een overzicht.",
        "The tenant portfolio and ownership changes are tracked and discussed periodically with campus partners; the Executive Board gets an overview.",
        "Overzicht; verslag.",
        "Overview; minutes.",
      ),
      s(
        "De werkwijze wordt verbeterd op grond van ervaringen en uitleg van het Bureau Toetsing Investeringen.",
        "The procedure is improved from experience and guidance of the Investment Screening Office.",
        "Herziene werkwijze.",
        "Revised procedure.",
      ),
    ],
  },
  "VAL-03": {
    title: t("Spin-offs, deelnemingen en investeerders", "Spin-offs, equity stakes and investors"),
    description: t(
      "Beoordeelt of bij spin-offs en deelnemingen in sensitieve gebieden de investeerders en uiteindelijke belanghebbenden worden getoetst, of de meldplicht van de Wet Vifo voor investeringen in ondernemingen met sensitieve technologie wordt nagegaan, en of aandeelhoudersafspraken waarborgen bevatten bij wijziging van zeggenschap.",
      "Assesses whether, for spin-offs and equity stakes in sensitive fields, investors and ultimate beneficial owners are reviewed, whether the Investment Screening Act's notification duty for investments in companies with sensitive technology is checked, and whether shareholder agreements contain safeguards on a change of control.",
    ),
    ladder: [
      s(
        "Investeerders in spin-offs worden niet bekeken.",
        "Investors in spin-offs are not looked at.",
        "(geen)",
        "(none)",
      ),
      s(
        "Het valorisatiekantoor vraagt bij spin-offs in sensitieve gebieden naar de investeerders.",
        "The technology transfer office asks about investors for spin-offs in sensitive fields.",
        "Steekproef van dossiers.",
        "Sample of files.",
      ),
      s(
        "Een vastgestelde werkwijze toetst investeerders en uiteindelijke belanghebbenden, gaat de meldplicht onder de Wet Vifo na en neemt waarborgen op in aandeelhoudersafspraken.",
        "An adopted procedure reviews investors and ultimate beneficial owners, checks the notification duty under the Investment Screening Act and includes safeguards in shareholder agreements.",
        "Werkwijze; aandeelhoudersovereenkomsten; toetsingen.",
        "Procedure; shareholder agreements; reviews.",
      ),
      s(
        "De portefeuille wordt gevolgd op eigendomswijzigingen, met een jaaroverzicht aan het CvB.",
        "The portfolio is tracked for ownership changes, with an annual overview to the Executive Board.",
        "Jaaroverzicht.",
        "Annual overview.",
      ),
      s(
        "De werkwijze wordt verbeterd op grond van casussen.",
        "The procedure is improved on the basis of cases.",
        "Herziene werkwijze.",
        "Revised procedure.",
      ),
    ],
  },
  "BIO-01": {
    title: t(
      "Dual-use-onderzoek in de levenswetenschappen herkend en beoordeeld",
      "Dual-use research in the life sciences identified and assessed",
    ),
    description: t(
      "Beoordeelt of onderzoek met micro-organismen en toxinen wordt nagelopen op dual-use-aspecten, bijvoorbeeld met de Dual-Use Quickscan van Bureau Biosecurity (vijftien vragen), en of positieve uitkomsten een beoordeling als dual-use research of concern en een besluit over publicatie krijgen. Misbruik van levenswetenschappelijke kennis is een overdrachtsroute die buiten de technologielijsten kan vallen.",
      "Assesses whether research with micro-organisms and toxins is checked for dual-use aspects, for example with Bureau Biosecurity's Dual-Use Quickscan (fifteen questions), and whether positive results get an assessment as dual-use research of concern and a decision on publication. Misuse of life-science knowledge is a transfer route that can fall outside the technology lists.",
    ),
    ladder: [
      s(
        "Dual-use-aspecten worden herkend door individuele onderzoekers.",
        "Dual-use aspects are recognised by individual researchers.",
        "Voorbeeld.",
        "Example.",
      ),
      s(
        "De bioveiligheidsfunctionaris brengt de Dual-Use Quickscan onder de aandacht en relevante groepen gebruiken hem.",
        "The biosafety officer promotes the Dual-Use Quickscan and relevant groups use it.",
        "Communicatie; ingevulde scans.",
        "Communication; completed scans.",
      ),
      s(
        "Een vastgestelde werkwijze laat projecten met micro-organismen of toxinen bij de start de quickscan doorlopen; positieve uitkomsten gaan naar bioveiligheidsfunctionaris en adviesteam voor een beoordeling en een besluit over publicatie, dat wordt vastgelegd.",
        "An adopted procedure has projects with micro-organisms or toxins run the quickscan at the start; positive results go to the biosafety officer and advisory team for an assessment and a decision on publication, which is recorded.",
        "Werkwijze; steekproef van projecten met scan en beoordeling.",
        "Procedure; sample of projects with scan and assessment.",
      ),
      s(
        "De dekking (aandeel relevante projecten met scan) en de uitkomsten worden gerapporteerd, met koppeling aan de exportcontrole van biologische producten.",
        "Coverage (share of relevant projects scanned) and outcomes are reported, linked to export control of biological items.",
        "Rapportage.",
        "Report.",
      ),
      s(
        "De werkwijze wordt verbeterd op grond van casussen en adviezen van Bureau Biosecurity.",
        "The procedure is improved on the basis of cases and Bureau Biosecurity's advice.",
        "Herziene werkwijze.",
        "Revised procedure.",
      ),
    ],
  },
  "BIO-02": {
    title: t(
      "Biosecurity van hoogrisico biologische agentia",
      "Biosecurity of high-risk biological agents",
    ),
    description: t(
      "Beoordeelt of de instelling de gedragsregels van de Gedragscode Biosecurity van de KNAW (2007) heeft vertaald in beleid: bewustwording, onderzoeks- en publicatiebeleid, verantwoording en toezicht, interne en externe communicatie, toegankelijkheid van agentia en kennis, en verzending en transport. NWO en ZonMw vragen aanvragers in de levenswetenschappen de code te onderschrijven.",
      "Assesses whether the institution has turned the rules of the KNAW Code of Conduct for Biosecurity (2007) into policy: awareness, research and publication policy, accountability and oversight, internal and external communication, accessibility of agents and knowledge, and shipment and transport. NWO and ZonMw require applicants in the life sciences to endorse the code.",
    ),
    ladder: [
      s(
        "Toegang tot ziekteverwekkers is alleen geregeld in de dagelijkse labpraktijk.",
        "Access to pathogens is regulated only by daily lab practice.",
        "Labinstructie.",
        "Lab instruction.",
      ),
      s(
        "Per laboratorium is er een inventaris van hoogrisico agentia en is de toegang beperkt.",
        "Each laboratory has an inventory of high-risk agents and access is restricted.",
        "Inventaris; toegangslijst.",
        "Inventory; access list.",
      ),
      s(
        "Een vastgesteld biosecuritybeleid volgt de gedragsregels van de code, met belegde verantwoordelijkheden, toegangsbeheer en screening van personen voor hoog-inperkingslaboratoria, en regels voor verzending en transport.",
        "An adopted biosecurity policy follows the rules of the code, with assigned responsibilities, access control and screening of people for high-containment laboratories, and rules for shipment and transport.",
        "Beleid; toegangslijst; transportregistratie.",
        "Policy; access list; transport records.",
      ),
      s(
        "Inventaris en toegang worden periodiek geaudit en incidenten geanalyseerd, met rapportage aan het bestuur.",
        "Inventory and access are audited periodically and incidents analysed, with a report to the board.",
        "Auditrapport.",
        "Audit report.",
      ),
      s(
        "Het beleid wordt verbeterd op grond van audits, incidenten en nieuwe inzichten.",
        "The policy is improved from audits, incidents and new insights.",
        "Herzien beleid.",
        "Revised policy.",
      ),
    ],
  },
  "DEF-01": {
    title: t(
      "Beleid voor defensiegefinancierd en militair relevant onderzoek",
      "Policy for defence-funded and militarily relevant research",
    ),
    description: t(
      "Beoordeelt of de instelling heeft vastgelegd onder welke voorwaarden zij onderzoek voor of met financiering van defensie aanneemt: de ethische afweging, openheid en publicatie, exportcontrole, de instemming van betrokken onderzoekers, de besluitroute en de verantwoording.",
      "Assesses whether the institution has laid down under which conditions it accepts research for, or funded by, defence: the ethical weighing, openness and publication, export control, the consent of the researchers involved, the decision route and accountability.",
    ),
    ladder: [
      s(
        "Defensiegefinancierde projecten worden per geval aangenomen.",
        "Defence-funded projects are accepted case by case.",
        "Projectbesluit.",
        "Project decision.",
      ),
      s(
        "Er is een overzicht van defensiegefinancierde projecten en het adviesteam wordt bij twijfel geraadpleegd.",
        "There is an overview of defence-funded projects and the advisory team is consulted when in doubt.",
        "Overzicht.",
        "Overview.",
      ),
      s(
        "Een vastgesteld beleid regelt voorwaarden, ethische afweging, publicatie, exportcontrole, instemming van onderzoekers en een besluit door het bestuur.",
        "An adopted policy sets conditions, ethical weighing, publication, export control, researchers' consent and a board decision.",
        "Beleid; besluiten.",
        "Policy; decisions.",
      ),
      s(
        "Een jaaroverzicht gaat naar CvB en RvT, met de uitkomsten op ethiek en openheid.",
        "An annual overview goes to the Executive and Supervisory Boards, with the outcomes on ethics and openness.",
        "Jaaroverzicht.",
        "Annual overview.",
      ),
      s(
        "Het beleid wordt bijgesteld na evaluatie en dialoog binnen de instelling.",
        "The policy is revised after evaluation and dialogue within the institution.",
        "Herzien beleid.",
        "Revised policy.",
      ),
    ],
  },
  "DEF-02": {
    title: t(
      "Beveiliging van gerubriceerde opdrachten (ABDO, vanaf 2026 ABRO)",
      "Security of classified assignments (ABDO, from 2026 ABRO)",
    ),
    description: t(
      "Beoordeelt of de instelling voor opdrachten met een Te Beschermen Belang de beveiligingseisen van de ABDO (vanaf januari 2026 de ABRO 2026) heeft ingevoerd in de domeinen bestuur en organisatie, personeel, fysiek en cyber, met een beveiligingsfunctionaris en een bijzondere opdracht.",
      "Assesses whether, for assignments with an interest to be protected, the institution has implemented the security requirements of the ABDO (from January 2026 the ABRO 2026) across the domains governance and organisation, personnel, physical and cyber, with a security officer and a special assignment contract.",
    ),
    ladder: [
      s(
        "Gerubriceerde informatie wordt door individuele projectleiders behandeld.",
        "Classified information is handled by individual project leaders.",
        "Projectafspraak.",
        "Project arrangement.",
      ),
      s(
        "Er is feitelijk een beveiligingsfunctionaris voor gerubriceerde projecten.",
        "There is in practice a security officer for classified projects.",
        "Benoeming of taakomschrijving.",
        "Appointment or task description.",
      ),
      s(
        "Voor elke gerubriceerde opdracht zijn de eisen in de vier domeinen ingevoerd, met een benoemde beveiligingsfunctionaris, gescreende medewerkers en een bijzondere opdracht.",
        "For every classified assignment the requirements in the four domains are implemented, with an appointed security officer, screened staff and a special assignment contract.",
        "Bijzondere opdracht; beveiligingsplan; lijst van gescreende personen.",
        "Special assignment contract; security plan; list of screened people.",
      ),
      s(
        "Naleving wordt periodiek gecontroleerd (interne audit, inspecties) en incidenten worden gemeld en geanalyseerd.",
        "Compliance is checked periodically (internal audit, inspections) and incidents are reported and analysed.",
        "Audit- en inspectierapporten.",
        "Audit and inspection reports.",
      ),
      s(
        "Maatregelen worden verbeterd op grond van audits en incidenten.",
        "Measures are improved on the basis of audits and incidents.",
        "Verbeterplan.",
        "Improvement plan.",
      ),
    ],
  },
  "HR-06": {
    title: t(
      "Studenten en extern gefinancierde promovendi in sensitieve gebieden",
      "Students and externally funded PhD candidates in sensitive fields",
    ),
    description: t(
      "Beoordeelt of de toelating tot aangewezen masterprogramma's, afstudeerprojecten en promotieplaatsen in sensitieve gebieden (zie RISK-06) de screening en een toets op de financieringsvoorwaarden van extern gefinancierde promovendi omvat, vooraf aangekondigd en voor iedere kandidaat gelijk. Het wetsvoorstel screening kennisveiligheid richt zich op onderzoekers, masterstudenten en technisch ondersteunend personeel; de minister stelde in januari 2025 dat de doelgroep niet naar nationaliteit kan worden afgebakend.",
      "Assesses whether admission to designated master's programmes, thesis projects and PhD positions in sensitive fields (see RISK-06) includes screening and a review of the funding conditions of externally funded PhD candidates, announced in advance and the same for every candidate. The knowledge-security screening bill covers researchers, master's students and technical support staff; in January 2025 the minister stated that the target group cannot be defined by nationality.",
    ),
    ladder: [
      s(
        "Toelating in sensitieve gebieden gebeurt zonder kennisveiligheidsblik, behalve bij een concrete aanleiding.",
        "Admission in sensitive fields happens without a knowledge-security view, except when there is a concrete reason.",
        "Voorbeelddossier.",
        "Example file.",
      ),
      s(
        "Opleidingsdirecteuren en graduate schools weten welke programma's sensitieve technologie raken en vragen bij twijfel advies.",
        "Programme directors and graduate schools know which programmes touch sensitive technology and ask for advice when in doubt.",
        "Overzicht; adviesvragen.",
        "Overview; advice requests.",
      ),
      s(
        "Een vastgestelde werkwijze verbindt aangewezen programma's, projecten en promotieplaatsen met de screening en met een toets op financieringsvoorwaarden; kandidaten worden vooraf geïnformeerd en gelijk behandeld.",
        "An adopted procedure links designated programmes, projects and PhD positions to screening and to a review of funding conditions; candidates are informed in advance and treated equally.",
        "Werkwijze; lijst van aangewezen trajecten; steekproef van toelatingsdossiers.",
        "Procedure; list of designated tracks; sample of admission files.",
      ),
      s(
        "Aantallen, doorlooptijden, uitkomsten en signalen van ongelijke behandeling worden gevolgd en jaarlijks gerapporteerd.",
        "Numbers, lead times, outcomes and signs of unequal treatment are tracked and reported yearly.",
        "Jaarrapportage.",
        "Annual report.",
      ),
      s(
        "Criteria en aanwijzing worden bijgesteld op grond van ervaringen en bezwaren, en begeleidingsafspraken worden aangepast.",
        "Criteria and designation are revised on the basis of experience and objections, and supervision agreements are updated.",
        "Herziene werkwijze.",
        "Revised procedure.",
      ),
    ],
  },
};
