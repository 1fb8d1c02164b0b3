import type { Metadata } from 'next'
import { GuideRoute, guideParams, guideRouteMetadata } from '@/components/guide-route'

// Every French guide: /fr for the hub, /fr/resilier/site-web for a channel guide.
export const dynamicParams = false

export function generateStaticParams() {
  return guideParams('fr')
}

export async function generateMetadata(props: PageProps<'/fr/[[...slug]]'>): Promise<Metadata> {
  return guideRouteMetadata('fr', (await props.params).slug)
}

export default async function Page(props: PageProps<'/fr/[[...slug]]'>) {
  return <GuideRoute lang="fr" parts={(await props.params).slug} />
}
