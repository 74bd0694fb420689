import type { ChecklistDefinition, ChecklistItem } from '../types.js';
import { t } from './text.js';

const profile = (id: string) => ({ item: 'profile', equals: id });

function agreement(id: string, nl: string, en: string): ChecklistItem {
  return { id, kind: 'check', required: true, label: t(nl, en) };
}

/**
 * Stappenplan netcentrisch samenwerken: three phases (explore, work out, carry out) in 14
 * steps, the cooperation profile chosen in step 5, and the checklist of agreements for
 * that profile (stand-by: chapter 3; structural: appendix B; core: appendices B and C).
 * Gate `go-live` opens when exploration, elaboration and the profile's checklist are done.
 */
export const netcentricCooperation: ChecklistDefinition = {
  id: 'netcentric-cooperation',
  version: 1,
  title: t('Stappenplan netcentrisch samenwerken', 'Netcentric cooperation plan'),
  description: t(
    'Voor veiligheidsregio’s en crisispartners die één gedeeld beeld willen, in de praktijk in LCMS. Kijk eerst naar wat er al is; de werkgroep crisispartners kan ondersteunen.',
    'For safety regions and crisis partners who want one shared picture, in practice in LCMS. Look first at what already exists; the crisis partners working group can help.',
  ),
  source:
    'Stappenplan netcentrisch samenwerken, incl. bijlagen B, C, D (seeds/004_0b6aad1923e121e8.txt)',
  roles: [
    {
      id: 'safety-region',
      label: t('Veiligheidsregio (adoptieregio)', 'Safety region (adopting region)'),
    },
    { id: 'partner', label: t('Crisispartner', 'Crisis partner') },
  ],
  sections: [
    {
      id: 'explore',
      title: t('Fase 1: Verkennen (stap 1–5)', 'Phase 1: Explore (steps 1–5)'),
      items: [
        {
          id: 'step-1-adopting-region',
          kind: 'check',
          required: true,
          role: 'safety-region',
          label: t('Stap 1: Bepaal een adoptieregio', 'Step 1: Determine an adopting region'),
          help: t(
            'De adoptieregio maakt en onderhoudt de algemene samenwerkingsafspraken met een bovenregionale of landelijke partner namens alle betrokken veiligheidsregio’s. Meld dit bij de werkgroep crisispartners.',
            'The adopting region makes and maintains the general cooperation agreements with a supra-regional or national partner on behalf of all safety regions involved. Tell the crisis partners working group.',
          ),
        },
        {
          id: 'step-2-existing',
          kind: 'check',
          required: true,
          label: t('Stap 2: Breng in kaart wat er al is', 'Step 2: Map what already exists'),
          help: t(
            'Operationele incidenten, oefeningen en evaluaties, persoonlijke contacten, informatie- en alarmeringsafspraken; referentiekader netcentrisch werken, risicoprofiel, crisisplan en beleidsplan, convenanten, missie en kerntaken.',
            'Operational incidents, exercises and evaluations, personal contacts, information and alerting agreements; the netcentric reference framework, risk profile, crisis plan and policy plan, covenants, mission and core tasks.',
          ),
        },
        {
          id: 'step-3-first-estimate',
          kind: 'check',
          required: true,
          label: t(
            'Stap 3: Maak een eerste inschatting van het samenwerkingsprofiel',
            'Step 3: Make a first estimate of the cooperation profile',
          ),
        },
        {
          id: 'step-4-alignment',
          kind: 'check',
          required: true,
          label: t(
            'Stap 4: Voer verkennende gesprekken over kerntaken, ambities en verwachtingen (bijlage A)',
            'Step 4: Hold exploratory talks about core tasks, ambitions and expectations (appendix A)',
          ),
        },
        {
          id: 'regions-aligned',
          kind: 'check',
          required: true,
          role: 'safety-region',
          label: t(
            'De adoptieregio heeft het gewenste profiel afgestemd met de andere betrokken veiligheidsregio’s',
            'The adopting region has agreed the desired profile with the other safety regions involved',
          ),
        },
        {
          id: 'profile',
          kind: 'choice',
          required: true,
          label: t('Stap 5: Gekozen samenwerkingsprofiel', 'Step 5: Chosen cooperation profile'),
          options: [
            { id: 'ad-hoc', label: t('Ad hoc', 'Ad hoc') },
            { id: 'link', label: t('Koppel', 'Link') },
            { id: 'stand-by', label: t('Stand-by', 'Stand-by') },
            { id: 'structural', label: t('Structureel', 'Structural') },
            { id: 'core', label: t('Kern', 'Core') },
          ],
        },
        {
          id: 'profile-rationale',
          kind: 'text',
          required: true,
          label: t('Stap 5: Beargumentering van de keuze', 'Step 5: Reasons for the choice'),
        },
        {
          id: 'profile-shared',
          kind: 'check',
          required: true,
          label: t(
            'Keuze besproken met de werkgroep crisispartners',
            'Choice discussed with the crisis partners working group',
          ),
        },
      ],
    },
    {
      id: 'work-out',
      title: t('Fase 2: Uitwerken (stap 6–10)', 'Phase 2: Work out (steps 6–10)'),
      description: t(
        'Voor ad-hoc- en koppelsamenwerking is er geen uitwerkingsfase: die worden niet getoetst.',
        'Ad hoc and link cooperation have no elaboration phase: they are not assessed.',
      ),
      when: { any: [profile('stand-by'), profile('structural'), profile('core')] },
      items: [
        {
          id: 'step-6-plan',
          kind: 'check',
          required: true,
          label: t(
            'Stap 6: Maak afspraken over proces, organisatie, mens en techniek en stel een plan van aanpak op',
            'Step 6: Agree on process, organisation, people and technology, and draw up a plan of approach',
          ),
        },
        {
          id: 'system',
          kind: 'choice',
          required: true,
          label: t('Gekozen systeem', 'Chosen system'),
          options: [
            { id: 'lcms', label: t('LCMS', 'LCMS') },
            { id: 'other', label: t('Een ander systeem', 'Another system') },
          ],
        },
        {
          id: 'system-talks-to-lcms',
          kind: 'check',
          required: true,
          when: { item: 'system', equals: 'other' },
          label: t(
            'Het gekozen systeem kan ten minste communiceren met LCMS',
            'The chosen system can at least communicate with LCMS',
          ),
        },
        {
          id: 'step-7-check',
          kind: 'check',
          required: true,
          label: t(
            'Stap 7: Controleer de afspraken met de checklist van het gekozen profiel',
            'Step 7: Check the agreements against the checklist of the chosen profile',
          ),
        },
        {
          id: 'step-8-timeline',
          kind: 'check',
          required: true,
          label: t(
            'Stap 8: Zet de activiteiten weg in de tijd, met de datum van het go-live-moment',
            'Step 8: Schedule the activities, including the go-live date',
          ),
        },
        {
          id: 'step-9-working-group',
          kind: 'check',
          required: true,
          label: t(
            'Stap 9: Neem contact op met de werkgroep crisispartners',
            'Step 9: Contact the crisis partners working group',
          ),
        },
        {
          id: 'step-10-peer-review',
          kind: 'check',
          required: true,
          label: t(
            'Stap 10: Vraag de intercollegiale toetsing aan',
            'Step 10: Request the peer review',
          ),
        },
      ],
    },
    {
      id: 'checklist-stand-by',
      title: t('Checklist stand-by-samenwerking', 'Checklist stand-by cooperation'),
      when: profile('stand-by'),
      items: [
        agreement('sb-alerting', 'Afspraken over alarmering', 'Agreements on alerting'),
        agreement(
          'sb-contact-information',
          'Aanspreekpunt voor informatie aangewezen',
          'Contact point for information appointed',
        ),
        agreement(
          'sb-contact-dilemmas',
          'Aanspreekpunt voor dilemma’s en knelpunten aangewezen',
          'Contact point for dilemmas and bottlenecks appointed',
        ),
        agreement(
          'sb-information-sharing',
          'Werkwijze rondom delen van informatie',
          'Way of sharing information',
        ),
        agreement(
          'sb-wrong-information',
          'Afspraken over omgaan met foutieve of onvolledige informatie',
          'Agreements on handling wrong or incomplete information',
        ),
        agreement(
          'sb-covenant',
          'Convenant over organisatiestructuren, taken, verantwoordelijkheden en wijze van aansluiten op de crisisorganisatie',
          'Covenant on organisational structures, tasks, responsibilities and how to join the crisis organisation',
        ),
        agreement(
          'sb-training',
          'Plan voor opleiden, trainen en oefenen op het gebied van netcentrisch werken en LCMS',
          'Plan for education, training and exercises in netcentric work and LCMS',
        ),
        agreement('sb-confidentiality', 'Geheimhoudingsverklaring', 'Confidentiality agreement'),
      ],
    },
    {
      id: 'checklist-structural',
      title: t(
        'Checklist structurele samenwerking (bijlage B)',
        'Checklist structural cooperation (appendix B)',
      ),
      when: profile('structural'),
      items: [
        agreement(
          'st-alerting',
          'Afspraken over alarmering en piketrichtlijnen',
          'Agreements on alerting and on-call guidelines',
        ),
        agreement(
          'st-information-sharing',
          'Afspraken over hoe, wanneer, door wie en welke informatie gedeeld wordt',
          'Agreements on how, when, by whom and which information is shared',
        ),
        agreement(
          'st-information-direction',
          'Afspraken over regie op informatie',
          'Agreements on directing information',
        ),
        agreement(
          'st-wrong-information',
          'Afspraken over omgaan met foutieve of onvolledige informatie',
          'Agreements on handling wrong or incomplete information',
        ),
        agreement(
          'st-partner-involvement',
          'Afspraken over wanneer een partner betrokken moet worden bij een incident',
          'Agreements on when a partner must be involved in an incident',
        ),
        agreement(
          'st-functions',
          'Functies van informatiemanagementfunctionaris en leiding-en-coördinatiefunctionaris ingericht',
          'Functions of information management officer and command and coordination officer set up',
        ),
        agreement(
          'st-covenant',
          'Convenant waarin de taken, rollen en verantwoordelijkheden van de betrokken partijen staan',
          'Covenant describing the tasks, roles and responsibilities of the parties involved',
        ),
        agreement(
          'st-training',
          'Plan voor opleiden, trainen en oefenen in netcentrisch werken en LCMS; wie een rol heeft in de samenwerking is opgeleid en kan met LCMS werken',
          'Plan for education, training and exercises in netcentric work and LCMS; everyone with a role in the cooperation is trained and can work with LCMS',
        ),
        agreement('st-confidentiality', 'Geheimhoudingsverklaring', 'Confidentiality agreement'),
        agreement(
          'st-user-agreement',
          'Gebruikersovereenkomst voor het gekozen crisismanagementsysteem',
          'User agreement for the chosen crisis management system',
        ),
        agreement(
          'st-lcms-read-account',
          'De informatiemanagementfunctionaris van de partner heeft een leesaccount in LCMS; schrijfrechten alleen tijdens uitzonderlijke incidenten, daarna terug naar leesrechten',
          'The partner’s information management officer has a read account in LCMS; write rights only during exceptional incidents, reset to read rights afterwards',
        ),
      ],
    },
    {
      id: 'checklist-core',
      title: t(
        'Checklist kernsamenwerking (bijlagen B en C)',
        'Checklist core cooperation (appendices B and C)',
      ),
      when: profile('core'),
      items: [
        agreement(
          'co-alerting',
          'Afspraken over alarmering en piketrichtlijnen',
          'Agreements on alerting and on-call guidelines',
        ),
        agreement(
          'co-information-management',
          'Proces informatiemanagement netcentrisch ingericht binnen de gehele organisatie, met ondersteuning',
          'Information management process set up netcentrically across the whole organisation, with support',
        ),
        agreement(
          'co-command',
          'Proces leiding en coördinatie netcentrisch ingericht binnen de gehele organisatie',
          'Command and coordination process set up netcentrically across the whole organisation',
        ),
        agreement(
          'co-information-sharing',
          'Afspraken over hoe, wanneer, door wie en welke informatie gedeeld wordt',
          'Agreements on how, when, by whom and which information is shared',
        ),
        agreement(
          'co-information-direction',
          'Afspraken over regie op informatie',
          'Agreements on directing information',
        ),
        agreement(
          'co-situation-pictures',
          'Afspraken over het importeren en gebruiken van elkaars situatiebeelden',
          'Agreements on importing and using each other’s situation pictures',
        ),
        agreement(
          'co-wrong-information',
          'Afspraken over omgaan met foutieve of onvolledige informatie',
          'Agreements on handling wrong or incomplete information',
        ),
        agreement(
          'co-partner-involvement',
          'Afspraken over wanneer een partner betrokken moet worden bij een incident',
          'Agreements on when a partner must be involved in an incident',
        ),
        agreement(
          'co-covenant',
          'Convenant waarin de taken, rollen en verantwoordelijkheden van de betrokken partijen staan',
          'Covenant describing the tasks, roles and responsibilities of the parties involved',
        ),
        agreement(
          'co-training',
          'Meerjarig plan voor opleiden, trainen en oefenen, met budget; functionarissen informatiemanagement en leiding en coördinatie werken netcentrisch bij mono- en multidisciplinaire incidenten en met het gekozen systeem',
          'Multi-year plan for education, training and exercises, with budget; information management and command and coordination officers work netcentrically in single- and multi-agency incidents and with the chosen system',
        ),
        agreement('co-confidentiality', 'Geheimhoudingsverklaring', 'Confidentiality agreement'),
        agreement(
          'co-user-agreement',
          'Gebruikersovereenkomst voor het gekozen crisismanagementsysteem',
          'User agreement for the chosen crisis management system',
        ),
        agreement(
          'co-lcms-write-accounts',
          'Accountbeheer ligt bij de partner; informatiemanagers, informatiecoördinatoren en zo nodig leiding-en-coördinatiefunctionarissen hebben een schrijfaccount in LCMS',
          'The partner manages its accounts; information managers, information coordinators and, where useful, command and coordination officers have a write account in LCMS',
        ),
      ],
    },
    {
      id: 'carry-out',
      title: t('Fase 3: Uitvoeren (stap 11–14)', 'Phase 3: Carry out (steps 11–14)'),
      items: [
        {
          id: 'step-11-execute',
          kind: 'check',
          required: true,
          label: t(
            'Stap 11: Voer het plan van aanpak uit, op weg naar het go-live-moment',
            'Step 11: Carry out the plan of approach, towards the go-live moment',
          ),
        },
        {
          id: 'go-live-date',
          kind: 'time',
          label: t('Datum en tijd van het go-live-moment', 'Date and time of the go-live moment'),
        },
        {
          id: 'step-12-go-live',
          kind: 'check',
          required: true,
          label: t(
            'Stap 12: Bekrachtig de samenwerking op de go-live-dag, bijvoorbeeld met een gezamenlijke oefening, en spreek af hoe verbeterpunten worden opgepakt',
            'Step 12: Confirm the cooperation on go-live day, for instance with a joint exercise, and agree how to follow up points for improvement',
          ),
        },
        {
          id: 'step-13-evaluate',
          kind: 'check',
          required: true,
          label: t(
            'Stap 13: Monitor en evalueer de samenwerking continu',
            'Step 13: Monitor and evaluate the cooperation continuously',
          ),
        },
        {
          id: 'step-14-share',
          kind: 'check',
          required: true,
          label: t(
            'Stap 14: Deel ervaringen met de werkgroep crisispartners',
            'Step 14: Share experiences with the crisis partners working group',
          ),
        },
      ],
    },
  ],
  gates: [
    {
      id: 'go-live',
      label: t('Go-live', 'Go-live'),
      requires: [
        { section: 'explore' },
        { section: 'work-out' },
        { section: 'checklist-stand-by' },
        { section: 'checklist-structural' },
        { section: 'checklist-core' },
        { item: 'step-11-execute' },
      ],
    },
  ],
};
