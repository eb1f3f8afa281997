-- One row per city of the gazetteer (its English name, as the facts' `location` and
-- `destination` write it) with its country.

with

cities as (

    select * from {{ ref('cities') }}

),

final as (

    select
        name_en as city,
        min(iso2) as iso2
    from cities
    group by name_en

)

select * from final
