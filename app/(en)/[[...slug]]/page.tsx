import type { Metadata } from 'next'
import { GuideRoute, guideParams, guideRouteMetadata } from '@/components/guide-route'

// Every English guide: / for the hub, /cancel/web for a channel guide.
export const dynamicParams = false

export function generateStaticParams() {
  return guideParams('en')
}

export async function generateMetadata(props: PageProps<'/[[...slug]]'>): Promise<Metadata> {
  return guideRouteMetadata('en', (await props.params).slug)
}

export default async function Page(props: PageProps<'/[[...slug]]'>) {
  return <GuideRoute lang="en" parts={(await props.params).slug} />
}
