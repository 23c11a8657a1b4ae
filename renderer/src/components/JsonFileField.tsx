import type { Ref } from 'react'

type Props = { id: string; label: string; onFile: (file: File) => void; inputRef?: Ref<HTMLInputElement> }

/** A labelled picker for one .json file. */
export function JsonFileField({ id, label, onFile, inputRef }: Props): React.JSX.Element {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0]
          // cleared so that picking the same file again (after fixing it, say) still reports it
          e.target.value = ''
          if (file) onFile(file)
        }}
      />
    </div>
  )
}
