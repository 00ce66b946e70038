/** A crosswalk mapping's optional notes, as the rows of a description list. */
export interface MappingNoteFields {
  actParagraph?: string | null;
  strengthBasis?: string | null;
  caveat?: string | null;
}

/**
 * The Act paragraph a mapping rests on, the basis of its strength and its caveat, each only when the
 * mapping has one: shown alike wherever a mapping is explained (Explore's details, the matrix).
 */
export function MappingNotes({ mapping }: { mapping: MappingNoteFields }) {
  return (
    <>
      {mapping.actParagraph && (
        <>
          <dt>Act paragraph</dt>
          <dd data-field="act-paragraph">{mapping.actParagraph}</dd>
        </>
      )}
      {mapping.strengthBasis && (
        <>
          <dt>Strength basis</dt>
          <dd data-field="strength-basis">{mapping.strengthBasis}</dd>
        </>
      )}
      {mapping.caveat && (
        <>
          <dt>Caveat</dt>
          <dd data-field="caveat">{mapping.caveat}</dd>
        </>
      )}
    </>
  );
}
