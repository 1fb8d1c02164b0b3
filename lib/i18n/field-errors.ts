import type { DatePart } from '@/lib/policy/date-parts'
import type { FieldProblem, FieldProblemCode } from '@/lib/policy/field-problems'
import type { FormField } from '@/lib/policy/refund-form'
import type { DateFieldName } from '@/lib/policy/refund-query'

/**
 * The words for each field problem (lib/policy/field-problems.ts), one catalogue per
 * language. Typed by the problem codes, so a code without words in a language fails the
 * typecheck. The page, the API and the calendar file all say a problem through here.
 */
export type FieldErrorTexts = {
  readonly [C in FieldProblemCode]: (
    field: MessageField,
    problem: Extract<FieldProblem, { code: C }>,
  ) => string
}

/** A field a problem can be on: the form's, or the API's `lang`. */
export type MessageField = FormField | 'lang'

/** How the contract names its dates (a shared link, the API). */
const contractDates: Record<DateFieldName, string> = {
  paid: 'Payment date',
  trialStart: 'Trial start date',
  today: "Today's date",
  start: 'Start date',
}
/** How the form names its dates (three boxes each). */
const formDates: Record<DateFieldName, string> = {
  paid: 'The date you paid',
  trialStart: 'The date your free trial started',
  start: 'The start date',
  today: 'The date to check for',
}
const partNames: Record<DatePart, string> = { day: 'a day', month: 'a month', year: 'a year' }
const yesNoQuestions: Partial<Record<MessageField, string>> = {
  certificate: 'Certificate earned',
  renewal: 'Renewal payment',
  upgrade: 'Upgrade from another product or plan',
  accessed: 'Opened paid content',
}
const unanswered: Partial<Record<MessageField, string>> = {
  renewal: 'Say whether this payment was a renewal.',
  certificate: 'Say whether you have earned a certificate with this purchase.',
  upgrade: 'Say whether this payment was for an upgrade from another product or plan.',
  accessed: 'Say whether you have opened graded assignments or other paid parts of it.',
  region: 'Choose where you live.',
  startAfter: 'Say whether the course or Specialization started after you paid.',
}
const dateOf = (names: Record<DateFieldName, string>, field: MessageField) =>
  names[field as DateFieldName] ?? field

export const fieldErrorsEn: FieldErrorTexts = {
  repeated: (field) => `Give ${field} only once.`,
  missing: (field) => (field === 'channel' ? 'Choose who charged you.' : 'Choose what you bought.'),
  'not-listed': (field, { allowed }) => {
    const list = allowed.join(', ')
    if (field === 'product') return `Choose what you bought from the list: ${list}.`
    if (field === 'channel') return `Choose who charged you: ${list}.`
    if (field === 'region') return `Choose where you live: ${list}.`
    if (field === 'lang') return `Choose the language of the messages: ${list}.`
    return `Choose one of: ${list}.`
  },
  'date-shape': (field) =>
    `${dateOf(contractDates, field)} must be written as year-month-day, for example 2026-11-02.`,
  'date-not-real': (field, { value }) =>
    `${dateOf(contractDates, field)} ${value} does not exist. Check the day and the month.`,
  'date-future': (field) => `${dateOf(contractDates, field)} must be today or in the past.`,
  'paid-or-trial': (field) =>
    field === 'trialStart'
      ? 'Enter the date your free trial started, or the date you paid.'
      : 'Enter the date you paid, or the date your free trial started.',
  'paid-and-trial': (field) =>
    field === 'trialStart'
      ? 'Enter a trial start date or a payment date, not both. If your trial has ended and you paid, leave this empty.'
      : 'Enter a payment date or a trial start date, not both. If you have paid, leave the trial start empty.',
  'trial-days': (_field, { min, max }) =>
    `Trial length must be a whole number of days from ${min} to ${max}.`,
  'yes-no': (field) => `${yesNoQuestions[field] ?? field}: answer yes or no.`,
  'upgrade-renewal': () =>
    'An upgrade is the first payment of the new plan, not a renewal. Answer no to one of the two questions.',
  'upgrade-not-plan': () =>
    'Only a subscription plan can be upgraded to. For a course, Guided Project, degree or organisation payment, answer no.',
  'start-before-paid': () =>
    'Start date must be on or after the payment date. If the course had already started when you paid, leave it empty.',
  'date-parts-missing': (field, { parts }) =>
    `${dateOf(formDates, field)} must include ${parts.map((p) => partNames[p]).join(' and ')}.`,
  'date-not-numbers': (field) =>
    `${dateOf(formDates, field)} must be a real date, written in numbers, for example 2 11 2026.`,
  'date-short-year': (field) =>
    `${dateOf(formDates, field)} must have a year of 4 numbers, for example 2026.`,
  unanswered: (field) => unanswered[field] ?? `Answer the question about ${field}.`,
  'start-missing': () => 'Enter the day the course or Specialization started, or will start.',
}

/* French: « : » takes a no-break space before it; the contract's values (yes, no, the lists)
   stay as the query writes them, since a link answers the same in both languages. */
const nb = '\u00a0'
const contractDatesFr: Record<DateFieldName, string> = {
  paid: 'La date de paiement',
  trialStart: 'La date de début de l’essai',
  today: 'La date du jour',
  start: 'La date de début',
}
const formDatesFr: Record<DateFieldName, string> = {
  paid: 'La date de votre paiement',
  trialStart: 'La date de début de votre essai gratuit',
  start: 'La date de début',
  today: 'La date à vérifier',
}
const partNamesFr: Record<DatePart, string> = {
  day: 'un jour',
  month: 'un mois',
  year: 'une année',
}
const yesNoQuestionsFr: Partial<Record<MessageField, string>> = {
  certificate: 'Certificat obtenu',
  renewal: 'Paiement de renouvellement',
  upgrade: 'Changement depuis un autre produit ou une autre offre',
  accessed: 'Contenu payant ouvert',
}
const unansweredFr: Partial<Record<MessageField, string>> = {
  renewal: 'Indiquez si ce paiement était un renouvellement.',
  certificate: 'Indiquez si vous avez obtenu un certificat avec cet achat.',
  upgrade:
    'Indiquez si ce paiement correspondait à un changement depuis un autre produit ou une autre offre.',
  accessed:
    'Indiquez si vous avez ouvert des devoirs notés ou d’autres parties payantes de cet achat.',
  region: 'Choisissez où vous habitez.',
  startAfter: 'Indiquez si le cours ou la Specialization a commencé après votre paiement.',
}

export const fieldErrorsFr: FieldErrorTexts = {
  repeated: (field) => `Indiquez ${field} une seule fois.`,
  missing: (field) =>
    field === 'channel' ? 'Choisissez qui vous a débité.' : 'Choisissez ce que vous avez acheté.',
  'not-listed': (field, { allowed }) => {
    const list = allowed.join(', ')
    if (field === 'product')
      return `Choisissez ce que vous avez acheté dans la liste${nb}: ${list}.`
    if (field === 'channel') return `Choisissez qui vous a débité${nb}: ${list}.`
    if (field === 'region') return `Choisissez où vous habitez${nb}: ${list}.`
    if (field === 'lang') return `Choisissez la langue des messages${nb}: ${list}.`
    return `Choisissez parmi${nb}: ${list}.`
  },
  'date-shape': (field) =>
    `${dateOf(contractDatesFr, field)} doit s’écrire année-mois-jour, par exemple 2026-11-02.`,
  'date-not-real': (field, { value }) =>
    `${dateOf(contractDatesFr, field)} ${value} n’existe pas. Vérifiez le jour et le mois.`,
  'date-future': (field) =>
    `${dateOf(contractDatesFr, field)} doit être aujourd’hui ou dans le passé.`,
  'paid-or-trial': (field) =>
    field === 'trialStart'
      ? 'Indiquez la date de début de votre essai gratuit, ou la date de votre paiement.'
      : 'Indiquez la date de votre paiement, ou la date de début de votre essai gratuit.',
  'paid-and-trial': (field) =>
    field === 'trialStart'
      ? 'Indiquez une date de début d’essai ou une date de paiement, pas les deux. Si votre essai est terminé et que vous avez payé, laissez ce champ vide.'
      : 'Indiquez une date de paiement ou une date de début d’essai, pas les deux. Si vous avez payé, laissez vide la date de début d’essai.',
  'trial-days': (_field, { min, max }) =>
    `La durée de l’essai doit être un nombre entier de jours, de ${min} à ${max}.`,
  'yes-no': (field) => `${yesNoQuestionsFr[field] ?? field}${nb}: répondez yes ou no.`,
  'upgrade-renewal': () =>
    'Un changement d’offre est le premier paiement de la nouvelle offre, pas un renouvellement. Répondez non à l’une des deux questions.',
  'upgrade-not-plan': () =>
    'Seul un abonnement peut faire l’objet d’un changement d’offre. Pour un cours, un Guided Project, un diplôme ou un paiement par une organisation, répondez non.',
  'start-before-paid': () =>
    'La date de début doit être le jour du paiement ou un jour suivant. Si le cours avait déjà commencé quand vous avez payé, laissez ce champ vide.',
  'date-parts-missing': (field, { parts }) =>
    `${dateOf(formDatesFr, field)} doit comporter ${parts.map((p) => partNamesFr[p]).join(' et ')}.`,
  'date-not-numbers': (field) =>
    `${dateOf(formDatesFr, field)} doit être une vraie date, écrite en chiffres, par exemple 2 11 2026.`,
  'date-short-year': (field) =>
    `${dateOf(formDatesFr, field)} doit avoir une année de 4 chiffres, par exemple 2026.`,
  unanswered: (field) => unansweredFr[field] ?? `Répondez à la question ${field}.`,
  'start-missing': () =>
    'Indiquez le jour où le cours ou la Specialization a commencé, ou commencera.',
}

/** The catalogues by language: the API's `lang` chooses one. */
export const fieldErrorTexts = { en: fieldErrorsEn, fr: fieldErrorsFr } as const
export type FieldErrorLang = keyof typeof fieldErrorTexts
export const fieldErrorLangs = Object.keys(fieldErrorTexts) as FieldErrorLang[]

/** One problem in one catalogue's words. */
export function fieldErrorMessage(
  texts: FieldErrorTexts,
  error: { field: MessageField; problem: FieldProblem },
): string {
  const say = texts[error.problem.code] as (field: MessageField, problem: FieldProblem) => string
  return say(error.field, error.problem)
}
