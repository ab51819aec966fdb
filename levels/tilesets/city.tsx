<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="city" tilewidth="16" tileheight="16" tilecount="479" columns="16">
 <image source="../../assets/tiles/city.png" width="256" height="480"/>
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
   <property name="name" value="court_nw"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="name" value="court_n"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="name" value="court_ne"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="name" value="court_w"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="name" value="court_c"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="name" value="court_e"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="name" value="court_sw"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="name" value="court_s"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="name" value="court_se"/>
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
   <frame tileid="231" duration="600"/>
   <frame tileid="239" duration="600"/>
   <frame tileid="247" duration="150"/>
   <frame tileid="255" duration="600"/>
  </animation>
 </tile>
 <tile id="232">
  <properties>
   <property name="name" value="billboard@1,0"/>
  </properties>
  <animation>
   <frame tileid="232" duration="600"/>
   <frame tileid="240" duration="600"/>
   <frame tileid="248" duration="150"/>
   <frame tileid="256" duration="600"/>
  </animation>
 </tile>
 <tile id="233">
  <properties>
   <property name="name" value="billboard@2,0"/>
  </properties>
  <animation>
   <frame tileid="233" duration="600"/>
   <frame tileid="241" duration="600"/>
   <frame tileid="249" duration="150"/>
   <frame tileid="257" duration="600"/>
  </animation>
 </tile>
 <tile id="234">
  <properties>
   <property name="name" value="billboard@3,0"/>
  </properties>
  <animation>
   <frame tileid="234" duration="600"/>
   <frame tileid="242" duration="600"/>
   <frame tileid="250" duration="150"/>
   <frame tileid="258" duration="600"/>
  </animation>
 </tile>
 <tile id="235">
  <properties>
   <property name="name" value="billboard@0,1"/>
  </properties>
  <animation>
   <frame tileid="235" duration="600"/>
   <frame tileid="243" duration="600"/>
   <frame tileid="251" duration="150"/>
   <frame tileid="259" duration="600"/>
  </animation>
 </tile>
 <tile id="236">
  <properties>
   <property name="name" value="billboard@1,1"/>
  </properties>
  <animation>
   <frame tileid="236" duration="600"/>
   <frame tileid="244" duration="600"/>
   <frame tileid="252" duration="150"/>
   <frame tileid="260" duration="600"/>
  </animation>
 </tile>
 <tile id="237">
  <properties>
   <property name="name" value="billboard@2,1"/>
  </properties>
  <animation>
   <frame tileid="237" duration="600"/>
   <frame tileid="245" duration="600"/>
   <frame tileid="253" duration="150"/>
   <frame tileid="261" duration="600"/>
  </animation>
 </tile>
 <tile id="238">
  <properties>
   <property name="name" value="billboard@3,1"/>
  </properties>
  <animation>
   <frame tileid="238" duration="600"/>
   <frame tileid="246" duration="600"/>
   <frame tileid="254" duration="150"/>
   <frame tileid="262" duration="600"/>
  </animation>
 </tile>
 <tile id="263">
  <properties>
   <property name="name" value="screen"/>
  </properties>
  <animation>
   <frame tileid="263" duration="250"/>
   <frame tileid="264" duration="250"/>
   <frame tileid="265" duration="250"/>
   <frame tileid="266" duration="250"/>
  </animation>
 </tile>
 <tile id="267">
  <properties>
   <property name="name" value="traffic@0,0"/>
  </properties>
  <animation>
   <frame tileid="267" duration="2400"/>
   <frame tileid="269" duration="2400"/>
   <frame tileid="271" duration="700"/>
  </animation>
 </tile>
 <tile id="268">
  <properties>
   <property name="name" value="traffic@0,1"/>
  </properties>
  <animation>
   <frame tileid="268" duration="2400"/>
   <frame tileid="270" duration="2400"/>
   <frame tileid="272" duration="700"/>
  </animation>
 </tile>
 <tile id="273">
  <properties>
   <property name="name" value="lantern"/>
  </properties>
  <animation>
   <frame tileid="273" duration="700"/>
   <frame tileid="274" duration="700"/>
  </animation>
 </tile>
 <tile id="275">
  <properties>
   <property name="name" value="lamp_post@0,0"/>
  </properties>
 </tile>
 <tile id="276">
  <properties>
   <property name="name" value="lamp_post@0,1"/>
  </properties>
 </tile>
 <tile id="277">
  <properties>
   <property name="name" value="sign_arrow"/>
  </properties>
  <animation>
   <frame tileid="277" duration="200"/>
   <frame tileid="278" duration="200"/>
   <frame tileid="279" duration="200"/>
  </animation>
 </tile>
 <tile id="280">
  <properties>
   <property name="name" value="sign_cup"/>
  </properties>
  <animation>
   <frame tileid="280" duration="1400"/>
   <frame tileid="281" duration="300"/>
  </animation>
 </tile>
 <tile id="282">
  <properties>
   <property name="name" value="vend_pink@0,0"/>
  </properties>
 </tile>
 <tile id="283">
  <properties>
   <property name="name" value="vend_pink@0,1"/>
  </properties>
 </tile>
 <tile id="284">
  <properties>
   <property name="name" value="vend_cyan@0,0"/>
  </properties>
 </tile>
 <tile id="285">
  <properties>
   <property name="name" value="vend_cyan@0,1"/>
  </properties>
 </tile>
 <tile id="286">
  <properties>
   <property name="name" value="bin"/>
  </properties>
 </tile>
 <tile id="287">
  <properties>
   <property name="name" value="bin_blue"/>
  </properties>
 </tile>
 <tile id="288">
  <properties>
   <property name="name" value="bench@0,0"/>
  </properties>
 </tile>
 <tile id="289">
  <properties>
   <property name="name" value="bench@1,0"/>
  </properties>
 </tile>
 <tile id="290">
  <properties>
   <property name="name" value="tree@0,0"/>
  </properties>
 </tile>
 <tile id="291">
  <properties>
   <property name="name" value="tree@1,0"/>
  </properties>
 </tile>
 <tile id="292">
  <properties>
   <property name="name" value="tree@0,1"/>
  </properties>
 </tile>
 <tile id="293">
  <properties>
   <property name="name" value="tree@1,1"/>
  </properties>
 </tile>
 <tile id="294">
  <properties>
   <property name="name" value="car_neon_pink@0,0"/>
  </properties>
 </tile>
 <tile id="295">
  <properties>
   <property name="name" value="car_neon_pink@1,0"/>
  </properties>
 </tile>
 <tile id="296">
  <properties>
   <property name="name" value="car_neon_yellow@0,0"/>
  </properties>
 </tile>
 <tile id="297">
  <properties>
   <property name="name" value="car_neon_yellow@1,0"/>
  </properties>
 </tile>
 <tile id="298">
  <properties>
   <property name="name" value="car_bot_blue@0,0"/>
  </properties>
 </tile>
 <tile id="299">
  <properties>
   <property name="name" value="car_bot_blue@1,0"/>
  </properties>
 </tile>
 <tile id="300">
  <properties>
   <property name="name" value="car_mist@0,0"/>
  </properties>
 </tile>
 <tile id="301">
  <properties>
   <property name="name" value="car_mist@1,0"/>
  </properties>
 </tile>
 <tile id="302">
  <properties>
   <property name="name" value="car_ares_red@0,0"/>
  </properties>
 </tile>
 <tile id="303">
  <properties>
   <property name="name" value="car_ares_red@1,0"/>
  </properties>
 </tile>
 <tile id="304">
  <properties>
   <property name="name" value="cart@0,0"/>
  </properties>
 </tile>
 <tile id="305">
  <properties>
   <property name="name" value="cart@1,0"/>
  </properties>
 </tile>
 <tile id="306">
  <properties>
   <property name="name" value="cart@0,1"/>
  </properties>
 </tile>
 <tile id="307">
  <properties>
   <property name="name" value="cart@1,1"/>
  </properties>
 </tile>
 <tile id="308">
  <properties>
   <property name="name" value="shelter@0,0"/>
  </properties>
 </tile>
 <tile id="309">
  <properties>
   <property name="name" value="shelter@1,0"/>
  </properties>
 </tile>
 <tile id="310">
  <properties>
   <property name="name" value="shelter@2,0"/>
  </properties>
 </tile>
 <tile id="311">
  <properties>
   <property name="name" value="shelter@0,1"/>
  </properties>
 </tile>
 <tile id="312">
  <properties>
   <property name="name" value="shelter@1,1"/>
  </properties>
 </tile>
 <tile id="313">
  <properties>
   <property name="name" value="shelter@2,1"/>
  </properties>
 </tile>
 <tile id="314">
  <properties>
   <property name="name" value="crate"/>
  </properties>
 </tile>
 <tile id="315">
  <properties>
   <property name="name" value="crate_blue"/>
  </properties>
 </tile>
 <tile id="316">
  <properties>
   <property name="name" value="hydrant"/>
  </properties>
 </tile>
 <tile id="317">
  <properties>
   <property name="name" value="bollard"/>
  </properties>
 </tile>
 <tile id="318">
  <properties>
   <property name="name" value="ac"/>
  </properties>
  <animation>
   <frame tileid="318" duration="120"/>
   <frame tileid="319" duration="120"/>
  </animation>
 </tile>
 <tile id="320">
  <properties>
   <property name="name" value="vent"/>
  </properties>
 </tile>
 <tile id="321">
  <properties>
   <property name="name" value="tank@0,0"/>
  </properties>
 </tile>
 <tile id="322">
  <properties>
   <property name="name" value="tank@1,0"/>
  </properties>
 </tile>
 <tile id="323">
  <properties>
   <property name="name" value="tank@0,1"/>
  </properties>
 </tile>
 <tile id="324">
  <properties>
   <property name="name" value="tank@1,1"/>
  </properties>
 </tile>
 <tile id="325">
  <properties>
   <property name="name" value="antenna@0,0"/>
  </properties>
  <animation>
   <frame tileid="325" duration="500"/>
   <frame tileid="327" duration="900"/>
  </animation>
 </tile>
 <tile id="326">
  <properties>
   <property name="name" value="antenna@0,1"/>
  </properties>
  <animation>
   <frame tileid="326" duration="500"/>
   <frame tileid="328" duration="900"/>
  </animation>
 </tile>
 <tile id="329">
  <properties>
   <property name="name" value="solar@0,0"/>
  </properties>
 </tile>
 <tile id="330">
  <properties>
   <property name="name" value="solar@1,0"/>
  </properties>
 </tile>
 <tile id="331">
  <properties>
   <property name="name" value="skylight@0,0"/>
  </properties>
 </tile>
 <tile id="332">
  <properties>
   <property name="name" value="skylight@1,0"/>
  </properties>
 </tile>
 <tile id="333">
  <properties>
   <property name="name" value="helipad@0,0"/>
  </properties>
 </tile>
 <tile id="334">
  <properties>
   <property name="name" value="helipad@1,0"/>
  </properties>
 </tile>
 <tile id="335">
  <properties>
   <property name="name" value="helipad@2,0"/>
  </properties>
 </tile>
 <tile id="336">
  <properties>
   <property name="name" value="helipad@0,1"/>
  </properties>
 </tile>
 <tile id="337">
  <properties>
   <property name="name" value="helipad@1,1"/>
  </properties>
 </tile>
 <tile id="338">
  <properties>
   <property name="name" value="helipad@2,1"/>
  </properties>
 </tile>
 <tile id="339">
  <properties>
   <property name="name" value="helipad@0,2"/>
  </properties>
 </tile>
 <tile id="340">
  <properties>
   <property name="name" value="helipad@1,2"/>
  </properties>
 </tile>
 <tile id="341">
  <properties>
   <property name="name" value="helipad@2,2"/>
  </properties>
 </tile>
 <tile id="342">
  <properties>
   <property name="name" value="garden@0,0"/>
  </properties>
 </tile>
 <tile id="343">
  <properties>
   <property name="name" value="garden@1,0"/>
  </properties>
 </tile>
 <tile id="344">
  <properties>
   <property name="name" value="roofdoor@0,0"/>
  </properties>
 </tile>
 <tile id="345">
  <properties>
   <property name="name" value="roofdoor@1,0"/>
  </properties>
 </tile>
 <tile id="346">
  <properties>
   <property name="name" value="roofdoor@0,1"/>
  </properties>
 </tile>
 <tile id="347">
  <properties>
   <property name="name" value="roofdoor@1,1"/>
  </properties>
 </tile>
 <tile id="348">
  <properties>
   <property name="name" value="deck0"/>
  </properties>
 </tile>
 <tile id="349">
  <properties>
   <property name="name" value="deck1"/>
  </properties>
 </tile>
 <tile id="350">
  <properties>
   <property name="name" value="deck2"/>
  </properties>
 </tile>
 <tile id="351">
  <properties>
   <property name="name" value="deck_dash"/>
  </properties>
 </tile>
 <tile id="352">
  <properties>
   <property name="name" value="deck_edge_n"/>
  </properties>
 </tile>
 <tile id="353">
  <properties>
   <property name="name" value="deck_edge_s"/>
  </properties>
 </tile>
 <tile id="354">
  <properties>
   <property name="name" value="rail_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="355">
  <properties>
   <property name="name" value="rail_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="356">
  <properties>
   <property name="name" value="rail_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="357">
  <properties>
   <property name="name" value="rail_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="358">
  <properties>
   <property name="name" value="rail_broken"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="359">
  <properties>
   <property name="name" value="void0"/>
  </properties>
  <animation>
   <frame tileid="359" duration="800"/>
   <frame tileid="360" duration="500"/>
  </animation>
 </tile>
 <tile id="361">
  <properties>
   <property name="name" value="void1"/>
  </properties>
  <animation>
   <frame tileid="361" duration="1100"/>
   <frame tileid="362" duration="500"/>
  </animation>
 </tile>
 <tile id="363">
  <properties>
   <property name="name" value="void2"/>
  </properties>
  <animation>
   <frame tileid="363" duration="1400"/>
   <frame tileid="364" duration="500"/>
  </animation>
 </tile>
 <tile id="365">
  <properties>
   <property name="name" value="deck_far"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="366">
  <properties>
   <property name="name" value="below0"/>
  </properties>
  <animation>
   <frame tileid="366" duration="1200"/>
   <frame tileid="367" duration="400"/>
  </animation>
 </tile>
 <tile id="368">
  <properties>
   <property name="name" value="below1"/>
  </properties>
  <animation>
   <frame tileid="368" duration="1400"/>
   <frame tileid="369" duration="400"/>
  </animation>
 </tile>
 <tile id="370">
  <properties>
   <property name="name" value="below2"/>
  </properties>
  <animation>
   <frame tileid="370" duration="1600"/>
   <frame tileid="371" duration="400"/>
  </animation>
 </tile>
 <tile id="372">
  <properties>
   <property name="name" value="below3"/>
  </properties>
  <animation>
   <frame tileid="372" duration="1800"/>
   <frame tileid="373" duration="400"/>
  </animation>
 </tile>
 <tile id="374">
  <properties>
   <property name="name" value="overpass_n"/>
  </properties>
 </tile>
 <tile id="375">
  <properties>
   <property name="name" value="overpass_m"/>
  </properties>
 </tile>
 <tile id="376">
  <properties>
   <property name="name" value="overpass_s"/>
  </properties>
 </tile>
 <tile id="377">
  <properties>
   <property name="name" value="pillar"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="378">
  <properties>
   <property name="name" value="deck_far_dash"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="379">
  <properties>
   <property name="name" value="deck_under"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="380">
  <properties>
   <property name="name" value="gantry@0,0"/>
  </properties>
 </tile>
 <tile id="381">
  <properties>
   <property name="name" value="gantry@1,0"/>
  </properties>
 </tile>
 <tile id="382">
  <properties>
   <property name="name" value="gantry@2,0"/>
  </properties>
 </tile>
 <tile id="383">
  <properties>
   <property name="name" value="cone"/>
  </properties>
  <animation>
   <frame tileid="383" duration="600"/>
   <frame tileid="384" duration="400"/>
  </animation>
 </tile>
 <tile id="385">
  <properties>
   <property name="name" value="barrier@0,0"/>
  </properties>
 </tile>
 <tile id="386">
  <properties>
   <property name="name" value="barrier@1,0"/>
  </properties>
 </tile>
 <tile id="387">
  <properties>
   <property name="name" value="grime0"/>
  </properties>
 </tile>
 <tile id="388">
  <properties>
   <property name="name" value="grime1"/>
  </properties>
 </tile>
 <tile id="389">
  <properties>
   <property name="name" value="grime2"/>
  </properties>
 </tile>
 <tile id="390">
  <properties>
   <property name="name" value="grime3"/>
  </properties>
 </tile>
 <tile id="391">
  <properties>
   <property name="name" value="puddle"/>
  </properties>
  <animation>
   <frame tileid="391" duration="400"/>
   <frame tileid="392" duration="400"/>
   <frame tileid="393" duration="400"/>
  </animation>
 </tile>
 <tile id="394">
  <properties>
   <property name="name" value="bags"/>
  </properties>
 </tile>
 <tile id="395">
  <properties>
   <property name="name" value="litter"/>
  </properties>
 </tile>
 <tile id="396">
  <properties>
   <property name="name" value="barrel_fire"/>
  </properties>
  <animation>
   <frame tileid="396" duration="140"/>
   <frame tileid="397" duration="140"/>
   <frame tileid="398" duration="140"/>
  </animation>
 </tile>
 <tile id="399">
  <properties>
   <property name="name" value="steam"/>
  </properties>
  <animation>
   <frame tileid="399" duration="160"/>
   <frame tileid="400" duration="160"/>
   <frame tileid="401" duration="160"/>
   <frame tileid="402" duration="160"/>
  </animation>
 </tile>
 <tile id="403">
  <properties>
   <property name="name" value="fence@0,0"/>
  </properties>
 </tile>
 <tile id="404">
  <properties>
   <property name="name" value="fence@0,1"/>
  </properties>
 </tile>
 <tile id="405">
  <properties>
   <property name="name" value="scrap@0,0"/>
  </properties>
 </tile>
 <tile id="406">
  <properties>
   <property name="name" value="scrap@1,0"/>
  </properties>
 </tile>
 <tile id="407">
  <properties>
   <property name="name" value="scrap@0,1"/>
  </properties>
 </tile>
 <tile id="408">
  <properties>
   <property name="name" value="scrap@1,1"/>
  </properties>
 </tile>
 <tile id="409">
  <properties>
   <property name="name" value="wreck@0,0"/>
  </properties>
 </tile>
 <tile id="410">
  <properties>
   <property name="name" value="wreck@1,0"/>
  </properties>
 </tile>
 <tile id="411">
  <properties>
   <property name="name" value="steps"/>
  </properties>
 </tile>
 <tile id="412">
  <properties>
   <property name="name" value="pipe_h"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="413">
  <properties>
   <property name="name" value="cables"/>
  </properties>
 </tile>
 <tile id="414">
  <properties>
   <property name="name" value="laundry@0,0"/>
  </properties>
 </tile>
 <tile id="415">
  <properties>
   <property name="name" value="laundry@1,0"/>
  </properties>
 </tile>
 <tile id="416">
  <properties>
   <property name="name" value="graffiti@0,0"/>
  </properties>
 </tile>
 <tile id="417">
  <properties>
   <property name="name" value="graffiti@1,0"/>
  </properties>
 </tile>
 <tile id="418">
  <properties>
   <property name="name" value="tag"/>
  </properties>
 </tile>
 <tile id="419">
  <properties>
   <property name="name" value="sewer_cap_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="420">
  <properties>
   <property name="name" value="sewer_cap_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="421">
  <properties>
   <property name="name" value="sewer_cap_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="422">
  <properties>
   <property name="name" value="sewer_cap_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="423">
  <properties>
   <property name="name" value="sewer_cap_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="424">
  <properties>
   <property name="name" value="sewer_cap_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="425">
  <properties>
   <property name="name" value="sewer_cap_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="426">
  <properties>
   <property name="name" value="sewer_cap_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="427">
  <properties>
   <property name="name" value="sewer_cap_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="428">
  <properties>
   <property name="name" value="sewer_cap_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="429">
  <properties>
   <property name="name" value="sewer_cap_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="430">
  <properties>
   <property name="name" value="sewer_cap_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="431">
  <properties>
   <property name="name" value="sewer_cap_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="432">
  <properties>
   <property name="name" value="sewer_cap_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="433">
  <properties>
   <property name="name" value="sewer_cap_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="434">
  <properties>
   <property name="name" value="sewer_cap_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="435">
  <properties>
   <property name="name" value="sewer_face0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="436">
  <properties>
   <property name="name" value="sewer_face1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="437">
  <properties>
   <property name="name" value="sewer_face2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="438">
  <properties>
   <property name="name" value="sewer_hi0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="439">
  <properties>
   <property name="name" value="sewer_hi1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="440">
  <properties>
   <property name="name" value="sewer_hi2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="441">
  <properties>
   <property name="name" value="sewer_ladder"/>
  </properties>
 </tile>
 <tile id="442">
  <properties>
   <property name="name" value="sewer_walk"/>
  </properties>
 </tile>
 <tile id="443">
  <properties>
   <property name="name" value="sewer_walk1"/>
  </properties>
 </tile>
 <tile id="444">
  <properties>
   <property name="name" value="sewer_lip_0"/>
  </properties>
 </tile>
 <tile id="445">
  <properties>
   <property name="name" value="sewer_lip_1"/>
  </properties>
 </tile>
 <tile id="446">
  <properties>
   <property name="name" value="sewer_lip_2"/>
  </properties>
 </tile>
 <tile id="447">
  <properties>
   <property name="name" value="sewer_lip_3"/>
  </properties>
 </tile>
 <tile id="448">
  <properties>
   <property name="name" value="sewer_lip_4"/>
  </properties>
 </tile>
 <tile id="449">
  <properties>
   <property name="name" value="sewer_lip_5"/>
  </properties>
 </tile>
 <tile id="450">
  <properties>
   <property name="name" value="sewer_lip_6"/>
  </properties>
 </tile>
 <tile id="451">
  <properties>
   <property name="name" value="sewer_lip_7"/>
  </properties>
 </tile>
 <tile id="452">
  <properties>
   <property name="name" value="sewer_lip_8"/>
  </properties>
 </tile>
 <tile id="453">
  <properties>
   <property name="name" value="sewer_lip_9"/>
  </properties>
 </tile>
 <tile id="454">
  <properties>
   <property name="name" value="sewer_lip_10"/>
  </properties>
 </tile>
 <tile id="455">
  <properties>
   <property name="name" value="sewer_lip_11"/>
  </properties>
 </tile>
 <tile id="456">
  <properties>
   <property name="name" value="sewer_lip_12"/>
  </properties>
 </tile>
 <tile id="457">
  <properties>
   <property name="name" value="sewer_lip_13"/>
  </properties>
 </tile>
 <tile id="458">
  <properties>
   <property name="name" value="sewer_lip_14"/>
  </properties>
 </tile>
 <tile id="459">
  <properties>
   <property name="name" value="sewer_lip_15"/>
  </properties>
 </tile>
 <tile id="460">
  <properties>
   <property name="name" value="water"/>
  </properties>
  <animation>
   <frame tileid="460" duration="200"/>
   <frame tileid="461" duration="200"/>
   <frame tileid="462" duration="200"/>
   <frame tileid="463" duration="200"/>
  </animation>
 </tile>
 <tile id="464">
  <properties>
   <property name="name" value="sewer_lamp"/>
  </properties>
  <animation>
   <frame tileid="464" duration="900"/>
   <frame tileid="465" duration="900"/>
   <frame tileid="466" duration="120"/>
   <frame tileid="467" duration="600"/>
  </animation>
 </tile>
 <tile id="468">
  <properties>
   <property name="name" value="sewer_pipe"/>
  </properties>
 </tile>
 <tile id="469">
  <properties>
   <property name="name" value="fairylights"/>
  </properties>
  <animation>
   <frame tileid="469" duration="600"/>
   <frame tileid="470" duration="600"/>
  </animation>
 </tile>
 <tile id="471">
  <properties>
   <property name="name" value="sewer_outflow"/>
  </properties>
  <animation>
   <frame tileid="471" duration="120"/>
   <frame tileid="472" duration="120"/>
   <frame tileid="473" duration="120"/>
  </animation>
 </tile>
 <tile id="474">
  <properties>
   <property name="name" value="grate"/>
  </properties>
 </tile>
 <tile id="475">
  <properties>
   <property name="name" value="plank"/>
  </properties>
 </tile>
 <tile id="476">
  <properties>
   <property name="name" value="hideout@0,0"/>
  </properties>
 </tile>
 <tile id="477">
  <properties>
   <property name="name" value="hideout@1,0"/>
  </properties>
 </tile>
 <tile id="478">
  <properties>
   <property name="name" value="moss"/>
  </properties>
 </tile>
</tileset>
