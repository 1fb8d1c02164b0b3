import type { ReactNode } from 'react'
import { fieldErrorsFr } from './field-errors'
import type { Messages } from './messages'
import { policyTextsFr } from './policy-texts-fr'

/*
 * The French interface strings, the same shape as the English object in ./messages.ts.
 * French typography: a no-break space (\u00a0) before « : », « ; », « ? », « ! » and inside
 * « guillemets ». Coursera's own interface labels (My Purchases, Get Refund, Learner Help
 * Center…) and product names stay in English: we have no source for Coursera's French labels.
 */

/** « 1 jour », « 2 jours »: French treats 0 and 1 as singular. */
const jours = (n: number) => `${n}\u00a0jour${Math.abs(n) < 2 ? '' : 's'}`

export const messagesFr: Messages = {
  lang: 'fr',
  /** The locale dates are spelled in (Intl), and the one share cards declare (Open Graph). */
  locale: 'fr-FR',
  ogLocale: 'fr_FR',
  colon: '\u00a0: ',
  feedTitle: 'journal des changements',
  paths: {
    home: '/fr',
    cancel: '/fr/resilier',
    refunds: '/fr/remboursements',
    charges: '/fr/debits',
    messages: '/fr/messages',
    check: '/fr/remboursements/verifier',
    deleteAccount: '/fr/supprimer-le-compte',
    faq: '/fr/faq',
    sources: '/fr/sources',
    cancelWeb: '/fr/resilier/site-web',
    cancelApple: '/fr/resilier/apple',
    cancelGoogle: '/fr/resilier/google-play',
    search: '/fr/recherche',
  },
  otherEdition: { label: 'English', lang: 'en', title: 'This page in English' },
  calendar: {
    noFile: 'Pas de fichier de calendrier pour ces réponses\u00a0:',
    trialTitle:
      'Dernier jour gratuit de l’essai Coursera\u00a0: résiliez aujourd’hui pour éviter le premier débit',
    eligibleTitle: (who: string): string => `Dernier jour pour demander un remboursement à ${who}`,
    googleTitle:
      'Les 48\u00a0heures de Google Play pour demander un remboursement se terminent aujourd’hui, à l’heure de votre achat',
    contestedTitle:
      'Dernier jour qu’un texte de Coursera a donné pour demander un remboursement (les conditions actuelles peuvent le refuser)',
    nothingAhead:
      'Cette réponse n’a plus de date limite à venir\u00a0: il n’y a rien à mettre dans un calendrier.',
    answer: 'Votre réponse, avec ses sources\u00a0:',
    failed: 'Impossible de créer le fichier de calendrier.',
    filename: 'date-limite-remboursement-coursera.ics',
  },
  openData: {
    title: 'Données ouvertes et flux des changements',
    feed: 'Journal des changements en flux Atom',
    feedWhy:
      'Ajoutez-le à un lecteur de flux pour apprendre chaque changement des conditions de remboursement de Coursera et chaque correction que nous faisons.',
    policy: 'Table des règles en JSON',
    policyWhy: 'Chaque règle, lecture et source de cette page, avec ses dates.',
    openapi: 'Description de l’API (OpenAPI)',
    openapiWhy: (check: ReactNode, policy: ReactNode): ReactNode[] => [
      'Comment demander à ',
      check,
      ' une date limite de remboursement, et ce que renvoie ',
      policy,
      '.',
    ],
    licence: 'Licence\u00a0:',
    covers:
      'Nos propres données : la table des règles, les lectures et nos résumés, la liste des sources avec leurs dates et niveaux de confiance, le journal des changements et les réponses de la vérification. Réutilisez-les librement en citant « Leaving Coursera » et en renvoyant à la page d’origine.',
    excludes:
      'Les clauses citées des conditions d’utilisation, de la politique de confidentialité et des pages d’aide de Coursera, ou de toute autre source, ne sont pas à nous : elles restent soumises aux conditions de leurs auteurs. Il en va de même des noms et des marques.',
  },
  /** What a screen reader calls a callout box without a title. */
  callout: { note: 'Remarque', warning: 'Attention' },
  siteTagline:
    'Résilier, être remboursé, supprimer votre compte\u00a0: des étapes sourcées et datées.',
  skipToContent: 'Aller au contenu principal',
  nav: {
    label: 'Menu principal',
    home: 'Accueil',
    cancel: 'Résilier',
    refunds: 'Remboursement',
    check: 'Vérifier le délai',
    delete: 'Supprimer le compte',
    charges: 'Débits',
    messages: 'Messages',
    faq: 'FAQ',
  },
  breadcrumbsLabel: 'Fil d’Ariane',
  footer: {
    disclaimer:
      'Un guide indépendant, sans lien avec Coursera, Apple ou Google, qui ne l’approuvent ni ne le parrainent. Ce n’est pas un conseil juridique\u00a0: les textes qui font foi sont ceux que nous citons.',
    // Dates we can stand by: when our copies were stored, never a check of the live pages.
    termsStored: 'Conditions d’utilisation de Coursera enregistrées le',
    privacyStored: 'Politique de confidentialité enregistrée le',
    pageReviewed: 'Chaque page indique quand nous l’avons vérifiée pour la dernière fois.',
    sources: 'Sources et historique des changements',
    contentsLabel: 'Pied de page',
  },
  guide: {
    inShort: 'En bref',
    reviewed: 'Page vérifiée le',
    sources: 'Sources de cette page',
    sourceStored: 'enregistrée',
    sourceReviewed: 'vérifiée le',
    related: 'Guides associés',
    allSources: 'Toutes les sources, les désaccords et l’historique des changements',
    citePrefix: 'Source\u00a0: ',
    tableLabel: 'Tableau, à faire défiler sur le côté sur petit écran',
    onThisPage: 'Sur cette page',
    effort: 'Difficulté',
    effortDifficulty: { easy: 'Facile', medium: 'Moyenne', hard: 'Difficile' },
    minutes: (n: number) => `environ ${n}\u00a0minute${n < 2 ? '' : 's'}`,
    basis: 'D’après',
  },
  steps: {
    copyLink: 'Copier le lien de cette étape',
    copied: 'Lien copié',
    copyFailed: 'Copie impossible. Le lien est maintenant dans la barre d’adresse.',
    stepLabel: (n: number) => `Étape ${n}`,
    where: (guide: string, n: number, total: number) => `${guide} · étape ${n} sur ${total}`,
  },
  calculator: {
    title: 'Puis-je encore être remboursé\u00a0?',
    navTitle: 'Vérifier la date limite de remboursement',
    description:
      'Indiquez ce que vous avez acheté, qui vous a débité et quand. Voyez le dernier jour pour demander un remboursement, qui décide, et quoi faire ensuite.',
    lead: 'Répondez à quelques questions sur votre achat. Vous verrez le dernier jour pour demander à être remboursé, qui décide, et quoi faire ensuite.',
    privacy:
      'Rien de ce que vous saisissez n’est enregistré. Vos réponses vont seulement dans l’adresse de cette page, pour que vous puissiez la partager ou l’ajouter à vos favoris.',
    errorTitle: 'Il y a un problème',
    errorPrefix: 'Erreur\u00a0: ',
    product: {
      legend: 'Qu’avez-vous payé\u00a0?',
      hint: 'En cas de doute, regardez dans My Purchases sur coursera.org ou dans votre reçu par e-mail.',
    },
    channel: {
      legend: 'Qui vous a débité\u00a0?',
      hint: 'Le nom sur votre relevé bancaire ou sur votre reçu vous l’indique.',
      help: 'Vous ne savez pas\u00a0? Voyez à quoi ressemble chaque débit',
    },
    kind: {
      legend: 'Avez-vous payé, ou êtes-vous en période d’essai gratuite\u00a0?',
      paid: 'J’ai payé',
      trial: 'Je suis en période d’essai gratuite, ou elle vient de finir',
    },
    paid: {
      label: 'Date du paiement',
      hint: 'Comme sur votre reçu. Par exemple, 2 11 2026.',
    },
    dateParts: { day: 'Jour', month: 'Mois', year: 'Année' },
    upgrade: {
      legend:
        'Était-ce un passage à une formule supérieure, depuis un autre produit ou une autre formule Coursera\u00a0?',
      hint: 'Par exemple d’un cours à l’unité vers Coursera Plus, ou de Plus mensuel à Plus annuel\u00a0: le premier paiement de la nouvelle formule.',
      no: 'Non',
      yes: 'Oui, une formule supérieure',
    },
    startAfter: {
      legend: 'Le cours ou la Specialization a-t-il commencé après votre paiement\u00a0?',
      hint: 'Si vous avez payé avant son lancement, ou avant votre inscription, les jours comptent à partir du début.',
      no: 'Non, c’était déjà commencé',
      yes: 'Oui, plus tard (ou ce n’est pas encore commencé)',
    },
    start: {
      label: 'Le jour du début, passé ou à venir',
      hint: 'Par exemple, 16 11 2026.',
    },
    accessed: {
      legend: 'Avez-vous ouvert des devoirs notés ou d’autres parties payantes\u00a0?',
      hint: 'Tout ce que vous ne pouviez ouvrir qu’après avoir payé\u00a0: quiz et devoirs notés, projets, certificats.',
      no: 'Non',
      yes: 'Oui',
    },
    renewal: {
      legend: 'Était-ce un renouvellement\u00a0?',
      hint: 'Un renouvellement, c’est tout paiement d’un abonnement après le premier.',
      no: 'Non, le premier paiement',
      yes: 'Oui, un renouvellement',
    },
    certificate: {
      legend: 'Avez-vous obtenu un certificat avec cet achat\u00a0?',
      no: 'Non',
      yes: 'Oui',
    },
    trialStart: {
      label: 'Date de début de la période d’essai gratuite',
      hint: 'Par exemple, 1 11 2026.',
    },
    trialDays: {
      label: 'Durée de la période d’essai gratuite, en jours',
      hint: 'La page de paiement indiquait sa durée. Les anciens essais duraient 7 jours.',
    },
    region: {
      legend: 'Où habitez-vous\u00a0?',
      hint: 'Dans l’UE et au Royaume-Uni, les acheteurs ont un droit légal de rétractation pour les achats en ligne.',
    },
    today: {
      summary: 'Vérifier pour un autre jour',
      label: 'Date du jour',
      hint: 'Laissez vide pour utiliser la date d’aujourd’hui. Remplissez ce champ si votre date diffère de la nôtre, ou pour voir la réponse d’un autre jour.',
    },
    submit: 'Vérifier mon remboursement',
    update: 'Mettre à jour la réponse',
    resultTitle: 'Votre réponse',
    countedFor: 'Calculé pour le',
    countedForUtc:
      '(aujourd’hui en UTC\u00a0; si votre date est différente, indiquez-la sous «\u00a0Vérifier pour un autre jour\u00a0»)',
    verdictLabel: 'Résultat',
    deadlineLabel: 'Dernier jour donné par un texte de Coursera, quel qu’il soit',
    safeDeadlineLabel: 'Dernier jour selon les conditions actuelles de Coursera',
    deadlineOlderPagesLabel: 'Dernier jour selon d’anciennes pages de Coursera',
    deadlineTrialWindowLabel:
      'Dernier jour des 7\u00a0jours prévus par les conditions actuelles, si aucun essai gratuit ne les a consommés',
    deadlineAccessedLabel:
      'Dernier jour selon d’anciennes conditions de Coursera (sans règle sur le contenu ouvert)',
    googleSafeLabel: 'Sûrement dans les 48\u00a0heures de Google jusqu’à la fin du',
    googleDeadlineLabel:
      'Les 48\u00a0heures de Google finissent ce jour-là, à l’heure de votre achat',
    lastFreeDayLabel: 'Dernier jour gratuit',
    firstChargeLabel: 'Premier débit prévu',
    whereLabel: 'Où demander',
    myPurchases: 'My Purchases sur coursera.org',
    daysLeft: (n: number) =>
      n > 1
        ? `il reste ${jours(n)}`
        : n === 1
          ? 'il reste 1\u00a0jour\u00a0: demain est le dernier jour'
          : n === 0
            ? 'aujourd’hui est le dernier jour'
            : `c’était il y a ${jours(-n)}`,
    verdicts: {
      eligible: 'Vous pouvez encore demander un remboursement',
      contested: 'Peut-être\u00a0: les sources ne sont pas d’accord',
      closed: 'Le délai de remboursement est passé',
      'not-refundable': 'Non remboursable',
      elsewhere: 'Quelqu’un d’autre décide',
      trial: 'Essai gratuit\u00a0: résiliez à temps',
      'trial-ended': 'L’essai gratuit est terminé',
    },
    statutoryTitle: (region: string): string =>
      region === 'uk' ? 'Droit d’annulation au Royaume-Uni' : 'Droit de rétractation dans l’UE',
    statutoryLine: 'Dernier jour du délai légal de rétractation',
    ruleTitle: 'La règle sur laquelle repose cette réponse',
    readingsTitle: 'Les sources ne sont pas d’accord\u00a0: les deux lectures',
    caveatsTitle: 'Avant de demander',
    sourcesTitle: 'Sources',
    reviewedOn: 'Règle vérifiée auprès de ses sources le',
    rulesVersion: 'Version des règles',
    since: 'depuis le',
    until: 'jusqu’au',
    nextTitle: 'Et maintenant',
    calendar: 'Ajouter la date limite à mon agenda (.ics, avec un rappel la veille)',
    message: 'Obtenir une demande de remboursement prête à envoyer',
    cancelGuide: 'Comment résilier, pour ne plus être débité',
    copyAnswer: 'Copier un lien vers cette réponse',
    copied: 'Lien copié',
    headlines: {
      eligible: (date: ReactNode, days: number, fromStart: boolean) => [
        'Demandez votre remboursement à Coursera au plus tard le ',
        date,
        `. Les conditions actuelles de Coursera donnent ${jours(days)} à partir ${fromStart ? 'du début' : 'de votre paiement'}.`,
      ],
      olderLonger: (days: number, date: ReactNode) => [
        ` D’anciennes pages de Coursera indiquaient ${jours(days)}, jusqu’au `,
        date,
        '.',
      ],
      contestedOlderPages: (date: ReactNode, days: number) => [
        'Les conditions actuelles de Coursera ne remboursent aucune formule d’abonnement, sauf si la loi l’exige. ',
        `D’anciennes pages de Coursera indiquaient ${jours(days)} à partir de votre paiement\u00a0: si vous demandez, faites-le au plus tard le `,
        date,
        ', et attendez-vous à un refus.',
      ],
      contestedTrialWindow: (date: ReactNode, days: number) => [
        `Les conditions actuelles de Coursera permettent un remboursement dans les ${jours(days)} suivant l’inscription\u00a0: demandez au plus tard le `,
        date,
        `. Si votre abonnement a commencé par un essai gratuit, ces ${jours(days)} se sont écoulés avant votre premier paiement, et les conditions ne prévoient aucun délai pour ce paiement.`,
      ],
      contestedAccessed: (date: ReactNode) => [
        'Vous avez ouvert du contenu payant, et depuis le 13 mars 2026 les conditions actuelles de Coursera refusent tout remboursement après cela. D’anciennes conditions de Coursera n’avaient pas cette règle\u00a0: si vous demandez quand même, faites-le au plus tard le ',
        date,
        ', et attendez-vous à un refus.',
      ],
      contestedSafePassed: (safe: ReactNode, safeDays: number, date: ReactNode, days: number) => [
        `Les conditions actuelles de Coursera donnent ${jours(safeDays)}\u00a0: ce délai a pris fin le `,
        safe,
        `. D’anciennes pages de Coursera indiquaient ${jours(days)}, jusqu’au `,
        date,
        '\u00a0: demandez maintenant, et attendez-vous à un refus.',
      ],
      closed: (date: ReactNode) => ['Le délai de remboursement a pris fin le ', date, '.'],
      notRefundable: () => ['Ce paiement ne peut être remboursé selon aucune lecture des règles.'],
      apple: () => [
        'C’est Apple qui décide. Demandez un remboursement à Apple sur reportaproblem.apple.com dès que possible.',
      ],
      googleOpen: (sure: ReactNode, date: ReactNode) => [
        'Demandez un remboursement à Google Play dans les 48\u00a0heures suivant l’heure de votre achat. Jusqu’à la fin du ',
        sure,
        ', vous êtes sûrement dans ce délai\u00a0; le ',
        date,
        ', seulement jusqu’à l’heure de votre achat.',
      ],
      googlePassed: () => [
        'Les 48\u00a0heures de Google Play sont passées. L’aide de Google dit que c’est désormais le développeur de l’application qui décide, mais les conditions de Coursera disent que Coursera ne traite pas les remboursements des boutiques d’applications. Demandez d’abord à Google Play\u00a0; s’il refuse, demandez au support de Coursera, et gardez chaque réponse par écrit.',
      ],
      university: () => [
        'C’est votre université qui décide. Renseignez-vous sur sa politique de remboursement auprès du bureau de votre programme.',
      ],
      organization: () => [
        'C’est votre organisation qui a payé. Adressez-vous à la personne qui y gère Coursera.',
      ],
      trial: (lastFree: ReactNode, firstCharge: ReactNode) => [
        'Résiliez avant la fin du ',
        lastFree,
        ' pour éviter le premier débit, prévu le ',
        firstCharge,
        '.',
      ],
      appleTrial:
        ' Facturé par Apple\u00a0? Résiliez au moins un jour (24\u00a0heures) avant la fin de l’essai\u00a0: des copies non officielles de l’aide d’Apple le conseillent.',
      trialEnded: (lastFree: ReactNode, firstCharge: ReactNode) => [
        'Votre essai gratuit a pris fin le ',
        lastFree,
        '. Le premier débit était prévu le ',
        firstCharge,
        '.',
      ],
      cancelToo: ' Résiliez aussi l’abonnement, sinon le prochain paiement sera prélevé.',
      renewalNoWithdrawal:
        ' Un renouvellement n’ouvre pas de nouveau délai légal de rétractation\u00a0: les 14\u00a0jours ont couru à partir du début de votre abonnement.',
      statutoryOpen: (date: ReactNode) => [
        ' Vous avez peut-être encore un droit légal de rétractation jusqu’au ',
        date,
        '\u00a0: voir plus bas.',
      ],
      checkPaymentAfterTrial: 'Vérifier un remboursement du premier paiement',
    },
    timelineTitle: 'Chronologie',
    timelineToday: 'Aujourd’hui',
    timelineTo: 'jusqu’au',
    timelinePaid: 'Paiement',
    timelineTrialStart: 'Début de l’essai',
    timelineStrict: 'Conditions actuelles de Coursera',
    timelineGenerous: 'Anciennes pages de Coursera',
    timelineTrialWindow:
      'Conditions actuelles, si aucun essai gratuit n’a consommé les 7\u00a0jours',
    timelineBeforeAccess: 'Anciennes conditions, sans la règle sur le contenu ouvert',
    timelineGoogleSure: 'Sûrement dans les 48\u00a0heures de Google',
    timelineGoogle: 'Les 48\u00a0heures de Google, jusqu’à l’heure de votre achat',
    timelineStatutory: 'Délai légal de rétractation',
    timelineTrial: 'Essai gratuit',
    keyDates: 'Dates clés',
    quick: {
      title: 'Vérification rapide',
      lead: 'La version courte. La vérification complète pose plus de questions et montre chaque source.',
      submit: 'Vérifier',
      more: 'Plus de détails (renouvellement, formule supérieure, certificat, essai gratuit, autre jour)',
      // One text per case, {n} filled in by the script; "past" is never 0, and "j" (jour or
      // jours) reads right for 1 as for more.
      daysLeft: {
        many: 'il reste {n}\u00a0jours',
        one: 'il reste 1\u00a0jour\u00a0: demain est le dernier jour',
        zero: 'aujourd’hui est le dernier jour',
        past: 'c’était il y a {n}\u00a0jours',
        pastOne: 'c’était hier',
      },
      fromPayment:
        'Compté à partir de votre paiement. Vous avez acheté un cours avant son début\u00a0? La vérification complète compte à partir du début.',
      full: 'Voir la réponse complète, avec les sources et la chronologie',
      loading: 'Vérification…',
      failed: 'Vérification impossible pour le moment. Utilisez plutôt la vérification complète.',
      choose: 'Choisir…',
      placeholder:
        'Votre réponse s’affiche ici une fois toutes les questions ci-dessus remplies. Sans JavaScript, «\u00a0Vérifier\u00a0» ouvre la réponse complète.',
      productLabel: 'Qu’avez-vous payé\u00a0?',
      channelLabel: 'Qui vous a débité\u00a0?',
    },
  },
  /** What is wrong with a field of the refund check, in words (lib/i18n/field-errors.ts). */
  fieldErrors: fieldErrorsFr,
  /** The rule table's words (lib/i18n/policy-texts-fr.ts). */
  policyTexts: policyTextsFr,
  policy: {
    days: (n: number | null) => (n === null ? 'Aucun remboursement' : jours(n)),
    notCoursera: 'Pas Coursera',
    noWindow: 'Aucun délai publié',
    standing: {
      binding: 'Conditions actuelles',
      stale: 'Anciennes pages',
      other: 'Autres sources',
    },
    since: 'depuis le',
    until: 'jusqu’au',
    sources: 'Sources',
    checked: 'Vérifiée le',
    tableCaption:
      'Règles de remboursement par produit, selon la lecture stricte et la lecture favorable',
    tableHead: ['Votre achat', 'Conditions actuelles', 'Source la plus favorable', 'Qui décide'],
    trust: 'Fiabilité',
    stored: 'Date',
    sourceReviewed: 'Vérifiée dans notre base de faits le',
    id: 'Identifiant',
    note: 'Remarque',
    weSay: 'Ce que nous en disons\u00a0:',
    factsReviewed: 'Base de faits vérifiée le',
    rulesVersion: 'version des règles',
    openData: 'Le tableau des règles est en données ouvertes à l’adresse',
    shareTagline: 'Indépendant, sourcé, daté',
    reviewed: 'Vérifié le',
  },
  checklist: {
    privacy:
      'Avec JavaScript activé, vous pouvez cocher chaque point au fur et à mesure. Vos coches restent uniquement dans ce navigateur (son stockage local)\u00a0: rien ne quitte votre appareil, et vous pouvez les effacer à tout moment.',
    total: '{total}\u00a0points',
    progress: 'Cochés\u00a0: {done} sur {total}',
    reset: 'Effacer toutes les coches',
    resetConfirm: 'Effacer toutes les coches de cette liste\u00a0?',
    notSaved:
      'Ce navigateur n’enregistre pas vos coches\u00a0: elles disparaîtront quand vous quitterez la page.',
  },
  readyMessages: {
    textLabel: 'Message',
    blankPrefix: 'À compléter\u00a0:',
    copy: 'Copier le message',
    copied: 'Copié',
    copyFailed:
      'Copie impossible. Le texte est sélectionné\u00a0: copiez-le avec la commande Copier de votre appareil.',
    copyWithoutScripts: 'Pour copier, sélectionnez le texte du message.',
    dateLocale: 'fr-FR',
    /**
     * What Coursera's current Terms say for each product, for the refund request a link from
     * the refund check fills in: lines of a French letter to Coursera's support. An older,
     * longer period is mentioned only as such.
     */
    policyLines: {
      'plus-annual':
        'Les conditions d’utilisation de Coursera permettent le remboursement du premier paiement d’une formule annuelle dans les 14\u00a0jours.',
      'plus-monthly':
        'Les conditions d’utilisation actuelles de Coursera ne remboursent les formules d’abonnement que si la loi l’exige ou dans les cas que Coursera indique. D’anciennes pages de Coursera proposaient un remboursement dans les 14\u00a0jours suivant un paiement, et je vous demande d’examiner ma demande.',
      lite: 'Les conditions d’utilisation actuelles de Coursera ne remboursent les formules d’abonnement que si la loi l’exige ou dans les cas que Coursera indique. D’anciennes conditions d’utilisation de Coursera prévoyaient 14\u00a0jours dans leur section sur Coursera Lite et Coursera Plus, et je vous demande d’examiner ma demande.',
      'specialization-monthly':
        'Les conditions d’utilisation de Coursera permettent le remboursement d’un abonnement à une Specialization dans les 7\u00a0jours, avant l’obtention d’un certificat.',
      course:
        'Les conditions d’utilisation de Coursera permettent un remboursement dans les 7\u00a0jours suivant le paiement (suivant le lancement, pour un cours acheté avant son début), avant l’obtention d’un certificat.',
    },
    prefill: {
      intro:
        'Les mots [entre crochets] sont des blancs à compléter. Vous venez de la vérification du remboursement\u00a0? Avec JavaScript activé, le produit et les dates de son lien sont remplis pour vous.',
      used: 'Rempli d’après votre lien\u00a0: {fields}. Vérifiez avant d’envoyer.',
      rejected:
        'Certains détails du lien n’ont pas pu être utilisés\u00a0: {fields}. Complétez-les vous-même.',
      otherRegion:
        'La déclaration de rétractation ne concerne que les acheteurs de l’UE et du Royaume-Uni.',
      fieldNames: {
        product: 'produit',
        paid: 'date du paiement',
        deadline: 'date limite de remboursement',
        region: 'région',
      },
    },
  },
  notFound: {
    title: 'Page introuvable',
    lead: 'Il n’y a pas de page à cette adresse. Elle a peut-être été mal saisie, ou le lien qui vous a mené ici était incomplet.',
    guidesHeading: 'Les guides de ce site',
  },
  search: {
    label: 'Chercher dans les guides',
    button: 'Chercher',
    placeholder: 'ex.\u00a0: résilier sur iPhone',
    title: 'Recherche',
    description:
      'Cherchez dans les guides sur la résiliation de Coursera, les remboursements et la suppression du compte.',
    resultsFor: (query: string): string => `Résultats pour «\u00a0${query}\u00a0»`,
    count: (n: number): string =>
      n === 1
        ? 'Un endroit répond à cette recherche.'
        : `${n} endroits répondent à cette recherche, le plus pertinent d’abord.`,
    listLabel: 'Résultats',
    noResults: (query: string): string =>
      `Rien sur ce site ne correspond à «\u00a0${query}\u00a0».`,
    noResultsHelp: 'Essayez d’autres mots, ou partez de ce que vous voulez faire\u00a0:',
    start: 'Tapez ce que vous cherchez, avec vos propres mots.',
    refundOffer: 'Vous voulez savoir si vous pouvez encore être remboursé, et jusqu’à quand\u00a0?',
    refundOfferLink: 'Vérifiez vos dates avec le vérificateur de remboursement',
    doors: {
      cancel: {
        title: 'Arrêter de payer',
        text: 'Résiliez là où vous êtes facturé\u00a0: le site web, l’application, Apple ou Google Play.',
      },
      refunds: {
        title: 'Être remboursé',
        text: 'Ce que permet chaque achat, et comment le demander.',
      },
      deleteAccount: {
        title: 'Tout supprimer',
        text: 'Gardez d’abord vos certificats, puis supprimez le compte.',
      },
    },
    live: {
      searching: 'Recherche en cours…',
      none: 'Pas encore de résultat. Appuyez sur Entrée pour chercher.',
      one: '1 résultat',
      many: '{n} résultats',
      all: 'Tous les résultats',
      failed: 'La recherche a échoué. Appuyez sur Entrée pour réessayer.',
    },
    errors: {
      missing: 'Tapez ce que vous cherchez, par exemple\u00a0: remboursement après 10 jours.',
      tooLong: (max: number, given: number): string =>
        `La recherche doit faire au plus ${max} caractères\u00a0; celle-ci en fait ${given}.`,
      repeated: (field: string): string => `Indiquez ${field} une seule fois.`,
      lang: (allowed: readonly string[]): string =>
        `Choisissez la langue des résultats\u00a0: ${allowed.join(', ')}.`,
    },
  },
}
