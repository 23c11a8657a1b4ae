import { lazy, Suspense, useEffect, useState } from 'react'
import type { StartupInfo } from '@shared/ipc/contract'
import { useApi } from './hooks/api-context'
import { hrefFor, useHashRoute, type Route } from './hooks/use-hash-route'
import { useHeadingFocusFallback } from './hooks/use-arrival-focus'
import { StartupNotice } from './components/StartupNotice'
import { UpgradeNotice } from './components/UpgradeNotice'
import { UpgradeProgress } from './components/UpgradeProgress'
import { ReadOnlyBanner } from './components/ReadOnlyBanner'
import { EngagementsScreen } from './screens/EngagementsScreen'
import { EngagementFormScreen } from './screens/EngagementFormScreen'
import { EngagementScreen } from './screens/EngagementScreen'
import { SettingsScreen } from './screens/SettingsScreen'
import { AssessmentScreen } from './screens/AssessmentScreen'
import { CompareScreen } from './screens/CompareScreen'
import { PortfolioScreen } from './screens/PortfolioScreen'

// The methodology page carries the whole of docs/methodology.md: loaded when opened, not with the app
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
        <ScreenFor route={route} />
      </main>
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
      return (
        <Suspense fallback={<p role="status">Loading “How the score works”…</p>}>
          <MethodScreen />
        </Suspense>
      )
    case 'assessment':
      return <AssessmentScreen key={route.id} id={route.id} view={route.view} questionId={route.questionId} />
    case 'compare':
      return <CompareScreen engagementId={route.engagementId} a={route.a} b={route.b} />
  }
}
