with

countries as (

    select * from {{ ref('countries') }}

),

country_groups as (

    select * from {{ ref('country_groups') }}

),

memberships as (

    select
        iso2,
        list_sort(list(grouping)) as groupings
    from country_groups
    group by iso2

),

final as (

    select
        countries.iso2,
        countries.iso3,
        countries.name_en,
        countries.name_ar,
        countries.official_en,
        countries.official_ar,
        countries.capital_en,
        countries.capital_ar,
        countries.region,
        countries.un_member,
        coalesce(memberships.groupings, []) as groupings,
        countries.iso2 = 'IQ' as is_iraq,
        -- one flag per grouping of var('country_groupings')
        coalesce(list_contains(memberships.groupings, 'arab_league'), false) as is_arab_league,
        coalesce(list_contains(memberships.groupings, 'gcc'), false) as is_gcc,
        coalesce(list_contains(memberships.groupings, 'eu'), false) as is_eu,
        coalesce(list_contains(memberships.groupings, 'p5'), false) as is_p5,
        coalesce(list_contains(memberships.groupings, 'iraq_neighbours'), false) as is_iraq_neighbours
    from countries
    left join memberships
        on countries.iso2 = memberships.iso2

)

select * from final
