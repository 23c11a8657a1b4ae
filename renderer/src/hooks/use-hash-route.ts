import { useEffect, useState } from 'react'
import { markArrival } from './use-arrival-focus'
import { askBeforeLeaving } from './leave-guard'

/** Screens the app can show; parsed from location.hash so reload returns to the same place. */
export type Route =
  | { name: 'engagements' }
  | { name: 'engagement-new' }
  | { name: 'engagement-edit'; id: string }
  | { name: 'engagement'; id: string }
  | { name: 'settings' }
  | { name: 'portfolio' }
  | { name: 'method' }
  | { name: 'assessment'; id: string; view: AssessmentView; questionId?: string | undefined }
  | { name: 'compare'; engagementId: string; a: string; b: string }

export const ASSESSMENT_VIEWS = ['questions', 'results', 'review'] as const
export type AssessmentView = (typeof ASSESSMENT_VIEWS)[number]

function isView(value: string | undefined): value is AssessmentView {
  return (ASSESSMENT_VIEWS as readonly string[]).includes(value ?? '')
}

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
  const [first, second, third, fourth, fifth] = parts
  if (first === 'settings') return { name: 'settings' }
  if (first === 'portfolio') return { name: 'portfolio' }
  if (first === 'method') return { name: 'method' }
  if (first === 'assessments' && second) {
    return {
      name: 'assessment',
      id: second,
      view: isView(third) ? third : 'questions',
      questionId: third === 'questions' ? fourth : undefined
    }
  }
  if (first === 'engagements' && second && third === 'compare' && fourth && fifth) {
    return { name: 'compare', engagementId: second, a: fourth, b: fifth }
  }
  if (first === 'engagements' && second === 'new') return { name: 'engagement-new' }
  if (first === 'engagements' && second && third === 'edit') return { name: 'engagement-edit', id: second }
  if (first === 'engagements' && second) return { name: 'engagement', id: second }
  return { name: 'engagements' }
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'engagements':
      return '#/engagements'
    case 'engagement-new':
      return '#/engagements/new'
    case 'engagement-edit':
      return `#/engagements/${encodeURIComponent(route.id)}/edit`
    case 'engagement':
      return `#/engagements/${encodeURIComponent(route.id)}`
    case 'settings':
      return '#/settings'
    case 'portfolio':
      return '#/portfolio'
    case 'method':
      return '#/method'
    case 'assessment':
      return `#/assessments/${encodeURIComponent(route.id)}/${route.view}${route.questionId ? `/${encodeURIComponent(route.questionId)}` : ''}`
    case 'compare':
      return `#/engagements/${encodeURIComponent(route.engagementId)}/compare/${encodeURIComponent(route.a)}/${encodeURIComponent(route.b)}`
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route)
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    let shown = window.location.hash
    const onChange = () => {
      const next = window.location.hash
      // Back, Forward or the address bar away from typing not saved: the address goes back to the screen shown,
      // as a new history entry (the one left cannot be restored), and LeaveConfirm asks (leave-guard.ts)
      if (next !== shown && askBeforeLeaving(next)) {
        window.history.pushState(null, '', `${window.location.pathname}${window.location.search}${shown}`)
        return
      }
      shown = next
      markArrival()
      setRoute(parseRoute(next))
    }
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
