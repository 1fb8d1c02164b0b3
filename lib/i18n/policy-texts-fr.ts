import type { PolicyTexts } from './policy-texts'

/**
 * The French catalogue of the rule table's words: same keys and readings as policyTextsEn in
 * ./policy-texts.ts. Coursera's, Apple's and Google's interface labels and product names stay
 * in English, as the English catalogue gives them. French punctuation uses a no-break space
 * (U+00A0) before colons, semicolons, question and exclamation marks, and inside guillemets.
 */

/** Readings several rules share: the same words wherever they appear. */
const marketplace =
  "C'est la politique de remboursement de la boutique d'applications qui s'applique, et Coursera ne traite pas le remboursement."
const plansNotRefunded =
  "Les formules d'abonnement ne sont pas remboursées, sauf si la loi l'impose, quand vous annulez un passage à une formule supérieure, ou quand Coursera indique le contraire."
const upgradeWithinSevenDays =
  "Après un passage à une formule supérieure sans période d'essai gratuite, un remboursement dans les 7 jours suivant le premier paiement ou le début de la nouvelle formule, selon ce qui arrive en premier."

export const policyTextsFr: PolicyTexts = {
  changes: {
    'terms-2025-10-01': {
      change:
        "Règles de remboursement réécrites. Cours et Specializations payés en une fois : 7 jours à partir du paiement au lieu de 14, ou avant un certificat. Formules d'abonnement : aucun remboursement, sauf si la loi l'impose, en cas de passage à une formule supérieure ou dans les cas prévus ; le remboursement sous 14 jours de Coursera Plus a été supprimé. Coursera Plus annuel garde 14 jours. Coursera peut refuser un remboursement après des demandes répétées, des rétrofacturations (chargebacks) ou des remboursements déjà obtenus via une boutique d'applications, ou si vous avez terminé des travaux notés et n'êtes pas satisfait de votre résultat.",
      forReader:
        "Pour un cours payé en une fois, vous avez désormais 7 jours, et non plus 14. Coursera Plus mensuel n'a aucun délai de remboursement dans les conditions actuelles.",
    },
    'terms-2026-01-01': {
      change: 'Les conditions actuelles entrent en vigueur.',
      forReader: "Les conditions que nous citons comme actuelles s'appliquent à partir de ce jour.",
    },
    'terms-2026-03-13': {
      change: 'Plus aucun remboursement une fois le contenu premium consulté ou débloqué.',
      forReader:
        "Si vous avez ouvert des travaux notés ou d'autres parties payantes d'un achat, les conditions actuelles ne prévoient aucun remboursement, même pendant le délai de remboursement.",
    },
    'terms-2026-05-21': {
      change:
        "Les périodes d'essai gratuites ne sont plus promises pour 7 jours : la page de paiement indique leur durée.",
      forReader:
        'Vérifiez la durée de votre essai sur la page de paiement ou dans votre e-mail de confirmation.',
    },
    'terms-2026-05-27': {
      change: 'Suppression des formules prépayées proposées uniquement en Inde.',
      forReader: "Rien, sauf si vous avez acheté l'une de ces formules.",
    },
    'terms-2026-06-30': {
      change:
        "Les renouvellements annuels sont expressément non remboursables. Pour les Specializations, le délai compte à partir de l'inscription (ou du lancement, en cas de préinscription). Les abonnements à une Specialization sont remboursables pendant la période de 7 jours ou avant un certificat. Résilier ne rembourse pas à lui seul.",
      forReader:
        'Résiliez une formule annuelle avant son renouvellement. Résilier ne demande jamais de remboursement : demandez-le à part.',
    },
    'terms-2026-07-03': {
      change:
        'Un motif de refus ajouté : une part importante du contenu a été consultée avant la demande.',
      forReader:
        'Coursera peut refuser un remboursement si vous avez utilisé une grande partie du contenu avant de le demander. Les autres motifs de refus existent depuis le 1er octobre 2025.',
    },
    'site-2026-11-29-renewal-withdrawal': {
      change:
        "Un paiement de renouvellement n'ouvre pas de nouveau délai de rétractation dans l'UE, ni de nouveau délai d'annulation au Royaume-Uni. Nous comptions auparavant 14 jours à partir de chaque renouvellement.",
      forReader:
        "Si vous vivez dans l'UE ou au Royaume-Uni, les 14 jours courent à partir du début de votre abonnement, pas d'un renouvellement.",
    },
    'site-2026-11-29-google-play': {
      change:
        "Ce qui se passe avec Google Play après ses 48 heures est désormais présenté comme un désaccord entre les sources. Nous disions auparavant que Coursera décide, en tant que développeur de l'application.",
      forReader:
        "Après 48 heures, demandez d'abord à Google Play. S'il refuse, demandez au support de Coursera. Gardez chaque réponse par écrit.",
    },
    'site-2026-11-29-charges-after-deletion': {
      change:
        "Les signalements de débits après la suppression d'un compte citent désormais le guide Chargeback, qui les mentionne. Nous citions auparavant le guide ReSubs, qui ne parle pas de suppression.",
      forReader:
        'Le conseil ne change pas : résiliez chaque abonnement avant de supprimer votre compte.',
    },
    'site-2026-11-29-terms-2026-07-03': {
      change:
        'Notre entrée sur le changement de Coursera du 3 juillet 2026 est corrigée. Un seul motif de refus a été ajouté ce jour-là. Nous en listions cinq.',
      forReader:
        "Les demandes répétées, les rétrofacturations, les remboursements déjà obtenus via une boutique d'applications et l'insatisfaction après des travaux notés sont des motifs de refus depuis le 1er octobre 2025.",
    },
    'site-2026-11-29-refund-check-inputs': {
      change:
        'La vérification du remboursement pose plus de questions : Coursera Lite, passage à une formule supérieure, cours qui a commencé après votre paiement, et si vous avez ouvert du contenu payant.',
      forReader:
        "Les réponses pour ces achats étaient fausses auparavant. Vérifiez de nouveau si l'un d'eux est le vôtre.",
    },
    'site-2026-11-29-data-retention': {
      change:
        'Ajout : combien de temps Coursera conserve les données après la suppression de votre compte.',
      forReader:
        "Coursera ne conserve pas les données plus longtemps que nécessaire. Les données des vérifications d'identité (pièce d'identité avec photo, photo du visage) sont supprimées sur demande, et au plus tard 2 ans après leur collecte. Aucune source n'indique combien de temps prend la suppression.",
    },
    'site-2026-11-29-eu-withdrawal-function': {
      change:
        "Depuis le 19 juin 2026, le droit de l'UE impose une fonction de rétractation sur les sites web et les applications qui vendent aux consommateurs de l'UE. Nous le disons désormais.",
      forReader:
        'Pour vous rétracter, utilisez cette fonction si Coursera la propose, sinon le Learner Help Center. Gardez la confirmation. Le message de rétractation de notre page de messages le dit.',
    },
    'site-2026-11-29-certificate-condition': {
      change:
        "Obtenir un certificat met fin au délai de remboursement pour les cours et les Specializations seulement. Nous disions auparavant qu'un certificat met fin au délai de remboursement pour tous les produits.",
      forReader:
        "Un certificat n'empêche pas un remboursement de Coursera Plus : les conditions ne prévoient pas cette condition pour Coursera Plus.",
    },
    'site-2026-11-29-apple-trial-access': {
      change:
        "Ajout : des tiers signalent que résilier pendant une période d'essai gratuite Apple peut couper votre accès tout de suite. Notre FAQ disait auparavant que vous gardez l'accès après la résiliation, sans exception.",
      forReader:
        "Si vous résiliez un essai gratuit Apple, vous pouvez perdre l'accès le jour même.",
    },
    'site-2026-11-29-charge-without-account': {
      change:
        "Ajout : que faire face à un débit Coursera quand vous n'avez pas de compte Coursera. C'est un conseil général, pas un fait sur Coursera.",
      forReader:
        "Pas de compte, et rien dans vos abonnements Apple ou Google ? Adressez-vous d'abord à la banque qui a émis votre carte.",
    },
    'site-2026-11-29-subscribing-again': {
      change:
        "Ajout : un tiers signale qu'un abonnement résilié peut être repris, et les cours rouverts en mode audit.",
      forReader: 'Résilier ne ferme pas la porte : vous pouvez vous réabonner plus tard.',
    },
    'site-2026-11-29-stored-dates': {
      change:
        "Le pied de page indique désormais les jours où nos copies des conditions d'utilisation et de la politique de confidentialité ont été enregistrées. Il disait auparavant que les faits avaient été vérifiés le 26 novembre, ce qui laissait croire à une vérification récente des pages en ligne de Coursera.",
      forReader:
        "Notre copie la plus récente des conditions d'utilisation de Coursera date du 3 juillet 2026. Si Coursera les a modifiées depuis, nous ne le savons peut-être pas encore.",
    },
    'site-2026-11-26': {
      change:
        "Première édition : des guides de résiliation pour chaque canal de facturation, le guide des remboursements et la vérification de la date limite, la suppression du compte et sa liste de contrôle, le tout vérifié d'après la base de faits du 26 novembre 2026.",
      forReader: 'Tout le contenu de ce site est nouveau.',
    },
  },
  sources: {
    'coursera-terms': {
      short: 'Conditions de Coursera',
      title:
        "Conditions d'utilisation de Coursera (Terms of Use), en vigueur depuis le 1er janvier 2026 : politique de remboursement et de résiliation (Refund and Cancellation Policy) ; droit de rétractation des utilisateurs européens (European Users Right of Withdrawal)",
      storedNote: 'copie enregistrée le 3 juillet 2026',
    },
    'coursera-terms-2025': {
      short: 'Anciennes conditions de Coursera',
      title:
        "Conditions d'utilisation de Coursera (Terms of Use) avant la réécriture des règles de remboursement du 1er octobre 2025",
      storedNote: 'copie enregistrée le 23 septembre 2025 (Open Terms Archive, dossier Coursera/)',
    },
    'coursera-privacy': {
      short: 'Politique de confidentialité',
      title:
        'Politique de confidentialité de Coursera (Privacy Notice), dernière mise à jour le 11 mai 2026',
      storedNote: 'copie enregistrée le 12 mai 2026',
    },
    'coursera-help-cancel': {
      short: 'Aide Coursera : résilier',
      title:
        "Centre d'aide de Coursera (Help Center) : « Cancel a subscription », résilier un abonnement (article 216348123 pour les apprenants ; article plus récent learner-000001189)",
      storedNote: "la page n'indique aucune date",
    },
    'coursera-help-refunds': {
      short: 'Aide Coursera : remboursements',
      title:
        "Centre d'aide de Coursera (Help Center) : « Coursera refund policies », les règles de remboursement de Coursera (article 209819043)",
      storedNote: "la page n'indique aucune date",
      note: "Deux versions enregistrées ; la plus récente ajoute Coursera Plus et les achats sur les boutiques d'applications, mais indique toujours « 2 weeks » (2 semaines).",
    },
    'coursera-help-trial': {
      short: 'Aide Coursera : essais gratuits',
      title:
        "Centre d'aide de Coursera (Help Center) : articles sur les périodes d'essai gratuites (115001278026, 115004991443)",
      storedNote: "les pages n'indiquent aucune date",
    },
    'coursera-help-degree': {
      short: 'Aide Coursera : diplômes',
      title:
        "Centre d'aide de Coursera (Help Center) : quitter un programme diplômant (360003103012)",
      storedNote: "la page n'indique aucune date",
    },
    'coursera-help-org': {
      short: 'Aide Coursera : organisations',
      title:
        "Centre d'aide de Coursera (Help Center) : adhésions Coursera for Business et Campus (115001621606)",
      storedNote: "la page n'indique aucune date",
    },
    'coursera-help-transfer': {
      short: 'Aide Coursera : transferts',
      title:
        "Centre d'aide de Coursera (Help Center) : les paiements et les certificats ne peuvent pas passer d'un compte à un autre (208279596)",
      storedNote: "la page n'indique aucune date",
    },
    'apple-refund': {
      short: 'Apple : remboursements',
      title:
        "Assistance Apple (Apple Support) : « Request a refund for apps or content that you bought from Apple », demander le remboursement d'apps ou de contenus achetés auprès d'Apple (HT204084)",
      storedNote: "la page n'indique aucune date",
    },
    'google-play-refund': {
      short: 'Google Play : remboursements',
      title:
        'Aide Google Play (Google Play Help) : « Get refunds on Google Play purchases », se faire rembourser des achats sur Google Play (réponse 2479637), tel que cité sur des pages de tiers',
      storedNote: 'aucune date indiquée ; lu dans des copies de tiers',
    },
    'google-play-cancel-3p': {
      short: 'Google Play : résilier',
      title:
        'Aide Google Play (Google Play Help) : « Cancel, pause, or change a subscription », résilier, suspendre ou modifier un abonnement (réponse 7018481), tel que copié sur des pages de tiers',
      storedNote: 'aucune date indiquée ; lu dans des copies de tiers',
    },
    'apple-cancel-3p': {
      short: 'Apple : résilier',
      title:
        'Assistance Apple (Apple Support) : « If you want to cancel a subscription from Apple », résilier un abonnement Apple (HT202039), tel que copié sur des pages de tiers',
      storedNote: 'aucune date indiquée ; lu dans des copies de tiers',
    },
    'eu-crd': {
      short: 'Directive 2011/83/UE',
      title:
        'Directive 2011/83/UE relative aux droits des consommateurs, article 9 (droit de rétractation)',
      storedNote: "telle qu'adoptée",
    },
    'eu-withdrawal-function': {
      short: 'Fonction de rétractation (UE)',
      title:
        "Directive (UE) 2023/2673, qui ajoute l'article 11 bis (la fonction de rétractation) à la directive 2011/83/UE, applicable à partir du 19 juin 2026",
      storedNote: "telle qu'adoptée",
    },
    'fr-code-conso': {
      short: 'Code de la consommation',
      title:
        'Code de la consommation (France), articles L221-18, L221-19 et L221-28 (le droit de rétractation de 14 jours)',
      storedNote: 'dans sa version en vigueur',
    },
    'eu-time-limits': {
      short: 'Règlement UE sur les délais',
      title:
        'Règlement (CEE, Euratom) n° 1182/71 portant détermination des règles applicables aux délais, aux dates et aux termes, article 3',
      storedNote: "tel qu'adopté",
    },
    'uk-ccr': {
      short: 'Consumer Contracts Regulations',
      title:
        'Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013 (SI 2013/3134), règlement du Royaume-Uni',
      storedNote: "dans sa version d'origine",
    },
    jdm: {
      short: 'JustDeleteMe',
      title: 'Données ouvertes de JustDeleteMe (sites.json), fiche Coursera',
      storedNote: 'lu le 21 août 2026',
    },
    'delete-directory': {
      short: 'delete.directory',
      title: 'delete.directory, fiche Coursera',
      storedNote: 'vérifié par ses auteurs le 8 novembre 2025',
    },
    'seed-searchsolvr': {
      short: 'searchsolvr',
      title: 'searchsolvr.com : un guide pour supprimer un compte Coursera',
      storedNote: 'sans date',
    },
    'seed-chargeback': {
      short: 'guide Chargeback',
      title:
        'Chargeback : « How to cancel Coursera », comment résilier Coursera (publié le 1er juillet 2025)',
      storedNote: 'publié le 1er juillet 2025',
    },
    'seed-cancelatlas': {
      short: 'Cancel Atlas',
      title: "Cancel Atlas : fiche d'évaluation de la politique de résiliation de Coursera",
      storedNote: 'revu par ses auteurs le 5 juin 2026',
    },
    'seed-resubs': {
      short: 'guide ReSubs',
      title: 'ReSubs : guide pas à pas pour résilier Coursera',
      storedNote: 'sans date',
    },
    'statement-3p': {
      short: 'Libellés relevés par des tiers',
      title: 'Listes de libellés de relevés bancaires sur des pages de tiers',
      storedNote: 'sans date',
    },
  },
  trust: {
    'official-binding': 'Officiel, contraignant',
    'official-superseded': 'Officiel, remplacé',
    'official-help': "Page d'aide officielle",
    'official-help-stale': "Page d'aide officielle, en partie dépassée",
    'official-store': "Officiel (boutique d'applications)",
    law: 'Loi',
    'third-party-copy': "Copie d'une page officielle par un tiers",
    'third-party': 'Tiers',
    'third-party-stale': 'Tiers, en partie dépassé',
    'third-party-unverified': 'Tiers, non vérifié',
  },
  products: {
    'plus-monthly': 'Coursera Plus, mensuel',
    'plus-annual': 'Coursera Plus, annuel',
    lite: 'Coursera Lite',
    'specialization-monthly': 'Un abonnement à un cours ou à une Specialization (mensuel)',
    course: "Un cours ou une Specialization à l'unité, payé en une fois",
    'guided-project': 'Un Guided Project',
    degree: 'Un diplôme ou un University Certificate',
    organization:
      "Payé par un employeur, une université ou l'État (Coursera for Business, Campus, Government)",
  },
  channels: {
    web: "Coursera elle-même (paiement sur coursera.org, ou dans l'application Coursera quand c'est Coursera qui vous facture)",
    apple: 'Apple (App Store, sur un iPhone, un iPad ou un Mac)',
    google: 'Google Play (sur un appareil Android)',
  },
  regions: {
    eu: 'Union européenne',
    uk: 'Royaume-Uni',
    other: 'Ailleurs',
  },
  caveats: {
    'may-deny':
      "Coursera peut refuser une demande qui semble recevable : par exemple quand une grande partie du contenu a déjà été utilisée, après des demandes de remboursement répétées, après une rétrofacturation (chargeback) ou un remboursement déjà obtenu via une boutique d'applications, ou quand vous avez terminé des travaux notés et n'étiez pas satisfait du résultat.",
    'premium-content':
      "Aucun remboursement une fois que vous avez consulté ou débloqué du contenu premium inclus dans l'achat (depuis le 13 mars 2026).",
    'cancel-is-not-refund':
      'Résilier ne demande pas de remboursement. La résiliation arrête le prochain débit ; le remboursement est une demande à part.',
    'check-my-purchases':
      "Pour un achat sur le site web, c'est la Refund Deadline (date limite de remboursement) affichée dans My Purchases qui compte. Vérifiez-la à cet endroit.",
    'refund-unenrols': "Un remboursement vous désinscrit du cours ou du programme qu'il payait.",
    'refund-time':
      'Coursera indique de compter 7 à 10 jours ouvrés pour que le remboursement arrive sur votre compte.',
    'certificate-ends-window':
      'Obtenir un certificat met fin au délai de remboursement immédiatement, même pendant les 7 jours.',
    'trial-counts-toward-window':
      "Si l'abonnement a commencé par une période d'essai gratuite, les 7 jours ont peut-être déjà expiré avant le premier débit.",
    'apple-pending':
      'Apple ne peut pas rembourser un débit encore en attente. Pour un abonnement, vous pouvez faire une demande pour la période de facturation la plus récente.',
    'apple-trial-access':
      "Des pages de tiers signalent que résilier pendant une période d'essai gratuite Apple peut couper votre accès tout de suite.",
    'apple-24-hours':
      "Des copies non officielles de l'aide d'Apple conseillent de résilier au moins 24 heures avant la fin de l'essai ou le renouvellement de l'abonnement. Nous le donnons comme un conseil, pas comme une règle d'Apple.",
    'google-after-48h':
      "Après les 48 heures, l'aide de Google dit que c'est le développeur de l'application qui décide, mais les conditions de Coursera disent que Coursera ne traite pas les remboursements des boutiques d'applications. Demandez d'abord à Google Play (avec son formulaire de demande de remboursement) ; s'il refuse, demandez au support de Coursera, et gardez chaque réponse par écrit. Les débits que vous n'avez pas autorisés peuvent être signalés à Google dans les 120 jours.",
    'statutory-may-be-forfeited':
      "Le droit légal de rétractation est peut-être déjà perdu : il prend fin une fois le service entièrement fourni avec votre accord exprès, ou une fois que vous avez commencé à l'utiliser en reconnaissant que vous perdriez ce droit.",
    'uk-extension':
      "Au Royaume-Uni, si le vendeur ne vous a jamais informé de votre droit d'annulation, le délai est prolongé de 12 mois au plus.",
    'holidays-not-counted':
      "Les jours fériés repoussent aussi le dernier jour, et ils varient d'un pays à l'autre. Nous ne tenons compte que des week-ends : votre vrai dernier jour peut donc être plus tard qu'indiqué, jamais plus tôt.",
  },
  rules: {
    'plus-annual-first': {
      title: 'Coursera Plus annuel, premier paiement',
      summary:
        'Vous pouvez demander un remboursement complet dans les 14 jours suivant le premier paiement annuel.',
      readings: [
        "Un remboursement dans les 14 jours suivant le paiement annuel. Toutes les sources sont d'accord.",
      ],
    },
    'plus-annual-renewal': {
      title: 'Coursera Plus annuel, renouvellement',
      summary:
        "Un renouvellement de la formule annuelle n'est pas remboursable. Résiliez avant la prochaine date de renouvellement.",
      readings: [
        'Les débits de renouvellement des formules annuelles ne sont pas remboursés.',
        "Le remboursement sous 14 jours s'applique au premier paiement.",
      ],
    },
    'subscription-upgrade': {
      title: 'Passage à Coursera Plus mensuel ou à Coursera Lite, premier paiement',
      summary:
        "Les conditions actuelles permettent un remboursement dans les 7 jours suivant le premier paiement de la formule vers laquelle vous êtes passé (ou son début, s'il est antérieur). Les anciennes conditions donnaient 14 jours après un passage de Lite à Plus.",
      readings: [
        upgradeWithinSevenDays,
        'Un remboursement dans les 14 jours suivant le passage de Coursera Lite à Coursera Plus.',
      ],
    },
    'specialization-subscription-upgrade': {
      title: 'Passage à un abonnement à un cours ou à une Specialization, premier paiement',
      summary:
        "Après un passage à une formule supérieure, les conditions actuelles permettent un remboursement dans les 7 jours suivant le premier paiement de la nouvelle formule (ou son début, s'il est antérieur).",
      readings: [upgradeWithinSevenDays],
    },
    lite: {
      title: 'Coursera Lite',
      summary:
        "Les sources ne sont pas d'accord. Les conditions actuelles ne remboursent aucune formule d'abonnement, sauf si la loi l'impose ; les anciennes conditions offraient 14 jours dans une section sur Coursera Lite et Coursera Plus, mais on ne sait pas si cela couvrait Lite.",
      readings: [
        plansNotRefunded,
        'Sous un titre consacré à Coursera Lite et Coursera Plus, un remboursement dans les 14 jours suivant un paiement de Coursera Plus. On ne sait pas si cela couvrait Lite.',
      ],
    },
    'plus-monthly': {
      title: 'Coursera Plus mensuel',
      summary:
        "Les sources ne sont pas d'accord. Les conditions actuelles ne prévoient aucun remboursement sur les formules mensuelles, sauf si la loi l'impose ; des pages plus anciennes promettent 14 jours.",
      readings: [
        plansNotRefunded,
        'Un remboursement complet si vous le demandez dans les 14 jours suivant le paiement.',
      ],
    },
    'specialization-subscription-first': {
      title: 'Abonnement à un cours ou à une Specialization, premier paiement',
      summary:
        "Les conditions actuelles de Coursera permettent un remboursement dans les 7 jours suivant votre inscription, avant tout certificat. Si votre abonnement a commencé par une période d'essai gratuite, ces 7 jours ont expiré avant votre premier paiement, et les conditions ne prévoient aucun remboursement pour celui-ci. Les anciennes conditions ne remboursaient aucun paiement mensuel.",
      readings: [
        "Un remboursement complet pendant la période de 7 jours à partir de l'inscription (ou du lancement, si vous vous êtes préinscrit), ou avant que vous obteniez un certificat, selon ce qui arrive en premier.",
        "Les paiements d'un abonnement mensuel à une Specialization ne sont pas remboursés.",
      ],
    },
    'specialization-subscription-renewal': {
      title: 'Abonnement à un cours ou à une Specialization, renouvellement',
      summary:
        "Les paiements mensuels suivants d'un abonnement à un cours ou à une Specialization ne sont pas remboursables.",
      readings: [
        'Seule la première période de 7 jours peut donner lieu à un remboursement ; les paiements mensuels suivants ne sont pas remboursés.',
      ],
    },
    'one-time-purchase': {
      title: "Cours ou Specialization à l'unité, payé en une fois",
      summary:
        'Les conditions actuelles de Coursera permettent un remboursement dans les 7 jours suivant votre paiement (ou suivant le lancement, si vous vous êtes préinscrit), avant que vous obteniez un certificat. Des pages plus anciennes de Coursera parlaient de 14 jours.',
      readings: [
        'Un remboursement complet dans les 7 jours suivant le paiement, ou avant que vous obteniez un certificat, selon ce qui arrive en premier.',
        'Un remboursement complet dans les 14 jours (« 2 weeks », 2 semaines) suivant le paiement, ou avant un certificat.',
      ],
    },
    'certificate-earned': {
      title: 'Cours ou Specialization avec un certificat obtenu',
      summary:
        "Une fois que vous avez obtenu un certificat grâce à ce paiement, celui-ci n'est plus remboursable.",
      readings: [
        'Aucun remboursement une fois un certificat obtenu, même pendant le délai de remboursement.',
      ],
    },
    'guided-project': {
      title: 'Guided Project ou autre projet',
      summary: 'Les Guided Projects et les autres projets ne sont pas remboursables.',
      readings: ['Coursera ne rembourse ni les Guided Projects ni aucun autre projet.'],
    },
    degree: {
      title: 'Diplôme ou University Certificate',
      summary:
        "L'université qui gère le programme fixe et applique sa propre politique de remboursement.",
      readings: [
        "Les remboursements suivent la politique de l'université ou de l'établissement qui propose le programme ; lisez ses propres conditions et messages.",
        "La désinscription d'un diplôme passe par le programme, selon ses propres règles.",
      ],
    },
    organization: {
      title: 'Payé par une organisation (Coursera for Business, Campus, Government)',
      summary:
        "Votre organisation a payé : c'est son administrateur qui gère la licence et toute question d'argent.",
      readings: [
        "L'organisation paie l'adhésion ; les apprenants s'adressent à leur administrateur.",
      ],
    },
    apple: {
      title: "Acheté sur l'App Store d'Apple",
      summary:
        "C'est Apple qui décide. Coursera ne traite pas les remboursements de l'App Store, et Apple ne publie aucun délai fixe.",
      readings: [
        marketplace,
        "Faites la demande sur reportaproblem.apple.com. Apple répond sous 24 à 48 heures ; l'argent peut mettre jusqu'à 30 jours (60 jours pour un paiement sur facture de téléphone). Les conditions d'éligibilité varient selon le pays.",
      ],
    },
    google: {
      title: 'Acheté sur Google Play',
      summary:
        "Google Play accepte les demandes de remboursement pendant 48 heures à partir de l'heure de votre achat. Le lendemain de l'achat est toujours compris dans ce délai ; le surlendemain, seulement jusqu'à l'heure de l'achat.",
      readings: [
        marketplace,
        "Demandez à Google Play dans les 48 heures suivant l'achat ; ensuite, l'aide de Google dit que c'est le développeur de l'application qui décide.",
      ],
    },
    'free-trial': {
      title: "Période d'essai gratuite",
      summary:
        "Résiliez avant la fin de l'essai pour éviter le premier débit. Le dernier jour gratuit est le jour de début plus la durée de l'essai, moins un jour.",
      readings: [
        "La page de paiement indique s'il y a un essai et combien de temps il dure.",
        "Les périodes d'essai gratuites durent 7 jours.",
      ],
    },
    'premium-content-accessed': {
      title: 'Contenu payant ouvert ou débloqué',
      summary:
        'Les conditions actuelles de Coursera refusent tout remboursement une fois que vous avez consulté ou débloqué du contenu premium (depuis le 13 mars 2026). Les anciennes conditions de Coursera ne prévoyaient pas cette condition.',
      readings: [
        "Aucun remboursement une fois que vous avez consulté ou débloqué du contenu premium, ou que vous en avez tiré un avantage d'une autre façon.",
        'Pas de telle condition : seul le délai de remboursement comptait.',
      ],
    },
    'statutory-eu': {
      title: "Droit de rétractation dans l'UE",
      summary:
        "Les acheteurs dans l'UE peuvent se rétracter dans les 14 jours suivant le contrat. Le jour du contrat n'est pas compté, et un délai qui finit un samedi ou un dimanche est prolongé jusqu'au lundi suivant.",
    },
    'statutory-uk': {
      title: "Droit d'annulation au Royaume-Uni",
      summary:
        'Les acheteurs au Royaume-Uni peuvent annuler dans les 14 jours qui suivent le jour de la conclusion du contrat. Le règlement britannique ne prévoit pas de report quand le délai tombe un week-end.',
    },
    'upgrade-to-plus-monthly': {
      title: "Passage d'un cours à Coursera Plus mensuel",
      summary:
        "Si la nouvelle formule a une période d'essai gratuite, résiliez pendant l'essai pour éviter le prochain débit. Sinon, demandez un remboursement dans les 7 jours suivant le premier paiement ou le début de la nouvelle formule, selon ce qui arrive en premier.",
    },
    'upgrade-monthly-to-annual': {
      title: 'Passage de Coursera Plus mensuel à annuel',
      summary:
        'Résiliez dans les 14 jours suivant le premier paiement annuel pour obtenir un remboursement.',
    },
  },
  requestPlaces: {
    coursera: {
      who: 'Coursera',
      name: 'Le Learner Help Center de Coursera',
      how: "Faites la demande via le Learner Help Center. Un remboursement ne peut pas être demandé dans l'application mobile.",
      howOneTime:
        "Utilisez le bouton Get Refund dans My Purchases (coursera.org/my-purchases), où la Refund Deadline (date limite de remboursement) est affichée. Un remboursement ne peut pas être demandé dans l'application mobile.",
    },
    apple: {
      who: 'Apple',
      name: 'Apple (reportaproblem.apple.com)',
      how: "Connectez-vous sur reportaproblem.apple.com, choisissez « I'd like to », puis « Request a refund », et sélectionnez le débit Coursera.",
    },
    google: {
      who: 'Google Play',
      name: 'Google Play',
      how: "Faites la demande avec le formulaire de demande de remboursement de Google Play, dans les 48 heures suivant l'heure de votre achat. Passé ce délai, demandez quand même d'abord à Google Play ; s'il refuse, demandez au support de Coursera, et gardez chaque réponse par écrit.",
    },
    university: {
      who: 'votre université',
      name: "L'université qui gère votre programme",
      how: 'Lisez la politique de remboursement propre au programme et contactez le secrétariat du programme.',
    },
    organization: {
      who: 'votre organisation',
      name: "L'administrateur de votre organisation",
      how: 'Votre employeur, votre université ou votre administration a payé la licence. Adressez-vous à la personne qui y gère Coursera.',
    },
  },
  conflicts: {
    'google-play-after-48h': {
      topic: 'Qui rembourse un achat Google Play après ses 48 premières heures',
      readings: [
        "L'aide de Google dit que, passé 48 heures après l'achat, c'est le développeur de l'application qui décide d'un remboursement.",
        "Les conditions de Coursera disent que Coursera ne traite pas les remboursements des achats faits sur une boutique d'applications : la boutique en est seule responsable.",
      ],
      weSay:
        "Demandez d'abord à Google Play, avec son formulaire de demande de remboursement. S'il refuse, demandez au support de Coursera. Gardez chaque réponse par écrit. Nous ne disons jamais que Coursera décidera.",
    },
    'trial-certificates': {
      topic: "Obtenir un certificat pendant une période d'essai gratuite",
      readings: [
        "On ne peut pas obtenir de certificat pendant une période d'essai gratuite : arrêtez l'essai plus tôt (et payez) ou attendez sa fin.",
        "Un ancien article d'aide disait qu'on pouvait obtenir un certificat pendant l'essai.",
      ],
      weSay:
        "Nous suivons les conditions actuelles : pas de certificat pendant une période d'essai gratuite.",
    },
    'trial-counting': {
      topic: "Quand arrive le premier débit après une période d'essai gratuite",
      readings: [
        "Le texte d'aide dit que le débit arrive « on the 8th day » (le 8e jour) d'un essai de 7 jours.",
        "Le même texte d'aide dit aussi « 8 days after you start » (8 jours après le début).",
      ],
      weSay:
        "Nous comptons le jour de début comme le jour 1 et retenons la lecture la plus précoce : le premier débit tombe à la date de début plus la durée de l'essai. Résilier au plus tard à la fin de la veille est donc sans risque.",
    },
    pause: {
      topic: 'Suspendre un abonnement au lieu de le résilier',
      readings: [
        'Les conditions ne mentionnent aucune pause.',
        "Aucune pause ni aucun gel de l'abonnement n'est documenté.",
        'Une offre de fidélisation affichée pendant la résiliation peut inclure une pause temporaire.',
      ],
      weSay:
        "Nous disons qu'une pause peut vous être proposée pendant la résiliation, mais que Coursera n'en documente aucune.",
    },
    'apple-24-hours': {
      topic: 'Résilier un abonnement App Store 24 heures avant le renouvellement',
      readings: [
        "Des copies non officielles de la page d'Apple conseillent de résilier au moins 24 heures avant le renouvellement.",
      ],
      weSay:
        "Nous le donnons comme un conseil, pas comme une règle d'Apple : nous n'avons aucune copie officielle qui le dise.",
    },
    'apple-trial-access': {
      topic: "Garder l'accès après avoir résilié pendant une période d'essai gratuite Apple",
      readings: [
        "Les conditions de Coursera disent qu'une résiliation prend effet à la fin de la période de facturation en cours, et que vous gardez l'accès jusque-là.",
        "Des copies de tiers de la page d'Apple signalent que résilier pendant une période d'essai gratuite Apple peut couper l'accès tout de suite.",
      ],
      weSay:
        "Nous disons que vous gardez l'accès jusqu'à la fin de la période payée, sauf chez Apple : résilier pendant une période d'essai gratuite peut alors couper l'accès tout de suite.",
    },
    'store-list-missing': {
      topic: "Ce que signifie l'absence de Coursera dans votre liste App Store ou Google Play",
      readings: [
        "Apple ne facture pas Coursera sous ce compte Apple (Apple Account) : c'est peut-être un autre compte qui paie. Cherchez « receipt from Apple » (reçu d'Apple) dans vos e-mails.",
        "Un guide tiers interprète l'absence de Coursera comme le signe que Coursera vous facture directement.",
      ],
      weSay:
        'Nous disons que les deux sont possibles : vérifiez chaque compte Apple ou Google que vous utilisez, puis regardez dans My Purchases sur coursera.org.',
    },
    'web-cancel-labels': {
      topic: 'Le nom du bouton de résiliation sur le site web de Coursera',
      readings: [
        'My Purchases liste les abonnements, avec Cancel à côté de chacun.',
        'Un guide plus ancien (juillet 2025) décrit un onglet Manage Subscriptions et un bouton Cancel Subscription.',
      ],
      weSay:
        'Nous donnons les libellés les plus récents et précisons que les mots peuvent être différents : cherchez la même idée.',
    },
    'statement-descriptors': {
      topic: 'À quoi ressemble un débit Coursera sur un relevé bancaire',
      readings: [
        "Des tiers listent plusieurs libellés, comme COURSERA, COURSERA*PLUS et COURSRA* suivi d'un code.",
      ],
      weSay:
        "Coursera ne documente pas ses libellés : nous les listons tels que d'autres les signalent, sans confirmation.",
    },
  },
}
