import { Controller, useFieldArray, useForm, type SubmitHandler } from 'react-hook-form'
import { useLeaveGuard } from '../hooks/leave-guard'
import { zodResolver } from '@hookform/resolvers/zod'
import { EngagementFormSchema, type EngagementFormInput } from '@shared/schemas/engagement-form'
import {
  DELIVERY_LOCATIONS,
  SERVICES,
  STAFFING_MODELS,
  type DeliveryLocation,
  type Engagement,
  type EngagementFields,
  type ServiceId,
  type StaffingModel
} from '@shared/schemas/engagement'
import { US_STATES, currentCountryCode, type UsStateCode } from '@shared/schemas/geo'
import { Field, describedBy } from './Field'
import { CodePicker } from './CodePicker'
import { SitesEditor } from './SitesEditor'
import { SORTED_COUNTRIES, countryLabel } from '../format'

type Props = {
  initial: Engagement | undefined
  onSubmit: (fields: EngagementFields) => Promise<void>
  onCancel: () => void
  /** The engagements already in the register: a new or edited one may not repeat a vendor's engagement name. */
  taken?: readonly Pick<Engagement, 'id' | 'vendorName' | 'name'>[]
}

const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

const US_STATE_CODES = Object.keys(US_STATES) as UsStateCode[]

function defaultsFrom(e: Engagement | undefined): EngagementFormInput {
  return {
    vendorName: e?.vendorName ?? '',
    name: e?.name ?? '',
    services: e?.services ?? [],
    deliveryCountries: e?.deliveryCountries ?? [],
    sites: e?.sites ?? [],
    clientUsStates: e?.clientUsStates ?? [],
    deliveryLocation: e?.deliveryLocation ?? 'vendor-premises',
    staffing: e?.staffing ?? 'dedicated',
    headcount: e?.headcount ?? Number.NaN,
    contractStart: e?.contractStart ?? '',
    contractEnd: e?.contractEnd ?? '',
    renewalDate: e?.renewalDate ?? '',
    contractReference: e?.contractReference ?? '',
    owner: e?.owner ?? '',
    notes: e?.notes ?? '',
    reviewIntervalMonths: e?.reviewIntervalMonths ?? 12
  }
}

export function EngagementForm({ initial, onSubmit, onCancel, taken = [] }: Props): React.JSX.Element {
  const form = useForm<EngagementFormInput, unknown, EngagementFields>({
    resolver: zodResolver(EngagementFormSchema),
    defaultValues: defaultsFrom(initial),
    // validate on submit, then live: validating on blur shifted the layout under the pointer mid-click
    mode: 'onSubmit',
    reValidateMode: 'onChange'
  })
  const { register, control, handleSubmit, formState, watch } = form
  const errors = formState.errors
  // typing not saved yet: a link away asks first (saving and Cancel navigate in code and are not asked about)
  useLeaveGuard(formState.isDirty ? (initial ? 'this engagement' : 'this new engagement') : null)
  const sites = useFieldArray({ control, name: 'sites' })
  // the form reads current codes only (a withdrawn one was mapped when the engagement was read)
  const countries = watch('deliveryCountries').map(currentCountryCode)

  const submit: SubmitHandler<EngagementFields> = (fields) => {
    // why: two engagements with the same vendor and name were indistinguishable in the register, the
    // portfolio heat map, reports and packets (the import's "Keep both" names its copy for the same reason)
    const clash = taken.find((e) => e.id !== initial?.id && sameName(e.vendorName, fields.vendorName) && sameName(e.name, fields.name))
    if (clash) {
      form.setError(
        'name',
        {
          type: 'duplicate',
          message: `${clash.vendorName} already has an engagement named “${clash.name}”. Give this one a name that tells them apart (for example its site, service or start year).`
        },
        { shouldFocus: true }
      )
      return Promise.resolve()
    }
    return onSubmit(fields)
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit(submit)} aria-label="Engagement details">
      <section className="form-section" aria-labelledby="sec-vendor">
        <h2 id="sec-vendor">Vendor and services</h2>
        <div className="grid-2">
          <Field id="vendorName" label="Vendor legal name" required error={errors.vendorName?.message}>
            <input
              id="vendorName"
              autoComplete="off"
              {...register('vendorName')}
              {...describedBy('vendorName', { error: errors.vendorName?.message })}
            />
          </Field>
          <Field id="name" label="Engagement name" required error={errors.name?.message}>
            <input id="name" autoComplete="off" {...register('name')} {...describedBy('name', { error: errors.name?.message })} />
          </Field>
        </div>
        <fieldset className="field" aria-describedby={errors.services ? 'services-error' : undefined}>
          <legend>
            Services <span aria-hidden="true">*</span>
          </legend>
          <div className="checkbox-grid">
            {(Object.keys(SERVICES) as ServiceId[]).map((s) => (
              <label key={s} className="check">
                <input type="checkbox" value={s} {...register('services')} />
                {SERVICES[s]}
              </label>
            ))}
          </div>
          {errors.services && (
            <p className="field-error" id="services-error">
              {errors.services.message}
            </p>
          )}
        </fieldset>
      </section>

      <section className="form-section" aria-labelledby="sec-delivery">
        <h2 id="sec-delivery">Delivery</h2>
        <Controller
          control={control}
          name="deliveryCountries"
          render={({ field, fieldState }) => (
            <CodePicker
              id="deliveryCountries"
              label="Delivery countries"
              hint="Each country switches on the legal checks that apply there."
              options={SORTED_COUNTRIES}
              labelFor={countryLabel}
              value={field.value.map(currentCountryCode)}
              onChange={field.onChange}
              error={fieldState.error?.message}
              searchLabel="Find a country by name or code"
            />
          )}
        />
        <SitesEditor control={control} register={register} errors={errors} sites={sites} countries={countries} />
        <div className="grid-2">
          <fieldset className="field">
            <legend>Where agents work</legend>
            {(Object.keys(DELIVERY_LOCATIONS) as DeliveryLocation[]).map((l) => (
              <label key={l} className="check">
                <input type="radio" value={l} {...register('deliveryLocation')} />
                {DELIVERY_LOCATIONS[l]}
              </label>
            ))}
          </fieldset>
          <fieldset className="field">
            <legend>Staffing model</legend>
            {(Object.keys(STAFFING_MODELS) as StaffingModel[]).map((m) => (
              <label key={m} className="check">
                <input type="radio" value={m} {...register('staffing')} />
                {STAFFING_MODELS[m]}
              </label>
            ))}
          </fieldset>
        </div>
        <div className="grid-2">
          <Field
            id="headcount"
            label="Approximate headcount"
            required
            error={errors.headcount?.message}
            hint="Agents and team leads working on this engagement."
          >
            <input
              id="headcount"
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              {...register('headcount', { valueAsNumber: true })}
              {...describedBy('headcount', { error: errors.headcount?.message, hint: true })}
            />
          </Field>
          <Controller
            control={control}
            name="clientUsStates"
            render={({ field, fieldState }) => (
              <CodePicker
                id="clientUsStates"
                label="Client's US states involved (optional)"
                hint="Where your own US workplaces are involved, e.g. California."
                options={US_STATE_CODES}
                labelFor={(c) => US_STATES[c]}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
              />
            )}
          />
        </div>
      </section>

      <section className="form-section" aria-labelledby="sec-contract">
        <h2 id="sec-contract">Contract</h2>
        <div className="grid-3">
          <Field id="contractStart" label="Contract start" error={errors.contractStart?.message}>
            <input
              id="contractStart"
              type="date"
              {...register('contractStart')}
              {...describedBy('contractStart', { error: errors.contractStart?.message })}
            />
          </Field>
          <Field id="contractEnd" label="Contract end" error={errors.contractEnd?.message}>
            <input
              id="contractEnd"
              type="date"
              {...register('contractEnd', { deps: ['contractStart'] })}
              {...describedBy('contractEnd', { error: errors.contractEnd?.message })}
            />
          </Field>
          <Field id="renewalDate" label="Renewal date" error={errors.renewalDate?.message}>
            <input
              id="renewalDate"
              type="date"
              {...register('renewalDate')}
              {...describedBy('renewalDate', { error: errors.renewalDate?.message })}
            />
          </Field>
        </div>
        <div className="grid-3">
          <Field id="contractReference" label="Contract reference" error={errors.contractReference?.message}>
            <input id="contractReference" autoComplete="off" {...register('contractReference')} />
          </Field>
          <Field id="owner" label="Internal owner" error={errors.owner?.message}>
            <input id="owner" autoComplete="off" {...register('owner')} />
          </Field>
          <Field id="reviewIntervalMonths" label="Assess every (months)" error={errors.reviewIntervalMonths?.message}>
            <input
              id="reviewIntervalMonths"
              type="number"
              min={1}
              max={36}
              step={1}
              {...register('reviewIntervalMonths', { valueAsNumber: true })}
              {...describedBy('reviewIntervalMonths', { error: errors.reviewIntervalMonths?.message })}
            />
          </Field>
        </div>
        <Field id="notes" label="Notes" error={errors.notes?.message}>
          <textarea id="notes" rows={4} {...register('notes')} />
        </Field>
      </section>

      <div className="button-row sticky-actions">
        <button type="submit" className="button primary" disabled={formState.isSubmitting}>
          {initial ? 'Save changes' : 'Create engagement'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        {formState.submitCount > 0 && Object.keys(errors).length > 0 && (
          <p className="field-error" role="alert">
            Please correct the {Object.keys(errors).length === 1 ? 'field' : 'fields'} marked above.
          </p>
        )}
      </div>
    </form>
  )
}
