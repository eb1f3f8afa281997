-- One row per real-world message: events grouped by (date, country or org, sender role, ordinal).
{{ deduplicate_events(
    event_type='message',
    fact_id='message_id',
    fact_date='message_date',
    party_columns=['from_country', 'from_org'],
    key_expressions=['from_role'],
    attribute_columns=[
        'pm_name',
        'from_country',
        'from_org',
        'from_person',
        'from_role',
        'carrier_role',
    ],
) }}
