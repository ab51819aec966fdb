<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="city" tilewidth="16" tileheight="16" tilecount="2724" columns="16">
 <image source="../../assets/tiles/city.png" width="256" height="2736"/>
 <tile id="0">
  <properties>
   <property name="name" value="asphalt0"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="asphalt1"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="asphalt2"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="asphalt3"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="dash_h"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="dash_v"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="centre_h"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="centre_v"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="zebra_h"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="zebra_v"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="manhole"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="drain"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="stopline"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="arrow_up"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="walk_0"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="walk_1"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="walk_2"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="walk_3"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="walk_4"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="walk_5"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="walk_6"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="walk_7"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="walk_8"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="walk_9"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="walk_10"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="walk_11"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="walk_12"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="walk_13"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="walk_14"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="walk_15"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="walk_plain1"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="plaza0"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="plaza1"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="conc_roof_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="conc_roof_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="conc_roof_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="conc_roof_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="conc_roof_c"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="conc_roof_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="conc_roof_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="conc_roof_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="conc_roof_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="conc_win0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="conc_win1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="conc_win2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="conc_win3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="conc_win4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="conc_win5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="conc_edge_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="conc_edge_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="conc_shop_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="conc_shop_door"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="conc_shop_shutter"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="conc_shop_noodle"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="conc_shop_neon"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="conc_ladder"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="brick_roof_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="brick_roof_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="brick_roof_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="brick_roof_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="brick_roof_c"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="brick_roof_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="brick_roof_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="brick_roof_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="brick_roof_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="brick_win0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="brick_win1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="brick_win2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="brick_win3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="brick_win4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="brick_win5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="brick_edge_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="brick_edge_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="brick_shop_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="brick_shop_door"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="brick_shop_shutter"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="brick_shop_noodle"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="brick_shop_neon"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="brick_ladder"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="glass_roof_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="glass_roof_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="glass_roof_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="glass_roof_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="glass_roof_c"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="glass_roof_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="glass_roof_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="glass_roof_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="glass_roof_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="glass_win0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="glass_win1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="glass_win2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="glass_win3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="glass_win4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="glass_win5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="glass_edge_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="glass_edge_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="glass_shop_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="glass_shop_door"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="glass_shop_shutter"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="glass_shop_noodle"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="glass_shop_neon"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="glass_ladder"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="violet_roof_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="violet_roof_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="violet_roof_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="violet_roof_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="violet_roof_c"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="violet_roof_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="violet_roof_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="violet_roof_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="violet_roof_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="violet_win0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="violet_win1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="violet_win2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="violet_win3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="violet_win4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="violet_win5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="violet_edge_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="violet_edge_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="violet_shop_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="violet_shop_door"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="violet_shop_shutter"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="violet_shop_noodle"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="violet_shop_neon"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="violet_ladder"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="grime_roof_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="grime_roof_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="grime_roof_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="grime_roof_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="grime_roof_c"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="grime_roof_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="grime_roof_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="grime_roof_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="grime_roof_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="grime_win0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="name" value="grime_win1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="grime_win2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="name" value="grime_win3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="name" value="grime_win4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="name" value="grime_win5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="name" value="grime_edge_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="name" value="grime_edge_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="name" value="grime_shop_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="name" value="grime_shop_door"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="name" value="grime_shop_shutter"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="name" value="grime_shop_noodle"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="name" value="grime_shop_neon"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="name" value="grime_ladder"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="name" value="turf0"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="name" value="turf1"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="name" value="turf2"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="name" value="turf3"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="name" value="turf4"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="name" value="turf5"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="name" value="goal_bare@0,0"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="name" value="goal_bare@0,1"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="name" value="goal_bare@0,2"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="name" value="roofdeck_nw"/>
  </properties>
 </tile>
 <tile id="158">
  <properties>
   <property name="name" value="roofdeck_n"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="name" value="roofdeck_ne"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="name" value="roofdeck_w"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="name" value="roofdeck_c"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="name" value="roofdeck_e"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="name" value="roofdeck_sw"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="name" value="roofdeck_s"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="name" value="roofdeck_se"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="name" value="chainfence_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="167">
  <properties>
   <property name="name" value="chainfence_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="name" value="chainfence_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="169">
  <properties>
   <property name="name" value="chainfence_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="170">
  <properties>
   <property name="name" value="chainfence_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="name" value="chainfence_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="172">
  <properties>
   <property name="name" value="chainfence_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="name" value="chainfence_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="174">
  <properties>
   <property name="name" value="chainfence_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="175">
  <properties>
   <property name="name" value="chainfence_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="name" value="chainfence_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="177">
  <properties>
   <property name="name" value="chainfence_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="178">
  <properties>
   <property name="name" value="chainfence_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="179">
  <properties>
   <property name="name" value="chainfence_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="180">
  <properties>
   <property name="name" value="chainfence_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="181">
  <properties>
   <property name="name" value="chainfence_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="182">
  <properties>
   <property name="name" value="sign_v_pink@0,0"/>
  </properties>
  <animation>
   <frame tileid="182" duration="900"/>
   <frame tileid="185" duration="500"/>
   <frame tileid="188" duration="90"/>
   <frame tileid="191" duration="700"/>
  </animation>
 </tile>
 <tile id="183">
  <properties>
   <property name="name" value="sign_v_pink@0,1"/>
  </properties>
  <animation>
   <frame tileid="183" duration="900"/>
   <frame tileid="186" duration="500"/>
   <frame tileid="189" duration="90"/>
   <frame tileid="192" duration="700"/>
  </animation>
 </tile>
 <tile id="184">
  <properties>
   <property name="name" value="sign_v_pink@0,2"/>
  </properties>
  <animation>
   <frame tileid="184" duration="900"/>
   <frame tileid="187" duration="500"/>
   <frame tileid="190" duration="90"/>
   <frame tileid="193" duration="700"/>
  </animation>
 </tile>
 <tile id="194">
  <properties>
   <property name="name" value="sign_v_cyan@0,0"/>
  </properties>
  <animation>
   <frame tileid="194" duration="1100"/>
   <frame tileid="197" duration="400"/>
   <frame tileid="200" duration="80"/>
   <frame tileid="203" duration="600"/>
  </animation>
 </tile>
 <tile id="195">
  <properties>
   <property name="name" value="sign_v_cyan@0,1"/>
  </properties>
  <animation>
   <frame tileid="195" duration="1100"/>
   <frame tileid="198" duration="400"/>
   <frame tileid="201" duration="80"/>
   <frame tileid="204" duration="600"/>
  </animation>
 </tile>
 <tile id="196">
  <properties>
   <property name="name" value="sign_v_cyan@0,2"/>
  </properties>
  <animation>
   <frame tileid="196" duration="1100"/>
   <frame tileid="199" duration="400"/>
   <frame tileid="202" duration="80"/>
   <frame tileid="205" duration="600"/>
  </animation>
 </tile>
 <tile id="206">
  <properties>
   <property name="name" value="sign_v_lime@0,0"/>
  </properties>
  <animation>
   <frame tileid="206" duration="700"/>
   <frame tileid="209" duration="700"/>
   <frame tileid="212" duration="120"/>
   <frame tileid="215" duration="500"/>
  </animation>
 </tile>
 <tile id="207">
  <properties>
   <property name="name" value="sign_v_lime@0,1"/>
  </properties>
  <animation>
   <frame tileid="207" duration="700"/>
   <frame tileid="210" duration="700"/>
   <frame tileid="213" duration="120"/>
   <frame tileid="216" duration="500"/>
  </animation>
 </tile>
 <tile id="208">
  <properties>
   <property name="name" value="sign_v_lime@0,2"/>
  </properties>
  <animation>
   <frame tileid="208" duration="700"/>
   <frame tileid="211" duration="700"/>
   <frame tileid="214" duration="120"/>
   <frame tileid="217" duration="500"/>
  </animation>
 </tile>
 <tile id="218">
  <properties>
   <property name="name" value="sign_noodle@0,0"/>
  </properties>
  <animation>
   <frame tileid="218" duration="300"/>
   <frame tileid="221" duration="300"/>
   <frame tileid="224" duration="300"/>
  </animation>
 </tile>
 <tile id="219">
  <properties>
   <property name="name" value="sign_noodle@1,0"/>
  </properties>
  <animation>
   <frame tileid="219" duration="300"/>
   <frame tileid="222" duration="300"/>
   <frame tileid="225" duration="300"/>
  </animation>
 </tile>
 <tile id="220">
  <properties>
   <property name="name" value="sign_noodle@2,0"/>
  </properties>
  <animation>
   <frame tileid="220" duration="300"/>
   <frame tileid="223" duration="300"/>
   <frame tileid="226" duration="300"/>
  </animation>
 </tile>
 <tile id="227">
  <properties>
   <property name="name" value="sign_iq@0,0"/>
  </properties>
  <animation>
   <frame tileid="227" duration="800"/>
   <frame tileid="229" duration="800"/>
  </animation>
 </tile>
 <tile id="228">
  <properties>
   <property name="name" value="sign_iq@1,0"/>
  </properties>
  <animation>
   <frame tileid="228" duration="800"/>
   <frame tileid="230" duration="800"/>
  </animation>
 </tile>
 <tile id="231">
  <properties>
   <property name="name" value="billboard@0,0"/>
  </properties>
  <animation>
   <frame tileid="231" duration="1800"/>
   <frame tileid="239" duration="350"/>
   <frame tileid="247" duration="900"/>
   <frame tileid="255" duration="900"/>
   <frame tileid="263" duration="600"/>
   <frame tileid="271" duration="600"/>
   <frame tileid="279" duration="600"/>
   <frame tileid="287" duration="700"/>
   <frame tileid="295" duration="700"/>
   <frame tileid="303" duration="700"/>
  </animation>
 </tile>
 <tile id="232">
  <properties>
   <property name="name" value="billboard@1,0"/>
  </properties>
  <animation>
   <frame tileid="232" duration="1800"/>
   <frame tileid="240" duration="350"/>
   <frame tileid="248" duration="900"/>
   <frame tileid="256" duration="900"/>
   <frame tileid="264" duration="600"/>
   <frame tileid="272" duration="600"/>
   <frame tileid="280" duration="600"/>
   <frame tileid="288" duration="700"/>
   <frame tileid="296" duration="700"/>
   <frame tileid="304" duration="700"/>
  </animation>
 </tile>
 <tile id="233">
  <properties>
   <property name="name" value="billboard@2,0"/>
  </properties>
  <animation>
   <frame tileid="233" duration="1800"/>
   <frame tileid="241" duration="350"/>
   <frame tileid="249" duration="900"/>
   <frame tileid="257" duration="900"/>
   <frame tileid="265" duration="600"/>
   <frame tileid="273" duration="600"/>
   <frame tileid="281" duration="600"/>
   <frame tileid="289" duration="700"/>
   <frame tileid="297" duration="700"/>
   <frame tileid="305" duration="700"/>
  </animation>
 </tile>
 <tile id="234">
  <properties>
   <property name="name" value="billboard@3,0"/>
  </properties>
  <animation>
   <frame tileid="234" duration="1800"/>
   <frame tileid="242" duration="350"/>
   <frame tileid="250" duration="900"/>
   <frame tileid="258" duration="900"/>
   <frame tileid="266" duration="600"/>
   <frame tileid="274" duration="600"/>
   <frame tileid="282" duration="600"/>
   <frame tileid="290" duration="700"/>
   <frame tileid="298" duration="700"/>
   <frame tileid="306" duration="700"/>
  </animation>
 </tile>
 <tile id="235">
  <properties>
   <property name="name" value="billboard@0,1"/>
  </properties>
  <animation>
   <frame tileid="235" duration="1800"/>
   <frame tileid="243" duration="350"/>
   <frame tileid="251" duration="900"/>
   <frame tileid="259" duration="900"/>
   <frame tileid="267" duration="600"/>
   <frame tileid="275" duration="600"/>
   <frame tileid="283" duration="600"/>
   <frame tileid="291" duration="700"/>
   <frame tileid="299" duration="700"/>
   <frame tileid="307" duration="700"/>
  </animation>
 </tile>
 <tile id="236">
  <properties>
   <property name="name" value="billboard@1,1"/>
  </properties>
  <animation>
   <frame tileid="236" duration="1800"/>
   <frame tileid="244" duration="350"/>
   <frame tileid="252" duration="900"/>
   <frame tileid="260" duration="900"/>
   <frame tileid="268" duration="600"/>
   <frame tileid="276" duration="600"/>
   <frame tileid="284" duration="600"/>
   <frame tileid="292" duration="700"/>
   <frame tileid="300" duration="700"/>
   <frame tileid="308" duration="700"/>
  </animation>
 </tile>
 <tile id="237">
  <properties>
   <property name="name" value="billboard@2,1"/>
  </properties>
  <animation>
   <frame tileid="237" duration="1800"/>
   <frame tileid="245" duration="350"/>
   <frame tileid="253" duration="900"/>
   <frame tileid="261" duration="900"/>
   <frame tileid="269" duration="600"/>
   <frame tileid="277" duration="600"/>
   <frame tileid="285" duration="600"/>
   <frame tileid="293" duration="700"/>
   <frame tileid="301" duration="700"/>
   <frame tileid="309" duration="700"/>
  </animation>
 </tile>
 <tile id="238">
  <properties>
   <property name="name" value="billboard@3,1"/>
  </properties>
  <animation>
   <frame tileid="238" duration="1800"/>
   <frame tileid="246" duration="350"/>
   <frame tileid="254" duration="900"/>
   <frame tileid="262" duration="900"/>
   <frame tileid="270" duration="600"/>
   <frame tileid="278" duration="600"/>
   <frame tileid="286" duration="600"/>
   <frame tileid="294" duration="700"/>
   <frame tileid="302" duration="700"/>
   <frame tileid="310" duration="700"/>
  </animation>
 </tile>
 <tile id="311">
  <properties>
   <property name="name" value="screen"/>
  </properties>
  <animation>
   <frame tileid="311" duration="900"/>
   <frame tileid="312" duration="900"/>
   <frame tileid="313" duration="500"/>
   <frame tileid="314" duration="500"/>
   <frame tileid="315" duration="900"/>
   <frame tileid="316" duration="900"/>
  </animation>
 </tile>
 <tile id="317">
  <properties>
   <property name="name" value="traffic@0,0"/>
  </properties>
  <animation>
   <frame tileid="317" duration="2400"/>
   <frame tileid="319" duration="2400"/>
   <frame tileid="321" duration="700"/>
  </animation>
 </tile>
 <tile id="318">
  <properties>
   <property name="name" value="traffic@0,1"/>
  </properties>
  <animation>
   <frame tileid="318" duration="2400"/>
   <frame tileid="320" duration="2400"/>
   <frame tileid="322" duration="700"/>
  </animation>
 </tile>
 <tile id="323">
  <properties>
   <property name="name" value="lantern"/>
  </properties>
  <animation>
   <frame tileid="323" duration="700"/>
   <frame tileid="324" duration="700"/>
  </animation>
 </tile>
 <tile id="325">
  <properties>
   <property name="name" value="lamp_post@0,0"/>
  </properties>
 </tile>
 <tile id="326">
  <properties>
   <property name="name" value="lamp_post@0,1"/>
  </properties>
 </tile>
 <tile id="327">
  <properties>
   <property name="name" value="sign_arrow"/>
  </properties>
  <animation>
   <frame tileid="327" duration="200"/>
   <frame tileid="328" duration="200"/>
   <frame tileid="329" duration="200"/>
  </animation>
 </tile>
 <tile id="330">
  <properties>
   <property name="name" value="sign_cup"/>
  </properties>
  <animation>
   <frame tileid="330" duration="1400"/>
   <frame tileid="331" duration="300"/>
  </animation>
 </tile>
 <tile id="332">
  <properties>
   <property name="name" value="holo_noodle@0,0"/>
  </properties>
  <animation>
   <frame tileid="332" duration="600"/>
   <frame tileid="336" duration="500"/>
   <frame tileid="340" duration="700"/>
   <frame tileid="344" duration="500"/>
  </animation>
 </tile>
 <tile id="333">
  <properties>
   <property name="name" value="holo_noodle@1,0"/>
  </properties>
  <animation>
   <frame tileid="333" duration="600"/>
   <frame tileid="337" duration="500"/>
   <frame tileid="341" duration="700"/>
   <frame tileid="345" duration="500"/>
  </animation>
 </tile>
 <tile id="334">
  <properties>
   <property name="name" value="holo_noodle@0,1"/>
  </properties>
  <animation>
   <frame tileid="334" duration="600"/>
   <frame tileid="338" duration="500"/>
   <frame tileid="342" duration="700"/>
   <frame tileid="346" duration="500"/>
  </animation>
 </tile>
 <tile id="335">
  <properties>
   <property name="name" value="holo_noodle@1,1"/>
  </properties>
  <animation>
   <frame tileid="335" duration="600"/>
   <frame tileid="339" duration="500"/>
   <frame tileid="343" duration="700"/>
   <frame tileid="347" duration="500"/>
  </animation>
 </tile>
 <tile id="348">
  <properties>
   <property name="name" value="holo_qbot@0,0"/>
  </properties>
  <animation>
   <frame tileid="348" duration="600"/>
   <frame tileid="352" duration="500"/>
   <frame tileid="356" duration="700"/>
   <frame tileid="360" duration="500"/>
  </animation>
 </tile>
 <tile id="349">
  <properties>
   <property name="name" value="holo_qbot@1,0"/>
  </properties>
  <animation>
   <frame tileid="349" duration="600"/>
   <frame tileid="353" duration="500"/>
   <frame tileid="357" duration="700"/>
   <frame tileid="361" duration="500"/>
  </animation>
 </tile>
 <tile id="350">
  <properties>
   <property name="name" value="holo_qbot@0,1"/>
  </properties>
  <animation>
   <frame tileid="350" duration="600"/>
   <frame tileid="354" duration="500"/>
   <frame tileid="358" duration="700"/>
   <frame tileid="362" duration="500"/>
  </animation>
 </tile>
 <tile id="351">
  <properties>
   <property name="name" value="holo_qbot@1,1"/>
  </properties>
  <animation>
   <frame tileid="351" duration="600"/>
   <frame tileid="355" duration="500"/>
   <frame tileid="359" duration="700"/>
   <frame tileid="363" duration="500"/>
  </animation>
 </tile>
 <tile id="364">
  <properties>
   <property name="name" value="holo_gen6@0,0"/>
  </properties>
  <animation>
   <frame tileid="364" duration="600"/>
   <frame tileid="368" duration="500"/>
   <frame tileid="372" duration="700"/>
   <frame tileid="376" duration="500"/>
  </animation>
 </tile>
 <tile id="365">
  <properties>
   <property name="name" value="holo_gen6@1,0"/>
  </properties>
  <animation>
   <frame tileid="365" duration="600"/>
   <frame tileid="369" duration="500"/>
   <frame tileid="373" duration="700"/>
   <frame tileid="377" duration="500"/>
  </animation>
 </tile>
 <tile id="366">
  <properties>
   <property name="name" value="holo_gen6@0,1"/>
  </properties>
  <animation>
   <frame tileid="366" duration="600"/>
   <frame tileid="370" duration="500"/>
   <frame tileid="374" duration="700"/>
   <frame tileid="378" duration="500"/>
  </animation>
 </tile>
 <tile id="367">
  <properties>
   <property name="name" value="holo_gen6@1,1"/>
  </properties>
  <animation>
   <frame tileid="367" duration="600"/>
   <frame tileid="371" duration="500"/>
   <frame tileid="375" duration="700"/>
   <frame tileid="379" duration="500"/>
  </animation>
 </tile>
 <tile id="380">
  <properties>
   <property name="name" value="vend_pink@0,0"/>
  </properties>
 </tile>
 <tile id="381">
  <properties>
   <property name="name" value="vend_pink@0,1"/>
  </properties>
 </tile>
 <tile id="382">
  <properties>
   <property name="name" value="vend_cyan@0,0"/>
  </properties>
 </tile>
 <tile id="383">
  <properties>
   <property name="name" value="vend_cyan@0,1"/>
  </properties>
 </tile>
 <tile id="384">
  <properties>
   <property name="name" value="bin"/>
  </properties>
 </tile>
 <tile id="385">
  <properties>
   <property name="name" value="bin_blue"/>
  </properties>
 </tile>
 <tile id="386">
  <properties>
   <property name="name" value="bench@0,0"/>
  </properties>
 </tile>
 <tile id="387">
  <properties>
   <property name="name" value="bench@1,0"/>
  </properties>
 </tile>
 <tile id="388">
  <properties>
   <property name="name" value="tree@0,0"/>
  </properties>
 </tile>
 <tile id="389">
  <properties>
   <property name="name" value="tree@1,0"/>
  </properties>
 </tile>
 <tile id="390">
  <properties>
   <property name="name" value="tree@0,1"/>
  </properties>
 </tile>
 <tile id="391">
  <properties>
   <property name="name" value="tree@1,1"/>
  </properties>
 </tile>
 <tile id="392">
  <properties>
   <property name="name" value="car_neon_pink@0,0"/>
  </properties>
 </tile>
 <tile id="393">
  <properties>
   <property name="name" value="car_neon_pink@1,0"/>
  </properties>
 </tile>
 <tile id="394">
  <properties>
   <property name="name" value="car_neon_yellow@0,0"/>
  </properties>
 </tile>
 <tile id="395">
  <properties>
   <property name="name" value="car_neon_yellow@1,0"/>
  </properties>
 </tile>
 <tile id="396">
  <properties>
   <property name="name" value="car_bot_blue@0,0"/>
  </properties>
 </tile>
 <tile id="397">
  <properties>
   <property name="name" value="car_bot_blue@1,0"/>
  </properties>
 </tile>
 <tile id="398">
  <properties>
   <property name="name" value="car_mist@0,0"/>
  </properties>
 </tile>
 <tile id="399">
  <properties>
   <property name="name" value="car_mist@1,0"/>
  </properties>
 </tile>
 <tile id="400">
  <properties>
   <property name="name" value="car_ares_red@0,0"/>
  </properties>
 </tile>
 <tile id="401">
  <properties>
   <property name="name" value="car_ares_red@1,0"/>
  </properties>
 </tile>
 <tile id="402">
  <properties>
   <property name="name" value="cart@0,0"/>
  </properties>
 </tile>
 <tile id="403">
  <properties>
   <property name="name" value="cart@1,0"/>
  </properties>
 </tile>
 <tile id="404">
  <properties>
   <property name="name" value="cart@0,1"/>
  </properties>
 </tile>
 <tile id="405">
  <properties>
   <property name="name" value="cart@1,1"/>
  </properties>
 </tile>
 <tile id="406">
  <properties>
   <property name="name" value="shelter@0,0"/>
  </properties>
 </tile>
 <tile id="407">
  <properties>
   <property name="name" value="shelter@1,0"/>
  </properties>
 </tile>
 <tile id="408">
  <properties>
   <property name="name" value="shelter@2,0"/>
  </properties>
 </tile>
 <tile id="409">
  <properties>
   <property name="name" value="shelter@0,1"/>
  </properties>
 </tile>
 <tile id="410">
  <properties>
   <property name="name" value="shelter@1,1"/>
  </properties>
 </tile>
 <tile id="411">
  <properties>
   <property name="name" value="shelter@2,1"/>
  </properties>
 </tile>
 <tile id="412">
  <properties>
   <property name="name" value="crate"/>
  </properties>
 </tile>
 <tile id="413">
  <properties>
   <property name="name" value="crate_blue"/>
  </properties>
 </tile>
 <tile id="414">
  <properties>
   <property name="name" value="hydrant"/>
  </properties>
 </tile>
 <tile id="415">
  <properties>
   <property name="name" value="bollard"/>
  </properties>
 </tile>
 <tile id="416">
  <properties>
   <property name="name" value="ac"/>
  </properties>
  <animation>
   <frame tileid="416" duration="120"/>
   <frame tileid="417" duration="120"/>
  </animation>
 </tile>
 <tile id="418">
  <properties>
   <property name="name" value="vent"/>
  </properties>
 </tile>
 <tile id="419">
  <properties>
   <property name="name" value="tank@0,0"/>
  </properties>
 </tile>
 <tile id="420">
  <properties>
   <property name="name" value="tank@1,0"/>
  </properties>
 </tile>
 <tile id="421">
  <properties>
   <property name="name" value="tank@0,1"/>
  </properties>
 </tile>
 <tile id="422">
  <properties>
   <property name="name" value="tank@1,1"/>
  </properties>
 </tile>
 <tile id="423">
  <properties>
   <property name="name" value="antenna@0,0"/>
  </properties>
  <animation>
   <frame tileid="423" duration="500"/>
   <frame tileid="425" duration="900"/>
  </animation>
 </tile>
 <tile id="424">
  <properties>
   <property name="name" value="antenna@0,1"/>
  </properties>
  <animation>
   <frame tileid="424" duration="500"/>
   <frame tileid="426" duration="900"/>
  </animation>
 </tile>
 <tile id="427">
  <properties>
   <property name="name" value="solar@0,0"/>
  </properties>
 </tile>
 <tile id="428">
  <properties>
   <property name="name" value="solar@1,0"/>
  </properties>
 </tile>
 <tile id="429">
  <properties>
   <property name="name" value="skylight@0,0"/>
  </properties>
 </tile>
 <tile id="430">
  <properties>
   <property name="name" value="skylight@1,0"/>
  </properties>
 </tile>
 <tile id="431">
  <properties>
   <property name="name" value="helipad@0,0"/>
  </properties>
 </tile>
 <tile id="432">
  <properties>
   <property name="name" value="helipad@1,0"/>
  </properties>
 </tile>
 <tile id="433">
  <properties>
   <property name="name" value="helipad@2,0"/>
  </properties>
 </tile>
 <tile id="434">
  <properties>
   <property name="name" value="helipad@0,1"/>
  </properties>
 </tile>
 <tile id="435">
  <properties>
   <property name="name" value="helipad@1,1"/>
  </properties>
 </tile>
 <tile id="436">
  <properties>
   <property name="name" value="helipad@2,1"/>
  </properties>
 </tile>
 <tile id="437">
  <properties>
   <property name="name" value="helipad@0,2"/>
  </properties>
 </tile>
 <tile id="438">
  <properties>
   <property name="name" value="helipad@1,2"/>
  </properties>
 </tile>
 <tile id="439">
  <properties>
   <property name="name" value="helipad@2,2"/>
  </properties>
 </tile>
 <tile id="440">
  <properties>
   <property name="name" value="garden@0,0"/>
  </properties>
 </tile>
 <tile id="441">
  <properties>
   <property name="name" value="garden@1,0"/>
  </properties>
 </tile>
 <tile id="442">
  <properties>
   <property name="name" value="roofdoor@0,0"/>
  </properties>
 </tile>
 <tile id="443">
  <properties>
   <property name="name" value="roofdoor@1,0"/>
  </properties>
 </tile>
 <tile id="444">
  <properties>
   <property name="name" value="roofdoor@0,1"/>
  </properties>
 </tile>
 <tile id="445">
  <properties>
   <property name="name" value="roofdoor@1,1"/>
  </properties>
 </tile>
 <tile id="446">
  <properties>
   <property name="name" value="deck0"/>
  </properties>
 </tile>
 <tile id="447">
  <properties>
   <property name="name" value="deck1"/>
  </properties>
 </tile>
 <tile id="448">
  <properties>
   <property name="name" value="deck2"/>
  </properties>
 </tile>
 <tile id="449">
  <properties>
   <property name="name" value="deck_dash"/>
  </properties>
 </tile>
 <tile id="450">
  <properties>
   <property name="name" value="deck_edge_n"/>
  </properties>
 </tile>
 <tile id="451">
  <properties>
   <property name="name" value="deck_edge_s"/>
  </properties>
 </tile>
 <tile id="452">
  <properties>
   <property name="name" value="rail_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="453">
  <properties>
   <property name="name" value="rail_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="454">
  <properties>
   <property name="name" value="rail_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="455">
  <properties>
   <property name="name" value="rail_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="456">
  <properties>
   <property name="name" value="rail_broken"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="457">
  <properties>
   <property name="name" value="void0"/>
  </properties>
  <animation>
   <frame tileid="457" duration="800"/>
   <frame tileid="458" duration="500"/>
  </animation>
 </tile>
 <tile id="459">
  <properties>
   <property name="name" value="void1"/>
  </properties>
  <animation>
   <frame tileid="459" duration="1100"/>
   <frame tileid="460" duration="500"/>
  </animation>
 </tile>
 <tile id="461">
  <properties>
   <property name="name" value="void2"/>
  </properties>
  <animation>
   <frame tileid="461" duration="1400"/>
   <frame tileid="462" duration="500"/>
  </animation>
 </tile>
 <tile id="463">
  <properties>
   <property name="name" value="deck_far"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="464">
  <properties>
   <property name="name" value="below0"/>
  </properties>
  <animation>
   <frame tileid="464" duration="1200"/>
   <frame tileid="465" duration="400"/>
  </animation>
 </tile>
 <tile id="466">
  <properties>
   <property name="name" value="below1"/>
  </properties>
  <animation>
   <frame tileid="466" duration="1400"/>
   <frame tileid="467" duration="400"/>
  </animation>
 </tile>
 <tile id="468">
  <properties>
   <property name="name" value="below2"/>
  </properties>
  <animation>
   <frame tileid="468" duration="1600"/>
   <frame tileid="469" duration="400"/>
  </animation>
 </tile>
 <tile id="470">
  <properties>
   <property name="name" value="below3"/>
  </properties>
  <animation>
   <frame tileid="470" duration="1800"/>
   <frame tileid="471" duration="400"/>
  </animation>
 </tile>
 <tile id="472">
  <properties>
   <property name="name" value="overpass_n"/>
  </properties>
 </tile>
 <tile id="473">
  <properties>
   <property name="name" value="overpass_m"/>
  </properties>
 </tile>
 <tile id="474">
  <properties>
   <property name="name" value="overpass_s"/>
  </properties>
 </tile>
 <tile id="475">
  <properties>
   <property name="name" value="pillar"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="476">
  <properties>
   <property name="name" value="deck_far_dash"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="477">
  <properties>
   <property name="name" value="deck_under"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="478">
  <properties>
   <property name="name" value="gantry@0,0"/>
  </properties>
 </tile>
 <tile id="479">
  <properties>
   <property name="name" value="gantry@1,0"/>
  </properties>
 </tile>
 <tile id="480">
  <properties>
   <property name="name" value="gantry@2,0"/>
  </properties>
 </tile>
 <tile id="481">
  <properties>
   <property name="name" value="cone"/>
  </properties>
  <animation>
   <frame tileid="481" duration="600"/>
   <frame tileid="482" duration="400"/>
  </animation>
 </tile>
 <tile id="483">
  <properties>
   <property name="name" value="barrier@0,0"/>
  </properties>
 </tile>
 <tile id="484">
  <properties>
   <property name="name" value="barrier@1,0"/>
  </properties>
 </tile>
 <tile id="485">
  <properties>
   <property name="name" value="grime0"/>
  </properties>
 </tile>
 <tile id="486">
  <properties>
   <property name="name" value="grime1"/>
  </properties>
 </tile>
 <tile id="487">
  <properties>
   <property name="name" value="grime2"/>
  </properties>
 </tile>
 <tile id="488">
  <properties>
   <property name="name" value="grime3"/>
  </properties>
 </tile>
 <tile id="489">
  <properties>
   <property name="name" value="puddle"/>
  </properties>
  <animation>
   <frame tileid="489" duration="400"/>
   <frame tileid="490" duration="400"/>
   <frame tileid="491" duration="400"/>
  </animation>
 </tile>
 <tile id="492">
  <properties>
   <property name="name" value="bags"/>
  </properties>
 </tile>
 <tile id="493">
  <properties>
   <property name="name" value="litter"/>
  </properties>
 </tile>
 <tile id="494">
  <properties>
   <property name="name" value="barrel_fire"/>
  </properties>
  <animation>
   <frame tileid="494" duration="140"/>
   <frame tileid="495" duration="140"/>
   <frame tileid="496" duration="140"/>
  </animation>
 </tile>
 <tile id="497">
  <properties>
   <property name="name" value="steam"/>
  </properties>
  <animation>
   <frame tileid="497" duration="160"/>
   <frame tileid="498" duration="160"/>
   <frame tileid="499" duration="160"/>
   <frame tileid="500" duration="160"/>
  </animation>
 </tile>
 <tile id="501">
  <properties>
   <property name="name" value="fence@0,0"/>
  </properties>
 </tile>
 <tile id="502">
  <properties>
   <property name="name" value="fence@0,1"/>
  </properties>
 </tile>
 <tile id="503">
  <properties>
   <property name="name" value="scrap@0,0"/>
  </properties>
 </tile>
 <tile id="504">
  <properties>
   <property name="name" value="scrap@1,0"/>
  </properties>
 </tile>
 <tile id="505">
  <properties>
   <property name="name" value="scrap@0,1"/>
  </properties>
 </tile>
 <tile id="506">
  <properties>
   <property name="name" value="scrap@1,1"/>
  </properties>
 </tile>
 <tile id="507">
  <properties>
   <property name="name" value="wreck@0,0"/>
  </properties>
 </tile>
 <tile id="508">
  <properties>
   <property name="name" value="wreck@1,0"/>
  </properties>
 </tile>
 <tile id="509">
  <properties>
   <property name="name" value="steps"/>
  </properties>
 </tile>
 <tile id="510">
  <properties>
   <property name="name" value="pipe_h"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="511">
  <properties>
   <property name="name" value="cables"/>
  </properties>
 </tile>
 <tile id="512">
  <properties>
   <property name="name" value="laundry@0,0"/>
  </properties>
 </tile>
 <tile id="513">
  <properties>
   <property name="name" value="laundry@1,0"/>
  </properties>
 </tile>
 <tile id="514">
  <properties>
   <property name="name" value="graffiti@0,0"/>
  </properties>
 </tile>
 <tile id="515">
  <properties>
   <property name="name" value="graffiti@1,0"/>
  </properties>
 </tile>
 <tile id="516">
  <properties>
   <property name="name" value="tag"/>
  </properties>
 </tile>
 <tile id="517">
  <properties>
   <property name="name" value="sewer_cap_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="518">
  <properties>
   <property name="name" value="sewer_cap_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="519">
  <properties>
   <property name="name" value="sewer_cap_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="520">
  <properties>
   <property name="name" value="sewer_cap_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="521">
  <properties>
   <property name="name" value="sewer_cap_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="522">
  <properties>
   <property name="name" value="sewer_cap_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="523">
  <properties>
   <property name="name" value="sewer_cap_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="524">
  <properties>
   <property name="name" value="sewer_cap_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="525">
  <properties>
   <property name="name" value="sewer_cap_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="526">
  <properties>
   <property name="name" value="sewer_cap_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="527">
  <properties>
   <property name="name" value="sewer_cap_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="528">
  <properties>
   <property name="name" value="sewer_cap_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="529">
  <properties>
   <property name="name" value="sewer_cap_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="530">
  <properties>
   <property name="name" value="sewer_cap_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="531">
  <properties>
   <property name="name" value="sewer_cap_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="532">
  <properties>
   <property name="name" value="sewer_cap_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="533">
  <properties>
   <property name="name" value="sewer_face0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="534">
  <properties>
   <property name="name" value="sewer_face1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="535">
  <properties>
   <property name="name" value="sewer_face2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="536">
  <properties>
   <property name="name" value="sewer_hi0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="537">
  <properties>
   <property name="name" value="sewer_hi1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="538">
  <properties>
   <property name="name" value="sewer_hi2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="539">
  <properties>
   <property name="name" value="sewer_ladder"/>
  </properties>
 </tile>
 <tile id="540">
  <properties>
   <property name="name" value="sewer_walk"/>
  </properties>
 </tile>
 <tile id="541">
  <properties>
   <property name="name" value="sewer_walk1"/>
  </properties>
 </tile>
 <tile id="542">
  <properties>
   <property name="name" value="sewer_lip_0"/>
  </properties>
 </tile>
 <tile id="543">
  <properties>
   <property name="name" value="sewer_lip_1"/>
  </properties>
 </tile>
 <tile id="544">
  <properties>
   <property name="name" value="sewer_lip_2"/>
  </properties>
 </tile>
 <tile id="545">
  <properties>
   <property name="name" value="sewer_lip_3"/>
  </properties>
 </tile>
 <tile id="546">
  <properties>
   <property name="name" value="sewer_lip_4"/>
  </properties>
 </tile>
 <tile id="547">
  <properties>
   <property name="name" value="sewer_lip_5"/>
  </properties>
 </tile>
 <tile id="548">
  <properties>
   <property name="name" value="sewer_lip_6"/>
  </properties>
 </tile>
 <tile id="549">
  <properties>
   <property name="name" value="sewer_lip_7"/>
  </properties>
 </tile>
 <tile id="550">
  <properties>
   <property name="name" value="sewer_lip_8"/>
  </properties>
 </tile>
 <tile id="551">
  <properties>
   <property name="name" value="sewer_lip_9"/>
  </properties>
 </tile>
 <tile id="552">
  <properties>
   <property name="name" value="sewer_lip_10"/>
  </properties>
 </tile>
 <tile id="553">
  <properties>
   <property name="name" value="sewer_lip_11"/>
  </properties>
 </tile>
 <tile id="554">
  <properties>
   <property name="name" value="sewer_lip_12"/>
  </properties>
 </tile>
 <tile id="555">
  <properties>
   <property name="name" value="sewer_lip_13"/>
  </properties>
 </tile>
 <tile id="556">
  <properties>
   <property name="name" value="sewer_lip_14"/>
  </properties>
 </tile>
 <tile id="557">
  <properties>
   <property name="name" value="sewer_lip_15"/>
  </properties>
 </tile>
 <tile id="558">
  <properties>
   <property name="name" value="water"/>
  </properties>
  <animation>
   <frame tileid="558" duration="200"/>
   <frame tileid="559" duration="200"/>
   <frame tileid="560" duration="200"/>
   <frame tileid="561" duration="200"/>
  </animation>
 </tile>
 <tile id="562">
  <properties>
   <property name="name" value="sewer_lamp"/>
  </properties>
  <animation>
   <frame tileid="562" duration="900"/>
   <frame tileid="563" duration="900"/>
   <frame tileid="564" duration="120"/>
   <frame tileid="565" duration="600"/>
  </animation>
 </tile>
 <tile id="566">
  <properties>
   <property name="name" value="sewer_pipe"/>
  </properties>
 </tile>
 <tile id="567">
  <properties>
   <property name="name" value="fairylights"/>
  </properties>
  <animation>
   <frame tileid="567" duration="600"/>
   <frame tileid="568" duration="600"/>
  </animation>
 </tile>
 <tile id="569">
  <properties>
   <property name="name" value="sewer_outflow"/>
  </properties>
  <animation>
   <frame tileid="569" duration="120"/>
   <frame tileid="570" duration="120"/>
   <frame tileid="571" duration="120"/>
  </animation>
 </tile>
 <tile id="572">
  <properties>
   <property name="name" value="grate"/>
  </properties>
 </tile>
 <tile id="573">
  <properties>
   <property name="name" value="plank"/>
  </properties>
 </tile>
 <tile id="574">
  <properties>
   <property name="name" value="hideout@0,0"/>
  </properties>
 </tile>
 <tile id="575">
  <properties>
   <property name="name" value="hideout@1,0"/>
  </properties>
 </tile>
 <tile id="576">
  <properties>
   <property name="name" value="moss"/>
  </properties>
 </tile>
 <tile id="577">
  <properties>
   <property name="name" value="traffic_ea@0,0"/>
  </properties>
  <animation>
   <frame tileid="577" duration="60"/>
   <frame tileid="585" duration="60"/>
   <frame tileid="593" duration="60"/>
   <frame tileid="601" duration="60"/>
   <frame tileid="609" duration="60"/>
   <frame tileid="617" duration="60"/>
   <frame tileid="625" duration="60"/>
   <frame tileid="633" duration="60"/>
   <frame tileid="641" duration="60"/>
   <frame tileid="649" duration="60"/>
   <frame tileid="657" duration="60"/>
   <frame tileid="665" duration="60"/>
   <frame tileid="673" duration="60"/>
   <frame tileid="681" duration="60"/>
   <frame tileid="689" duration="60"/>
   <frame tileid="697" duration="60"/>
   <frame tileid="705" duration="60"/>
   <frame tileid="713" duration="60"/>
   <frame tileid="721" duration="60"/>
   <frame tileid="729" duration="60"/>
   <frame tileid="737" duration="60"/>
   <frame tileid="745" duration="60"/>
   <frame tileid="753" duration="60"/>
   <frame tileid="761" duration="60"/>
   <frame tileid="769" duration="60"/>
   <frame tileid="777" duration="60"/>
   <frame tileid="785" duration="60"/>
   <frame tileid="793" duration="60"/>
   <frame tileid="801" duration="60"/>
   <frame tileid="809" duration="60"/>
   <frame tileid="817" duration="60"/>
   <frame tileid="825" duration="60"/>
  </animation>
 </tile>
 <tile id="578">
  <properties>
   <property name="name" value="traffic_ea@1,0"/>
  </properties>
  <animation>
   <frame tileid="578" duration="60"/>
   <frame tileid="586" duration="60"/>
   <frame tileid="594" duration="60"/>
   <frame tileid="602" duration="60"/>
   <frame tileid="610" duration="60"/>
   <frame tileid="618" duration="60"/>
   <frame tileid="626" duration="60"/>
   <frame tileid="634" duration="60"/>
   <frame tileid="642" duration="60"/>
   <frame tileid="650" duration="60"/>
   <frame tileid="658" duration="60"/>
   <frame tileid="666" duration="60"/>
   <frame tileid="674" duration="60"/>
   <frame tileid="682" duration="60"/>
   <frame tileid="690" duration="60"/>
   <frame tileid="698" duration="60"/>
   <frame tileid="706" duration="60"/>
   <frame tileid="714" duration="60"/>
   <frame tileid="722" duration="60"/>
   <frame tileid="730" duration="60"/>
   <frame tileid="738" duration="60"/>
   <frame tileid="746" duration="60"/>
   <frame tileid="754" duration="60"/>
   <frame tileid="762" duration="60"/>
   <frame tileid="770" duration="60"/>
   <frame tileid="778" duration="60"/>
   <frame tileid="786" duration="60"/>
   <frame tileid="794" duration="60"/>
   <frame tileid="802" duration="60"/>
   <frame tileid="810" duration="60"/>
   <frame tileid="818" duration="60"/>
   <frame tileid="826" duration="60"/>
  </animation>
 </tile>
 <tile id="579">
  <properties>
   <property name="name" value="traffic_ea@2,0"/>
  </properties>
  <animation>
   <frame tileid="579" duration="60"/>
   <frame tileid="587" duration="60"/>
   <frame tileid="595" duration="60"/>
   <frame tileid="603" duration="60"/>
   <frame tileid="611" duration="60"/>
   <frame tileid="619" duration="60"/>
   <frame tileid="627" duration="60"/>
   <frame tileid="635" duration="60"/>
   <frame tileid="643" duration="60"/>
   <frame tileid="651" duration="60"/>
   <frame tileid="659" duration="60"/>
   <frame tileid="667" duration="60"/>
   <frame tileid="675" duration="60"/>
   <frame tileid="683" duration="60"/>
   <frame tileid="691" duration="60"/>
   <frame tileid="699" duration="60"/>
   <frame tileid="707" duration="60"/>
   <frame tileid="715" duration="60"/>
   <frame tileid="723" duration="60"/>
   <frame tileid="731" duration="60"/>
   <frame tileid="739" duration="60"/>
   <frame tileid="747" duration="60"/>
   <frame tileid="755" duration="60"/>
   <frame tileid="763" duration="60"/>
   <frame tileid="771" duration="60"/>
   <frame tileid="779" duration="60"/>
   <frame tileid="787" duration="60"/>
   <frame tileid="795" duration="60"/>
   <frame tileid="803" duration="60"/>
   <frame tileid="811" duration="60"/>
   <frame tileid="819" duration="60"/>
   <frame tileid="827" duration="60"/>
  </animation>
 </tile>
 <tile id="580">
  <properties>
   <property name="name" value="traffic_ea@3,0"/>
  </properties>
  <animation>
   <frame tileid="580" duration="60"/>
   <frame tileid="588" duration="60"/>
   <frame tileid="596" duration="60"/>
   <frame tileid="604" duration="60"/>
   <frame tileid="612" duration="60"/>
   <frame tileid="620" duration="60"/>
   <frame tileid="628" duration="60"/>
   <frame tileid="636" duration="60"/>
   <frame tileid="644" duration="60"/>
   <frame tileid="652" duration="60"/>
   <frame tileid="660" duration="60"/>
   <frame tileid="668" duration="60"/>
   <frame tileid="676" duration="60"/>
   <frame tileid="684" duration="60"/>
   <frame tileid="692" duration="60"/>
   <frame tileid="700" duration="60"/>
   <frame tileid="708" duration="60"/>
   <frame tileid="716" duration="60"/>
   <frame tileid="724" duration="60"/>
   <frame tileid="732" duration="60"/>
   <frame tileid="740" duration="60"/>
   <frame tileid="748" duration="60"/>
   <frame tileid="756" duration="60"/>
   <frame tileid="764" duration="60"/>
   <frame tileid="772" duration="60"/>
   <frame tileid="780" duration="60"/>
   <frame tileid="788" duration="60"/>
   <frame tileid="796" duration="60"/>
   <frame tileid="804" duration="60"/>
   <frame tileid="812" duration="60"/>
   <frame tileid="820" duration="60"/>
   <frame tileid="828" duration="60"/>
  </animation>
 </tile>
 <tile id="581">
  <properties>
   <property name="name" value="traffic_ea@4,0"/>
  </properties>
  <animation>
   <frame tileid="581" duration="60"/>
   <frame tileid="589" duration="60"/>
   <frame tileid="597" duration="60"/>
   <frame tileid="605" duration="60"/>
   <frame tileid="613" duration="60"/>
   <frame tileid="621" duration="60"/>
   <frame tileid="629" duration="60"/>
   <frame tileid="637" duration="60"/>
   <frame tileid="645" duration="60"/>
   <frame tileid="653" duration="60"/>
   <frame tileid="661" duration="60"/>
   <frame tileid="669" duration="60"/>
   <frame tileid="677" duration="60"/>
   <frame tileid="685" duration="60"/>
   <frame tileid="693" duration="60"/>
   <frame tileid="701" duration="60"/>
   <frame tileid="709" duration="60"/>
   <frame tileid="717" duration="60"/>
   <frame tileid="725" duration="60"/>
   <frame tileid="733" duration="60"/>
   <frame tileid="741" duration="60"/>
   <frame tileid="749" duration="60"/>
   <frame tileid="757" duration="60"/>
   <frame tileid="765" duration="60"/>
   <frame tileid="773" duration="60"/>
   <frame tileid="781" duration="60"/>
   <frame tileid="789" duration="60"/>
   <frame tileid="797" duration="60"/>
   <frame tileid="805" duration="60"/>
   <frame tileid="813" duration="60"/>
   <frame tileid="821" duration="60"/>
   <frame tileid="829" duration="60"/>
  </animation>
 </tile>
 <tile id="582">
  <properties>
   <property name="name" value="traffic_ea@5,0"/>
  </properties>
  <animation>
   <frame tileid="582" duration="60"/>
   <frame tileid="590" duration="60"/>
   <frame tileid="598" duration="60"/>
   <frame tileid="606" duration="60"/>
   <frame tileid="614" duration="60"/>
   <frame tileid="622" duration="60"/>
   <frame tileid="630" duration="60"/>
   <frame tileid="638" duration="60"/>
   <frame tileid="646" duration="60"/>
   <frame tileid="654" duration="60"/>
   <frame tileid="662" duration="60"/>
   <frame tileid="670" duration="60"/>
   <frame tileid="678" duration="60"/>
   <frame tileid="686" duration="60"/>
   <frame tileid="694" duration="60"/>
   <frame tileid="702" duration="60"/>
   <frame tileid="710" duration="60"/>
   <frame tileid="718" duration="60"/>
   <frame tileid="726" duration="60"/>
   <frame tileid="734" duration="60"/>
   <frame tileid="742" duration="60"/>
   <frame tileid="750" duration="60"/>
   <frame tileid="758" duration="60"/>
   <frame tileid="766" duration="60"/>
   <frame tileid="774" duration="60"/>
   <frame tileid="782" duration="60"/>
   <frame tileid="790" duration="60"/>
   <frame tileid="798" duration="60"/>
   <frame tileid="806" duration="60"/>
   <frame tileid="814" duration="60"/>
   <frame tileid="822" duration="60"/>
   <frame tileid="830" duration="60"/>
  </animation>
 </tile>
 <tile id="583">
  <properties>
   <property name="name" value="traffic_ea@6,0"/>
  </properties>
  <animation>
   <frame tileid="583" duration="60"/>
   <frame tileid="591" duration="60"/>
   <frame tileid="599" duration="60"/>
   <frame tileid="607" duration="60"/>
   <frame tileid="615" duration="60"/>
   <frame tileid="623" duration="60"/>
   <frame tileid="631" duration="60"/>
   <frame tileid="639" duration="60"/>
   <frame tileid="647" duration="60"/>
   <frame tileid="655" duration="60"/>
   <frame tileid="663" duration="60"/>
   <frame tileid="671" duration="60"/>
   <frame tileid="679" duration="60"/>
   <frame tileid="687" duration="60"/>
   <frame tileid="695" duration="60"/>
   <frame tileid="703" duration="60"/>
   <frame tileid="711" duration="60"/>
   <frame tileid="719" duration="60"/>
   <frame tileid="727" duration="60"/>
   <frame tileid="735" duration="60"/>
   <frame tileid="743" duration="60"/>
   <frame tileid="751" duration="60"/>
   <frame tileid="759" duration="60"/>
   <frame tileid="767" duration="60"/>
   <frame tileid="775" duration="60"/>
   <frame tileid="783" duration="60"/>
   <frame tileid="791" duration="60"/>
   <frame tileid="799" duration="60"/>
   <frame tileid="807" duration="60"/>
   <frame tileid="815" duration="60"/>
   <frame tileid="823" duration="60"/>
   <frame tileid="831" duration="60"/>
  </animation>
 </tile>
 <tile id="584">
  <properties>
   <property name="name" value="traffic_ea@7,0"/>
  </properties>
  <animation>
   <frame tileid="584" duration="60"/>
   <frame tileid="592" duration="60"/>
   <frame tileid="600" duration="60"/>
   <frame tileid="608" duration="60"/>
   <frame tileid="616" duration="60"/>
   <frame tileid="624" duration="60"/>
   <frame tileid="632" duration="60"/>
   <frame tileid="640" duration="60"/>
   <frame tileid="648" duration="60"/>
   <frame tileid="656" duration="60"/>
   <frame tileid="664" duration="60"/>
   <frame tileid="672" duration="60"/>
   <frame tileid="680" duration="60"/>
   <frame tileid="688" duration="60"/>
   <frame tileid="696" duration="60"/>
   <frame tileid="704" duration="60"/>
   <frame tileid="712" duration="60"/>
   <frame tileid="720" duration="60"/>
   <frame tileid="728" duration="60"/>
   <frame tileid="736" duration="60"/>
   <frame tileid="744" duration="60"/>
   <frame tileid="752" duration="60"/>
   <frame tileid="760" duration="60"/>
   <frame tileid="768" duration="60"/>
   <frame tileid="776" duration="60"/>
   <frame tileid="784" duration="60"/>
   <frame tileid="792" duration="60"/>
   <frame tileid="800" duration="60"/>
   <frame tileid="808" duration="60"/>
   <frame tileid="816" duration="60"/>
   <frame tileid="824" duration="60"/>
   <frame tileid="832" duration="60"/>
  </animation>
 </tile>
 <tile id="833">
  <properties>
   <property name="name" value="traffic_wa@0,0"/>
  </properties>
  <animation>
   <frame tileid="833" duration="60"/>
   <frame tileid="841" duration="60"/>
   <frame tileid="849" duration="60"/>
   <frame tileid="857" duration="60"/>
   <frame tileid="865" duration="60"/>
   <frame tileid="873" duration="60"/>
   <frame tileid="881" duration="60"/>
   <frame tileid="889" duration="60"/>
   <frame tileid="897" duration="60"/>
   <frame tileid="905" duration="60"/>
   <frame tileid="913" duration="60"/>
   <frame tileid="921" duration="60"/>
   <frame tileid="929" duration="60"/>
   <frame tileid="937" duration="60"/>
   <frame tileid="945" duration="60"/>
   <frame tileid="953" duration="60"/>
   <frame tileid="961" duration="60"/>
   <frame tileid="969" duration="60"/>
   <frame tileid="977" duration="60"/>
   <frame tileid="985" duration="60"/>
   <frame tileid="993" duration="60"/>
   <frame tileid="1001" duration="60"/>
   <frame tileid="1009" duration="60"/>
   <frame tileid="1017" duration="60"/>
   <frame tileid="1025" duration="60"/>
   <frame tileid="1033" duration="60"/>
   <frame tileid="1041" duration="60"/>
   <frame tileid="1049" duration="60"/>
   <frame tileid="1057" duration="60"/>
   <frame tileid="1065" duration="60"/>
   <frame tileid="1073" duration="60"/>
   <frame tileid="1081" duration="60"/>
  </animation>
 </tile>
 <tile id="834">
  <properties>
   <property name="name" value="traffic_wa@1,0"/>
  </properties>
  <animation>
   <frame tileid="834" duration="60"/>
   <frame tileid="842" duration="60"/>
   <frame tileid="850" duration="60"/>
   <frame tileid="858" duration="60"/>
   <frame tileid="866" duration="60"/>
   <frame tileid="874" duration="60"/>
   <frame tileid="882" duration="60"/>
   <frame tileid="890" duration="60"/>
   <frame tileid="898" duration="60"/>
   <frame tileid="906" duration="60"/>
   <frame tileid="914" duration="60"/>
   <frame tileid="922" duration="60"/>
   <frame tileid="930" duration="60"/>
   <frame tileid="938" duration="60"/>
   <frame tileid="946" duration="60"/>
   <frame tileid="954" duration="60"/>
   <frame tileid="962" duration="60"/>
   <frame tileid="970" duration="60"/>
   <frame tileid="978" duration="60"/>
   <frame tileid="986" duration="60"/>
   <frame tileid="994" duration="60"/>
   <frame tileid="1002" duration="60"/>
   <frame tileid="1010" duration="60"/>
   <frame tileid="1018" duration="60"/>
   <frame tileid="1026" duration="60"/>
   <frame tileid="1034" duration="60"/>
   <frame tileid="1042" duration="60"/>
   <frame tileid="1050" duration="60"/>
   <frame tileid="1058" duration="60"/>
   <frame tileid="1066" duration="60"/>
   <frame tileid="1074" duration="60"/>
   <frame tileid="1082" duration="60"/>
  </animation>
 </tile>
 <tile id="835">
  <properties>
   <property name="name" value="traffic_wa@2,0"/>
  </properties>
  <animation>
   <frame tileid="835" duration="60"/>
   <frame tileid="843" duration="60"/>
   <frame tileid="851" duration="60"/>
   <frame tileid="859" duration="60"/>
   <frame tileid="867" duration="60"/>
   <frame tileid="875" duration="60"/>
   <frame tileid="883" duration="60"/>
   <frame tileid="891" duration="60"/>
   <frame tileid="899" duration="60"/>
   <frame tileid="907" duration="60"/>
   <frame tileid="915" duration="60"/>
   <frame tileid="923" duration="60"/>
   <frame tileid="931" duration="60"/>
   <frame tileid="939" duration="60"/>
   <frame tileid="947" duration="60"/>
   <frame tileid="955" duration="60"/>
   <frame tileid="963" duration="60"/>
   <frame tileid="971" duration="60"/>
   <frame tileid="979" duration="60"/>
   <frame tileid="987" duration="60"/>
   <frame tileid="995" duration="60"/>
   <frame tileid="1003" duration="60"/>
   <frame tileid="1011" duration="60"/>
   <frame tileid="1019" duration="60"/>
   <frame tileid="1027" duration="60"/>
   <frame tileid="1035" duration="60"/>
   <frame tileid="1043" duration="60"/>
   <frame tileid="1051" duration="60"/>
   <frame tileid="1059" duration="60"/>
   <frame tileid="1067" duration="60"/>
   <frame tileid="1075" duration="60"/>
   <frame tileid="1083" duration="60"/>
  </animation>
 </tile>
 <tile id="836">
  <properties>
   <property name="name" value="traffic_wa@3,0"/>
  </properties>
  <animation>
   <frame tileid="836" duration="60"/>
   <frame tileid="844" duration="60"/>
   <frame tileid="852" duration="60"/>
   <frame tileid="860" duration="60"/>
   <frame tileid="868" duration="60"/>
   <frame tileid="876" duration="60"/>
   <frame tileid="884" duration="60"/>
   <frame tileid="892" duration="60"/>
   <frame tileid="900" duration="60"/>
   <frame tileid="908" duration="60"/>
   <frame tileid="916" duration="60"/>
   <frame tileid="924" duration="60"/>
   <frame tileid="932" duration="60"/>
   <frame tileid="940" duration="60"/>
   <frame tileid="948" duration="60"/>
   <frame tileid="956" duration="60"/>
   <frame tileid="964" duration="60"/>
   <frame tileid="972" duration="60"/>
   <frame tileid="980" duration="60"/>
   <frame tileid="988" duration="60"/>
   <frame tileid="996" duration="60"/>
   <frame tileid="1004" duration="60"/>
   <frame tileid="1012" duration="60"/>
   <frame tileid="1020" duration="60"/>
   <frame tileid="1028" duration="60"/>
   <frame tileid="1036" duration="60"/>
   <frame tileid="1044" duration="60"/>
   <frame tileid="1052" duration="60"/>
   <frame tileid="1060" duration="60"/>
   <frame tileid="1068" duration="60"/>
   <frame tileid="1076" duration="60"/>
   <frame tileid="1084" duration="60"/>
  </animation>
 </tile>
 <tile id="837">
  <properties>
   <property name="name" value="traffic_wa@4,0"/>
  </properties>
  <animation>
   <frame tileid="837" duration="60"/>
   <frame tileid="845" duration="60"/>
   <frame tileid="853" duration="60"/>
   <frame tileid="861" duration="60"/>
   <frame tileid="869" duration="60"/>
   <frame tileid="877" duration="60"/>
   <frame tileid="885" duration="60"/>
   <frame tileid="893" duration="60"/>
   <frame tileid="901" duration="60"/>
   <frame tileid="909" duration="60"/>
   <frame tileid="917" duration="60"/>
   <frame tileid="925" duration="60"/>
   <frame tileid="933" duration="60"/>
   <frame tileid="941" duration="60"/>
   <frame tileid="949" duration="60"/>
   <frame tileid="957" duration="60"/>
   <frame tileid="965" duration="60"/>
   <frame tileid="973" duration="60"/>
   <frame tileid="981" duration="60"/>
   <frame tileid="989" duration="60"/>
   <frame tileid="997" duration="60"/>
   <frame tileid="1005" duration="60"/>
   <frame tileid="1013" duration="60"/>
   <frame tileid="1021" duration="60"/>
   <frame tileid="1029" duration="60"/>
   <frame tileid="1037" duration="60"/>
   <frame tileid="1045" duration="60"/>
   <frame tileid="1053" duration="60"/>
   <frame tileid="1061" duration="60"/>
   <frame tileid="1069" duration="60"/>
   <frame tileid="1077" duration="60"/>
   <frame tileid="1085" duration="60"/>
  </animation>
 </tile>
 <tile id="838">
  <properties>
   <property name="name" value="traffic_wa@5,0"/>
  </properties>
  <animation>
   <frame tileid="838" duration="60"/>
   <frame tileid="846" duration="60"/>
   <frame tileid="854" duration="60"/>
   <frame tileid="862" duration="60"/>
   <frame tileid="870" duration="60"/>
   <frame tileid="878" duration="60"/>
   <frame tileid="886" duration="60"/>
   <frame tileid="894" duration="60"/>
   <frame tileid="902" duration="60"/>
   <frame tileid="910" duration="60"/>
   <frame tileid="918" duration="60"/>
   <frame tileid="926" duration="60"/>
   <frame tileid="934" duration="60"/>
   <frame tileid="942" duration="60"/>
   <frame tileid="950" duration="60"/>
   <frame tileid="958" duration="60"/>
   <frame tileid="966" duration="60"/>
   <frame tileid="974" duration="60"/>
   <frame tileid="982" duration="60"/>
   <frame tileid="990" duration="60"/>
   <frame tileid="998" duration="60"/>
   <frame tileid="1006" duration="60"/>
   <frame tileid="1014" duration="60"/>
   <frame tileid="1022" duration="60"/>
   <frame tileid="1030" duration="60"/>
   <frame tileid="1038" duration="60"/>
   <frame tileid="1046" duration="60"/>
   <frame tileid="1054" duration="60"/>
   <frame tileid="1062" duration="60"/>
   <frame tileid="1070" duration="60"/>
   <frame tileid="1078" duration="60"/>
   <frame tileid="1086" duration="60"/>
  </animation>
 </tile>
 <tile id="839">
  <properties>
   <property name="name" value="traffic_wa@6,0"/>
  </properties>
  <animation>
   <frame tileid="839" duration="60"/>
   <frame tileid="847" duration="60"/>
   <frame tileid="855" duration="60"/>
   <frame tileid="863" duration="60"/>
   <frame tileid="871" duration="60"/>
   <frame tileid="879" duration="60"/>
   <frame tileid="887" duration="60"/>
   <frame tileid="895" duration="60"/>
   <frame tileid="903" duration="60"/>
   <frame tileid="911" duration="60"/>
   <frame tileid="919" duration="60"/>
   <frame tileid="927" duration="60"/>
   <frame tileid="935" duration="60"/>
   <frame tileid="943" duration="60"/>
   <frame tileid="951" duration="60"/>
   <frame tileid="959" duration="60"/>
   <frame tileid="967" duration="60"/>
   <frame tileid="975" duration="60"/>
   <frame tileid="983" duration="60"/>
   <frame tileid="991" duration="60"/>
   <frame tileid="999" duration="60"/>
   <frame tileid="1007" duration="60"/>
   <frame tileid="1015" duration="60"/>
   <frame tileid="1023" duration="60"/>
   <frame tileid="1031" duration="60"/>
   <frame tileid="1039" duration="60"/>
   <frame tileid="1047" duration="60"/>
   <frame tileid="1055" duration="60"/>
   <frame tileid="1063" duration="60"/>
   <frame tileid="1071" duration="60"/>
   <frame tileid="1079" duration="60"/>
   <frame tileid="1087" duration="60"/>
  </animation>
 </tile>
 <tile id="840">
  <properties>
   <property name="name" value="traffic_wa@7,0"/>
  </properties>
  <animation>
   <frame tileid="840" duration="60"/>
   <frame tileid="848" duration="60"/>
   <frame tileid="856" duration="60"/>
   <frame tileid="864" duration="60"/>
   <frame tileid="872" duration="60"/>
   <frame tileid="880" duration="60"/>
   <frame tileid="888" duration="60"/>
   <frame tileid="896" duration="60"/>
   <frame tileid="904" duration="60"/>
   <frame tileid="912" duration="60"/>
   <frame tileid="920" duration="60"/>
   <frame tileid="928" duration="60"/>
   <frame tileid="936" duration="60"/>
   <frame tileid="944" duration="60"/>
   <frame tileid="952" duration="60"/>
   <frame tileid="960" duration="60"/>
   <frame tileid="968" duration="60"/>
   <frame tileid="976" duration="60"/>
   <frame tileid="984" duration="60"/>
   <frame tileid="992" duration="60"/>
   <frame tileid="1000" duration="60"/>
   <frame tileid="1008" duration="60"/>
   <frame tileid="1016" duration="60"/>
   <frame tileid="1024" duration="60"/>
   <frame tileid="1032" duration="60"/>
   <frame tileid="1040" duration="60"/>
   <frame tileid="1048" duration="60"/>
   <frame tileid="1056" duration="60"/>
   <frame tileid="1064" duration="60"/>
   <frame tileid="1072" duration="60"/>
   <frame tileid="1080" duration="60"/>
   <frame tileid="1088" duration="60"/>
  </animation>
 </tile>
 <tile id="1089">
  <properties>
   <property name="name" value="traffic_eb@0,0"/>
  </properties>
  <animation>
   <frame tileid="1089" duration="60"/>
   <frame tileid="1097" duration="60"/>
   <frame tileid="1105" duration="60"/>
   <frame tileid="1113" duration="60"/>
   <frame tileid="1121" duration="60"/>
   <frame tileid="1129" duration="60"/>
   <frame tileid="1137" duration="60"/>
   <frame tileid="1145" duration="60"/>
   <frame tileid="1153" duration="60"/>
   <frame tileid="1161" duration="60"/>
   <frame tileid="1169" duration="60"/>
   <frame tileid="1177" duration="60"/>
   <frame tileid="1185" duration="60"/>
   <frame tileid="1193" duration="60"/>
   <frame tileid="1201" duration="60"/>
   <frame tileid="1209" duration="60"/>
   <frame tileid="1217" duration="60"/>
   <frame tileid="1225" duration="60"/>
   <frame tileid="1233" duration="60"/>
   <frame tileid="1241" duration="60"/>
   <frame tileid="1249" duration="60"/>
   <frame tileid="1257" duration="60"/>
   <frame tileid="1265" duration="60"/>
   <frame tileid="1273" duration="60"/>
   <frame tileid="1281" duration="60"/>
   <frame tileid="1289" duration="60"/>
   <frame tileid="1297" duration="60"/>
   <frame tileid="1305" duration="60"/>
   <frame tileid="1313" duration="60"/>
   <frame tileid="1321" duration="60"/>
   <frame tileid="1329" duration="60"/>
   <frame tileid="1337" duration="60"/>
  </animation>
 </tile>
 <tile id="1090">
  <properties>
   <property name="name" value="traffic_eb@1,0"/>
  </properties>
  <animation>
   <frame tileid="1090" duration="60"/>
   <frame tileid="1098" duration="60"/>
   <frame tileid="1106" duration="60"/>
   <frame tileid="1114" duration="60"/>
   <frame tileid="1122" duration="60"/>
   <frame tileid="1130" duration="60"/>
   <frame tileid="1138" duration="60"/>
   <frame tileid="1146" duration="60"/>
   <frame tileid="1154" duration="60"/>
   <frame tileid="1162" duration="60"/>
   <frame tileid="1170" duration="60"/>
   <frame tileid="1178" duration="60"/>
   <frame tileid="1186" duration="60"/>
   <frame tileid="1194" duration="60"/>
   <frame tileid="1202" duration="60"/>
   <frame tileid="1210" duration="60"/>
   <frame tileid="1218" duration="60"/>
   <frame tileid="1226" duration="60"/>
   <frame tileid="1234" duration="60"/>
   <frame tileid="1242" duration="60"/>
   <frame tileid="1250" duration="60"/>
   <frame tileid="1258" duration="60"/>
   <frame tileid="1266" duration="60"/>
   <frame tileid="1274" duration="60"/>
   <frame tileid="1282" duration="60"/>
   <frame tileid="1290" duration="60"/>
   <frame tileid="1298" duration="60"/>
   <frame tileid="1306" duration="60"/>
   <frame tileid="1314" duration="60"/>
   <frame tileid="1322" duration="60"/>
   <frame tileid="1330" duration="60"/>
   <frame tileid="1338" duration="60"/>
  </animation>
 </tile>
 <tile id="1091">
  <properties>
   <property name="name" value="traffic_eb@2,0"/>
  </properties>
  <animation>
   <frame tileid="1091" duration="60"/>
   <frame tileid="1099" duration="60"/>
   <frame tileid="1107" duration="60"/>
   <frame tileid="1115" duration="60"/>
   <frame tileid="1123" duration="60"/>
   <frame tileid="1131" duration="60"/>
   <frame tileid="1139" duration="60"/>
   <frame tileid="1147" duration="60"/>
   <frame tileid="1155" duration="60"/>
   <frame tileid="1163" duration="60"/>
   <frame tileid="1171" duration="60"/>
   <frame tileid="1179" duration="60"/>
   <frame tileid="1187" duration="60"/>
   <frame tileid="1195" duration="60"/>
   <frame tileid="1203" duration="60"/>
   <frame tileid="1211" duration="60"/>
   <frame tileid="1219" duration="60"/>
   <frame tileid="1227" duration="60"/>
   <frame tileid="1235" duration="60"/>
   <frame tileid="1243" duration="60"/>
   <frame tileid="1251" duration="60"/>
   <frame tileid="1259" duration="60"/>
   <frame tileid="1267" duration="60"/>
   <frame tileid="1275" duration="60"/>
   <frame tileid="1283" duration="60"/>
   <frame tileid="1291" duration="60"/>
   <frame tileid="1299" duration="60"/>
   <frame tileid="1307" duration="60"/>
   <frame tileid="1315" duration="60"/>
   <frame tileid="1323" duration="60"/>
   <frame tileid="1331" duration="60"/>
   <frame tileid="1339" duration="60"/>
  </animation>
 </tile>
 <tile id="1092">
  <properties>
   <property name="name" value="traffic_eb@3,0"/>
  </properties>
  <animation>
   <frame tileid="1092" duration="60"/>
   <frame tileid="1100" duration="60"/>
   <frame tileid="1108" duration="60"/>
   <frame tileid="1116" duration="60"/>
   <frame tileid="1124" duration="60"/>
   <frame tileid="1132" duration="60"/>
   <frame tileid="1140" duration="60"/>
   <frame tileid="1148" duration="60"/>
   <frame tileid="1156" duration="60"/>
   <frame tileid="1164" duration="60"/>
   <frame tileid="1172" duration="60"/>
   <frame tileid="1180" duration="60"/>
   <frame tileid="1188" duration="60"/>
   <frame tileid="1196" duration="60"/>
   <frame tileid="1204" duration="60"/>
   <frame tileid="1212" duration="60"/>
   <frame tileid="1220" duration="60"/>
   <frame tileid="1228" duration="60"/>
   <frame tileid="1236" duration="60"/>
   <frame tileid="1244" duration="60"/>
   <frame tileid="1252" duration="60"/>
   <frame tileid="1260" duration="60"/>
   <frame tileid="1268" duration="60"/>
   <frame tileid="1276" duration="60"/>
   <frame tileid="1284" duration="60"/>
   <frame tileid="1292" duration="60"/>
   <frame tileid="1300" duration="60"/>
   <frame tileid="1308" duration="60"/>
   <frame tileid="1316" duration="60"/>
   <frame tileid="1324" duration="60"/>
   <frame tileid="1332" duration="60"/>
   <frame tileid="1340" duration="60"/>
  </animation>
 </tile>
 <tile id="1093">
  <properties>
   <property name="name" value="traffic_eb@4,0"/>
  </properties>
  <animation>
   <frame tileid="1093" duration="60"/>
   <frame tileid="1101" duration="60"/>
   <frame tileid="1109" duration="60"/>
   <frame tileid="1117" duration="60"/>
   <frame tileid="1125" duration="60"/>
   <frame tileid="1133" duration="60"/>
   <frame tileid="1141" duration="60"/>
   <frame tileid="1149" duration="60"/>
   <frame tileid="1157" duration="60"/>
   <frame tileid="1165" duration="60"/>
   <frame tileid="1173" duration="60"/>
   <frame tileid="1181" duration="60"/>
   <frame tileid="1189" duration="60"/>
   <frame tileid="1197" duration="60"/>
   <frame tileid="1205" duration="60"/>
   <frame tileid="1213" duration="60"/>
   <frame tileid="1221" duration="60"/>
   <frame tileid="1229" duration="60"/>
   <frame tileid="1237" duration="60"/>
   <frame tileid="1245" duration="60"/>
   <frame tileid="1253" duration="60"/>
   <frame tileid="1261" duration="60"/>
   <frame tileid="1269" duration="60"/>
   <frame tileid="1277" duration="60"/>
   <frame tileid="1285" duration="60"/>
   <frame tileid="1293" duration="60"/>
   <frame tileid="1301" duration="60"/>
   <frame tileid="1309" duration="60"/>
   <frame tileid="1317" duration="60"/>
   <frame tileid="1325" duration="60"/>
   <frame tileid="1333" duration="60"/>
   <frame tileid="1341" duration="60"/>
  </animation>
 </tile>
 <tile id="1094">
  <properties>
   <property name="name" value="traffic_eb@5,0"/>
  </properties>
  <animation>
   <frame tileid="1094" duration="60"/>
   <frame tileid="1102" duration="60"/>
   <frame tileid="1110" duration="60"/>
   <frame tileid="1118" duration="60"/>
   <frame tileid="1126" duration="60"/>
   <frame tileid="1134" duration="60"/>
   <frame tileid="1142" duration="60"/>
   <frame tileid="1150" duration="60"/>
   <frame tileid="1158" duration="60"/>
   <frame tileid="1166" duration="60"/>
   <frame tileid="1174" duration="60"/>
   <frame tileid="1182" duration="60"/>
   <frame tileid="1190" duration="60"/>
   <frame tileid="1198" duration="60"/>
   <frame tileid="1206" duration="60"/>
   <frame tileid="1214" duration="60"/>
   <frame tileid="1222" duration="60"/>
   <frame tileid="1230" duration="60"/>
   <frame tileid="1238" duration="60"/>
   <frame tileid="1246" duration="60"/>
   <frame tileid="1254" duration="60"/>
   <frame tileid="1262" duration="60"/>
   <frame tileid="1270" duration="60"/>
   <frame tileid="1278" duration="60"/>
   <frame tileid="1286" duration="60"/>
   <frame tileid="1294" duration="60"/>
   <frame tileid="1302" duration="60"/>
   <frame tileid="1310" duration="60"/>
   <frame tileid="1318" duration="60"/>
   <frame tileid="1326" duration="60"/>
   <frame tileid="1334" duration="60"/>
   <frame tileid="1342" duration="60"/>
  </animation>
 </tile>
 <tile id="1095">
  <properties>
   <property name="name" value="traffic_eb@6,0"/>
  </properties>
  <animation>
   <frame tileid="1095" duration="60"/>
   <frame tileid="1103" duration="60"/>
   <frame tileid="1111" duration="60"/>
   <frame tileid="1119" duration="60"/>
   <frame tileid="1127" duration="60"/>
   <frame tileid="1135" duration="60"/>
   <frame tileid="1143" duration="60"/>
   <frame tileid="1151" duration="60"/>
   <frame tileid="1159" duration="60"/>
   <frame tileid="1167" duration="60"/>
   <frame tileid="1175" duration="60"/>
   <frame tileid="1183" duration="60"/>
   <frame tileid="1191" duration="60"/>
   <frame tileid="1199" duration="60"/>
   <frame tileid="1207" duration="60"/>
   <frame tileid="1215" duration="60"/>
   <frame tileid="1223" duration="60"/>
   <frame tileid="1231" duration="60"/>
   <frame tileid="1239" duration="60"/>
   <frame tileid="1247" duration="60"/>
   <frame tileid="1255" duration="60"/>
   <frame tileid="1263" duration="60"/>
   <frame tileid="1271" duration="60"/>
   <frame tileid="1279" duration="60"/>
   <frame tileid="1287" duration="60"/>
   <frame tileid="1295" duration="60"/>
   <frame tileid="1303" duration="60"/>
   <frame tileid="1311" duration="60"/>
   <frame tileid="1319" duration="60"/>
   <frame tileid="1327" duration="60"/>
   <frame tileid="1335" duration="60"/>
   <frame tileid="1343" duration="60"/>
  </animation>
 </tile>
 <tile id="1096">
  <properties>
   <property name="name" value="traffic_eb@7,0"/>
  </properties>
  <animation>
   <frame tileid="1096" duration="60"/>
   <frame tileid="1104" duration="60"/>
   <frame tileid="1112" duration="60"/>
   <frame tileid="1120" duration="60"/>
   <frame tileid="1128" duration="60"/>
   <frame tileid="1136" duration="60"/>
   <frame tileid="1144" duration="60"/>
   <frame tileid="1152" duration="60"/>
   <frame tileid="1160" duration="60"/>
   <frame tileid="1168" duration="60"/>
   <frame tileid="1176" duration="60"/>
   <frame tileid="1184" duration="60"/>
   <frame tileid="1192" duration="60"/>
   <frame tileid="1200" duration="60"/>
   <frame tileid="1208" duration="60"/>
   <frame tileid="1216" duration="60"/>
   <frame tileid="1224" duration="60"/>
   <frame tileid="1232" duration="60"/>
   <frame tileid="1240" duration="60"/>
   <frame tileid="1248" duration="60"/>
   <frame tileid="1256" duration="60"/>
   <frame tileid="1264" duration="60"/>
   <frame tileid="1272" duration="60"/>
   <frame tileid="1280" duration="60"/>
   <frame tileid="1288" duration="60"/>
   <frame tileid="1296" duration="60"/>
   <frame tileid="1304" duration="60"/>
   <frame tileid="1312" duration="60"/>
   <frame tileid="1320" duration="60"/>
   <frame tileid="1328" duration="60"/>
   <frame tileid="1336" duration="60"/>
   <frame tileid="1344" duration="60"/>
  </animation>
 </tile>
 <tile id="1345">
  <properties>
   <property name="name" value="traffic_wb@0,0"/>
  </properties>
  <animation>
   <frame tileid="1345" duration="60"/>
   <frame tileid="1353" duration="60"/>
   <frame tileid="1361" duration="60"/>
   <frame tileid="1369" duration="60"/>
   <frame tileid="1377" duration="60"/>
   <frame tileid="1385" duration="60"/>
   <frame tileid="1393" duration="60"/>
   <frame tileid="1401" duration="60"/>
   <frame tileid="1409" duration="60"/>
   <frame tileid="1417" duration="60"/>
   <frame tileid="1425" duration="60"/>
   <frame tileid="1433" duration="60"/>
   <frame tileid="1441" duration="60"/>
   <frame tileid="1449" duration="60"/>
   <frame tileid="1457" duration="60"/>
   <frame tileid="1465" duration="60"/>
   <frame tileid="1473" duration="60"/>
   <frame tileid="1481" duration="60"/>
   <frame tileid="1489" duration="60"/>
   <frame tileid="1497" duration="60"/>
   <frame tileid="1505" duration="60"/>
   <frame tileid="1513" duration="60"/>
   <frame tileid="1521" duration="60"/>
   <frame tileid="1529" duration="60"/>
   <frame tileid="1537" duration="60"/>
   <frame tileid="1545" duration="60"/>
   <frame tileid="1553" duration="60"/>
   <frame tileid="1561" duration="60"/>
   <frame tileid="1569" duration="60"/>
   <frame tileid="1577" duration="60"/>
   <frame tileid="1585" duration="60"/>
   <frame tileid="1593" duration="60"/>
  </animation>
 </tile>
 <tile id="1346">
  <properties>
   <property name="name" value="traffic_wb@1,0"/>
  </properties>
  <animation>
   <frame tileid="1346" duration="60"/>
   <frame tileid="1354" duration="60"/>
   <frame tileid="1362" duration="60"/>
   <frame tileid="1370" duration="60"/>
   <frame tileid="1378" duration="60"/>
   <frame tileid="1386" duration="60"/>
   <frame tileid="1394" duration="60"/>
   <frame tileid="1402" duration="60"/>
   <frame tileid="1410" duration="60"/>
   <frame tileid="1418" duration="60"/>
   <frame tileid="1426" duration="60"/>
   <frame tileid="1434" duration="60"/>
   <frame tileid="1442" duration="60"/>
   <frame tileid="1450" duration="60"/>
   <frame tileid="1458" duration="60"/>
   <frame tileid="1466" duration="60"/>
   <frame tileid="1474" duration="60"/>
   <frame tileid="1482" duration="60"/>
   <frame tileid="1490" duration="60"/>
   <frame tileid="1498" duration="60"/>
   <frame tileid="1506" duration="60"/>
   <frame tileid="1514" duration="60"/>
   <frame tileid="1522" duration="60"/>
   <frame tileid="1530" duration="60"/>
   <frame tileid="1538" duration="60"/>
   <frame tileid="1546" duration="60"/>
   <frame tileid="1554" duration="60"/>
   <frame tileid="1562" duration="60"/>
   <frame tileid="1570" duration="60"/>
   <frame tileid="1578" duration="60"/>
   <frame tileid="1586" duration="60"/>
   <frame tileid="1594" duration="60"/>
  </animation>
 </tile>
 <tile id="1347">
  <properties>
   <property name="name" value="traffic_wb@2,0"/>
  </properties>
  <animation>
   <frame tileid="1347" duration="60"/>
   <frame tileid="1355" duration="60"/>
   <frame tileid="1363" duration="60"/>
   <frame tileid="1371" duration="60"/>
   <frame tileid="1379" duration="60"/>
   <frame tileid="1387" duration="60"/>
   <frame tileid="1395" duration="60"/>
   <frame tileid="1403" duration="60"/>
   <frame tileid="1411" duration="60"/>
   <frame tileid="1419" duration="60"/>
   <frame tileid="1427" duration="60"/>
   <frame tileid="1435" duration="60"/>
   <frame tileid="1443" duration="60"/>
   <frame tileid="1451" duration="60"/>
   <frame tileid="1459" duration="60"/>
   <frame tileid="1467" duration="60"/>
   <frame tileid="1475" duration="60"/>
   <frame tileid="1483" duration="60"/>
   <frame tileid="1491" duration="60"/>
   <frame tileid="1499" duration="60"/>
   <frame tileid="1507" duration="60"/>
   <frame tileid="1515" duration="60"/>
   <frame tileid="1523" duration="60"/>
   <frame tileid="1531" duration="60"/>
   <frame tileid="1539" duration="60"/>
   <frame tileid="1547" duration="60"/>
   <frame tileid="1555" duration="60"/>
   <frame tileid="1563" duration="60"/>
   <frame tileid="1571" duration="60"/>
   <frame tileid="1579" duration="60"/>
   <frame tileid="1587" duration="60"/>
   <frame tileid="1595" duration="60"/>
  </animation>
 </tile>
 <tile id="1348">
  <properties>
   <property name="name" value="traffic_wb@3,0"/>
  </properties>
  <animation>
   <frame tileid="1348" duration="60"/>
   <frame tileid="1356" duration="60"/>
   <frame tileid="1364" duration="60"/>
   <frame tileid="1372" duration="60"/>
   <frame tileid="1380" duration="60"/>
   <frame tileid="1388" duration="60"/>
   <frame tileid="1396" duration="60"/>
   <frame tileid="1404" duration="60"/>
   <frame tileid="1412" duration="60"/>
   <frame tileid="1420" duration="60"/>
   <frame tileid="1428" duration="60"/>
   <frame tileid="1436" duration="60"/>
   <frame tileid="1444" duration="60"/>
   <frame tileid="1452" duration="60"/>
   <frame tileid="1460" duration="60"/>
   <frame tileid="1468" duration="60"/>
   <frame tileid="1476" duration="60"/>
   <frame tileid="1484" duration="60"/>
   <frame tileid="1492" duration="60"/>
   <frame tileid="1500" duration="60"/>
   <frame tileid="1508" duration="60"/>
   <frame tileid="1516" duration="60"/>
   <frame tileid="1524" duration="60"/>
   <frame tileid="1532" duration="60"/>
   <frame tileid="1540" duration="60"/>
   <frame tileid="1548" duration="60"/>
   <frame tileid="1556" duration="60"/>
   <frame tileid="1564" duration="60"/>
   <frame tileid="1572" duration="60"/>
   <frame tileid="1580" duration="60"/>
   <frame tileid="1588" duration="60"/>
   <frame tileid="1596" duration="60"/>
  </animation>
 </tile>
 <tile id="1349">
  <properties>
   <property name="name" value="traffic_wb@4,0"/>
  </properties>
  <animation>
   <frame tileid="1349" duration="60"/>
   <frame tileid="1357" duration="60"/>
   <frame tileid="1365" duration="60"/>
   <frame tileid="1373" duration="60"/>
   <frame tileid="1381" duration="60"/>
   <frame tileid="1389" duration="60"/>
   <frame tileid="1397" duration="60"/>
   <frame tileid="1405" duration="60"/>
   <frame tileid="1413" duration="60"/>
   <frame tileid="1421" duration="60"/>
   <frame tileid="1429" duration="60"/>
   <frame tileid="1437" duration="60"/>
   <frame tileid="1445" duration="60"/>
   <frame tileid="1453" duration="60"/>
   <frame tileid="1461" duration="60"/>
   <frame tileid="1469" duration="60"/>
   <frame tileid="1477" duration="60"/>
   <frame tileid="1485" duration="60"/>
   <frame tileid="1493" duration="60"/>
   <frame tileid="1501" duration="60"/>
   <frame tileid="1509" duration="60"/>
   <frame tileid="1517" duration="60"/>
   <frame tileid="1525" duration="60"/>
   <frame tileid="1533" duration="60"/>
   <frame tileid="1541" duration="60"/>
   <frame tileid="1549" duration="60"/>
   <frame tileid="1557" duration="60"/>
   <frame tileid="1565" duration="60"/>
   <frame tileid="1573" duration="60"/>
   <frame tileid="1581" duration="60"/>
   <frame tileid="1589" duration="60"/>
   <frame tileid="1597" duration="60"/>
  </animation>
 </tile>
 <tile id="1350">
  <properties>
   <property name="name" value="traffic_wb@5,0"/>
  </properties>
  <animation>
   <frame tileid="1350" duration="60"/>
   <frame tileid="1358" duration="60"/>
   <frame tileid="1366" duration="60"/>
   <frame tileid="1374" duration="60"/>
   <frame tileid="1382" duration="60"/>
   <frame tileid="1390" duration="60"/>
   <frame tileid="1398" duration="60"/>
   <frame tileid="1406" duration="60"/>
   <frame tileid="1414" duration="60"/>
   <frame tileid="1422" duration="60"/>
   <frame tileid="1430" duration="60"/>
   <frame tileid="1438" duration="60"/>
   <frame tileid="1446" duration="60"/>
   <frame tileid="1454" duration="60"/>
   <frame tileid="1462" duration="60"/>
   <frame tileid="1470" duration="60"/>
   <frame tileid="1478" duration="60"/>
   <frame tileid="1486" duration="60"/>
   <frame tileid="1494" duration="60"/>
   <frame tileid="1502" duration="60"/>
   <frame tileid="1510" duration="60"/>
   <frame tileid="1518" duration="60"/>
   <frame tileid="1526" duration="60"/>
   <frame tileid="1534" duration="60"/>
   <frame tileid="1542" duration="60"/>
   <frame tileid="1550" duration="60"/>
   <frame tileid="1558" duration="60"/>
   <frame tileid="1566" duration="60"/>
   <frame tileid="1574" duration="60"/>
   <frame tileid="1582" duration="60"/>
   <frame tileid="1590" duration="60"/>
   <frame tileid="1598" duration="60"/>
  </animation>
 </tile>
 <tile id="1351">
  <properties>
   <property name="name" value="traffic_wb@6,0"/>
  </properties>
  <animation>
   <frame tileid="1351" duration="60"/>
   <frame tileid="1359" duration="60"/>
   <frame tileid="1367" duration="60"/>
   <frame tileid="1375" duration="60"/>
   <frame tileid="1383" duration="60"/>
   <frame tileid="1391" duration="60"/>
   <frame tileid="1399" duration="60"/>
   <frame tileid="1407" duration="60"/>
   <frame tileid="1415" duration="60"/>
   <frame tileid="1423" duration="60"/>
   <frame tileid="1431" duration="60"/>
   <frame tileid="1439" duration="60"/>
   <frame tileid="1447" duration="60"/>
   <frame tileid="1455" duration="60"/>
   <frame tileid="1463" duration="60"/>
   <frame tileid="1471" duration="60"/>
   <frame tileid="1479" duration="60"/>
   <frame tileid="1487" duration="60"/>
   <frame tileid="1495" duration="60"/>
   <frame tileid="1503" duration="60"/>
   <frame tileid="1511" duration="60"/>
   <frame tileid="1519" duration="60"/>
   <frame tileid="1527" duration="60"/>
   <frame tileid="1535" duration="60"/>
   <frame tileid="1543" duration="60"/>
   <frame tileid="1551" duration="60"/>
   <frame tileid="1559" duration="60"/>
   <frame tileid="1567" duration="60"/>
   <frame tileid="1575" duration="60"/>
   <frame tileid="1583" duration="60"/>
   <frame tileid="1591" duration="60"/>
   <frame tileid="1599" duration="60"/>
  </animation>
 </tile>
 <tile id="1352">
  <properties>
   <property name="name" value="traffic_wb@7,0"/>
  </properties>
  <animation>
   <frame tileid="1352" duration="60"/>
   <frame tileid="1360" duration="60"/>
   <frame tileid="1368" duration="60"/>
   <frame tileid="1376" duration="60"/>
   <frame tileid="1384" duration="60"/>
   <frame tileid="1392" duration="60"/>
   <frame tileid="1400" duration="60"/>
   <frame tileid="1408" duration="60"/>
   <frame tileid="1416" duration="60"/>
   <frame tileid="1424" duration="60"/>
   <frame tileid="1432" duration="60"/>
   <frame tileid="1440" duration="60"/>
   <frame tileid="1448" duration="60"/>
   <frame tileid="1456" duration="60"/>
   <frame tileid="1464" duration="60"/>
   <frame tileid="1472" duration="60"/>
   <frame tileid="1480" duration="60"/>
   <frame tileid="1488" duration="60"/>
   <frame tileid="1496" duration="60"/>
   <frame tileid="1504" duration="60"/>
   <frame tileid="1512" duration="60"/>
   <frame tileid="1520" duration="60"/>
   <frame tileid="1528" duration="60"/>
   <frame tileid="1536" duration="60"/>
   <frame tileid="1544" duration="60"/>
   <frame tileid="1552" duration="60"/>
   <frame tileid="1560" duration="60"/>
   <frame tileid="1568" duration="60"/>
   <frame tileid="1576" duration="60"/>
   <frame tileid="1584" duration="60"/>
   <frame tileid="1592" duration="60"/>
   <frame tileid="1600" duration="60"/>
  </animation>
 </tile>
 <tile id="1601">
  <properties>
   <property name="name" value="traffic_sa@0,0"/>
  </properties>
  <animation>
   <frame tileid="1601" duration="60"/>
   <frame tileid="1609" duration="60"/>
   <frame tileid="1617" duration="60"/>
   <frame tileid="1625" duration="60"/>
   <frame tileid="1633" duration="60"/>
   <frame tileid="1641" duration="60"/>
   <frame tileid="1649" duration="60"/>
   <frame tileid="1657" duration="60"/>
   <frame tileid="1665" duration="60"/>
   <frame tileid="1673" duration="60"/>
   <frame tileid="1681" duration="60"/>
   <frame tileid="1689" duration="60"/>
   <frame tileid="1697" duration="60"/>
   <frame tileid="1705" duration="60"/>
   <frame tileid="1713" duration="60"/>
   <frame tileid="1721" duration="60"/>
   <frame tileid="1729" duration="60"/>
   <frame tileid="1737" duration="60"/>
   <frame tileid="1745" duration="60"/>
   <frame tileid="1753" duration="60"/>
   <frame tileid="1761" duration="60"/>
   <frame tileid="1769" duration="60"/>
   <frame tileid="1777" duration="60"/>
   <frame tileid="1785" duration="60"/>
   <frame tileid="1793" duration="60"/>
   <frame tileid="1801" duration="60"/>
   <frame tileid="1809" duration="60"/>
   <frame tileid="1817" duration="60"/>
   <frame tileid="1825" duration="60"/>
   <frame tileid="1833" duration="60"/>
   <frame tileid="1841" duration="60"/>
   <frame tileid="1849" duration="60"/>
  </animation>
 </tile>
 <tile id="1602">
  <properties>
   <property name="name" value="traffic_sa@0,1"/>
  </properties>
  <animation>
   <frame tileid="1602" duration="60"/>
   <frame tileid="1610" duration="60"/>
   <frame tileid="1618" duration="60"/>
   <frame tileid="1626" duration="60"/>
   <frame tileid="1634" duration="60"/>
   <frame tileid="1642" duration="60"/>
   <frame tileid="1650" duration="60"/>
   <frame tileid="1658" duration="60"/>
   <frame tileid="1666" duration="60"/>
   <frame tileid="1674" duration="60"/>
   <frame tileid="1682" duration="60"/>
   <frame tileid="1690" duration="60"/>
   <frame tileid="1698" duration="60"/>
   <frame tileid="1706" duration="60"/>
   <frame tileid="1714" duration="60"/>
   <frame tileid="1722" duration="60"/>
   <frame tileid="1730" duration="60"/>
   <frame tileid="1738" duration="60"/>
   <frame tileid="1746" duration="60"/>
   <frame tileid="1754" duration="60"/>
   <frame tileid="1762" duration="60"/>
   <frame tileid="1770" duration="60"/>
   <frame tileid="1778" duration="60"/>
   <frame tileid="1786" duration="60"/>
   <frame tileid="1794" duration="60"/>
   <frame tileid="1802" duration="60"/>
   <frame tileid="1810" duration="60"/>
   <frame tileid="1818" duration="60"/>
   <frame tileid="1826" duration="60"/>
   <frame tileid="1834" duration="60"/>
   <frame tileid="1842" duration="60"/>
   <frame tileid="1850" duration="60"/>
  </animation>
 </tile>
 <tile id="1603">
  <properties>
   <property name="name" value="traffic_sa@0,2"/>
  </properties>
  <animation>
   <frame tileid="1603" duration="60"/>
   <frame tileid="1611" duration="60"/>
   <frame tileid="1619" duration="60"/>
   <frame tileid="1627" duration="60"/>
   <frame tileid="1635" duration="60"/>
   <frame tileid="1643" duration="60"/>
   <frame tileid="1651" duration="60"/>
   <frame tileid="1659" duration="60"/>
   <frame tileid="1667" duration="60"/>
   <frame tileid="1675" duration="60"/>
   <frame tileid="1683" duration="60"/>
   <frame tileid="1691" duration="60"/>
   <frame tileid="1699" duration="60"/>
   <frame tileid="1707" duration="60"/>
   <frame tileid="1715" duration="60"/>
   <frame tileid="1723" duration="60"/>
   <frame tileid="1731" duration="60"/>
   <frame tileid="1739" duration="60"/>
   <frame tileid="1747" duration="60"/>
   <frame tileid="1755" duration="60"/>
   <frame tileid="1763" duration="60"/>
   <frame tileid="1771" duration="60"/>
   <frame tileid="1779" duration="60"/>
   <frame tileid="1787" duration="60"/>
   <frame tileid="1795" duration="60"/>
   <frame tileid="1803" duration="60"/>
   <frame tileid="1811" duration="60"/>
   <frame tileid="1819" duration="60"/>
   <frame tileid="1827" duration="60"/>
   <frame tileid="1835" duration="60"/>
   <frame tileid="1843" duration="60"/>
   <frame tileid="1851" duration="60"/>
  </animation>
 </tile>
 <tile id="1604">
  <properties>
   <property name="name" value="traffic_sa@0,3"/>
  </properties>
  <animation>
   <frame tileid="1604" duration="60"/>
   <frame tileid="1612" duration="60"/>
   <frame tileid="1620" duration="60"/>
   <frame tileid="1628" duration="60"/>
   <frame tileid="1636" duration="60"/>
   <frame tileid="1644" duration="60"/>
   <frame tileid="1652" duration="60"/>
   <frame tileid="1660" duration="60"/>
   <frame tileid="1668" duration="60"/>
   <frame tileid="1676" duration="60"/>
   <frame tileid="1684" duration="60"/>
   <frame tileid="1692" duration="60"/>
   <frame tileid="1700" duration="60"/>
   <frame tileid="1708" duration="60"/>
   <frame tileid="1716" duration="60"/>
   <frame tileid="1724" duration="60"/>
   <frame tileid="1732" duration="60"/>
   <frame tileid="1740" duration="60"/>
   <frame tileid="1748" duration="60"/>
   <frame tileid="1756" duration="60"/>
   <frame tileid="1764" duration="60"/>
   <frame tileid="1772" duration="60"/>
   <frame tileid="1780" duration="60"/>
   <frame tileid="1788" duration="60"/>
   <frame tileid="1796" duration="60"/>
   <frame tileid="1804" duration="60"/>
   <frame tileid="1812" duration="60"/>
   <frame tileid="1820" duration="60"/>
   <frame tileid="1828" duration="60"/>
   <frame tileid="1836" duration="60"/>
   <frame tileid="1844" duration="60"/>
   <frame tileid="1852" duration="60"/>
  </animation>
 </tile>
 <tile id="1605">
  <properties>
   <property name="name" value="traffic_sa@0,4"/>
  </properties>
  <animation>
   <frame tileid="1605" duration="60"/>
   <frame tileid="1613" duration="60"/>
   <frame tileid="1621" duration="60"/>
   <frame tileid="1629" duration="60"/>
   <frame tileid="1637" duration="60"/>
   <frame tileid="1645" duration="60"/>
   <frame tileid="1653" duration="60"/>
   <frame tileid="1661" duration="60"/>
   <frame tileid="1669" duration="60"/>
   <frame tileid="1677" duration="60"/>
   <frame tileid="1685" duration="60"/>
   <frame tileid="1693" duration="60"/>
   <frame tileid="1701" duration="60"/>
   <frame tileid="1709" duration="60"/>
   <frame tileid="1717" duration="60"/>
   <frame tileid="1725" duration="60"/>
   <frame tileid="1733" duration="60"/>
   <frame tileid="1741" duration="60"/>
   <frame tileid="1749" duration="60"/>
   <frame tileid="1757" duration="60"/>
   <frame tileid="1765" duration="60"/>
   <frame tileid="1773" duration="60"/>
   <frame tileid="1781" duration="60"/>
   <frame tileid="1789" duration="60"/>
   <frame tileid="1797" duration="60"/>
   <frame tileid="1805" duration="60"/>
   <frame tileid="1813" duration="60"/>
   <frame tileid="1821" duration="60"/>
   <frame tileid="1829" duration="60"/>
   <frame tileid="1837" duration="60"/>
   <frame tileid="1845" duration="60"/>
   <frame tileid="1853" duration="60"/>
  </animation>
 </tile>
 <tile id="1606">
  <properties>
   <property name="name" value="traffic_sa@0,5"/>
  </properties>
  <animation>
   <frame tileid="1606" duration="60"/>
   <frame tileid="1614" duration="60"/>
   <frame tileid="1622" duration="60"/>
   <frame tileid="1630" duration="60"/>
   <frame tileid="1638" duration="60"/>
   <frame tileid="1646" duration="60"/>
   <frame tileid="1654" duration="60"/>
   <frame tileid="1662" duration="60"/>
   <frame tileid="1670" duration="60"/>
   <frame tileid="1678" duration="60"/>
   <frame tileid="1686" duration="60"/>
   <frame tileid="1694" duration="60"/>
   <frame tileid="1702" duration="60"/>
   <frame tileid="1710" duration="60"/>
   <frame tileid="1718" duration="60"/>
   <frame tileid="1726" duration="60"/>
   <frame tileid="1734" duration="60"/>
   <frame tileid="1742" duration="60"/>
   <frame tileid="1750" duration="60"/>
   <frame tileid="1758" duration="60"/>
   <frame tileid="1766" duration="60"/>
   <frame tileid="1774" duration="60"/>
   <frame tileid="1782" duration="60"/>
   <frame tileid="1790" duration="60"/>
   <frame tileid="1798" duration="60"/>
   <frame tileid="1806" duration="60"/>
   <frame tileid="1814" duration="60"/>
   <frame tileid="1822" duration="60"/>
   <frame tileid="1830" duration="60"/>
   <frame tileid="1838" duration="60"/>
   <frame tileid="1846" duration="60"/>
   <frame tileid="1854" duration="60"/>
  </animation>
 </tile>
 <tile id="1607">
  <properties>
   <property name="name" value="traffic_sa@0,6"/>
  </properties>
  <animation>
   <frame tileid="1607" duration="60"/>
   <frame tileid="1615" duration="60"/>
   <frame tileid="1623" duration="60"/>
   <frame tileid="1631" duration="60"/>
   <frame tileid="1639" duration="60"/>
   <frame tileid="1647" duration="60"/>
   <frame tileid="1655" duration="60"/>
   <frame tileid="1663" duration="60"/>
   <frame tileid="1671" duration="60"/>
   <frame tileid="1679" duration="60"/>
   <frame tileid="1687" duration="60"/>
   <frame tileid="1695" duration="60"/>
   <frame tileid="1703" duration="60"/>
   <frame tileid="1711" duration="60"/>
   <frame tileid="1719" duration="60"/>
   <frame tileid="1727" duration="60"/>
   <frame tileid="1735" duration="60"/>
   <frame tileid="1743" duration="60"/>
   <frame tileid="1751" duration="60"/>
   <frame tileid="1759" duration="60"/>
   <frame tileid="1767" duration="60"/>
   <frame tileid="1775" duration="60"/>
   <frame tileid="1783" duration="60"/>
   <frame tileid="1791" duration="60"/>
   <frame tileid="1799" duration="60"/>
   <frame tileid="1807" duration="60"/>
   <frame tileid="1815" duration="60"/>
   <frame tileid="1823" duration="60"/>
   <frame tileid="1831" duration="60"/>
   <frame tileid="1839" duration="60"/>
   <frame tileid="1847" duration="60"/>
   <frame tileid="1855" duration="60"/>
  </animation>
 </tile>
 <tile id="1608">
  <properties>
   <property name="name" value="traffic_sa@0,7"/>
  </properties>
  <animation>
   <frame tileid="1608" duration="60"/>
   <frame tileid="1616" duration="60"/>
   <frame tileid="1624" duration="60"/>
   <frame tileid="1632" duration="60"/>
   <frame tileid="1640" duration="60"/>
   <frame tileid="1648" duration="60"/>
   <frame tileid="1656" duration="60"/>
   <frame tileid="1664" duration="60"/>
   <frame tileid="1672" duration="60"/>
   <frame tileid="1680" duration="60"/>
   <frame tileid="1688" duration="60"/>
   <frame tileid="1696" duration="60"/>
   <frame tileid="1704" duration="60"/>
   <frame tileid="1712" duration="60"/>
   <frame tileid="1720" duration="60"/>
   <frame tileid="1728" duration="60"/>
   <frame tileid="1736" duration="60"/>
   <frame tileid="1744" duration="60"/>
   <frame tileid="1752" duration="60"/>
   <frame tileid="1760" duration="60"/>
   <frame tileid="1768" duration="60"/>
   <frame tileid="1776" duration="60"/>
   <frame tileid="1784" duration="60"/>
   <frame tileid="1792" duration="60"/>
   <frame tileid="1800" duration="60"/>
   <frame tileid="1808" duration="60"/>
   <frame tileid="1816" duration="60"/>
   <frame tileid="1824" duration="60"/>
   <frame tileid="1832" duration="60"/>
   <frame tileid="1840" duration="60"/>
   <frame tileid="1848" duration="60"/>
   <frame tileid="1856" duration="60"/>
  </animation>
 </tile>
 <tile id="1857">
  <properties>
   <property name="name" value="traffic_nb@0,0"/>
  </properties>
  <animation>
   <frame tileid="1857" duration="60"/>
   <frame tileid="1865" duration="60"/>
   <frame tileid="1873" duration="60"/>
   <frame tileid="1881" duration="60"/>
   <frame tileid="1889" duration="60"/>
   <frame tileid="1897" duration="60"/>
   <frame tileid="1905" duration="60"/>
   <frame tileid="1913" duration="60"/>
   <frame tileid="1921" duration="60"/>
   <frame tileid="1929" duration="60"/>
   <frame tileid="1937" duration="60"/>
   <frame tileid="1945" duration="60"/>
   <frame tileid="1953" duration="60"/>
   <frame tileid="1961" duration="60"/>
   <frame tileid="1969" duration="60"/>
   <frame tileid="1977" duration="60"/>
   <frame tileid="1985" duration="60"/>
   <frame tileid="1993" duration="60"/>
   <frame tileid="2001" duration="60"/>
   <frame tileid="2009" duration="60"/>
   <frame tileid="2017" duration="60"/>
   <frame tileid="2025" duration="60"/>
   <frame tileid="2033" duration="60"/>
   <frame tileid="2041" duration="60"/>
   <frame tileid="2049" duration="60"/>
   <frame tileid="2057" duration="60"/>
   <frame tileid="2065" duration="60"/>
   <frame tileid="2073" duration="60"/>
   <frame tileid="2081" duration="60"/>
   <frame tileid="2089" duration="60"/>
   <frame tileid="2097" duration="60"/>
   <frame tileid="2105" duration="60"/>
  </animation>
 </tile>
 <tile id="1858">
  <properties>
   <property name="name" value="traffic_nb@0,1"/>
  </properties>
  <animation>
   <frame tileid="1858" duration="60"/>
   <frame tileid="1866" duration="60"/>
   <frame tileid="1874" duration="60"/>
   <frame tileid="1882" duration="60"/>
   <frame tileid="1890" duration="60"/>
   <frame tileid="1898" duration="60"/>
   <frame tileid="1906" duration="60"/>
   <frame tileid="1914" duration="60"/>
   <frame tileid="1922" duration="60"/>
   <frame tileid="1930" duration="60"/>
   <frame tileid="1938" duration="60"/>
   <frame tileid="1946" duration="60"/>
   <frame tileid="1954" duration="60"/>
   <frame tileid="1962" duration="60"/>
   <frame tileid="1970" duration="60"/>
   <frame tileid="1978" duration="60"/>
   <frame tileid="1986" duration="60"/>
   <frame tileid="1994" duration="60"/>
   <frame tileid="2002" duration="60"/>
   <frame tileid="2010" duration="60"/>
   <frame tileid="2018" duration="60"/>
   <frame tileid="2026" duration="60"/>
   <frame tileid="2034" duration="60"/>
   <frame tileid="2042" duration="60"/>
   <frame tileid="2050" duration="60"/>
   <frame tileid="2058" duration="60"/>
   <frame tileid="2066" duration="60"/>
   <frame tileid="2074" duration="60"/>
   <frame tileid="2082" duration="60"/>
   <frame tileid="2090" duration="60"/>
   <frame tileid="2098" duration="60"/>
   <frame tileid="2106" duration="60"/>
  </animation>
 </tile>
 <tile id="1859">
  <properties>
   <property name="name" value="traffic_nb@0,2"/>
  </properties>
  <animation>
   <frame tileid="1859" duration="60"/>
   <frame tileid="1867" duration="60"/>
   <frame tileid="1875" duration="60"/>
   <frame tileid="1883" duration="60"/>
   <frame tileid="1891" duration="60"/>
   <frame tileid="1899" duration="60"/>
   <frame tileid="1907" duration="60"/>
   <frame tileid="1915" duration="60"/>
   <frame tileid="1923" duration="60"/>
   <frame tileid="1931" duration="60"/>
   <frame tileid="1939" duration="60"/>
   <frame tileid="1947" duration="60"/>
   <frame tileid="1955" duration="60"/>
   <frame tileid="1963" duration="60"/>
   <frame tileid="1971" duration="60"/>
   <frame tileid="1979" duration="60"/>
   <frame tileid="1987" duration="60"/>
   <frame tileid="1995" duration="60"/>
   <frame tileid="2003" duration="60"/>
   <frame tileid="2011" duration="60"/>
   <frame tileid="2019" duration="60"/>
   <frame tileid="2027" duration="60"/>
   <frame tileid="2035" duration="60"/>
   <frame tileid="2043" duration="60"/>
   <frame tileid="2051" duration="60"/>
   <frame tileid="2059" duration="60"/>
   <frame tileid="2067" duration="60"/>
   <frame tileid="2075" duration="60"/>
   <frame tileid="2083" duration="60"/>
   <frame tileid="2091" duration="60"/>
   <frame tileid="2099" duration="60"/>
   <frame tileid="2107" duration="60"/>
  </animation>
 </tile>
 <tile id="1860">
  <properties>
   <property name="name" value="traffic_nb@0,3"/>
  </properties>
  <animation>
   <frame tileid="1860" duration="60"/>
   <frame tileid="1868" duration="60"/>
   <frame tileid="1876" duration="60"/>
   <frame tileid="1884" duration="60"/>
   <frame tileid="1892" duration="60"/>
   <frame tileid="1900" duration="60"/>
   <frame tileid="1908" duration="60"/>
   <frame tileid="1916" duration="60"/>
   <frame tileid="1924" duration="60"/>
   <frame tileid="1932" duration="60"/>
   <frame tileid="1940" duration="60"/>
   <frame tileid="1948" duration="60"/>
   <frame tileid="1956" duration="60"/>
   <frame tileid="1964" duration="60"/>
   <frame tileid="1972" duration="60"/>
   <frame tileid="1980" duration="60"/>
   <frame tileid="1988" duration="60"/>
   <frame tileid="1996" duration="60"/>
   <frame tileid="2004" duration="60"/>
   <frame tileid="2012" duration="60"/>
   <frame tileid="2020" duration="60"/>
   <frame tileid="2028" duration="60"/>
   <frame tileid="2036" duration="60"/>
   <frame tileid="2044" duration="60"/>
   <frame tileid="2052" duration="60"/>
   <frame tileid="2060" duration="60"/>
   <frame tileid="2068" duration="60"/>
   <frame tileid="2076" duration="60"/>
   <frame tileid="2084" duration="60"/>
   <frame tileid="2092" duration="60"/>
   <frame tileid="2100" duration="60"/>
   <frame tileid="2108" duration="60"/>
  </animation>
 </tile>
 <tile id="1861">
  <properties>
   <property name="name" value="traffic_nb@0,4"/>
  </properties>
  <animation>
   <frame tileid="1861" duration="60"/>
   <frame tileid="1869" duration="60"/>
   <frame tileid="1877" duration="60"/>
   <frame tileid="1885" duration="60"/>
   <frame tileid="1893" duration="60"/>
   <frame tileid="1901" duration="60"/>
   <frame tileid="1909" duration="60"/>
   <frame tileid="1917" duration="60"/>
   <frame tileid="1925" duration="60"/>
   <frame tileid="1933" duration="60"/>
   <frame tileid="1941" duration="60"/>
   <frame tileid="1949" duration="60"/>
   <frame tileid="1957" duration="60"/>
   <frame tileid="1965" duration="60"/>
   <frame tileid="1973" duration="60"/>
   <frame tileid="1981" duration="60"/>
   <frame tileid="1989" duration="60"/>
   <frame tileid="1997" duration="60"/>
   <frame tileid="2005" duration="60"/>
   <frame tileid="2013" duration="60"/>
   <frame tileid="2021" duration="60"/>
   <frame tileid="2029" duration="60"/>
   <frame tileid="2037" duration="60"/>
   <frame tileid="2045" duration="60"/>
   <frame tileid="2053" duration="60"/>
   <frame tileid="2061" duration="60"/>
   <frame tileid="2069" duration="60"/>
   <frame tileid="2077" duration="60"/>
   <frame tileid="2085" duration="60"/>
   <frame tileid="2093" duration="60"/>
   <frame tileid="2101" duration="60"/>
   <frame tileid="2109" duration="60"/>
  </animation>
 </tile>
 <tile id="1862">
  <properties>
   <property name="name" value="traffic_nb@0,5"/>
  </properties>
  <animation>
   <frame tileid="1862" duration="60"/>
   <frame tileid="1870" duration="60"/>
   <frame tileid="1878" duration="60"/>
   <frame tileid="1886" duration="60"/>
   <frame tileid="1894" duration="60"/>
   <frame tileid="1902" duration="60"/>
   <frame tileid="1910" duration="60"/>
   <frame tileid="1918" duration="60"/>
   <frame tileid="1926" duration="60"/>
   <frame tileid="1934" duration="60"/>
   <frame tileid="1942" duration="60"/>
   <frame tileid="1950" duration="60"/>
   <frame tileid="1958" duration="60"/>
   <frame tileid="1966" duration="60"/>
   <frame tileid="1974" duration="60"/>
   <frame tileid="1982" duration="60"/>
   <frame tileid="1990" duration="60"/>
   <frame tileid="1998" duration="60"/>
   <frame tileid="2006" duration="60"/>
   <frame tileid="2014" duration="60"/>
   <frame tileid="2022" duration="60"/>
   <frame tileid="2030" duration="60"/>
   <frame tileid="2038" duration="60"/>
   <frame tileid="2046" duration="60"/>
   <frame tileid="2054" duration="60"/>
   <frame tileid="2062" duration="60"/>
   <frame tileid="2070" duration="60"/>
   <frame tileid="2078" duration="60"/>
   <frame tileid="2086" duration="60"/>
   <frame tileid="2094" duration="60"/>
   <frame tileid="2102" duration="60"/>
   <frame tileid="2110" duration="60"/>
  </animation>
 </tile>
 <tile id="1863">
  <properties>
   <property name="name" value="traffic_nb@0,6"/>
  </properties>
  <animation>
   <frame tileid="1863" duration="60"/>
   <frame tileid="1871" duration="60"/>
   <frame tileid="1879" duration="60"/>
   <frame tileid="1887" duration="60"/>
   <frame tileid="1895" duration="60"/>
   <frame tileid="1903" duration="60"/>
   <frame tileid="1911" duration="60"/>
   <frame tileid="1919" duration="60"/>
   <frame tileid="1927" duration="60"/>
   <frame tileid="1935" duration="60"/>
   <frame tileid="1943" duration="60"/>
   <frame tileid="1951" duration="60"/>
   <frame tileid="1959" duration="60"/>
   <frame tileid="1967" duration="60"/>
   <frame tileid="1975" duration="60"/>
   <frame tileid="1983" duration="60"/>
   <frame tileid="1991" duration="60"/>
   <frame tileid="1999" duration="60"/>
   <frame tileid="2007" duration="60"/>
   <frame tileid="2015" duration="60"/>
   <frame tileid="2023" duration="60"/>
   <frame tileid="2031" duration="60"/>
   <frame tileid="2039" duration="60"/>
   <frame tileid="2047" duration="60"/>
   <frame tileid="2055" duration="60"/>
   <frame tileid="2063" duration="60"/>
   <frame tileid="2071" duration="60"/>
   <frame tileid="2079" duration="60"/>
   <frame tileid="2087" duration="60"/>
   <frame tileid="2095" duration="60"/>
   <frame tileid="2103" duration="60"/>
   <frame tileid="2111" duration="60"/>
  </animation>
 </tile>
 <tile id="1864">
  <properties>
   <property name="name" value="traffic_nb@0,7"/>
  </properties>
  <animation>
   <frame tileid="1864" duration="60"/>
   <frame tileid="1872" duration="60"/>
   <frame tileid="1880" duration="60"/>
   <frame tileid="1888" duration="60"/>
   <frame tileid="1896" duration="60"/>
   <frame tileid="1904" duration="60"/>
   <frame tileid="1912" duration="60"/>
   <frame tileid="1920" duration="60"/>
   <frame tileid="1928" duration="60"/>
   <frame tileid="1936" duration="60"/>
   <frame tileid="1944" duration="60"/>
   <frame tileid="1952" duration="60"/>
   <frame tileid="1960" duration="60"/>
   <frame tileid="1968" duration="60"/>
   <frame tileid="1976" duration="60"/>
   <frame tileid="1984" duration="60"/>
   <frame tileid="1992" duration="60"/>
   <frame tileid="2000" duration="60"/>
   <frame tileid="2008" duration="60"/>
   <frame tileid="2016" duration="60"/>
   <frame tileid="2024" duration="60"/>
   <frame tileid="2032" duration="60"/>
   <frame tileid="2040" duration="60"/>
   <frame tileid="2048" duration="60"/>
   <frame tileid="2056" duration="60"/>
   <frame tileid="2064" duration="60"/>
   <frame tileid="2072" duration="60"/>
   <frame tileid="2080" duration="60"/>
   <frame tileid="2088" duration="60"/>
   <frame tileid="2096" duration="60"/>
   <frame tileid="2104" duration="60"/>
   <frame tileid="2112" duration="60"/>
  </animation>
 </tile>
 <tile id="2113">
  <properties>
   <property name="name" value="rainthread"/>
  </properties>
  <animation>
   <frame tileid="2113" duration="120"/>
   <frame tileid="2114" duration="120"/>
   <frame tileid="2115" duration="120"/>
   <frame tileid="2116" duration="120"/>
  </animation>
 </tile>
 <tile id="2117">
  <properties>
   <property name="name" value="stall_skewers@0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2118">
  <properties>
   <property name="name" value="stall_skewers@1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2119">
  <properties>
   <property name="name" value="stall_skewers@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2120">
  <properties>
   <property name="name" value="stall_skewers@1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2121">
  <properties>
   <property name="name" value="stall_fruit@0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2122">
  <properties>
   <property name="name" value="stall_fruit@1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2123">
  <properties>
   <property name="name" value="stall_fruit@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2124">
  <properties>
   <property name="name" value="stall_fruit@1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2125">
  <properties>
   <property name="name" value="stall_lanterns@0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2126">
  <properties>
   <property name="name" value="stall_lanterns@1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2127">
  <properties>
   <property name="name" value="stall_lanterns@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2128">
  <properties>
   <property name="name" value="stall_lanterns@1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2129">
  <properties>
   <property name="name" value="skycrack@0,0"/>
  </properties>
 </tile>
 <tile id="2130">
  <properties>
   <property name="name" value="skycrack@1,0"/>
  </properties>
 </tile>
 <tile id="2131">
  <properties>
   <property name="name" value="skycrack@2,0"/>
  </properties>
 </tile>
 <tile id="2132">
  <properties>
   <property name="name" value="skycrack@3,0"/>
  </properties>
 </tile>
 <tile id="2133">
  <properties>
   <property name="name" value="skycrack@4,0"/>
  </properties>
 </tile>
 <tile id="2134">
  <properties>
   <property name="name" value="skycrack@5,0"/>
  </properties>
 </tile>
 <tile id="2135">
  <properties>
   <property name="name" value="skycrack@6,0"/>
  </properties>
 </tile>
 <tile id="2136">
  <properties>
   <property name="name" value="skycrack@7,0"/>
  </properties>
 </tile>
 <tile id="2137">
  <properties>
   <property name="name" value="skycrack@8,0"/>
  </properties>
 </tile>
 <tile id="2138">
  <properties>
   <property name="name" value="skycrack@9,0"/>
  </properties>
 </tile>
 <tile id="2139">
  <properties>
   <property name="name" value="skycrack@10,0"/>
  </properties>
 </tile>
 <tile id="2140">
  <properties>
   <property name="name" value="skycrack@11,0"/>
  </properties>
 </tile>
 <tile id="2141">
  <properties>
   <property name="name" value="skycrack@12,0"/>
  </properties>
 </tile>
 <tile id="2142">
  <properties>
   <property name="name" value="skycrack@13,0"/>
  </properties>
 </tile>
 <tile id="2143">
  <properties>
   <property name="name" value="skycrack@14,0"/>
  </properties>
 </tile>
 <tile id="2144">
  <properties>
   <property name="name" value="skycrack@15,0"/>
  </properties>
 </tile>
 <tile id="2145">
  <properties>
   <property name="name" value="skycrack@16,0"/>
  </properties>
 </tile>
 <tile id="2146">
  <properties>
   <property name="name" value="skycrack@17,0"/>
  </properties>
 </tile>
 <tile id="2147">
  <properties>
   <property name="name" value="skycrack@18,0"/>
  </properties>
 </tile>
 <tile id="2148">
  <properties>
   <property name="name" value="skycrack@19,0"/>
  </properties>
 </tile>
 <tile id="2149">
  <properties>
   <property name="name" value="skycrack@0,1"/>
  </properties>
 </tile>
 <tile id="2150">
  <properties>
   <property name="name" value="skycrack@1,1"/>
  </properties>
 </tile>
 <tile id="2151">
  <properties>
   <property name="name" value="skycrack@2,1"/>
  </properties>
 </tile>
 <tile id="2152">
  <properties>
   <property name="name" value="skycrack@3,1"/>
  </properties>
 </tile>
 <tile id="2153">
  <properties>
   <property name="name" value="skycrack@4,1"/>
  </properties>
 </tile>
 <tile id="2154">
  <properties>
   <property name="name" value="skycrack@5,1"/>
  </properties>
 </tile>
 <tile id="2155">
  <properties>
   <property name="name" value="skycrack@6,1"/>
  </properties>
 </tile>
 <tile id="2156">
  <properties>
   <property name="name" value="skycrack@7,1"/>
  </properties>
 </tile>
 <tile id="2157">
  <properties>
   <property name="name" value="skycrack@8,1"/>
  </properties>
 </tile>
 <tile id="2158">
  <properties>
   <property name="name" value="skycrack@9,1"/>
  </properties>
 </tile>
 <tile id="2159">
  <properties>
   <property name="name" value="skycrack@10,1"/>
  </properties>
 </tile>
 <tile id="2160">
  <properties>
   <property name="name" value="skycrack@11,1"/>
  </properties>
 </tile>
 <tile id="2161">
  <properties>
   <property name="name" value="skycrack@12,1"/>
  </properties>
 </tile>
 <tile id="2162">
  <properties>
   <property name="name" value="skycrack@13,1"/>
  </properties>
 </tile>
 <tile id="2163">
  <properties>
   <property name="name" value="skycrack@14,1"/>
  </properties>
 </tile>
 <tile id="2164">
  <properties>
   <property name="name" value="skycrack@15,1"/>
  </properties>
 </tile>
 <tile id="2165">
  <properties>
   <property name="name" value="skycrack@16,1"/>
  </properties>
 </tile>
 <tile id="2166">
  <properties>
   <property name="name" value="skycrack@17,1"/>
  </properties>
 </tile>
 <tile id="2167">
  <properties>
   <property name="name" value="skycrack@18,1"/>
  </properties>
 </tile>
 <tile id="2168">
  <properties>
   <property name="name" value="skycrack@19,1"/>
  </properties>
 </tile>
 <tile id="2169">
  <properties>
   <property name="name" value="skycrack@0,2"/>
  </properties>
 </tile>
 <tile id="2170">
  <properties>
   <property name="name" value="skycrack@1,2"/>
  </properties>
 </tile>
 <tile id="2171">
  <properties>
   <property name="name" value="skycrack@2,2"/>
  </properties>
 </tile>
 <tile id="2172">
  <properties>
   <property name="name" value="skycrack@3,2"/>
  </properties>
 </tile>
 <tile id="2173">
  <properties>
   <property name="name" value="skycrack@4,2"/>
  </properties>
 </tile>
 <tile id="2174">
  <properties>
   <property name="name" value="skycrack@5,2"/>
  </properties>
 </tile>
 <tile id="2175">
  <properties>
   <property name="name" value="skycrack@6,2"/>
  </properties>
 </tile>
 <tile id="2176">
  <properties>
   <property name="name" value="skycrack@7,2"/>
  </properties>
 </tile>
 <tile id="2177">
  <properties>
   <property name="name" value="skycrack@8,2"/>
  </properties>
 </tile>
 <tile id="2178">
  <properties>
   <property name="name" value="skycrack@9,2"/>
  </properties>
 </tile>
 <tile id="2179">
  <properties>
   <property name="name" value="skycrack@10,2"/>
  </properties>
 </tile>
 <tile id="2180">
  <properties>
   <property name="name" value="skycrack@11,2"/>
  </properties>
 </tile>
 <tile id="2181">
  <properties>
   <property name="name" value="skycrack@12,2"/>
  </properties>
 </tile>
 <tile id="2182">
  <properties>
   <property name="name" value="skycrack@13,2"/>
  </properties>
 </tile>
 <tile id="2183">
  <properties>
   <property name="name" value="skycrack@14,2"/>
  </properties>
 </tile>
 <tile id="2184">
  <properties>
   <property name="name" value="skycrack@15,2"/>
  </properties>
 </tile>
 <tile id="2185">
  <properties>
   <property name="name" value="skycrack@16,2"/>
  </properties>
 </tile>
 <tile id="2186">
  <properties>
   <property name="name" value="skycrack@17,2"/>
  </properties>
 </tile>
 <tile id="2187">
  <properties>
   <property name="name" value="skycrack@18,2"/>
  </properties>
 </tile>
 <tile id="2188">
  <properties>
   <property name="name" value="skycrack@19,2"/>
  </properties>
 </tile>
 <tile id="2189">
  <properties>
   <property name="name" value="mural@0,0"/>
  </properties>
 </tile>
 <tile id="2190">
  <properties>
   <property name="name" value="mural@1,0"/>
  </properties>
 </tile>
 <tile id="2191">
  <properties>
   <property name="name" value="mural@2,0"/>
  </properties>
 </tile>
 <tile id="2192">
  <properties>
   <property name="name" value="mural@3,0"/>
  </properties>
 </tile>
 <tile id="2193">
  <properties>
   <property name="name" value="mural@4,0"/>
  </properties>
 </tile>
 <tile id="2194">
  <properties>
   <property name="name" value="mural@5,0"/>
  </properties>
 </tile>
 <tile id="2195">
  <properties>
   <property name="name" value="mural@0,1"/>
  </properties>
 </tile>
 <tile id="2196">
  <properties>
   <property name="name" value="mural@1,1"/>
  </properties>
 </tile>
 <tile id="2197">
  <properties>
   <property name="name" value="mural@2,1"/>
  </properties>
 </tile>
 <tile id="2198">
  <properties>
   <property name="name" value="mural@3,1"/>
  </properties>
 </tile>
 <tile id="2199">
  <properties>
   <property name="name" value="mural@4,1"/>
  </properties>
 </tile>
 <tile id="2200">
  <properties>
   <property name="name" value="mural@5,1"/>
  </properties>
 </tile>
 <tile id="2201">
  <properties>
   <property name="name" value="mural@0,2"/>
  </properties>
 </tile>
 <tile id="2202">
  <properties>
   <property name="name" value="mural@1,2"/>
  </properties>
 </tile>
 <tile id="2203">
  <properties>
   <property name="name" value="mural@2,2"/>
  </properties>
 </tile>
 <tile id="2204">
  <properties>
   <property name="name" value="mural@3,2"/>
  </properties>
 </tile>
 <tile id="2205">
  <properties>
   <property name="name" value="mural@4,2"/>
  </properties>
 </tile>
 <tile id="2206">
  <properties>
   <property name="name" value="mural@5,2"/>
  </properties>
 </tile>
 <tile id="2207">
  <properties>
   <property name="name" value="flyover_0@0,0"/>
  </properties>
  <animation>
   <frame tileid="2207" duration="60"/>
   <frame tileid="2215" duration="60"/>
   <frame tileid="2223" duration="60"/>
   <frame tileid="2231" duration="60"/>
   <frame tileid="2239" duration="60"/>
   <frame tileid="2247" duration="60"/>
   <frame tileid="2255" duration="60"/>
   <frame tileid="2263" duration="60"/>
   <frame tileid="2271" duration="60"/>
   <frame tileid="2279" duration="60"/>
   <frame tileid="2287" duration="60"/>
   <frame tileid="2295" duration="60"/>
   <frame tileid="2303" duration="60"/>
   <frame tileid="2311" duration="60"/>
   <frame tileid="2319" duration="60"/>
   <frame tileid="2327" duration="60"/>
   <frame tileid="2335" duration="60"/>
   <frame tileid="2343" duration="60"/>
   <frame tileid="2351" duration="60"/>
   <frame tileid="2359" duration="60"/>
   <frame tileid="2367" duration="60"/>
   <frame tileid="2375" duration="60"/>
   <frame tileid="2383" duration="60"/>
   <frame tileid="2391" duration="60"/>
   <frame tileid="2399" duration="60"/>
   <frame tileid="2407" duration="60"/>
   <frame tileid="2415" duration="60"/>
   <frame tileid="2423" duration="60"/>
   <frame tileid="2431" duration="60"/>
   <frame tileid="2439" duration="60"/>
   <frame tileid="2447" duration="60"/>
   <frame tileid="2455" duration="60"/>
  </animation>
 </tile>
 <tile id="2208">
  <properties>
   <property name="name" value="flyover_0@1,0"/>
  </properties>
  <animation>
   <frame tileid="2208" duration="60"/>
   <frame tileid="2216" duration="60"/>
   <frame tileid="2224" duration="60"/>
   <frame tileid="2232" duration="60"/>
   <frame tileid="2240" duration="60"/>
   <frame tileid="2248" duration="60"/>
   <frame tileid="2256" duration="60"/>
   <frame tileid="2264" duration="60"/>
   <frame tileid="2272" duration="60"/>
   <frame tileid="2280" duration="60"/>
   <frame tileid="2288" duration="60"/>
   <frame tileid="2296" duration="60"/>
   <frame tileid="2304" duration="60"/>
   <frame tileid="2312" duration="60"/>
   <frame tileid="2320" duration="60"/>
   <frame tileid="2328" duration="60"/>
   <frame tileid="2336" duration="60"/>
   <frame tileid="2344" duration="60"/>
   <frame tileid="2352" duration="60"/>
   <frame tileid="2360" duration="60"/>
   <frame tileid="2368" duration="60"/>
   <frame tileid="2376" duration="60"/>
   <frame tileid="2384" duration="60"/>
   <frame tileid="2392" duration="60"/>
   <frame tileid="2400" duration="60"/>
   <frame tileid="2408" duration="60"/>
   <frame tileid="2416" duration="60"/>
   <frame tileid="2424" duration="60"/>
   <frame tileid="2432" duration="60"/>
   <frame tileid="2440" duration="60"/>
   <frame tileid="2448" duration="60"/>
   <frame tileid="2456" duration="60"/>
  </animation>
 </tile>
 <tile id="2209">
  <properties>
   <property name="name" value="flyover_0@2,0"/>
  </properties>
  <animation>
   <frame tileid="2209" duration="60"/>
   <frame tileid="2217" duration="60"/>
   <frame tileid="2225" duration="60"/>
   <frame tileid="2233" duration="60"/>
   <frame tileid="2241" duration="60"/>
   <frame tileid="2249" duration="60"/>
   <frame tileid="2257" duration="60"/>
   <frame tileid="2265" duration="60"/>
   <frame tileid="2273" duration="60"/>
   <frame tileid="2281" duration="60"/>
   <frame tileid="2289" duration="60"/>
   <frame tileid="2297" duration="60"/>
   <frame tileid="2305" duration="60"/>
   <frame tileid="2313" duration="60"/>
   <frame tileid="2321" duration="60"/>
   <frame tileid="2329" duration="60"/>
   <frame tileid="2337" duration="60"/>
   <frame tileid="2345" duration="60"/>
   <frame tileid="2353" duration="60"/>
   <frame tileid="2361" duration="60"/>
   <frame tileid="2369" duration="60"/>
   <frame tileid="2377" duration="60"/>
   <frame tileid="2385" duration="60"/>
   <frame tileid="2393" duration="60"/>
   <frame tileid="2401" duration="60"/>
   <frame tileid="2409" duration="60"/>
   <frame tileid="2417" duration="60"/>
   <frame tileid="2425" duration="60"/>
   <frame tileid="2433" duration="60"/>
   <frame tileid="2441" duration="60"/>
   <frame tileid="2449" duration="60"/>
   <frame tileid="2457" duration="60"/>
  </animation>
 </tile>
 <tile id="2210">
  <properties>
   <property name="name" value="flyover_0@3,0"/>
  </properties>
  <animation>
   <frame tileid="2210" duration="60"/>
   <frame tileid="2218" duration="60"/>
   <frame tileid="2226" duration="60"/>
   <frame tileid="2234" duration="60"/>
   <frame tileid="2242" duration="60"/>
   <frame tileid="2250" duration="60"/>
   <frame tileid="2258" duration="60"/>
   <frame tileid="2266" duration="60"/>
   <frame tileid="2274" duration="60"/>
   <frame tileid="2282" duration="60"/>
   <frame tileid="2290" duration="60"/>
   <frame tileid="2298" duration="60"/>
   <frame tileid="2306" duration="60"/>
   <frame tileid="2314" duration="60"/>
   <frame tileid="2322" duration="60"/>
   <frame tileid="2330" duration="60"/>
   <frame tileid="2338" duration="60"/>
   <frame tileid="2346" duration="60"/>
   <frame tileid="2354" duration="60"/>
   <frame tileid="2362" duration="60"/>
   <frame tileid="2370" duration="60"/>
   <frame tileid="2378" duration="60"/>
   <frame tileid="2386" duration="60"/>
   <frame tileid="2394" duration="60"/>
   <frame tileid="2402" duration="60"/>
   <frame tileid="2410" duration="60"/>
   <frame tileid="2418" duration="60"/>
   <frame tileid="2426" duration="60"/>
   <frame tileid="2434" duration="60"/>
   <frame tileid="2442" duration="60"/>
   <frame tileid="2450" duration="60"/>
   <frame tileid="2458" duration="60"/>
  </animation>
 </tile>
 <tile id="2211">
  <properties>
   <property name="name" value="flyover_0@4,0"/>
  </properties>
  <animation>
   <frame tileid="2211" duration="60"/>
   <frame tileid="2219" duration="60"/>
   <frame tileid="2227" duration="60"/>
   <frame tileid="2235" duration="60"/>
   <frame tileid="2243" duration="60"/>
   <frame tileid="2251" duration="60"/>
   <frame tileid="2259" duration="60"/>
   <frame tileid="2267" duration="60"/>
   <frame tileid="2275" duration="60"/>
   <frame tileid="2283" duration="60"/>
   <frame tileid="2291" duration="60"/>
   <frame tileid="2299" duration="60"/>
   <frame tileid="2307" duration="60"/>
   <frame tileid="2315" duration="60"/>
   <frame tileid="2323" duration="60"/>
   <frame tileid="2331" duration="60"/>
   <frame tileid="2339" duration="60"/>
   <frame tileid="2347" duration="60"/>
   <frame tileid="2355" duration="60"/>
   <frame tileid="2363" duration="60"/>
   <frame tileid="2371" duration="60"/>
   <frame tileid="2379" duration="60"/>
   <frame tileid="2387" duration="60"/>
   <frame tileid="2395" duration="60"/>
   <frame tileid="2403" duration="60"/>
   <frame tileid="2411" duration="60"/>
   <frame tileid="2419" duration="60"/>
   <frame tileid="2427" duration="60"/>
   <frame tileid="2435" duration="60"/>
   <frame tileid="2443" duration="60"/>
   <frame tileid="2451" duration="60"/>
   <frame tileid="2459" duration="60"/>
  </animation>
 </tile>
 <tile id="2212">
  <properties>
   <property name="name" value="flyover_0@5,0"/>
  </properties>
  <animation>
   <frame tileid="2212" duration="60"/>
   <frame tileid="2220" duration="60"/>
   <frame tileid="2228" duration="60"/>
   <frame tileid="2236" duration="60"/>
   <frame tileid="2244" duration="60"/>
   <frame tileid="2252" duration="60"/>
   <frame tileid="2260" duration="60"/>
   <frame tileid="2268" duration="60"/>
   <frame tileid="2276" duration="60"/>
   <frame tileid="2284" duration="60"/>
   <frame tileid="2292" duration="60"/>
   <frame tileid="2300" duration="60"/>
   <frame tileid="2308" duration="60"/>
   <frame tileid="2316" duration="60"/>
   <frame tileid="2324" duration="60"/>
   <frame tileid="2332" duration="60"/>
   <frame tileid="2340" duration="60"/>
   <frame tileid="2348" duration="60"/>
   <frame tileid="2356" duration="60"/>
   <frame tileid="2364" duration="60"/>
   <frame tileid="2372" duration="60"/>
   <frame tileid="2380" duration="60"/>
   <frame tileid="2388" duration="60"/>
   <frame tileid="2396" duration="60"/>
   <frame tileid="2404" duration="60"/>
   <frame tileid="2412" duration="60"/>
   <frame tileid="2420" duration="60"/>
   <frame tileid="2428" duration="60"/>
   <frame tileid="2436" duration="60"/>
   <frame tileid="2444" duration="60"/>
   <frame tileid="2452" duration="60"/>
   <frame tileid="2460" duration="60"/>
  </animation>
 </tile>
 <tile id="2213">
  <properties>
   <property name="name" value="flyover_0@6,0"/>
  </properties>
  <animation>
   <frame tileid="2213" duration="60"/>
   <frame tileid="2221" duration="60"/>
   <frame tileid="2229" duration="60"/>
   <frame tileid="2237" duration="60"/>
   <frame tileid="2245" duration="60"/>
   <frame tileid="2253" duration="60"/>
   <frame tileid="2261" duration="60"/>
   <frame tileid="2269" duration="60"/>
   <frame tileid="2277" duration="60"/>
   <frame tileid="2285" duration="60"/>
   <frame tileid="2293" duration="60"/>
   <frame tileid="2301" duration="60"/>
   <frame tileid="2309" duration="60"/>
   <frame tileid="2317" duration="60"/>
   <frame tileid="2325" duration="60"/>
   <frame tileid="2333" duration="60"/>
   <frame tileid="2341" duration="60"/>
   <frame tileid="2349" duration="60"/>
   <frame tileid="2357" duration="60"/>
   <frame tileid="2365" duration="60"/>
   <frame tileid="2373" duration="60"/>
   <frame tileid="2381" duration="60"/>
   <frame tileid="2389" duration="60"/>
   <frame tileid="2397" duration="60"/>
   <frame tileid="2405" duration="60"/>
   <frame tileid="2413" duration="60"/>
   <frame tileid="2421" duration="60"/>
   <frame tileid="2429" duration="60"/>
   <frame tileid="2437" duration="60"/>
   <frame tileid="2445" duration="60"/>
   <frame tileid="2453" duration="60"/>
   <frame tileid="2461" duration="60"/>
  </animation>
 </tile>
 <tile id="2214">
  <properties>
   <property name="name" value="flyover_0@7,0"/>
  </properties>
  <animation>
   <frame tileid="2214" duration="60"/>
   <frame tileid="2222" duration="60"/>
   <frame tileid="2230" duration="60"/>
   <frame tileid="2238" duration="60"/>
   <frame tileid="2246" duration="60"/>
   <frame tileid="2254" duration="60"/>
   <frame tileid="2262" duration="60"/>
   <frame tileid="2270" duration="60"/>
   <frame tileid="2278" duration="60"/>
   <frame tileid="2286" duration="60"/>
   <frame tileid="2294" duration="60"/>
   <frame tileid="2302" duration="60"/>
   <frame tileid="2310" duration="60"/>
   <frame tileid="2318" duration="60"/>
   <frame tileid="2326" duration="60"/>
   <frame tileid="2334" duration="60"/>
   <frame tileid="2342" duration="60"/>
   <frame tileid="2350" duration="60"/>
   <frame tileid="2358" duration="60"/>
   <frame tileid="2366" duration="60"/>
   <frame tileid="2374" duration="60"/>
   <frame tileid="2382" duration="60"/>
   <frame tileid="2390" duration="60"/>
   <frame tileid="2398" duration="60"/>
   <frame tileid="2406" duration="60"/>
   <frame tileid="2414" duration="60"/>
   <frame tileid="2422" duration="60"/>
   <frame tileid="2430" duration="60"/>
   <frame tileid="2438" duration="60"/>
   <frame tileid="2446" duration="60"/>
   <frame tileid="2454" duration="60"/>
   <frame tileid="2462" duration="60"/>
  </animation>
 </tile>
 <tile id="2463">
  <properties>
   <property name="name" value="flyover_1@0,0"/>
  </properties>
  <animation>
   <frame tileid="2463" duration="60"/>
   <frame tileid="2471" duration="60"/>
   <frame tileid="2479" duration="60"/>
   <frame tileid="2487" duration="60"/>
   <frame tileid="2495" duration="60"/>
   <frame tileid="2503" duration="60"/>
   <frame tileid="2511" duration="60"/>
   <frame tileid="2519" duration="60"/>
   <frame tileid="2527" duration="60"/>
   <frame tileid="2535" duration="60"/>
   <frame tileid="2543" duration="60"/>
   <frame tileid="2551" duration="60"/>
   <frame tileid="2559" duration="60"/>
   <frame tileid="2567" duration="60"/>
   <frame tileid="2575" duration="60"/>
   <frame tileid="2583" duration="60"/>
   <frame tileid="2591" duration="60"/>
   <frame tileid="2599" duration="60"/>
   <frame tileid="2607" duration="60"/>
   <frame tileid="2615" duration="60"/>
   <frame tileid="2623" duration="60"/>
   <frame tileid="2631" duration="60"/>
   <frame tileid="2639" duration="60"/>
   <frame tileid="2647" duration="60"/>
   <frame tileid="2655" duration="60"/>
   <frame tileid="2663" duration="60"/>
   <frame tileid="2671" duration="60"/>
   <frame tileid="2679" duration="60"/>
   <frame tileid="2687" duration="60"/>
   <frame tileid="2695" duration="60"/>
   <frame tileid="2703" duration="60"/>
   <frame tileid="2711" duration="60"/>
  </animation>
 </tile>
 <tile id="2464">
  <properties>
   <property name="name" value="flyover_1@1,0"/>
  </properties>
  <animation>
   <frame tileid="2464" duration="60"/>
   <frame tileid="2472" duration="60"/>
   <frame tileid="2480" duration="60"/>
   <frame tileid="2488" duration="60"/>
   <frame tileid="2496" duration="60"/>
   <frame tileid="2504" duration="60"/>
   <frame tileid="2512" duration="60"/>
   <frame tileid="2520" duration="60"/>
   <frame tileid="2528" duration="60"/>
   <frame tileid="2536" duration="60"/>
   <frame tileid="2544" duration="60"/>
   <frame tileid="2552" duration="60"/>
   <frame tileid="2560" duration="60"/>
   <frame tileid="2568" duration="60"/>
   <frame tileid="2576" duration="60"/>
   <frame tileid="2584" duration="60"/>
   <frame tileid="2592" duration="60"/>
   <frame tileid="2600" duration="60"/>
   <frame tileid="2608" duration="60"/>
   <frame tileid="2616" duration="60"/>
   <frame tileid="2624" duration="60"/>
   <frame tileid="2632" duration="60"/>
   <frame tileid="2640" duration="60"/>
   <frame tileid="2648" duration="60"/>
   <frame tileid="2656" duration="60"/>
   <frame tileid="2664" duration="60"/>
   <frame tileid="2672" duration="60"/>
   <frame tileid="2680" duration="60"/>
   <frame tileid="2688" duration="60"/>
   <frame tileid="2696" duration="60"/>
   <frame tileid="2704" duration="60"/>
   <frame tileid="2712" duration="60"/>
  </animation>
 </tile>
 <tile id="2465">
  <properties>
   <property name="name" value="flyover_1@2,0"/>
  </properties>
  <animation>
   <frame tileid="2465" duration="60"/>
   <frame tileid="2473" duration="60"/>
   <frame tileid="2481" duration="60"/>
   <frame tileid="2489" duration="60"/>
   <frame tileid="2497" duration="60"/>
   <frame tileid="2505" duration="60"/>
   <frame tileid="2513" duration="60"/>
   <frame tileid="2521" duration="60"/>
   <frame tileid="2529" duration="60"/>
   <frame tileid="2537" duration="60"/>
   <frame tileid="2545" duration="60"/>
   <frame tileid="2553" duration="60"/>
   <frame tileid="2561" duration="60"/>
   <frame tileid="2569" duration="60"/>
   <frame tileid="2577" duration="60"/>
   <frame tileid="2585" duration="60"/>
   <frame tileid="2593" duration="60"/>
   <frame tileid="2601" duration="60"/>
   <frame tileid="2609" duration="60"/>
   <frame tileid="2617" duration="60"/>
   <frame tileid="2625" duration="60"/>
   <frame tileid="2633" duration="60"/>
   <frame tileid="2641" duration="60"/>
   <frame tileid="2649" duration="60"/>
   <frame tileid="2657" duration="60"/>
   <frame tileid="2665" duration="60"/>
   <frame tileid="2673" duration="60"/>
   <frame tileid="2681" duration="60"/>
   <frame tileid="2689" duration="60"/>
   <frame tileid="2697" duration="60"/>
   <frame tileid="2705" duration="60"/>
   <frame tileid="2713" duration="60"/>
  </animation>
 </tile>
 <tile id="2466">
  <properties>
   <property name="name" value="flyover_1@3,0"/>
  </properties>
  <animation>
   <frame tileid="2466" duration="60"/>
   <frame tileid="2474" duration="60"/>
   <frame tileid="2482" duration="60"/>
   <frame tileid="2490" duration="60"/>
   <frame tileid="2498" duration="60"/>
   <frame tileid="2506" duration="60"/>
   <frame tileid="2514" duration="60"/>
   <frame tileid="2522" duration="60"/>
   <frame tileid="2530" duration="60"/>
   <frame tileid="2538" duration="60"/>
   <frame tileid="2546" duration="60"/>
   <frame tileid="2554" duration="60"/>
   <frame tileid="2562" duration="60"/>
   <frame tileid="2570" duration="60"/>
   <frame tileid="2578" duration="60"/>
   <frame tileid="2586" duration="60"/>
   <frame tileid="2594" duration="60"/>
   <frame tileid="2602" duration="60"/>
   <frame tileid="2610" duration="60"/>
   <frame tileid="2618" duration="60"/>
   <frame tileid="2626" duration="60"/>
   <frame tileid="2634" duration="60"/>
   <frame tileid="2642" duration="60"/>
   <frame tileid="2650" duration="60"/>
   <frame tileid="2658" duration="60"/>
   <frame tileid="2666" duration="60"/>
   <frame tileid="2674" duration="60"/>
   <frame tileid="2682" duration="60"/>
   <frame tileid="2690" duration="60"/>
   <frame tileid="2698" duration="60"/>
   <frame tileid="2706" duration="60"/>
   <frame tileid="2714" duration="60"/>
  </animation>
 </tile>
 <tile id="2467">
  <properties>
   <property name="name" value="flyover_1@4,0"/>
  </properties>
  <animation>
   <frame tileid="2467" duration="60"/>
   <frame tileid="2475" duration="60"/>
   <frame tileid="2483" duration="60"/>
   <frame tileid="2491" duration="60"/>
   <frame tileid="2499" duration="60"/>
   <frame tileid="2507" duration="60"/>
   <frame tileid="2515" duration="60"/>
   <frame tileid="2523" duration="60"/>
   <frame tileid="2531" duration="60"/>
   <frame tileid="2539" duration="60"/>
   <frame tileid="2547" duration="60"/>
   <frame tileid="2555" duration="60"/>
   <frame tileid="2563" duration="60"/>
   <frame tileid="2571" duration="60"/>
   <frame tileid="2579" duration="60"/>
   <frame tileid="2587" duration="60"/>
   <frame tileid="2595" duration="60"/>
   <frame tileid="2603" duration="60"/>
   <frame tileid="2611" duration="60"/>
   <frame tileid="2619" duration="60"/>
   <frame tileid="2627" duration="60"/>
   <frame tileid="2635" duration="60"/>
   <frame tileid="2643" duration="60"/>
   <frame tileid="2651" duration="60"/>
   <frame tileid="2659" duration="60"/>
   <frame tileid="2667" duration="60"/>
   <frame tileid="2675" duration="60"/>
   <frame tileid="2683" duration="60"/>
   <frame tileid="2691" duration="60"/>
   <frame tileid="2699" duration="60"/>
   <frame tileid="2707" duration="60"/>
   <frame tileid="2715" duration="60"/>
  </animation>
 </tile>
 <tile id="2468">
  <properties>
   <property name="name" value="flyover_1@5,0"/>
  </properties>
  <animation>
   <frame tileid="2468" duration="60"/>
   <frame tileid="2476" duration="60"/>
   <frame tileid="2484" duration="60"/>
   <frame tileid="2492" duration="60"/>
   <frame tileid="2500" duration="60"/>
   <frame tileid="2508" duration="60"/>
   <frame tileid="2516" duration="60"/>
   <frame tileid="2524" duration="60"/>
   <frame tileid="2532" duration="60"/>
   <frame tileid="2540" duration="60"/>
   <frame tileid="2548" duration="60"/>
   <frame tileid="2556" duration="60"/>
   <frame tileid="2564" duration="60"/>
   <frame tileid="2572" duration="60"/>
   <frame tileid="2580" duration="60"/>
   <frame tileid="2588" duration="60"/>
   <frame tileid="2596" duration="60"/>
   <frame tileid="2604" duration="60"/>
   <frame tileid="2612" duration="60"/>
   <frame tileid="2620" duration="60"/>
   <frame tileid="2628" duration="60"/>
   <frame tileid="2636" duration="60"/>
   <frame tileid="2644" duration="60"/>
   <frame tileid="2652" duration="60"/>
   <frame tileid="2660" duration="60"/>
   <frame tileid="2668" duration="60"/>
   <frame tileid="2676" duration="60"/>
   <frame tileid="2684" duration="60"/>
   <frame tileid="2692" duration="60"/>
   <frame tileid="2700" duration="60"/>
   <frame tileid="2708" duration="60"/>
   <frame tileid="2716" duration="60"/>
  </animation>
 </tile>
 <tile id="2469">
  <properties>
   <property name="name" value="flyover_1@6,0"/>
  </properties>
  <animation>
   <frame tileid="2469" duration="60"/>
   <frame tileid="2477" duration="60"/>
   <frame tileid="2485" duration="60"/>
   <frame tileid="2493" duration="60"/>
   <frame tileid="2501" duration="60"/>
   <frame tileid="2509" duration="60"/>
   <frame tileid="2517" duration="60"/>
   <frame tileid="2525" duration="60"/>
   <frame tileid="2533" duration="60"/>
   <frame tileid="2541" duration="60"/>
   <frame tileid="2549" duration="60"/>
   <frame tileid="2557" duration="60"/>
   <frame tileid="2565" duration="60"/>
   <frame tileid="2573" duration="60"/>
   <frame tileid="2581" duration="60"/>
   <frame tileid="2589" duration="60"/>
   <frame tileid="2597" duration="60"/>
   <frame tileid="2605" duration="60"/>
   <frame tileid="2613" duration="60"/>
   <frame tileid="2621" duration="60"/>
   <frame tileid="2629" duration="60"/>
   <frame tileid="2637" duration="60"/>
   <frame tileid="2645" duration="60"/>
   <frame tileid="2653" duration="60"/>
   <frame tileid="2661" duration="60"/>
   <frame tileid="2669" duration="60"/>
   <frame tileid="2677" duration="60"/>
   <frame tileid="2685" duration="60"/>
   <frame tileid="2693" duration="60"/>
   <frame tileid="2701" duration="60"/>
   <frame tileid="2709" duration="60"/>
   <frame tileid="2717" duration="60"/>
  </animation>
 </tile>
 <tile id="2470">
  <properties>
   <property name="name" value="flyover_1@7,0"/>
  </properties>
  <animation>
   <frame tileid="2470" duration="60"/>
   <frame tileid="2478" duration="60"/>
   <frame tileid="2486" duration="60"/>
   <frame tileid="2494" duration="60"/>
   <frame tileid="2502" duration="60"/>
   <frame tileid="2510" duration="60"/>
   <frame tileid="2518" duration="60"/>
   <frame tileid="2526" duration="60"/>
   <frame tileid="2534" duration="60"/>
   <frame tileid="2542" duration="60"/>
   <frame tileid="2550" duration="60"/>
   <frame tileid="2558" duration="60"/>
   <frame tileid="2566" duration="60"/>
   <frame tileid="2574" duration="60"/>
   <frame tileid="2582" duration="60"/>
   <frame tileid="2590" duration="60"/>
   <frame tileid="2598" duration="60"/>
   <frame tileid="2606" duration="60"/>
   <frame tileid="2614" duration="60"/>
   <frame tileid="2622" duration="60"/>
   <frame tileid="2630" duration="60"/>
   <frame tileid="2638" duration="60"/>
   <frame tileid="2646" duration="60"/>
   <frame tileid="2654" duration="60"/>
   <frame tileid="2662" duration="60"/>
   <frame tileid="2670" duration="60"/>
   <frame tileid="2678" duration="60"/>
   <frame tileid="2686" duration="60"/>
   <frame tileid="2694" duration="60"/>
   <frame tileid="2702" duration="60"/>
   <frame tileid="2710" duration="60"/>
   <frame tileid="2718" duration="60"/>
  </animation>
 </tile>
 <tile id="2719">
  <properties>
   <property name="name" value="flyover_side"/>
  </properties>
 </tile>
 <tile id="2720">
  <properties>
   <property name="name" value="flyover_side_leg"/>
  </properties>
 </tile>
 <tile id="2721">
  <properties>
   <property name="name" value="flyover_leg"/>
  </properties>
 </tile>
 <tile id="2722">
  <properties>
   <property name="name" value="flyover_shade"/>
  </properties>
 </tile>
 <tile id="2723">
  <properties>
   <property name="name" value="flyover_shade_thin"/>
  </properties>
 </tile>
</tileset>
