-- One row per real-world invitation: events grouped by
-- (date, direction, country or org, person else role, ordinal).
{{ deduplicate_events(
    event_type='invitation',
    fact_id='invitation_id',
    fact_date='invitation_date',
    party_columns=['foreign_country', 'foreign_org'],
    key_expressions=['direction', 'coalesce(foreign_person, foreign_role)'],
    attribute_columns=[
        'pm_name',
        'direction',
        'foreign_country',
        'foreign_org',
        'foreign_person',
        'foreign_role',
        'destination',
    ],
) }}
