with

countries as (

    select * from {{ ref('countries') }}

),

final as (

    select
        iso2,
        iso3,
        name_en,
        name_ar,
        official_en,
        official_ar,
        capital_en,
        capital_ar,
        region,
        un_member
    from countries

)

select * from final
