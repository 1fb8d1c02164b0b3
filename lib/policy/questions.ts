import { subscriptionProducts, type Channel, type Product } from './products'

/** A question the form asks only for some purchases. */
export type Question = 'renewal' | 'certificate' | 'upgrade' | 'start' | 'accessed' | 'region'

/**
 * The questions whose answers change the verdict for this purchase (policy-facts.md, "Which
 * field counts where"). The form asks only these, and a form submission must answer each.
 */
export function questionsFor(q: {
  product?: Product
  channel?: Channel
  kind?: 'paid' | 'trial'
  renewal?: 'yes' | 'no'
  upgrade?: 'yes' | 'no'
  certificate?: 'yes' | 'no'
}): Question[] {
  const { product, channel, kind } = q
  if (!product || !channel || channel !== 'web') return []
  if (product === 'degree' || product === 'organization') return []
  if (kind === 'trial') return ['region']
  const asked: Question[] = []
  const subscription = subscriptionProducts.includes(product)
  const renews = subscription && q.renewal === 'yes'
  if (subscription) asked.push('renewal')
  if (subscription && q.renewal !== 'yes') asked.push('upgrade')
  const countsFromStart = product === 'course' || (product === 'specialization-monthly' && !renews)
  if (countsFromStart) asked.push('certificate')
  const certified = q.certificate === 'yes'
  if (countsFromStart && q.upgrade !== 'yes' && !certified) asked.push('start')
  const refundable =
    product === 'plus-monthly' ||
    product === 'lite' ||
    (product === 'plus-annual' && !renews) ||
    (product === 'specialization-monthly' && !renews && !certified) ||
    (product === 'course' && !certified)
  if (refundable) asked.push('accessed')
  asked.push('region')
  return asked
}
