-- One row per real-world meeting: events grouped by (date, country or org, role, mode, ordinal).
{{ deduplicate_events(
    event_type='meeting',
    fact_id='meeting_id',
    fact_date='meeting_date',
    party_columns=['counterpart_country', 'counterpart_org'],
    key_expressions=['counterpart_role', 'mode'],
    attribute_columns=[
        'pm_name',
        'counterpart_name',
        'counterpart_role',
        'counterpart_country',
        'counterpart_org',
        'mode',
        'location',
    ],
) }}
