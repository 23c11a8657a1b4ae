import { lazy, Suspense, useEffect, useState } from 'react'
import type { StartupInfo } from '@shared/ipc/contract'
import { useApi } from './hooks/api-context'
import { hrefFor, useHashRoute, type Route } from './hooks/use-hash-route'
import { useHeadingFocusFallback } from './hooks/use-arrival-focus'
import { StartupNotice } from './components/StartupNotice'
import { UpgradeNotice } from './components/UpgradeNotice'
import { UpgradeProgress } from './components/UpgradeProgress'
import { ReadOnlyBanner } from './components/ReadOnlyBanner'
import { EditionProvider } from './hooks/edition-context'
import { LeaveConfirm } from './components/LeaveConfirm'
import { EngagementsScreen } from './screens/EngagementsScreen'

// Only the first screen (the register) is in the initial bundle: the browser compiles every byte of it
// before the app is interactive (docs/performance.md). The others, with their forms and dialogs, load
// when first opened. The methodology page carries the whole of docs/methodology.md.
const EngagementFormScreen = lazy(() => import('./screens/EngagementFormScreen').then((m) => ({ default: m.EngagementFormScreen })))
const EngagementScreen = lazy(() => import('./screens/EngagementScreen').then((m) => ({ default: m.EngagementScreen })))
const SettingsScreen = lazy(() => import('./screens/SettingsScreen').then((m) => ({ default: m.SettingsScreen })))
const AssessmentScreen = lazy(() => import('./screens/AssessmentScreen').then((m) => ({ default: m.AssessmentScreen })))
const CompareScreen = lazy(() => import('./screens/CompareScreen').then((m) => ({ default: m.CompareScreen })))
const PortfolioScreen = lazy(() => import('./screens/PortfolioScreen').then((m) => ({ default: m.PortfolioScreen })))
const MethodScreen = lazy(() => import('./screens/MethodScreen').then((m) => ({ default: m.MethodScreen })))

/** Screen switching and the frame around it; no data logic. */
export function App(): React.JSX.Element {
  const api = useApi()
  const route = useHashRoute()
  useHeadingFocusFallback(hrefFor(route))
  const [startup, setStartup] = useState<StartupInfo | null>(null)
  // the notice that the data was upgraded waits until the upgrade (shown with its progress) is over,
  // and is not given when it failed (UpgradeProgress then says so)
  const [upgradeOver, setUpgradeOver] = useState(false)

  useEffect(() => {
    void api.getStartupInfo().then((r) => r.ok && setStartup(r.value))
  }, [api])

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href={hrefFor({ name: 'engagements' })}>
          <span className="brand-mark" aria-hidden="true">
            AL
          </span>
          Arm&apos;s Length
        </a>
        <nav aria-label="Main">
          <ul className="nav-list">
            <NavItem route={{ name: 'engagements' }} current={route} label="Engagements" />
            <NavItem route={{ name: 'portfolio' }} current={route} label="Portfolio" />
            <NavItem route={{ name: 'method' }} current={route} label="How the score works" />
            <NavItem route={{ name: 'settings' }} current={route} label="Settings & backups" />
          </ul>
        </nav>
        {startup?.edition === 'browser' && <span className="edition-tag">Browser edition</span>}
      </header>
      {startup?.readOnly && <ReadOnlyBanner readOnly={startup.readOnly} />}
      {startup?.notice && <StartupNotice notice={startup.notice} onDone={() => setStartup({ ...startup, notice: null })} />}
      <UpgradeProgress onDone={(progress) => setUpgradeOver(progress?.state !== 'failed')} />
      {startup && upgradeOver && startup.migratedFrom !== null && (
        <UpgradeNotice from={startup.migratedFrom} onDone={() => setStartup({ ...startup, migratedFrom: null })} />
      )}
      <main id="main" className="app-main" tabIndex={-1}>
        <EditionProvider value={startup?.edition ?? null}>
          <ScreenFor route={route} />
        </EditionProvider>
      </main>
      <LeaveConfirm />
      <footer className="app-footer">
        Arm&apos;s Length supports a legal review; it is not legal advice. Everything stays on this computer.
      </footer>
    </div>
  )
}

function NavItem({ route, current, label }: { route: Route; current: Route; label: string }): React.JSX.Element {
  // settings and portfolio are their own sections; every other screen belongs to Engagements
  const section = (r: Route) => (r.name === 'settings' || r.name === 'portfolio' || r.name === 'method' ? r.name : 'engagements')
  const active = section(route) === section(current)
  return (
    <li>
      <a href={hrefFor(route)} aria-current={active ? 'page' : undefined}>
        {label}
      </a>
    </li>
  )
}

function ScreenFor({ route }: { route: Route }): React.JSX.Element {
  // keyed by screen: a screen still loading replaces the last one. Unkeyed, React would keep the last
  // screen in the page, hidden, and the focus fallback (use-arrival-focus.ts) would find its h1
  return (
    <Suspense key={route.name} fallback={<p role="status">{route.name === 'method' ? 'Loading “How the score works”…' : 'Loading…'}</p>}>
      <Screen route={route} />
    </Suspense>
  )
}

function Screen({ route }: { route: Route }): React.JSX.Element {
  switch (route.name) {
    case 'engagements':
      return <EngagementsScreen />
    case 'engagement-new':
      return <EngagementFormScreen key="new" />
    case 'engagement-edit':
      return <EngagementFormScreen key={route.id} id={route.id} />
    case 'engagement':
      return <EngagementScreen id={route.id} />
    case 'settings':
      return <SettingsScreen />
    case 'portfolio':
      return <PortfolioScreen />
    case 'method':
      return <MethodScreen />
    case 'assessment':
      return <AssessmentScreen key={route.id} id={route.id} view={route.view} questionId={route.questionId} />
    case 'compare':
      return <CompareScreen engagementId={route.engagementId} a={route.a} b={route.b} />
  }
}
