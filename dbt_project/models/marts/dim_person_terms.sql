with

office_holders as (

    select * from {{ ref('office_holders') }}

),

final as (

    select
        person_id,
        name_en,
        country,
        org,
        role,
        office,
        valid_from,
        valid_to,
        concat_ws('/', person_id, role, cast(valid_from as varchar)) as person_term_id,
        valid_to is null as is_open
    from office_holders

)

select * from final
