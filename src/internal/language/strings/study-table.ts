import type { OutcomeTerm } from '../../../data/types.js';
import type { Translations } from '../localize.js';

/** The table's columns, by the key used in the `columns` and `sort` attributes. */
export type StudyColumn =
  | 'study'
  | 'phase'
  | 'design'
  | 'condition'
  | 'participants'
  | 'comparator'
  | 'primary-outcome'
  | 'result'
  | 'outcome'
  | 'effect-size';

export type SortDirection = 'ascending' | 'descending';

/** Interface strings of `<study-table>`. */
export interface StudyTableStrings {
  /** What the table shows: the first sentence of the caption. */
  captionTitle: string;
  /** The short name of the table's region when it scrolls (the caption is too long for a name). */
  regionLabel: string;
  captionSourceBundled: string;
  captionSourceHost: string;
  sortableHint: string;
  /** What each row's details button opens, in the caption. */
  detailsHint: string;
  /** Column headings. */
  columns: Record<StudyColumn, string>;
  ascending: string;
  descending: string;
  /** The polite announcement after a sort, e.g. "Sorted by Participants, ascending". */
  sorted: (column: string, direction: string) => string;
  /** What a sortable column sorts by, where its heading alone does not say: shown in the heading. */
  sortNotes: Partial<Record<StudyColumn, string>>;
  phase: (phase: string) => string;
  /** The button that opens a row's details, and the (visually hidden) heading of its column. */
  details: string;
  /** Label of the list of participants in each arm. */
  arms: string;
  /** Label before a timepoint, e.g. "Timepoint: 18 weeks". */
  timepoint: string;
  mdmaArm: string;
  comparatorArm: string;
  outcomeTerms: Record<OutcomeTerm, string>;
  footnotesTitle: string;
  outcomeTermDefinitions: Record<OutcomeTerm, string>;
  noMatches: string;
  downloadCsv: string;
  csvFileName: string;
  /** CSV headings for the parts of a column that get their own CSV column. */
  csv: {
    year: string;
    primaryOutcomeTimepoint: string;
    outcomeDefinition: string;
    outcomeTimepoint: string;
    mdmaPercent: string;
    comparatorPercent: string;
    citation: string;
    doi: string;
    link: string;
  };
  paginationLabel: string;
  previousPage: string;
  nextPage: string;
  /** "Studies 1 to 25 of 10,000" */
  rowRange: (first: string, last: string, total: string) => string;
  /** "Page 1 of 400" */
  pageOf: (page: string, pages: string) => string;
}

export const studyTableStrings: Translations<StudyTableStrings> = {
  en: {
    captionTitle: 'Clinical trials of MDMA-assisted therapy: design, participants and results.',
    regionLabel: 'Table of studies',
    captionSourceBundled: 'Source: the trial reports and the pages listed under Sources.',
    captionSourceHost: 'Source: the studies and references supplied by this website.',
    sortableHint: 'Columns with a button in their heading can be sorted.',
    detailsHint: 'Details shows a study in full: its design, arms, measures and results.',
    columns: {
      study: 'Study',
      phase: 'Phase',
      design: 'Design',
      condition: 'Condition',
      participants: 'Participants',
      comparator: 'Comparator',
      'primary-outcome': 'Primary outcome',
      result: 'Headline result',
      outcome: 'Outcome: MDMA against comparator',
      'effect-size': 'Effect size',
    },
    ascending: 'ascending',
    descending: 'descending',
    sorted: (column, direction) => `Sorted by ${column}, ${direction}`,
    sortNotes: { study: 'by year', outcome: 'by MDMA arm, within each outcome type' },
    phase: (phase) => `Phase ${phase}`,
    details: 'Details',
    arms: 'Participants in each arm',
    timepoint: 'Timepoint',
    mdmaArm: 'MDMA',
    comparatorArm: 'Comparator',
    outcomeTerms: {
      response: 'Response',
      'no-longer-meeting-criteria': 'No longer meeting criteria',
      remission: 'Remission',
    },
    footnotesTitle: 'Outcome terms',
    outcomeTermDefinitions: {
      response:
        'symptoms improved enough to count as a clinical response, as defined by the study’s authors. Thresholds differ between studies, and each row gives the definition used.',
      'no-longer-meeting-criteria':
        'at the timepoint given, the person no longer met the diagnostic criteria for PTSD on the study’s clinician-rated assessment. This is not remission, which needs fewer symptoms still.',
      remission:
        'symptoms fell to a low level defined by the study’s authors, below the level for no longer meeting criteria. Definitions differ between studies.',
    },
    noMatches: 'No studies match this selection.',
    downloadCsv: 'Download CSV',
    csvFileName: 'mdma-therapy-studies.csv',
    csv: {
      year: 'Year',
      primaryOutcomeTimepoint: 'Primary outcome timepoint',
      outcomeDefinition: 'Outcome definition',
      outcomeTimepoint: 'Outcome timepoint',
      mdmaPercent: 'MDMA arm (%)',
      comparatorPercent: 'Comparator arm (%)',
      citation: 'Citation',
      doi: 'DOI',
      link: 'Link',
    },
    paginationLabel: 'Pages of studies',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    rowRange: (first, last, total) => `Studies ${first} to ${last} of ${total}`,
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
  },
  es: {
    captionTitle: 'Ensayos clínicos de la terapia asistida con MDMA: diseño, participantes y resultados.',
    regionLabel: 'Tabla de estudios',
    captionSourceBundled: 'Fuente: los informes de los ensayos y las páginas enumeradas en Fuentes.',
    captionSourceHost: 'Fuente: los estudios y referencias que aporta este sitio web.',
    sortableHint: 'Las columnas con un botón en su encabezado se pueden ordenar.',
    detailsHint: 'Detalles muestra un estudio completo: diseño, grupos, variables y resultados.',
    columns: {
      study: 'Estudio',
      phase: 'Fase',
      design: 'Diseño',
      condition: 'Afección',
      participants: 'Participantes',
      comparator: 'Comparador',
      'primary-outcome': 'Variable principal',
      result: 'Resultado principal',
      outcome: 'Resultado: MDMA frente al comparador',
      'effect-size': 'Tamaño del efecto',
    },
    ascending: 'ascendente',
    descending: 'descendente',
    sorted: (column, direction) => `Ordenado por ${column}, ${direction}`,
    sortNotes: { study: 'por año', outcome: 'por el grupo MDMA, dentro de cada tipo de resultado' },
    phase: (phase) => `Fase ${phase}`,
    details: 'Detalles',
    arms: 'Participantes en cada grupo',
    timepoint: 'Momento',
    mdmaArm: 'MDMA',
    comparatorArm: 'Comparador',
    outcomeTerms: {
      response: 'Respuesta',
      'no-longer-meeting-criteria': 'Ya no cumple los criterios',
      remission: 'Remisión',
    },
    footnotesTitle: 'Términos de resultado',
    outcomeTermDefinitions: {
      response:
        'los síntomas mejoraron lo suficiente para contar como respuesta clínica, según la definición de los autores del estudio. El umbral cambia entre estudios, y cada fila indica la definición usada.',
      'no-longer-meeting-criteria':
        'en el momento indicado, la persona ya no cumplía los criterios diagnósticos del TEPT en la evaluación clínica del estudio. No es lo mismo que la remisión, que exige todavía menos síntomas.',
      remission:
        'los síntomas bajaron a un nivel mínimo definido por los autores del estudio, por debajo del necesario para dejar de cumplir los criterios. La definición cambia entre estudios.',
    },
    noMatches: 'Ningún estudio coincide con esta selección.',
    downloadCsv: 'Descargar CSV',
    csvFileName: 'estudios-terapia-mdma.csv',
    csv: {
      year: 'Año',
      primaryOutcomeTimepoint: 'Momento de la variable principal',
      outcomeDefinition: 'Definición del resultado',
      outcomeTimepoint: 'Momento del resultado',
      mdmaPercent: 'Grupo MDMA (%)',
      comparatorPercent: 'Grupo comparador (%)',
      citation: 'Cita',
      doi: 'DOI',
      link: 'Enlace',
    },
    paginationLabel: 'Páginas de estudios',
    previousPage: 'Página anterior',
    nextPage: 'Página siguiente',
    rowRange: (first, last, total) => `Estudios ${first} a ${last} de ${total}`,
    pageOf: (page, pages) => `Página ${page} de ${pages}`,
  },
};
